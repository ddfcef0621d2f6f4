// Writes www/dist/, the files a newsroom deploys, from the release build in www/:
// - pingshan-infographic.js: the element and the wasm-bindgen glue as one minified module
//   (one request instead of two, about 40% fewer gzip bytes than the readable sources);
// - pkg/pingshan_infographic_bg.wasm: the wasm, at the same path relative to the module as in
//   www/, so the element's loader finds it unchanged. Its import and export names are
//   minified, and the glue in the module above renamed to match (see `shortNames` below);
// - the editor page: editor.html, editor.css and editor.js (its code and libraries, bundled);
// - the iframe embed: embed.html, embed.css, favicon.svg, embed.js (minified; it imports the
//   element module above, which several iframes then share from the HTTP cache) and
//   embed-resize.js (minified, still a classic script);
// - widget-files.json: the list of the files above a page needs, for the editor's zip;
// - static/: every view drawn to SVG by `render_static` (www/static/), for the element's
//   <noscript> content and readers without JavaScript. They are copied as they are: each is
//   under 1.2 KB gzip, and a copy stays byte-identical to what the Rust code drew.
// Each module gets a source map next to it, read only when someone opens the developer tools.
//
//   --widget-only      only the module and the wasm (what `make size` measures)
//   --out DIR          write to DIR instead of www/dist/
//   --without TRICK    leave out one size trick, to measure what it saves (bench/tricks.mjs):
//                      `short-names`, `minified-style` or `static-glue` (each is described below)
import { build, transform } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { elementFiles } from './element-files.mjs';
import { writeOembed } from './oembed.mjs';
import { wasmOptFlags } from './wasm-opt-flags.mjs';

const TRICKS = ['short-names', 'minified-style', 'static-glue'];
const { values: options } = parseArgs({
  options: { 'widget-only': { type: 'boolean' }, out: { type: 'string' }, without: { type: 'string', multiple: true } },
});
const without = new Set(options.without ?? []);
for (const trick of without) {
  if (!TRICKS.includes(trick)) throw new Error(`--without ${trick}: expected one of ${TRICKS.join(', ')}`);
}
const www = fileURLToPath(new URL('../www/', import.meta.url));
const out = options.out ? `${resolve(options.out)}/` : `${www}dist/`;
// Browsers that run the element's syntax (private class fields and methods, optional chaining,
// `??=`) natively, so esbuild leaves it as written rather than adding helpers.
const target = ['chrome100', 'firefox100', 'safari16'];
/** @type {import('esbuild').BuildOptions} */
const common = { minify: true, sourcemap: 'linked', target, logLevel: 'warning', legalComments: 'none' };

await rm(out, { recursive: true, force: true });
await mkdir(`${out}pkg`, { recursive: true });
// The element's stylesheet is CSS in a template literal, which esbuild leaves as written: this
// plugin minifies it as CSS. What it and the two tricks below save is measured by `make bench`
// (bench/tricks.mjs, docs/benchmarks.md's "Size tricks").
/** @type {import('esbuild').Plugin} */
const minifyStyle = {
  name: 'minify-style',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]www[\\/]style\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const match = /const STYLE = `([^`$]*)`;/.exec(source);
      if (!match) throw new Error('www/style.js: expected `const STYLE = `…`;` with plain CSS');
      const css = (await transform(match[1], { loader: 'css', minify: true })).code.trim();
      return { contents: source.replace(match[0], () => `const STYLE = ${JSON.stringify(css)};`), loader: 'js' };
    });
  },
};
// wasm-bindgen names each of the wasm's imports after what it calls plus a 16-digit hash
// (`__wbg_fillRect_e1f0b9915220348b`), once in the wasm and once in the glue, where gzip cannot
// shorten the hashes. binaryen's pass (the one Emscripten uses) renames every import and export
// to one or two letters and prints the mapping; the plugin below renames the glue to match:
// its import object's keys and module name, and each `wasm.<export>` it calls. The readable
// files in www/pkg/ and the npm package keep the long names. (This pass also wrote the
// functions smallest first until issue 26: 0.17 KB gzip, under the 0.5 KB a trick must save.)
const wasmIn = `${www}pkg/pingshan_infographic_bg.wasm`;
const wasmOut = `${out}pkg/pingshan_infographic_bg.wasm`;
const shortNames = without.has('short-names') ? null : await (async () => {
  const features = (await wasmOptFlags()).filter((flag) => flag.startsWith('--enable-'));
  const wasmOpt = fileURLToPath(new URL('../node_modules/.bin/wasm-opt', import.meta.url));
  const mapping = execFileSync(wasmOpt, [
    ...features, '--minify-imports-and-exports-and-modules', '--strip-producers', '--strip-target-features',
    wasmIn, '-o', wasmOut,
  ], { encoding: 'utf8' });
  /** @type {{ imports: [module: string, from: string, to: string][], exports: [from: string, to: string][] }} */
  const { imports, exports } = JSON.parse(mapping);
  // The pass merges every import module into one, `a`; the glue has one import object to
  // rename, so a second module (wasm-bindgen's snippets, say) must stop the build here.
  const modules = new Set(imports.map(([module]) => module));
  if (modules.size !== 1 || !modules.has('./pingshan_infographic_bg.js')) {
    throw new Error(`the wasm imports from ${[...modules].join(', ')}: expected only ./pingshan_infographic_bg.js`);
  }
  return { imports: new Map(imports.map(([, from, to]) => [from, to])), exports: new Map(exports) };
})();
if (!shortNames) await copyFile(wasmIn, wasmOut);
/**
 * @param {{ imports: Map<string, string>, exports: Map<string, string> }} names
 * @returns {import('esbuild').Plugin}
 */
const renameGlue = ({ imports, exports }) => ({
  name: 'rename-glue',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]www[\\/]pkg[\\/]pingshan_infographic\.js$/ }, async ({ path }) => {
      /** @type {Set<string>} */
      const renamed = new Set();
      /** @type {(names: Map<string, string>, name: string, what: string) => string | undefined} */
      const short = (names, name, what) => {
        if (!names.has(name)) throw new Error(`${path}: ${what} \`${name}\` is not in the wasm's mapping`);
        renamed.add(name);
        return names.get(name);
      };
      const module = /"\.\/pingshan_infographic_bg\.js": import0/;
      const source = await readFile(path, 'utf8');
      if (!module.test(source)) throw new Error(`${path}: expected the import object \`"./pingshan_infographic_bg.js": import0\``);
      const contents = source
        .replace(/^( {8})([A-Za-z_$][\w$]*)(: function\b)/gm, (_, indent, name, rest) => indent + short(imports, name, 'import') + rest)
        .replace(module, 'a: import0')
        .replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (_, name) => `wasm.${short(exports, name, 'export')}`);
      const missed = [...imports.keys()].filter((name) => !renamed.has(name));
      if (missed.length) throw new Error(`${path}: imports not found in the glue: ${missed.join(', ')}`);
      return { contents, loader: 'js' };
    });
  },
});
// In the bundle the glue is already there: load.js's dynamic import of it (which keeps the
// unbundled element from fetching the glue before a widget needs it) would only add esbuild's
// lazy-module wrapper, so here it becomes a static import (0.2 KB gzip).
/** @type {import('esbuild').Plugin} */
const bundledGlue = {
  name: 'bundled-glue',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]www[\\/]load\.js$/ }, async ({ path }) => {
      const dynamic = "const glue = await import('./pkg/pingshan_infographic.js');";
      const source = await readFile(path, 'utf8');
      if (source.split(dynamic).length !== 2) throw new Error(`${path}: expected one \`${dynamic}\``);
      // Only property reads of the namespace remain, so esbuild drops the glue's unused exports.
      const contents = `import * as glue from './pkg/pingshan_infographic.js';\n${source.replace(dynamic, '')}`;
      return { contents, loader: 'js' };
    });
  },
};
await build({
  ...common,
  entryPoints: [`${www}pingshan-infographic.js`],
  bundle: true,
  format: 'esm',
  plugins: [
    ...(without.has('minified-style') ? [] : [minifyStyle]),
    ...(shortNames ? [renameGlue(shortNames)] : []),
    ...(without.has('static-glue') ? [] : [bundledGlue]),
  ],
  outfile: `${out}pingshan-infographic.js`,
});
if (options['widget-only']) {
  for (const file of ['pingshan-infographic.js', 'pkg/pingshan_infographic_bg.wasm']) {
    console.log(`${out}${file}: ${(await stat(`${out}${file}`)).size} bytes`);
  }
  process.exit(0);
}
await mkdir(`${out}static`, { recursive: true });
await mkdir(`${out}pkg-editor`, { recursive: true });
await build({
  ...common,
  entryPoints: [`${www}embed.js`],
  bundle: true,
  format: 'esm',
  external: ['./pingshan-infographic.js'],
  outfile: `${out}embed.js`,
});
await build({ ...common, entryPoints: [`${www}embed-resize.js`], outfile: `${out}embed-resize.js` });
// The editor page's code with its libraries (CodeMirror, jsonc-parser), bundled for this page
// only: readable beside the sources for `make demo`, minified in dist/. The widget's module
// does not import it, so the editor adds no byte to the widget.
/** @type {import('esbuild').BuildOptions} */
const editor = { entryPoints: [`${www}editor/main.js`], bundle: true, format: 'esm', target, logLevel: 'warning' };
await build({ ...editor, outfile: `${www}editor.js` });
await build({ ...common, ...editor, outfile: `${out}editor.js` });
// A deployment without its fallback images would leave no-JavaScript readers an empty box,
// so a build that has not drawn them stops here rather than writing an incomplete dist/.
const images = (await readdir(`${www}static`).catch(() => [])).filter((file) => file.endsWith('.svg')).sort();
if (images.length === 0) throw new Error('www/static/ holds no SVG: run `cargo run --bin render_static -- www/static` first');
const fallbacks = images.map((file) => `static/${file}`);
// The words of the languages the wasm does not carry, fetched beside the module (load.js).
await mkdir(`${out}lang`, { recursive: true });
for (const file of ['embed.html', 'embed.css', 'editor.html', 'editor.css', 'favicon.svg',
  'pkg-editor/pingshan_infographic_bg.wasm', ...elementFiles.languages, ...fallbacks]) {
  await copyFile(`${www}${file}`, `${out}${file}`);
}
// The oEmbed responses and the embed pages that link them (tools/oembed.mjs), with embed.html
// rewritten to link its own; absolute with PUBLIC_URL (`make build PUBLIC_URL=…`).
const publicUrl = process.env.PUBLIC_URL ?? '';
const oembed = await writeOembed({ www, out, base: publicUrl, provider: process.env.PROVIDER_NAME ?? '' });
if (!publicUrl) {
  console.warn('www/dist/oembed/: relative URLs, which an oEmbed consumer cannot resolve; for a deployment, '
    + '`make build PUBLIC_URL=https://your.site/graphics/` writes absolute ones');
}
// What the editor's "Download the graphic" puts in its zip beside a document: the files a page
// with the widget and the iframe embed need, read from this folder by the editor.
const widgetFiles = ['pingshan-infographic.js', 'pkg/pingshan_infographic_bg.wasm', ...elementFiles.languages, 'embed.js', 'embed-resize.js', 'embed.html', 'embed.css', 'favicon.svg'];
await writeFile(`${out}widget-files.json`, `${JSON.stringify(widgetFiles)}\n`);
for (const file of ['pingshan-infographic.js', 'embed.js', 'embed-resize.js', 'editor.js', 'pkg/pingshan_infographic_bg.wasm', ...fallbacks, ...oembed]) {
  console.log(`${out}${file}: ${(await stat(`${out}${file}`)).size} bytes`);
}
