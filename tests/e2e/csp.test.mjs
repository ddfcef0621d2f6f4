// End to end: the widget works unchanged on a page served with a strict Content-Security-Policy
// (no inline script or style, no eval; wasm allowed), with no violation reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { STRICT_CSP } from './server.mjs';
import { useBrowser, watchErrors, widgetReady, canvasHash, present } from './browser.mjs';

const env = useBrowser({ serverOptions: { headers: { 'content-security-policy': STRICT_CSP } } });

/** A page that records every CSP violation in `window.__violations`, from before any script. */
async function watchedPage(viewport = { width: 1000, height: 1000 }) {
  const page = await env.browser.newPage({ viewport });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return page;
}

test('the demo page under a strict CSP: every view draws, no violation', async () => {
  const page = await watchedPage();
  const errors = watchErrors(page);
  const response = present(await page.goto(`${env.server.url}index.html`), 'the page');
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await widgetReady(page);
  const hashes = new Set();
  for (const index of [0, 1, 2]) {
    await page.locator('pingshan-infographic [role="tab"]').nth(index).click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    hashes.add(await canvasHash(page));
  }
  assert.equal(hashes.size, 3, 'all three views drew');
  // Tooltips and the focus ring (inline style changes through CSSOM) are allowed too.
  await page.locator('pingshan-infographic canvas:not([aria-hidden])').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('pingshan-infographic [role="tooltip"]').isVisible(), true);
  assert.equal(await page.locator('pingshan-infographic [role="alert"]').isVisible(), false);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the iframe embed page under a strict CSP: every view draws, no violation, one wasm fetch', async () => {
  const page = await watchedPage({ width: 640, height: 800 });
  const errors = watchErrors(page);
  // The page preloads the wasm; the element's own fetch must reuse that response.
  /** @type {string[]} */
  const wasmFetches = [];
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasmFetches.push(request.url()); });
  const response = present(await page.goto(`${env.server.url}dist/embed.html?view=output&lang=zh&theme=dark&id=csp`), 'the page');
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await widgetReady(page);
  const tabs = page.locator('pingshan-infographic [role="tab"]');
  assert.equal(await tabs.count(), 3);
  assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true', 'the view comes from the query');
  const hashes = new Set();
  for (const index of [0, 1, 2]) {
    await tabs.nth(index).click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await tabs.nth(index).getAttribute('aria-selected'), 'true');
    hashes.add(await canvasHash(page));
  }
  assert.equal(hashes.size, 3, 'all three views drew');
  // The embed stylesheet applied (no page margins), and the widget fills the width.
  const layout = await page.evaluate(() => ({
    margin: getComputedStyle(document.body).marginTop,
    width: document.querySelector('pingshan-infographic').getBoundingClientRect().width,
  }));
  assert.deepEqual(layout, { margin: '0px', width: 640 });
  assert.equal(await page.locator('pingshan-infographic [role="alert"]').isVisible(), false);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.equal(wasmFetches.length, 1, `the wasm was fetched once: ${wasmFetches}`);
  assert.deepEqual(errors, []);
  await page.close();
});
