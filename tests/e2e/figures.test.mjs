// End to end, issue 22: figures from a real article that is not Pingshan (UPI's city
// unemployment report of 2013, docs/examples/): the quote is the whole sentence around the
// selection, by the browser's sentence segmentation, never cut at `U.S.` or `N.J.`, never with
// the dateline, the same for any number of it; a sentence with several numbers offers them as
// chips; the value is written as the article writes it (0.7918, points negative after
// `fallen`); the id comes from the label. Choosing a problem puts the cursor inside its value;
// Start over changed work asks first and keeps what it replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { present, useBrowser, widgetReady } from './browser.mjs';

const env = useBrowser();
const UPI = await readFile(new URL('../../docs/examples/upi-city-unemployment-2013/article.txt', import.meta.url), 'utf8');
const EXAMPLE = await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8');
const GUIZHOU = await readFile(new URL('../../docs/examples/guizhou-high-tech-2018/article.txt', import.meta.url), 'utf8');
const HONG_KONG = await readFile(new URL('../../docs/examples/hk-budget-2023/article.txt', import.meta.url), 'utf8');

const documentText = (/** @type {Page} */ page) => page.evaluate(() => localStorage.getItem('pingshan-editor:document'));
/** The kept document, parsed: the editor keeps one from its start. */
const keptDocument = async (/** @type {Page} */ page) => JSON.parse(present(await documentText(page), 'the kept document'));
const lastFigure = async (/** @type {Page} */ page) => (await keptDocument(page)).views[0].figures.at(-1);

/** The editor in a new page of a wide context, on the example (an empty profile's start). */
async function openEditor() {
  const context = await env.browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}editor.html`);
  await widgetReady(page, '#preview-wide pingshan-infographic');
  return { context, page };
}

/** The editor on a blank document. */
async function openBlank() {
  const { context, page } = await openEditor();
  await page.locator('#new-kind').selectOption('blank');
  await page.locator('#new-document').click(); // The example is unchanged: no question.
  await page.waitForFunction(() => /"view_1"/.test(localStorage.getItem('pingshan-editor:document') ?? ''));
  return { context, page };
}

/** @param {Page} page @param {string} article */
async function paste(page, article) {
  await page.locator('#article').fill(article);
}

/**
 * Selects `words` (the `nth` time they occur) in the article and asks for a figure.
 * @param {Page} page @param {string} article @param {string} words
 */
async function select(page, article, words, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i += 1) at = article.indexOf(words, at + 1);
  assert.ok(at >= 0, `${words} is in the article`);
  await page.locator('#article').evaluate((element, [from, to]) => { const box = /** @type {HTMLTextAreaElement} */ (element); box.focus(); box.setSelectionRange(from, to); }, [at, at + words.length]);
  const before = await documentText(page);
  await page.locator('#new-figure').click();
  return before;
}

/**
 * The figure just added: once the kept document has changed and has a figure. (The document is
 * kept 250 ms after a change: a test that starts a new document waits for it to be kept first,
 * so `before` is never the document a start replaced.)
 * @param {Page} page @param {string | null} before
 */
async function added(page, before) {
  await page.waitForFunction((text) => {
    const now = localStorage.getItem('pingshan-editor:document');
    try {
      // A missing document throws here (null has no views), which is false.
      return now !== text && JSON.parse(/** @type {string} */ (now)).views.some((/** @type {{ figures: unknown[] }} */ view) => view.figures.length > 0);
    } catch {
      return false;
    }
  }, before);
  return lastFigure(page);
}

/**
 * Adds a view through the form: its layout by its picture's label, its tab and title if given.
 * @param {Page} page @param {string} layout @param {{ tab?: string, title?: string }} names
 */
async function addView(page, layout, { tab = '', title = '' }) {
  await page.locator('#add-view summary').click();
  await page.getByLabel(layout).check();
  await page.locator('#new-view-tab').fill(tab);
  await page.locator('#new-view-title').fill(title);
  await page.locator('#add-view-button').click();
}

/**
 * Starts a document for the pasted article and waits until the editor has kept it.
 * @param {Page} page
 */
async function startForArticle(page) {
  await page.waitForFunction(() => !/** @type {HTMLElement} */ (document.getElementById('start-for-article')).hidden);
  await page.locator('#start-for-article').click();
  await page.waitForFunction(() => /"outlet": "UPI"/.test(localStorage.getItem('pingshan-editor:document') ?? ''));
}

const SENTENCE = 'The unemployment rate in 293 out of 372 U.S. cities was lower in November compared with the same month of 2012, the Labor Department said Wednesday.';

test('a quote is its whole sentence: the same for each of its numbers, past U.S. and without the dateline', async () => {
  const { context, page } = await openBlank();
  await paste(page, UPI);
  let before = await select(page, UPI, '293');
  const first = await added(page, before);
  assert.equal(first.quote, SENTENCE);
  assert.deepEqual([first.value, first.unit, first.number], [293, 'count', '293']);
  before = await select(page, UPI, '372');
  const second = await added(page, before);
  assert.equal(second.quote, SENTENCE, 'the other number of the sentence, the same quote');
  assert.equal(second.value, 372);
  assert.notEqual(second.id, first.id, 'ids are unique');
  // The headline is a paragraph of its own: it never runs into the dateline's sentence.
  before = await select(page, UPI, 'Unemployment trend');
  assert.equal((await added(page, before)).quote, 'Unemployment trend positive in most cities');
  await context.close();
});

test('a sentence with several numbers offers them as chips, from the keyboard; the chosen one is the figure', async () => {
  const { context, page } = await openBlank();
  await paste(page, UPI);
  const sentence = 'The largest year-over-year improvement was posted by Atlantic City-Hammonton, N.J., where the unemployment rate has fallen by 4.7 percentage points to 10.2 percent, the bureau said.';
  const before = await select(page, UPI, sentence);
  await page.waitForFunction(() => !/** @type {HTMLElement} */ (document.getElementById('figure-numbers')).hidden);
  assert.deepEqual(await page.locator('#figure-numbers button').allTextContents(), ['4.7 percentage points', '10.2 percent']);
  assert.match(await page.locator('#figure-status').textContent() ?? '', /2 numbers: choose/);
  // Focus is on the first chip: Tab to the second, Enter takes it; then the first, the same way.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '4.7 percentage points');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const rate = await added(page, before);
  assert.equal(rate.quote, sentence, 'not cut at N.J.');
  assert.deepEqual([rate.value, rate.unit, rate.number], [0.102, 'rate', '10.2 percent']);
  const again = await select(page, UPI, sentence);
  await page.waitForFunction(() => !/** @type {HTMLElement} */ (document.getElementById('figure-numbers')).hidden);
  await page.keyboard.press('Enter');
  const fall = await added(page, again);
  assert.deepEqual([fall.value, fall.unit, fall.number], [-4.7, 'points', '4.7 percentage points'], 'a fall of points, negative');
  await context.close();
});

test('the id comes from the label, and a share is written as the article writes it', async () => {
  const { context, page } = await openBlank();
  await paste(page, GUIZHOU);
  await page.locator('#figure-label').fill('Three industries share 2018');
  const before = await select(page, GUIZHOU, '79.18 percent');
  const share = await added(page, before);
  assert.equal(share.id, 'three_industries_share_2018');
  assert.equal(share.label.en, 'Three industries share 2018');
  assert.equal(share.value, 0.7918, 'never 0.7918000000000001');
  assert.equal(share.unit, 'share', '“percent of output” is a part of a whole');
  assert.equal(share.number, '79.18 percent');
  assert.equal(await page.locator('#figure-label').inputValue(), '', 'the label field is ready for the next figure');
  await context.close();
});

test('choosing a problem puts the cursor inside its value; a syntax error says what to write', async () => {
  const { context, page } = await openBlank();
  await page.waitForFunction(() => document.querySelectorAll('#problems button').length > 0);
  // The blank document's title is empty: its problem leads inside the empty quotes.
  const title = page.locator('#problems button', { hasText: 'title.en' }).first();
  await title.click();
  await page.keyboard.type('Unemployment in U.S. cities');
  const typed = JSON.parse(await page.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('.cm-content')).innerText));
  assert.equal(typed.title.en, 'Unemployment in U.S. cities', 'typed into the value, the key kept');
  // A missing comma: the message names it.
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('{"format": 2 "title": {}}');
  await page.waitForFunction(() => /expected a comma between two fields or items, found “"title"”/.test(/** @type {HTMLElement} */ (document.getElementById('problems')).textContent));
  await context.close();
});

test('Start over changed work asks first; declined, nothing changes; accepted, the old work is one click away', async () => {
  const { context, page } = await openBlank();
  const blank = await documentText(page);
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\n');
  await page.waitForFunction((text) => localStorage.getItem('pingshan-editor:document') === `${text}\n`, blank);
  const work = await documentText(page);
  await page.locator('#new-kind').selectOption('example');
  let asked = '';
  page.once('dialog', (dialog) => { asked = dialog.message(); dialog.dismiss(); });
  await page.locator('#new-document').click();
  await page.waitForFunction(() => /^Nothing replaced/.test(/** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent));
  assert.match(asked, /^Replace your changed document with the Pingshan example\?/);
  assert.equal(await documentText(page), work);
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('#new-document').click();
  await page.waitForFunction(() => /Pingshan/.test(localStorage.getItem('pingshan-editor:document') ?? ''));
  assert.equal(await page.locator('#bring-back').isVisible(), true);
  await page.locator('#bring-back').click();
  await page.waitForFunction((text) => localStorage.getItem('pingshan-editor:document') === text, work);
  await context.close();
});

test('the preview draws the views without errors while another is written, and never another story’s chart', async () => {
  const { context, page } = await openEditor();
  const example = JSON.parse(EXAMPLE);
  example.views[1].figures[0].value = 'fast';
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(JSON.stringify(example, null, 2));
  await page.waitForFunction(() => /View 2 \(output\) is not drawn yet: 1 error, the first: /.test(/** @type {HTMLElement} */ (document.getElementById('broken-views')).textContent));
  await widgetReady(page, '#preview-wide pingshan-infographic');
  const tabs = await page.locator('#preview-wide pingshan-infographic [role="tab"]').allTextContents();
  assert.deepEqual(tabs, ['Companies', 'Returnee talent'], 'the two views without errors');
  assert.equal(await page.locator('#stale').textContent(), '');
  // A new blank document: the example's chart leaves the preview.
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('#new-kind').selectOption('blank');
  await page.locator('#new-document').click();
  await page.waitForFunction(() => /appears once the document has a view without errors/.test(/** @type {HTMLElement} */ (document.getElementById('stale')).textContent));
  assert.equal(await page.locator('.preview pingshan-infographic').count(), 0);
  assert.equal(await page.locator('#embed-code').inputValue(), '');
  await context.close();
});

test('another story pasted beside the example: no warnings of the example, and a new document for it, read from its lines', async () => {
  const { context, page } = await openEditor();
  await paste(page, UPI);
  await page.waitForFunction(() => /another story than this example/.test(/** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent));
  assert.equal(await page.locator('#problems button').count(), 0, 'the example’s quotes are not listed as missing');
  assert.equal(await page.locator('#article-offer').textContent(),
    'A document for “Unemployment trend positive in most cities”: no byline found; UPI; no date found.');
  await page.locator('#start-for-article').click(); // The example is unchanged: no question.
  await page.waitForFunction(() => /"UPI"/.test(localStorage.getItem('pingshan-editor:document') ?? ''));
  const started = (await keptDocument(page));
  assert.deepEqual(started.source, { headline: 'Unemployment trend positive in most cities', authors: [], date: '', outlet: 'UPI' });
  assert.deepEqual(started.languages, ['en'], 'in the article’s language only');
  assert.deepEqual(started.title, { en: 'Unemployment trend positive in most cities' });
  assert.equal(await page.locator('#start-for-article').isVisible(), false, 'offered no more: the document is this article’s');
  await context.close();
});

test('the Pingshan article’s own lines give the example’s headline, byline, outlet and date', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.url}editor.html`);
  const article = await readFile(new URL('../fixtures/source_article.txt', import.meta.url), 'utf8');
  const read = await page.evaluate(async (text) => {
    // The page's address of the module, which the checker cannot resolve from here.
    const url = './editor/article.js';
    const { readArticle } = /** @type {typeof import('../../www/editor/article.js')} */ (await import(url));
    return readArticle(text);
  }, article);
  // The source as the article gives it: the outlets' Chinese names (`names`) are the document's own.
  const { names, ...source } = JSON.parse(EXAMPLE).source;
  assert.ok(names, 'the example names its outlets in Chinese');
  assert.deepEqual(read, { lang: 'en', ...source });
  await context.close();
});

test('a new document for a Chinese article declares the article’s language (source.language); an English one leaves the default', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.url}editor.html`);
  const made = await page.evaluate(async () => {
    const url = './editor/article.js';
    const { documentFor, readArticle } = /** @type {typeof import('../../www/editor/article.js')} */ (await import(url));
    const zh = JSON.parse(documentFor(readArticle('坪山区生物医药企业达615家\n来源：坪山区融媒体中心\n2021年3月10日\n截至第三季度，全区生物医药企业已达615家。')));
    const en = JSON.parse(documentFor(readArticle('Unemployment trend positive in most cities\nWASHINGTON (UPI) -- Most cities saw lower unemployment.')));
    return { zh: zh.source.language, languages: zh.languages, en: 'language' in en.source };
  });
  assert.deepEqual(made, { zh: 'zh', languages: ['zh'], en: false });
  await context.close();
});

test('a Traditional article’s words go in the document’s Chinese, not its first language', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.url}editor.html`);
  const homes = await page.evaluate(async () => {
    const url = './editor/figure.js';
    const { textIn, homeLanguage } = /** @type {typeof import('../../www/editor/figure.js')} */ (await import(url));
    return {
      label: textIn(['en', 'zh'], 'zh-Hant', '總收入'),
      hant: homeLanguage(['en', 'zh-Hant'], 'zh'),
      own: homeLanguage(['en', 'zh', 'zh-Hant'], 'zh-Hant'),
      english: homeLanguage(['fr', 'en'], 'en'),
      other: homeLanguage(['fr', 'de'], 'en'),
    };
  });
  assert.deepEqual(homes, { label: { en: '', zh: '總收入' }, hant: 'zh-Hant', own: 'zh-Hant', english: 'en', other: 'fr' });
  await context.close();
});

test('a Hong Kong article in Traditional Chinese: its document in Traditional Chinese, 億元 read as Hong Kong dollars, a Chinese tab’s view named by its layout', async () => {
  const { context, page } = await openBlank();
  await paste(page, HONG_KONG);
  await page.waitForFunction(() => !/** @type {HTMLElement} */ (document.getElementById('start-for-article')).hidden);
  await page.locator('#start-outlet').fill('財華網');
  await page.locator('#start-date').fill('2023-02-22');
  await page.locator('#start-for-article').click();
  await page.waitForFunction(() => /"outlet": "財華網"/.test(localStorage.getItem('pingshan-editor:document') ?? ''));
  const started = await keptDocument(page);
  assert.deepEqual([started.languages, started.source.language], [['zh-Hant'], 'zh-Hant'], 'Traditional, not Simplified');
  await addView(page, 'Stacked the parts of one whole', { tab: '收入', title: '總收入預計6424億元' });
  assert.match(await page.locator('#add-view-status').textContent() ?? '', /^View stacked added: /);
  await page.locator('#figure-label').fill('總收入');
  await page.locator('#figure-date').fill('2023/24年度');
  await page.locator('#figure-mark').selectOption('whole');
  const before = await select(page, HONG_KONG, '總收入預計為6424億元');
  await page.waitForFunction((text) => localStorage.getItem('pingshan-editor:document') !== text, before);
  const { views } = await keptDocument(page);
  assert.equal(views[0].id, 'stacked');
  const figure = views[0].figures[0];
  assert.deepEqual([figure.value, figure.unit, figure.currency, figure.number, figure.label, figure.as_of],
    [642400000000, 'money', 'HKD', '6424億元', { 'zh-Hant': '總收入' }, '2023/24年度']);
  // The budget's year stays for the next figure of a view that is not on a time axis; the label does not.
  assert.deepEqual([await page.locator('#figure-date').inputValue(), await page.locator('#figure-label').inputValue()], ['2023/24年度', '']);
  assert.match(await page.locator('#figure-status').textContent() ?? '', /exact 642,400,000,000 \(money, HKD\) from “6424億元”/);
  // A rise the article states by its verb is a change, said as one (上升3.3%, not a level of 3.3%).
  // The form is open still: the layout chosen, the view added.
  await page.getByLabel('Bars independent numbers on one scale').check();
  await page.locator('#new-view-tab').fill('增減');
  await page.locator('#new-view-title').fill('經常開支上升3.3%');
  await page.locator('#new-view-subtitle').fill('2023/24年度預算與上年度比較');
  await page.locator('#add-view-button').click();
  await page.waitForFunction(() => /** @type {HTMLSelectElement} */ (document.getElementById('figure-view')).value === 'bars');
  await page.locator('#figure-label').fill('經常開支');
  const beforeRise = await select(page, HONG_KONG, '上升3.3%');
  await page.waitForFunction((text) => localStorage.getItem('pingshan-editor:document') !== text, beforeRise);
  const bars = (await keptDocument(page)).views[1];
  assert.deepEqual([bars.subtitle, views[0].subtitle], [{ 'zh-Hant': '2023/24年度預算與上年度比較' }, undefined], 'a subtitle only where one is written');
  const rise = bars.figures[0];
  assert.deepEqual([rise.value, rise.unit, rise.change, rise.number], [0.033, 'rate', true, '3.3%']);
  // Ids made of Chinese words say nothing: the choices show each view's tab and figure's label.
  const options = (/** @type {string} */ id) => page.locator(`#${id} option`).allTextContents();
  assert.deepEqual(await options('figure-view'), ['收入 (stacked)', '增減 (bars)']);
  await page.waitForFunction(() => /** @type {HTMLSelectElement} */ (document.getElementById('derived-a')).options.length === 2);
  assert.deepEqual(await options('derived-a'), ['總收入 (figure)', '經常開支 (figure_2)']);
  await context.close();
});

test('a view is added from the form, chosen for the next figure, which takes its label, date and what is counted', async () => {
  const { context, page } = await openBlank();
  await paste(page, UPI);
  await addView(page, 'Columns one number over time, spaced as time is', { title: 'Cities with higher unemployment' });
  assert.match(await page.locator('#add-view-status').textContent() ?? '', /^View cities_with_higher_unemployment added: name what is empty, then add its figures, one a period/);
  await page.waitForFunction(() => /** @type {HTMLSelectElement} */ (document.getElementById('figure-view')).value === 'cities_with_higher_unemployment');
  // The blank document's untouched view_1 is replaced, not left empty beside the new one.
  const { views } = (await keptDocument(page));
  assert.equal(views.length, 1);
  assert.deepEqual(views[0], {
    id: 'cities_with_higher_unemployment', layout: 'columns', tab: { en: '', zh: '' },
    title: { en: 'Cities with higher unemployment', zh: '' }, figures: [],
  });
  await page.locator('#figure-label').fill('Cities higher, November 2013');
  await page.locator('#figure-date').fill('2013-11');
  await page.locator('#figure-counted').fill('cities');
  const before = await select(page, UPI, '71');
  await page.waitForFunction((text) => localStorage.getItem('pingshan-editor:document') !== text, before);
  const figure = (await keptDocument(page)).views[0].figures[0];
  assert.deepEqual([figure.id, figure.label.en, figure.as_of, figure.unit_label.en, figure.value],
    ['cities_higher_november_2013', 'Cities higher, November 2013', '2013-11', 'cities', 71]);
  assert.match(await page.locator('#figure-status').textContent() ?? '', /added to cities_with_higher_unemployment: exact 71 \(count\) from “71”\.$/);
  await context.close();
});

test('a derived figure from two reported ones: its formula chosen, its value computed, no error of its own', async () => {
  const { context, page } = await openEditor();
  await page.locator('#add-derived summary').click();
  await page.waitForFunction(() => /** @type {HTMLSelectElement} */ (document.getElementById('derived-a')).options.length > 5);
  // Only reported figures are offered (a formula over a derived one is an error).
  const choices = await page.locator('#derived-a option').evaluateAll((options) => options.map((option) => /** @type {HTMLOptionElement} */ (option).value));
  assert.ok(choices.includes('doctorates') && !choices.includes('doctorates_2016'), choices.join());
  await page.locator('#derived-a').selectOption('companies_district');
  await page.locator('#derived-op').selectOption('-');
  await page.locator('#derived-b').selectOption('companies_bt_avenue');
  await page.locator('#derived-label').fill('Companies off BT Avenue');
  await page.locator('#add-derived-button').click();
  assert.match(await page.locator('#add-derived-status').textContent() ?? '',
    /^Derived figure companies_off_bt_avenue added beside companies_district: companies_district - companies_bt_avenue = 424; its quote is/);
  await page.waitForFunction(() => /companies_off_bt_avenue/.test(localStorage.getItem('pingshan-editor:document') ?? ''));
  const figure = (await keptDocument(page)).views[0].figures.at(-1);
  assert.deepEqual(
    [figure.kind, figure.formula, figure.value, figure.unit, figure.unit_label.en, figure.as_of],
    ['derived', 'companies_district - companies_bt_avenue', 424, 'count', 'companies', '2020-Q3'],
  );
  // Its errors are the Chinese labels still to write (Simplified and Traditional, the example's
  // other languages): the formula and value are right.
  await page.waitForFunction(() => /^\d+ errors?/.test(/** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent));
  await page.waitForTimeout(500);
  const listed = await page.locator('#problems button').allTextContents();
  assert.deepEqual(listed.filter((text) => text.startsWith('Error')).map((text) => text.replace(/^Error, line \d+: /, '')),
    ['views[0].figures[4].label.zh: expected a text of 1 to 160 characters, found 0 characters',
      'views[0].figures[4].label.zh-Hant: expected a text of 1 to 160 characters, found 0 characters']);
  await context.close();
});

test('graphics are kept by name with their article, listed after a reload, and reopened', async () => {
  const { context, page } = await openEditor();
  await page.locator('#keep-graphic').click();
  assert.equal(await page.locator('#kept-status').textContent(), 'Kept as “pingshan-s-biomedical-industry-in-figures”.');
  await paste(page, UPI);
  await startForArticle(page);
  const before = await select(page, UPI, '293');
  await added(page, before);
  await page.locator('#keep-graphic').click();
  await page.reload();
  await page.waitForFunction(() => /** @type {HTMLSelectElement} */ (document.getElementById('kept-graphics')).options.length === 2);
  const names = await page.locator('#kept-graphics option').evaluateAll((options) => options.map((option) => /** @type {HTMLOptionElement} */ (option).value));
  assert.deepEqual(names, ['unemployment-trend-positive-in-most-cities', 'pingshan-s-biomedical-industry-in-figures'], 'the latest first');
  // The UPI document is on screen, kept unchanged: opening the other one asks nothing.
  await page.locator('#kept-graphics').selectOption('pingshan-s-biomedical-industry-in-figures');
  await page.locator('#open-graphic').click();
  await page.waitForFunction(() => /Pingshan/.test(localStorage.getItem('pingshan-editor:document') ?? '')
    && /** @type {HTMLTextAreaElement} */ (document.getElementById('article')).value === '');
  await page.locator('#kept-graphics').selectOption('unemployment-trend-positive-in-most-cities');
  await page.locator('#open-graphic').click();
  await page.waitForFunction((article) => /** @type {HTMLTextAreaElement} */ (document.getElementById('article')).value === article
    && /"number": "293"/.test(localStorage.getItem('pingshan-editor:document') ?? ''), UPI);
  await context.close();
});

test('a one-language document, started for an English article, is valid with no Chinese; a Chinese page’s preview speaks English', async () => {
  const { context, page } = await openEditor();
  await paste(page, UPI);
  await startForArticle(page);
  await page.locator('#figure-label').fill('Cities');
  await page.locator('#figure-date').fill('2013-11');
  await page.locator('#figure-counted').fill('cities');
  let before = await select(page, UPI, '372');
  const whole = await added(page, before);
  assert.deepEqual(whole.label, { en: 'Cities' }, 'texts in the document’s one language');
  assert.deepEqual(whole.unit_label, { en: 'cities' });
  // Only the date the article does not give and the view's tab and title are left to write,
  // in English.
  const listed = async () => {
    await page.waitForTimeout(700);
    return (await page.locator('#problems button').allTextContents()).map((text) => text.replace(/^Error, line \d+: /, ''));
  };
  assert.deepEqual((await listed()).filter((text) => !text.startsWith('Warning')), [
    'source.date: expected a date as YYYY-MM-DD, found ""',
    'views[0].tab.en: expected a text of 1 to 40 characters, found 0 characters',
    'views[0].title.en: expected a text of 1 to 160 characters, found 0 characters',
  ]);
  const doc = (await keptDocument(page));
  doc.source.date = '2014-01-08';
  doc.views[0].tab.en = 'Cities';
  doc.views[0].title.en = 'Unemployment in 372 U.S. cities';
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(JSON.stringify(doc, null, 2));
  await page.waitForFunction(() => /^No problems/.test(/** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent));
  // The preview offers the document's one language only; the widget on a Chinese page (its
  // `lang`) speaks English, the document having no Chinese.
  assert.equal(await page.getByLabel('简体中文').isVisible(), false, 'no Chinese preview for an English-only document');
  await widgetReady(page, '#preview-wide pingshan-infographic');
  await page.locator('#preview-wide pingshan-infographic').evaluate((widget) => widget.setAttribute('lang', 'zh'));
  await page.waitForFunction(() => /** @type {Widget} */ (document.querySelector('#preview-wide pingshan-infographic')).shadowRoot
    .querySelector('.frame').getAttribute('lang') === 'en');
  const words = await page.locator('#preview-wide pingshan-infographic').evaluate((widget) => /** @type {HTMLElement} */ (/** @type {ShadowRoot} */ (widget.shadowRoot).querySelector('.footer')).innerText);
  assert.match(words, /Source: “Unemployment trend positive in most cities”, UPI/);
  assert.match(words, /Download image/);
  await context.close();
});

test('a stacked view with its tab from the form, and its whole drawn as the whole', async () => {
  const { context, page } = await openBlank();
  await paste(page, UPI);
  await addView(page, 'Stacked the parts of one whole', { tab: 'Cities', title: 'Lower in 293 of 372 cities' });
  // No name for the rest of the whole was given: the cursor waits in it.
  assert.match(await page.locator('#add-view-status').textContent() ?? '', /^View cities added: name what is empty, then add the whole \(drawn as the whole\) and its parts/);
  await page.waitForFunction(() => /** @type {HTMLSelectElement} */ (document.getElementById('figure-view')).value === 'cities');
  await page.locator('#figure-mark').selectOption('whole');
  const before = await select(page, UPI, '372');
  await page.waitForFunction((text) => localStorage.getItem('pingshan-editor:document') !== text, before);
  const view = (await keptDocument(page)).views[0];
  assert.deepEqual([view.id, view.layout, view.tab.en], ['cities', 'stacked', 'Cities']);
  assert.deepEqual(view.remainder, { en: '', zh: '' });
  assert.deepEqual([view.figures[0].mark, view.figures[0].value], ['whole', 372]);
  assert.equal(await page.locator('#figure-mark').inputValue(), 'bar', 'the next figure is a bar again');
  await context.close();
});

test('a change from one figure to another, and a note with its sentence, from the form', async () => {
  const { context, page } = await openBlank();
  await paste(page, UPI);
  await addView(page, 'Change before and after, for each item', { tab: 'Largest', title: 'The largest changes' });
  await page.waitForFunction(() => /** @type {HTMLSelectElement} */ (document.getElementById('figure-view')).value === 'largest');
  for (const [words, label] of [['10.2 percent', 'Atlantic City 2013'], ['11.7 percent', 'Danville 2013']]) {
    await page.locator('#figure-label').fill(label);
    await added(page, await select(page, UPI, words));
  }
  // The two ends offered are the view's bars, the last two by default; the first is chosen here.
  await page.locator('#figure-mark').selectOption('change');
  assert.equal(await page.locator('#figure-change-fields').isVisible(), true);
  await page.waitForFunction(() => /** @type {HTMLSelectElement} */ (document.getElementById('figure-to')).value === 'danville_2013');
  assert.deepEqual(await page.locator('#figure-from option').allTextContents(), ['Atlantic City 2013 (atlantic_city_2013)', 'Danville 2013 (danville_2013)']);
  await page.locator('#figure-to').selectOption('atlantic_city_2013');
  await page.locator('#figure-from').selectOption('danville_2013');
  await page.locator('#figure-label').fill('Atlantic City');
  const change = await added(page, await select(page, UPI, 'fallen by 4.7 percentage points'));
  assert.deepEqual([change.mark, change.from, change.to, change.unit, change.value, change.number],
    ['change', 'danville_2013', 'atlantic_city_2013', 'points', -4.7, '4.7 percentage points']);
  assert.equal(await page.locator('#figure-change-fields').isVisible(), false, 'the next figure is a bar again');
  await page.locator('#figure-mark').selectOption('note');
  await page.locator('#figure-note').fill('Danville rose by {value}');
  const note = await added(page, await select(page, UPI, 'rose by 2.3 percentage points'));
  assert.deepEqual([note.mark, note.note, note.value], ['note', { en: 'Danville rose by {value}', zh: '' }, 2.3]);
  await context.close();
});

test('derived figures in percentage points: computed by Rust to the digits an article writes', async () => {
  const { context, page } = await openBlank();
  await paste(page, UPI);
  for (const [words, label, mark] of [['10.2 percent', 'Atlantic City 2013', 'bar'], ['11.7 percent', 'Danville 2013', 'bar'],
    ['fallen by 4.7 percentage points', 'Atlantic City change', 'bar']]) {
    await page.locator('#figure-label').fill(label);
    await page.locator('#figure-mark').selectOption(mark);
    await added(page, await select(page, UPI, words));
  }
  await page.locator('#add-derived summary').click();
  const derive = async (/** @type {string} */ a, /** @type {string} */ op, /** @type {string} */ b) => {
    await page.waitForFunction((id) => [.../** @type {HTMLSelectElement} */ (document.getElementById('derived-b')).options].some((option) => option.value === id), b);
    await page.locator('#derived-a').selectOption(a);
    await page.locator('#derived-op').selectOption(op);
    await page.locator('#derived-b').selectOption(b);
    const before = await documentText(page);
    await page.locator('#add-derived-button').click();
    await page.waitForFunction((text) => localStorage.getItem('pingshan-editor:document') !== text, before);
    return lastFigure(page);
  };
  // (0.117 - 0.102) * 100 is 1.5000000000000013 in binary: written 1.5.
  const points = await derive('danville_2013', 'points', 'atlantic_city_2013');
  assert.deepEqual([points.formula, points.value, points.unit, points.kind], ['(danville_2013 - atlantic_city_2013) * 100', 1.5, 'points', 'derived']);
  const before = await derive('atlantic_city_2013', 'before', 'atlantic_city_change');
  assert.deepEqual([before.formula, before.value, before.unit], ['atlantic_city_2013 - atlantic_city_change / 100', 0.149, 'rate']);
  await context.close();
});

test('colour groups from the form, chosen for the next figures; a figure moved up and down, as written', async () => {
  const { context, page } = await openBlank();
  await paste(page, UPI);
  await addView(page, 'Bars independent numbers on one scale', { tab: 'Cities', title: 'Cities by change' });
  await page.waitForFunction(() => /** @type {HTMLSelectElement} */ (document.getElementById('figure-view')).value === 'cities');
  assert.equal(await page.locator('#figure-group-fields').isVisible(), false, 'no group to choose yet');
  await page.locator('#add-group summary').click();
  for (const [group, words] of [['Lower', '293'], ['Higher', '71']]) {
    await page.locator('#group-label').fill(group);
    await page.locator('#add-group-button').click();
    await page.waitForFunction((id) => /** @type {HTMLSelectElement} */ (document.getElementById('figure-group')).value === id, group.toLowerCase());
    await page.locator('#figure-label').fill(`${group} cities`);
    await added(page, await select(page, UPI, words));
  }
  let view = (await keptDocument(page)).views[0];
  assert.deepEqual(view.groups, [{ id: 'lower', label: { en: 'Lower', zh: '' } }, { id: 'higher', label: { en: 'Higher', zh: '' } }]);
  assert.deepEqual(view.figures.map((/** @type {{ id: string, group: string }} */ figure) => [figure.id, figure.group]), [['lower_cities', 'lower'], ['higher_cities', 'higher']]);
  // The cursor in the second figure (a click on its id's line); moved up, each figure's text is as it was.
  const before = present(await documentText(page), 'the kept document');
  await page.locator('.cm-line', { hasText: '"id": "higher_cities"' }).click();
  await page.locator('#figure-up').click();
  await page.waitForFunction((text) => localStorage.getItem('pingshan-editor:document') !== text, before);
  view = (await keptDocument(page)).views[0];
  assert.deepEqual(view.figures.map((/** @type {{ id: string }} */ figure) => figure.id), ['higher_cities', 'lower_cities']);
  const figureText = (/** @type {string} */ text, /** @type {string} */ id) => text.slice(text.indexOf(`"id": "${id}"`), text.indexOf('}', text.indexOf(`"quote"`, text.indexOf(`"id": "${id}"`))));
  assert.equal(figureText(present(await documentText(page), 'the kept document'), 'lower_cities'), figureText(before, 'lower_cities'));
  assert.match(await page.locator('#move-status').textContent() ?? '', /^higher_cities moved up: figure 1 of 2 in its view\.$/);
  await page.locator('#figure-up').click();
  assert.match(await page.locator('#move-status').textContent() ?? '', /^higher_cities is already the first figure of its view\.$/);
  await context.close();
});
