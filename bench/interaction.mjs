// The reader's side of speed, for make bench (bench/run.mjs): under 4× CPU throttling (the
// DevTools protocol's Emulation.setCPUThrottlingRate), in a fresh page each round,
// - the worst tab click: a reader who has looked at the first chart for a while clicks each
//   other tab once (the first visit to each view), and web-vitals' onINP (reportAllChanges)
//   reports the page's interaction to next paint, which with fewer than 50 interactions is the
//   worst of them;
// - pointer-move to next frame: a sweep of the mouse across the chart in rows, each move
//   timed from the event's timeStamp to the task after the next animation frame (the frame
//   that shows its tooltip has been painted by then), its 95th percentile.
// It checks that each click showed its view and that the figures were taken, never a timing.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const WEB_VITALS = await readFile(`${dirname(require.resolve('web-vitals'))}/web-vitals.iife.js`, 'utf8');

export const THROTTLE = 4;
// How long the reader looks at the first chart before the sweep and the clicks.
export const SETTLE_MS = 2000;

// Runs in the page before its own scripts. Event Timing reports durations of 16 ms and more
// (in steps of 8 ms); web-vitals' own floor is 40 ms, too coarse for a 50 ms target.
const PROBE = `${WEB_VITALS}
window.interaction = { inp: [], moves: [], timing: true };
webVitals.onINP((metric) => window.interaction.inp.push(metric.value), { reportAllChanges: true, durationThreshold: 16 });
addEventListener('pointermove', (event) => {
  if (!window.interaction.timing) return;
  const start = event.timeStamp;
  requestAnimationFrame(() => setTimeout(() => window.interaction.moves.push(performance.now() - start)));
}, { capture: true });`;

/** @param {unknown} condition @param {string} message */
function check(condition, message) {
  if (!condition) throw new Error(`bench harness (interaction): ${message}`);
}

/** @type {(ms: number) => Promise<void>} */
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {number[]} values @param {number} p */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * One fresh page of `url` (bench/widget.html or its example copy) at 4×: `{ worstClick, moveP95,
 * moves }`. `views` is the story's views, the first on screen at load; `rows` the sweep's rows.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {string[]} views
 * @param {{ rows?: number, steps?: number }} [sweep]
 */
export async function measureInteraction(browser, url, views, { rows = 6, steps = 30 } = {}) {
  const context = await browser.newContext({ viewport: { width: 800, height: 1000 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(url);
  await page.evaluate(() => window.bench.ready);
  check(await page.evaluate(() => window.bench.view()) === views[0], `${url}: the first view is not ${views[0]}`);
  await wait(SETTLE_MS);

  // The sweep: rows from a tenth of the chart's height to nine tenths, left to right.
  const box = await page.evaluate(() => window.bench.size());
  for (let row = 0; row < rows; row += 1) {
    const y = box.y + box.height * (0.1 + (0.8 * row) / Math.max(1, rows - 1));
    await page.mouse.move(box.x + 2, y);
    await page.mouse.move(box.x + box.width - 2, y, { steps });
  }
  await page.mouse.move(790, 990); // Off the chart, so no tooltip covers a tab.
  await wait(300);
  const moves = await page.evaluate(() => { window.interaction.timing = false; return window.interaction.moves; });
  check(moves.length >= rows * steps / 2, `${url}: ${moves.length} pointer moves timed`);

  // The first visit to each other view, by a click on its tab.
  for (const view of views.slice(1)) {
    await page.locator(`[role="tab"][data-view="${view}"]`).click();
    await page.waitForFunction((id) => window.bench.view() === id, view);
    await wait(500);
  }
  await page.waitForFunction(() => window.interaction.inp.length > 0, null, { timeout: 5000 }).catch(() => {});
  const inp = await page.evaluate(() => window.interaction.inp);
  await context.close();
  check(!errors.length, `${url}: ${errors.join('; ')}`);
  check(inp.length > 0, `${url}: web-vitals reported no interaction to next paint`);
  return { worstClick: Math.max(...inp), moveP95: percentile(moves, 95), moves: moves.length };
}

/** @typedef {Awaited<ReturnType<typeof measureInteraction>>} Interaction One page's figures. */

/** @type {(n: number) => string} */
const ms = (n) => `${n.toFixed(0)} ms`;
/** @type {(values: number[]) => number} */
const median = (values) => percentile(values, 50);
/** @type {(values: number[]) => string} */
const spread = (values) => `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;

/**
 * Every story's interaction figures over `rounds` fresh pages, as a markdown table (medians,
 * with the range over the rounds). `stories`: `{ name: { url, views } }`.
 * @param {import('playwright-core').Browser} browser
 * @param {Record<string, { url: string, views: string[] }>} stories
 * @param {{ rounds: number, quick: boolean }} options
 */
export async function interactionTable(browser, stories, { rounds, quick }) {
  const sweep = quick ? { rows: 2, steps: 15 } : { rows: 6, steps: 30 };
  /** @type {Record<string, Interaction[]>} */
  const results = Object.fromEntries(Object.keys(stories).map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, { url, views }] of Object.entries(stories)) {
      results[name].push(await measureInteraction(browser, url, views, sweep));
      process.stderr.write(`interaction round ${round + 1}/${rounds} ${name} done\n`);
    }
  }
  const names = Object.keys(stories);
  /** @type {(label: string, read: (result: Interaction) => number) => string} */
  const row = (label, read) => `| ${label} | ${names.map((name) => spread(results[name].map(read))).join(' | ')} |`;
  const table = [
    `| At ${THROTTLE}× CPU, a fresh page each round (median, range) | ${names.join(' | ')} |`,
    `|---|${names.map(() => '---:').join('|')}|`,
    row('Worst tab click, first visit to each view (INP, web-vitals)', (r) => r.worstClick),
    row(`Pointer move to next frame, 95th percentile (${sweep.rows * sweep.steps} moves)`, (r) => r.moveP95),
  ].join('\n');
  return { table, results };
}

// `node bench/interaction.mjs [rounds]`: only this section, on the deployed build (www/dist/)
// and the example page bench/run.mjs last wrote in target/bench/.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { serve } = await import('../tests/e2e/server.mjs');
  const { launch } = await import('./../tests/e2e/browser.mjs');
  const root = new URL('..', import.meta.url).pathname;
  /** @type {{ views: { id: string }[] }} */
  const example = JSON.parse(await readFile(`${root}docs/examples/guizhou-high-tech-2018/doc.json`, 'utf8'));
  const server = await serve({ root });
  const browser = await launch();
  try {
    const { table } = await interactionTable(browser, {
      Pingshan: { url: `${server.url}bench/widget.html`, views: ['companies', 'output', 'talent'] },
      'Guizhou example': { url: `${server.url}target/bench/example-widget.html`, views: example.views.map((view) => view.id) },
    }, { rounds: Number(process.argv[2] ?? 3), quick: false });
    console.log(table);
  } finally {
    await browser.close();
    await server.close();
  }
}
