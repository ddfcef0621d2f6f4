// The element's properties in Chromium, as the types (tests/e2e/types.test.mjs) describe them:
// each reflects its attribute, setting one acts on the widget (a view switches, a language or
// theme redraws, eager starts a far widget, a src is fetched), and null or undefined removes
// the attribute, after which the widget follows the page again.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useBrowser, watchErrors, widgetReady, canvasHash } from './browser.mjs';

const env = useBrowser();

/** Opens a page with an eager widget `#w` showing Output, and a lazy one `#late` far below. */
async function openPage() {
  const context = await env.browser.newContext({ viewport: { width: 900, height: 800 }, reducedMotion: 'reduce', colorScheme: 'light' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route('**/fixture.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">
      <script type="module" src="pingshan-infographic.js"></script></head><body>
      <pingshan-infographic id="w" view="output" loading="eager"></pingshan-infographic>
      <div style="height: 5000px"></div>
      <pingshan-infographic id="late"></pingshan-infographic></body></html>`,
  }));
  await page.goto(`${env.server.url}fixture.html`);
  await widgetReady(page, '#w');
  return { context, page, errors };
}

/**
 * The widget's attribute and property `name`, after running `change` on it in the page.
 * @param {Page} page @param {'view' | 'lang' | 'theme' | 'src' | 'loading'} name @param {string} change
 */
function afterChange(page, name, change) {
  return page.evaluate(([name, change]) => {
    const widget = /** @type {Widget} */ (document.getElementById('w'));
    new Function('widget', change)(widget);
    return { attribute: widget.getAttribute(name), has: widget.hasAttribute(name), property: widget[name] };
  }, /** @type {[typeof name, string]} */ ([name, change]));
}

const selectedTab = (/** @type {Page} */ page) => page.locator('#w [role="tab"][aria-selected="true"]').textContent();
/** Waits until the selected tab of `#w` reads `label`. */
const tabShown = (/** @type {Page} */ page, /** @type {string} */ label) => page.waitForFunction((label) =>
  /** @type {Widget} */ (document.getElementById('w')).shadowRoot.querySelector('[role="tab"][aria-selected="true"]')?.textContent === label, label);
const frames = (/** @type {Page} */ page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('view: the property switches views, and null or undefined removes the attribute', async () => {
  const { context, page, errors } = await openPage();
  await page.evaluate(() => {
    window.viewChanges = [];
    document.addEventListener('viewchange', (event) => window.viewChanges.push({ id: /** @type {Element} */ (event.target).id, ...event.detail }));
  });
  assert.equal(await page.evaluate(() => /** @type {Widget} */ (document.getElementById('w')).view), 'output');
  assert.equal((await afterChange(page, 'view', "widget.view = 'talent'")).attribute, 'talent');
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('w')).view === 'talent');
  assert.equal(await selectedTab(page), 'Returnee talent');

  const removed = await afterChange(page, 'view', 'widget.view = null');
  assert.equal(removed.has, false, `view = null removes the attribute, found view="${removed.attribute}"`);
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('w')).view === 'companies');
  assert.equal(await selectedTab(page), 'Companies', 'without the attribute the first view shows');

  await afterChange(page, 'view', "widget.view = 'output'");
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('w')).view === 'output');
  assert.equal((await afterChange(page, 'view', 'widget.view = undefined')).has, false);
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('w')).view === 'companies');
  assert.deepEqual(await page.evaluate(() => window.viewChanges), [
    { id: 'w', view: 'talent', previous: 'output' },
    { id: 'w', view: 'companies', previous: 'talent' },
    { id: 'w', view: 'output', previous: 'companies' },
    { id: 'w', view: 'companies', previous: 'output' },
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('lang and theme: setting redraws, null removes the attribute and the widget follows the page again', async () => {
  const { context, page, errors } = await openPage();
  assert.deepEqual(await afterChange(page, 'lang', ''), { attribute: null, has: false, property: '' });
  assert.deepEqual(await afterChange(page, 'lang', "widget.lang = 'zh-CN'"), { attribute: 'zh-CN', has: true, property: 'zh-CN' });
  await tabShown(page, '产值增长');
  assert.deepEqual(await afterChange(page, 'lang', 'widget.lang = null'), { attribute: null, has: false, property: '' });
  await tabShown(page, 'Output growth');

  assert.deepEqual(await afterChange(page, 'theme', ''), { attribute: null, has: false, property: 'auto' });
  await frames(page);
  const light = await canvasHash(page, '#w');
  assert.deepEqual(await afterChange(page, 'theme', "widget.theme = 'dark'"), { attribute: 'dark', has: true, property: 'dark' });
  await frames(page);
  assert.equal(await page.evaluate(() => /** @type {Widget} */ (document.getElementById('w')).shadowRoot.querySelector('.frame').dataset.theme), 'dark');
  assert.notEqual(await canvasHash(page, '#w'), light, 'the dark theme redraws the chart');
  // An unknown value reads as the theme the widget falls back to.
  assert.deepEqual(await afterChange(page, 'theme', "widget.setAttribute('theme', 'sepia')"), { attribute: 'sepia', has: true, property: 'auto' });
  assert.deepEqual(await afterChange(page, 'theme', 'widget.theme = null'), { attribute: null, has: false, property: 'auto' });
  await frames(page);
  assert.equal(await canvasHash(page, '#w'), light, 'without the attribute the reader\'s light scheme is followed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('loading and src: eager starts a far widget, a src is fetched, and null brings back the embedded data', async () => {
  const { context, page, errors } = await openPage();
  const late = () => page.evaluate(() => {
    const widget = /** @type {Widget} */ (document.getElementById('late'));
    widget.ready.then(() => { window.lateReady = true; });
    return { loading: widget.loading, attribute: widget.getAttribute('loading'), ready: window.lateReady === true };
  });
  await frames(page);
  assert.deepEqual(await late(), { loading: 'lazy', attribute: null, ready: false }, 'a lazy widget far below waits');
  await page.evaluate(() => { /** @type {Widget} */ (document.getElementById('late')).loading = 'eager'; });
  await widgetReady(page, '#late');
  assert.deepEqual(await late(), { loading: 'eager', attribute: 'eager', ready: true });
  assert.deepEqual(await afterChange(page, 'loading', 'widget.loading = null'), { attribute: null, has: false, property: 'lazy' });
  assert.deepEqual(await afterChange(page, 'loading', "widget.setAttribute('loading', 'soon')"), { attribute: 'soon', has: true, property: 'lazy' });

  assert.deepEqual(await afterChange(page, 'src', ''), { attribute: null, has: false, property: null });
  await page.evaluate(() => {
    window.dataErrors = [];
    document.addEventListener('dataerror', (event) => window.dataErrors.push(event.detail.errors.map((e) => e.message)));
  });
  assert.deepEqual(await afterChange(page, 'src', "widget.src = 'missing.json'"), { attribute: 'missing.json', has: true, property: 'missing.json' });
  await page.waitForFunction(() => window.dataErrors.length === 1);
  assert.match((await page.evaluate(() => window.dataErrors))[0][0], /missing\.json, found HTTP 404/);
  assert.equal(await page.evaluate(() => /** @type {Widget} */ (document.getElementById('w')).errors?.length), 1);
  assert.deepEqual(await afterChange(page, 'src', 'widget.src = undefined'), { attribute: null, has: false, property: null });
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('w')).errors === null);
  await tabShown(page, 'Output growth');
  // The console error is the widget's report of the failed fetch, as intended.
  assert.deepEqual(errors.filter((e) => !/missing\.json|404/.test(e)), []);
  await context.close();
});
