// End to end, issue 25 item 4: finding the wasm. A dev server or host that answers the wasm's
// address with its fallback HTML page (Vite ≤ 7 and Astro dev servers do) gets a message
// saying so and what to do, not the browser's "expected magic word 00 61 73 6d"; and a page
// whose bundler moved the module away from the wasm names the wasm's address itself, with the
// `wasm` attribute or `configure({ wasmUrl })`. Issue 21's first chart: the wasm is asked for
// before the widget's first layout, and a page that preloads it for an eager widget has it
// asked for when the module first runs, before the element is defined; and drawing throws
// no exception, caught or not. Both for the readable sources and the deployed module
// (www/dist/), whose wasm has its own minified names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { useBrowser, watchErrors, widgetReady } from './browser.mjs';

const env = useBrowser();
const WWW = new URL('../../www/', import.meta.url);
// The two builds: the readable sources in www/ and the deployed module in www/dist/.
const BUILDS = [{ name: 'sources', dir: '' }, { name: 'dist', dir: 'dist/' }];
const FALLBACK_PAGE = '<!doctype html><html><head><title>App</title></head><body><div id="app"></div></body></html>';

/**
 * Answers every wasm request with the fallback page, as a single-page app's server does.
 * @param {Page} page
 */
function answerWithHtml(page) {
  return page.route('**/*.wasm', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: FALLBACK_PAGE }));
}

/**
 * Serves the build's wasm at `/assets/chart-1a2b3c.wasm`, an address of the page's own choosing,
 * and returns the paths it was fetched at.
 * @param {Page} page
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function serveWasmElsewhere(page, dir) {
  const bytes = await readFile(new URL(`${dir}pkg/pingshan_infographic_bg.wasm`, WWW));
  /** @type {string[]} */
  const fetched = [];
  await page.route('**/assets/chart-1a2b3c.wasm', (route) => {
    fetched.push(new URL(route.request().url()).pathname);
    return route.fulfill({ status: 200, contentType: 'application/wasm', body: bytes });
  });
  return fetched;
}

/**
 * Serves `body` as HTML at `name`, beside the build's files.
 * @param {Page} page
 * @param {string} name
 * @param {string} body
 */
function fixture(page, name, body) {
  return page.route(`**/${name}`, (route) => route.fulfill({ contentType: 'text/html', body }));
}

/**
 * Records, for each `fetch` of a wasm the page makes, whether the element was defined then
 * and whether the widget's loading state was laid out (its frame marked `data-loading`).
 * @param {Page} page
 */
function watchWasmRequests(page) {
  return page.addInitScript(() => {
    window.testWasmRequests = [];
    const { fetch } = window;
    window.fetch = function (input, init) {
      if (String(input).endsWith('.wasm')) {
        const frame = document.querySelector('pingshan-infographic')?.shadowRoot?.querySelector('.frame');
        window.testWasmRequests.push({
          path: new URL(String(input), location.href).pathname,
          defined: Boolean(customElements.get('pingshan-infographic')),
          laidOut: Boolean(frame?.hasAttribute('data-loading')),
        });
      }
      return fetch.call(this, input, init);
    };
  });
}

for (const { name, dir } of BUILDS) {
  test(`${name}: a wasm address answered by an HTML page says so, with its start, in both languages`, async () => {
    const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = watchErrors(page);
    await answerWithHtml(page);
    await fixture(page, `${dir}fallback.html`, `<!doctype html><html lang="en"><head>
      <script type="module" src="pingshan-infographic.js"></script></head><body>
      <pingshan-infographic id="en" loading="eager"></pingshan-infographic>
      <pingshan-infographic id="zh" loading="eager" lang="zh"></pingshan-infographic></body></html>`);
    await page.goto(`${env.server.url}${dir}fallback.html`);
    await widgetReady(page, '#en');
    await widgetReady(page, '#zh');
    const wasm = `${env.server.url}${dir}pkg/pingshan_infographic_bg.wasm`;
    const alert = (/** @type {string} */ id) => page.locator(`#${id} [role="alert"]`).textContent();
    assert.equal(await alert('en'), `This chart could not be loadedwasm: expected the chart's code from ${wasm}, `
      + "found a page starting <!doctype html> (a fallback page?): give the wasm's address in the wasm attribute");
    assert.equal(await alert('zh'), `无法加载此图表wasm：${wasm}返回以<!doctype html>开头的网页（回退页面？），而非图表程序：请在wasm属性中写明wasm的地址`);
    assert.ok(!errors.some((error) => /magic/i.test(error)), errors.join('\n'));
    assert.equal(await page.evaluate(() => /** @type {Widget} */ (document.getElementById('en')).errors?.[0].path), 'wasm');
    await page.close();
  });

  test(`${name}: the wasm attribute and configure({ wasmUrl }) load the wasm from another address`, async () => {
    for (const how of ['attribute', 'configure']) {
      const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
      const errors = watchErrors(page);
      // As a dev server that moved the module: beside it, its fallback page; the wasm elsewhere.
      await answerWithHtml(page);
      const fetched = await serveWasmElsewhere(page, dir);
      const setup = how === 'attribute'
        ? '<script type="module" src="pingshan-infographic.js"></script>'
        : `<script type="module">
            import { PingshanInfographic, configure } from './pingshan-infographic.js';
            // After the import has upgraded the eager widget: still in time.
            ${dir ? 'PingshanInfographic.configure' : 'configure'}({ wasmUrl: '/assets/chart-1a2b3c.wasm' });
          </script>`;
      const attribute = how === 'attribute' ? ' wasm="/assets/chart-1a2b3c.wasm"' : '';
      await fixture(page, `${dir}moved.html`, `<!doctype html><html lang="en"><head>${setup}</head><body>
        <pingshan-infographic view="talent" loading="eager"${attribute}></pingshan-infographic></body></html>`);
      await page.goto(`${env.server.url}${dir}moved.html`);
      await widgetReady(page);
      assert.equal(await page.evaluate(() => document.querySelector('pingshan-infographic').errors), null, `${how}: no error`);
      assert.equal(await page.locator('pingshan-infographic [role="tab"][aria-selected="true"]').textContent(), 'Returnee talent');
      assert.deepEqual(fetched, ['/assets/chart-1a2b3c.wasm'], `${how}: the wasm came from the address given`);
      assert.deepEqual(errors, [], how);
      await page.close();
    }
  });
}

test(`the wasm is asked for before the widget's first layout`, async () => {
  for (const { name, dir } of BUILDS) {
    const wasm = `/${dir}pkg/pingshan_infographic_bg.wasm`;
    for (const preload of [false, true]) {
      const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
      const errors = watchErrors(page);
      await watchWasmRequests(page);
      const hint = preload ? '<link rel="preload" href="pkg/pingshan_infographic_bg.wasm" as="fetch" crossorigin>' : '';
      await fixture(page, `${dir}first.html`, `<!doctype html><html lang="en"><head>${hint}
        <script type="module" src="pingshan-infographic.js"></script></head><body>
        <pingshan-infographic loading="eager"></pingshan-infographic></body></html>`);
      await page.goto(`${env.server.url}${dir}first.html`);
      await widgetReady(page);
      assert.equal(await page.evaluate(() => document.querySelector('pingshan-infographic').errors), null);
      // One request, made before the loading state's layout (which waits for the next frame);
      // with the preload, as the module first runs, before its last line defines the element.
      assert.deepEqual(await page.evaluate(() => window.testWasmRequests), [{ path: wasm, defined: !preload, laidOut: false }], `${name}, preload: ${preload}`);
      assert.deepEqual(errors, [], `${name}, preload: ${preload}`);
      await page.close();
    }
  }
});

for (const { name, dir } of BUILDS) {
  test(`${name}: a preload of the wasm beside the module leaves the address configure names in charge`, async () => {
    const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = watchErrors(page);
    await answerWithHtml(page);
    const fetched = await serveWasmElsewhere(page, dir);
    await fixture(page, `${dir}preloaded.html`, `<!doctype html><html lang="en"><head>
      <link rel="preload" href="pkg/pingshan_infographic_bg.wasm" as="fetch" crossorigin>
      <script type="module">
        import { PingshanInfographic } from './pingshan-infographic.js';
        PingshanInfographic.configure({ wasmUrl: '/assets/chart-1a2b3c.wasm' });
      </script></head><body><pingshan-infographic loading="eager"></pingshan-infographic></body></html>`);
    await page.goto(`${env.server.url}${dir}preloaded.html`);
    await widgetReady(page);
    assert.equal(await page.evaluate(() => document.querySelector('pingshan-infographic').errors), null);
    assert.deepEqual(fetched, ['/assets/chart-1a2b3c.wasm']);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`${name}: loading, drawing and switching views throw no exception, caught or not`, async () => {
    // A page's developer who pauses on caught exceptions must not stop in the widget: none is
    // thrown on the way (issue 21: reading the draw options threw one at every render).
    const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = watchErrors(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Debugger.enable');
    await cdp.send('Debugger.setPauseOnExceptions', { state: 'caught' });
    /** @type {string[]} */
    const thrown = [];
    cdp.on('Debugger.paused', (event) => {
      thrown.push(`${event.data?.description?.split('\n')[0]} in ${event.callFrames.slice(0, 3).map((f) => f.functionName || '?').join(' < ')}`);
      cdp.send('Debugger.resume').catch(() => {});
    });
    await fixture(page, `${dir}thrown.html`, `<!doctype html><html lang="en"><head>
      <script type="module" src="pingshan-infographic.js"></script></head><body>
      <pingshan-infographic loading="eager"></pingshan-infographic></body></html>`);
    await page.goto(`${env.server.url}${dir}thrown.html`);
    await widgetReady(page);
    for (const view of ['output', 'talent', 'companies']) {
      await page.evaluate((view) => { document.querySelector('pingshan-infographic').view = view; }, view);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    // Every view drawn, the ones not on screen in idle time.
    await page.waitForFunction(() => [...document.querySelector('pingshan-infographic').shadowRoot.querySelectorAll('canvas')].every((canvas) => canvas.width > 0));
    assert.deepEqual(thrown, []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
