// End to end: without JavaScript the reader sees the static SVGs (the element's <noscript>
// content); on paper the tabs and buttons go, a lazy widget starts, and it prints light.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useBrowser, widgetReady } from './browser.mjs';

const env = useBrowser();

test('without JavaScript, the demo page shows every view as a static image', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.server.url}index.html`);
  const images = page.locator('pingshan-infographic noscript + img, pingshan-infographic img');
  await page.waitForFunction(() => [...document.querySelectorAll('pingshan-infographic img')].every((img) => /** @type {HTMLImageElement} */ (img).complete));
  const loaded = await page.evaluate(() => [.../** @type {NodeListOf<HTMLImageElement>} */ (document.querySelectorAll('pingshan-infographic img'))]
    .map((img) => ({ src: img.getAttribute('src'), width: img.naturalWidth, alt: img.alt.length })));
  assert.equal(loaded.length, 3, `${await images.count()} images`);
  for (const image of loaded) {
    assert.ok(image.width > 0, `${image.src} loaded`);
    assert.ok(image.alt > 40, `${image.src} has alternative text`);
  }
  await context.close();
});

test('printing hides the controls, starts a lazy widget and prints it light', async () => {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 800 }, colorScheme: 'dark' });
  await page.route('**/fixture.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><script type="module" src="pingshan-infographic.js"></script>'
      + '<div style="height:6000px"></div><pingshan-infographic id="late"></pingshan-infographic>',
  }));
  await page.goto(`${env.server.url}fixture.html`);
  await page.waitForFunction(() => customElements.get('pingshan-infographic'));
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await widgetReady(page, '#late');
  const state = await page.evaluate(() => {
    const root = /** @type {Widget} */ (document.querySelector('#late')).shadowRoot;
    return {
      tabs: getComputedStyle(root.querySelector('[role="tablist"]')).display,
      tools: getComputedStyle(/** @type {Element} */ (root.querySelector('.tools'))).display,
      theme: root.querySelector('.frame').dataset.theme,
    };
  });
  assert.deepEqual(state, { tabs: 'none', tools: 'none', theme: 'light' });
  const pdf = await page.pdf();
  assert.ok(pdf.length > 1000 && pdf.subarray(0, 4).toString() === '%PDF');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.evaluate(() => /** @type {Widget} */ (document.querySelector('#late')).shadowRoot.querySelector('.frame').dataset.theme), 'dark');
  await page.close();
});
