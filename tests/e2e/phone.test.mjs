// End to end: a 360 × 640 phone. The whole widget, tabs to buttons, fits in 600 px in both
// languages, in the demo article and in the iframe embed; its tabs keep to one row; and a
// tapped figure's tooltip never covers the point tapped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { useBrowser, watchErrors, widgetReady } from './browser.mjs';

const env = useBrowser();
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const updateScreenshots = Boolean(process.env.UPDATE_SCREENSHOTS);
const PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const VIEWS = ['companies', 'output', 'talent'];

const frames = (/** @type {Page} */ page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * A page of `context` at `path`, its widget in `lang` (else the page's), drawn.
 * @param {import('playwright-core').BrowserContext} context @param {string} path @param {string | null} lang
 */
async function open(context, path, lang) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}${path}`);
  if (lang) await page.evaluate((l) => document.querySelector('pingshan-infographic').setAttribute('lang', l), lang);
  await widgetReady(page);
  return { page, errors };
}

for (const [name, path, lang] of /** @type {[string, string, string | null][]} */ ([
  ['the demo article, English', 'index.html', null],
  ['the demo article, Chinese', 'index.html', 'zh'],
  ['the demo article, Traditional Chinese', 'index.html', 'zh-Hant'],
  ['the iframe embed page, English', 'embed.html', null],
  ['the iframe embed page, Chinese', 'embed.html?lang=zh', null],
])) {
  test(`on a 360 × 640 phone the widget fits in 600 px with its tabs in one row: ${name}`, async () => {
    const context = await env.browser.newContext(PHONE);
    const { page, errors } = await open(context, path, lang);
    for (const view of VIEWS) {
      await page.evaluate((v) => { document.querySelector('pingshan-infographic').view = v; }, view);
      await frames(page);
      const sizes = await page.evaluate(() => {
        const widget = document.querySelector('pingshan-infographic');
        const tabs = [...widget.shadowRoot.querySelectorAll('[role="tab"]')].map((tab) => tab.getBoundingClientRect());
        const buttons = [...widget.shadowRoot.querySelectorAll('.tools button')].map((button) => button.getBoundingClientRect());
        return {
          height: widget.getBoundingClientRect().height,
          tabTops: [...new Set(tabs.map((tab) => Math.round(tab.top)))],
          buttonTops: [...new Set(buttons.map((button) => Math.round(button.top)))],
          bottom: Math.max(...buttons.map((button) => button.bottom)) - widget.getBoundingClientRect().top,
        };
      });
      assert.ok(sizes.height <= 600, `${view}: the widget is ${sizes.height} px tall`);
      assert.ok(sizes.bottom <= 600, `${view}: the buttons end ${sizes.bottom} px down`);
      assert.equal(sizes.tabTops.length, 1, `${view}: the tabs are in one row`);
      assert.equal(sizes.buttonTops.length, 1, `${view}: the buttons are in one row`);
    }
    if (updateScreenshots && path === 'index.html') {
      await page.evaluate(() => { document.querySelector('pingshan-infographic').view = 'talent'; });
      await frames(page);
      await page.locator('pingshan-infographic').screenshot({ path: `${DOCS}phone-360-talent${lang ? `-${lang}` : ''}.png` });
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a tapped figure’s tooltip never covers the point tapped, in any view', async () => {
  for (const lang of [null, 'zh']) {
    const context = await env.browser.newContext(PHONE);
    const { page, errors } = await open(context, 'index.html', lang);
    let taps = 0;
    for (const view of VIEWS) {
      await page.evaluate((v) => { document.querySelector('pingshan-infographic').view = v; }, view);
      await frames(page);
      const chart = await page.evaluate(() => {
        const box = document.querySelector('pingshan-infographic').shadowRoot
          .querySelector('canvas:not([aria-hidden])').getBoundingClientRect();
        return { x: box.x + window.scrollX, y: box.y + window.scrollY, height: box.height };
      });
      // Sweep down the chart; every tap that opens a tooltip is checked.
      for (let y = 4; y < chart.height; y += 12) {
        for (const x of [40, 200]) {
          const point = { x: chart.x + x, y: chart.y + y };
          await page.evaluate((py) => window.scrollTo(0, Math.max(0, py - 300)), point.y);
          const scroll = await page.evaluate(() => window.scrollY);
          await page.touchscreen.tap(point.x, point.y - scroll);
          await frames(page);
          const state = await page.evaluate(() => {
            const widget = document.querySelector('pingshan-infographic');
            const tip = widget.shadowRoot.querySelector('[role="tooltip"]');
            if (tip.hidden) return null;
            const rect = (/** @type {DOMRect} */ r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
            return { tip: rect(tip.getBoundingClientRect()), widget: rect(widget.getBoundingClientRect()) };
          });
          if (!state) continue;
          taps += 1;
          const tapped = { x: point.x, y: point.y - scroll };
          const covers = tapped.x >= state.tip.left && tapped.x <= state.tip.right
            && tapped.y >= state.tip.top && tapped.y <= state.tip.bottom;
          assert.ok(!covers, `${lang ?? 'en'} ${view}: the tooltip ${JSON.stringify(state.tip)} covers the tap at ${JSON.stringify(tapped)}`);
          assert.ok(state.tip.top >= state.widget.top - 0.5 && state.tip.bottom <= state.widget.bottom + 0.5,
            `${view}: the tooltip stays inside the widget`);
          // Close it again, so the next tap opens a fresh one.
          await page.keyboard.press('Escape');
        }
      }
    }
    assert.ok(taps >= 20, `taps opened ${taps} tooltips`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
