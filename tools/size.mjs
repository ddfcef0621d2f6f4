// `make size`: the deployed module and wasm against their budgets (bench/sizes.mjs, which
// tests/e2e/dist.test.mjs holds them to), gzip and brotli, and the std code the size rules
// keep out of the wasm. Exits 1 when a file is over its budget, the pair over its ratio to
// Chart.js, or the wasm links code the rules exclude.
//
//   node tools/size.mjs DIR [LINKED.wasm]
//
// DIR holds the deployed files as `tools/dist.mjs` writes them; LINKED.wasm is cargo's output
// before wasm-bindgen and wasm-opt, whose name section still names every function.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import { BUDGETS, PEER_RATIO, brotliSize, gzipSize, peerSize } from '../bench/sizes.mjs';

// Std modules whose code the size rules keep out of the shipped wasm (clippy.toml lints the
// calls it can see; these are what a lint cannot: a float in `{}`, a pattern hidden in a
// generic), as fragments of their mangled paths, which both manglings write as
// length-prefixed identifiers.
const EXCLUDED = [
  ['4core3fmt5float', 'core::fmt::float: an f64 formatted with `{}` (write it with decimal::positional)'],
  ['3num7flt2dec', 'core::num::flt2dec: float formatting (decimal::positional, decimal::scientific)'],
  ['3num7dec2flt', 'core::num::dec2flt: an f64 parsed by str::parse (the caller\'s read_number: the browser\'s parseFloat)'],
  ['3str7pattern', 'core::str::pattern: a char or string searcher (walk the bytes, take pieces with str::get)'],
  ['7unicode9printable', 'core::unicode::printable: a string formatted with `{:?}`'],
  ['9hashbrown', 'hashbrown: a HashMap or HashSet (a Vec searched in order)'],
];

const [dir = 'www/dist', linked] = process.argv.slice(2);
let failed = false;
/** @type {(n: number) => string} */
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
let total = { gzip: 0, brotli: 0 };
console.log('file                                gzip        brotli      gzip budget');
for (const [file, budget] of Object.entries(BUDGETS)) {
  const bytes = await readFile(resolve(dir, file));
  const size = { gzip: gzipSize(bytes), brotli: brotliSize(bytes) };
  total = { gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli };
  const over = size.gzip > budget;
  failed ||= over;
  console.log(`${file.padEnd(36)}${String(size.gzip).padStart(6)} B   ${String(size.brotli).padStart(6)} B   ${kb(budget)}: ${over ? `OVER by ${size.gzip - budget} B` : `${budget - size.gzip} B left`}`);
}
const peer = await peerSize();
for (const kind of /** @type {const} */ (['gzip', 'brotli'])) {
  const limit = Math.floor(PEER_RATIO * peer[kind]);
  const over = total[kind] > limit;
  failed ||= over;
  console.log(`module + wasm, ${kind.padEnd(6)}: ${total[kind]} B, ${(total[kind] / peer[kind]).toFixed(3)}× Chart.js's ${peer[kind]} (limit ${PEER_RATIO}×, ${limit} B): ${over ? `OVER by ${total[kind] - limit} B` : `${limit - total[kind]} B left`}`);
}
if (linked) {
  const names = functionNames(await readFile(linked));
  if (names.length === 0) throw new Error(`${linked}: no function names (expected cargo's output, before wasm-opt)`);
  let found = 0;
  for (const [fragment, what] of EXCLUDED) {
    const hits = names.filter((name) => name.includes(fragment));
    if (hits.length) console.log(`linked: ${what}\n  ${hits.slice(0, 3).join('\n  ')}${hits.length > 3 ? `\n  … ${hits.length - 3} more` : ''}`);
    found += hits.length;
  }
  failed ||= found > 0;
  console.log(found ? `the wasm links ${found} functions the size rules exclude (CONTRIBUTING.md, "Size rules")`
    : `the wasm links none of the std code the size rules exclude (${names.length} functions checked)`);
}
process.exit(failed ? 1 : 0);

/**
 * The function names of a wasm's `name` section (subsection 1).
 * @param {Uint8Array} bytes
 */
function functionNames(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  /** @type {(length: number) => string} */
  const text = (length) => new TextDecoder().decode(bytes.subarray(at, (at += length)));
  /** @type {string[]} */
  const names = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const end = leb() + at;
    if (id === 0 && text(leb()) === 'name') {
      while (at < end) {
        const sub = bytes[at++];
        const subEnd = leb() + at;
        if (sub === 1) for (let n = leb(); n > 0; n -= 1) { leb(); names.push(text(leb())); }
        at = subEnd;
      }
    }
    at = end;
  }
  return names;
}
