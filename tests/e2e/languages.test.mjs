// End to end: the languages whose words the wasm does not carry (issue 23: Spanish, French,
// German, Portuguese, Japanese). A one-language document in each draws in it, its words
// fetched once from lang/<code>.json beside the module and nothing else fetched for a page that
// does not show one; French writes its numbers with narrow no-break spaces; a reader's regional
// tag (`pt-BR`, `fr-CA`, `en-GB`) picks the closest language the document declares; a live
// switch to a language not yet loaded draws in it once its words come. `UPDATE_SCREENSHOTS=1`
// writes docs/lang-<code>.png (desktop) and docs/lang-<code>-phone.png (360 px).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { canvasHash, useBrowser, watchErrors, widgetReady } from './browser.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const updateScreenshots = Boolean(process.env.UPDATE_SCREENSHOTS);
const env = useBrowser();

const FIXTURE = {
  es: '0006_spanish_only',
  fr: '0007_french_only',
  de: '0008_german_only',
  pt: '0009_portuguese_only',
  ja: '0010_japanese_only',
};
// Words only the language's own table writes: its download button, and the output view's
// first rate (`plus de 30 %` with a narrow no-break space in French, a no-break space in
// German and Spanish, none in Portuguese and Japanese) as its description says it.
/** @type {Record<string, { tag: string, button: string, rate: string }>} */
const EXPECTED = {
  es: { tag: 'es', button: 'Descargar imagen (PNG)', rate: 'más de 30\u00a0%' },
  fr: { tag: 'fr', button: 'Télécharger l’image (PNG)', rate: 'plus de 30\u202f%' },
  de: { tag: 'de', button: 'Bild herunterladen (PNG)', rate: 'mehr als 30\u00a0%' },
  pt: { tag: 'pt-BR', button: 'Baixar imagem (PNG)', rate: 'mais de 30%' },
  ja: { tag: 'ja', button: '画像をダウンロード（PNG）', rate: '30%超' },
};

/**
 * A page with one widget of `text` (a child script), `lang` on the page and on the widget.
 * @param {string | null} text
 * @param {{ pageLang?: string, lang?: string | null, width?: number }} [options]
 */
async function widgetPage(text, { pageLang = 'en', lang = null, width = 900 } = {}) {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  const errors = watchErrors(page);
  /** @type {string[]} */
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  const body = `<!doctype html><html lang="${pageLang}"><body>
    <pingshan-infographic loading="eager"${lang ? ` lang="${lang}"` : ''}></pingshan-infographic>
    <script type="module" src="pingshan-infographic.js"></script></body></html>`;
  await page.route('**/fixture.html', (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(`${env.server.url}fixture.html`);
  if (text !== null) {
    await page.evaluate((text) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = text;
      document.querySelector('pingshan-infographic').append(script);
    }, text);
  }
  await widgetReady(page);
  return { page, errors, fetched };
}

/**
 * What the widget shows in words: the frame's `lang`, its tabs, buttons and descriptions.
 * @param {Page} page
 */
function shown(page) {
  return page.evaluate(() => {
    const root = document.querySelector('pingshan-infographic').shadowRoot;
    const texts = (/** @type {string} */ selector) => [...root.querySelectorAll(selector)].map((node) => node.textContent);
    return {
      lang: root.querySelector('[lang]')?.getAttribute('lang'),
      tabs: texts('[role="tab"]'),
      buttons: [...root.querySelectorAll('button[part="download"]')].map((b) => b.getAttribute('aria-label') || b.textContent),
      descriptions: texts('p[id^="description-"]'),
      alert: !root.querySelector('[role="alert"]')?.hidden,
    };
  });
}

/**
 * `text` (a one-language document) also written in English (`EN …`), English first.
 * @param {string} text @param {string} code
 */
function withEnglish(text, code) {
  const document = JSON.parse(text);
  /** @param {unknown} value */
  const add = (value) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      const node = /** @type {Record<string, unknown>} */ (value);
      if (typeof node[code] === 'string' && Object.keys(node).length === 1) {
        const value = node[code];
        delete node[code];
        node.en = `EN ${value}`;
        node[code] = value;
      } else Object.values(node).forEach(add);
    }
  };
  add(document);
  document.languages = ['en', code];
  return JSON.stringify(document);
}

for (const [code, name] of Object.entries(FIXTURE)) {
  test(`a ${code}-only document draws in ${code}, its words fetched once`, async () => {
    const text = await readFile(`${FIXTURES}${name}.json`, 'utf8');
    const expected = EXPECTED[code];
    // On an English page: the document's one language wins.
    const { page, errors, fetched } = await widgetPage(text);
    await page.waitForFunction((button) => {
      const root = document.querySelector('pingshan-infographic').shadowRoot;
      return [...root.querySelectorAll('button[part="download"]')].some((b) => (b.getAttribute('aria-label') || b.textContent) === button);
    }, expected.button, { timeout: 10000 });
    const widget = await shown(page);
    assert.equal(widget.alert, false, `${code}: no errors`);
    assert.equal(widget.lang, expected.tag);
    assert.equal(fetched.filter((path) => path.endsWith(`/lang/${code}.json`)).length, 1, fetched.join(' '));
    assert.deepEqual(fetched.filter((path) => path.includes('/lang/') && !path.endsWith(`/${code}.json`)), []);
    // The output view: its rates in the language's words and spacing.
    await page.locator('pingshan-infographic [role="tab"]').nth(1).click();
    await page.waitForFunction(() => document.querySelector('pingshan-infographic').view === 'output');
    const { descriptions } = await shown(page);
    assert.ok(descriptions.some((description) => description.includes(expected.rate)), `${code}: ${descriptions.join(' | ')}`);
    // Drawn first in English's words (the file was not asked for on an English page), the
    // chart is drawn again in the language's once they come: as a page in the language, which
    // fetched them with the wasm, draws it at once.
    await page.locator('pingshan-infographic [role="tab"]').nth(0).click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const redrawn = await canvasHash(page);
    const own = await widgetPage(text, { pageLang: code });
    await own.page.waitForFunction((tag) => document.querySelector('pingshan-infographic').shadowRoot.querySelector(`[lang="${tag}"]`), expected.tag);
    await own.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(redrawn, await canvasHash(own.page), `${code}: the chart drawn again in its words`);
    assert.deepEqual(own.errors, []);
    await own.page.close();
    if (updateScreenshots) {
      await page.locator('pingshan-infographic').screenshot({ path: `${DOCS}lang-${code}.png` });
      await page.setViewportSize({ width: 360, height: 900 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.locator('pingshan-infographic').screenshot({ path: `${DOCS}lang-${code}-phone.png` });
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('French writes its numbers with narrow no-break spaces, on the canvas as in the table', async () => {
  const text = await readFile(`${FIXTURES}${FIXTURE.fr}.json`, 'utf8');
  const { page, errors } = await widgetPage(text, { pageLang: 'fr-CA' });
  await page.waitForFunction(() => document.querySelector('pingshan-infographic').shadowRoot.querySelector('[lang="fr"]'));
  // The table of the companies view: `615 entreprises` tied by a no-break space.
  const cells = await page.evaluate(() => [...document.querySelector('pingshan-infographic').shadowRoot.querySelectorAll('td, th')].map((cell) => cell.textContent));
  assert.ok(cells.includes('615\u00a0entreprises'), cells.join(' | '));
  const { descriptions } = await shown(page);
  assert.ok(descriptions[0].includes('Entreprises biopharmaceutiques du district de Pingshan\u00a0: 615\u00a0entreprises'), descriptions[0]);
  assert.ok(!descriptions.join('').includes('30%'), 'no percent without its space');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a reader’s regional tag picks the closest declared language: pt-BR Portuguese, en-GB English, fr-CA the default', async () => {
  const text = withEnglish(await readFile(`${FIXTURES}${FIXTURE.pt}.json`, 'utf8'), 'pt');
  for (const [pageLang, lang, tabs] of /** @type {[string, string | null, string][]} */ ([
    ['pt-BR', null, 'Empresas'],
    ['en', 'pt-BR', 'Empresas'],
    ['pt-PT', null, 'Empresas'],
    ['en-GB', null, 'EN Empresas'],
    ['fr-CA', null, 'EN Empresas'],
  ])) {
    const { page, errors } = await widgetPage(text, { pageLang, lang });
    const tag = tabs.startsWith('EN') ? 'en' : 'pt-BR';
    // The document's words (its tabs), and the interface's in the same language (the frame's
    // `lang`, from the host's words: Portuguese's once its file has come).
    await page.waitForFunction(([tab, tag]) => {
      const root = document.querySelector('pingshan-infographic').shadowRoot;
      return root.querySelector('[role="tab"]')?.textContent === tab && root.querySelector('[lang]')?.getAttribute('lang') === tag;
    }, [tabs, tag], { timeout: 10000 });
    const widget = await shown(page);
    assert.equal(widget.lang, tag, `${pageLang} ${lang}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('a live switch to a language not yet loaded draws in it once its words come', async () => {
  const text = withEnglish(await readFile(`${FIXTURES}${FIXTURE.ja}.json`, 'utf8'), 'ja');
  const { page, errors, fetched } = await widgetPage(text, { pageLang: 'en' });
  assert.equal((await shown(page)).lang, 'en');
  assert.deepEqual(fetched.filter((path) => path.includes('/lang/')), [], 'an English reader fetches no words');
  await page.evaluate(() => { document.documentElement.lang = 'ja-JP'; });
  await page.waitForFunction(() => {
    const root = document.querySelector('pingshan-infographic').shadowRoot;
    return [...root.querySelectorAll('p[id^="description-"]')].some((p) => p.textContent.startsWith('坪山区のバイオ医薬企業：615社。'));
  }, null, { timeout: 10000 });
  assert.equal((await shown(page)).lang, 'ja');
  // The chart too is drawn again in Japanese's words (the layouts made with English's in their
  // place are dropped), as on a page in Japanese from the start.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const own = await widgetPage(text, { pageLang: 'ja-JP' });
  await own.page.waitForFunction(() => document.querySelector('pingshan-infographic').shadowRoot.querySelector('[lang="ja"]'));
  await own.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await canvasHash(page), await canvasHash(own.page));
  await own.page.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('a French page showing the embedded document pays for no language file', async () => {
  const { page, errors, fetched } = await widgetPage(null, { pageLang: 'fr' });
  const widget = await shown(page);
  assert.equal(widget.lang, 'en', 'the embedded document is not written in French');
  assert.deepEqual(fetched.filter((path) => path.includes('/lang/')), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the editor previews the languages a document declares, a French one in French', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1500, height: 1000 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}editor.html`);
  await page.waitForFunction(() => document.querySelector('#preview-wide pingshan-infographic'));
  await widgetReady(page, '#preview-wide pingshan-infographic');
  const offered = () => page.evaluate(() => [.../** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll('input[name="lang"]'))]
    .filter((input) => !/** @type {HTMLLabelElement} */ (input.closest('label')).hidden).map((input) => input.value));
  assert.deepEqual(await offered(), ['en', 'zh', 'zh-Hant'], 'the example declares three');
  const text = withEnglish(await readFile(`${FIXTURES}${FIXTURE.fr}.json`, 'utf8'), 'fr');
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
  await page.waitForFunction(() => [...document.querySelectorAll('input[name="lang"]')]
    .filter((input) => !/** @type {HTMLLabelElement} */ (input.closest('label')).hidden).length === 2, null, { timeout: 15000 });
  assert.deepEqual(await offered(), ['en', 'fr']);
  await page.locator('input[name="lang"][value="fr"]').check();
  await page.waitForFunction(() => {
    const root = document.querySelector('#preview-wide pingshan-infographic')?.shadowRoot;
    return root?.querySelector('[lang="fr"]') && root.querySelector('[role="tab"]')?.textContent === 'Entreprises';
  }, null, { timeout: 15000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a document given while the wasm loads is drawn in its language’s words from its first frame', async () => {
  const text = withEnglish(await readFile(`${FIXTURES}${FIXTURE.pt}.json`, 'utf8'), 'pt');
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  const body = `<!doctype html><html lang="pt-PT"><body><pingshan-infographic loading="eager"></pingshan-infographic>
    <script type="module" src="pingshan-infographic.js"></script></body></html>`;
  await page.route('**/fixture.html', (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(`${env.server.url}fixture.html`);
  // The document comes while the widget's first load (of the embedded document) waits for the
  // wasm; every frame's language of the interface and first tab is recorded.
  await page.evaluate((text) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    document.querySelector('pingshan-infographic').append(script);
    window.seen = [];
    const record = () => {
      const root = document.querySelector('pingshan-infographic').shadowRoot;
      const shown = `${root.querySelector('[lang]')?.getAttribute('lang')} ${root.querySelector('[role="tab"]')?.textContent}`;
      if (window.seen.at(-1) !== shown) window.seen.push(shown);
      if (!shown.startsWith('pt-BR Empresas')) requestAnimationFrame(record);
    };
    record();
  }, text);
  await page.waitForFunction(() => window.seen.at(-1) === 'pt-BR Empresas', null, { timeout: 10000 });
  const seen = await page.evaluate(() => window.seen);
  assert.ok(!seen.includes('en Empresas'), `Portuguese tabs with English's interface words: ${seen.join(' | ')}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the article’s own language (source.language) labels and marks its sentence and names', async () => {
  // The embedded document, its article declared Chinese: a Chinese widget labels its sentence
  // plainly and marks nothing; an English one names the article's language and marks Chinese.
  const embedded = await readFile(fileURLToPath(new URL('../../src/data/pingshan.json', import.meta.url)), 'utf8');
  const text = embedded.replace('"names": {', '"language": "zh", "names": {');
  assert.notEqual(text, embedded);
  const read = (/** @type {Page} */ page) => page.evaluate(() => {
    const root = document.querySelector('pingshan-infographic').shadowRoot;
    const table = /** @type {HTMLTableElement} */ (root.querySelector('table'));
    return {
      header: /** @type {Element} */ ([...table.querySelectorAll('thead th')].at(-1)).textContent,
      quoteLangs: [...new Set([...table.querySelectorAll('tbody tr')].map((row) => /** @type {HTMLElement} */ (row.lastElementChild).lang))],
      source: /** @type {Element} */ (root.querySelector('[part="source"]')).textContent,
      sourceLangs: [.../** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('[part="source"] [lang]'))].map((span) => span.lang),
    };
  });
  const chinese = await widgetPage(text, { pageLang: 'zh-CN' });
  const zh = await read(chinese.page);
  assert.equal(zh.header, '原句');
  assert.deepEqual(zh.quoteLangs, ['zh']);
  assert.match(zh.source, /^来源：坪山区科技创新局、坪山区融媒体中心，《Zhong Nanshan/);
  assert.deepEqual(zh.sourceLangs, []);
  assert.deepEqual(chinese.errors, []);
  await chinese.page.close();
  const english = await widgetPage(text, { pageLang: 'en' });
  const en = await read(english.page);
  assert.equal(en.header, 'Article sentence (Chinese)');
  assert.deepEqual(en.quoteLangs, ['zh']);
  assert.deepEqual(en.sourceLangs, ['zh', 'zh', 'zh']);
  assert.deepEqual(english.errors, []);
  await english.page.close();
});
