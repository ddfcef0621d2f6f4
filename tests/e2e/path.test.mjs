// End to end, issue 22 item 9: a reporter's whole path, from an empty browser profile to a
// graphic on another site, for a real article that is not Pingshan (China Daily on Guizhou's
// high-tech output, docs/examples/): the article pasted, a document started for it with the
// outlet and date its lines do not give, three views (columns, stacked, bars) from the form,
// ten figures each from a selection in the article, nothing typed into the JSON; the document
// valid, every quote and number found in the article; the embed code pasted into a page of
// another origin draws all three views. `make bench` counts the same path's steps
// (bench/editor.mjs, from editor-path.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { canvasHash, present, useBrowser, watchErrors, widgetReady } from './browser.mjs';
import { serve } from './server.mjs';
import { GUIZHOU, makeGraphic } from './editor-path.mjs';

const env = useBrowser();
const DIST = fileURLToPath(new URL('../../www/dist/', import.meta.url));
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const updateScreenshots = Boolean(process.env.UPDATE_SCREENSHOTS);
const ADDRESS = 'https://graphics.news.example/widget/';

/** @type {{ dir: string, widget: Awaited<ReturnType<typeof serve>> | null, site: Awaited<ReturnType<typeof serve>> | null }} */
const servers = { dir: '', widget: null, site: null };

before(async () => {
  servers.dir = await mkdtemp(join(tmpdir(), 'pingshan-path-'));
  await cp(DIST, servers.dir, { recursive: true });
  servers.widget = await serve({ root: servers.dir, headers: { 'access-control-allow-origin': '*' } });
  await mkdir(join(servers.dir, 'site'));
  servers.site = await serve({ root: join(servers.dir, 'site') });
});

after(async () => {
  await servers.widget?.close();
  await servers.site?.close();
  if (servers.dir) await rm(servers.dir, { recursive: true, force: true });
});

/**
 * The article pane down to the figure form's status: what the README's pictures show.
 * @param {Page} page
 */
async function articleClip(page) {
  const pane = present(await page.locator('.pane').first().boundingBox(), 'the article pane');
  const status = present(await page.locator('#figure-status').boundingBox(), 'the figure form\'s status');
  return { x: pane.x, y: pane.y, width: pane.width, height: status.y + status.height + 12 - pane.y };
}

test('from an empty profile to a graphic on another site: 10 figures in 3 layouts, all from the forms', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}editor.html`);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'an empty profile');
  await page.waitForFunction(() => /^No problems/.test(/** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent));
  if (updateScreenshots) {
    await page.locator('#article').fill(GUIZHOU.article);
    await page.locator('#start-fields').waitFor({ state: 'visible' });
    await page.screenshot({ path: `${DOCS}path-1-start.png`, clip: await articleClip(page) });
    await page.locator('#article').fill('');
  }

  const { steps, figures, code } = await makeGraphic(page, GUIZHOU, ADDRESS);

  assert.equal(figures, 10);
  assert.match(await page.locator('#problems-summary').textContent() ?? '',
    /^No problems: the document is valid; every quote and number is in the article\.$/);
  const kept = JSON.parse(present(await page.evaluate(() => localStorage.getItem('pingshan-editor:document')), 'the stored document'));
  assert.deepEqual(kept.views.map((/** @type {{ id: string, layout: string, figures: unknown[] }} */ view) => [view.id, view.layout, view.figures.length]),
    [['output', 'columns', 3], ['industries', 'stacked', 4], ['cities', 'bars', 3]],
    'the start’s empty view became the first view added; none is left behind');
  assert.deepEqual(kept.source, {
    headline: 'Guizhou high-tech industry output value shows 15% growth', authors: [], date: '2018-09-21', outlet: 'China Daily',
  });
  assert.deepEqual(kept.views[1].remainder, { en: 'Other industries' });
  const figure = kept.views[0].figures[0];
  assert.deepEqual([figure.id, figure.value, figure.currency, figure.as_of, figure.number], ['output_2014', 221e9, 'CNY', '2014', '221 billion yuan']);
  assert.equal(await page.locator('#figure-numbers').isVisible(), false, 'the chips go once one is chosen');
  // The preview draws every view, the partial period outlined (its legend says so).
  await widgetReady(page, '#preview-wide pingshan-infographic');
  assert.deepEqual(await page.locator('#preview-wide pingshan-infographic').evaluate((widget) => [.../** @type {ShadowRoot} */ (widget.shadowRoot).querySelectorAll('[role="tab"]')].map((tab) => tab.textContent)),
    ['Output', 'Industries', 'Cities']);
  // Steps, so the path cannot quietly grow: about three clicks or selections a figure today.
  const perFigure = (steps.clicks + steps.selections) / figures;
  assert.ok(perFigure <= 3.5, `${perFigure} clicks and selections a figure`);
  if (updateScreenshots) {
    await page.locator('#article').evaluate((element) => { const box = /** @type {HTMLTextAreaElement} */ (element); box.focus(); box.setSelectionRange(box.value.indexOf('221 billion yuan in 2014'), box.value.indexOf('397.8 billion')); });
    await page.locator('#figure-label').fill('Output 2014');
    await page.locator('#new-figure').click();
    await page.locator('#figure-numbers').waitFor({ state: 'visible' });
    await page.screenshot({ path: `${DOCS}path-2-figure.png`, clip: await articleClip(page) });
  }
  assert.deepEqual(errors, []);
  await context.close();

  // The embed code on a page of another origin: the widget draws this document, every view.
  const site = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  const article = await site.newPage();
  const siteErrors = watchErrors(article);
  await writeFile(join(servers.dir, 'site', 'guizhou.html'),
    `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body><h1>${GUIZHOU.views[0].title}</h1>${code.replaceAll(ADDRESS, present(servers.widget, 'the widget\'s server').url)}<p>After the chart.</p></body></html>`);
  await article.goto(`${present(servers.site, 'the site\'s server').url}guizhou.html`);
  await widgetReady(article);
  assert.equal(await article.evaluate(() => /** @type {Element} */ (document.querySelector('[slot="fallback"]')).checkVisibility()), false, 'the fallback gives way');
  const hashes = new Set();
  for (const tab of ['Output', 'Industries', 'Cities']) {
    await article.locator('pingshan-infographic').getByRole('tab', { name: tab }).click();
    await article.waitForFunction((name) => /** @type {Element} */ (document.querySelector('pingshan-infographic').shadowRoot
      .querySelector('[role="tab"][aria-selected="true"]')).textContent === name, tab);
    hashes.add(await canvasHash(article));
  }
  assert.equal(hashes.size, 3, 'three views drawn, each its own');
  if (updateScreenshots) {
    await article.locator('pingshan-infographic').getByRole('tab', { name: 'Output' }).click();
    await article.waitForTimeout(600); // Past the view's fade-in.
    await article.locator('body').screenshot({ path: `${DOCS}path-3-published.png` });
  }
  assert.deepEqual(siteErrors, []);
  await site.close();
});
