// Debian's Chromium driven by playwright-core (no browser download), with the flags this
// sandbox needs: root needs --no-sandbox, and the closed network needs background traffic off.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

import { serve } from './server.mjs';

/** @param {string[]} [extraArgs] */
export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', ...extraArgs],
  });
}

/**
 * Collects console errors and page errors, for asserting that a page ran cleanly; with
 * `warnings: true`, console warnings too (each as `warning: …`), for a page that must run
 * without any (the demo page).
 * @param {import('playwright-core').Page} page
 * @param {{ warnings?: boolean }} [options]
 */
export function watchErrors(page, { warnings = false } = {}) {
  /** @type {string[]} */
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
    else if (warnings && message.type() === 'warning') errors.push(`warning: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/**
 * In the page (any driver's): whether the widget `selector` names is defined and its `ready`
 * has resolved. Watches `ready` on the first call, so call it until it answers true.
 * @param {string} selector
 */
export function isWidgetReady(selector) {
  /** @typedef {import('../../www/pingshan-infographic.js').PingshanInfographic & { testReadyWatched?: boolean, testReady?: boolean }} Watched */
  const widget = customElements.get('pingshan-infographic') && /** @type {Watched | null} */ (document.querySelector(selector));
  if (!widget) return false;
  if (!widget.testReadyWatched) {
    widget.testReadyWatched = true;
    widget.ready.then(() => { widget.testReady = true; });
  }
  return widget.testReady === true;
}

/**
 * Waits until the widget has drawn (or shown its error), failing after `timeout` ms rather
 * than waiting forever on a `ready` that never resolves (a lazy widget out of view, say).
 * @param {import('playwright-core').Page} page
 */
export async function widgetReady(page, selector = 'pingshan-infographic', timeout = 30000) {
  await page.waitForFunction(isWidgetReady, selector, { timeout });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * A hash of the canvas pixels of a widget.
 * @param {import('playwright-core').Page} page
 */
export function canvasHash(page, selector = 'pingshan-infographic') {
  return page.evaluate((s) => {
    // The widget, drawn, has its shadow root, canvas and context: a missing one fails the call.
    const widget = /** @type {Element} */ (document.querySelector(s));
    const canvas = /** @type {HTMLCanvasElement} */ (/** @type {ShadowRoot} */ (widget.shadowRoot).querySelector('canvas:not([aria-hidden])'));
    const data = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d')).getImageData(0, 0, canvas.width, canvas.height).data;
    let hash = 0;
    for (let i = 0; i < data.length; i += 4) hash = (Math.imul(hash, 31) + data[i] + 3 * data[i + 1] + 7 * data[i + 2]) >>> 0;
    return hash;
  }, selector);
}

/**
 * Serves www/ (with `serverOptions`) and launches Chromium (with `launchArgs`) before a test
 * file's tests, and stops both after them. Read `env.server` and `env.browser` inside tests:
 * read before the file's `before` hook has run, or after a failed start, they throw.
 * @param {{ serverOptions?: Parameters<typeof serve>[0], launchArgs?: string[] }} [options]
 */
export function useBrowser({ serverOptions, launchArgs } = {}) {
  /** @type {Awaited<ReturnType<typeof serve>> | null} */
  let server = null;
  /** @type {import('playwright-core').Browser | null} */
  let browser = null;
  before(async () => {
    server = await serve(serverOptions);
    browser = await launch(launchArgs);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('useBrowser: no server (read env.server inside a test)');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('useBrowser: no browser (read env.browser inside a test)');
      return browser;
    },
  };
}

/**
 * `value`, which the test knows is there (a page's response, a found item): throws naming
 * `what` when it is null or undefined, rather than a TypeError further on.
 * @template T
 * @param {T} value
 * @param {string} what
 * @returns {NonNullable<T>}
 */
export function present(value, what) {
  if (value === null || value === undefined) throw new Error(`${what}: none`);
  return value;
}
