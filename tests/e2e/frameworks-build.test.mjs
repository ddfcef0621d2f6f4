// End to end, issue 25 item 4: the README's framework recipes, built. Each app in
// tests/frameworks/ (React 19 rendered on the server and hydrated, Vue 3, Svelte 5, Preact 10;
// the versions pinned in that folder's own package-lock.json, which `make setup` installs)
// imports the npm package as `make package` packed it, is built with `vite build`, and is
// driven in Chromium: the widget draws; a button that sets the framework's state switches the
// widget's view and it redraws; a tab the reader picks reaches the framework's state through
// `viewchange`; and a document of another story, passed through the `data` property, brings
// its own tabs. Then Vite's dev servers: 8 needs nothing, 7 needs the README's setting (or the
// wasm's address from Vite), without which the widget says which address answered with a
// page; and webpack 5, which needs nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { canvasHash, launch, watchErrors, widgetReady } from './browser.mjs';

const NPM = fileURLToPath(new URL('../../target/npm/', import.meta.url));
const FRAMEWORKS = fileURLToPath(new URL('../frameworks/', import.meta.url));
// Vite 8's command by its path: node_modules/.bin/vite may be Vite 7's (`vite7`), which has
// the same command name.
const VITE = join(FRAMEWORKS, 'node_modules', 'vite', 'bin', 'vite.js');
const EMBEDDED = new URL('../../src/data/pingshan.json', import.meta.url);
const OTHER = new URL('../../docs/examples/upi-city-unemployment-2013/doc.json', import.meta.url);

// The widget the app's state drives; a second one, in `#from-the-start`, is given the other
// document from the app's first render.
const WIDGET = '#figures pingshan-infographic';

/** @type {import('playwright-core').Browser} */
let browser;
before(async () => {
  assert.ok(existsSync(VITE), 'make setup has installed tests/frameworks/ (npm ci there)');
  const name = (await readdir(NPM)).find((file) => file.endsWith('.tgz'));
  assert.ok(name, 'make package has packed target/npm/*.tgz');
  // Installed as a site installs it, without touching the folder's package.json or lockfile
  // (the next `npm ci` there removes it again).
  execFileSync('npm', ['install', '--no-save', '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(NPM, name)],
    { cwd: FRAMEWORKS });
  browser = await launch();
});
after(() => browser?.close());

/**
 * Runs Vite in an app's folder, as a child process (its build leaves handles open).
 * @param {string} app @param {string[]} args
 */
function vite(app, args) {
  execFileSync(process.execPath, [VITE, ...args], { cwd: join(FRAMEWORKS, app), stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Serves a built app and drives its page. The app starts in the `output` view with the
 * embedded document; in `#figures`, `.state` shows the view in the framework's state,
 * `.companies` sets that state to `companies`, and `#other-document` sets the document the app
 * passes to the widget as `data`. `started` waits for what the page needs before it is driven
 * (React's hydration).
 * @param {string} dist
 * @param {{ started?: (page: Page) => Promise<unknown> }} [options]
 */
async function drive(dist, { started = async () => {} } = {}) {
  const embedded = JSON.parse(await readFile(EMBEDDED, 'utf8'));
  const other = JSON.parse(await readFile(OTHER, 'utf8'));
  /** @param {{ views: { tab: { en: string } }[] }} doc */
  const tabsOf = (doc) => doc.views.map((view) => view.tab.en);
  const server = await serve({ root: dist });
  const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
  const errors = watchErrors(page);
  // What the page shows, read in it: the widget's tabs, its selected tab, the label of its
  // chart, its view, and the view in the framework's state.
  const shown = (selector = WIDGET) => page.evaluate((s) => {
    const widget = /** @type {Widget} */ (document.querySelector(s));
    return {
      tabs: [...widget.shadowRoot.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent),
      selected: widget.shadowRoot.querySelector('[role="tab"][aria-selected="true"]')?.textContent,
      label: widget.shadowRoot.querySelector('canvas:not([aria-hidden])')?.getAttribute('aria-label'),
      view: widget.view,
      state: /** @type {Element} */ (widget.closest('section')).querySelector('.state')?.textContent,
    };
  }, selector);
  /**
   * Waits until `shown()` has each of `expected`'s values, failing with `message`.
   * @param {Record<string, unknown>} expected @param {string} message
   */
  const until = async (expected, message) => {
    const deadline = Date.now() + 10000;
    /** @type {Record<string, unknown> | undefined} */
    let now;
    while (Date.now() < deadline) {
      /** @type {Record<string, unknown>} */
      const seen = await shown();
      now = seen;
      if (Object.entries(expected).every(([key, value]) => JSON.stringify(seen[key]) === JSON.stringify(value))) return;
      await page.waitForTimeout(50);
    }
    assert.fail(`${message}: ${JSON.stringify(now)}`);
  };
  try {
    await page.goto(`${server.url}index.html`);
    await widgetReady(page, WIDGET);
    await started(page);
    const tabs = page.locator(WIDGET).locator('[role="tab"]');

    // It draws, in the view the framework's state gave it.
    assert.deepEqual(embedded.views.map((/** @type {{ id: string }} */ view) => view.id), ['companies', 'output', 'talent']);
    assert.deepEqual(await shown(), {
      tabs: tabsOf(embedded), selected: tabsOf(embedded)[1], label: embedded.views[1].title.en,
      view: 'output', state: 'output',
    });
    // The widget given the other document from the app's first render draws it.
    await widgetReady(page, '#from-the-start pingshan-infographic');
    assert.deepEqual((await shown('#from-the-start pingshan-infographic')).tabs, tabsOf(other),
      'the document given from the first render is drawn');

    // The reader's tab reaches the framework's state through `viewchange`.
    await tabs.nth(2).click();
    await until({ view: 'talent', state: 'talent' }, 'viewchange did not reach the framework\'s state');
    const talent = await canvasHash(page, WIDGET);

    // A button that sets the framework's state switches the view, and the chart is redrawn.
    await page.locator('#figures .companies').click();
    await until({ selected: tabsOf(embedded)[0], label: embedded.views[0].title.en, view: 'companies', state: 'companies' },
      'the framework\'s state did not switch the view');
    assert.equal(await page.locator(WIDGET).getAttribute('view'), 'companies');
    assert.notEqual(await canvasHash(page, WIDGET), talent, 'the chart is redrawn');

    // Another story's document through `data`: its tabs, and its first view, which `view` reads
    // (the framework's `companies` is not one of its views; README, "In a framework").
    await page.locator('#other-document').click();
    await until({ tabs: tabsOf(other), selected: tabsOf(other)[0], label: other.views[0].title.en, view: other.views[0].id },
      'the document passed as data was not drawn');
    // And the reader's tabs in it still reach the framework.
    await tabs.nth(1).click();
    await until({ label: other.views[1].title.en, view: other.views[1].id, state: other.views[1].id },
      'viewchange did not reach the framework\'s state in the other document');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await server.close();
  }
}

test('React 19: rendered on the server, hydrated in the browser', async () => {
  const app = join(FRAMEWORKS, 'react');
  await rm(join(app, 'dist'), { recursive: true, force: true });
  vite('react', ['build', '--outDir', 'dist/client']);
  vite('react', ['build', '--ssr', 'src/entry-server.jsx', '--outDir', 'dist/server']);
  // The server render imports the package in Node: its `node` export, which defines nothing.
  execFileSync(process.execPath, ['prerender.mjs'], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
  const html = await readFile(join(app, 'dist', 'client', 'index.html'), 'utf8');
  const written = new RegExp('<section id="figures">.*<output class="state">output</output>.*'
    + '<pingshan-infographic view="output"></pingshan-infographic>');
  assert.match(html, written, 'the server wrote the app and the element');
  await drive(join(app, 'dist', 'client'), {
    // Hydration is concurrent: the app's effects, the widget's listener among them, have run.
    started: (/** @type {Page} */ page) => page.waitForFunction(() => 'hydrated' in document.body.dataset),
  });
});

test('Vue 3', async () => {
  const app = join(FRAMEWORKS, 'vue');
  await rm(join(app, 'dist'), { recursive: true, force: true });
  vite('vue', ['build']);
  await drive(join(app, 'dist'));
});

test('Svelte 5', async () => {
  const app = join(FRAMEWORKS, 'svelte');
  await rm(join(app, 'dist'), { recursive: true, force: true });
  vite('svelte', ['build']);
  await drive(join(app, 'dist'));
});

test('Preact 10, with Vite\'s own JSX transform', async () => {
  const app = join(FRAMEWORKS, 'preact');
  await rm(join(app, 'dist'), { recursive: true, force: true });
  vite('preact', ['build']);
  await drive(join(app, 'dist'));
});

/**
 * Starts Vite's dev server on tests/frameworks/plain/ (`vite` for 8, `vite7`; `exclude` leaves
 * the package out of the pre-bundling), opens `page` there, and returns the widget's tabs and
 * errors once it is ready.
 * @param {'vite' | 'vite7'} which
 */
async function devServer(which, { exclude = false, page: path = 'index.html' } = {}) {
  const cache = await mkdtemp(join(tmpdir(), 'pingshan-vite-cache-'));
  const child = spawn(process.execPath, ['dev.mjs', which, cache, ...(exclude ? ['exclude'] : [])],
    { cwd: join(FRAMEWORKS, 'plain'), stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const page = await browser.newPage();
  try {
    const url = await new Promise((resolve, reject) => {
      child.stdout.once('data', (line) => resolve(String(line).trim()));
      exited.then((code) => reject(new Error(`dev.mjs ${which} exited with ${code}`)));
    });
    await page.goto(`${url}${path}`);
    await widgetReady(page);
    return await page.evaluate(() => {
      const widget = document.querySelector('pingshan-infographic');
      return { tabs: widget.shadowRoot.querySelectorAll('[role="tab"]').length, errors: widget.errors?.map((e) => e.message) };
    });
  } finally {
    await page.close();
    child.kill();
    await exited;
    await rm(cache, { recursive: true, force: true });
  }
}

test('Vite\'s dev server: 8 finds the wasm by itself, 7 with the README\'s setting or the wasm\'s address', async () => {
  assert.deepEqual(await devServer('vite'), { tabs: 3, errors: undefined }, 'Vite 8');
  // Vite 7 pre-bundles the package into a folder of its own, where no wasm is: the widget
  // names the address that answered with the dev server's page.
  const missed = await devServer('vite7');
  assert.equal(missed.tabs, 0);
  assert.match(missed.errors?.[0] ?? '', /^wasm: expected the chart's code from http:\/\/127\.0\.0\.1:\d+\/.*pingshan_infographic_bg\.wasm, found a page starting <!doctype html>/);
  assert.deepEqual(await devServer('vite7', { exclude: true }), { tabs: 3, errors: undefined }, 'optimizeDeps.exclude');
  assert.deepEqual(await devServer('vite7', { page: 'configure.html' }), { tabs: 3, errors: undefined }, 'configure({ wasmUrl })');
});

test('webpack 5, with nothing configured for the widget', async () => {
  const app = join(FRAMEWORKS, 'webpack');
  await rm(join(app, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, ['build.mjs'], { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] });
  assert.ok((await readdir(join(app, 'dist'))).some((file) => file.endsWith('.wasm')), 'webpack emitted the wasm');
  const server = await serve({ root: join(app, 'dist') });
  const page = await browser.newPage();
  const errors = watchErrors(page);
  try {
    await page.goto(`${server.url}index.html`);
    await widgetReady(page);
    assert.deepEqual(await page.locator('pingshan-infographic [role="tab"]').count(), 3);
    assert.equal(await page.locator('pingshan-infographic [role="tab"][aria-selected="true"]').textContent(), 'Output growth');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await server.close();
  }
});
