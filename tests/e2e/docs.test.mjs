// Docs that cannot go stale (issue 26 item 4): ARCHITECTURE.md and README.md state invariants
// and point to measured figures; they hold none themselves. A size, a timing, a ratio or a
// percentage that is measured lives in docs/benchmarks.md (written by `make bench`) or in
// bench/NOTES.md (the record of levers weighed, which `make bench` copies into it). Reads the
// two files only: no build, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);

/**
 * A number followed by a unit of size, time or comparison: `39 KB`, `0.6 KB gzip`, `579 B gzip`,
 * `1,341 bytes`, `114 ms`, `40 seconds`, `0.87×`, `11%`, `1.2 times`. A number and its unit may
 * be split over a line break. Pixels are left out: they are layout constants and test screens.
 */
const FIGURE = /(?<![\w.,])\d+(?:[.,]\d+)*(?:[ \u00a0\n]|(?=[%×KkM]))(?:KB|kB|KiB|MB|MiB|GB|B(?= (?:gzip|brotli|raw|of|more|less))|bytes|ms|seconds?|×|%|times)(?![\w])/g;

/**
 * Figures that are not measurements, each by the exact text around it and its reason. An entry
 * that no longer matches fails the test too, so the list cannot keep stale exceptions.
 * @type {{ file: string, text: string, reason: string }[]}
 */
const ALLOWED = [
  { file: 'README.md', text: '(>30% a year, ≈40% in 2020)', reason: 'the data the chart shows, quoted from its article' },
  { file: 'README.md', text: '(>700 doctorate holders,\n≈50% returnees, ≈5× the 2016 number)', reason: 'the data the chart shows, quoted from its article' },
  { file: 'README.md', text: 'On a 360 × 640 phone', reason: 'the screen tests/e2e/phone.test.mjs uses' },
  { file: 'ARCHITECTURE.md', text: 'on a 360 × 640 phone', reason: 'the screen tests/e2e/phone.test.mjs uses' },
  { file: 'README.md', text: 'style="width: 100%; border: 0"', reason: 'CSS of the embed example' },
  { file: 'README.md', text: '4× CPU slowdown', reason: 'the condition bench/interaction.mjs sets, not a result' },
  { file: 'ARCHITECTURE.md', text: 'at 4× CPU slowdown', reason: 'the condition bench/interaction.mjs sets, not a result' },
  { file: 'README.md', text: '(超700, 近50%, 约140 in Chinese; `700超`, `40%近く`', reason: 'how labels write the qualifiers: examples' },
  { file: 'README.md', text: 'percent spacing (`30 %` in French', reason: 'how a language writes a number: an example' },
  { file: 'README.md', text: '`share` (a 100% bar,', reason: 'what a share mark is drawn as' },
  { file: 'README.md', text: '`rate` (0.3 is 30%;', reason: 'a rule of the format' },
  { file: 'README.md', text: '`ratio` (5 is 5×)', reason: 'a rule of the format' },
  { file: 'README.md', text: "formula's (within 1%)", reason: 'a limit the code defines (limits.rs)' },
  { file: 'ARCHITECTURE.md', text: 'the 1% a derived value may be from its formula', reason: 'a limit the code defines (limits.rs)' },
  { file: 'README.md', text: 'over the 256 KiB limit', reason: 'a limit the code defines (limits.rs)' },
  { file: 'README.md', text: 'Limits, each enforced with its own error: 256 KiB per document', reason: 'a limit the code defines (limits.rs)' },
  { file: 'README.md', text: 'a 1 MB label', reason: 'a hostile document of the test corpus' },
  { file: 'README.md', text: 'taken back after 7 seconds', reason: 'a delay the code defines (live.js)' },
  { file: 'README.md', text: '`3.6`, `30%`, `30 per cent`', reason: 'numbers as articles write them: examples the source check reads' },
  { file: 'README.md', text: '`30pc`, `nearly 50%`', reason: 'numbers as articles write them: examples the source check reads' },
  { file: 'README.md', text: '`a 15.6%\nrise`', reason: 'numbers as articles write them: examples the source check reads' },
  { file: 'ARCHITECTURE.md', text: '`a 15.6% rise`', reason: 'numbers as articles write them: examples the source check reads' },
];

/**
 * Every figure in `text` that no entry of `allowed` covers, with its line, and the entries that
 * cover nothing.
 * @param {string} file
 * @param {string} text
 * @param {{ file: string, text: string, reason: string }[]} allowed
 */
function figures(file, text, allowed) {
  const entries = allowed.filter((entry) => entry.file === file);
  /** @type {[number, number][][]} */
  const spans = entries.map((entry) => {
    /** @type {[number, number][]} */
    const found = [];
    for (let at = text.indexOf(entry.text); at >= 0; at = text.indexOf(entry.text, at + 1)) found.push([at, at + entry.text.length]);
    return found;
  });
  const used = entries.map(() => false);
  const stray = [];
  for (const match of text.matchAll(FIGURE)) {
    const start = match.index;
    const end = start + match[0].length;
    const covering = entries.findIndex((_, i) => spans[i].some(([from, to]) => from <= start && end <= to));
    if (covering >= 0) used[covering] = true;
    else stray.push(`${file}:${text.slice(0, start).split('\n').length}: "${match[0].replace('\n', ' ')}"`);
  }
  const unused = entries.filter((_, i) => !used[i]).map((entry) => `${file}: "${entry.text}" (${entry.reason})`);
  return { stray, unused };
}

test('the pattern finds measured figures and leaves other numbers alone', () => {
  const caught = (/** @type {string} */ text) => [...text.matchAll(FIGURE)].map((m) => m[0]);
  assert.deepEqual(caught('about 10 KB of wasm, 0.6 KB gzip, 579 B gzip and 1,341 bytes'), ['10 KB', '0.6 KB', '579 B', '1,341 bytes']);
  assert.deepEqual(caught('11% sooner, 0.87× Chart.js, 114.00 ms, about 20 to 40\nseconds, 1.2 times'), ['11%', '0.87×', '114.00 ms', '40\nseconds', '1.2 times']);
  assert.deepEqual(caught('1.5\nKB gzip each, 86 KB / 39 KB'), ['1.5\nKB', '86 KB', '39 KB']);
  assert.deepEqual(caught('600 px, 2^53, 1e308, views[2], format 2, 3 views × 2 languages, nightly-2026-05-20, H1 2018, Bob'), []);
});

test('a figure the allow-list does not name fails with its file and line; a stale entry fails too', () => {
  const allowed = [{ file: 'X.md', text: 'at 4× CPU', reason: 'a setting' }, { file: 'X.md', text: 'gone', reason: 'stale' }];
  const { stray, unused } = figures('X.md', 'runs at 4× CPU\nthe wasm is\nabout 102 KB (46 KB gzip)\n', allowed);
  assert.deepEqual(stray, ['X.md:3: "102 KB"', 'X.md:3: "46 KB"']);
  assert.deepEqual(unused, ['X.md: "gone" (stale)']);
});

for (const file of ['ARCHITECTURE.md', 'README.md']) {
  test(`${file} holds no measured figure: each is in docs/benchmarks.md or bench/NOTES.md`, () => {
    const { stray, unused } = figures(file, readFileSync(new URL(file, ROOT), 'utf8'), ALLOWED);
    assert.deepEqual(stray, [], `${file} states measured figures; point to docs/benchmarks.md ("make bench" writes it) or move the figure to bench/NOTES.md, keeping the reason in the prose (or, for a number that is no measurement, add it to ALLOWED in tests/e2e/docs.test.mjs with its reason)`);
    assert.deepEqual(unused, [], `ALLOWED names text ${file} no longer holds: remove the entry`);
  });
}
