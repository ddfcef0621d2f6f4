// End to end: the demo article page served over HTTP, driven in headless Chromium as a reader
// would: every tab clicked, the phone width checked, screenshots taken. Every test here fails
// on any page error, console error or console warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { useBrowser, watchErrors, widgetReady, canvasHash, present } from './browser.mjs';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const updateScreenshots = Boolean(process.env.UPDATE_SCREENSHOTS);
const env = useBrowser();

test('the demo page shows every view and switches between them', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1100 } });
  const errors = watchErrors(page, { warnings: true });
  await page.goto(`${env.server.url}index.html`);
  await widgetReady(page);
  const widget = page.locator('pingshan-infographic');
  const tabs = widget.locator('[role="tab"]');
  assert.equal(await tabs.count(), 3);
  assert.deepEqual(await tabs.allTextContents(), ['Companies', 'Output growth', 'Returnee talent']);

  const seen = new Set();
  for (const [index, view] of ['companies', 'output', 'talent'].entries()) {
    await tabs.nth(index).click();
    await page.waitForFunction((v) => document.querySelector('pingshan-infographic').view === v, view);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await tabs.nth(index).getAttribute('aria-selected'), 'true');
    const label = present(await widget.locator('canvas:not([aria-hidden])').getAttribute('aria-label'), 'the canvas\'s aria-label');
    assert.ok(label.length > 10 && label.length < 120, `view ${view} is named by its title: ${label}`);
    seen.add(await canvasHash(page));
    if (updateScreenshots) {
      await mkdir(DOCS, { recursive: true });
      // Let the view transition finish, so the picture is not caught mid-fade.
      await page.evaluate(() => Promise.all(document.querySelector('pingshan-infographic').shadowRoot
        .querySelector('canvas:not([aria-hidden])').getAnimations().map((animation) => animation.finished)));
      await widget.screenshot({ path: `${DOCS}view-${view}.png` });
    }
  }
  assert.equal(seen.size, 3, 'each view draws different pixels');
  const source = await widget.locator('.source').textContent();
  assert.match(source ?? '', /Lin Yiying, Zhao Lu/);
  if (updateScreenshots) await page.screenshot({ path: `${DOCS}demo-page.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a 320 px phone shows the widget without horizontal scrolling, sharp at 3x', async () => {
  const page = await env.browser.newPage({ viewport: { width: 320, height: 900 }, deviceScaleFactor: 3 });
  const errors = watchErrors(page, { warnings: true });
  await page.goto(`${env.server.url}index.html`);
  await widgetReady(page);
  const sizes = await page.evaluate(() => {
    const widget = document.querySelector('pingshan-infographic');
    const canvas = widget.shadowRoot.querySelector('canvas:not([aria-hidden])');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      cssWidth: canvas.getBoundingClientRect().width,
      backingWidth: canvas.width,
      widgetRight: widget.getBoundingClientRect().right,
    };
  });
  assert.ok(sizes.scrollWidth <= sizes.viewport, `page scrolls sideways: ${JSON.stringify(sizes)}`);
  assert.ok(sizes.widgetRight <= 320, `widget overflows: ${JSON.stringify(sizes)}`);
  assert.equal(sizes.backingWidth, Math.round(sizes.cssWidth * 3), 'backing store is CSS size × devicePixelRatio');
  if (updateScreenshots) await page.locator('pingshan-infographic').screenshot({ path: `${DOCS}phone-320.png` });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the widget follows its container when it is resized, never growing by itself', async () => {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 900 } });
  const errors = watchErrors(page, { warnings: true });
  await page.goto(`${env.server.url}index.html`);
  await widgetReady(page);
  const measure = () => page.evaluate(() => {
    const canvas = document.querySelector('pingshan-infographic').shadowRoot.querySelector('canvas:not([aria-hidden])');
    return { width: canvas.getBoundingClientRect().width, height: canvas.getBoundingClientRect().height };
  });
  const wide = await measure();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.waitForFunction((w) => {
    const canvas = document.querySelector('pingshan-infographic').shadowRoot.querySelector('canvas:not([aria-hidden])');
    return canvas.getBoundingClientRect().width < w;
  }, wide.width);
  const narrow = await measure();
  assert.ok(narrow.width <= 400 - 32, `canvas follows the narrower column: ${narrow.width}`);
  // Height comes from width only: a few frames later it has not moved.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  assert.deepEqual(await measure(), narrow);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a removed widget put back later redraws at its new width and still switches views', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1000 } });
  const errors = watchErrors(page, { warnings: true });
  await page.goto(`${env.server.url}index.html`);
  await widgetReady(page);
  await page.evaluate(() => {
    const widget = document.querySelector('pingshan-infographic');
    window.__parked = { widget, parent: /** @type {ParentNode} */ (widget.parentNode) };
    widget.remove();
  });
  await page.setViewportSize({ width: 420, height: 1000 });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
  await page.evaluate(() => window.__parked.parent.prepend(window.__parked.widget));
  await page.waitForFunction(() => {
    const widget = document.querySelector('pingshan-infographic');
    return widget.shadowRoot.querySelector('canvas:not([aria-hidden])').getBoundingClientRect().width === widget.getBoundingClientRect().width;
  });
  const width = await page.evaluate(() => document.querySelector('pingshan-infographic').getBoundingClientRect().width);
  assert.ok(width < 420, `the widget follows the narrower page: ${width}`);
  const before = await canvasHash(page);
  await page.locator('pingshan-infographic [role="tab"]').nth(2).click();
  await page.waitForFunction(() => document.querySelector('pingshan-infographic').view === 'talent');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.notEqual(await canvasHash(page), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a Chinese source line never breaks inside its date, at any width from 300 to 900 px', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page, { warnings: true });
  await page.goto(`${env.server.url}examples.html`);
  /** @type {string[]} */
  const broken = [];
  for (const lang of ['zh', 'zh-Hant']) {
    await page.evaluate((lang) => {
      document.body.replaceChildren();
      const box = document.body.appendChild(document.createElement('div'));
      box.id = 'box';
      const widget = box.appendChild(document.createElement('pingshan-infographic'));
      widget.setAttribute('lang', lang);
      widget.setAttribute('loading', 'eager');
    }, lang);
    await widgetReady(page);
    for (let width = 300; width <= 900; width += 5) {
      // The date's lines: the distinct tops of its boxes, after the widget has laid out at the width.
      const lines = await page.evaluate(async (width) => {
        /** @type {HTMLElement} */ (document.getElementById('box')).style.width = `${width}px`;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const source = /** @type {Element} */ (/** @type {Widget} */ (document.querySelector('pingshan-infographic')).shadowRoot.querySelector('.source'));
        const date = /\d{4}年\d{1,2}月\d{1,2}日/.exec(source.textContent ?? '');
        if (!date) return -1;
        const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(), at = 0; node; at += /** @type {Text} */ (node).data.length, node = walker.nextNode()) {
          const text = /** @type {Text} */ (node);
          if (date.index < at || date.index + date[0].length > at + text.data.length) continue;
          const range = document.createRange();
          range.setStart(text, date.index - at);
          range.setEnd(text, date.index - at + date[0].length);
          return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size;
        }
        return -2;
      }, width);
      if (lines !== 1) broken.push(`${lang} at ${width} px: ${lines}`);
    }
  }
  assert.deepEqual(broken, []);
  assert.deepEqual(errors, []);
  await page.close();
});
