// The size tricks of tools/dist.mjs, each measured by building the deployed module and wasm
// without it (`--without`) beside the build with all of them: what `make bench` writes under
// "Size tricks" in docs/benchmarks.md. Issue 26's bar for a trick is KEEP_BYTES gzip.
//
//   node bench/tricks.mjs    prints the section (the release build in www/pkg must exist)
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { brotliSize, gzipSize } from './sizes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KEEP_BYTES = 512;
const TRICKS = [
  ['short-names', 'binaryen renames the wasm\'s imports and exports to one or two letters, the glue renamed to match while it is bundled (`tests/e2e/dist.test.mjs` loads it and sees a bad document\'s errors come through)'],
  ['minified-style', 'the element\'s stylesheet, CSS in a template literal, minified as CSS'],
  ['static-glue', 'the glue imported statically in the bundle, so esbuild drops its unused exports and lazy-module wrapper'],
];

/** @param {string} [without] a trick to leave out */
async function sizes(without) {
  const out = `${ROOT}target/bench/tricks/${without ?? 'all'}`;
  execFileSync('node', [`${ROOT}tools/dist.mjs`, '--widget-only', '--out', out, ...(without ? ['--without', without] : [])]);
  let gzip = 0;
  let brotli = 0;
  for (const file of ['pingshan-infographic.js', 'pkg/pingshan_infographic_bg.wasm']) {
    const bytes = await readFile(`${out}/${file}`);
    gzip += gzipSize(bytes);
    brotli += brotliSize(bytes);
  }
  return { gzip, brotli };
}

export async function sizeTricks() {
  const all = await sizes();
  const rows = [];
  for (const [trick, what] of TRICKS) {
    const without = await sizes(trick);
    const saved = { gzip: without.gzip - all.gzip, brotli: without.brotli - all.brotli };
    rows.push(`| \`${trick}\` | ${saved.gzip} | ${saved.brotli} | ${saved.gzip >= KEEP_BYTES ? 'yes' : 'no'} | ${what} |`);
  }
  return `## Size tricks

What each trick of \`tools/dist.mjs\` saves on the deployed module and wasm together, measured
by this run (\`bench/tricks.mjs\`: the two files built with every trick, ${all.gzip} bytes gzip
and ${all.brotli} brotli, and without each in turn). Issue 26's bar for a trick is ${KEEP_BYTES} bytes
gzip: the wasm's functions written smallest first (171 bytes gzip, 169 brotli) were dropped for
it; the tricks under it are kept while dropping them would take the module over its budget
(\`bench/sizes.mjs\`).

| Trick | Bytes gzip saved | Bytes brotli saved | At least ${KEEP_BYTES} B gzip | What it does |
|---|---:|---:|---|---|
${rows.join('\n')}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(await sizeTricks());
