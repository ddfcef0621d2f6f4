// End to end, issue 24 item 1: the WCAG 1.4.12 text-spacing style on the page (letter and word
// spacing, line height, all !important, as the reader's bookmarklet or user style sets them).
// The canvas draws exactly as without it, in every view at 360 and 1,280 px, so no title runs
// off the edge and no legend item overlaps another; the parts in the DOM take the reader's
// line height.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { canvasHash, useBrowser, watchErrors, widgetReady } from './browser.mjs';

const env = useBrowser();

const SPACING = `* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; }
  p { margin-bottom: 2em !important; }`;

/** @param {number} width @param {boolean} spaced */
async function drawings(width, spaced) {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  const errors = watchErrors(page);
  // In place before the widget draws, as a user style is.
  if (spaced) {
    await page.addInitScript((css) => document.addEventListener('DOMContentLoaded', () => {
      document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
    }), SPACING);
  }
  await page.goto(`${env.server.url}index.html`);
  await widgetReady(page);
  /** @type {Record<string, number>} */
  const hashes = {};
  for (const view of ['companies', 'output', 'talent']) {
    await page.evaluate((v) => { document.querySelector('pingshan-infographic').view = v; }, view);
    await page.waitForFunction((v) => document.querySelector('pingshan-infographic').view === v, view);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    hashes[view] = await canvasHash(page);
  }
  const lineHeights = await page.evaluate(() => {
    const root = document.querySelector('pingshan-infographic').shadowRoot;
    return [root.querySelector('.source'), root.querySelector('.tooltip')].map((node) => {
      const style = getComputedStyle(/** @type {Element} */ (node));
      return Math.round((parseFloat(style.lineHeight) / parseFloat(style.fontSize)) * 100) / 100;
    });
  });
  assert.deepEqual(errors, []);
  await page.close();
  return { hashes, lineHeights };
}

for (const width of [360, 1280]) {
  test(`at ${width} px the reader's text spacing leaves the canvas as drawn and reaches the line height`, async () => {
    const plain = await drawings(width, false);
    const spaced = await drawings(width, true);
    assert.deepEqual(spaced.hashes, plain.hashes, 'every view draws the same pixels under the spacing style');
    assert.deepEqual(plain.lineHeights, [1.4, 1.4], 'the widget\'s own line height without a reader style');
    assert.deepEqual(spaced.lineHeights, [1.5, 1.5], 'the reader\'s line height in the source line and tooltip');
  });
}
