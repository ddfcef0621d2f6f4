// End to end: data an editor (or an attacker) might paste in. Every document of the bad corpus
// shows its own errors in its widget's alert and on the console, exactly as the native tests
// expect them, while a neighbouring widget keeps working; markup in every text field stays
// text; `src` is size-capped, time-limited and CORS-bound; a trap in one widget stays there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { useBrowser, watchErrors, widgetReady } from './browser.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const env = useBrowser();

const SCRIPT = '<script type="module" src="pingshan-infographic.js"></script>';

/**
 * @param {string} body
 * @param {{ extraRoutes?: Record<string, (route: import('playwright-core').Route) => unknown> }} [options]
 */
async function fixturePage(body, { extraRoutes = {} } = {}) {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 800 } });
  const errors = watchErrors(page);
  /** @type {string[]} */
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await page.route('**/fixture.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html>${body}` }));
  for (const [pattern, handler] of Object.entries(extraRoutes)) await page.route(pattern, handler);
  await page.goto(`${env.server.url}fixture.html`);
  return { page, errors, dialogs };
}

/**
 * Adds a widget whose data is `text`, through the DOM (the text is never parsed as HTML).
 * @param {Page} page @param {string} id @param {string | null} text @param {Record<string, string>} [attributes]
 */
function addWidget(page, id, text, attributes = {}) {
  return page.evaluate(([id, text, attributes]) => {
    const widget = document.createElement('pingshan-infographic');
    widget.id = id;
    widget.setAttribute('loading', 'eager');
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    if (text !== null) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      widget.append(script);
    }
    document.body.append(widget);
  }, /** @type {[string, string | null, Record<string, string>]} */ ([id, text, attributes]));
}

const alertLines = (/** @type {Page} */ page, /** @type {string} */ id) => page.locator(`#${id} [role="alert"] li`).allTextContents();

test('every bad document shows its own errors, and the neighbour keeps working', async () => {
  const names = (await readdir(`${FIXTURES}bad`)).filter((name) => name.endsWith('.json')).sort();
  assert.ok(names.length >= 30, `the corpus has ${names.length} documents`);
  const { page, errors } = await fixturePage(SCRIPT);
  await addWidget(page, 'neighbour', null);
  for (const [index, name] of names.entries()) {
    await addWidget(page, `bad${index}`, await readFile(`${FIXTURES}bad/${name}`, 'utf8'));
  }
  for (const [index, name] of names.entries()) {
    await widgetReady(page, `#bad${index}`);
    const expected = (await readFile(`${FIXTURES}bad/${name.replace('.json', '.txt')}`, 'utf8')).trim().split('\n');
    const shown = await alertLines(page, `bad${index}`);
    // Syntax errors included: the crate reads JSON itself, so they read as they do natively.
    assert.deepEqual(shown, expected, name);
    assert.ok(await page.locator(`#bad${index} [role="alert"]`).isVisible(), `${name}: alert visible`);
    assert.ok(errors.some((e) => e.includes(shown[0])), `${name}: the same message is on the console`);
  }
  await widgetReady(page, '#neighbour');
  await page.locator('#neighbour [role="tab"]').nth(1).click();
  await page.waitForFunction(() => /** @type {Widget} */ (document.querySelector('#neighbour')).view === 'output');
  assert.equal(await page.locator('#neighbour [role="alert"]').isVisible(), false);
  await page.close();
});

test('markup, scripts, right-to-left text and emoji in every text field stay text', async () => {
  const hostile = await readFile(`${FIXTURES}valid/0002_markup_rtl_emoji_in_text.json`, 'utf8');
  const { page, errors, dialogs } = await fixturePage(SCRIPT);
  await addWidget(page, 'hostile', hostile);
  await widgetReady(page, '#hostile');
  const widget = page.locator('#hostile');
  assert.equal(await widget.locator('[role="tab"]').first().textContent(), '<i>Companies</i>');
  assert.match(await widget.locator('.source').textContent() ?? '', /"><svg onload=alert\(1\)>/);
  assert.match(await widget.locator('canvas:not([aria-hidden])').getAttribute('aria-label') ?? '', /^<\/canvas><b onmouseover=alert\(1\)>bold\?<\/b>$/);
  const rows = await widget.locator('tbody th').allTextContents();
  assert.ok(rows.includes('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'));
  assert.ok(rows.includes('שלום עולם مرحبا — BT Avenue'));
  assert.ok(rows.includes('Listed 🧬🏙️ e\u0301 n\u0303 👩🏽‍🔬'));
  // Walk every mark so each tooltip renders its hostile text too.
  await widget.locator('canvas:not([aria-hidden])').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
  const injected = await page.evaluate(() => {
    const root = /** @type {Widget} */ (document.querySelector('#hostile')).shadowRoot;
    return {
      pwned: window.__pwned ?? null,
      elements: root.querySelectorAll('img, script, svg, b, i, u, a').length,
    };
  });
  assert.deepEqual(injected, { pwned: null, elements: 0 });
  assert.deepEqual(dialogs, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('src is capped in size, limited in time, and bound by CORS', async () => {
  const valid = await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8');
  const corsServer = await serve({ headers: { 'access-control-allow-origin': '*' } });
  const plainServer = await serve();
  const { page } = await fixturePage(SCRIPT, {
    extraRoutes: {
      '**/huge.json': (route) => route.fulfill({ contentType: 'application/json', body: `{"pad": "${'x'.repeat(300 * 1024)}"}` }),
      '**/slow.json': () => {}, // Never answers.
      '**/missing.json': (route) => route.fulfill({ status: 404, body: 'no' }),
    },
  });
  // The CORS-enabled server on another port (another origin) serves the same www/ files.
  await page.route(`${corsServer.url}cors.json`, (route) => route.fulfill({
    contentType: 'application/json', body: valid, headers: { 'access-control-allow-origin': '*' },
  }));
  await addWidget(page, 'huge', null, { src: 'huge.json' });
  await addWidget(page, 'missing', null, { src: 'missing.json' });
  await addWidget(page, 'cors', null, { src: `${corsServer.url}cors.json` });
  await addWidget(page, 'nocors', null, { src: `${plainServer.url}favicon.svg` });
  await addWidget(page, 'slow', null, { src: 'slow.json' });
  for (const id of ['huge', 'missing', 'cors', 'nocors']) await widgetReady(page, `#${id}`);
  assert.deepEqual(await alertLines(page, 'huge'), ['(document): expected a document of at most 262144 bytes, found 307211 bytes']);
  assert.match((await alertLines(page, 'missing'))[0], /^src: expected HTTP 200 from .*missing\.json, found HTTP 404$/);
  assert.equal(await page.locator('#cors [role="tab"]').count(), 3, 'a CORS-enabled cross-origin document loads');
  assert.match((await alertLines(page, 'nocors'))[0], /^src: expected a same-origin or CORS-enabled URL, found a network error/);
  await widgetReady(page, '#slow');
  assert.match((await alertLines(page, 'slow'))[0], /^src: expected an answer from .*slow\.json within 10 s, found none$/);
  await page.close();
  await corsServer.close();
  await plainServer.close();
});

test('a trap inside one widget stays in that widget', async () => {
  // The real wasm bindings, with one widget's render made to trap as a Rust panic does (a
  // panic aborts: the wasm executes `unreachable` and the call throws a RuntimeError). The
  // widget to trap is picked by a marker in its (valid) title.
  const harness = `<script type="module">
    import { useBindings } from './pingshan-infographic.js';
    useBindings(async () => {
      const real = await import('./pkg/pingshan_infographic.js');
      await real.default();
      return { ...real, createWidgetFromText(text) {
        const widget = real.createWidgetFromText(text);
        if (!text.includes('TRAP-THIS-WIDGET')) return widget;
        return new Proxy(widget, { get(target, key) {
          if (key === 'render') return () => { throw new WebAssembly.RuntimeError('unreachable'); };
          const value = target[key];
          return typeof value === 'function' ? value.bind(target) : value;
        } });
      } };
    });
  </script>`;
  const valid = await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8');
  const trapped = valid.replace("Pingshan's biomedical industry in figures", 'TRAP-THIS-WIDGET');
  assert.notEqual(trapped, valid);
  const { page, errors } = await fixturePage(harness);
  await page.waitForFunction(() => customElements.get('pingshan-infographic'));
  await addWidget(page, 'first', valid);
  await addWidget(page, 'trapped', trapped);
  await addWidget(page, 'last', valid);
  for (const id of ['first', 'trapped', 'last']) await widgetReady(page, `#${id}`);
  assert.deepEqual(await alertLines(page, 'trapped'), ['(widget): expected the chart to draw, found unreachable']);
  assert.ok(errors.some((e) => e.includes('unreachable')), 'the trap is logged');
  for (const id of ['first', 'last']) {
    assert.equal(await page.locator(`#${id} [role="alert"]`).isVisible(), false);
    await page.locator(`#${id} [role="tab"]`).nth(2).click();
    await page.waitForFunction((i) => /** @type {Widget} */ (document.querySelector(`#${i}`)).view === 'talent', id);
  }
  await page.close();
});
