// End to end: what a screen reader gets, read from Chromium's accessibility tree through the
// DevTools protocol rather than from our own DOM: the tab panel is named by its tab, the chart
// is an image with a short name and the figures as its description (said once), walking the
// figures with the keyboard announces each in words, the table says derived formulas in words
// with values written one way, and no focus ring is clipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { present, useBrowser, watchErrors, widgetReady } from './browser.mjs';

// The document's reading of the article where it could be read otherwise, said with the figure.
const READING = ' (Our reading: five times the 2016 number; if 增长5倍 means six times, 2016 had about 117.)';

const env = useBrowser();

/**
 * The accessibility tree's nodes that are not ignored, as {role, name, description}, without
 * the live region's (what it says is transient: the walk tests hear it).
 * @param {Page} page
 * @param {{ live?: boolean }} [options]
 */
async function accessibilityTree(page, { live = true } = {}) {
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  await session.detach();
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  /** @param {(typeof nodes)[number]} node */
  const inLiveRegion = (node) => {
    for (let /** @type {(typeof nodes)[number] | undefined} */ at = node; at; at = byId.get(at.parentId ?? '')) if (at.role?.value === 'status') return true;
    return false;
  };
  return nodes.filter((node) => !node.ignored && (live || !inLiveRegion(node))).map((node) => ({
    role: node.role?.value,
    name: node.name?.value ?? '',
    description: node.description?.value ?? '',
  }));
}

const frames = (/** @type {Page} */ page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

async function openPage(lang = 'en') {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}index.html`);
  if (lang !== 'en') await page.evaluate((l) => document.querySelector('pingshan-infographic').setAttribute('lang', l), lang);
  await widgetReady(page);
  return { page, errors };
}

/** @type {{ views: { title: Record<string, string>, subtitle: Record<string, string>, figures: unknown[] }[] }} */
const DOCUMENT = JSON.parse(await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8'));
const SUBTITLES = Object.fromEntries(['en', 'zh'].map((lang) => [lang, DOCUMENT.views.map((view) => view.subtitle[lang])]));
const TITLES = Object.fromEntries(['en', 'zh'].map((lang) => [lang, DOCUMENT.views.map((view) => view.title[lang])]));
// How to explore the chart, said once with its description; the table's caption, which is not
// the title again.
/** @type {Record<string, (n: number) => string>} */
const HINT = { en: (n) => `Use the arrow keys to move between the ${n} figures.`, zh: (n) => `用方向键在这${n}项数据之间移动。` };
/** @type {Record<string, string>} */
const CAPTION = { en: 'Figures of the chart', zh: '图表数据' };

for (const [lang, tabs] of /** @type {[string, string[]][]} */ ([['en', ['Companies', 'Output growth', 'Returnee talent']], ['zh', ['企业数量', '产值增长', '海归人才']]])) {
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
      // Issue 24: the subtitle, only drawn before, is said after the figures, and then, once,
      // how to explore them.
      const subtitle = SUBTITLES[lang][index];
      const space = lang === 'en' ? ' ' : '';
      const hint = HINT[lang](DOCUMENT.views[index].figures.length);
      assert.ok(chart.description.endsWith(`${space}${subtitle}${lang === 'en' ? '.' : '。'}${space}${hint}`),
        `${chart.description} ends with ${subtitle} and ${hint}`);
      // Issue 24: the title is said once, as the chart's name: not as the table's caption, nor
      // as the table's name; and the hint once, in the description.
      const said = await accessibilityTree(page, { live: false });
      const title = TITLES[lang][index];
      const saying = (/** @type {string} */ words) => said.filter((node) => node.name.includes(words) || node.description.includes(words));
      assert.deepEqual(saying(title).map((node) => node.role), ['image'], `"${title}" is said once`);
      assert.deepEqual(saying(hint).map((node) => node.role), ['image'], `"${hint}" is said once`);
      assert.ok(said.some((node) => node.role === 'table' && node.name === CAPTION[lang]), `a table named "${CAPTION[lang]}"`);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

// Issue 24: every change of the live region while the keyboard walks the figures, each write
// logged (a figure written again is said again, even with the same words).
/** @param {Page} page @param {string[]} keys */
async function walk(page, keys) {
  await page.evaluate(() => {
    const region = document.querySelector('pingshan-infographic').shadowRoot.querySelector('[role="status"]');
    window.heard = [];
    window.liveRegion = new MutationObserver(() => window.heard.push(region.textContent));
    window.liveRegion.observe(region, { childList: true, characterData: true, subtree: true });
  });
  for (const key of keys) {
    await page.keyboard.press(key);
    await frames(page);
  }
  return page.evaluate(() => { window.liveRegion.disconnect(); return window.heard; });
}

/** @type {Record<string, string[]>} */
const WALKS = {
  en: [
    `Doctorate holders, 2016: about 140 doctorate holders (derived)${READING}`,
    'Doctorate holders, 2020: more than 700 doctorate holders (reported)',
    'Returnees among doctorate holders, 2020: nearly 50% (reported)',
    'Doctorate holders: about 5 times the 2016 number (2020, reported)',
    'more than 100 overseas teams settle in Pingshan each year (2020, reported)',
  ],
};

for (const lang of ['en', 'zh']) {
  test(`${lang}: Tab into the chart hears how to explore; each figure is said once with its date and provenance`, async () => {
    const { page, errors } = await openPage(lang);
    await page.locator('pingshan-infographic [role="tab"]').nth(2).click();
    await frames(page);
    // The selected tab has focus after the click; Tab goes on to the chart, which picks its first
    // figure, and then the arrow keys go past the last figure twice, then back past the first.
    const heard = await walk(page, ['Tab', ...Array(6).fill('ArrowRight'), 'End', 'Home', 'ArrowLeft', 'ArrowUp']);
    const [first, last] = lang === 'en' ? ['This is the first figure', 'This is the last figure'] : ['已是第一项数据', '已是最后一项数据'];
    const figures = heard.slice(0, 5);
    assert.deepEqual(heard.slice(5), [last, figures[0], first], heard.join('\n'));
    if (WALKS[lang]) assert.deepEqual(figures, WALKS[lang]);
    // Each figure once, with its date (said after it where its label does not name it) and
    // whether it is reported or derived.
    assert.equal(new Set(figures).size, 5, heard.join('\n'));
    const ends = lang === 'en' ? / \(((2016|2020), )?(reported|derived)\)/ : /（((2016|2020)年，)?(文章报道|推算)）/;
    for (const sentence of figures) {
      assert.match(sentence, ends);
      assert.match(sentence, /2016|2020/, `dated: ${sentence}`);
      assert.doesNotMatch(sentence, /[>≈]/, `in words: ${sentence}`);
    }
    assert.match(figures[0], lang === 'en' ? /\(derived\)/ : /（推算）/);
    // The tree hears it too: the polite live region holds the last thing said, and the chart
    // that has focus is described with the hint.
    const tree = await accessibilityTree(page);
    assert.ok(tree.some((node) => node.role === 'status'), 'a polite status region');
    assert.ok(tree.some((node) => node.role === 'StaticText' && node.name === first), 'it holds the last thing said');
    const chart = present(tree.find((node) => node.role === 'image'), 'the chart in the accessibility tree');
    assert.ok(chart.description.endsWith(HINT[lang](5)), chart.description);
    assert.equal(await page.evaluate(() => document.querySelector('pingshan-infographic').shadowRoot
      .querySelector('[role="status"]').getAttribute('aria-live')), 'polite');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the table says derived formulas in words and writes every value one way', async () => {
  for (const lang of ['en', 'zh']) {
    const { page } = await openPage(lang);
    await page.locator('pingshan-infographic [role="tab"]').nth(2).click();
    await frames(page);
    const rows = await page.evaluate(() => [...document.querySelector('pingshan-infographic').shadowRoot
      .querySelectorAll('table:not([aria-hidden]) tbody tr')].map((row) => [.../** @type {HTMLTableRowElement} */ (row).cells].map((cell) => cell.textContent)));
    assert.equal(rows.length, 5);
    for (const [label, value, , provenance] of rows) {
      assert.doesNotMatch(value, /[>≈×]/, `${lang} ${label}: "${value}" is in words`);
      assert.doesNotMatch(provenance, /doctorate_growth|doctorates\b|[_/]/, `${lang} ${label}: no raw ids in "${provenance}"`);
    }
    const derived = present(rows.find(([label]) => /2016/.test(label)), 'the 2016 row');
    if (lang === 'en') {
      assert.equal(derived[3], 'Derived: computed by us as Doctorate holders, 2020 (more than 700 doctorate holders) ÷ '
        + `Doctorate holders, 2020 compared with 2016 (about 5 times)${READING}`);
    } else {
      assert.match(derived[3], /^推算数据，计算方法：2020年博士人数（超过700名） ÷ /);
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
      for (const node of /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('[role="tab"], canvas:not([aria-hidden]), button'))) {
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
