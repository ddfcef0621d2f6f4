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

import { useBrowser, watchErrors, widgetReady } from './browser.mjs';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const updateScreenshots = Boolean(process.env.UPDATE_SCREENSHOTS);
const env = useBrowser();
const EXAMPLES = {
  guizhou: ['output', 'industries', 'cities'],
  upi: ['cities', 'largest'],
  ap: ['march_to_april', 'a_year_on'],
};

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const settled = (page, id) => page.evaluate((id) => Promise.all(document.getElementById(id).shadowRoot
  .querySelector('canvas:not([aria-hidden])').getAnimations().map((animation) => animation.finished)), id);

/** Every figure's announcement in a view, walked with the arrow keys from the first. */
async function walk(page, id) {
  const widget = page.locator(`#${id}`);
  await widget.locator('canvas:not([aria-hidden])').focus();
  await page.keyboard.press('Home');
  const heard = [];
  for (let step = 0; step < 14; step += 1) {
    await frames(page);
    const said = await page.evaluate((id) => document.getElementById(id).shadowRoot
      .querySelector('[role="status"]').textContent, id);
    if (heard.at(-1) === said) break;
    heard.push(said);
    await page.keyboard.press('ArrowRight');
  }
  return heard;
}

for (const [width, theme] of [[1000, 'light'], [320, 'light'], [1000, 'dark']]) {
  test(`every example document draws every view at ${width} px, ${theme}`, async () => {
    const page = await env.browser.newPage({ viewport: { width, height: 1200 }, colorScheme: theme });
    const errors = watchErrors(page, { warnings: true });
    await page.goto(`${env.server.url}examples.html`);
    for (const [id, views] of Object.entries(EXAMPLES)) {
      await widgetReady(page, `#${id}`);
      const widget = page.locator(`#${id}`);
      assert.equal(await widget.evaluate((el) => el.errors), null, `${id} is valid`);
      const tabs = widget.locator('[role="tab"]');
      assert.equal(await tabs.count(), views.length);
      for (const [index, view] of views.entries()) {
        await tabs.nth(index).click();
        await page.waitForFunction(([id, view]) => document.getElementById(id).view === view, [id, view]);
        await frames(page);
        const box = await widget.boundingBox();
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
    'Output value, 2014: 221 billion yuan',
    'Output value, 2017: 397.8 billion yuan',
    'Output value, first half of 2018: 204.9 billion yuan',
  ]);
  await page.locator('#guizhou [role="tab"]').nth(1).click();
  await frames(page);
  const parts = await walk(page, 'guizhou');
  assert.ok(parts.some((said) => /^Other high-tech industries: 79\.7 billion yuan \(derived\)$/.test(said)), parts.join('\n'));

  await page.locator('#upi [role="tab"]').nth(1).click();
  await frames(page);
  const changes = await walk(page, 'upi');
  assert.ok(changes.includes('Atlantic City-Hammonton, N.J.: down 4.7 percentage points'), changes.join('\n'));
  assert.ok(changes.includes('Danville, Ill.: up 2.3 percentage points'), changes.join('\n'));
  for (const said of changes.filter((line) => /points/.test(line))) assert.doesNotMatch(said, /%/);

  // The tooltip emphasizes the words the number came from in the quote.
  const strong = await page.evaluate(() => document.getElementById('upi').shadowRoot
    .querySelector('.tooltip .quote strong')?.textContent);
  assert.equal(strong, '2.3 percentage points', 'the last change walked to, its words emphasized');
  const table = await page.evaluate(() => [...document.getElementById('upi').shadowRoot
    .querySelectorAll('table:not([aria-hidden]) tbody tr')].map((row) => row.cells[1].textContent));
  assert.ok(table.includes('down 4.7 percentage points'), table.join(' | '));
  assert.deepEqual(errors, []);
  await page.close();
});
