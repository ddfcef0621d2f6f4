// End to end: data from elsewhere (the `src` attribute) and redrawing when the device pixel
// ratio changes, on the demo page served over HTTP in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { useBrowser, watchErrors, widgetReady } from './browser.mjs';

const env = useBrowser();

test('src loads a same-origin document; an unreachable cross-origin src shows an alert', async () => {
  const sourced = JSON.parse(await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8'));
  sourced.views = [sourced.views[0]];
  sourced.views[0].title.en = 'A custom title from src';
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  await page.route('**/custom-data.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(sourced) }));
  await page.goto(`${env.server.url}index.html`);
  await page.evaluate(() => {
    for (const [id, src] of [['custom', 'custom-data.json'], ['foreign', 'http://example.invalid/data.json']]) {
      const widget = document.createElement('pingshan-infographic');
      widget.id = id;
      // Eager: appended below the article, a lazy widget would wait for a scroll that never
      // comes whenever the article is taller than the viewport and its margin.
      widget.setAttribute('loading', 'eager');
      widget.setAttribute('src', src);
      document.body.append(widget);
    }
  });
  await widgetReady(page, '#custom');
  await widgetReady(page, '#foreign');
  const custom = page.locator('#custom');
  assert.equal(await custom.locator('[role="tab"]').count(), 1);
  assert.equal(await custom.locator('canvas:not([aria-hidden])').getAttribute('aria-label'), 'A custom title from src');
  const alert = page.locator('#foreign [role="alert"]');
  assert.equal(await alert.isVisible(), true);
  assert.match(await alert.textContent() ?? '', /src: expected a same-origin or CORS-enabled URL, found a network error for http:\/\/example\.invalid\/data\.json/);
  // The page's own widget is untouched by its neighbours' data.
  assert.equal(await page.locator('article pingshan-infographic [role="tab"]').count(), 3);
  assert.ok(errors.some((e) => e.includes('src: expected a same-origin or CORS-enabled URL')), 'the failure is logged for the developer');
  await page.close();
});

test('the canvas is redrawn sharp when the device pixel ratio changes', async () => {
  const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
  // CDP's device-metrics emulation changes devicePixelRatio but sends no media-query `change`
  // event (a real zoom or a move to another screen does). Record the listeners the widget puts
  // on resolution queries, so the test can deliver that event itself.
  await page.addInitScript(() => {
    const original = window.matchMedia.bind(window);
    window.resolutionListeners = [];
    window.matchMedia = (query) => {
      const list = original(query);
      if (query.includes('resolution')) {
        const add = list.addEventListener.bind(list);
        /** @type {(type: string, listener: EventListener, options?: boolean | AddEventListenerOptions) => void} */
        list.addEventListener = (type, listener, options) => {
          window.resolutionListeners.push(listener);
          add(type, listener, options);
        };
      }
      return list;
    };
  });
  await page.goto(`${env.server.url}index.html`);
  await widgetReady(page);
  const ratio = () => page.evaluate(() => {
    const canvas = document.querySelector('pingshan-infographic').shadowRoot.querySelector('canvas:not([aria-hidden])');
    return canvas.width / canvas.getBoundingClientRect().width;
  });
  assert.equal(await ratio(), 1);
  assert.ok(await page.evaluate(() => window.resolutionListeners.length >= 1), 'the widget watches the resolution');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 800, height: 900, deviceScaleFactor: 2, mobile: false });
  await page.evaluate(() => /** @type {EventListener} */ (window.resolutionListeners.at(-1))(new Event('change')));
  await page.waitForFunction(() => {
    const canvas = document.querySelector('pingshan-infographic').shadowRoot.querySelector('canvas:not([aria-hidden])');
    return canvas.width === Math.round(canvas.getBoundingClientRect().width * 2);
  }, null, { timeout: 5000 });
  assert.equal(await ratio(), 2);
  await page.close();
});
