// Assembles the npm package in target/npm/ from the release build in www/ and packs it:
// the element, its types, the wasm-pack output, README and LICENSE. Prints the tarball path.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}target/npm/`;
const cargo = await readFile(`${root}Cargo.toml`, 'utf8');
const field = (name) => cargo.match(new RegExp(`^${name} = "(.*)"$`, 'm'))?.[1];

const files = [
  'pingshan-infographic.js',
  'pingshan-infographic.d.ts',
  'pkg/pingshan_infographic.js',
  'pkg/pingshan_infographic.d.ts',
  'pkg/pingshan_infographic_bg.wasm',
  'pkg/pingshan_infographic_bg.wasm.d.ts',
];
await rm(out, { recursive: true, force: true });
await mkdir(`${out}pkg`, { recursive: true });
for (const file of files) await cp(`${root}www/${file}`, `${out}${file}`);
await cp(`${root}README.md`, `${out}README.md`);
await cp(`${root}LICENSE`, `${out}LICENSE`);
const manifest = {
  name: 'pingshan-infographic',
  version: field('version'),
  description: field('description'),
  license: field('license'),
  type: 'module',
  main: './pingshan-infographic.js',
  module: './pingshan-infographic.js',
  types: './pingshan-infographic.d.ts',
  exports: {
    '.': { types: './pingshan-infographic.d.ts', default: './pingshan-infographic.js' },
    './pkg/*': './pkg/*',
  },
  files: [...files, 'README.md', 'LICENSE'],
  sideEffects: ['./pingshan-infographic.js'],
  keywords: ['infographic', 'custom-element', 'webassembly', 'chart', 'news'],
};
await writeFile(`${out}package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
const tarball = execFileSync('npm', ['pack', '--silent'], { cwd: out, encoding: 'utf8' }).trim().split('\n').pop();
console.log(`${out}${tarball}`);
