// End to end, issue 22: the editor's embed code on another site. The newsroom names where it
// serves the widget's files (www/dist/); the code, which carries the chart's picture, pasted into a page
// of another origin, draws the widget where that server allows it (CORS), and where it does
// not (the module refused, as a server without CORS headers does), or the wasm never arrives,
// the reader sees the fallback content: the chart's picture, every figure and the source
// line. Never an empty box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { unzipSync } from 'fflate';

import { present, useBrowser, widgetReady } from './browser.mjs';
import { serve } from './server.mjs';

const env = useBrowser();
const DIST = fileURLToPath(new URL('../../www/dist/', import.meta.url));
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const updateScreenshots = Boolean(process.env.UPDATE_SCREENSHOTS);
// A public address the editor accepts without a warning; the tests put each server's in its place.
const ADDRESS = 'https://graphics.news.example/widget/';
const EXAMPLE = await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8');

/**
 * The copied files' folder, and the servers of them (each set once it is up).
 * @type {{ dir: string, refused?: Server, allowed?: Server, site?: Server, unzipped?: Server }}
 */
const files = { dir: '' };
/** @typedef {Awaited<ReturnType<typeof serve>>} Server */
let embed = null; // {code, name}, from the editor once (the browser is not up in `before` yet).
const embedded = async () => { embed ??= await embedFromEditor(); return embed; };

before(async () => {
  files.dir = await mkdtemp(join(tmpdir(), 'pingshan-publish-'));
  await cp(DIST, files.dir, { recursive: true });
  // The same files from two servers: one that sends no CORS headers (so another site's page
  // is refused the module), one that allows every site.
  files.refused = await serve({ root: files.dir });
  files.allowed = await serve({ root: files.dir, headers: { 'access-control-allow-origin': '*' } });
  // The newsroom's article pages, on an origin of their own. A real server, not a routed
  // response: Chromium lets a page reach a loopback server only from a loopback page.
  await mkdir(join(files.dir, 'site'));
  files.site = await serve({ root: join(files.dir, 'site') });
});

after(async () => {
  await files.refused?.close();
  await files.allowed?.close();
  await files.site?.close();
  await files.unzipped?.close();
  if (files.dir) await rm(files.dir, { recursive: true, force: true });
});

/** The editor, from an empty profile, on the example: its embed code, and the picture downloaded. */
async function embedFromEditor() {
  const context = await env.browser.newContext({ viewport: { width: 1500, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${env.server.url}editor.html`);
  await page.waitForFunction(() => /^No problems/.test(/** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent));
  await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.getElementById('embed-code')).value.includes('slot="fallback"'));
  // The example with its first tab renamed, so a page drawing the widget's embedded copy of it
  // would show.
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(EXAMPLE.replace('"en": "Companies"', '"en": "Firms"'));
  await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.getElementById('embed-code')).value.includes('"en":"Firms"'));
  const problem = () => page.locator('#address-problem').textContent();
  // Addresses another site cannot load from are named so.
  await page.locator('#widget-address').fill(present(files.refused, 'the refusing server').url);
  await page.waitForFunction(() => /** @type {HTMLElement} */ (document.getElementById('address-problem')).textContent !== '');
  assert.match(await problem() ?? '', /is this computer/);
  await page.locator('#widget-address').fill('graphics/widget');
  await page.waitForFunction(() => /not a web address/.test(/** @type {HTMLElement} */ (document.getElementById('address-problem')).textContent));
  await page.locator('#widget-address').fill('http://graphics.news.example/widget');
  await page.waitForFunction(() => /blocked on https pages/.test(/** @type {HTMLElement} */ (document.getElementById('address-problem')).textContent));
  await page.locator('#widget-address').fill(ADDRESS);
  await page.waitForFunction((address) => /** @type {HTMLElement} */ (document.getElementById('address-problem')).textContent === ''
    && /** @type {HTMLTextAreaElement} */ (document.getElementById('embed-code')).value.includes(`${address}pingshan-infographic.js`), ADDRESS);
  const code = await page.locator('#embed-code').inputValue();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-picture').click()]);
  const name = download.suggestedFilename().replace(/\.svg$/, '');
  assert.equal(name, 'pingshan-s-biomedical-industry-in-figures', 'named after the document’s title');
  const picture = await readFile(await download.path(), 'utf8');
  assert.match(picture, /^<svg [^>]*width="640"/);
  const [zipped] = await Promise.all([page.waitForEvent('download'), page.locator('#download-graphic').click()]);
  assert.equal(zipped.suggestedFilename(), `${name}.zip`);
  const zip = unzipSync(new Uint8Array(await readFile(await zipped.path())));
  assert.match(await page.locator('#graphic-status').textContent() ?? '', new RegExp(`^${name}\\.zip \\(\\d+ KB\\): upload what its folder holds to ${ADDRESS}`));
  // Kept for the next visit.
  await page.reload();
  await page.waitForFunction((address) => /** @type {HTMLInputElement} */ (document.getElementById('widget-address')).value === address, ADDRESS);
  await context.close();
  return { code, name, zip };
}

/**
 * A page of another origin (the site's) holding the embed code pointed at `server`.
 * @param {import('playwright-core').BrowserContext} context @param {Server | undefined} server
 * @param {{ abortWasm?: boolean }} [options]
 */
async function pasted(context, server, { abortWasm = false } = {}) {
  const { code } = await embedded();
  const page = await context.newPage();
  if (abortWasm) await page.route('**/*.wasm', (route) => route.abort());
  const name = `article-${server === files.refused ? 'refused' : 'allowed'}.html`;
  await writeFile(join(files.dir, 'site', name),
    `<!doctype html><html lang="en"><body><h1>A story</h1>${code.replaceAll(ADDRESS, present(server, 'the widget\'s server').url)}<p>After the chart.</p></body></html>`);
  await page.goto(`${present(files.site, 'the site\'s server').url}${name}`);
  return page;
}

const fallbackShown = (/** @type {Page} */ page) => page.evaluate(() => /** @type {Element} */ (document.querySelector('[slot="fallback"]')).checkVisibility());

test('the embed code carries fallback content in the widget’s own words, and the picture’s size', async () => {
  const { code, name } = await embedded();
  assert.match(code, /<img src="data:image\/svg\+xml,%3Csvg [^"]+" alt="615 biomedical companies, 191 of them on one road" width="640" height="\d+" loading="lazy"/);
  assert.ok(code.includes(`src="${ADDRESS}pingshan-infographic.js"`), 'the widget from the newsroom’s address');
  assert.ok(!code.includes(name), 'nothing else to upload for a document in the page');
  for (const words of ['BT Avenue (Jinxiu East Road, 3.6 km): 191 companies (2020)', 'Listed companies on BT Avenue: 11 companies',
    'Doctorate holders, 2016: about 140 doctorate holders (derived) (Our reading: five times', 'Source: Lin Yiying']) {
    assert.ok(code.includes(words), words);
  }
  assert.equal((code.match(/<ul>/g) ?? []).length, 3, 'every view’s figures');
  // The document's text is text in the fallback, never markup.
  assert.ok(!/<(?!\/?(div|img|p|strong|ul|li|script|pingshan-infographic)\b)/.test(code.replace(/<!--.*?-->/g, '')), 'no other element');
});

test('a site that is refused the widget’s code shows the picture and the figures, not an empty box', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 1000 } });
  const page = await pasted(context, files.refused);
  await page.waitForFunction(() => /** @type {HTMLImageElement | null} */ (document.querySelector('[slot="fallback"] img'))?.complete);
  assert.equal(await page.evaluate(() => customElements.get('pingshan-infographic')), undefined, 'the module was refused');
  assert.ok(await fallbackShown(page));
  const picture = await page.evaluate(() => {
    const image = /** @type {HTMLImageElement} */ (document.querySelector('[slot="fallback"] img'));
    return { width: image.naturalWidth, shown: image.getBoundingClientRect().width };
  });
  assert.equal(picture.width, 640, 'the picture is drawn');
  assert.equal(picture.shown, 640);
  const text = await page.locator('pingshan-infographic').innerText();
  assert.match(text, /BT Avenue \(Jinxiu East Road, 3\.6 km\): 191 companies/);
  assert.match(text, /Source: /);
  if (updateScreenshots) await page.screenshot({ path: `${DOCS}embed-fallback.png`, fullPage: true });
  await context.close();
});

test('where the server allows the site, the widget draws and the fallback is not shown', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 1000 } });
  const page = await pasted(context, files.allowed);
  await widgetReady(page);
  assert.equal(await page.evaluate(() => document.querySelector('pingshan-infographic').errors), null);
  assert.deepEqual(await page.locator('pingshan-infographic [role="tab"]').allTextContents(), ['Firms', 'Output growth', 'Returnee talent']);
  assert.equal(await fallbackShown(page), false);
  await context.close();
});

test('when the wasm never arrives, the widget shows the fallback content in its place', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 1000 } });
  const page = await pasted(context, files.allowed, { abortWasm: true });
  await widgetReady(page);
  const state = await page.evaluate(() => {
    const widget = document.querySelector('pingshan-infographic');
    return {
      path: widget.errors?.[0]?.path,
      alertHidden: widget.shadowRoot.querySelector('[role="alert"]').hidden,
      slotHidden: /** @type {HTMLSlotElement} */ (widget.shadowRoot.querySelector('slot[name="fallback"]')).hidden,
    };
  });
  assert.deepEqual(state, { path: 'wasm', alertHidden: true, slotHidden: false });
  assert.ok(await fallbackShown(page));
  assert.match(await page.locator('pingshan-infographic').innerText(), /Listed companies on BT Avenue: 11 companies/);
  await context.close();
});

test('the graphic’s zip holds what a newsroom uploads; served from its own origin, its pages and its embed code draw', async () => {
  const { zip, name } = await embedded();
  const listed = Object.keys(zip).map((file) => file.replace(`${name}/`, '')).sort();
  // Every view in each of the example's languages (English, Simplified and Traditional Chinese) and theme.
  const pictures = ['companies', 'output', 'talent'].flatMap((view) => ['en', 'zh', 'zh-Hant'].flatMap((lang) => ['dark', 'light'].map((theme) => `pictures/${view}-${lang}-${theme}.svg`)));
  assert.deepEqual(listed, ['README.txt', 'embed-code.html', 'embed-resize.js', 'embed.css', 'embed.html', 'embed.js', 'favicon.svg', 'index.html',
    `${name}.json`, 'pingshan-infographic.js', ...pictures.sort(), 'pkg/pingshan_infographic_bg.wasm',
    // The words of the languages the wasm does not carry, fetched by the widget on a page in one.
    ...['de', 'es', 'fr', 'ja', 'pt'].map((code) => `lang/${code}.json`)].sort());
  const text = (/** @type {string} */ file) => new TextDecoder().decode(zip[`${name}/${file}`]);
  assert.match(text('README.txt'), new RegExp(`Upload what the folder ${name}/ holds, as it is, to the widget address given in the editor:\n${ADDRESS}`));
  // The deployed embed page's oEmbed link names the embedded document's responses: not in the zip.
  assert.doesNotMatch(text('embed.html'), /json\+oembed/);
  // Unzipped and served from an origin of its own, allowing every site.
  const dir = join(files.dir, 'unzipped');
  for (const [file, bytes] of Object.entries(zip)) {
    const path = join(dir, file.replace(`${name}/`, ''));
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, bytes);
  }
  const unzipped = files.unzipped = await serve({ root: dir, headers: { 'access-control-allow-origin': '*' } });
  const context = await env.browser.newContext({ viewport: { width: 800, height: 1000 } });
  // Its article page.
  const article = await context.newPage();
  await article.goto(`${unzipped.url}index.html`);
  await widgetReady(article);
  assert.equal(await article.locator('h1').textContent(), "Pingshan's biomedical industry in figures");
  assert.equal(await article.evaluate(() => document.querySelector('pingshan-infographic').errors), null);
  assert.equal(await article.locator('pingshan-infographic [role="tab"]').first().textContent(), 'Firms', 'this document, not the embedded one');
  // Its embed code on another site's page, its address the folder's.
  await writeFile(join(files.dir, 'site', 'zip-embed.html'),
    `<!doctype html><html lang="en"><body>${text('embed-code.html').replaceAll(ADDRESS, unzipped.url)}</body></html>`);
  const page = await context.newPage();
  await page.goto(`${present(files.site, 'the site\'s server').url}zip-embed.html`);
  await widgetReady(page);
  assert.deepEqual(await page.locator('pingshan-infographic [role="tab"]').allTextContents(), ['Firms', 'Output growth', 'Returnee talent']);
  // Its iframe page on another site's page, sized by embed-resize.js.
  await writeFile(join(files.dir, 'site', 'zip-iframe.html'), `<!doctype html><html lang="en"><body>
    <iframe src="${unzipped.url}embed.html" title="Pingshan" style="width: 100%; border: 0" scrolling="no"></iframe>
    <script src="${unzipped.url}embed-resize.js"></script></body></html>`);
  const framed = await context.newPage();
  await framed.goto(`${present(files.site, 'the site\'s server').url}zip-iframe.html`);
  const frame = framed.frameLocator('iframe');
  await frame.locator('pingshan-infographic [role="tab"][aria-selected="true"]').waitFor();
  assert.equal(await frame.locator('pingshan-infographic [role="tab"][aria-selected="true"]').textContent(), 'Firms');
  await framed.waitForFunction(() => /** @type {HTMLIFrameElement} */ (document.querySelector('iframe')).getBoundingClientRect().height > 300);
  await context.close();
});
