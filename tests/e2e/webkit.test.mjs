// End to end in WebKit, Safari's engine (every iPhone reader): the demo page's reader checks,
// run in MiniBrowser through WebKitWebDriver (webkit.mjs), in one browser session. The widget
// draws, its tabs switch by click and by arrow keys, a pointer over a bar shows its tooltip, the
// keyboard walks the figures, a 320 px phone neither scrolls sideways nor loses a tooltip,
// Chinese and dark draw, and so do the deployed dist/ build, the embed page in an iframe and
// the editor's preview. Every page must run without an error or a console warning. WebKit
// that cannot start is a failure, not a skip.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';

import { isWidgetReady, present } from './browser.mjs';
import { serve } from './server.mjs';
import { launchWebKit, KEY } from './webkit.mjs';

// WebDriver has no console log: every page served records its errors, failed loads, unhandled
// rejections and console errors and warnings in window.testErrors, from its first script on.
const RECORDER = `<script>(() => {
  const errors = window.testErrors = [];
  addEventListener('error', (event) => errors.push(event.target === window ? String(event.message)
    : 'failed to load ' + (event.target.src || event.target.href)), true);
  addEventListener('unhandledrejection', (event) => errors.push('unhandled rejection: ' + event.reason));
  for (const kind of ['error', 'warn']) {
    const original = console[kind];
    console[kind] = (...args) => { errors.push(kind + ': ' + args.map(String).join(' ')); original.apply(console, args); };
  }
})();</script>`;

const PAGES = {
  // The deployed module as a newsroom's page loads it: two widgets, one Chinese and dark.
  '/dist/fixture.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <script type="module" src="pingshan-infographic.js"></script></head><body>
    <pingshan-infographic id="a" loading="eager"></pingshan-infographic>
    <pingshan-infographic id="b" loading="eager" view="talent" lang="zh" theme="dark"></pingshan-infographic>`,
  // A phone's width: MiniBrowser's window is never narrower than about 450 px, an iframe is.
  '/phone.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
    <body style="margin: 0"><iframe id="phone" title="The demo page on a phone" src="index.html"
      style="width: 320px; height: 900px; border: 0"></iframe>`,
  // A CMS article embedding the deployed embed page, with its resizer.
  '/dist/host.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
    <p>Article text.</p>
    <iframe id="chart" title="Pingshan biomedical industry" src="embed.html?view=talent&amp;lang=zh&amp;theme=dark&amp;id=chart"
      style="width: 800px; height: 150px; border: 0"></iframe>
    <script src="embed-resize.js"></script>`,
};

// Set before the tests run.
/** @type {Awaited<ReturnType<typeof serve>>} */
let server;
/** @type {Awaited<ReturnType<typeof launchWebKit>>} */
let webkit;
before(async () => {
  server = await serve({ pages: PAGES, inject: RECORDER });
  webkit = await launchWebKit();
  await webkit.setWindowSize(1000, 1000);
});
after(async () => {
  await webkit?.close();
  await server?.close();
});

/**
 * Opens `path` and waits until the widget at `selector` has drawn or shown its error.
 * @param {string} path
 */
async function open(path, selector = 'pingshan-infographic') {
  await webkit.goto(`${server.url}${path}`);
  await ready(selector);
}

async function ready(selector = 'pingshan-infographic') {
  await webkit.until(isWidgetReady, [selector], { what: `${selector} to draw` });
  await webkit.frames();
}

/**
 * What a reader of the widget at `selector` can see: its tabs, the canvas on screen (how much
 * of it differs from its corner's colour, a hash of its pixels), the tooltip, the live region
 * and the error alert.
 */
function look(selector = 'pingshan-infographic') {
  return webkit.run((s) => {
    const widget = /** @type {Widget} */ (document.querySelector(s));
    const root = widget.shadowRoot;
    const canvas = root.querySelector('canvas:not([aria-hidden])');
    const pixels = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d')).getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    let hash = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i] !== pixels[0] || pixels[i + 1] !== pixels[1] || pixels[i + 2] !== pixels[2]) inked += 1;
      hash = (Math.imul(hash, 31) + pixels[i] + 3 * pixels[i + 1] + 7 * pixels[i + 2]) >>> 0;
    }
    const tip = root.querySelector('[role="tooltip"]');
    const frame = widget.getBoundingClientRect();
    const tipBox = tip.getBoundingClientRect();
    const box = canvas.getBoundingClientRect();
    return {
      view: widget.view,
      tabs: [...root.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent),
      selected: root.querySelector('[role="tab"][aria-selected="true"]')?.textContent,
      focused: root.activeElement?.getAttribute('role') ?? null,
      theme: root.querySelector('.frame').dataset.theme,
      lang: root.querySelector('.frame').lang,
      label: canvas.getAttribute('aria-label'),
      caption: root.querySelector('table:not([aria-hidden]) caption')?.textContent,
      canvas: { x: box.x, y: box.y, width: box.width, height: box.height, backing: canvas.width },
      corner: [pixels[0], pixels[1], pixels[2]],
      inked: inked / (pixels.length / 4),
      hash,
      tooltip: {
        visible: !tip.hidden,
        text: tip.textContent,
        inside: tipBox.left >= frame.left - 0.5 && tipBox.right <= frame.right + 0.5
          && tipBox.top >= frame.top - 0.5 && tipBox.bottom <= frame.bottom + 0.5,
      },
      status: root.querySelector('[role="status"]').textContent,
      alert: root.querySelector('[role="alert"]').hidden ? null : root.querySelector('[role="alert"]').textContent,
    };
  }, selector);
}

/**
 * A widget that has drawn: no error shown, and ink on a good part of its canvas.
 * @param {Awaited<ReturnType<typeof look>>} seen @param {string} what
 */
function assertDrawn(seen, what) {
  assert.equal(seen.alert, null, `${what}: no error shown`);
  assert.ok(seen.canvas.width > 200 && seen.canvas.backing > 0, `${what}: the canvas has a size: ${JSON.stringify(seen.canvas)}`);
  assert.ok(seen.inked > 0.02, `${what}: the canvas is drawn (${(seen.inked * 100).toFixed(1)} % inked)`);
}

const errors = () => webkit.run(() => window.testErrors);

/** The tab of the widget at `selector` with `text`, as a WebDriver element. */
const tab = async (/** @type {string} */ text, selector = 'pingshan-infographic') => present(await webkit.run((s, t) =>
  [.../** @type {Widget} */ (document.querySelector(s)).shadowRoot.querySelectorAll('[role="tab"]')].find((b) => b.textContent === t), selector, text), `the tab ${text}`);

test('WebKit: the demo page draws, and its tabs switch by click and by arrow keys', async () => {
  await open('index.html');
  let seen = await look();
  assert.deepEqual(seen.tabs, ['Companies', 'Output growth', 'Returnee talent']);
  assert.equal(seen.selected, 'Companies');
  assertDrawn(seen, 'companies');
  const hashes = new Set([seen.hash]);
  for (const [label, view] of [['Output growth', 'output'], ['Returnee talent', 'talent'], ['Companies', 'companies']]) {
    const before = seen;
    await webkit.click(await tab(label));
    await webkit.until((v) => document.querySelector('pingshan-infographic').view === v, [view], { what: `view ${view}` });
    await webkit.frames();
    seen = await look();
    assert.equal(seen.view, view, `a click on ${label} shows its view`);
    assert.equal(seen.selected, label);
    assert.notEqual(seen.label, before.label, 'the canvas is named by the new view');
    assertDrawn(seen, view);
    hashes.add(seen.hash);
  }
  assert.equal(hashes.size, 3, 'each view draws different pixels');

  // The tabs pattern: ArrowRight moves focus and selection to the next tab, End to the last.
  await webkit.press(KEY.ArrowRight);
  await webkit.frames();
  seen = await look();
  assert.deepEqual([seen.selected, seen.view, seen.focused], ['Output growth', 'output', 'tab']);
  // A switch on a tab is said by the tab itself, not the live region (issue 24 item 2).
  assert.equal(seen.status, '');
  await webkit.press(KEY.End);
  await webkit.frames();
  assert.equal((await look()).view, 'talent');
  assert.deepEqual(await errors(), []);
});

test('WebKit: a pointer over a bar shows its tooltip with the figure\'s words; leaving hides it', async () => {
  await open('index.html');
  await webkit.run(() => document.querySelector('pingshan-infographic').scrollIntoView({ block: 'start' }));
  const { canvas } = await look();
  let shown = null;
  for (let y = 60; y < 260 && !shown; y += 6) {
    await webkit.pointerMove(canvas.x + 40, canvas.y + y);
    const { tooltip } = await look();
    if (tooltip.visible) shown = tooltip;
  }
  assert.ok(shown, 'a tooltip appears over the first bar');
  assert.match(shown.text, /Biomedical companies in Pingshan District/);
  assert.match(shown.text, /615 companies/);
  assert.match(shown.text, /As of: third quarter of 2020/);
  assert.match(shown.text, /Reported in the article/);
  assert.ok(shown.inside, 'the tooltip stays inside the widget');
  await webkit.pointerMove(canvas.x + canvas.width - 5, canvas.y + 5);
  assert.equal((await look()).tooltip.visible, false, 'leaving the marks hides the tooltip');
  assert.deepEqual(await errors(), []);
});

test('WebKit: Tab reaches the chart and the arrow keys walk its figures, each said by the live region', async () => {
  await open('index.html');
  const before = await look();
  await webkit.run(() => /** @type {HTMLElement} */ (document.querySelector('pingshan-infographic').shadowRoot.querySelector('[role="tab"][aria-selected="true"]')).focus());
  await webkit.press(KEY.Tab);
  await webkit.frames();
  const first = await look();
  assert.equal(first.focused, 'img', 'Tab moves from the tabs to the chart');
  assert.ok(first.tooltip.visible, 'focus on the chart shows the first figure');
  assert.match(first.tooltip.text, /Biomedical companies in Pingshan District/);
  assert.match(first.status, /615/);
  assert.notEqual(first.hash, before.hash, 'the focus ring is drawn');
  await webkit.press(KEY.ArrowRight);
  await webkit.frames();
  const second = await look();
  assert.match(second.tooltip.text, /BT Avenue/);
  assert.notEqual(second.status, first.status, 'the next figure is announced');
  assert.match(second.status, /191/);
  assert.ok(second.tooltip.inside);
  await webkit.press(KEY.Escape);
  assert.equal((await look()).tooltip.visible, false, 'Escape hides the tooltip');
  assert.deepEqual(await errors(), []);
});

test('WebKit: Chinese and dark, set on a drawn widget, redraw it', async () => {
  await open('index.html');
  const light = await look();
  await webkit.run(() => {
    const widget = document.querySelector('pingshan-infographic');
    widget.setAttribute('lang', 'zh');
    widget.setAttribute('theme', 'dark');
  });
  await webkit.frames();
  const seen = await look();
  assert.deepEqual(seen.tabs, ['企业数量', '产值增长', '海归人才']);
  // The chart's name is its title; the table has a caption of its own (said once, #24).
  assert.match(seen.label ?? '', /^615家生物医药企业，191家聚集在一条路上/);
  assert.equal(seen.caption, '图表数据');
  assert.equal(seen.theme, 'dark');
  assert.ok(Math.max(...seen.corner) < 60, `the canvas background is dark: ${seen.corner}`);
  assert.notEqual(seen.hash, light.hash);
  assertDrawn(seen, 'Chinese, dark');
  await webkit.run(() => document.querySelector('pingshan-infographic').shadowRoot.querySelector('canvas:not([aria-hidden])').focus());
  await webkit.press(KEY.Home);
  const { tooltip } = await look();
  assert.match(tooltip.text, /坪山区生物医药企业/);
  assert.match(tooltip.text, /615家数据时间/);
  assert.match(tooltip.text, /文章报道的数据/);
  assert.deepEqual(await errors(), []);
});

test('WebKit: on a 320 px phone the page does not scroll sideways and every tooltip stays inside the widget', async () => {
  await webkit.goto(`${server.url}phone.html`);
  await webkit.command('POST', '/frame', { id: await webkit.run(() => document.getElementById('phone')) });
  try {
    await ready();
    const sizes = await webkit.run(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      widgetRight: document.querySelector('pingshan-infographic').getBoundingClientRect().right,
    }));
    assert.equal(sizes.viewport, 320);
    assert.ok(sizes.scrollWidth <= sizes.viewport, `the page scrolls sideways: ${JSON.stringify(sizes)}`);
    assert.ok(sizes.widgetRight <= 320, `the widget overflows: ${JSON.stringify(sizes)}`);
    for (const label of ['Companies', 'Output growth', 'Returnee talent']) {
      await webkit.click(await tab(label));
      await webkit.frames();
      assertDrawn(await look(), `${label} at 320 px`);
      await webkit.run(() => document.querySelector('pingshan-infographic').shadowRoot.querySelector('canvas:not([aria-hidden])').focus());
      await webkit.press(KEY.Home);
      const texts = new Set();
      for (let mark = 0; mark < 6; mark += 1) {
        await webkit.frames();
        const { tooltip } = await look();
        assert.ok(tooltip.visible && tooltip.inside, `${label}, figure ${mark}: ${JSON.stringify(tooltip)}`);
        texts.add(tooltip.text);
        await webkit.press(KEY.ArrowDown);
      }
      assert.ok(texts.size >= 3, `${label}: the walk reaches several figures`);
    }
    assert.deepEqual(await errors(), []);
  } finally {
    await webkit.command('POST', '/frame', { id: null });
  }
});

test('WebKit: the deployed dist/ build, one module and one wasm for two widgets, draws every view', async () => {
  await open('dist/fixture.html', '#a');
  await ready('#b');
  const fetched = await webkit.run(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).sort());
  assert.deepEqual(fetched, ['/dist/pingshan-infographic.js', '/dist/pkg/pingshan_infographic_bg.wasm']);
  const hashes = new Set();
  for (const view of ['companies', 'output', 'talent']) {
    await webkit.run((v) => { /** @type {Widget} */ (document.getElementById('a')).view = v; }, view);
    await webkit.frames();
    const seen = await look('#a');
    assertDrawn(seen, `dist ${view}`);
    hashes.add(seen.hash);
  }
  assert.equal(hashes.size, 3, 'every view draws something of its own');
  const zh = await look('#b');
  assert.equal(zh.selected, '海归人才');
  assert.equal(zh.theme, 'dark');
  assert.ok(Math.max(...zh.corner) < 60, `the canvas background is dark: ${zh.corner}`);
  assertDrawn(zh, 'dist, Chinese, dark');
  assert.deepEqual(await errors(), []);
});

test('WebKit: the embed page in an iframe draws and takes its content height', async () => {
  await webkit.goto(`${server.url}dist/host.html`);
  await webkit.until(() => /** @type {HTMLElement} */ (document.getElementById('chart')).getBoundingClientRect().height > 300, [], { what: 'the iframe to grow' });
  const frame = await webkit.run(() => document.getElementById('chart'));
  await webkit.command('POST', '/frame', { id: frame });
  try {
    await ready();
    const seen = await look();
    assert.equal(seen.selected, '海归人才');
    assert.equal(seen.theme, 'dark');
    assertDrawn(seen, 'embed');
    const content = await webkit.run(() => document.documentElement.getBoundingClientRect().height);
    assert.deepEqual(await errors(), []);
    await webkit.command('POST', '/frame/parent', {});
    const height = await webkit.run(() => /** @type {HTMLElement} */ (document.getElementById('chart')).getBoundingClientRect().height);
    assert.ok(Math.abs(height - content) <= 2, `the iframe (${height}) is as tall as its content (${content})`);
  } finally {
    await webkit.command('POST', '/frame', { id: null });
  }
  assert.deepEqual(await errors(), []);
});

test('WebKit: the editor draws its preview', async () => {
  await webkit.goto(`${server.url}editor.html`);
  await webkit.until(() => document.querySelector('#preview-wide pingshan-infographic'), [], { what: 'the preview widget' });
  await ready('#preview-wide pingshan-infographic');
  const seen = await look('#preview-wide pingshan-infographic');
  assert.deepEqual(seen.tabs, ['Companies', 'Output growth', 'Returnee talent']);
  assertDrawn(seen, 'editor preview');
  await webkit.until(() => /** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent, [], { what: 'the editor\'s check' });
  assert.match(await webkit.run(() => /** @type {HTMLElement} */ (document.getElementById('problems-summary')).textContent), /^No problems/);
  assert.deepEqual(await errors(), []);
});
