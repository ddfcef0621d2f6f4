// The element's files, read from www/element-files.json (the one list of them), for
// tools/package.mjs and the end-to-end tests. `node tools/element-files.mjs js` prints the
// JavaScript among them written in www/ (not the wasm-bindgen glue), for make lint.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @typedef {Record<'host' | 'written' | 'languages' | 'server' | 'types' | 'glue', string[]>} ElementFiles */
/** @type {ElementFiles} */
const list = JSON.parse(readFileSync(new URL('../www/element-files.json', import.meta.url), 'utf8'));
for (const group of /** @type {const} */ (['host', 'written', 'languages', 'server', 'types', 'glue'])) {
  if (!Array.isArray(list[group])) throw new Error(`www/element-files.json: expected a list \`${group}\``);
}

/** Every group, paths relative to www/: `host` (the element's modules), `written` (by Rust), `languages` (by Rust, fetched on demand), `server`, `types`, `glue`. */
export const elementFiles = list;
/** Every file of the element, as the npm package holds them. */
export const allElementFiles = /** @type {const} */ (['host', 'written', 'languages', 'server', 'types', 'glue']).flatMap((group) => list[group]);

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'js') {
  console.log([...list.host, ...list.written, ...list.server].join('\n'));
}
