// Each Architecture Invariant names the test that holds it (issue 26 item 4), and the
// invariants about what code may name are held here, by reading the sources. Reads files
// only: no build, no browser.
//
// A line of ARCHITECTURE.md that starts `**Architecture Invariant:**` must name at least one
// test that exists: a file under `tests/` (with, where it names one, the test function or
// title in that file, written "`tests/layouts.rs`'s `name`"), a `#[test]` function of a file of
// `src/` (written the same way), or a Makefile target (`make lint`). A name that does not
// exist fails too, so a renamed test cannot leave its invariant pointing at nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);
const read = (/** @type {string} */ path) => readFileSync(new URL(path, ROOT), 'utf8');
const INVARIANT = '**Architecture Invariant:**';

/**
 * The invariant lines of a Markdown text, each with its line number.
 * @param {string} text
 */
function invariants(text) {
  return text.split('\n').flatMap((line, i) => (line.startsWith(INVARIANT) ? [{ line: i + 1, text: line }] : []));
}

/**
 * What an invariant's line names as its tests: `held` the names that exist, `missing` the
 * names that do not. `exists(path)` and `contents(path)` read the tree (passed in so the
 * check itself can be tested on a made-up tree).
 * @param {string} line
 * @param {{ exists: (path: string) => boolean, contents: (path: string) => string }} tree
 */
function namedTests(line, tree) {
  const held = [];
  const missing = [];
  // A code span, and the code span after "'s " that names a test in it, if any.
  for (const match of line.matchAll(/`([^`]+)`(?:'s `([^`]+)`)?/g)) {
    const [, span, name] = match;
    const make = /^make ([\w-]+)$/.exec(span);
    if (make) {
      const target = new RegExp(`^${make[1]}:`, 'm');
      (target.test(tree.contents('Makefile')) ? held : missing).push(span);
      continue;
    }
    const inTests = /^tests\/[\w./-]+$/.test(span);
    const inSrc = /^src\/[\w./-]+\.rs$/.test(span);
    if (!inTests && !(inSrc && name)) continue;
    if (!tree.exists(span)) {
      missing.push(span);
      continue;
    }
    if (!name) {
      held.push(span);
      continue;
    }
    const source = tree.contents(span);
    const found = span.endsWith('.rs')
      // A Rust test: `#[test]` or `#[wasm_bindgen_test]` (and other attributes) right before `fn name`.
      ? new RegExp(`#\\[(?:test|wasm_bindgen_test)\\]\\s*(?:#\\[[^\\]]*\\]\\s*)*(?:pub\\s+)?(?:async\\s+)?fn ${name}\\b`).test(source)
      // A Node test: its title, quoted.
      : [`'${name}'`, `"${name}"`, `\`${name}\``].some((quoted) => source.includes(quoted))
        || source.includes(`'${name.replaceAll("'", "\\'")}'`);
    (found ? held : missing).push(`${span}'s ${name}`);
  }
  return { held, missing };
}

const TREE = {
  exists: (/** @type {string} */ path) => existsSync(new URL(path, ROOT)),
  contents: read,
};

test('the check finds test files, test functions and make targets, and flags names that do not exist', () => {
  /** @type {Record<string, string>} */
  const files = {
    Makefile: 'lint: setup\n\tcargo clippy\nsize:\n',
    'tests/a.rs': '#[test]\nfn holds_it() {}\nfn helper() {}\n#[wasm_bindgen_test]\nasync fn in_a_browser() {}\n',
    'tests/e2e/b.test.mjs': "test('the page never moves', async () => {});\n",
    'src/c.rs': 'mod tests {\n    #[test]\n    #[cfg(x)]\n    fn inner_one() {}\n}\n',
  };
  const tree = { exists: (/** @type {string} */ path) => path in files, contents: (/** @type {string} */ path) => files[path] ?? '' };
  const names = (/** @type {string} */ line) => namedTests(line, tree);
  assert.deepEqual(names("x: `tests/a.rs`'s `holds_it`; `make lint`; `src/c.rs`'s `inner_one`, `tests/a.rs`'s `in_a_browser`"),
    { held: ["tests/a.rs's holds_it", 'make lint', "src/c.rs's inner_one", "tests/a.rs's in_a_browser"], missing: [] });
  assert.deepEqual(names("`tests/e2e/b.test.mjs`'s `the page never moves`, `tests/e2e/b.test.mjs`"),
    { held: ["tests/e2e/b.test.mjs's the page never moves", 'tests/e2e/b.test.mjs'], missing: [] });
  // A helper is no test, a file or target that is not there is missing, and code that names
  // no test (`model`, `src/c.rs` alone, `clippy.toml`) is neither.
  assert.deepEqual(names("`tests/a.rs`'s `helper`, `tests/gone.rs`, `make tidy`, `model`, `src/c.rs`, `clippy.toml`"),
    { held: [], missing: ["tests/a.rs's helper", 'tests/gone.rs', 'make tidy'] });
});

test('each Architecture Invariant names a test that holds it, and every test it names exists', () => {
  const lines = invariants(read('ARCHITECTURE.md'));
  assert.ok(lines.length >= 10, `found ${lines.length} invariants`);
  const unheld = [];
  const stale = [];
  for (const { line, text } of lines) {
    const { held, missing } = namedTests(text, TREE);
    if (held.length === 0) unheld.push(`ARCHITECTURE.md:${line}: ${text.slice(0, 100)}…`);
    for (const name of missing) stale.push(`ARCHITECTURE.md:${line}: ${name}`);
  }
  assert.deepEqual({ unheld, stale }, { unheld: [], stale: [] }, 'unheld: an invariant names no test (name the test that fails when it breaks, "`tests/FILE`\'s `test_name`", a `src/` file\'s `#[test]` or `make TARGET`, or write one); stale: it names a test that does not exist');
});

/**
 * Every `.rs` file under a folder of the tree, as paths from the root.
 * @param {string} dir
 * @returns {string[]}
 */
function rustFiles(dir) {
  return readdirSync(new URL(dir, ROOT)).flatMap((entry) => {
    const path = `${dir}/${entry}`;
    if (statSync(new URL(path, ROOT)).isDirectory()) return rustFiles(path);
    return path.endsWith('.rs') ? [path] : [];
  });
}

/**
 * A Rust file's code without its comments (line comments, doc comments, block comments).
 * @param {string} path
 */
function code(path) {
  return read(path).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

/**
 * The crate's top-level modules a file names through `crate::` (also in `use crate::{a, b}`).
 * @param {string} text
 */
function crateModules(text) {
  /** @type {Set<string>} */
  const names = new Set();
  for (const match of text.matchAll(/\bcrate::(\{[^}]*\}|\w+)/g)) {
    const part = match[1];
    if (part.startsWith('{')) {
      for (const item of part.slice(1, -1).split(',')) {
        const name = /^\s*(\w+)/.exec(item)?.[1];
        if (name) names.add(name);
      }
    } else names.add(part);
  }
  return names;
}

test('the import reader sees plain, grouped and inline paths', () => {
  assert.deepEqual([...crateModules('use crate::error::X;\nuse crate::{node::Node, json};\nlet a = crate::layout::f();')],
    ['error', 'node', 'json', 'layout']);
});

test('model imports only error, node, json, strings and decimal', () => {
  const allowed = new Set(['model', 'error', 'node', 'json', 'strings', 'decimal']);
  const found = [];
  for (const path of rustFiles('src/model')) {
    for (const name of crateModules(code(path))) if (!allowed.has(name)) found.push(`${path}: crate::${name}`);
  }
  assert.deepEqual(found, [], '`model` knows nothing about plotters, layout, text or the browser (ARCHITECTURE.md)');
  const plotters = rustFiles('src/model').filter((path) => /\b(?:plotters\w*|wasm_bindgen|web_sys|js_sys)::/.test(code(path)));
  assert.deepEqual(plotters, [], '`model` names no drawing or browser crate');
});

test('the source check imports nothing of layout, drawing or the browser', () => {
  const forbidden = new Set(['layout', 'draw', 'web', 'shell', 'theme']);
  const found = [];
  for (const path of rustFiles('src/source')) {
    for (const name of crateModules(code(path))) if (forbidden.has(name)) found.push(`${path}: crate::${name}`);
    if (/\b(?:plotters\w*|wasm_bindgen|web_sys|js_sys)::/.test(code(path))) found.push(`${path}: a drawing or browser crate`);
  }
  assert.deepEqual(found, [], '`check` knows nothing about layout or the browser (ARCHITECTURE.md)');
});

test('only src/web/ names wasm_bindgen, js_sys, web_sys or plotters_canvas', () => {
  const found = rustFiles('src')
    .filter((path) => !path.startsWith('src/web/'))
    .filter((path) => /\b(?:wasm_bindgen|js_sys|web_sys|plotters_canvas)\b/.test(code(path)));
  assert.deepEqual(found, [], 'the browser is named in one module, src/web/ (ARCHITECTURE.md)');
});

test('no Rust measures text through plotters or the canvas', () => {
  // plotters' text measurement lays out a DOM span in the wasm: text is measured by
  // `text::measure`'s fixed per-character model instead.
  const found = rustFiles('src')
    .filter((path) => /\b(?:estimate_text_size|layout_box|measure_text|measureText|box_size)\b/.test(code(path)));
  assert.deepEqual(found, [], 'text is measured by text::measure, never by the renderer (ARCHITECTURE.md)');
});

test('the JSON reader takes pieces with get and unwraps nothing', () => {
  // The reader is the file up to its tests, without the writer (whose fixed table is indexed).
  const whole = code('src/json.rs');
  const end = whole.search(/#\[cfg\([^)]*test/);
  const writerStart = whole.search(/pub struct Writer\b/);
  assert.ok(end > 0 && writerStart > 0, 'src/json.rs has its writer and its tests where this test looks');
  const reader = whole.slice(0, Math.min(end, writerStart)).replace(/b?'(?:\\.|[^'\\])'/g, "''").replace(/"(?:\\.|[^"\\])*"/g, '""');
  const found = [];
  for (const [pattern, what] of /** @type {[RegExp, string][]} */ ([
    [/[\w)\]]\[/g, 'indexing or slicing (`x[i]`, `s[a..b]`): use `get`'],
    [/\.unwrap\(\)|\.expect\(/g, '`unwrap` or `expect`'],
    [/\b(?:panic|unreachable|todo|unimplemented|assert\w*)!/g, 'a panicking macro'],
  ])) {
    for (const match of reader.matchAll(pattern)) {
      found.push(`src/json.rs:${reader.slice(0, match.index).split('\n').length}: ${what}`);
    }
  }
  assert.deepEqual(found, [], 'the JSON reader walks bytes and takes pieces with `str::get`, so nothing in it can panic (ARCHITECTURE.md)');
});

// CONTRIBUTING's size of a file (issue 26: one concern a file): each file of `src/` and `www/`
// that git tracks is at most 600 lines. Generated files that are not tracked (the editor's
// bundle, the glue, the deployed build) are not read.
test('no file of src/ or www/ is over 600 lines', () => {
  const tracked = execFileSync('git', ['ls-files', '-z', 'src', 'www'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0').filter(Boolean);
  assert.ok(tracked.length > 100, `git lists ${tracked.length} files`);
  const long = tracked
    .map((path) => ({ path, lines: read(path).split('\n').length - (read(path).endsWith('\n') ? 1 : 0) }))
    .filter(({ lines }) => lines > 600)
    .map(({ path, lines }) => `${path}: ${lines} lines`);
  assert.deepEqual(long, []);
});
