// End to end: what a reader does to explore the chart, in headless Chromium on the demo page:
// tooltips with provenance by mouse, touch and keyboard; the tabs pattern; the live region;
// Chinese; themes; motion; downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { useBrowser, watchErrors, widgetReady, canvasHash, present } from './browser.mjs';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const updateScreenshots = Boolean(process.env.UPDATE_SCREENSHOTS);
const env = useBrowser();

const frames = (/** @type {Page} */ page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/**
 * How many pixels of the shown canvas have each colour, as `#rrggbb` → count.
 * @param {Page} page
 */
function canvasColours(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('pingshan-infographic').shadowRoot.querySelector('canvas:not([aria-hidden])');
    const { data } = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d')).getImageData(0, 0, canvas.width, canvas.height);
    /** @type {Record<string, number>} */
    const counts = {};
    for (let i = 0; i < data.length; i += 4) {
      const hex = `#${[data[i], data[i + 1], data[i + 2]].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      counts[hex] = (counts[hex] ?? 0) + 1;
    }
    return counts;
  });
}

/**
 * WCAG 2.2 contrast of two `#rrggbb` colours.
 * @param {string} a @param {string} b
 */
function contrast(a, b) {
  const luminance = (/** @type {string} */ hex) => {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `#rrggbb` of a CSS `rgb()` colour (a colour without digits fails the call). */
const hexOf = (/** @type {string} */ rgb) => `#${/** @type {RegExpMatchArray} */ (rgb.match(/\d+/g)).slice(0, 3).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * The canvas's box in page coordinates.
 * @param {Page} page
 */
async function canvasBox(page) {
  await frames(page);
  return page.evaluate(() => {
    const box = document.querySelector('pingshan-infographic').shadowRoot.querySelector('canvas:not([aria-hidden])').getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  });
}

/** @param {Page} page */
async function tooltip(page) {
  return page.evaluate(() => {
    const widget = document.querySelector('pingshan-infographic');
    const tip = widget.shadowRoot.querySelector('[role="tooltip"]');
    const frame = widget.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    return {
      visible: !tip.hidden,
      text: tip.textContent,
      inside: box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5 && box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5,
      description: widget.shadowRoot.getElementById(/** @type {string} */ (widget.shadowRoot.querySelector('canvas:not([aria-hidden])')
        .getAttribute('aria-describedby')))?.textContent,
    };
  });
}

async function openPage(options = {}, path = 'index.html') {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1000 }, ...options });
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}${path}`);
  await widgetReady(page);
  return { page, errors };
}

test('hovering a bar shows its value, date, provenance and article sentence; leaving hides it', async () => {
  const { page, errors } = await openPage();
  const box = await canvasBox(page);
  // The first bar row sits under the heading; sweep down the left edge until a tooltip shows.
  let shown = null;
  for (let y = 60; y < 260 && !shown; y += 6) {
    await page.mouse.move(box.x + 40, box.y + y);
    const tip = await tooltip(page);
    if (tip.visible) shown = tip;
  }
  assert.ok(shown, 'a tooltip appears over the first bar');
  assert.match(shown.text, /Biomedical companies in Pingshan District/);
  assert.match(shown.text, /615 companies/);
  assert.match(shown.text, /As of: third quarter of 2020/);
  assert.match(shown.text, /Reported in the article/);
  assert.match(shown.text, /As of the third quarter, the number of biomedical companies in the district has reached 615/);
  assert.ok(shown.inside, 'the tooltip stays inside the widget');
  assert.match(shown.description ?? '', /^Biomedical companies in Pingshan District: 615 companies; /, 'the chart keeps its description');
  await page.mouse.move(box.x + box.width - 5, box.y + 5);
  assert.equal((await tooltip(page)).visible, false, 'leaving the marks hides the tooltip');
  assert.deepEqual(errors, []);
  await page.close();
});

// Issue 24 item 9: the cursor says where a click does something, and every target is big enough
// to hit (WCAG 2.5.8: at least 24 by 24 CSS pixels) on a phone.
test('a pointer cursor over marks only; tabs and buttons are at least 24 px at 360 px', async () => {
  const { page, errors } = await openPage({ viewport: { width: 360, height: 800 } });
  const cursor = () => page.evaluate(() => getComputedStyle(document.querySelector('pingshan-infographic')
    .shadowRoot.querySelector('canvas:not([aria-hidden])')).cursor);
  await page.evaluate(() => document.querySelector('pingshan-infographic').scrollIntoView());
  const box = await canvasBox(page);
  assert.equal(await cursor(), 'auto', 'no pointer before the pointer comes');
  let over = false;
  for (let y = 40; y < box.height && !over; y += 6) {
    await page.mouse.move(box.x + box.width / 4, box.y + y);
    over = (await tooltip(page)).visible;
  }
  assert.ok(over, 'the pointer reaches a mark');
  assert.equal(await cursor(), 'pointer', 'a pointer over a mark');
  await page.mouse.move(box.x + box.width - 5, box.y + 5);
  assert.equal((await tooltip(page)).visible, false);
  assert.equal(await cursor(), 'auto', 'no pointer where there is no mark');
  const targets = await page.evaluate(() => [...document.querySelector('pingshan-infographic').shadowRoot
    .querySelectorAll('[role="tab"], button')].map((node) => {
    const { width, height } = node.getBoundingClientRect();
    return { name: node.getAttribute('aria-label') ?? node.textContent, width, height };
  }));
  assert.ok(targets.length >= 5, 'three tabs and two buttons');
  for (const { name, width, height } of targets) {
    assert.ok(width >= 24 && height >= 24, `${name}: ${width} × ${height} px`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

// Issue 24 item 5: under forced colours (Windows High Contrast) every border becomes one system
// colour; the selected tab must still look selected, and every focus ring show.
test('forced colours: the selected tab is marked in Highlight and focus rings stay visible', async () => {
  const { page, errors } = await openPage({ forcedColors: 'active' });
  await page.evaluate(() => document.querySelector('pingshan-infographic').scrollIntoView());
  const system = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('i'));
    const colour = (/** @type {string} */ name) => { probe.style.color = name; return getComputedStyle(probe).color; };
    const colours = { highlight: colour('Highlight'), canvas: colour('Canvas'), text: colour('CanvasText') };
    probe.remove();
    return colours;
  });
  const tabs = () => page.evaluate(() => [...document.querySelector('pingshan-infographic').shadowRoot
    .querySelectorAll('[role="tab"]')].map((tab) => ({
    selected: tab.getAttribute('aria-selected') === 'true',
    underline: getComputedStyle(tab).borderBottomColor,
    background: getComputedStyle(tab).backgroundColor,
  })));
  for (const index of [0, 2]) {
    await page.locator('pingshan-infographic [role="tab"]').nth(index).click();
    // Read at rest: neither hovered nor focused (either can colour a button by itself).
    await page.mouse.move(0, 0);
    await page.evaluate(() => /** @type {HTMLElement | null} */ (document.querySelector('pingshan-infographic').shadowRoot.activeElement)?.blur());
    await frames(page);
    const all = await tabs();
    assert.ok(all[index].selected && all[index].underline === system.highlight, `tab ${index} is marked: ${JSON.stringify(all)}`);
    for (const tab of all.filter((other) => !other.selected)) {
      assert.match(tab.underline, /^rgba\(.*, 0\)$/, `the others have no underline: ${JSON.stringify(all)}`);
    }
  }
  // The chart is drawn in the reader's system colours (Rust's forced theme): the background in
  // Canvas, the talent view's bars in Highlight, and none of the theme's own blue or track.
  const colours = await canvasColours(page);
  const [[most]] = Object.entries(colours).sort(([, a], [, b]) => b - a);
  assert.equal(most, hexOf(system.canvas), 'the background is Canvas');
  assert.ok((colours[hexOf(system.highlight)] ?? 0) > 5000, `bars in Highlight ${hexOf(system.highlight)}`);
  assert.ok((colours[hexOf(system.text)] ?? 0) > 500, 'text, rules and edges in CanvasText');
  for (const own of ['#0072b2', '#e3e6ea', '#56b4e9']) assert.equal(colours[own], undefined, `no ${own} of the theme's own`);
  const rings = await page.evaluate(() => {
    const root = document.querySelector('pingshan-infographic').shadowRoot;
    return [.../** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('[role="tab"], canvas:not([aria-hidden]), button'))].map((node) => {
      node.focus({ focusVisible: true });
      const style = getComputedStyle(node);
      return { node: node.localName, style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor };
    });
  });
  const frame = await page.evaluate(() => getComputedStyle(document.querySelector('pingshan-infographic')
    .shadowRoot.querySelector('.frame')).backgroundColor);
  for (const ring of rings) {
    const seen = ring.colour !== frame && !/^rgba\(.*, 0\)$/.test(ring.colour);
    assert.ok(ring.style === 'solid' && ring.width >= 2 && seen, `${JSON.stringify(ring)} on ${frame}`);
  }
  if (updateScreenshots) {
    await page.evaluate(() => /** @type {HTMLElement | null} */ (document.querySelector('pingshan-infographic').shadowRoot.activeElement)?.blur());
    await frames(page);
    await page.locator('pingshan-infographic').screenshot({ path: `${DOCS}forced-colors.png` });
  }
  assert.deepEqual(errors, []);
  await page.close();
});

// Issue 24 item 5: under `prefers-contrast: more` (and always) the track a share is part of is
// seen at 3:1 against the background (WCAG 1.4.11) by its edge in the rule colour, in both
// themes: read from the canvas's pixels, out from the track's light fill to the background.
test('contrast: the track a part is of is edged at 3:1 against the background, and under prefers-contrast the hairlines too, in both themes', async () => {
  const { page, errors } = await openPage({ contrast: 'more' });
  assert.ok(await page.evaluate(() => matchMedia('(prefers-contrast: more)').matches));
  await page.locator('pingshan-infographic [role="tab"]').nth(2).click();
  // The tracks' fills, from src/theme.rs.
  for (const [theme, fill] of [['light', '#e3e6ea'], ['dark', '#33373e']]) {
    await page.evaluate((t) => document.querySelector('pingshan-infographic').setAttribute('theme', t), theme);
    await frames(page);
    const row = await page.evaluate((fill) => {
      const canvas = document.querySelector('pingshan-infographic').shadowRoot.querySelector('canvas:not([aria-hidden])');
      const { width, height } = canvas;
      const { data } = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d')).getImageData(0, 0, width, height);
      const hex = (/** @type {number} */ at) => `#${[data[at], data[at + 1], data[at + 2]].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      // The track's fill: its rightmost pixel, on its middle row.
      let [top, bottom, right] = [height, -1, -1];
      for (let y = 0; y < height; y += 1) {
        for (let x = 0; x < width; x += 1) {
          if (hex((y * width + x) * 4) !== fill) continue;
          top = Math.min(top, y);
          bottom = Math.max(bottom, y);
          right = Math.max(right, x);
        }
      }
      if (right < 0) return null;
      const y = Math.round((top + bottom) / 2);
      // From the fill outwards to the background.
      return { background: hex(0), out: Array.from({ length: 6 }, (_, step) => hex((y * width + right + 1 + step) * 4)) };
    }, fill);
    assert.ok(row, `${theme}: a track is drawn`);
    const edge = Math.max(...row.out.map((colour) => contrast(colour, row.background)));
    assert.ok(edge >= 3, `${theme}: the track's edge ${JSON.stringify(row)} is ${edge.toFixed(2)}:1`);
    assert.ok(contrast(fill, row.background) < 3, `${theme}: the fill alone would not do`);
    // The page parts' hairlines too: under the tabs, around the buttons and the tooltip.
    const borders = await page.evaluate(() => {
      const root = document.querySelector('pingshan-infographic').shadowRoot;
      /** @param {string} selector @param {'Top' | 'Bottom'} side */
      const colour = (selector, side) => getComputedStyle(/** @type {Element} */ (root.querySelector(selector)))[`border${side}Color`];
      return {
        background: getComputedStyle(root.querySelector('.frame')).backgroundColor,
        tabs: colour('[role="tablist"]', 'Bottom'),
        button: colour('.tools button', 'Top'),
        tooltip: colour('.tooltip', 'Top'),
      };
    });
    for (const part of /** @type {const} */ (['tabs', 'button', 'tooltip'])) {
      const ratio = contrast(hexOf(borders[part]), hexOf(borders.background));
      assert.ok(ratio >= 3, `${theme}: the ${part}' hairline ${borders[part]} is ${ratio.toFixed(2)}:1 on ${borders.background}`);
    }
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('every view is painted in idle time after the first chart, so a switch draws nothing; a theme, width or language change paints them again (issue 24)', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1000 }, reducedMotion: 'reduce' });
  const errors = watchErrors(page);
  // Counts text drawn on any canvas of the page, and on each canvas, from before the widget loads.
  await page.addInitScript(() => {
    const proto = CanvasRenderingContext2D.prototype;
    const fillText = proto.fillText;
    window.textsDrawn = 0;
    proto.fillText = function counted(...args) {
      window.textsDrawn += 1;
      const canvas = /** @type {HTMLCanvasElement & { textsDrawn?: number }} */ (this.canvas);
      canvas.textsDrawn = (canvas.textsDrawn ?? 0) + 1;
      return fillText.apply(this, args);
    };
  });
  await page.goto(`${env.server.url}index.html`);
  await widgetReady(page);
  const drawn = () => page.evaluate(() => window.textsDrawn);
  // Text drawn on each canvas not on screen.
  const hidden = () => page.evaluate(() => [...document.querySelector('pingshan-infographic').shadowRoot
    .querySelectorAll('canvas[aria-hidden]')].map((canvas) => /** @type {HTMLCanvasElement & { textsDrawn?: number }} */ (canvas).textsDrawn ?? 0));
  // Waits out the widget's idle work: two idle periods in a row in which nothing is drawn.
  const settle = () => page.evaluate(async () => {
    const idle = () => new Promise((r) => requestIdleCallback(r));
    for (let quiet = 0, tries = 0; quiet < 2 && tries < 100; tries += 1) {
      const before = window.textsDrawn;
      await idle();
      quiet = window.textsDrawn === before ? quiet + 1 : 0;
    }
  });
  const show = async (/** @type {string} */ view) => {
    const before = await drawn();
    await page.evaluate((v) => { document.querySelector('pingshan-infographic').view = v; }, view);
    await frames(page);
    return (await drawn()) - before;
  };
  const exposed = () => page.evaluate(() => {
    const root = document.querySelector('pingshan-infographic').shadowRoot;
    const canvases = [...root.querySelectorAll('canvas')];
    // Painted: more than the background's colour in the backing store.
    const inked = (/** @type {HTMLCanvasElement} */ canvas) => {
      const { data } = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d')).getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 4; i < data.length; i += 4) if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) return true;
      return false;
    };
    return {
      canvases: canvases.length,
      tabs: root.querySelectorAll('[role="tab"]').length,
      painted: canvases.filter((c) => c.width > 0 && inked(c)).length,
      shown: canvases.filter((c) => getComputedStyle(c).visibility === 'visible').map((c) => /** @type {string} */ (c.getAttribute('aria-label')).slice(0, 40)),
      exposed: canvases.filter((c) => !c.hasAttribute('aria-hidden')).map((c) => /** @type {string} */ (c.getAttribute('aria-label')).slice(0, 40)),
      labelled: canvases.filter((c) => c.getAttribute('aria-label')).length,
      tables: [.../** @type {NodeListOf<HTMLTableElement>} */ (root.querySelectorAll('table:not([aria-hidden])'))].map((t) => /** @type {HTMLTableCaptionElement} */ (t.caption).textContent),
      filledTables: [...root.querySelectorAll('table')].filter((t) => t.rows.length > 1).length,
      backingWidths: canvases.map((c) => c.width),
    };
  });

  await settle();
  let state = await exposed();
  assert.equal(state.canvases, state.tabs, 'every view has its canvas after the first chart and an idle period');
  assert.equal(state.painted, state.tabs, 'every view is painted');
  assert.equal(state.labelled, state.tabs, 'every view is named');
  assert.equal(state.filledTables, state.tabs, 'every view has its table');
  const companies = await canvasHash(page);
  assert.equal(await show('output'), 0, 'a first visit to a view draws nothing: it was painted in idle time');
  const output = await canvasHash(page);
  assert.notEqual(output, companies);
  assert.equal(await show('talent'), 0);
  assert.equal(await show('companies'), 0, 'a view drawn before is not drawn again');
  assert.equal(await canvasHash(page), companies);
  state = await exposed();
  assert.deepEqual(state.shown, state.exposed, 'only the canvas on screen is exposed');
  assert.equal(state.exposed.length, 1);
  assert.match(state.exposed[0], /^615/);
  assert.equal(state.tables.length, 1);
  assert.equal(state.tables[0], 'Figures of the chart', 'the caption is not the title again (issue 24)');

  // Hit-testing follows the view shown again: the first bar is the companies view's.
  const box = await canvasBox(page);
  let tip = null;
  for (let y = 60; y < 260 && !tip?.visible; y += 6) {
    await page.mouse.move(box.x + 40, box.y + y);
    tip = await tooltip(page);
  }
  assert.match(present(tip, 'the tooltip').text, /Biomedical companies in Pingshan District/);
  await page.mouse.move(0, 0);

  // A new theme redraws the view on screen at once, and the others in idle time.
  let before = await hidden();
  const again = async () => (await hidden()).every((count, index) => count > before[index]);
  await page.evaluate(() => document.querySelector('pingshan-infographic').setAttribute('theme', 'dark'));
  await frames(page);
  assert.notEqual(await canvasHash(page), companies);
  await settle();
  assert.ok(await again(), 'the views not on screen are painted again in the new theme');
  assert.equal(await show('output'), 0);
  assert.notEqual(await canvasHash(page), output, 'in the new theme');
  assert.equal(await show('companies'), 0);

  // So do a new width and a new language.
  before = await hidden();
  await page.evaluate(() => { document.querySelector('pingshan-infographic').style.width = '500px'; });
  await frames(page);
  await settle();
  assert.ok(await again());
  assert.equal(await show('output'), 0);
  const scale = await page.evaluate(() => window.devicePixelRatio);
  assert.deepEqual((await exposed()).backingWidths, [500 * scale, 500 * scale, 500 * scale]);
  await page.evaluate(() => document.querySelector('pingshan-infographic').setAttribute('lang', 'zh'));
  await frames(page);
  await settle();
  assert.equal(await show('companies'), 0);
  assert.match((await exposed()).tables[0], /[\u4e00-\u9fff]/);

  // A view left with its focus ring (a switch clears the focus) is painted again without it
  // in idle time, so a switch back to it draws nothing either.
  await page.locator('pingshan-infographic [role="tab"]').nth(0).focus();
  await page.keyboard.press('Tab');
  await frames(page);
  assert.equal((await tooltip(page)).visible, true, 'the chart has keyboard focus, its first figure ringed');
  await page.locator('pingshan-infographic [role="tab"]').nth(1).click();
  await frames(page);
  await settle();
  assert.equal(await show('companies'), 0, 'the view left with its ring was painted again without it');
  assert.deepEqual(errors, []);
  await page.close();
});

// Issue 24 item 7: what a switch costs the browser besides the canvas. The live region's words
// change at a switch the page makes; their box is placed and contained, so only it is laid out
// (from the page's root, the layout was a fifth of a switch's rendering), in the text node they
// were in (a node made for them is styled and laid out anew), and the loading note,
// hidden since the first chart, is not written again (each write restyled it).
test('a view switch lays out only the live region\'s box and restyles only what it changes (issue 24)', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1000 }, reducedMotion: 'reduce' });
  const errors = watchErrors(page);
  await page.goto(`${env.server.url}index.html`);
  await widgetReady(page);
  /** @param {string} view */
  const show = (view) => page.evaluate(async (v) => {
    /** @type {HTMLElement & {view: string}} */ (document.querySelector('pingshan-infographic')).view = v;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, view);
  const VIEWS = ['output', 'talent', 'companies'];
  for (const view of VIEWS) await show(view);
  const cdp = await page.context().newCDPSession(page);
  /**
   * The parts of a trace event this test reads.
   * @typedef {{name: string, args?: {endData?: {layoutRoots?: {nodeName: string}[]},
   *   data?: {reason?: string, nodeName?: string}}}} TraceEvent
   */
  /** @type {TraceEvent[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(.../** @type {TraceEvent[]} */ (/** @type {unknown} */ (value))));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.invalidationTracking'] },
    transferMode: 'ReportEvents',
  });
  const status = page.locator('pingshan-infographic [role="status"]');
  /** @type {(string | null)[]} */
  const said = [];
  for (const view of VIEWS) {
    await show(view);
    said.push(await status.textContent());
  }
  await cdp.send('Tracing.end');
  await done;
  assert.equal(new Set(said).size, VIEWS.length, 'each switch is said, in its own words');
  const roots = events.filter((e) => e.name === 'Layout')
    .flatMap((e) => (e.args?.endData?.layoutRoots ?? []).map((root) => root.nodeName));
  assert.ok(roots.length >= VIEWS.length, `a layout at each switch (${roots.length})`);
  assert.deepEqual([...new Set(roots)], ["DIV class='visually-hidden'"], 'only the live region\'s box is laid out');
  const laidOut = events.filter((e) => e.name === 'LayoutInvalidationTracking').map((e) => e.args?.data?.reason ?? '');
  assert.ok(laidOut.includes('Text changed'), 'the words change in their text node');
  assert.deepEqual(laidOut.filter((reason) => /Added|Removed/.test(reason)), [], 'no node is made or dropped for them');
  const restyled = events.filter((e) => e.name === 'StyleRecalcInvalidationTracking').map((e) => e.args?.data?.nodeName ?? '');
  assert.ok(restyled.some((name) => /^CANVAS/.test(name)), 'the canvases shown and left are restyled');
  assert.deepEqual(restyled.filter((name) => /loading/.test(name)), [], 'the loading note is not restyled');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a derived figure says how it was computed', async () => {
  const { page } = await openPage();
  await page.locator('pingshan-infographic [role="tab"]').nth(2).click();
  await frames(page);
  await page.locator('pingshan-infographic canvas:not([aria-hidden])').focus();
  await page.keyboard.press('Home');
  const tip = await tooltip(page);
  assert.match(tip.text, /Doctorate holders, 2016/);
  assert.match(tip.text, /Derived: computed by us as Doctorate holders, 2020 \(more than 700 doctorate holders\) ÷ .* \(about 5 times\)/);
  await page.close();
});

test('a tap shows the tooltip; a tap elsewhere or Escape dismisses it', async () => {
  const { page } = await openPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 900 } });
  const box = await canvasBox(page);
  let shown = false;
  for (let y = 60; y < 400 && !shown; y += 10) {
    await page.touchscreen.tap(box.x + 30, box.y + y);
    shown = (await tooltip(page)).visible;
  }
  assert.ok(shown, 'a tap on a bar opens its tooltip');
  assert.ok((await tooltip(page)).inside);
  await page.touchscreen.tap(5, 5);
  assert.equal((await tooltip(page)).visible, false, 'a tap outside the widget closes it');
  for (let y = 60; y < 400 && !(await tooltip(page)).visible; y += 10) await page.touchscreen.tap(box.x + 30, box.y + y);
  assert.equal((await tooltip(page)).visible, true);
  await page.keyboard.press('Escape');
  assert.equal((await tooltip(page)).visible, false, 'Escape closes it');
  await page.close();
});

test('on a widget too narrow for its tabs, the tab of a view switched to by script is scrolled into its row', async () => {
  const { page, errors } = await openPage({ viewport: { width: 400, height: 900 } });
  const widget = page.locator('pingshan-infographic');
  await widget.evaluate((el) => { el.style.width = '240px'; });
  await frames(page);
  // How much of each tab shows in the row, and whether the row scrolls at all.
  const shown = () => widget.evaluate((el) => {
    const row = /** @type {Widget} */ (el).shadowRoot.querySelector('[role="tablist"]');
    const box = row.getBoundingClientRect();
    const selected = /** @type {Element} */ (row.querySelector('[aria-selected="true"]')).getBoundingClientRect();
    return { overflows: row.scrollWidth > row.clientWidth, whole: selected.left >= box.left - 0.5 && selected.right <= box.right + 0.5 };
  });
  assert.equal((await shown()).overflows, true, 'at 240 px the tabs do not fit (the case under test)');
  for (const view of ['talent', 'companies', 'talent']) {
    await widget.evaluate((el, v) => { /** @type {Widget} */ (el).view = v; }, view);
    await frames(page);
    assert.equal((await shown()).whole, true, `the ${view} tab shows whole`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('the live region takes its words back 7 s after it last spoke, not after it first did', async () => {
  const { page, errors } = await openPage();
  const widget = page.locator('pingshan-infographic');
  const status = page.locator('pingshan-infographic [role="status"]');
  const wait = (/** @type {number} */ ms) => page.waitForTimeout(ms);
  await widget.evaluate((el) => { /** @type {Widget} */ (el).view = 'output'; });
  await frames(page);
  assert.match(await status.textContent() ?? '', /^Output growth/);
  await wait(4000);
  await widget.evaluate((el) => { /** @type {Widget} */ (el).view = 'talent'; });
  await frames(page);
  await wait(4000);
  assert.match(await status.textContent() ?? '', /^Returnee talent/, 'said 4 s ago: still there 8 s after the first words');
  await wait(3500);
  assert.equal(await status.textContent(), '', 'taken back 7 s after the last words');
  assert.deepEqual(errors, []);
  await page.close();
});

test('tabs follow the WAI-ARIA pattern; the live region says a switch the page makes, not one made on a tab', async () => {
  const { page } = await openPage();
  const tabs = page.locator('pingshan-infographic [role="tab"]');
  assert.deepEqual(await tabs.evaluateAll((all) => all.map((t) => t.tabIndex)), [0, -1, -1], 'roving tabindex');
  await tabs.nth(0).focus();
  await page.keyboard.press('ArrowRight');
  await frames(page);
  assert.equal(await tabs.nth(1).getAttribute('aria-selected'), 'true');
  assert.equal(await page.evaluate(() => /** @type {HTMLElement | null} */ (document.querySelector('pingshan-infographic').shadowRoot.activeElement)?.dataset.view), 'output');
  // A switch on a tab is not said by the live region: the screen reader says the tab, and the
  // chart's title when the reader reaches it, so the title is heard once (issue 24 item 2).
  const status = page.locator('pingshan-infographic [role="status"]');
  assert.equal(await status.textContent(), '');
  // A switch the page makes is said.
  await page.evaluate(() => document.querySelector('pingshan-infographic').setAttribute('view', 'talent'));
  await frames(page);
  assert.match(await status.textContent() ?? '', /^Returnee talent: Five times the doctorate holders of 2016, half of them returnees$/);
  await tabs.nth(1).focus();
  await page.keyboard.press('End');
  await frames(page);
  assert.equal(await tabs.nth(2).getAttribute('aria-selected'), 'true');
  await page.keyboard.press('ArrowRight');
  await frames(page);
  assert.equal(await tabs.nth(0).getAttribute('aria-selected'), 'true', 'ArrowRight wraps to the first tab');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await frames(page);
  assert.equal(await tabs.nth(0).getAttribute('aria-selected'), 'true');
  assert.deepEqual(await tabs.evaluateAll((all) => all.map((t) => t.tabIndex)), [0, -1, -1]);
  // Issue 24: the tab a key moves to is selected as it gets focus, in the same task, not a
  // frame later (a screen reader says the state on focus).
  const onFocus = await page.evaluate(() => {
    const root = document.querySelector('pingshan-infographic').shadowRoot;
    /** @type {(string | null)[]} */
    const seen = [];
    root.addEventListener('focusin', (event) => seen.push(/** @type {Element} */ (event.target).getAttribute('aria-selected')));
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft', 'End']) {
      /** @type {Element} */ (root.activeElement).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    }
    return seen;
  });
  assert.deepEqual(onFocus, ['true', 'true', 'true', 'true']);
  await page.close();
});

test('Tab moves into the chart; arrow keys walk the marks with a drawn focus ring', async () => {
  const { page } = await openPage();
  const before = await canvasHash(page);
  await page.locator('pingshan-infographic [role="tab"]').nth(0).focus();
  await page.keyboard.press('Tab');
  await frames(page);
  const first = await tooltip(page);
  assert.equal(first.visible, true, 'keyboard focus on the chart shows the first figure');
  assert.match(first.text, /Biomedical companies in Pingshan District/);
  assert.notEqual(await canvasHash(page), before, 'the focus ring is drawn on the canvas');
  const seen = [first.text];
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press('ArrowDown');
    await frames(page);
    const tip = await tooltip(page);
    assert.ok(tip.visible && tip.inside);
    seen.push(tip.text);
  }
  assert.match(seen[1], /BT Avenue/);
  assert.match(seen[2], /Listed companies/);
  assert.match(seen[3], /more than 100 companies a year/);
  if (updateScreenshots) {
    await mkdir(DOCS, { recursive: true });
    await page.locator('pingshan-infographic').screenshot({ path: `${DOCS}tooltip-keyboard.png` });
  }
  await page.keyboard.press('Escape');
  assert.equal((await tooltip(page)).visible, false);
  await page.keyboard.press('Tab');
  await frames(page);
  assert.equal(await canvasHash(page), before, 'leaving the chart removes the ring');
  await page.close();
});

test('a change of the page language redraws the widget in it; a widget with its own lang keeps it', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const errors = watchErrors(page);
  await page.route('**/bilingual.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><link rel="icon" href="data:,">
      <script type="module" src="pingshan-infographic.js"></script></head><body>
      <section><pingshan-infographic id="follows" loading="eager"></pingshan-infographic></section>
      <pingshan-infographic id="own" lang="en" loading="eager"></pingshan-infographic>`,
  }));
  await page.goto(`${env.server.url}bilingual.html`);
  await widgetReady(page, '#follows');
  await widgetReady(page, '#own');
  const tabs = (/** @type {string} */ id) => page.locator(`#${id} [role="tab"]`).allTextContents();
  assert.deepEqual(await tabs('follows'), ['Companies', 'Output growth', 'Returnee talent']);
  // The site's language switch sets <html lang>, after the widgets have drawn.
  await page.evaluate(() => { document.documentElement.lang = 'zh-CN'; });
  await frames(page);
  assert.deepEqual(await tabs('follows'), ['企业数量', '产值增长', '海归人才']);
  assert.match(await page.locator('#follows canvas').first().getAttribute('aria-label') ?? '', /615家生物医药企业/);
  assert.equal(await page.locator('#follows caption').first().textContent(), '图表数据');
  assert.deepEqual(await tabs('own'), ['Companies', 'Output growth', 'Returnee talent'], 'its own lang wins');
  // A nearer ancestor's lang counts too.
  await page.evaluate(() => /** @type {HTMLElement} */ (document.querySelector('section')).setAttribute('lang', 'en'));
  await frames(page);
  assert.deepEqual(await tabs('follows'), ['Companies', 'Output growth', 'Returnee talent']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Chinese follows the page language: tabs, tooltip, table and numbers', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1000 }, locale: 'zh-CN' });
  await page.goto(`${env.server.url}index.html`);
  await page.evaluate(() => { document.documentElement.lang = 'zh-CN'; });
  await page.evaluate(() => {
    const old = document.querySelector('pingshan-infographic');
    const fresh = document.createElement('pingshan-infographic');
    old.replaceWith(fresh);
  });
  await widgetReady(page);
  const tabs = await page.locator('pingshan-infographic [role="tab"]').allTextContents();
  assert.deepEqual(tabs, ['企业数量', '产值增长', '海归人才']);
  await page.locator('pingshan-infographic canvas:not([aria-hidden])').focus();
  await page.keyboard.press('Home');
  const tip = await tooltip(page);
  assert.match(tip.text, /坪山区生物医药企业/);
  assert.match(tip.text, /615家数据时间：2020年第三季度 · 文章报道的数据/);
  // Issue 23: the English sentence is labelled as the English version's and marked English,
  // in the tooltip and the table, and set upright (no Chinese in italic); the source line's
  // English headline and authors are marked English, the outlets' Chinese names not.
  assert.match(tip.text, /英文版原句：“As of the third quarter/);
  const marks = await page.evaluate(() => {
    const root = document.querySelector('pingshan-infographic').shadowRoot;
    const quote = /** @type {HTMLElement} */ (root.querySelector('.tooltip .quote'));
    const shown = /** @type {HTMLTableElement} */ (root.querySelector('table'));
    return {
      quote: { lang: quote.lang, style: getComputedStyle(quote).fontStyle },
      headers: [.../** @type {NodeListOf<HTMLElement>} */ (shown.querySelectorAll('thead th'))].map((cell) => [cell.textContent, cell.lang]),
      quoteCells: [...shown.querySelectorAll('tbody tr')].map((row) => /** @type {HTMLElement} */ (row.lastElementChild))
        .map((cell) => [cell.lang, cell.textContent.slice(0, 2)]),
      source: /** @type {Element} */ (root.querySelector('[part="source"]')).textContent,
      sourceEnglish: [.../** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll('[part="source"] [lang]'))].map((span) => [span.lang, span.textContent]),
    };
  });
  assert.deepEqual(marks.quote, { lang: 'en', style: 'normal' });
  assert.deepEqual(marks.headers.map(([text, lang]) => lang), ['', '', '', '', '']);
  assert.equal(marks.headers.at(-1)?.[0], '英文版原句');
  assert.deepEqual(marks.quoteCells.map(([lang]) => lang), ['en', 'en', 'en', 'en']);
  assert.equal(marks.quoteCells[0][1], 'As');
  assert.match(marks.source, /^来源：坪山区科技创新局、坪山区融媒体中心，英文版报道《Zhong Nanshan praises/);
  assert.match(marks.source, /（作者：Lin Yiying、Zhao Lu），2021年3月10日$/);
  assert.deepEqual(marks.sourceEnglish.map(([lang]) => lang), ['en', 'en']);
  assert.match(marks.sourceEnglish[0][1], /^Zhong Nanshan praises/);
  assert.equal(marks.sourceEnglish[1][1], 'Lin Yiying、Zhao Lu');
  // No element shows Chinese in italic, wherever the reader looks.
  const italicChinese = await page.evaluate(() => {
    /** @type {string[]} */
    const found = [];
    const walk = (/** @type {ShadowRoot} */ root) => {
      for (const node of root.querySelectorAll('*')) {
        const own = [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).map((child) => /** @type {Text} */ (child).data).join('');
        const style = getComputedStyle(node);
        if (/\p{Script=Han}/u.test(own) && style.fontStyle !== 'normal' && style.fontSynthesisStyle !== 'none') found.push(own);
      }
    };
    walk(document.querySelector('pingshan-infographic').shadowRoot);
    return found;
  });
  assert.deepEqual(italicChinese, []);
  const name = await page.locator('pingshan-infographic canvas:not([aria-hidden])').getAttribute('aria-label');
  assert.equal(name, '615家生物医药企业，191家聚集在一条路上');
  assert.equal(await page.evaluate(() => document.querySelector('pingshan-infographic').shadowRoot.querySelector('.frame').lang), 'zh-CN');
  if (updateScreenshots) {
    await page.evaluate(() => /** @type {HTMLElement | null} */ (document.querySelector('pingshan-infographic').shadowRoot.activeElement)?.blur());
    await frames(page);
    await page.locator('pingshan-infographic').screenshot({ path: `${DOCS}view-companies-zh.png` });
  }
  await page.close();
});

// Issue 23: an English quote holding Chinese characters (a name the article gives in both) is
// in italic, but no Chinese glyph is slanted: Chinese fonts have no italic to use, and none is
// faked.
test('no Chinese in italic: an English quote with Chinese characters fakes no oblique', async () => {
  const doc = JSON.parse(await readFile(new URL('../../src/data/pingshan.json', import.meta.url), 'utf8'));
  doc.views[0].figures[0].quote = 'The district (坪山区) has reached 615 biomedical companies.';
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1000 } });
  const errors = watchErrors(page, { warnings: true });
  await page.route('**/han-quote.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(doc) }));
  await page.goto(`${env.server.url}index.html`);
  await page.evaluate(() => {
    const fresh = document.createElement('pingshan-infographic');
    fresh.setAttribute('src', 'han-quote.json');
    fresh.setAttribute('lang', 'en');
    document.querySelector('pingshan-infographic').replaceWith(fresh);
  });
  await widgetReady(page);
  await page.locator('pingshan-infographic canvas:not([aria-hidden])').focus();
  await page.keyboard.press('Home');
  const quote = await page.evaluate(() => {
    const node = /** @type {HTMLElement} */ (document.querySelector('pingshan-infographic').shadowRoot.querySelector('.tooltip .quote'));
    const style = getComputedStyle(node);
    return { text: node.textContent, lang: node.lang, style: style.fontStyle, synthesis: style.fontSynthesisStyle };
  });
  assert.match(quote.text, /坪山区/);
  assert.deepEqual({ ...quote, text: undefined }, { text: undefined, lang: 'en', style: 'italic', synthesis: 'none' });
  assert.deepEqual(errors, []);
  await page.close();
});

// Issue 23: a Hong Kong page reads the embedded document in Traditional Chinese, Hong Kong's
// words and dates, with the frame's lang saying so; a Singapore page Simplified; followed live.
test('Traditional Chinese for a zh-HK page: tabs, description, tooltip, table and Hong Kong\'s fonts', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 1000 }, locale: 'zh-HK' });
  const errors = watchErrors(page, { warnings: true });
  await page.goto(`${env.server.url}index.html`);
  await page.evaluate(() => {
    document.documentElement.lang = 'zh-HK';
    document.querySelector('pingshan-infographic').replaceWith(document.createElement('pingshan-infographic'));
  });
  await widgetReady(page);
  const tabs = () => page.locator('pingshan-infographic [role="tab"]').allTextContents();
  assert.deepEqual(await tabs(), ['企業數目', '產值增長', '海歸人才']);
  const canvas = page.locator('pingshan-infographic canvas:not([aria-hidden])');
  assert.equal(await canvas.getAttribute('aria-label'), '615家生物醫藥企業，191家集中在同一條路上');
  await canvas.focus();
  await page.keyboard.press('Home');
  const tip = await tooltip(page);
  assert.match(tip.description ?? '', /^坪山區生物醫藥企業：615家；/);
  assert.match(tip.description ?? '', /坪山區企業數目，截至2020年第三季。用方向鍵在這4項數據之間移動。$/);
  assert.match(tip.text, /數據時間：2020年第三季 · 報道所載數據/);
  assert.match(tip.text, /英文版原句：/);
  const shadow = (/** @type {string} */ selector) => page.evaluate((selector) =>
    document.querySelector('pingshan-infographic').shadowRoot.querySelector(selector)?.textContent, selector);
  assert.equal(await shadow('caption'), '圖表數據');
  assert.match(await shadow('[part="source"]') ?? '', /^資料來源：/);
  assert.equal(await page.evaluate(() => document.querySelector('pingshan-infographic').shadowRoot.querySelector('.frame').lang), 'zh-HK');
  // Hong Kong's Han faces, not the mainland's, for the page parts (the canvas's are Rust's).
  const font = await page.evaluate(() => getComputedStyle(/** @type {Element} */ (document.querySelector('pingshan-infographic').shadowRoot
    .querySelector('[part="source"]'))).fontFamily);
  assert.ok(font.includes('"PingFang HK"') && !font.includes('"PingFang SC"'), font);
  if (updateScreenshots) {
    await page.evaluate(() => /** @type {HTMLElement | null} */ (document.querySelector('pingshan-infographic').shadowRoot.activeElement)?.blur());
    await frames(page);
    await page.locator('pingshan-infographic').screenshot({ path: `${DOCS}view-companies-zh-hant.png` });
  }
  // Singapore reads Simplified, Taiwan Traditional: the page's switch is followed live.
  await page.evaluate(() => { document.documentElement.lang = 'zh-SG'; });
  await frames(page);
  assert.deepEqual(await tabs(), ['企业数量', '产值增长', '海归人才']);
  await page.evaluate(() => { document.documentElement.lang = 'zh-Hant-TW'; });
  await frames(page);
  assert.deepEqual(await tabs(), ['企業數目', '產值增長', '海歸人才']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('theme auto follows the reader\'s colour scheme, live', async () => {
  const { page } = await openPage({ colorScheme: 'light' });
  const light = await canvasHash(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() =>
    document.querySelector('pingshan-infographic').shadowRoot.querySelector('.frame').dataset.theme === 'dark');
  await frames(page);
  assert.notEqual(await canvasHash(page), light, 'the canvas is redrawn dark without a reload');
  if (updateScreenshots) await page.locator('pingshan-infographic').screenshot({ path: `${DOCS}view-companies-dark.png` });
  await page.evaluate(() => document.querySelector('pingshan-infographic').setAttribute('theme', 'light'));
  await frames(page);
  assert.equal(await canvasHash(page), light, 'an explicit theme wins over the colour scheme');
  await page.close();
});

test('views change with a short transition, or at once when reduced motion is asked for', async () => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const { page } = await openPage({ reducedMotion });
    // Every animation started on a canvas is recorded as it starts (its duration, in ms): a
    // busy machine may end a 300 ms transition before the test could read `getAnimations()`.
    await page.evaluate(() => {
      window.canvasAnimations = [];
      document.querySelector('pingshan-infographic').shadowRoot.addEventListener('animationstart', (event) => {
        const target = /** @type {Element} */ (event.target);
        if (target.localName === 'canvas') window.canvasAnimations.push(parseFloat(getComputedStyle(target).animationDuration) * 1000);
      });
    });
    await page.locator('pingshan-infographic [role="tab"]').nth(1).click();
    await page.waitForFunction(() => document.querySelector('pingshan-infographic').view === 'output');
    await page.waitForTimeout(reducedMotion === 'reduce' ? 400 : 0);
    await page.waitForFunction((reduce) => reduce || window.canvasAnimations.length > 0, reducedMotion === 'reduce', { timeout: 5000 }).catch(() => {});
    const animations = await page.evaluate(() => window.canvasAnimations);
    if (reducedMotion === 'reduce') assert.deepEqual(animations, []);
    else assert.ok(animations.length === 1 && animations[0] > 0 && animations[0] <= 300, `${animations}`);
    await page.close();
  }
});

test('the reader can download the view as PNG (with its source) and the figures as CSV', async () => {
  const { page } = await openPage({ acceptDownloads: true });
  const buttons = page.locator('pingshan-infographic .tools button');
  assert.deepEqual(await buttons.allTextContents(), ['Download image (PNG)', 'Download data (CSV)']);
  const [png] = await Promise.all([page.waitForEvent('download'), buttons.nth(0).click()]);
  assert.equal(png.suggestedFilename(), 'pingshan-companies.png');
  const image = await readFile(await png.path());
  assert.deepEqual([...image.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG file');
  const cssWidth = await page.evaluate(() => document.querySelector('pingshan-infographic').shadowRoot.querySelector('canvas:not([aria-hidden])').getBoundingClientRect().width);
  assert.equal(image.readUInt32BE(16), Math.round(cssWidth) * 2, 'drawn at twice the CSS width');
  // The exported image is taller than the on-screen canvas: it carries the source line.
  const onScreenHeight = await page.evaluate(() => document.querySelector('pingshan-infographic').shadowRoot.querySelector('canvas:not([aria-hidden])').height);
  assert.ok(image.readUInt32BE(20) > 0 && image.readUInt32BE(20) !== onScreenHeight * 2);
  const [csv] = await Promise.all([page.waitForEvent('download'), buttons.nth(1).click()]);
  assert.equal(csv.suggestedFilename(), 'pingshan-companies.csv');
  const rows = (await readFile(await csv.path(), 'utf8')).replace(/^\ufeff/, '').trim().split('\r\n');
  assert.equal(rows[0], 'view,id,label,value,unit,shown_as,qualifier,as_of,kind,formula,quote');
  assert.equal(rows.length, 5, 'header and the four figures of the view');
  assert.match(rows[1], /^companies,companies_district,Biomedical companies in Pingshan District,615,count,615,exact,2020-Q3,reported,,/);
  await page.close();
});

test('at 360 px every tooltip stays inside the widget', async () => {
  const { page } = await openPage({ viewport: { width: 360, height: 900 } });
  for (const index of [0, 1, 2]) {
    await page.locator('pingshan-infographic [role="tab"]').nth(index).click();
    await frames(page);
    await page.locator('pingshan-infographic canvas:not([aria-hidden])').focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i += 1) {
      await frames(page);
      const tip = await tooltip(page);
      assert.ok(tip.visible && tip.inside, `view ${index} mark ${i}: ${JSON.stringify(tip)}`);
      await page.keyboard.press('ArrowDown');
    }
  }
  if (updateScreenshots) {
    await page.keyboard.press('Escape');
    await page.locator('pingshan-infographic [role="tab"]').nth(2).click();
    await frames(page);
    await page.locator('pingshan-infographic').screenshot({ path: `${DOCS}phone-360-talent.png` });
  }
  await page.close();
});
