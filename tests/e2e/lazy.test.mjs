// End to end: lazy start. A widget far below the fold fetches nothing until the reader scrolls
// near it; `loading="eager"` starts at once; ten widgets share one compiled module.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useBrowser, watchErrors, widgetReady } from './browser.mjs';

const env = useBrowser();

/** Serves `html` as /fixture.html beside the real www/ files and counts requests for wasm. */
/** @param {string} html */
async function pageWith(html) {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 800 } });
  const errors = watchErrors(page);
  /** @type {string[]} */
  const wasmRequests = [];
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasmRequests.push(request.url()); });
  await page.route('**/fixture.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(`${env.server.url}fixture.html`);
  return { page, errors, wasmRequests };
}

const SCRIPT = '<script type="module" src="pingshan-infographic.js"></script>';

test('a widget far below the fold loads nothing until the reader scrolls near it', async () => {
  const { page, errors, wasmRequests } = await pageWith(
    `<!doctype html>${SCRIPT}<div style="height:5000px">article text</div><pingshan-infographic id="late"></pingshan-infographic>`);
  await page.waitForFunction(() => customElements.get('pingshan-infographic'));
  await page.waitForTimeout(500);
  assert.deepEqual(wasmRequests, [], 'no wasm fetched while the widget is far away');
  const loading = () => page.locator('#late .frame').getAttribute('data-loading');
  assert.equal(await loading(), '', 'the widget waits in its loading state');
  await page.evaluate(() => window.scrollTo(0, 4400));
  await widgetReady(page, '#late');
  assert.equal(wasmRequests.length, 1);
  assert.equal(await loading(), null);
  assert.equal(await page.locator('#late canvas:not([aria-hidden])').count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('loading="eager" starts at once, wherever the widget is', async () => {
  const { page, wasmRequests } = await pageWith(
    `<!doctype html>${SCRIPT}<div style="height:5000px"></div><pingshan-infographic id="eager" loading="eager"></pingshan-infographic>`);
  await widgetReady(page, '#eager');
  assert.equal(wasmRequests.length, 1);
  assert.equal(await page.locator('#eager [role="tab"]').count(), 3);
  await page.close();
});

test('ten widgets share one compiled module and stay independent', async () => {
  const widgets = Array.from({ length: 10 }, (_, i) =>
    `<pingshan-infographic id="w${i}" loading="eager" view="${['companies', 'output', 'talent'][i % 3]}"></pingshan-infographic>`).join('');
  const { page, errors, wasmRequests } = await pageWith(`<!doctype html>${SCRIPT}${widgets}`);
  for (let i = 0; i < 10; i += 1) await widgetReady(page, `#w${i}`);
  assert.equal(wasmRequests.length, 1, 'one wasm fetch for ten widgets');
  await page.locator('#w0 [role="tab"]').nth(2).click();
  await page.waitForFunction(() => /** @type {Widget} */ (document.querySelector('#w0')).view === 'talent');
  const views = await page.evaluate(() => [...document.querySelectorAll('pingshan-infographic')].map((w) => w.view));
  assert.deepEqual(views, ['talent', 'output', 'talent', 'companies', 'output', 'talent', 'companies', 'output', 'talent', 'companies']);
  assert.deepEqual(errors, []);
  await page.close();
});
