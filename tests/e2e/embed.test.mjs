// End to end: the iframe embed for CMSs that strip scripts. The iframe takes its content's
// height and follows it when its width changes; messages from anywhere else are ignored; the
// embed works under the strict CSP. The same holds in hosts that run pym.js or a
// Datawrapper-style listener instead of embed-resize.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

import { serve, STRICT_CSP } from './server.mjs';
import { launch, present, watchErrors } from './browser.mjs';

// Set before the tests run.
/** @type {Awaited<ReturnType<typeof serve>>} */
let server;
/** @type {Awaited<ReturnType<typeof serve>>} */
let other;
/** @type {import('playwright-core').Browser} */
let browser;
before(async () => {
  server = await serve({ headers: { 'content-security-policy': STRICT_CSP } });
  other = await serve();
  // The host page is served by interception, which Chromium counts as a public address; its
  // local-network checks would then block the loopback iframe.
  browser = await launch(['--disable-features=LocalNetworkAccessChecks']);
});
after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

const frameHeight = (/** @type {Page} */ page, /** @type {string} */ selector) => page.evaluate((s) => /** @type {Element} */ (document.querySelector(s)).getBoundingClientRect().height, selector);
// The height once it has stopped changing: a resize reaches the iframe in several steps
// (the embed redraws, then posts its new height), so one reading may be mid-way.
/** @param {Page} page @param {string} selector */
async function settledHeight(page, selector) {
  let last = await frameHeight(page, selector);
  for (let tries = 0; tries < 30; tries += 1) {
    await page.waitForTimeout(300);
    const now = await frameHeight(page, selector);
    if (now === last) return now;
    last = now;
  }
  throw new Error(`the height of ${selector} never settled (last ${last})`);
}

test('the iframe takes its content height, follows its width, and ignores other messages', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  // The host page is a CMS article on another origin, with one script: embed-resize.js.
  await page.route(`${other.url}article.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><p>Article text.</p>
      <iframe id="chart" title="Pingshan biomedical industry" src="${server.url}dist/embed.html?view=talent&lang=zh&theme=dark&id=chart"
        style="width: 800px; height: 150px; border: 0"></iframe>
      <iframe id="decoy" src="${other.url}favicon.svg" style="width: 10px; height: 10px; border: 0"></iframe>
      <iframe id="second" src="${server.url}dist/embed.html?view=output&id=second" style="width: 600px; height: 150px; border: 0"></iframe>
      <script src="${server.url}dist/embed-resize.js"></script>`,
  }));
  await page.goto(`${other.url}article.html`);
  await page.waitForFunction(() => /** @type {HTMLElement} */ (document.getElementById('chart')).getBoundingClientRect().height > 300);
  const frame = page.frameLocator('#chart');
  assert.equal(await frame.locator('[role="tab"][aria-selected="true"]').textContent(), '海归人才');
  const contentHeight = await present(page.frame({ url: /embed\.html/ }), 'the frame at /embed\\.html/').evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(Math.abs((await frameHeight(page, '#chart')) - contentHeight) <= 2, 'the iframe is as tall as its content');

  const wide = await frameHeight(page, '#chart');
  await page.evaluate(() => { /** @type {HTMLIFrameElement} */ (document.getElementById('chart')).style.width = '320px'; });
  await page.waitForFunction((h) => /** @type {HTMLElement} */ (document.getElementById('chart')).getBoundingClientRect().height > h, wide);
  assert.ok((await frameHeight(page, '#chart')) > wide, 'a narrower iframe grows taller');

  // Forged heights: from the host page itself, and from another iframe claiming the same id.
  const before = await settledHeight(page, '#chart');
  await page.evaluate(() => window.postMessage({ type: 'pingshan-infographic:height', id: 'chart', height: 5 }, '*'));
  await present(page.frame({ url: /favicon/ }), 'the frame at /favicon/').evaluate(() =>
    window.parent.postMessage({ type: 'pingshan-infographic:height', id: 'chart', height: 7 }, '*'));
  // A second embed of the same origin sizes only its own iframe, whatever id it claims.
  await page.waitForFunction(() => /** @type {HTMLElement} */ (document.getElementById('second')).getBoundingClientRect().height > 300);
  await present(page.frame({ url: /id=second/ }), 'the frame at /id=second/').evaluate(() =>
    window.parent.postMessage({ type: 'pingshan-infographic:height', id: 'chart', height: 333 }, '*'));
  await page.waitForFunction(() => /** @type {HTMLElement} */ (document.getElementById('second')).getBoundingClientRect().height === 333);
  await page.waitForTimeout(200);
  assert.equal(await frameHeight(page, '#chart'), before, 'forged messages are ignored');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a resizer added after the embed has drawn still sizes it', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  // A tag manager, say, adds embed-resize.js late: the embed's first height went unheard.
  await page.route(`${other.url}late.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><p>Article text.</p>
      <iframe id="late" title="Pingshan biomedical industry" src="${server.url}dist/embed.html?view=companies&id=late"
        style="width: 700px; height: 150px; border: 0"></iframe>`,
  }));
  await page.goto(`${other.url}late.html`);
  const embed = present(page.frame({ url: /id=late/ }), 'the frame at /id=late/');
  await embed.waitForFunction(() => customElements.get('pingshan-infographic'));
  await embed.evaluate(() => document.querySelector('pingshan-infographic').ready);
  await page.waitForTimeout(200);
  assert.equal(await frameHeight(page, '#late'), 150, 'no resizer yet');
  await page.evaluate((src) => {
    const script = document.createElement('script');
    script.src = src;
    document.body.append(script);
  }, `${server.url}dist/embed-resize.js`);
  await page.waitForFunction(() => /** @type {HTMLElement} */ (document.getElementById('late')).getBoundingClientRect().height > 300);
  const contentHeight = await embed.evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(Math.abs((await frameHeight(page, '#late')) - contentHeight) <= 2, 'the iframe is as tall as its content');
  assert.deepEqual(errors, []);
  await page.close();
});

// Newsroom CMSs that already run a resizer: pym.js (NPR's, from npm, unchanged) and a listener
// written from Datawrapper's convention. Each host page runs only its own resizer, and its body
// has no margin, so the iframe is exactly as wide as the window.
const PYM = fileURLToPath(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));
// Datawrapper's embed code: any window may post {"datawrapper-height": {chartId: height}}, and
// the iframe whose window posted it takes that height; the chart id is not checked.
const DATAWRAPPER_LISTENER = `window.addEventListener('message', function (event) {
  if (event.data['datawrapper-height'] === undefined) return;
  var frames = document.querySelectorAll('iframe');
  for (var chartId in event.data['datawrapper-height']) {
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = event.data['datawrapper-height'][chartId] + 'px';
    }
  }
});`;

// Sets the window to `width`, lets the embed redraw and its height reach the host, and returns
// the iframe's size beside the embed's content height.
/** @param {Page} page @param {string} selector @param {import('playwright-core').Frame} embed @param {number} width */
async function sizesAt(page, selector, embed, width) {
  await page.setViewportSize({ width, height: 900 });
  await embed.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const height = await settledHeight(page, selector);
  const frameWidth = await page.evaluate((s) => /** @type {Element} */ (document.querySelector(s)).getBoundingClientRect().width, selector);
  const content = await embed.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { width: frameWidth, height, content };
}

/**
 * @param {import('node:test').TestContext} t @param {Page} page @param {string} selector
 * @param {import('playwright-core').Frame} embed @param {number} width
 */
async function assertFitsAt(t, page, selector, embed, width) {
  const sizes = await sizesAt(page, selector, embed, width);
  t.diagnostic(`${width} px: iframe ${sizes.width} × ${sizes.height}, content ${sizes.content}`);
  assert.equal(sizes.width, width);
  assert.ok(Math.abs(sizes.height - sizes.content) <= 4, `at ${width} px the iframe (${sizes.height}) is as tall as its content (${sizes.content})`);
}

test('issue 12: in a pym.js parent the iframe takes its content height and answers the width it is sent', async (t) => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await page.route(`${other.url}pym.v1.min.js`, (route) => route.fulfill({ path: PYM, contentType: 'text/javascript' }));
  await page.route(`${other.url}pym.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><style>body { margin: 0 }</style><p>Article text.</p>
      <div id="chart"></div>
      <script src="${other.url}pym.v1.min.js"></script>
      <script>window.pymParent = new pym.Parent('chart', '${server.url}dist/embed.html?view=talent', {});</script>`,
  }));
  await page.goto(`${other.url}pym.html`);
  await page.waitForFunction(() => /** @type {HTMLIFrameElement} */ (document.querySelector('#chart iframe')).getBoundingClientRect().height > 300);
  const embed = present(page.frame({ url: /childId=chart/ }), 'the frame at /childId=chart/');
  await assertFitsAt(t, page, '#chart iframe', embed, 1000);
  await assertFitsAt(t, page, '#chart iframe', embed, 360);

  // pym.js sends the width when the window resizes and reads the height from the answer: with
  // the iframe's height wrong and its width unchanged, only that answer puts the height right.
  const { content } = await sizesAt(page, '#chart iframe', embed, 360);
  await page.evaluate(() => {
    /** @type {HTMLIFrameElement} */ (document.querySelector('#chart iframe')).setAttribute('height', '100');
    window.pymParent.sendWidth();
  });
  await page.waitForFunction((h) => Math.abs(/** @type {HTMLIFrameElement} */ (document.querySelector('#chart iframe')).getBoundingClientRect().height - h) <= 4, content);
  assert.deepEqual(errors, []);
  await page.close();
});

test('issue 12: under a Datawrapper-style listener the iframe takes its content height', async (t) => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await page.route(`${other.url}datawrapper.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><style>body { margin: 0 }</style><p>Article text.</p>
      <iframe title="Pingshan biomedical industry" id="datawrapper-chart-pingshan" src="${server.url}dist/embed.html?view=talent"
        scrolling="no" frameborder="0" style="width: 0; min-width: 100% !important; border: none;" height="400"></iframe>
      <script>${DATAWRAPPER_LISTENER}</script>`,
  }));
  await page.goto(`${other.url}datawrapper.html`);
  await page.waitForFunction(() => /** @type {HTMLIFrameElement} */ (document.querySelector('iframe')).style.height !== '');
  const embed = present(page.frame({ url: /embed\.html/ }), 'the frame at /embed\\.html/');
  await assertFitsAt(t, page, '#datawrapper-chart-pingshan', embed, 1000);
  await assertFitsAt(t, page, '#datawrapper-chart-pingshan', embed, 360);
  assert.deepEqual(errors, []);
  await page.close();
});

// AMP's amp-iframe listens for messages from its iframe's own window carrying `sentinel: 'amp'`
// (extensions/amp-iframe/0.1/amp-iframe.js, `listenFor`): `embed-ready` hides its placeholder,
// `embed-size` asks for a new height, refused below 100 px. This listener does the same.
const AMP_LISTENER = `window.addEventListener('message', function (event) {
  var frame = document.querySelector('iframe');
  if (event.source !== frame.contentWindow || !event.data || event.data.sentinel !== 'amp') return;
  if (event.origin !== new URL(frame.src).origin) return;
  if (event.data.type === 'embed-ready') /** @type {HTMLElement} */ (document.getElementById('placeholder')).hidden = true;
  if (event.data.type === 'embed-size') {
    if (!(event.data.height >= 100)) throw new Error('amp-iframe: height below 100 px: ' + event.data.height);
    frame.style.height = event.data.height + 'px';
  }
});`;

test('issue 25: in an amp-iframe the embed says it is ready and asks for its content height', async (t) => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await page.route(`${other.url}amp.html`, (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><style>body { margin: 0 }</style><p id="placeholder">Loading…</p>
      <iframe title="Pingshan biomedical industry" src="${server.url}dist/embed.html?view=talent"
        sandbox="allow-scripts allow-same-origin allow-popups" style="width: 100%; height: 150px; border: 0"></iframe>
      <script>${AMP_LISTENER}</script>`,
  }));
  await page.goto(`${other.url}amp.html`);
  await page.waitForFunction(() => /** @type {HTMLElement} */ (document.getElementById('placeholder')).hidden);
  const embed = present(page.frame({ url: /embed\.html/ }), 'the frame at /embed\\.html/');
  await assertFitsAt(t, page, 'iframe', embed, 1000);
  await assertFitsAt(t, page, 'iframe', embed, 360);
  assert.deepEqual(errors, []);
  await page.close();
});
