// End to end: the npm package. `make package` packs target/npm/*.tgz; this test checks what it
// holds, installs it into a fresh Vite project, builds that project, and renders the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { allElementFiles } from '../../tools/element-files.mjs';
import { serve } from './server.mjs';
import { launch, watchErrors, widgetReady } from './browser.mjs';

const NPM = fileURLToPath(new URL('../../target/npm/', import.meta.url));
const VITE = fileURLToPath(new URL('../../node_modules/.bin/vite', import.meta.url));
// Set before the tests run.
/** @type {string} */
let tarball;
/** @type {string} */
let project;
/** @type {import('playwright-core').Browser} */
let browser;
before(async () => {
  const name = (await readdir(NPM)).find((file) => file.endsWith('.tgz'));
  assert.ok(name, 'make package has packed target/npm/*.tgz');
  tarball = join(NPM, name);
  project = await mkdtemp(join(tmpdir(), 'pingshan-vite-'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

test('the package holds the element, its types and the wasm, with complete metadata', async () => {
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
  // The element's files (www/element-files.json), the files the README links, and the metadata.
  const expected = [
    ...allElementFiles,
    'ARCHITECTURE.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'LICENSE', 'README.md', 'package.json',
    'docs/editor.png', 'docs/examples/README.md', 'docs/path-1-start.png', 'docs/path-2-figure.png', 'docs/path-3-published.png',
    'docs/view-companies.png', 'src/data/pingshan.json',
  ].map((file) => `package/${file}`).sort();
  assert.ok(allElementFiles.includes('pingshan-infographic.js') && allElementFiles.includes('pkg/pingshan_infographic_bg.wasm'));
  assert.deepEqual(listing, expected);
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  assert.equal(manifest.name, 'pingshan-infographic');
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  assert.equal(manifest.license, 'MIT');
  assert.ok(manifest.description.length > 20);
  assert.equal(manifest.types, './pingshan-infographic.d.ts');
  assert.equal(manifest.exports['.'].default, './pingshan-infographic.js');
});

test('every link in the packaged README works from the npm page', async () => {
  // npmjs.com resolves relative links against a repository the package does not name, so the
  // README's links must be absolute, and those into the package must name this version and a
  // file it holds (tools/package.mjs links them on jsDelivr).
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  const readme = execFileSync('tar', ['-xzOf', tarball, 'package/README.md'], { encoding: 'utf8' });
  // Paths in code are examples for the reader's own site, not links.
  const prose = readme.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '').replace(/`[^`\n]+`/g, '');
  const targets = [
    ...[...prose.matchAll(/\]\(\s*<?([^)\s>]+)/g)].map((match) => match[1]),
    ...[...prose.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/gm)].map((match) => match[1]),
    ...[...prose.matchAll(/\b(?:src|href)\s*=\s*(["'])(.*?)\1/gi)].map((match) => match[2]),
  ];
  assert.ok(targets.length >= 3, `the README's links: ${targets}`);
  for (const target of targets) assert.match(target, /^([a-z][a-z0-9+.-]*:|#)/i, `${target} is relative`);

  const own = /^https:\/\/(?:cdn\.jsdelivr\.net\/npm|unpkg\.com)\/pingshan-infographic(?:@([^/]+))?\/([^?#]*)/;
  const links = targets.map((target) => target.match(own)).filter((match) => match !== null);
  assert.ok(links.some(([, , path]) => path.endsWith('.png')), 'the README shows its picture from the package');
  for (const [url, version, path] of links) {
    assert.equal(version, manifest.version, `${url} names this version`);
    assert.ok(listing.includes(`package/${path}`), `${url} names a file in the package`);
  }
});

test('a Vite page importing the package builds and renders the widget', async () => {
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'newsroom-page', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project });
  await writeFile(join(project, 'index.html'), `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
    <pingshan-infographic view="output"></pingshan-infographic>
    <script type="module" src="/main.js"></script></body></html>`);
  await writeFile(join(project, 'main.js'), "import 'pingshan-infographic';\n");
  // A child process: Vite's build leaves handles open that would keep this runner alive.
  execFileSync(VITE, ['build', '--logLevel', 'error'], { cwd: project });
  const assets = await readdir(join(project, 'dist', 'assets'));
  assert.ok(assets.some((file) => file.endsWith('.wasm')), `Vite emitted the wasm: ${assets}`);
  const server = await serve({ root: join(project, 'dist') });
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}index.html`);
  await widgetReady(page);
  assert.equal(await page.locator('pingshan-infographic [role="tab"]').count(), 3);
  assert.equal(await page.locator('pingshan-infographic [role="tab"][aria-selected="true"]').textContent(), 'Output growth');
  assert.deepEqual(errors, []);
  await page.close();
  await server.close();
  // The types resolve for a TypeScript user too.
  const types = await readFile(join(project, 'node_modules', 'pingshan-infographic', 'pingshan-infographic.d.ts'), 'utf8');
  assert.match(types, /'pingshan-infographic': PingshanInfographic/);
});

test('issue 25: importing the package on a server (Node) defines nothing and throws nothing', async () => {
  // The project of the Vite test above, with the package installed.
  const script = "const m = await import('pingshan-infographic'); m.useBindings(() => {}); m.configure({ wasmUrl: '/x.wasm' });"
    + " console.log(JSON.stringify({ element: typeof m.PingshanInfographic, customElements: typeof globalThis.customElements }));";
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(out), { element: 'undefined', customElements: 'undefined' });
  // A browser bundler still resolves the element itself (the `browser` condition).
  const manifest = JSON.parse(await readFile(join(project, 'node_modules', 'pingshan-infographic', 'package.json'), 'utf8'));
  assert.equal(manifest.exports['.'].browser, './pingshan-infographic.js');
  assert.equal(manifest.exports['.'].node, './server.js');
});
