// End to end: the editor page, driven as an editor would: an error typed into the document is
// underlined at its line and listed; fixed, the preview redraws; the article pasted, a
// sentence selected and made a figure, with no source warning; one digit changed in a quote,
// a warning; a reload keeps both texts; the embed code, pasted into a new page, draws the same
// views. axe-core finds nothing, and the keyboard reaches every control.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { present, useBrowser, watchErrors, widgetReady } from './browser.mjs';

const env = useBrowser();
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const updateScreenshots = Boolean(process.env.UPDATE_SCREENSHOTS);
const ARTICLE = await readFile(new URL('../fixtures/source_article.txt', import.meta.url), 'utf8');
const EXAMPLE = await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8');
const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** The editor's document as kept in localStorage (what the reader typed, not the DOM's lines). */
const documentText = async (/** @type {Page} */ page) => present(await page.evaluate(() => localStorage.getItem('pingshan-editor:document')), 'the stored document');

/**
 * Replaces the whole document by typing, as a paste does.
 * @param {Page} page @param {string} text
 */
async function typeDocument(page, text) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

/**
 * The problems listed below the editor, once checking has settled.
 * @param {Page} page @param {string | null} [expected]
 */
async function problems(page, expected = null) {
  await page.waitForFunction((want) => {
    const summary = /** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent;
    return summary && (want === null || summary.startsWith(want));
  }, expected);
  await page.waitForTimeout(500); // The linter's delay, so a pending check has run.
  return page.evaluate(() => [...document.querySelectorAll('#problems button')].map((button) => ({
    text: button.textContent, severity: button.className,
  })));
}

/** @param {import('playwright-core').BrowserContext} context */
async function openEditor(context) {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}editor.html`);
  await page.waitForFunction(() => document.querySelector('#preview-wide pingshan-infographic'));
  await widgetReady(page, '#preview-wide pingshan-infographic');
  return { page, errors };
}

test('the editor checks as you type, keeps the last valid preview, and makes sourced figures', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const { page, errors } = await openEditor(context);
  assert.equal(JSON.parse(await documentText(page)).views.length, 3, 'a new editor starts from the example');
  assert.deepEqual(await problems(page, 'No problems'), []);

  // An error typed in: underlined at its line, listed, and the preview marked stale.
  const broken = EXAMPLE.replace('"value": 615,', '"value": -615,');
  await typeDocument(page, broken);
  const listed = await problems(page, '1 error');
  const line = broken.slice(0, broken.indexOf('"value": -615')).split('\n').length;
  assert.deepEqual(listed, [{
    severity: 'error',
    text: `Error, line ${line}: views[0].figures[0].value: expected a count from 0 to 1e12, found -615`,
  }]);
  // The other views are drawn meanwhile; the broken one is named with its error.
  await page.waitForFunction(() => /^View 1 \(companies\) is not drawn yet: 1 error/.test(/** @type {HTMLElement} */ (document.getElementById('broken-views')).textContent));
  assert.equal(await page.locator('#stale').textContent(), '');
  // The list moves the cursor to the problem, which is underlined there.
  await page.locator('#problems button').click();
  const cursorLine = await page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent);
  assert.match(cursorLine ?? '', /"value": -615/);
  assert.equal(await page.locator('.cm-activeLine .cm-lintRange-error').count(), 1);

  // A syntax error: at its line and column.
  await typeDocument(page, EXAMPLE.replace('"format": 2,', '"format": 2,,'));
  const syntax = await problems(page);
  assert.match(syntax[0].text, /^Error, line 2: line 2, column \d+: expected a field name in double quotes \("label"\), found “,”$/);
  assert.match(await page.locator('#stale').textContent() ?? '', /last version that could be drawn/);

  // Fixed: the preview redraws and is no longer stale.
  const changed = EXAMPLE.replace('"en": "Companies"', '"en": "Firms"');
  await typeDocument(page, changed);
  await problems(page, 'No problems');
  await page.waitForFunction(() => document.querySelector('#preview-wide pingshan-infographic')
    ?.shadowRoot?.querySelector('[role="tab"]')?.textContent === 'Firms');
  assert.equal(await page.locator('#stale').textContent(), '');

  // The article: checked again against it, and the example is sourced, so no warning.
  await page.locator('#article').fill(ARTICLE);
  await page.waitForFunction(() => /every quote and number is in the article/.test(/** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent));
  assert.deepEqual(await problems(page, 'No problems'), []);

  // A sentence selected and made a figure: its quote verbatim, its number found.
  const sentence = 'Statistics show that on average, Pingshan settles in more than 100 overseas teams every year.';
  const start = ARTICLE.indexOf('more than 100 overseas');
  assert.ok(start > 0, 'the sentence is in the article');
  await page.locator('#figure-view').selectOption('talent');
  await page.locator('#article').evaluate((element, [from, to]) => { const box = /** @type {HTMLTextAreaElement} */ (element); box.focus(); box.setSelectionRange(from, to); },
    [start, start + 'more than 100'.length]);
  await page.locator('#new-figure').click();
  await page.waitForFunction(() => /added to talent/.test(/** @type {HTMLElement} */ (document.getElementById('figure-status')).textContent));
  const withFigure = JSON.parse(await documentText(page));
  const figure = withFigure.views[2].figures.at(-1);
  assert.ok(ARTICLE.includes(figure.quote), `the quote is verbatim: ${figure.quote}`);
  assert.ok(figure.quote.includes(sentence.slice(0, 40)));
  assert.equal(figure.value, 100);
  assert.equal(figure.qualifier, 'more_than');
  assert.equal(figure.unit, 'count');
  // The cursor waits in the label; the editor fills in what only a person knows.
  assert.match(await page.evaluate(() => document.querySelector('.cm-activeLine')?.textContent) ?? '', /"en": ""/);
  Object.assign(figure, { label: { en: 'Overseas teams a year', zh: '每年海外团队', 'zh-Hant': '每年海外團隊' }, unit_label: { en: 'teams', zh: '个团队', 'zh-Hant': '個團隊' }, as_of: '2020' });
  await typeDocument(page, JSON.stringify(withFigure, null, 2));
  assert.deepEqual(await problems(page, 'No problems'), [], 'the new figure is sourced');

  // One digit changed in its quote: a source warning.
  figure.quote = figure.quote.replace('100', '101');
  await typeDocument(page, JSON.stringify(withFigure, null, 2));
  const warned = await problems(page, '0 errors, ');
  assert.ok(warned.length >= 1 && warned.every((problem) => problem.severity === 'warning'), JSON.stringify(warned));
  assert.ok(warned.some((problem) => /quote/.test(problem.text)), JSON.stringify(warned));

  // A reload keeps both texts.
  const kept = await documentText(page);
  await page.reload();
  await widgetReady(page, '#preview-wide pingshan-infographic');
  assert.equal(await documentText(page), kept);
  assert.equal(await page.locator('#article').inputValue(), ARTICLE);
  assert.ok((await problems(page, '0 errors, ')).length >= 1, 'the warning is found again after the reload');
  if (updateScreenshots) await page.screenshot({ path: `${DOCS}editor.png` });
  assert.deepEqual(errors.filter((error) => !/could not be shown/.test(error)), []);
  await context.close();
});

test('the embed code, pasted into a blank page, shows the same widget', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const { page } = await openEditor(context);
  await typeDocument(page, EXAMPLE.replace('"en": "Companies"', '"en": "Firms </script> <b>"'));
  await problems(page, 'No problems');
  await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.getElementById('embed-code')).value.includes('Firms'));
  const code = await page.locator('#embed-code').inputValue();
  assert.ok(!code.includes('</script> <b>'), 'the JSON cannot end the script element');
  const blank = await context.newPage();
  const errors = watchErrors(blank);
  await blank.route('**/pasted.html', (route) => route.fulfill({
    contentType: 'text/html', body: `<!doctype html><html lang="en"><body>${code}</body></html>`,
  }));
  await blank.goto(`${env.server.url}pasted.html`);
  await widgetReady(blank);
  const tabs = await blank.locator('pingshan-infographic [role="tab"]').allTextContents();
  assert.deepEqual(tabs, ['Firms </script> <b>', 'Output growth', 'Returnee talent']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a document over the widget’s size limit is refused with its message; the editor stays usable', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const { page } = await openEditor(context);
  await problems(page, 'No problems');
  const before = await documentText(page);
  const huge = `{"format": 1, "title": {"en": "${'x'.repeat(300 * 1024)}", "zh": "x"}}`;
  await page.locator('#import-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(huge) });
  await page.waitForFunction(() => /^Not imported/.test(/** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent));
  assert.match(await page.locator('#problems-summary').textContent() ?? '',
    /^Not imported: \(document\): expected a document of at most 262144 bytes, found \d+ bytes$/);
  assert.equal(await documentText(page), before, 'the document is kept');
  // Still usable: a new blank document starts, and its errors are listed.
  await page.locator('#new-kind').selectOption('blank');
  await page.locator('#new-document').click();
  await page.waitForFunction(() => /^\d+ errors?, /.test(/** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent));
  assert.ok((await problems(page)).length > 0, 'the blank document lists what to fill in');
  assert.match(await documentText(page), /"view_1"/);
  await context.close();
});

test('the editor passes axe (WCAG 2.2 AA) and works from the keyboard alone', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const { page } = await openEditor(context);
  await problems(page, 'No problems');
  // Every control on screen: the forms opened, another story's offer and the number chips shown.
  await page.evaluate(() => { for (const details of document.querySelectorAll('details')) details.open = true; });
  await page.locator('#article').fill('Unemployment trend positive in most cities\n\nIt was lower in 293 out of 372 cities.');
  await page.waitForFunction(() => !/** @type {HTMLElement} */ (document.getElementById('start-for-article')).hidden);
  await page.locator('#article').evaluate((element) => { const box = /** @type {HTMLTextAreaElement} */ (element); box.focus(); box.setSelectionRange(box.value.indexOf('It'), box.value.length); });
  await page.locator('#new-figure').click();
  await page.waitForFunction(() => !/** @type {HTMLElement} */ (document.getElementById('figure-numbers')).hidden);
  // The fields a mark or a layout adds: a change's two ends, a stacked view's rest.
  await page.locator('#figure-mark').selectOption('change');
  await page.locator('input[name="new-layout"][value="stacked"]').check();
  await page.waitForFunction(() => !/** @type {HTMLElement} */ (document.getElementById('figure-change-fields')).hidden && !/** @type {HTMLElement} */ (document.getElementById('new-view-rest-fields')).hidden);
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  })).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
  assert.deepEqual(violations, []);
  // Tab from the top reaches every control, each with a name, in order.
  const reached = [];
  await page.locator('body').focus();
  for (let step = 0; step < 90; step += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      // An input's, select's or button's labels, where it has them.
      const active = /** @type {(Element & { labels?: NodeListOf<HTMLLabelElement> }) | null} */ (document.activeElement);
      return active?.getAttribute('aria-label') || active?.labels?.[0]?.textContent?.trim()
        || active?.textContent?.trim().slice(0, 40) || active?.id || active?.localName;
    });
    reached.push(name);
  }
  for (const name of ['Article text', 'Start a document for this article', 'Outlet', '293', 'Label', 'Date', 'From', 'To',
    'New figure from selection', 'Start', 'Import .json', 'Export .json', 'Keep in this browser', 'Stacked the parts of one whole',
    'The rest is', 'Add the view', 'Add the group', 'Add the derived figure', 'Move up', 'Move down', 'Data document', 'Widget address', 'Download the picture (.svg)', 'Embed code', 'Copy']) {
    assert.ok(reached.includes(name), `Tab reaches "${name}": ${reached.join(' | ')}`);
  }
  await context.close();
});
