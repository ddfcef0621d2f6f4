// End to end, issue 25 item 8: oEmbed. `make build` writes a `rich` response (oEmbed 1.0) per
// view and language into www/dist/oembed/, and an embed page per view and language that links
// it for discovery (embed.html links its own). Each response holds the fields the
// specification requires of a `rich` one (section 2.3.4: version, type, and for `rich`: html,
// width, height), its optional ones well formed (a thumbnail with its size, section 2.3.4), and
// its `html`, put in a CMS's article on another origin, draws the view in its language at the
// height the response gave, which the resizer then keeps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { serve } from './server.mjs';
import { launch, present, watchErrors } from './browser.mjs';
import { writeOembed } from '../../tools/oembed.mjs';
import SHELL from '../../www/shell.js';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
const DIST = `${WWW}dist/`;
const CASES = Object.entries(SHELL.languages).flatMap(([lang, { embedded }]) =>
  embedded.tabs.map((tab) => ({ lang, ...tab, name: `${tab.id}-${lang}` })));

// Set before the tests run.
/** @type {Awaited<ReturnType<typeof serve>>} */
let server;
/** @type {Awaited<ReturnType<typeof serve>>} */
let other;
/** @type {import('playwright-core').Browser} */
let browser;
/** @type {string} */
let absolute; // The responses written for a deployment at `${server.url}dist/`.
before(async () => {
  server = await serve();
  other = await serve();
  // The CMS page is served by interception, which Chromium counts as a public address.
  browser = await launch(['--disable-features=LocalNetworkAccessChecks']);
  absolute = await mkdtemp(join(tmpdir(), 'pingshan-oembed-'));
  await writeOembed({ www: WWW, out: `${absolute}/`, base: `${server.url}dist/`, provider: 'Example News' });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
  if (absolute) await rm(absolute, { recursive: true, force: true });
});

/**
 * An oEmbed response, as the tests expect it (assertRichResponse checks).
 * @typedef {{ version: string, type: string, html: string, width: number, height: number, title: string,
 *   provider_name: string, thumbnail_url: string, thumbnail_width: number, thumbnail_height: number }} OEmbed
 */
/** @type {(path: string) => Promise<OEmbed>} */
const read = async (path) => JSON.parse(await readFile(path, 'utf8'));
/** @param {unknown} value */
const isPixels = (value) => typeof value === 'number' && Number.isInteger(value) && value > 0;

/**
 * The oEmbed 1.0 rules for a `rich` response, and this project's own: title and provider.
 * @param {OEmbed} response @param {string} name
 */
function assertRichResponse(response, name) {
  assert.equal(response.version, '1.0', `${name}: version`);
  assert.equal(response.type, 'rich', `${name}: type`);
  assert.equal(typeof response.html, 'string', `${name}: html`);
  assert.ok(isPixels(response.width) && isPixels(response.height), `${name}: width and height in pixels`);
  // A thumbnail comes with both its sizes or not at all.
  assert.ok(typeof response.thumbnail_url === 'string' && isPixels(response.thumbnail_width) && isPixels(response.thumbnail_height),
    `${name}: thumbnail with its size`);
  assert.ok(response.title && response.provider_name, `${name}: title and provider_name`);
  for (const [field, value] of Object.entries(response)) {
    assert.ok(typeof value === 'string' || typeof value === 'number', `${name}: ${field} is a string or number`);
  }
}

test('make build wrote a rich response per view and language, each linked from its embed page', async () => {
  assert.deepEqual((await readdir(`${DIST}oembed`)).sort(), CASES.map(({ name }) => `${name}.json`).sort());
  for (const { name, lang, id, title } of CASES) {
    const response = await read(`${DIST}oembed/${name}.json`);
    assertRichResponse(response, name);
    assert.equal(response.title, title, `${name}: the view's title, in its language`);
    assert.equal(response.thumbnail_url, `static/${name}-light.svg`, `${name}: the view's picture`);
    const svg = await readFile(`${DIST}${response.thumbnail_url}`, 'utf8');
    assert.ok(svg.includes(`<svg width="${response.thumbnail_width}" height="${response.thumbnail_height}"`), `${name}: the picture's size`);
    assert.match(response.html, new RegExp(`^<iframe src="embed\\.html\\?view=${id}&amp;lang=${lang}" [^>]*></iframe><script src="embed-resize\\.js"></script>$`));
    const page = await readFile(`${DIST}embed-${name}.html`, 'utf8');
    assert.ok(page.includes(`<link rel="alternate" type="application/json+oembed" href="oembed/${name}.json"`), `${name}: discovery link`);
    assert.ok(page.includes(`<html lang="${lang}">`) && page.includes(`view="${id}" lang="${lang}"`), `${name}: the page shows its view`);
  }
  const [first] = SHELL.languages.en.embedded.tabs;
  assert.ok((await readFile(`${DIST}embed.html`, 'utf8')).includes(`type="application/json+oembed" href="oembed/${first.id}-en.json"`),
    'embed.html links the response of what it shows without parameters');
});

test('with PUBLIC_URL every URL is absolute, and the html draws in a CMS page at the height it gives', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  /** @type {string[]} */
  const wrong = [];
  for (const { name, lang, id, label } of CASES) {
    const response = await read(join(absolute, 'oembed', `${name}.json`));
    assertRichResponse(response, name);
    const base = `${server.url}dist/`;
    assert.equal(response.thumbnail_url, `${base}static/${name}-light.svg`);
    assert.equal(response.provider_name, 'Example News');
    for (const [, url] of response.html.matchAll(/src="([^"]+)"/g)) assert.ok(url.startsWith(base), `${name}: ${url} is absolute`);
    const page = await readFile(join(absolute, `embed-${name}.html`), 'utf8');
    assert.ok(page.includes(`type="application/json+oembed" href="${base}oembed/${name}.json"`), `${name}: absolute discovery link`);

    // The CMS puts the html in its article as it is, in a 640 px column.
    const cms = await context.newPage();
    const errors = watchErrors(cms);
    await cms.route(`${other.url}article.html`, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><body style="margin: 0"><div style="width: ${response.width}px">${response.html}</div></body>`,
    }));
    await cms.goto(`${other.url}article.html`);
    const frame = cms.frameLocator('iframe');
    await frame.locator('canvas:not([aria-hidden])').waitFor();
    assert.equal(await frame.locator('[role="tab"][aria-selected="true"]').textContent(), label, `${name}: the view drawn`);
    assert.equal(await frame.locator('html').getAttribute('lang'), lang);
    const embed = present(cms.frames().find((f) => f.url().includes('embed.html')), 'the embed\'s frame');
    const content = await embed.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // Every language's height is held, and all that are off are said together.
    if (Math.abs(content - response.height) > 1) wrong.push(`${name}: the response's height ${response.height}, the embed's ${content}`);
    await cms.waitForFunction((h) => Math.abs(/** @type {HTMLIFrameElement} */ (document.querySelector('iframe')).getBoundingClientRect().height - h) <= 1, content);
    assert.deepEqual(errors, [], name);
    await cms.close();
  }
  assert.deepEqual(wrong, [], 'tools/oembed.mjs EMBED_CHROME_HEIGHT');
  await context.close();
});
