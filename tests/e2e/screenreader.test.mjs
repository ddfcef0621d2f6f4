// End to end: what a screen reader gets, read from Chromium's accessibility tree through the
// DevTools protocol rather than from our own DOM: the tab panel is named by its tab, the chart
// is an image with a short name and the figures as its description (said once), walking the
// figures with the keyboard announces each in words, the table says derived formulas in words
// with values written one way, and no focus ring is clipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { useBrowser, watchErrors, widgetReady } from './browser.mjs';

// The document's reading of the article where it could be read otherwise, said with the figure.
const READING = ' (Our reading: five times the 2016 number; if 增长5倍 means six times, 2016 had about 117.)';

const env = useBrowser();

/** The accessibility tree's nodes that are not ignored, as {role, name, description}. */
async function accessibilityTree(page) {
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  await session.detach();
  return nodes.filter((node) => !node.ignored).map((node) => ({
    role: node.role?.value,
    name: node.name?.value ?? '',
    description: node.description?.value ?? '',
  }));
}

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function openPage(lang = 'en') {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}index.html`);
  if (lang !== 'en') await page.evaluate((l) => document.querySelector('pingshan-infographic').setAttribute('lang', l), lang);
  await widgetReady(page);
  return { page, errors };
}

const DOCUMENT = JSON.parse(await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8'));
const SUBTITLES = Object.fromEntries(['en', 'zh'].map((lang) => [lang, DOCUMENT.views.map((view) => view.subtitle[lang])]));

for (const [lang, tabs] of [['en', ['Companies', 'Output growth', 'Returnee talent']], ['zh', ['企业数量', '产值增长', '海归人才']]]) {
  test(`${lang}: the panel is named by its tab; the chart has a short name and its figures as description`, async () => {
    const { page, errors } = await openPage(lang);
    for (const [index, tab] of tabs.entries()) {
      await page.locator('pingshan-infographic [role="tab"]').nth(index).click();
      await frames(page);
      const tree = await accessibilityTree(page);
      assert.ok(tree.some((node) => node.role === 'tabpanel' && node.name === tab), `a tab panel named "${tab}"`);
      const images = tree.filter((node) => node.role === 'image');
      assert.equal(images.length, 1, 'one chart image is exposed, the current view’s');
      const [chart] = images;
      assert.ok(chart.name.length > 0 && chart.name.length < 120, `a short name: ${chart.name}`);
      assert.ok(chart.description.length > (lang === 'en' ? 60 : 30), `the figures as description: ${chart.description}`);
      assert.ok(!chart.description.includes(chart.name), 'the description does not repeat the title');
      // Said once: the description's words are not also exposed as text elsewhere.
      assert.ok(!tree.some((node) => node.role === 'StaticText' && node.name === chart.description));
      assert.doesNotMatch(chart.description, /[>≈×]/, 'values in words, not signs');
      // Issue 24: the subtitle, only drawn before, is said after the figures.
      const subtitle = SUBTITLES[lang][index];
      assert.ok(chart.description.endsWith(`${lang === 'en' ? ' ' : ''}${subtitle}${lang === 'en' ? '.' : '。'}`), `${chart.description} ends with ${subtitle}`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('walking the figures with the arrow keys announces each one in words', async () => {
  const { page, errors } = await openPage();
  await page.locator('pingshan-infographic [role="tab"]').nth(2).click();
  await frames(page);
  await page.locator('pingshan-infographic canvas:not([aria-hidden])').focus();
  const live = () => page.evaluate(() => {
    const region = document.querySelector('pingshan-infographic').shadowRoot.querySelector('[role="status"]');
    return { text: region.textContent, polite: region.getAttribute('aria-live') };
  });
  const heard = [];
  for (const key of ['Home', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown']) {
    await page.keyboard.press(key);
    await frames(page);
    const region = await live();
    assert.equal(region.polite, 'polite');
    heard.push(region.text);
  }
  assert.deepEqual(heard, [
    `Doctorate holders, 2016: about 140 doctorate holders (derived)${READING}`,
    'Doctorate holders, 2020: more than 700 doctorate holders',
    'Returnees among doctorate holders, 2020: nearly 50%',
    'Doctorate holders: about 5 times the 2016 number',
    'more than 100 overseas teams settle in Pingshan each year',
  ]);
  for (const sentence of heard) assert.doesNotMatch(sentence, /[>≈]/, `in words: ${sentence}`);
  // The tree hears it too: the polite live region holds the last figure's sentence.
  const tree = await accessibilityTree(page);
  assert.ok(tree.some((node) => node.role === 'status'), 'a polite status region');
  assert.ok(tree.some((node) => node.role === 'StaticText' && node.name === heard.at(-1)), 'it holds the last figure');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the table says derived formulas in words and writes every value one way', async () => {
  for (const lang of ['en', 'zh']) {
    const { page } = await openPage(lang);
    await page.locator('pingshan-infographic [role="tab"]').nth(2).click();
    await frames(page);
    const rows = await page.evaluate(() => [...document.querySelector('pingshan-infographic').shadowRoot
      .querySelectorAll('table:not([aria-hidden]) tbody tr')].map((row) => [...row.cells].map((cell) => cell.textContent)));
    assert.equal(rows.length, 5);
    for (const [label, value, , provenance] of rows) {
      assert.doesNotMatch(value, /[>≈×]/, `${lang} ${label}: "${value}" is in words`);
      assert.doesNotMatch(provenance, /doctorate_growth|doctorates\b|[_/]/, `${lang} ${label}: no raw ids in "${provenance}"`);
    }
    const derived = rows.find(([label]) => /2016/.test(label));
    if (lang === 'en') {
      assert.equal(derived[3], 'Derived: computed by us as Doctorate holders, 2020 (more than 700 doctorate holders) ÷ '
        + `Doctorate holders, 2020 compared with 2016 (about 5 times)${READING}`);
    } else {
      assert.match(derived[3], /^推算数据，计算方法：博士人数，2020年（超过700名博士） ÷ /);
    }
    await page.close();
  }
});

test('no focus ring is clipped by the widget’s frame', async () => {
  const { page } = await openPage();
  for (const width of [1000, 320]) {
    await page.setViewportSize({ width, height: 1000 });
    await frames(page);
    // Every focusable part: its outline's outer box must lie inside the frame, which clips.
    const clipped = await page.evaluate(() => {
      const root = document.querySelector('pingshan-infographic').shadowRoot;
      const out = [];
      for (const node of root.querySelectorAll('[role="tab"], canvas:not([aria-hidden]), button')) {
        node.focus({ focusVisible: true });
        // Measured after focusing, which may scroll the page or the tab row.
        const frame = root.querySelector('.frame').getBoundingClientRect();
        const style = getComputedStyle(node);
        if (style.outlineStyle === 'none') {
          out.push(`${node.localName}: no focus ring`);
          continue;
        }
        const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
        const box = node.getBoundingClientRect();
        // A tab scrolled out of its row is scrolled into view when focused.
        const row = node.closest('[role="tablist"]')?.getBoundingClientRect() ?? frame;
        const [left, right] = [Math.max(frame.left, row.left), Math.min(frame.right, row.right)];
        if (box.left - reach < left - 0.5 || box.right + reach > right + 0.5
          || box.top - reach < frame.top - 0.5 || box.bottom + reach > frame.bottom + 0.5) {
          out.push(`${node.localName} ${node.textContent}: ring ${reach}px out of ${JSON.stringify(box)}`);
        }
      }
      return out;
    });
    assert.deepEqual(clipped, [], `at ${width} px`);
  }
  await page.close();
});
