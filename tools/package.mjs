// Assembles the npm package in target/npm/ from the release build in www/ and packs it:
// the element, its types, the wasm-pack output, README and LICENSE, and the files the README
// links to. Prints the tarball path.
// npmjs.com resolves a README's relative links against the package's repository, and this
// package names none (Cargo.toml has no `repository`), so each relative link in README.md
// would break there. The packaged README instead links each file it names, packed at the same
// path, at this version of the package on jsDelivr, which serves the files of every published
// npm version: what the link shows is what was published, and the tests can check offline
// that it is in the tarball. The README in the repository keeps its relative links.
import { statSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { allElementFiles } from './element-files.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}target/npm/`;
const cargo = await readFile(`${root}Cargo.toml`, 'utf8');
/** @type {(name: string) => string | undefined} */
const field = (name) => cargo.match(new RegExp(`^${name} = "(.*)"$`, 'm'))?.[1];

// The element, its types and the wasm-pack output: www/element-files.json's list.
const files = allElementFiles;
const name = 'pingshan-infographic';
const version = field('version');
const { readme, linked } = packagedReadme(await readFile(`${root}README.md`, 'utf8'));
await rm(out, { recursive: true, force: true });
await mkdir(`${out}pkg`, { recursive: true });
for (const file of files) await cp(`${root}www/${file}`, `${out}${file}`);
for (const file of linked) await cp(`${root}${file}`, `${out}${file}`);
await writeFile(`${out}README.md`, readme);
await cp(`${root}LICENSE`, `${out}LICENSE`);
const manifest = {
  name,
  version,
  description: field('description'),
  license: field('license'),
  type: 'module',
  main: './pingshan-infographic.js',
  module: './pingshan-infographic.js',
  types: './pingshan-infographic.d.ts',
  exports: {
    // Browsers and their bundlers get the element; server runtimes a module that defines
    // nothing (server.js), so server rendering can import the package without a DOM.
    '.': {
      types: './pingshan-infographic.d.ts',
      browser: './pingshan-infographic.js',
      node: './server.js',
      deno: './server.js',
      bun: './server.js',
      worker: './server.js',
      workerd: './server.js',
      'edge-light': './server.js',
      default: './pingshan-infographic.js',
    },
    './pkg/*': './pkg/*',
  },
  files: [...files, ...linked, 'README.md', 'LICENSE'],
  sideEffects: ['./pingshan-infographic.js'],
  keywords: ['infographic', 'custom-element', 'webassembly', 'chart', 'news'],
};
await writeFile(`${out}package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
const tarball = execFileSync('npm', ['pack', '--silent'], { cwd: out, encoding: 'utf8' }).trim().split('\n').pop();
console.log(`${out}${tarball}`);

/**
 * README.md as the npm page shows it, and the repository files its links name. Markdown links
 * and images and HTML `src` and `href` are rewritten outside code, where a path is an example
 * for the reader's own site rather than a link.
 * @param {string} source
 */
function packagedReadme(source) {
  const cdn = `https://cdn.jsdelivr.net/npm/${name}@${version}/`;
  /** @type {Set<string>} */
  const linked = new Set();
  /** @type {(target: string) => string} */
  const rewrite = (target) => {
    // A URL with a scheme, or an anchor within the page, works from the npm page as it is.
    if (/^([a-z][a-z0-9+.-]*:|#)/i.test(target)) return target;
    const file = target.replace(/[?#].*$/, '');
    // Only files can be packed and linked: a link to a folder has nothing to show on npm.
    if (!statSync(`${root}${file}`, { throwIfNoEntry: false })?.isFile()) {
      throw new Error(`README.md links ${target}, which is not a file of the repository`);
    }
    linked.add(file);
    return `${cdn}${target}`;
  };
  // The other screenshots stay in the repository, which the package has no address for; the
  // package carries only the picture the README shows, so the pointer to the folder goes.
  const text = source.replace(' More pictures: `docs/`.', '');
  // Fenced blocks and inline code spans are kept as they are: the odd parts of this split.
  const parts = text.split(/(^```[^\n]*\n[\s\S]*?^```[ \t]*$|`[^`\n]+`)/m);
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i]
      .replace(/(\]\(\s*)([^)\s]+)/g, (_, open, target) => open + rewrite(target))
      .replace(/(\b(?:src|href)=(["']))(.*?)\2/g, (_, open, quote, target) => open + rewrite(target) + quote);
  }
  return { readme: parts.join(''), linked: [...linked].sort() };
}
