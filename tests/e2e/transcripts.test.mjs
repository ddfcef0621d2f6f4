// End to end: what a screen reader says, heard by a screen reader none of us wrote
// (@guidepup/virtual-screen-reader, run in the page in Chromium), walking every view in
// English and Chinese as a reader does: through the tabs to the view's tab and activating it,
// Tab into the chart, the arrow keys over every figure and once past the last, then reading on
// through the table, the source line and the buttons to the end of the widget. Each walk's
// phrases are held to a committed log, `tests/fixtures/transcripts/{view}-{lang}.json`
// (`UPDATE_TRANSCRIPTS=1` rewrites them: read the diff), and no phrase may be heard twice.
//
// The virtual screen reader does not enter shadow roots from the document, so it is started at
// the widget's frame, inside its shadow root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import { useBrowser, watchErrors, widgetReady } from './browser.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/transcripts/', import.meta.url));
const update = Boolean(process.env.UPDATE_TRANSCRIPTS);
const DOCUMENT = JSON.parse(await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8'));

// The screen reader's browser build, bundled into one classic script that sets `VirtualScreenReader`.
const { outputFiles: [reader] } = await build({
  entryPoints: ['@guidepup/virtual-screen-reader/browser.js'], bundle: true, format: 'iife',
  globalName: 'VirtualScreenReader', write: false, logLevel: 'error',
});

const env = useBrowser();

const frames = (/** @type {Page} */ page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * What the screen reader says while a reader walks view `index`, in order. Moving the reader's
 * cursor is the screen reader's `next`; activating the tab its `act`; the keys are real ones.
 */
/** @param {string} lang @param {number} index */
async function transcript(lang, index) {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}index.html`);
  await page.evaluate((l) => document.querySelector('pingshan-infographic').setAttribute('lang', l), lang);
  await widgetReady(page);
  await page.addScriptTag({ content: reader.text });
  // Through the tabs to the view's own, which the reader activates (the first is selected).
  await page.evaluate(async (index) => {
    const { virtual } = window.VirtualScreenReader;
    const root = document.querySelector('pingshan-infographic').shadowRoot;
    await virtual.start({ container: /** @type {Element} */ (root.querySelector('.frame')) });
    const tab = root.querySelectorAll('[role="tab"]')[index];
    for (let step = 0; step < 20 && virtual.activeNode !== tab; step += 1) await virtual.next();
    await virtual.act();
  }, index);
  await frames(page);
  // Tab into the chart, then every figure with the arrow key and once past the last.
  await page.keyboard.press('Tab');
  await frames(page);
  for (const _ of DOCUMENT.views[index].figures) {
    await page.keyboard.press('ArrowRight');
    await frames(page);
  }
  // Reading on, from the chart to the end of the widget, where the reader's cursor would go
  // back to its start: a few seconds later, when the live region has taken its last words back.
  await page.waitForFunction(() => /** @type {Element} */ (document.querySelector('pingshan-infographic').shadowRoot
    .querySelector('[role="status"]')).textContent === '', null, { timeout: 15000 });
  const phrases = await page.evaluate(async () => {
    const { virtual } = window.VirtualScreenReader;
    const [first] = await virtual.spokenPhraseLog();
    for (let step = 0; step < 400; step += 1) {
      await virtual.next();
      const log = await virtual.spokenPhraseLog();
      if (log.length > 1 && log.at(-1) === first) {
        await virtual.stop();
        return log.slice(0, -1);
      }
    }
    return ['(the walk did not come back to its start)'];
  });
  assert.deepEqual(errors, []);
  await page.close();
  return phrases;
}

// The screen reader's own words, said for every element of a kind rather than by the widget:
// a role alone (`rowgroup`, `end of paragraph`), and table cells, which repeat where figures
// share a date or a provenance.
const structural = (/** @type {string} */ phrase) => /^(end of )?[a-z]+$/.test(phrase) || phrase.startsWith('cell, ');

/** The phrases heard more than once, with the live region's `polite: ` left off. */
/** @param {string[]} phrases */
function repeated(phrases) {
  const seen = new Set();
  const twice = [];
  for (const phrase of phrases.map((said) => said.replace(/^polite: /, ''))) {
    if (structural(phrase)) continue;
    if (seen.has(phrase)) twice.push(phrase);
    seen.add(phrase);
  }
  return twice;
}

for (const lang of ['en', 'zh']) {
  for (const [index, view] of DOCUMENT.views.entries()) {
    test(`${view.id}, ${lang}: the screen reader’s transcript is as committed, and nothing is said twice`, async () => {
      const phrases = await transcript(lang, index);
      const file = `${FIXTURES}${view.id}-${lang}.json`;
      if (update) {
        await mkdir(FIXTURES, { recursive: true });
        await writeFile(file, `${JSON.stringify(phrases, null, 2)}\n`);
      }
      const expected = JSON.parse(await readFile(file, 'utf8'));
      assert.deepEqual(phrases, expected, `${file} (UPDATE_TRANSCRIPTS=1 rewrites it)`);
      assert.deepEqual(repeated(phrases), [], 'no phrase is heard twice');
      // The view's title is heard once, as the chart's name, whichever way the view was reached.
      const title = view.title[lang];
      assert.deepEqual(phrases.filter((phrase) => phrase.includes(title)).length, 1, `${title} heard once`);
      // The walk heard each figure once and then that it was the last.
      const [walk, last] = lang === 'en' ? [/[(, ](reported|derived)\)/, 'This is the last figure']
        : [/[（，](文章报道|推算)）/, '已是最后一项数据'];
      const said = phrases.filter((phrase) => phrase.startsWith('polite: ')).map((phrase) => phrase.slice(8));
      assert.equal(said.filter((phrase) => walk.test(phrase)).length, view.figures.length, said.join('\n'));
      assert.equal(said.at(-1), last);
    });
  }
}
