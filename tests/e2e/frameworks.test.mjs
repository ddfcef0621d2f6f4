// End to end, issue 25: framework habits. A property set on the element before its module
// defines it (Angular's bindings, Vue's `.prop`, Astro, a lazy script) is an own property of
// the instance that would shadow the accessor; on upgrade the element takes it through the
// accessor, acts on it, and its own tabs and later changes keep working. A document given as
// the `data` property or a child script the page changes; the page's own dark mode; the view
// kept in the address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { canvasHash, useBrowser, watchErrors, widgetReady } from './browser.mjs';

const env = useBrowser();

test('properties set before the element is defined are taken on upgrade, and keep working after', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route('**/upgrade.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><body><pingshan-infographic loading="eager"></pingshan-infographic>
      <script>
        const widget = document.querySelector('pingshan-infographic');
        widget.view = 'talent';
        widget.theme = 'dark';
        widget.lang = 'zh';
      </script></body></html>`,
  }));
  await page.goto(`${env.server.url}upgrade.html`);
  assert.equal(await page.evaluate(() => Object.hasOwn(document.querySelector('pingshan-infographic'), 'view')), true,
    'before the module, an own property');
  // The page's address of the module, which the checker cannot resolve from here.
  await page.evaluate(() => { const url = './pingshan-infographic.js'; return import(url); });
  await widgetReady(page);
  const state = await page.evaluate(() => {
    const widget = document.querySelector('pingshan-infographic');
    return {
      own: ['view', 'theme', 'lang'].filter((name) => Object.hasOwn(widget, name)),
      view: widget.view,
      attributes: [widget.getAttribute('view'), widget.getAttribute('theme'), widget.getAttribute('lang')],
      selected: /** @type {Element} */ (widget.shadowRoot.querySelector('[role="tab"][aria-selected="true"]')).textContent,
    };
  });
  assert.deepEqual(state, { own: [], view: 'talent', attributes: ['talent', 'dark', 'zh'], selected: '海归人才' });
  // The element's own tabs and a later property both still act.
  await page.locator('pingshan-infographic [role="tab"]').first().click();
  await page.waitForFunction(() => document.querySelector('pingshan-infographic').view === 'companies');
  await page.evaluate(() => { document.querySelector('pingshan-infographic').view = 'output'; });
  await page.waitForFunction(() => document.querySelector('pingshan-infographic').shadowRoot
    .querySelector('[role="tab"][aria-selected="true"]')?.textContent === '产值增长');
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * A document of the page's own, with its first view's title changed to `title`.
 * @param {string} title
 */
async function documentTitled(title) {
  const document = JSON.parse(await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8'));
  document.views[0].title.en = title;
  return document;
}

const titleShown = (/** @type {Page} */ page, selector = 'pingshan-infographic') => page.evaluate((s) =>
  /** @type {Widget} */ (document.querySelector(s)).shadowRoot.querySelector('canvas:not([aria-hidden])')?.getAttribute('aria-label'), selector);

test('item 3: a document given as the data property, before or after upgrade, as an object or its text', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const first = await documentTitled('Given as a property');
  const child = await documentTitled('From the child script');
  await page.route('**/data-property.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><body>
      <pingshan-infographic id="given" loading="eager">
        <script type="application/json">${JSON.stringify(child)}</script>
      </pingshan-infographic>
      <script>document.getElementById('given').data = ${JSON.stringify(first)};</script></body></html>`,
  }));
  await page.goto(`${env.server.url}data-property.html`);
  // The page's address of the module, which the checker cannot resolve from here.
  await page.evaluate(() => { const url = './pingshan-infographic.js'; return import(url); });
  await widgetReady(page, '#given');
  assert.equal(await titleShown(page), 'Given as a property', 'the property wins over the child script');
  assert.equal(await page.evaluate(() => Object.hasOwn(/** @type {Widget} */ (document.getElementById('given')), 'data')), false);

  // Set again (a framework's next render), as text: redrawn with it.
  const second = JSON.stringify(await documentTitled('Set again, as text'));
  await page.evaluate((text) => { /** @type {Widget} */ (document.getElementById('given')).data = text; }, second);
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('given')).shadowRoot
    .querySelector('canvas:not([aria-hidden])')?.getAttribute('aria-label') === 'Set again, as text');
  assert.equal(await page.evaluate(() => typeof /** @type {Widget} */ (document.getElementById('given')).data), 'string');

  // null gives the child script back.
  await page.evaluate(() => { /** @type {Widget} */ (document.getElementById('given')).data = null; });
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('given')).shadowRoot
    .querySelector('canvas:not([aria-hidden])')?.getAttribute('aria-label') === 'From the child script');
  // So does '', which Preact sets for a prop given as null (tests/frameworks/preact/).
  await page.evaluate((doc) => { /** @type {Widget} */ (document.getElementById('given')).data = doc; }, first);
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('given')).shadowRoot
    .querySelector('canvas:not([aria-hidden])')?.getAttribute('aria-label') === 'Given as a property');
  await page.evaluate(() => { /** @type {Widget} */ (document.getElementById('given')).data = ''; });
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('given')).shadowRoot
    .querySelector('canvas:not([aria-hidden])')?.getAttribute('aria-label') === 'From the child script');
  assert.equal(await page.evaluate(() => /** @type {Widget} */ (document.getElementById('given')).data), null);

  // What is no JSON document, and a document with an error, each get their message.
  await page.evaluate(() => {
    /** @type {Record<string, unknown>} */
    const circular = {};
    circular.self = circular;
    /** @type {Widget} */ (document.getElementById('given')).data = circular;
  });
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('given')).errors);
  assert.match(await page.locator('#given [role="alert"]').textContent() ?? '', /data: expected a JSON document \(an object, or its text\), found .*circular/i);
  const broken = await documentTitled('Broken');
  delete broken.views[0].title;
  await page.evaluate((doc) => { /** @type {Widget} */ (document.getElementById('given')).data = doc; }, broken);
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('given')).errors?.some((e) => e.path.startsWith('views[0]')));
  // And a good one after them draws again.
  await page.evaluate((doc) => { /** @type {Widget} */ (document.getElementById('given')).data = doc; }, first);
  await page.waitForFunction(() => !/** @type {Widget} */ (document.getElementById('given')).errors && /** @type {Widget} */ (document.getElementById('given')).shadowRoot
    .querySelector('canvas:not([aria-hidden])')?.getAttribute('aria-label') === 'Given as a property');
  assert.ok(errors.every((e) => /data: expected a JSON document|views\[0\]/.test(e)), errors.join('\n'));
  await context.close();
});

test('item 3: a child script changed or replaced by the page is read again', async () => {
  const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
  const errors = watchErrors(page);
  await page.route('**/child-script.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><body>
      <pingshan-infographic loading="eager"><script type="application/json"></script></pingshan-infographic>
      <script type="module" src="pingshan-infographic.js"></script></body></html>`,
  }));
  await page.goto(`${env.server.url}child-script.html`);
  // A framework fills the template after the element has started: first an empty script.
  await page.evaluate(async (text) => {
    const widget = document.querySelector('pingshan-infographic');
    await widget.ready;
    /** @type {HTMLScriptElement} */ (widget.querySelector('script')).textContent = text;
  }, JSON.stringify(await documentTitled('Filled in later')));
  await page.waitForFunction(() => document.querySelector('pingshan-infographic').shadowRoot
    .querySelector('canvas:not([aria-hidden])')?.getAttribute('aria-label') === 'Filled in later');
  // Then replaced by a new node, as a virtual DOM does.
  await page.evaluate((text) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    /** @type {HTMLScriptElement} */ (document.querySelector('pingshan-infographic script')).replaceWith(script);
  }, JSON.stringify(await documentTitled('A new script node')));
  await page.waitForFunction(() => document.querySelector('pingshan-infographic').shadowRoot
    .querySelector('canvas:not([aria-hidden])')?.getAttribute('aria-label') === 'A new script node');
  // A change elsewhere among the children (fallback content) loads nothing again.
  const loads = await page.evaluate(async () => {
    const widget = document.querySelector('pingshan-infographic');
    let drawn = 0;
    const canvas = widget.shadowRoot.querySelector('canvas:not([aria-hidden])');
    widget.append(Object.assign(document.createElement('p'), { slot: 'fallback', textContent: 'Figures' }));
    await new Promise((r) => setTimeout(r, 300));
    if (widget.shadowRoot.querySelector('canvas:not([aria-hidden])') !== canvas) drawn += 1;
    return drawn;
  });
  assert.equal(loads, 0, 'the same document is not loaded again');
  // The empty script at first is a document error, said at its place; nothing else is logged.
  assert.ok(errors.every((e) => e.includes('could not be shown')), errors.join('\n'));
  await page.close();
});

test('item 9: theme auto follows the color-scheme the page sets, live, and the reader where it sets none', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.route('**/dark-mode.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><style>:root.dark { color-scheme: dark; background: #111; }
      :root.light { color-scheme: light; }</style></head><body>
      <pingshan-infographic loading="eager"></pingshan-infographic>
      <script type="module" src="pingshan-infographic.js"></script></body></html>`,
  }));
  await page.goto(`${env.server.url}dark-mode.html`);
  await widgetReady(page);
  const theme = () => page.evaluate(() => document.querySelector('pingshan-infographic').shadowRoot.querySelector('.frame').dataset.theme);
  const themeBecomes = (/** @type {string} */ name) => page.waitForFunction((n) =>
    document.querySelector('pingshan-infographic').shadowRoot.querySelector('.frame').dataset.theme === n, name);
  assert.equal(await theme(), 'light');
  const light = await canvasHash(page);
  // The site's own toggle: a class on the root that sets color-scheme.
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await themeBecomes('dark');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.notEqual(await canvasHash(page), light, 'the chart is redrawn dark');
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  await themeBecomes('light');
  // The page's choice wins over the reader's; with none, the reader's setting is followed.
  await page.evaluate(() => document.documentElement.classList.add('light'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
  assert.equal(await theme(), 'light', 'a page that says light stays light');
  await page.evaluate(() => document.documentElement.classList.remove('light'));
  await themeBecomes('dark');
  // An explicit theme is not overridden by the page.
  await page.evaluate(() => {
    document.documentElement.classList.add('light');
    document.querySelector('pingshan-infographic').theme = 'dark';
  });
  await page.waitForTimeout(300);
  assert.equal(await theme(), 'dark');
  assert.deepEqual(errors, []);
  await context.close();
});

test('item 10: with share, the view is kept in the address fragment and restored from it', async () => {
  const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
  const errors = watchErrors(page);
  await page.route('**/share.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><body>
      <pingshan-infographic id="figures" share loading="eager"></pingshan-infographic>
      <pingshan-infographic id="plain" loading="eager"></pingshan-infographic>
      <script type="module" src="pingshan-infographic.js"></script></body></html>`,
  }));
  await page.goto(`${env.server.url}share.html#section-2&figures=talent`);
  await widgetReady(page, '#figures');
  await widgetReady(page, '#plain');
  assert.equal(await page.evaluate(() => /** @type {Widget} */ (document.getElementById('figures')).view), 'talent', 'restored from the address');
  assert.equal(await page.evaluate(() => /** @type {Widget} */ (document.getElementById('plain')).view), 'companies', 'a widget without share ignores it');
  const historyLength = await page.evaluate(() => history.length);
  await page.locator('#figures [role="tab"]').nth(1).click();
  await page.waitForFunction(() => location.hash === '#section-2&figures=output');
  assert.equal(await page.evaluate(() => history.length), historyLength, 'the address is replaced, not pushed');
  // The reader's other tabs leave the address alone.
  await page.locator('#plain [role="tab"]').nth(2).click();
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('plain')).view === 'talent');
  assert.equal(await page.evaluate(() => location.hash), '#section-2&figures=output');
  // A link within the page that names a view shows it.
  await page.evaluate(() => { location.hash = 'figures=companies'; });
  await page.waitForFunction(() => /** @type {Widget} */ (document.getElementById('figures')).view === 'companies');
  assert.deepEqual(errors, []);
  await page.close();
});
