// End to end: the iframe embed for CMSs that strip scripts. The iframe takes its content's
// height and follows it when its width changes; messages from anywhere else are ignored; the
// embed works under the strict CSP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { serve, STRICT_CSP } from './server.mjs';
import { launch, watchErrors } from './browser.mjs';

let server;
let other;
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

const frameHeight = (page, id) => page.evaluate((i) => document.getElementById(i).getBoundingClientRect().height, id);
// The height once it has stopped changing: a resize reaches the iframe in several steps
// (the embed redraws, then posts its new height), so one reading may be mid-way.
async function settledHeight(page, id) {
  let last = await frameHeight(page, id);
  for (let tries = 0; tries < 30; tries += 1) {
    await page.waitForTimeout(300);
    const now = await frameHeight(page, id);
    if (now === last) return now;
    last = now;
  }
  throw new Error(`the height of #${id} never settled (last ${last})`);
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
  await page.waitForFunction(() => document.getElementById('chart').getBoundingClientRect().height > 300);
  const frame = page.frameLocator('#chart');
  assert.equal(await frame.locator('[role="tab"][aria-selected="true"]').textContent(), '海归人才');
  const contentHeight = await page.frame({ url: /embed\.html/ }).evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(Math.abs((await frameHeight(page, 'chart')) - contentHeight) <= 2, 'the iframe is as tall as its content');

  const wide = await frameHeight(page, 'chart');
  await page.evaluate(() => { document.getElementById('chart').style.width = '320px'; });
  await page.waitForFunction((h) => document.getElementById('chart').getBoundingClientRect().height > h, wide);
  assert.ok((await frameHeight(page, 'chart')) > wide, 'a narrower iframe grows taller');

  // Forged heights: from the host page itself, and from another iframe claiming the same id.
  const before = await settledHeight(page, 'chart');
  await page.evaluate(() => window.postMessage({ type: 'pingshan-infographic:height', id: 'chart', height: 5 }, '*'));
  await page.frame({ url: /favicon/ }).evaluate(() =>
    window.parent.postMessage({ type: 'pingshan-infographic:height', id: 'chart', height: 7 }, '*'));
  // A second embed of the same origin sizes only its own iframe, whatever id it claims.
  await page.waitForFunction(() => document.getElementById('second').getBoundingClientRect().height > 300);
  await page.frame({ url: /id=second/ }).evaluate(() =>
    window.parent.postMessage({ type: 'pingshan-infographic:height', id: 'chart', height: 333 }, '*'));
  await page.waitForFunction(() => document.getElementById('second').getBoundingClientRect().height === 333);
  await page.waitForTimeout(200);
  assert.equal(await frameHeight(page, 'chart'), before, 'forged messages are ignored');
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
  const embed = page.frame({ url: /id=late/ });
  await embed.waitForFunction(() => customElements.get('pingshan-infographic'));
  await embed.evaluate(() => document.querySelector('pingshan-infographic').ready);
  await page.waitForTimeout(200);
  assert.equal(await frameHeight(page, 'late'), 150, 'no resizer yet');
  await page.evaluate((src) => {
    const script = document.createElement('script');
    script.src = src;
    document.body.append(script);
  }, `${server.url}dist/embed-resize.js`);
  await page.waitForFunction(() => document.getElementById('late').getBoundingClientRect().height > 300);
  const contentHeight = await embed.evaluate(() => document.documentElement.getBoundingClientRect().height);
  assert.ok(Math.abs((await frameHeight(page, 'late')) - contentHeight) <= 2, 'the iframe is as tall as its content');
  assert.deepEqual(errors, []);
  await page.close();
});
