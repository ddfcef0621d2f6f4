// End to end: stress. 10,000 view switches drawn by Rust, 500 resizes in a burst, 20 widgets
// on a page removed and re-added, attributes changed rapidly: no errors, nothing left
// listening or observing, memory flat. The element draws at most once a frame, so 10,000
// switches through it would take minutes; it makes 300 frame-paced switches, and the same
// bindings draw the other 10,000 directly.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useBrowser, watchErrors, widgetReady } from './browser.mjs';
import { instrument } from '../instrument.js';

const env = useBrowser();

/** @param {import('playwright-core').CDPSession} cdp @param {string} expression */
async function listenerCount(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: /** @type {string} */ (result.objectId) });
  return listeners.length;
}

/** @param {import('playwright-core').CDPSession} cdp */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  // Chromium's metrics always include the heap's size.
  return /** @type {{ value: number }} */ (metrics.find((m) => m.name === 'JSHeapUsedSize')).value;
}

test('10,000 view switches and 1,000 rapid attribute changes: no errors, memory flat', async () => {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}index.html`);
  await widgetReady(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // Rust's memory is read through the same module instance the element uses.
  const wasmBytes = () => page.evaluate(async () => {
    // The page's address of the bindings, which the checker cannot resolve from here: typed as the glue's.
    const url = './pkg/pingshan_infographic.js';
    const bindings = /** @type {typeof import('../../www/pkg/pingshan_infographic.js')} */ (await import(url));
    return (await bindings.default()).memory.buffer.byteLength;
  });
  const switches = (/** @type {number} */ n) => page.evaluate(async (n) => {
    const widget = document.querySelector('pingshan-infographic');
    const views = ['companies', 'output', 'talent'];
    let drawn = 0;
    widget.addEventListener('viewchange', () => { drawn += 1; });
    for (let i = 0; i < n; i += 1) {
      widget.view = views[(views.indexOf(/** @type {string} */ (widget.view)) + 1) % 3];
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return drawn;
  }, n);
  assert.equal(await switches(100), 100, 'every switch is drawn');
  const heap100 = await heapAfterGc(cdp);
  const wasm100 = await wasmBytes();
  assert.equal(await switches(200), 200);
  // 10,000 switches drawn by the element's own bindings, on a canvas of their own, in two
  // rounds of 5,000: a second widget's document and layouts take their room in the first
  // round, and the second round must not take any more (a leak would).
  const rendered = (/** @type {number} */ round) => page.evaluate(async (round) => {
    // The page's address of the bindings, which the checker cannot resolve from here: typed as the glue's.
    const url = './pkg/pingshan_infographic.js';
    const bindings = /** @type {typeof import('../../www/pkg/pingshan_infographic.js')} */ (await import(url));
    await bindings.default();
    const widget = bindings.createWidget();
    const canvas = document.createElement('canvas');
    const views = ['companies', 'output', 'talent'];
    let n = 0;
    for (let i = round * 5000; i < (round + 1) * 5000; i += 1) {
      const options = {
        view: views[i % 3], lang: i % 2 ? 'zh' : 'en', theme: i % 5 ? 'light' : 'dark',
        width: 320 + (i % 7) * 80, pixelRatio: 1 + (i % 3) / 2, focused: i % 4 ? null : 'doctorates',
      };
      const { height, marks } = widget.render(canvas, options);
      widget.hitTest(options.view, 30, height / 2);
      if (height > 0 && marks.length > 0) n += 1;
    }
    widget.free();
    return n;
  }, round);
  assert.equal(await rendered(0), 5000);
  const wasmAfterFirstRound = await wasmBytes();
  assert.equal(await rendered(1), 5000);
  assert.equal(await wasmBytes(), wasmAfterFirstRound, 'wasm memory did not grow in the second round');
  // 1,000 attribute changes in one task: batched into one render (one switch said, from the
  // view before to the last one asked for), nothing breaks.
  const batched = await page.evaluate(async () => {
    const widget = document.querySelector('pingshan-infographic');
    widget.setAttribute('view', 'output');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    /** @type {string[]} */
    const said = [];
    widget.addEventListener('viewchange', (event) => said.push(`${event.detail.previous}>${event.detail.view}`));
    for (let i = 0; i < 1000; i += 1) {
      widget.setAttribute('lang', i % 2 ? 'zh' : 'en');
      widget.setAttribute('theme', ['light', 'dark', 'auto'][i % 3]);
      widget.setAttribute('view', ['companies', 'output', 'talent'][i % 3]);
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return said;
  });
  assert.deepEqual(batched, ['output>companies'], 'the changes of one task are drawn once, in the next frame');
  assert.equal(await page.evaluate(() => document.querySelector('pingshan-infographic').view), 'companies');
  const heap10000 = await heapAfterGc(cdp);
  const wasm10000 = await wasmBytes();
  assert.equal(wasm10000, wasmAfterFirstRound, 'wasm memory did not grow after the renders');
  assert.ok(wasm100 > 0);
  assert.ok(heap10000 - heap100 < 1024 * 1024, `JS heap grew ${heap10000 - heap100} bytes`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('20 widgets, 500 resizes in a burst, removed and re-added: nothing left behind', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await page.addInitScript(instrument);
  await page.route('**/fixture.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><script type="module" src="pingshan-infographic.js"></script><div id="box"></div>',
  }));
  await page.goto(`${env.server.url}fixture.html`);
  await page.waitForFunction(() => customElements.get('pingshan-infographic'));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const baseline = {
    document: await listenerCount(cdp, 'document'),
    window: await listenerCount(cdp, 'window'),
    live: await page.evaluate(() => window.__live()),
  };
  const addAll = () => page.evaluate(async () => {
    const box = /** @type {HTMLElement} */ (document.querySelector('#box'));
    const widgets = Array.from({ length: 20 }, (_, i) => {
      const widget = document.createElement('pingshan-infographic');
      widget.setAttribute('loading', 'eager');
      widget.setAttribute('view', ['companies', 'output', 'talent'][i % 3]);
      return widget;
    });
    box.append(...widgets);
    await Promise.all(widgets.map((w) => w.ready));
  });
  const removeAll = () => page.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('#box')).replaceChildren());
  let heapFirst = 0;
  for (let cycle = 0; cycle < 4; cycle += 1) {
    const bursts = cycle === 0 ? 500 : 20;
    await addAll();
    assert.equal(await page.locator('#box pingshan-infographic [role="tablist"]').count(), 20);
    // 500 width changes in a burst (the first cycle), one per task; widgets settle at the last.
    await page.evaluate(async (bursts) => {
      const box = /** @type {HTMLElement} */ (document.querySelector('#box'));
      for (let i = 0; i < bursts; i += 1) {
        box.style.width = `${300 + ((i * 37) % 600)}px`;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      box.style.width = '480px';
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, bursts);
    const widths = await page.evaluate(() => [.../** @type {NodeListOf<Widget>} */ (document.querySelectorAll('#box pingshan-infographic'))]
      .map((w) => /** @type {Element} */ (w.shadowRoot.querySelector('canvas:not([aria-hidden])')).getBoundingClientRect().width));
    assert.ok(widths.every((w) => w === 480), `canvases follow the last width: ${widths}`);
    assert.ok((await page.evaluate(() => window.__live())).observed >= 20);
    // Removing one and putting it back in the same task works and leaves nothing doubled.
    await page.evaluate(() => {
      const first = /** @type {Widget} */ (document.querySelector('#box pingshan-infographic'));
      first.remove();
      /** @type {HTMLElement} */ (document.querySelector('#box')).prepend(first);
    });
    await removeAll();
    assert.deepEqual(await page.evaluate(() => window.__live()), baseline.live, 'no observer or media listener left');
    assert.equal(await listenerCount(cdp, 'document'), baseline.document, 'no document listener left');
    assert.equal(await listenerCount(cdp, 'window'), baseline.window, 'no window listener left');
    if (cycle === 0) heapFirst = await heapAfterGc(cdp);
  }
  const heapLast = await heapAfterGc(cdp);
  assert.ok(heapLast - heapFirst < 2 * 1024 * 1024, `JS heap grew ${heapLast - heapFirst} bytes over 3 cycles`);
  assert.deepEqual(errors, []);
  await page.close();
});
