// End to end: the example documents for real articles (docs/examples/, served as
// www/examples/ by `make build`), each drawn by the widget from its `src` on www/examples.html,
// at a desktop width and on a 320 px phone, in both themes: every view of every document
// draws without an error or a warning, its tabs switch, its figures are walked with the keyboard
// and their tooltips say what the format promises (points never with `%`, money with its
// scale, the rest of a whole derived, a part of a year said as one). `UPDATE_SCREENSHOTS=1`
// writes the pictures in docs/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { present, useBrowser, watchErrors, widgetReady } from './browser.mjs';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const updateScreenshots = Boolean(process.env.UPDATE_SCREENSHOTS);
const env = useBrowser();
const EXAMPLES = {
  guizhou: ['output', 'industries', 'cities'],
  upi: ['cities', 'largest'],
  ap: ['march_to_april', 'a_year_on'],
  hk: ['revenue', 'spending', 'changes'],
};

const frames = (/** @type {Page} */ page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const settled = (/** @type {Page} */ page, /** @type {string} */ id) => page.evaluate((id) => Promise.all(/** @type {Widget} */ (document.getElementById(id)).shadowRoot
  .querySelector('canvas:not([aria-hidden])').getAnimations().map((animation) => animation.finished)), id);

/**
 * Every figure's announcement in a view, walked with the arrow keys from the first to past the
 * last: each write of the live region, logged; `first` and `last` what it says at either end
 * in the widget's language.
 * @param {Page} page @param {string} id @param {[string, string]} [ends]
 */
async function walk(page, id, [first, last] = ['This is the first figure', 'This is the last figure']) {
  const said = () => page.evaluate((id) => window.heardIn[id], id);
  await page.evaluate((id) => {
    const region = /** @type {Widget} */ (document.getElementById(id)).shadowRoot.querySelector('[role="status"]');
    window.heardIn = { ...window.heardIn, [id]: [] };
    window.walkers = window.walkers ?? {};
    window.walkers[id]?.disconnect();
    window.walkers[id] = new MutationObserver(() => window.heardIn[id].push(region.textContent));
    window.walkers[id].observe(region, { childList: true, characterData: true, subtree: true });
  }, id);
  const widget = page.locator(`#${id}`);
  // Focused by a script, the chart may pick its first figure at once; Home then says it is first.
  await widget.locator('canvas:not([aria-hidden])').focus();
  await page.keyboard.press('Home');
  for (let step = 0; step < 14 && !(await said()).includes(last); step += 1) {
    await page.keyboard.press('ArrowRight');
    await frames(page);
  }
  const heard = (await said()).filter((words) => words !== first);
  // Past the last figure the reader hears that it is the last, not the figure again.
  assert.equal(heard.pop(), last);
  assert.equal(new Set(heard).size, heard.length, `each figure said once: ${heard.join(' | ')}`);
  return heard;
}

for (const [width, theme] of /** @type {[number, 'light' | 'dark'][]} */ ([[1000, 'light'], [320, 'light'], [1000, 'dark']])) {
  test(`every example document draws every view at ${width} px, ${theme}`, async () => {
    const page = await env.browser.newPage({ viewport: { width, height: 1200 }, colorScheme: theme });
    const errors = watchErrors(page, { warnings: true });
    await page.goto(`${env.server.url}examples.html`);
    for (const [id, views] of Object.entries(EXAMPLES)) {
      await widgetReady(page, `#${id}`);
      const widget = page.locator(`#${id}`);
      assert.equal(await widget.evaluate((el) => /** @type {Widget} */ (el).errors), null, `${id} is valid`);
      const tabs = widget.locator('[role="tab"]');
      assert.equal(await tabs.count(), views.length);
      for (const [index, view] of views.entries()) {
        await tabs.nth(index).click();
        await page.waitForFunction(([id, view]) => /** @type {Widget} */ (document.getElementById(id)).view === view, [id, view]);
        await frames(page);
        const box = present(await widget.boundingBox(), `${id}'s box`);
        assert.ok(box.width <= width, `${id} ${view} fits ${width} px: ${box.width}`);
        if (updateScreenshots && (width === 1000 || index === 0)) {
          await settled(page, id);
          const name = width === 1000 ? `example-${id}-${view}${theme === 'dark' ? '-dark' : ''}` : `example-${id}-phone-320`;
          if (theme === 'light' || index === 0) await widget.screenshot({ path: `${DOCS}${name}.png` });
        }
      }
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the examples are said as the format promises: points, money, a part of a year, the rest', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1200 } });
  const errors = watchErrors(page, { warnings: true });
  await page.goto(`${env.server.url}examples.html`);
  for (const id of Object.keys(EXAMPLES)) await widgetReady(page, `#${id}`);

  const output = await walk(page, 'guizhou');
  assert.deepEqual(output.slice(0, 3), [
    'Output value, 2014: 221 billion yuan (reported)',
    'Output value, 2017: 397.8 billion yuan (reported)',
    'Output value, first half of 2018: 204.9 billion yuan (reported)',
  ]);
  await page.locator('#guizhou [role="tab"]').nth(1).click();
  await frames(page);
  const parts = await walk(page, 'guizhou');
  assert.ok(parts.some((said) => /^Other high-tech industries: 79\.7 billion yuan \((first half of 2018, )?derived\)$/.test(said)), parts.join('\n'));

  await page.locator('#upi [role="tab"]').nth(1).click();
  await frames(page);
  const changes = await walk(page, 'upi');
  assert.ok(changes.some((said) => said.startsWith('Atlantic City-Hammonton, N.J.: down 4.7 percentage points (')), changes.join('\n'));
  assert.ok(changes.some((said) => said.startsWith('Danville, Ill.: up 2.3 percentage points (')), changes.join('\n'));
  for (const said of changes.filter((line) => /points/.test(line))) assert.doesNotMatch(said, /%/);

  // The tooltip emphasizes the words the number came from in the quote.
  const strong = await page.evaluate(() => /** @type {Widget} */ (document.getElementById('upi')).shadowRoot
    .querySelector('.tooltip .quote strong')?.textContent);
  assert.equal(strong, '2.3 percentage points', 'the last change walked to, its words emphasized');
  const table = await page.evaluate(() => [.../** @type {Widget} */ (document.getElementById('upi')).shadowRoot
    .querySelectorAll('table:not([aria-hidden]) tbody tr')].map((row) => /** @type {HTMLTableRowElement} */ (row).cells[1].textContent));
  assert.ok(table.includes('down 4.7 percentage points'), table.join(' | '));

  // Hong Kong's budget, in Traditional Chinese: 億元 are Hong Kong dollars, said with their
  // scale; the rest of the revenue derived; a rise the article states said as a rise.
  const HANT_ENDS = /** @type {[string, string]} */ (['已是第一項數據', '已是最後一項數據']);
  const revenue = await walk(page, 'hk', HANT_ENDS);
  assert.equal(revenue[0], '總收入：6424億港元（2023/24年度，報道數據）');
  assert.ok(revenue.some((said) => /^其他收入：2087億港元（(2023\/24年度，)?推算）$/.test(said)), revenue.join('\n'));
  await page.locator('#hk [role="tab"]').nth(2).click();
  await frames(page);
  const changes2 = await walk(page, 'hk', HANT_ENDS);
  assert.ok(changes2.some((said) => said.startsWith('經常開支：上升3.3%')), changes2.join('\n'));
  assert.ok(changes2.some((said) => said.startsWith('非經常開支：下降53%')), changes2.join('\n'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a stacked bar’s tooltip stands beside the segment the pointer is on, not over it (320 px)', async () => {
  const page = await env.browser.newPage({ viewport: { width: 320, height: 1200 } });
  const errors = watchErrors(page, { warnings: true });
  await page.goto(`${env.server.url}examples.html`);
  await widgetReady(page, '#upi');
  const canvas = page.locator('#upi canvas:not([aria-hidden])');
  await canvas.scrollIntoViewIfNeeded();
  // The bar's first segment: the first strongly coloured run of pixels down the middle of the
  // chart (text and rules are grey; the legend's swatches are at its left edge).
  const run = await canvas.evaluate((node) => {
    const canvas = /** @type {HTMLCanvasElement} */ (node);
    const scale = canvas.width / canvas.clientWidth;
    const x = Math.round(canvas.width / 2);
    const { data } = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d')).getImageData(x, 0, 1, canvas.height);
    /** @type {number[]} */
    const rows = [];
    for (let y = 0; y < canvas.height; y += 1) {
      const [r, g, b] = data.subarray(y * 4, y * 4 + 3);
      const coloured = Math.max(r, g, b) - Math.min(r, g, b) > 80;
      if (coloured && (!rows.length || rows.at(-1) === y - 1)) rows.push(y);
      else if (rows.length) break;
    }
    return { x: x / scale, top: rows[0] / scale, bottom: /** @type {number} */ (rows.at(-1)) / scale };
  });
  assert.ok(run.bottom - run.top > 10, `a segment found: ${JSON.stringify(run)}`);
  const box = present(await canvas.boundingBox(), 'the canvas');
  await page.mouse.move(box.x + run.x, box.y + (run.top + run.bottom) / 2);
  const tooltip = page.locator('#upi .tooltip');
  await tooltip.waitFor({ state: 'visible' });
  assert.match(present(await tooltip.textContent(), 'its words'), /^Lower than a year earlier/);
  const tip = present(await tooltip.boundingBox(), 'the tooltip');
  const [segmentTop, segmentBottom] = [box.y + run.top, box.y + run.bottom];
  assert.ok(tip.y >= segmentBottom || tip.y + tip.height <= segmentTop,
    `the tooltip (${tip.y}–${tip.y + tip.height}) leaves the segment (${segmentTop}–${segmentBottom}) in sight`);
  assert.deepEqual(errors, []);
  await page.close();
});
