// The reporter's path through the editor (issue 22, item 9), shared by the end-to-end test
// (tests/e2e/path.test.mjs) and the benchmark that counts its steps (bench/editor.mjs): from an
// empty browser profile, a real article that is not Pingshan pasted, a document started for it,
// its views added from the form and every figure made from a selection, nothing typed into the
// JSON; then the widget's address set and the embed code copied. Each step a reporter takes is
// counted as it is taken: a click (a button, a radio, a choice in a list), a selection in the
// article (one drag), and each key typed outside the article's text (labels, dates, titles).
import { readFile } from 'node:fs/promises';

const ROOT = new URL('../../', import.meta.url);

/**
 * China Daily's report on Guizhou's high-tech output (docs/examples/): money over years with a
 * half-year among them, an industry breakdown of one whole, and three cities: 10 figures in 3
 * layouts. `words` is what the reporter selects in the article (the number, or a passage with
 * it); `chip` the number to choose when the selection holds several.
 * @typedef {{ words: string, chip?: string, nth?: number, label?: string, date?: string, mark?: string }} StoryFigure
 * @typedef {{ layout: string, tab: string, title: string, rest?: string, figures: StoryFigure[] }} StoryView
 * @typedef {{ article: string, start?: Record<string, string>, views: StoryView[] }} Story
 * @type {Story}
 */
export const GUIZHOU = {
  article: await readFile(new URL('docs/examples/guizhou-high-tech-2018/article.txt', ROOT), 'utf8'),
  // What the stored article's lines do not say, written into the start's fields.
  start: { outlet: 'China Daily', date: '2018-09-21' },
  views: [
    {
      layout: 'Columns', tab: 'Output', title: 'High-tech industry output',
      figures: [
        { words: '221 billion yuan in 2014', chip: '221 billion yuan', label: 'Output 2014', date: '2014' },
        { words: '397.8 billion yuan', label: 'Output 2017', date: '2017' },
        { words: '204.9 billion yuan', label: 'Output first half 2018', date: '2018-H1' },
      ],
    },
    {
      layout: 'Stacked', tab: 'Industries', title: 'The top three industries, first half of 2018', rest: 'Other industries',
      figures: [
        { words: '204.9 billion yuan', label: 'All high-tech industry', date: '2018-H1', mark: 'whole' },
        { words: '75.7 billion yuan', label: 'Equipment manufacturing', date: '2018-H1' },
        { words: '28.1 billion yuan', nth: 0, label: 'Chemicals and pharmaceuticals', date: '2018-H1' },
        { words: '21.4 billion yuan', label: 'Special food', date: '2018-H1' },
      ],
    },
    {
      layout: 'Bars', tab: 'Cities', title: 'The top three cities, first half of 2018',
      figures: [
        { words: '55.9 billion yuan', label: 'Guiyang', date: '2018-H1' },
        { words: '29.3 billion yuan', label: 'Zunyi', date: '2018-H1' },
        { words: '22.9 billion yuan', label: 'Anshun', date: '2018-H1' },
      ],
    },
  ],
};

/**
 * Counts the reporter's steps while it takes them through playwright.
 * @param {import('playwright-core').Page} page
 */
export function stepper(page) {
  const steps = { clicks: 0, selections: 0, keys: 0 };
  return {
    steps,
    /** @param {string} selector */
    async click(selector) {
      steps.clicks += 1;
      await page.locator(selector).click();
    },
    /** @param {string} label */
    async check(label) {
      steps.clicks += 1;
      await page.getByLabel(label, { exact: false }).check();
    },
    /** @param {string} selector @param {string} value */
    async choose(selector, value) {
      steps.clicks += 1;
      await page.locator(selector).selectOption(value);
    },
    /** @param {string} selector @param {string} text */
    async type(selector, text) {
      steps.keys += text.length;
      await page.locator(selector).fill(text);
    },
    /**
     * Selects `words` (their `nth` occurrence) in the article, as one drag.
     * @param {string} article @param {string} words @param {number} [nth]
     */
    async select(article, words, nth = 0) {
      let at = -1;
      for (let i = 0; i <= nth; i += 1) at = article.indexOf(words, at + 1);
      if (at < 0) throw new Error(`"${words}" is not in the article`);
      steps.selections += 1;
      await page.locator('#article').evaluate((/** @type {HTMLTextAreaElement} */ box, [from, to]) => { box.focus(); box.setSelectionRange(from, to); }, [at, at + words.length]);
    },
  };
}

/** @type {(page: import('playwright-core').Page) => Promise<string | null>} */
const keptDocument = (page) => page.evaluate(() => localStorage.getItem('pingshan-editor:document'));

/**
 * Waits for the editor to have kept a document other than `before` (it keeps 250 ms after a change).
 * @param {import('playwright-core').Page} page
 * @param {string | null} before
 */
async function keptAfter(page, before) {
  await page.waitForFunction((text) => localStorage.getItem('pingshan-editor:document') !== text, before);
}

/**
 * Makes the graphic for `story` in the editor open in `page` (an empty profile, the example on
 * screen), then points the embed code at `address`: returns `{steps, figures, code}`.
 * @param {import('playwright-core').Page} page
 * @param {Story} story
 * @param {string} address
 */
export async function makeGraphic(page, story, address) {
  const act = stepper(page);
  // The article, pasted (one paste: its text is the reporter's, not typed).
  await page.locator('#article').fill(story.article);
  await page.locator('#start-for-article').waitFor({ state: 'visible' });
  for (const [field, words] of Object.entries(story.start ?? {})) await act.type(`#start-${field}`, words);
  let before = await keptDocument(page);
  await act.click('#start-for-article');
  await keptAfter(page, before);
  let figures = 0;
  for (const view of story.views) {
    before = await keptDocument(page);
    if (!(await page.locator('#add-view').evaluate((/** @type {HTMLDetailsElement} */ details) => details.open))) await act.click('#add-view summary');
    await act.check(view.layout);
    await act.type('#new-view-tab', view.tab);
    await act.type('#new-view-title', view.title);
    if (view.rest !== undefined) await act.type('#new-view-rest', view.rest);
    await act.click('#add-view-button');
    await keptAfter(page, before);
    await page.waitForFunction((tab) => [.../** @type {HTMLSelectElement} */ (document.getElementById('figure-view')).options].some((option) => option.selected && option.value === tab.toLowerCase()), view.tab);
    for (const figure of view.figures) {
      await act.select(story.article, figure.words, figure.nth);
      if (figure.label) await act.type('#figure-label', figure.label);
      if (figure.date) await act.type('#figure-date', figure.date);
      if (figure.mark) await act.choose('#figure-mark', figure.mark);
      before = await keptDocument(page);
      await act.click('#new-figure');
      if (figure.chip) {
        await page.locator('#figure-numbers').waitFor({ state: 'visible' });
        await act.click(`#figure-numbers button:text-is("${figure.chip}")`);
      }
      await keptAfter(page, before);
      figures += 1;
    }
  }
  await act.type('#widget-address', address);
  await page.waitForFunction((url) => /** @type {HTMLTextAreaElement} */ (document.getElementById('embed-code')).value.includes(`${url}pingshan-infographic.js`), address);
  await act.click('#copy-embed');
  const code = await page.locator('#embed-code').inputValue();
  return { steps: act.steps, figures, code };
}
