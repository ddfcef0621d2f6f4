// WebKit, Safari's engine, for the end-to-end tests: Debian's WebKitWebDriver driving its
// MiniBrowser (WebKitGTK) on a private Xvfb display, over plain W3C WebDriver (HTTP and JSON
// from Node's fetch, no client library, nothing downloaded). `make setup` installs
// webkit2gtk-driver and xvfb. There is no fallback: if WebKit cannot start, launching throws.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** The MiniBrowser WebKitWebDriver starts (WEBKIT_BROWSER overrides it). */
function miniBrowser() {
  if (process.env.WEBKIT_BROWSER) return process.env.WEBKIT_BROWSER;
  let files = '';
  try {
    files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
  } catch {
    throw new Error('WebKit: libwebkit2gtk-4.1-0 is not installed (make setup installs webkit2gtk-driver)');
  }
  const path = files.split('\n').find((line) => line.endsWith('/MiniBrowser'));
  if (!path || !existsSync(path)) throw new Error('WebKit: no MiniBrowser in libwebkit2gtk-4.1-0');
  return path;
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * A process `start` started: the end of its output, and what it failed with (if it does).
 * @typedef {import('node:child_process').ChildProcess & { stdout: import('node:stream').Readable,
 *   stderr: import('node:stream').Readable, log: string, failed: Promise<Error> }} Started
 */

/**
 * Starts `command` in its own process group, keeping the end of its output for error messages.
 * @param {string} command @param {string[]} args
 * @param {{ extra?: 'pipe'[], env?: NodeJS.ProcessEnv }} [options]
 */
function start(command, args, options = {}) {
  const child = /** @type {Started} */ (spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe', ...(options.extra ?? [])], env: options.env }));
  child.log = '';
  const keep = (/** @type {string} */ chunk) => { child.log = (child.log + chunk).slice(-4000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.failed = new Promise((resolve) => {
    child.on('error', (error) => resolve(new Error(`WebKit: ${command} could not start: ${error.message} (make setup installs it)`)));
    child.on('exit', (code, signal) => resolve(new Error(`WebKit: ${command} exited (${signal ?? code}): ${child.log}`)));
  });
  return child;
}

/** @param {Started | undefined} child */
function stop(child) {
  if (child?.exitCode === null && child.signalCode === null) {
    try { process.kill(-(/** @type {number} */ (child.pid)), 'SIGTERM'); } catch { /* already gone */ }
  }
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves with `promise`, or rejects with whichever of `failures` comes first, or after `ms`.
 * @template T
 * @param {number} ms @param {string} what @param {Promise<T>} promise @param {Promise<Error>[]} failures
 * @returns {Promise<T>}
 */
function within(ms, what, promise, ...failures) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {Promise<never>} */
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`WebKit: ${what} took over ${ms} ms`)), ms); });
  const failed = failures.map((failure) => failure.then((error) => { throw error; }));
  // `failed` only rejects; the race resolves with `promise`'s value.
  return Promise.race([promise, timeout, ...failed]).finally(() => clearTimeout(timer));
}

/** The keys WebDriver sends by code point. */
export const KEY = { Tab: '\uE004', Escape: '\uE00C', Home: '\uE011', End: '\uE010', ArrowLeft: '\uE012', ArrowRight: '\uE014', ArrowDown: '\uE015' };

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** One WebDriver session: navigation, scripts, pointer and keyboard actions. */
class Session {
  /** @param {string | null} base */
  constructor(base) {
    this.base = base;
    /** @type {string | null} */
    this.id = null;
    /** What the session was created with (launchWebKit sets it). @type {Record<string, unknown>} */
    this.capabilities = {};
    /** Ends the session and its processes (launchWebKit sets it). @type {() => Promise<void>} */
    this.close = async () => {};
  }

  /**
   * A WebDriver command's value (the JSON's `value`, whatever the command returns).
   * @param {string} method @param {string} path @param {unknown} [body]
   * @returns {Promise<any>}
   */
  async command(method, path, body) {
    const url = `${this.base}${this.id ? `/session/${this.id}` : ''}${path}`;
    const response = await fetch(url, { method, body: body === undefined ? undefined : JSON.stringify(body) });
    const { value } = await response.json();
    if (!response.ok || value?.error) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  /**
   * Goes to `url` and waits for its load event.
   * @param {string} url
   */
  goto(url) {
    return this.command('POST', '/url', { url });
  }

  /**
   * Runs `fn(...args)` in the page and returns its (JSON) result; elements pass both ways.
   * @template {unknown[]} A @template R
   * @param {(...args: A) => R} fn @param {A} args
   * @returns {Promise<Awaited<R>>}
   */
  run(fn, ...args) {
    return this.command('POST', '/execute/sync', { script: `return (${fn})(...arguments);`, args });
  }

  /**
   * Runs `fn(...args)` every 50 ms until it returns something truthy, and returns that.
   * @template {unknown[]} A @template R
   * @param {(...args: A) => R} fn @param {A} args
   * @param {{ timeout?: number, what?: string }} [options]
   */
  async until(fn, args, { timeout = 30000, what = String(fn) } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const value = await this.run(fn, ...args);
      if (value) return value;
      if (Date.now() > end) throw new Error(`WebKit: waited ${timeout} ms for ${what}`);
      await sleep(50);
    }
  }

  /** Two animation frames, so what a change scheduled has been drawn. */
  frames() {
    return this.run(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  /**
   * Moves the mouse to (x, y) in viewport coordinates.
   * @param {number} x @param {number} y
   */
  async pointerMove(x, y) {
    await this.command('POST', '/actions', { actions: [{
      type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
      actions: [{ type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) }],
    }] });
  }

  /**
   * Clicks the element (found by a script, so inside shadow roots too), as a reader would.
   * @param {object} element a reference `run` returned, which WebDriver writes as `{ [ELEMENT]: id }`
   */
  click(element) {
    return this.command('POST', `/element/${/** @type {Record<string, string>} */ (element)[ELEMENT]}/click`, {});
  }

  /**
   * Presses and releases each key in turn, sent to the focused element.
   * @param {string[]} keys
   */
  async press(...keys) {
    await this.command('POST', '/actions', { actions: [{
      type: 'key', id: 'keyboard',
      actions: keys.flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]),
    }] });
  }

  /** @param {number} width @param {number} height */
  setWindowSize(width, height) {
    return this.command('POST', '/window/rect', { width, height });
  }
}

/**
 * Starts Xvfb, WebKitWebDriver on a free port and one MiniBrowser session. `close()` ends the
 * session and stops both processes.
 */
export async function launchWebKit() {
  const binary = miniBrowser();
  /** @type {Started | undefined} */
  let xvfb;
  /** @type {Started | undefined} */
  let driver;
  const browser = new Session(null);
  const close = async () => {
    if (browser.id) await browser.command('DELETE', '').catch(() => {});
    stop(driver);
    stop(xvfb);
  };
  try {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3.
    xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { extra: ['pipe'] });
    const displayfd = /** @type {import('node:stream').Readable} */ (xvfb.stdio[3]);
    /** @type {string} */
    const display = await within(20000, 'Xvfb', new Promise((resolve) => {
      let text = '';
      displayfd.on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(text.trim());
      });
    }), xvfb.failed);
    const port = await freePort();
    driver = start('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: `:${display}` } });
    browser.base = `http://127.0.0.1:${port}`;
    let waiting = true;
    await within(20000, 'WebKitWebDriver', (async () => {
      while (waiting) {
        try {
          if ((await browser.command('GET', '/status')).ready) return;
        } catch { /* not listening yet */ }
        await sleep(100);
      }
    })(), driver.failed).finally(() => { waiting = false; });
    const created = await within(60000, 'a MiniBrowser session', browser.command('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } } },
    }), driver.failed);
    browser.id = created.sessionId;
    browser.capabilities = created.capabilities;
    browser.close = close;
    return browser;
  } catch (error) {
    await close();
    throw error;
  }
}
