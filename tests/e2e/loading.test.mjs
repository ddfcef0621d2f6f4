// End to end: the widget is a good citizen of the page while its wasm loads. Its box has its
// final height before the wasm arrives, so nothing on the page moves (layout shift measured by
// Chromium's own PerformanceObserver, the wasm delayed 1.5 s); the loading state is named and
// says in the reader's language what is coming, with no empty control (axe-core); and a wasm
// that never comes ends in the error state with its message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { useBrowser, watchErrors, widgetReady, present } from './browser.mjs';

const env = useBrowser();
const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const DOCUMENT = JSON.parse(await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8'));
const INDEX = await readFile(new URL('../../www/index.html', import.meta.url), 'utf8');
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const updateScreenshots = Boolean(process.env.UPDATE_SCREENSHOTS);
const SCRIPT = '<script type="module" src="pingshan-infographic.js" blocking="render"></script>';

/**
 * Holds every wasm request until the returned function is called.
 * @param {Page} page
 */
async function holdWasm(page) {
  /** @type {() => void} */
  let release = () => {};
  /** @type {Promise<void>} */
  const gate = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue().catch(() => {}); // The page may have closed meanwhile.
  });
  return release;
}

/**
 * Delays every wasm response by `ms`, as a slow connection would.
 * @param {Page} page
 */
function delayWasm(page, ms = 1500) {
  return page.route('**/*.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  });
}

/**
 * Sums the page's layout shifts not caused by input, from before its first paint.
 * @param {Page} page
 */
function watchShifts(page) {
  return page.addInitScript(() => {
    window.testShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // Layout shifts (LayoutShift, which lib.dom does not declare).
        const shift = /** @type {PerformanceEntry & { hadRecentInput: boolean, value: number }} */ (entry);
        if (!shift.hadRecentInput) window.testShifts.push(shift.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const cumulativeShift = (/** @type {Page} */ page) => page.evaluate(() => window.testShifts.reduce((sum, value) => sum + value, 0));

/**
 * Serves `body` at www/`name`, beside the real files.
 * @param {Page} page
 * @param {string} name
 * @param {string} body
 */
function fixture(page, name, body) {
  return page.route(`**/${name}`, (route) => route.fulfill({ contentType: 'text/html', body }));
}

// Each language by a tag a page writes: `zh-HK` picks Traditional Chinese before the wasm as after.
const LANGS = ['en', 'zh', 'zh-HK'];

test('the box has its final height before the wasm, at every width from 240 to 1,400 px, in each language', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1500, height: 900 } });
  const errors = watchErrors(page);
  const release = await holdWasm(page);
  const perLanguage = 12;
  const boxes = LANGS.flatMap((lang) => Array.from({ length: perLanguage }, (_, index) =>
    `<div class="box"><pingshan-infographic loading="eager" lang="${lang}" id="${lang}${index}"></pingshan-infographic></div>`));
  await fixture(page, 'widths.html', `<!doctype html><html lang="en"><head>${SCRIPT}</head><body style="margin:0">${boxes.join('')}</body></html>`);
  await page.goto(`${env.server.url}widths.html`);
  await page.waitForFunction(() => customElements.get('pingshan-infographic'));

  // Each widget sweeps its own stretch of widths, so all 1,161 widths take 97 frames.
  const sweep = async () => {
    const heights = Object.fromEntries(LANGS.map((lang) => [lang, new Map()]));
    for (let step = 0; step < 97; step += 1) {
      const sizes = await page.evaluate(async ({ step, perLanguage }) => {
        const widgets = [...document.querySelectorAll('pingshan-infographic')];
        widgets.forEach((widget, index) => {
          const width = Math.min(240 + (index % perLanguage) * 97 + step, 1400);
          /** @type {HTMLElement} */ (widget.parentElement).style.width = `${width}px`;
        });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return widgets.map((widget) => [widget.lang, widget.getBoundingClientRect().width, widget.getBoundingClientRect().height]);
      }, { step, perLanguage });
      for (const [lang, width, height] of sizes) heights[lang].set(width, height);
    }
    return heights;
  };
  const loading = await sweep();
  assert.equal(await page.locator('.frame[data-loading]').count(), LANGS.length * perLanguage, 'every widget is still loading');
  release();
  for (const lang of LANGS) {
    for (let index = 0; index < perLanguage; index += 1) await widgetReady(page, `#${lang}${index}`);
  }
  const drawn = await sweep();
  for (const lang of LANGS) {
    assert.equal(drawn[lang].size, 1161, `${lang}: every width from 240 to 1,400 was measured`);
    const moved = [...drawn[lang]].filter(([width, height]) => loading[lang].get(width) !== height);
    assert.deepEqual(moved.slice(0, 5), [], `${lang}: the box moved at ${moved.length} widths (width, drawn height)`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

// The cases a reader meets: a desktop article, Lighthouse's mobile device, a 360 × 640 phone
// whose reader scrolls to the widget before its wasm has come, and the iframe embed.
const SHIFT_CASES = [
  { name: 'desktop article, English', page: 'index.html', viewport: { width: 1000, height: 800 } },
  { name: 'desktop article, Chinese', page: 'article-zh.html', viewport: { width: 1000, height: 800 } },
  {
    name: 'Lighthouse mobile (Moto G Power)', page: 'index.html', viewport: { width: 412, height: 823 },
    device: { deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  },
  {
    name: 'phone, reader scrolls to the widget while it loads', page: 'index.html', viewport: { width: 360, height: 640 },
    device: { deviceScaleFactor: 3, isMobile: true, hasTouch: true }, scrollToWidget: true,
  },
  {
    name: 'phone, Chinese, reader scrolls to the widget', page: 'article-zh.html', viewport: { width: 360, height: 640 },
    device: { deviceScaleFactor: 3, isMobile: true, hasTouch: true }, scrollToWidget: true,
  },
  { name: 'iframe embed page at 360 px', page: 'embed.html?view=talent', viewport: { width: 360, height: 640 } },
  { name: 'iframe embed page at 1,000 px', page: 'embed.html?view=output&lang=zh', viewport: { width: 1000, height: 640 } },
];

for (const scenario of SHIFT_CASES) {
  test(`no layout shift while the wasm loads: ${scenario.name}`, async () => {
    const context = await env.browser.newContext({ viewport: scenario.viewport, ...scenario.device });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await watchShifts(page);
    await delayWasm(page);
    await fixture(page, 'article-zh.html', INDEX.replace('<html lang="en">', '<html lang="zh">'));
    await page.goto(`${env.server.url}${scenario.page}`);
    if (scenario.scrollToWidget) {
      await page.waitForFunction(() => customElements.get('pingshan-infographic'));
      await page.evaluate(() => document.querySelector('pingshan-infographic').scrollIntoView());
    }
    await widgetReady(page);
    await page.waitForTimeout(300);
    const shift = await cumulativeShift(page);
    assert.ok(shift <= 0.01, `cumulative layout shift ${shift.toFixed(4)} > 0.01`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// Issue 21's first chart: the loading state waits for the next frame (before its paint), so
// the wasm's request, and a quick wasm's chart, go before its layout.
test('the loading state is drawn in the next frame, not in the task that connects the widget', async () => {
  const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
  const errors = watchErrors(page);
  const release = await holdWasm(page);
  await fixture(page, 'connect.html', `<!doctype html><html lang="en"><head>${SCRIPT}</head><body></body></html>`);
  await page.goto(`${env.server.url}connect.html`);
  await page.waitForFunction(() => customElements.get('pingshan-infographic'));
  const loading = await page.evaluate(async () => {
    const widget = document.createElement('pingshan-infographic');
    widget.setAttribute('loading', 'eager');
    document.body.append(widget);
    const marked = () => Boolean(widget.shadowRoot?.querySelector('.frame[data-loading]'));
    await null;
    await null;
    const afterTask = marked();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { afterTask, inFrame: marked() };
  });
  assert.deepEqual(loading, { afterTask: false, inFrame: true });
  release();
  await widgetReady(page);
  assert.deepEqual(errors, []);
  await page.close();
});

// Issue 21's first chart: the loading state lays the page out once, for the width. A tab row
// just made starts scrolled to its first tab, so with that tab selected (the default) the row
// is not measured; with another selected on a narrow widget, the row is scrolled to show it.
test('the loading state measures its tab row only to bring a tab other than the first into view', async () => {
  for (const view of ['companies', 'talent']) {
    const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      window.testRowReads = 0;
      const read = /** @type {(this: Element) => number} */ (Object.getOwnPropertyDescriptor(Element.prototype, 'scrollWidth')?.get);
      Object.defineProperty(Element.prototype, 'scrollWidth', {
        configurable: true,
        /** @this {Element} */
        get() {
          if (this.getAttribute('role') === 'tablist') window.testRowReads += 1;
          return read.call(this);
        },
      });
    });
    const release = await holdWasm(page);
    await fixture(page, 'row.html', `<!doctype html><html lang="en"><head>${SCRIPT}</head><body style="margin:0">
      <div style="width: 300px"><pingshan-infographic loading="eager" view="${view}"></pingshan-infographic></div></body></html>`);
    await page.goto(`${env.server.url}row.html`);
    await page.waitForFunction(() => document.querySelector('pingshan-infographic')?.shadowRoot?.querySelector('.frame[data-loading]'));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const row = await page.evaluate(() => {
      const tablist = /** @type {Element} */ (document.querySelector('pingshan-infographic')?.shadowRoot?.querySelector('[role="tablist"]'));
      const selected = /** @type {Element} */ (tablist.querySelector('[aria-selected="true"]')).getBoundingClientRect();
      const box = tablist.getBoundingClientRect();
      return { reads: window.testRowReads, inView: selected.left >= box.left - 0.5 && selected.right <= box.right + 0.5 };
    });
    if (view === 'companies') assert.deepEqual(row, { reads: 0, inView: true }, view);
    else assert.ok(row.reads > 0 && row.inView, `${view}: ${JSON.stringify(row)}`);
    release();
    await widgetReady(page);
    assert.deepEqual(errors, [], view);
    await page.close();
  }
});

test('a document of the page moves the page at most once, and not at all with a reserved height', async () => {
  // One view of the embedded document: shorter than the default reservation.
  const oneView = JSON.stringify({ ...DOCUMENT, views: DOCUMENT.views.filter((/** @type {{ id: string }} */ view) => view.id === 'output') });
  const load = async (/** @type {number | null} */ reserve) => {
    const page = await env.browser.newPage({ viewport: { width: 800, height: 1000 } });
    const errors = watchErrors(page);
    await watchShifts(page);
    await delayWasm(page);
    await page.route('**/one-view.json', (route) => route.fulfill({ contentType: 'application/json', body: oneView }));
    const style = reserve ? ` style="--pingshan-infographic-height: ${reserve}px"` : '';
    await fixture(page, 'own.html', `<!doctype html><html lang="en"><head>${SCRIPT}</head><body>
      <p>Article text above.</p><pingshan-infographic src="one-view.json"${style}></pingshan-infographic>
      <p id="after">Article text below.</p></body></html>`);
    await page.goto(`${env.server.url}own.html`);
    await page.waitForFunction(() => customElements.get('pingshan-infographic'));
    await page.evaluate(() => {
      window.testHeights = [];
      new ResizeObserver(([entry]) => window.testHeights.push(entry.contentRect.height))
        .observe(document.querySelector('pingshan-infographic'));
    });
    await widgetReady(page);
    await page.waitForTimeout(300);
    const heights = await page.evaluate(() => window.testHeights);
    const shift = await cumulativeShift(page);
    assert.deepEqual(errors, []);
    await page.close();
    return { heights, shift };
  };
  const unreserved = await load(null);
  assert.ok(unreserved.heights.length <= 2, `the box took ${unreserved.heights.length} heights: ${unreserved.heights}`);
  const final = present(unreserved.heights.at(-1), 'the box\'s height');
  assert.ok(final > 200, `the one-view document is drawn (${final} px)`);
  const reserved = await load(final);
  assert.deepEqual(reserved.heights, [final], 'with the height reserved, the box never changes');
  assert.equal(reserved.shift, 0);
});

/**
 * axe-core's violations, shadow roots included, as `rule: targets` lines: on the whole page
 * (our demo article), or only in the widgets (a bare test page has no title or landmarks).
 * @param {Page} page
 */
async function axeViolations(page, { widgetsOnly = false } = {}) {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async (only) => {
    const context = only ? { include: [['pingshan-infographic']] } : document;
    return (await window.axe.run(context)).violations;
  }, widgetsOnly);
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * Chromium's accessibility tree, through the DevTools protocol, as {role, name} nodes.
 * @param {Page} page
 */
async function accessibilityTree(page) {
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  await session.detach();
  return nodes.filter((node) => !node.ignored).map((node) => ({ role: node.role?.value, name: node.name?.value ?? '' }));
}

for (const [lang, url, tab, loading] of [
  ['en', 'index.html', 'Companies', 'Loading the chart: 615 biomedical companies, 191 of them on one road'],
  ['zh', 'article-zh.html', '企业数量', '图表加载中：615家生物医药企业，191家聚集在一条路上'],
]) {
  test(`the loading state is named, in ${lang}, with no empty control (axe, wasm blocked)`, async () => {
    const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await holdWasm(page);
    await fixture(page, 'article-zh.html', INDEX.replace('<html lang="en">', '<html lang="zh">'));
    await page.goto(`${env.server.url}${url}`);
    await page.waitForFunction(() => document.querySelector('pingshan-infographic')?.shadowRoot?.querySelector('.loading')?.textContent);
    assert.deepEqual(await axeViolations(page), []);
    const tree = await accessibilityTree(page);
    assert.ok(tree.some((node) => node.role === 'tabpanel' && node.name === tab), `a tab panel named "${tab}"`);
    assert.ok(tree.some((node) => node.role === 'StaticText' && node.name === loading), `"${loading}" is read out`);
    const empty = tree.filter((node) => ['button', 'tab'].includes(node.role) && !node.name.trim());
    assert.deepEqual(empty, [], 'no control without a name');
    if (updateScreenshots && lang === 'en') {
      await page.locator('pingshan-infographic').screenshot({ path: `${DOCS}loading.png`, animations: 'disabled' });
    }
    await page.close();
  });
}

test('a document of the page loads with a named state and no hidden tab list exposed (axe)', async () => {
  const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
  await holdWasm(page);
  await fixture(page, 'own.html', `<!doctype html><html lang="zh"><head>${SCRIPT}<title>t</title></head><body><main>
    <pingshan-infographic src="data.json"></pingshan-infographic></main></body></html>`);
  await page.goto(`${env.server.url}own.html`);
  await page.waitForFunction(() => document.querySelector('pingshan-infographic')?.shadowRoot?.querySelector('.loading')?.textContent);
  assert.deepEqual(await axeViolations(page, { widgetsOnly: true }), []);
  const tree = await accessibilityTree(page);
  assert.ok(tree.some((node) => node.name === '图表加载中……'), 'the loading message, in Chinese');
  assert.ok(!tree.some((node) => node.role === 'tablist'), 'no empty tab list');
  await page.close();
});

test('a wasm that fails or never comes ends in the error state with its message', async () => {
  const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
  const errors = watchErrors(page);
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await fixture(page, 'two.html', `<!doctype html><html lang="en"><head>${SCRIPT}</head><body>
    <pingshan-infographic id="en" loading="eager"></pingshan-infographic>
    <pingshan-infographic id="zh" loading="eager" lang="zh"></pingshan-infographic></body></html>`);
  await page.goto(`${env.server.url}two.html`);
  await widgetReady(page, '#en');
  await widgetReady(page, '#zh');
  const alert = (/** @type {string} */ id) => page.locator(`#${id} [role="alert"]`).textContent();
  const wasm = `${env.server.url}pkg/pingshan_infographic_bg.wasm`;
  assert.equal(await alert('en'), `This chart could not be loadedwasm: expected the chart's code from ${wasm}, found HTTP 404`);
  assert.equal(await alert('zh'), `无法加载此图表wasm：未能从${wasm}加载图表程序（HTTP 404）`);
  assert.equal(await page.locator('#en .frame').getAttribute('data-loading'), null, 'no longer loading');
  assert.equal(await page.locator('#en .loading').isHidden(), true, 'the loading message is gone');
  assert.equal(errors.filter((error) => error.includes('could not be loaded')).length, 1);
  assert.deepEqual(await axeViolations(page, { widgetsOnly: true }), []);

  // A wasm that never answers: the error comes when 10 s have passed without a byte. A widget
  // added afterwards tries again rather than inheriting the failure.
  await page.unroute('**/*.wasm');
  await holdWasm(page);
  await page.goto(`${env.server.url}two.html`);
  const started = Date.now();
  await widgetReady(page, '#en', 20000);
  const waited = Date.now() - started;
  assert.ok(waited >= 9000 && waited < 15000, `the error came after ${waited} ms`);
  assert.equal(await alert('en'), `This chart could not be loadedwasm: expected the chart's code from ${wasm} within 10 s, found none`);
  await page.unroute('**/*.wasm');
  await page.evaluate(() => {
    const widget = document.createElement('pingshan-infographic');
    widget.id = 'later';
    widget.setAttribute('loading', 'eager');
    document.body.append(widget);
  });
  await widgetReady(page, '#later');
  assert.equal(await page.locator('#later [role="alert"]').isHidden(), true, 'the later widget loaded');
  await page.close();
});
