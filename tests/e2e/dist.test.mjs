// End to end: www/dist/, the minified files a newsroom deploys (tools/dist.mjs). The page
// loads one module and one wasm, every view draws and answers the reader, the static
// fallbacks are there for readers without JavaScript, and the files stay within their size
// budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import { chartjsKindsBuild } from '../../bench/chartjs-build.mjs';
import { brotliSize, gzipSize } from '../../bench/sizes.mjs';
import { useBrowser, watchErrors, widgetReady, canvasHash } from './browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = `${ROOT}www/dist/`;
const env = useBrowser();

test('the deployed bundle: one module and one wasm, shared by two widgets, every view drawn', async () => {
  const page = await env.browser.newPage({ viewport: { width: 900, height: 1400 } });
  const errors = watchErrors(page);
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

  const selected = (id) => page.evaluate((i) => document.getElementById(i).shadowRoot.querySelector('[role="tab"][aria-selected="true"]').textContent, id);
  assert.equal(await selected('a'), 'Companies');
  assert.equal(await selected('b'), '海归人才');
  const hashes = new Set();
  for (const view of ['companies', 'output', 'talent']) {
    await page.evaluate((v) => { document.getElementById('a').view = v; }, view);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    hashes.add(await canvasHash(page, '#a'));
  }
  assert.equal(hashes.size, 3, 'every view draws something of its own');

  // The keyboard reaches the figures and the tooltip names its source.
  await page.evaluate(() => { document.getElementById('a').view = 'companies'; });
  await page.locator('#a [role="tab"][aria-selected="true"]').focus();
  await page.keyboard.press('Tab');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const tip = await page.evaluate(() => {
    const t = document.getElementById('a').shadowRoot.querySelector('[role="tooltip"]');
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
  const pattern = readme.match(/`static\/\{view\}-\{(\w+)\|(\w+)\}-\{(\w+)\|(\w+)\}\.svg`/);
  assert.ok(pattern, 'the README names the static fallbacks as static/{view}-{…|…}-{…|…}.svg');
  const [, ...choices] = pattern;
  const { views } = JSON.parse(await readFile(`${ROOT}src/data/pingshan.json`, 'utf8'));
  const expected = views.flatMap(({ id }) => choices.slice(0, 2).flatMap((lang) => choices.slice(2)
    .map((theme) => `${id}-${lang}-${theme}.svg`))).sort();
  assert.equal(expected.length, 12, 'three views, two languages, two themes');
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
  const loaded = await page.evaluate(() => [...document.images].map((img) => [img.getAttribute('src'), img.naturalWidth]));
  assert.equal(loaded.length, expected.length);
  for (const [src, width] of loaded) assert.ok(width > 0, `dist/${src} loaded`);
  await context.close();
});

test('the deployed files stay within their gzip budget', async () => {
  // Budgets just above today's sizes (11.3 KB and 64.0 KB, zlib level 9), so later work cannot
  // quietly add weight: a change that does has to raise them, and say why, in the same commit.
  // Format 2 (money, points, changes, the time layouts, parts of a whole, readings; issue 21)
  // took the wasm from 39.2 to 62.7 KB: issue 21's bar (at most 0.9 times Chart.js drawing the
  // same chart types, and no more than Chart.js's bar-only bundle) is not met yet; the check
  // below holds the two files where they are against Chart.js tree-shaken to every chart type
  // the widget draws (bench/chartjs-kinds-entry.js), so they cannot drift further from it.
  // One-language documents (issue 23: `languages`, texts in exactly those, the widget speaking
  // only them) took the wasm from 62.9 to 64.0 KB (+1.2 KB gzip, within that issue's 3 KB) and
  // the pair from 1.15 to 1.17 times Chart.js's. Embedding anywhere (issue 25: upgrade-safe
  // properties, the `data` property, a child script followed when it changes, the page's own
  // `color-scheme`, the view kept in the address) took the module from 11.5 to 12.1 KB, and
  // the pair from 1.18 to 1.19 times Chart.js's (limit raised from 1.19 to 1.20). What screen
  // readers hear (issue 24: the hint to explore, each figure's date and provenance, the table's
  // own caption, what an arrow key past the last figure says) took the wasm from 65,925 to
  // 66,274 B gzip (+0.35 KB; budget from 64.5 to 65 KB) and the module from 12,391 to 12,496 B,
  // and the pair from 1.195 to 1.2005 times Chart.js's brotli bytes (limit from 1.20 to 1.205);
  // the pointer cursor over marks and the selected tab under forced colours took the module to
  // 12,579 B (budget from 12.25 to 12.5 KB) and the pair to 1.202 times Chart.js's brotli bytes.
  const budgets = { 'pingshan-infographic.js': 12.5 * 1024, 'pkg/pingshan_infographic_bg.wasm': 65 * 1024 };
  let total = 0;
  let totalBrotli = 0;
  for (const [file, budget] of Object.entries(budgets)) {
    const bytes = await readFile(`${DIST}${file}`);
    const size = gzipSize(bytes);
    assert.ok(size <= budget, `${file}: ${size} bytes gzip, budget ${budget}`);
    total += size;
    totalBrotli += brotliSize(bytes);
  }
  const peerSize = async (options) => {
    const { outputFiles: [bundle] } = await build({ ...options, write: false, outfile: 'chartjs.js' });
    return { gzip: gzipSize(bundle.contents), brotli: brotliSize(bundle.contents) };
  };
  const kinds = await peerSize(chartjsKindsBuild);
  assert.ok(total <= 1.205 * kinds.gzip, `module and wasm: ${total} bytes gzip, 1.205 × Chart.js ${kinds.gzip}`);
  assert.ok(totalBrotli <= 1.205 * kinds.brotli, `module and wasm: ${totalBrotli} bytes brotli, 1.205 × Chart.js ${kinds.brotli}`);
  // Minified: the module is well under half its sources (the element's modules and the glue).
  const size = async (path) => (await readFile(path)).length;
  let sources = 0;
  for (const file of ['pingshan-infographic.js', 'load.js', 'style.js', 'dom.js', 'tooltip.js', 'shell.js', 'pkg/pingshan_infographic.js']) {
    sources += await size(`${DIST}../${file}`);
  }
  const bundle = await size(`${DIST}pingshan-infographic.js`);
  assert.ok(bundle < 0.5 * sources, `the module is ${bundle} bytes, its sources ${sources}`);
});
