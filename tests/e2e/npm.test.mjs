// End to end: the npm package. `make package` packs target/npm/*.tgz; this test checks what it
// holds, installs it into a fresh Vite project, builds that project, and renders the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, watchErrors, widgetReady } from './browser.mjs';

const NPM = fileURLToPath(new URL('../../target/npm/', import.meta.url));
const VITE = fileURLToPath(new URL('../../node_modules/.bin/vite', import.meta.url));
let tarball;
let project;
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
  assert.deepEqual(listing, [
    'package/LICENSE', 'package/README.md', 'package/package.json',
    'package/pingshan-infographic.d.ts', 'package/pingshan-infographic.js',
    'package/pkg/pingshan_infographic.d.ts', 'package/pkg/pingshan_infographic.js',
    'package/pkg/pingshan_infographic_bg.wasm', 'package/pkg/pingshan_infographic_bg.wasm.d.ts',
  ]);
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  assert.equal(manifest.name, 'pingshan-infographic');
  assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
  assert.equal(manifest.license, 'MIT');
  assert.ok(manifest.description.length > 20);
  assert.equal(manifest.types, './pingshan-infographic.d.ts');
  assert.equal(manifest.exports['.'].default, './pingshan-infographic.js');
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
