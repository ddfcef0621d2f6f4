// End to end: www/dist/, the minified files a newsroom deploys (tools/dist.mjs). The page
// loads one module and one wasm, every view draws and answers the reader, the static
// fallbacks are there for readers without JavaScript, and the files stay within their size
// budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { elementFiles } from '../../tools/element-files.mjs';
import { BUDGETS, PEER_RATIO, brotliSize, gzipSize, peerSize } from '../../bench/sizes.mjs';
import { useBrowser, watchErrors, widgetReady, canvasHash } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = `${ROOT}www/dist/`;
const env = useBrowser();

test('the deployed bundle: one module and one wasm, shared by two widgets, every view drawn', async () => {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 1400 } });
  const errors = watchErrors(page);
  /** @type {string[]} */
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.route('**/dist/fixture.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">
      <script type="module" src="pingshan-infographic.js"></script></head><body>
      <pingshan-infographic id="a" loading="eager"></pingshan-infographic>
      <pingshan-infographic id="b" loading="eager" view="talent" lang="zh"></pingshan-infographic>`,
  }));
  await page.goto(`${env.server.url}dist/fixture.html`);
  await widgetReady(page, '#a');
  await widgetReady(page, '#b');
  assert.deepEqual(fetched.sort(), ['/dist/fixture.html', '/dist/pingshan-infographic.js', '/dist/pkg/pingshan_infographic_bg.wasm']);

  const selected = (/** @type {string} */ id) => page.evaluate((i) => /** @type {Element} */ (/** @type {Widget} */ (document.getElementById(i)).shadowRoot.querySelector('[role="tab"][aria-selected="true"]')).textContent, id);
  assert.equal(await selected('a'), 'Companies');
  assert.equal(await selected('b'), '海归人才');
  const hashes = new Set();
  for (const view of ['companies', 'output', 'talent']) {
    await page.evaluate((v) => { /** @type {Widget} */ (document.getElementById('a')).view = v; }, view);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    hashes.add(await canvasHash(page, '#a'));
  }
  assert.equal(hashes.size, 3, 'every view draws something of its own');

  // The keyboard reaches the figures and the tooltip names its source.
  await page.evaluate(() => { /** @type {Widget} */ (document.getElementById('a')).view = 'companies'; });
  await page.locator('#a [role="tab"][aria-selected="true"]').focus();
  await page.keyboard.press('Tab');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const tip = await page.evaluate(() => {
    const t = /** @type {Widget} */ (document.getElementById('a')).shadowRoot.querySelector('[role="tooltip"]');
    return { hidden: t.hidden, text: t.textContent };
  });
  assert.equal(tip.hidden, false, 'tabbing to the chart shows the first figure');
  assert.match(tip.text, /615 companies/);
  assert.match(tip.text, /Reported in the article/);
  assert.deepEqual(errors, []);

  // A bad document's errors come through the renamed glue (tools/dist.mjs) as they are written,
  // numbers included (src/decimal.rs): the wasm throws, the element lists each error.
  const bad = await readFile(`${ROOT}tests/fixtures/bad/0001_negative_count.json`, 'utf8');
  const expected = (await readFile(`${ROOT}tests/fixtures/bad/0001_negative_count.txt`, 'utf8')).trim();
  await page.evaluate((text) => {
    const widget = document.createElement('pingshan-infographic');
    widget.id = 'bad';
    widget.setAttribute('loading', 'eager');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    widget.append(script);
    document.body.append(widget);
  }, bad);
  await widgetReady(page, '#bad');
  assert.deepEqual(await page.locator('#bad [role="alert"] li').allTextContents(), [expected]);
  await page.close();
});

test('the deployed folder holds every static fallback the README advises, and each loads', async () => {
  // The README names the images as a pattern over the views of the embedded document, each
  // language and each theme: a site deployed from dist/ must have every one of them, as drawn.
  const readme = await readFile(`${ROOT}README.md`, 'utf8');
  const pattern = readme.match(/`static\/\{view\}-\{([\w|-]+)\}-\{([\w|-]+)\}\.svg`/);
  assert.ok(pattern, 'the README names the static fallbacks as static/{view}-{…|…}-{…|…}.svg');
  const [languages, themes] = pattern.slice(1).map((choices) => choices.split('|'));
  const { views, languages: declared } = JSON.parse(await readFile(`${ROOT}src/data/pingshan.json`, 'utf8'));
  assert.deepEqual(languages, declared, 'the README names each language of the embedded document');
  const expected = /** @type {{ id: string }[]} */ (views).flatMap(({ id }) => languages.flatMap((lang) => themes
    .map((theme) => `${id}-${lang}-${theme}.svg`))).sort();
  assert.equal(expected.length, 18, 'three views, three languages, two themes');
  assert.deepEqual((await readdir(`${DIST}static`).catch(() => [])).sort(), expected);
  for (const file of expected) {
    const drawn = await readFile(`${ROOT}www/static/${file}`);
    assert.ok(drawn.equals(await readFile(`${DIST}static/${file}`)), `dist/static/${file} is the image drawn in www/static/`);
  }

  // A reader without JavaScript on a page deployed from dist/ sees each image in <noscript>.
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route('**/dist/noscript.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">
      <script type="module" src="pingshan-infographic.js"></script></head><body>
      ${expected.map((file) => `<pingshan-infographic><noscript><img src="static/${file}" alt="${file}"></noscript></pingshan-infographic>`).join('')}`,
  }));
  await page.goto(`${env.server.url}dist/noscript.html`);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const loaded = await page.evaluate(() => [...document.images].map((img) => /** @type {[string | null, number]} */ ([img.getAttribute('src'), img.naturalWidth])));
  assert.equal(loaded.length, expected.length);
  for (const [src, width] of loaded) assert.ok(width > 0, `dist/${src} loaded`);
  await context.close();
});

test('the deployed files stay within their gzip budget', async () => {
  // The budgets and their history: bench/sizes.mjs (`make size` prints them).
  let total = 0;
  let totalBrotli = 0;
  for (const [file, budget] of Object.entries(BUDGETS)) {
    const bytes = await readFile(`${DIST}${file}`);
    const size = gzipSize(bytes);
    assert.ok(size <= budget, `${file}: ${size} bytes gzip, budget ${budget}`);
    total += size;
    totalBrotli += brotliSize(bytes);
  }
  const kinds = await peerSize();
  assert.ok(total <= PEER_RATIO * kinds.gzip, `module and wasm: ${total} bytes gzip, ${PEER_RATIO} × Chart.js ${kinds.gzip}`);
  assert.ok(totalBrotli <= PEER_RATIO * kinds.brotli, `module and wasm: ${totalBrotli} bytes brotli, ${PEER_RATIO} × Chart.js ${kinds.brotli}`);
  // Minified: the module is well under half its sources (the element's modules and the glue).
  const size = async (/** @type {string} */ path) => (await readFile(path)).length;
  let sources = 0;
  for (const file of [...elementFiles.host, ...elementFiles.written, 'pkg/pingshan_infographic.js']) {
    sources += await size(`${DIST}../${file}`);
  }
  const bundle = await size(`${DIST}pingshan-infographic.js`);
  assert.ok(bundle < 0.5 * sources, `the module is ${bundle} bytes, its sources ${sources}`);
});
