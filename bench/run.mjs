// make bench: this widget against Chart.js 4 drawing the same three views, in one headless
// Chromium run. Rounds alternate between the two (widget, chartjs, chartjs, widget, …); each
// metric is the median over the rounds. Prints a markdown table and writes docs/benchmarks.md
// with a twiggy size profile of the wasm.
//
//   BENCH_ROUNDS=n   rounds (default 5)
//   BENCH_QUICK=1    one round with fewer switches
//   --no-write       print only; docs/benchmarks.md is left alone
//
// After them, the reader's side at 4× CPU (bench/interaction.mjs): the worst tab click (web-vitals
// INP) and pointer-move to next frame, on the widget's Pingshan page and the Guizhou example.
//
// `make test` runs `BENCH_QUICK=1 node bench/run.mjs --no-write` to prove the harness still
// works: it fails on a broken page (an error, a switch that does not happen, nothing loaded),
// never on a timing.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import { cpus } from 'node:os';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import { chartjsBuild } from './chartjs-build.mjs';
import { brotliSize, gzipSize, peerSize } from './sizes.mjs';
import { sizeTricks } from './tricks.mjs';
import { SETTLE_MS, THROTTLE, interactionTable } from './interaction.mjs';
import { wasmOptFlags } from '../tools/wasm-opt-flags.mjs';
import { wasmToolchain } from '../tools/wasm-toolchain.mjs';
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUICK = !['', '0', undefined].includes(process.env.BENCH_QUICK);
const ROUNDS = QUICK ? 1 : Number(process.env.BENCH_ROUNDS ?? 5);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error(`BENCH_ROUNDS must be a positive integer, not ${process.env.BENCH_ROUNDS}`);
// Switches: memory is read (after a forced GC) at EARLY and LATE; TaskDuration is summed over
// the TIMED switches in between.
const EARLY = QUICK ? 20 : 100;
const TIMED = QUICK ? 30 : 200;
const LATE = QUICK ? 80 : 1000;
// The first chart is the noisiest figure: each round loads each page this many times, each in
// a fresh context, alternating between the two, and every load's time counts.
const LOADS = QUICK ? 1 : 5;
const WRITE = !process.argv.includes('--no-write');
const VIEWS = ['companies', 'output', 'talent'];
const WIDTH = 640;
// Rust's primitive types, for attributing `<u64 as Display>::fmt` and the like to core.
const PRIMITIVES = new Set(['bool', 'char', 'str', 'f32', 'f64', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize',
  'i8', 'i16', 'i32', 'i64', 'i128', 'isize']);

await mkdir(`${ROOT}target/bench`, { recursive: true });
await build({ ...chartjsBuild, outfile: `${ROOT}target/bench/chartjs.js` });
await build({ ...chartjsBuild, entryPoints: [`${ROOT}bench/chartjs-example-entry.js`], outfile: `${ROOT}target/bench/chartjs-example.js` });

// The story each pair of pages draws: Pingshan (the embedded document; every figure below), and
// one new example, China Daily's Guizhou report (columns, stacked, bars), timed alike: the
// widget given the document as a child script, Chart.js the same JSON bundled.
/** @type {{ views: { id: string }[] }} */
const EXAMPLE = JSON.parse(await readFile(`${ROOT}docs/examples/guizhou-high-tech-2018/doc.json`, 'utf8'));
/**
 * @typedef {'widget' | 'chartjs'} Kind
 * @typedef {{ pages: Record<Kind, string>, views: string[] }} Story
 * @type {Record<'pingshan' | 'guizhou', Story>}
 */
const STORIES = {
  pingshan: { pages: { widget: 'bench/widget.html', chartjs: 'bench/chartjs.html' }, views: VIEWS },
  guizhou: { pages: { widget: 'target/bench/example-widget.html', chartjs: 'target/bench/example-chartjs.html' }, views: EXAMPLE.views.map((view) => view.id) },
};
const widgetPage = await readFile(`${ROOT}bench/widget.html`, 'utf8');
await writeFile(`${ROOT}target/bench/example-widget.html`, widgetPage
  .replaceAll('../www/dist/', '../../www/dist/')
  .replace('view="companies"></pingshan-infographic>', () => `view="${EXAMPLE.views[0].id}"><script type="application/json">${JSON.stringify(EXAMPLE).replaceAll('<', '\\u003c')}</script></pingshan-infographic>`));
await writeFile(`${ROOT}target/bench/example-chartjs.html`, (await readFile(`${ROOT}bench/chartjs.html`, 'utf8'))
  .replace('../target/bench/chartjs.js', 'chartjs-example.js'));

const server = await serve({ root: ROOT });
const browser = await launch();

/** @param {unknown} condition @param {string | null} message */
function check(condition, message) {
  if (!condition) throw new Error(`bench harness: ${message}`);
}

/**
 * `collect`: keep every response's body, for the byte counts (the extra first-chart loads do not).
 * @param {Kind} kind
 * @param {number} height
 */
async function open(kind, height, collect = true, story = STORIES.pingshan) {
  // Animations off on both: the widget's view transition honours reduced motion.
  const context = await browser.newContext({ viewport: { width: 800, height: 1000 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  /** @type {Promise<{ name: string, body: Buffer }>[]} */
  const responses = [];
  // Everything the chart needs (JS, wasm, CSS, data), not the HTML shell.
  /** @param {import('playwright-core').Response} response */
  const keep = (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.html') && response.status() === 200) {
      responses.push(response.body().then((body) => ({ name: basename(url.pathname), body })));
    }
  };
  if (collect) page.on('response', keep);
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(`${server.url}${story.pages[kind]}?h=${height}`);
  const firstChart = await page.evaluate(() => window.bench.ready);
  check(Number.isFinite(firstChart) && firstChart > 0, `${kind}: no first-chart time`);
  const problems = () => (errors.length ? `${kind}: ${errors.join('; ')}` : null);
  return { context, page, responses, firstChart, problems };
}

/**
 * One more load, for its first-chart time only.
 * @param {Kind} kind
 * @param {number} height
 */
async function firstChartOnly(kind, height, story = STORIES.pingshan) {
  const { context, firstChart, problems } = await open(kind, height, false, story);
  await context.close();
  const problem = problems();
  check(!problem, problem);
  return firstChart;
}

/** @param {Kind} kind @param {number} height */
async function measure(kind, height, story = STORIES.pingshan) {
  const { context, page, responses, firstChart, problems } = await open(kind, height, true, story);
  check(!(await page.evaluate(() => window.bench.errors?.())), `${kind}: the widget shows data errors`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // Chromium's metrics always include the two read here.
  /** @param {'JSHeapUsedSize' | 'TaskDuration'} name */
  const metric = async (name) => /** @type {{ value: number }} */ ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)).value;
  let done = 0;
  /** @param {number} n */
  const switches = async (n) => {
    const wrong = await page.evaluate(async ([n, done, views]) => {
      for (let i = 0; i < n; i += 1) {
        const view = views[(done + i + 1) % views.length];
        await window.bench.show(view);
        if (window.bench.view() !== view) return `showed ${window.bench.view()} instead of ${view}`;
      }
      return null;
    }, /** @type {[number, number, string[]]} */ ([n, done, story.views]));
    check(!wrong, `${kind}: ${wrong}`);
    done += n;
  };
  // Wasm linear memory is outside the JS heap metric, and the element does not expose its
  // instance: every WebAssembly.Memory on the page is found on the heap and their sizes summed.
  const wasmBytes = async () => {
    const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
    // An object's result (not a primitive's) has its id.
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: /** @type {string} */ (proto.objectId) });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return [this.length, this.reduce((n, m) => n + m.buffer.byteLength, 0)]; }',
      returnByValue: true,
    });
    const [count, bytes] = result.value;
    check(count === (kind === 'widget' ? 1 : 0), `${kind}: ${count} wasm memories`);
    return bytes;
  };
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return { heap: await metric('JSHeapUsedSize'), wasm: await wasmBytes() };
  };

  await switches(EARLY);
  const early = await memory();
  const before = await metric('TaskDuration');
  await switches(TIMED);
  const perSwitch = ((await metric('TaskDuration')) - before) * 1000 / TIMED;
  await switches(LATE - done);
  const late = await memory();
  check(done === LATE, `${kind}: ${done} switches, expected ${LATE}`);

  const files = await Promise.all(responses);
  await context.close();
  const problem = problems();
  check(!problem, problem);
  check(files.length > 0, `${kind}: nothing loaded`);
  if (kind === 'widget') check(files.some((f) => f.name.endsWith('.wasm')), 'widget: no wasm loaded');
  /** @type {(read: (body: Buffer) => number) => number} */
  const sum = (read) => files.reduce((n, f) => n + read(f.body), 0);
  return {
    bytes: { raw: sum((b) => b.length), gzip: sum(gzipSize), brotli: sum(brotliSize) },
    files: files.map((f) => ({ name: f.name, raw: f.body.length, gzip: gzipSize(f.body) })),
    firstChart, perSwitch, early, late,
  };
}

// The widget's canvas height at this width (height follows from width), so that Chart.js
// draws on a canvas of the same CSS size.
const probe = await open('widget', 0);
const size = await probe.page.evaluate(() => window.bench.size());
await probe.context.close();
check(Math.round(size.width) === WIDTH && size.height > 0, `widget canvas is ${size.width} × ${size.height}`);
const height = Math.round(size.height);

/** @typedef {Awaited<ReturnType<typeof measure>> & { firstCharts: number[] }} Round One page's figures in one round. */
/** @type {Record<Kind, Round[]>} */
const results = { widget: [], chartjs: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  /** @type {Kind[]} */
  const order = round % 2 ? ['chartjs', 'widget'] : ['widget', 'chartjs'];
  // The extra first-chart loads alternate between the two, before the long switch runs.
  /** @type {Record<Kind, number[]>} */
  const firstCharts = { widget: [], chartjs: [] };
  for (let load = 1; load < LOADS; load += 1) {
    for (const kind of order) firstCharts[kind].push(await firstChartOnly(kind, height));
  }
  for (const kind of order) {
    const measured = await measure(kind, height);
    results[kind].push({ ...measured, firstCharts: [...firstCharts[kind], measured.firstChart] });
    process.stderr.write(`round ${round + 1}/${ROUNDS} ${kind} done\n`);
  }
}

// The new example: first chart and switches, the same rounds, at the widget's height for it.
const exampleProbe = await open('widget', 0, true, STORIES.guizhou);
const exampleHeight = Math.round((await exampleProbe.page.evaluate(() => window.bench.size())).height);
await exampleProbe.context.close();
/** @type {Record<Kind, Round[]>} */
const example = { widget: [], chartjs: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  /** @type {Kind[]} */
  const order = round % 2 ? ['chartjs', 'widget'] : ['widget', 'chartjs'];
  /** @type {Record<Kind, number[]>} */
  const firstCharts = { widget: [], chartjs: [] };
  for (let load = 1; load < LOADS; load += 1) {
    for (const kind of order) firstCharts[kind].push(await firstChartOnly(kind, exampleHeight, STORIES.guizhou));
  }
  for (const kind of order) {
    const measured = await measure(kind, exampleHeight, STORIES.guizhou);
    example[kind].push({ ...measured, firstCharts: [...firstCharts[kind], measured.firstChart] });
    process.stderr.write(`example round ${round + 1}/${ROUNDS} ${kind} done\n`);
  }
}
// The reader's side: interactions at 4× CPU, the same number of rounds, a fresh page each.
const interaction = await interactionTable(browser, {
  Pingshan: { url: `${server.url}${STORIES.pingshan.pages.widget}`, views: STORIES.pingshan.views },
  'Guizhou example': { url: `${server.url}${STORIES.guizhou.pages.widget}`, views: STORIES.guizhou.views },
}, { rounds: ROUNDS, quick: QUICK });
const version = browser.version();
await browser.close();
await server.close();

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
// A row's reader gives one value per round, or several (the first-chart loads).
/** @typedef {(round: Round) => number | number[]} Read */
/** @type {(kind: Kind, read: Read, from?: Record<Kind, Round[]>) => number[]} */
const values = (kind, read, from = results) => from[kind].flatMap((r) => [read(r)].flat());
/** @type {(kind: Kind, read: Read, from?: Record<Kind, Round[]>) => number} */
const pick = (kind, read, from = results) => median(values(kind, read, from));
/** @type {(kind: Kind, read: Read, format: (n: number) => string) => string} */
const range = (kind, read, format) => {
  const all = values(kind, read);
  return `${format(Math.min(...all))}–${format(Math.max(...all))}`;
};
/** @type {(n: number) => string} */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** @type {(n: number) => string} */
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
/** @type {(n: number) => string} */
const ms = (n) => `${n.toFixed(2)} ms`;
/** @typedef {[name: string, read: Read, format: (n: number) => string]} Row A table's row: its name, reader and unit. */
/** @type {Row[]} */
const rows = [
  ['Bytes loaded for the chart, raw', (r) => r.bytes.raw, kb],
  ['Bytes, gzip -9', (r) => r.bytes.gzip, kb],
  ['Bytes, brotli 11', (r) => r.bytes.brotli, kb],
  [`First painted chart, from navigation start (${ROUNDS * LOADS} loads)`, (r) => r.firstCharts, ms],
  [`Main-thread time per view switch (TaskDuration, ${TIMED} switches)`, (r) => r.perSwitch, ms],
  [`JS heap after ${EARLY} switches (after GC)`, (r) => r.early.heap, mb],
  [`JS heap after ${LATE} switches (after GC)`, (r) => r.late.heap, mb],
  [`JS heap growth, switch ${EARLY} to ${LATE}`, (r) => r.late.heap - r.early.heap, kb],
  [`Wasm memory after ${LATE} switches`, (r) => r.late.wasm, mb],
  [`Wasm memory growth, switch ${EARLY} to ${LATE}`, (r) => r.late.wasm - r.early.wasm, kb],
];
const table = [
  '| Metric | pingshan-infographic | Chart.js 4 | ratio |',
  '|---|---:|---:|---:|',
  ...rows.map(([name, read, format]) => {
    const widget = pick('widget', read);
    const chartjs = pick('chartjs', read);
    const ratio = chartjs > 0 && widget >= 0 ? `${(widget / chartjs).toFixed(2)}×` : '–';
    const peer = name.startsWith('Wasm') ? 'no wasm' : format(chartjs);
    return `| ${name} | ${format(widget)} | ${peer} | ${ratio} |`;
  }),
].join('\n');
const spread = /** @type {Row[]} */ ([
  ['first chart', (r) => r.firstCharts, ms],
  ['per switch', (r) => r.perSwitch, ms],
]).map(([name, read, format]) => `${name}: widget ${range('widget', read, format)}, Chart.js ${range('chartjs', read, format)}`).join('; ');
/** @param {Kind} kind */
const fileList = (kind) => results[kind][0].files.map((f) => `\`${f.name}\` ${kb(f.raw)} (${kb(f.gzip)} gzip)`).join(', ');

const exampleTable = [
  '| On the Guizhou example | pingshan-infographic | Chart.js 4 | ratio |',
  '|---|---:|---:|---:|',
  ...rows.filter(([name]) => /^(First painted|Main-thread)/.test(name)).map(([name, read, format]) => {
    const widget = pick('widget', read, example);
    const chartjs = pick('chartjs', read, example);
    return `| ${name} | ${format(widget)} | ${format(chartjs)} | ${(widget / chartjs).toFixed(2)}× |`;
  }),
].join('\n');

console.log(table);
console.log(`\nRange over ${ROUNDS} round(s): ${spread}.`);
console.log(`\n${exampleTable}`);
console.log(`\n${interaction.table}`);

if (WRITE) {
  const nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const notes = await readFile(`${ROOT}bench/NOTES.md`, 'utf8');
  const document = `# Benchmarks

Measured by \`make bench\` on ${new Date().toISOString().slice(0, 10)}: \`nproc\` ${nproc}, ${cpu},
Chromium ${version} (headless, \`--disable-gpu\`: software paint), one browser run,
${ROUNDS} alternating rounds (widget first in odd rounds, Chart.js first in even ones), medians.
Both pages draw the same three views from the same data document (\`src/data/pingshan.json\`)
on a ${WIDTH} × ${height} CSS px canvas (the widget's own height at that width), with
animations off (reduced motion for the widget, \`animation: false\` for Chart.js). Chart.js
${await chartjsVersion()} is bundled by esbuild (minified, tree-shaken to the bar controller,
bar element, category and linear scales, tooltip, legend, title and subtitle); each of its
views is one horizontal bar chart with the title, subtitle and notes.
Ratios are the widget over Chart.js: below 1× is better for the widget.

${table}

Range over the rounds (the first chart: over every load): ${spread}.

Files counted. Widget: ${fileList('widget')}. Chart.js: ${fileList('chartjs')}.

On a new example, China Daily's Guizhou report (\`docs/examples/guizhou-high-tech-2018/\`: a
columns, a stacked and a bars view), measured the same way in the same run: the widget given
the document as a child script of the element, Chart.js drawing the same JSON bundled into its
script (\`bench/chartjs-example-entry.js\`: a bar chart for columns and bars, one stacked bar for
the parts, a new chart at each switch, as Chart.js asks when a chart's type or axes change), on
a ${WIDTH} × ${exampleHeight} CSS px canvas.

${exampleTable}

The reader's side, at ${THROTTLE}× CPU slowdown (the DevTools protocol's
\`Emulation.setCPUThrottlingRate\`), the widget only (\`bench/interaction.mjs\`), ${ROUNDS} fresh
pages of each story: the reader looks at the first chart for ${SETTLE_MS / 1000} s, sweeps the mouse
across it in rows (each move timed from the event's \`timeStamp\` to the task after the next
animation frame, which has painted its tooltip by then), then clicks each other tab once, the
first visit to each view; web-vitals' \`onINP\` (\`reportAllChanges\`, durations from 16 ms)
gives the page's interaction to next paint, the worst of these clicks. Event Timing rounds
durations to 8 ms.

${interaction.table}

${await kindsComparison()}

${await sizeTricks()}

How each figure is taken (\`bench/run.mjs\`):
- **Bytes**: the bodies of every response but the HTML page, summed; gzip at level 9 and
  brotli at quality 11 with \`node:zlib\`, file by file. The widget is loaded as a newsroom
  deploys it, from \`www/dist/\` (\`make build\`: element and glue as one minified module, and
  the wasm). The widget's data document is inside its wasm; Chart.js's bundle includes the
  same JSON.
- **First painted chart**: \`performance.now()\` (milliseconds since navigation start) in the
  animation frame after the chart is drawn: after the element's \`ready\` resolves, and after
  \`new Chart(…)\` returns (Chart.js draws in its constructor). The widget's page preloads the
  wasm (\`<link rel="preload" as="fetch">\`), as the README recommends for an eager widget
  at the top of a page; Chart.js's single script needs no hint. Each round loads each page
  ${LOADS} times, alternating between the two, each in a fresh browser context (its own HTTP
  cache); the median is over all ${ROUNDS * LOADS} loads.
- **Per switch**: the DevTools protocol's \`Performance.getMetrics\` TaskDuration, summed over
  ${TIMED} switches and divided by ${TIMED}. Each switch sets \`el.view\` (widget) or swaps
  labels, datasets and titles and calls \`chart.update('none')\` (Chart.js), then awaits one
  animation frame, so the time includes the frame's style, layout and paint.
- **Memory**: \`JSHeapUsedSize\` after \`HeapProfiler.collectGarbage\`, at switch ${EARLY} and
  switch ${LATE}. The widget's wasm linear memory is not in the heap metric: the runner finds
  every \`WebAssembly.Memory\` on the page (\`Runtime.queryObjects\`; exactly one for the
  widget, none for Chart.js) and reads its \`buffer.byteLength\`.

${notes.replace('<!-- twiggy -->', (await sizeProfile()).trim())}`;
  await writeFile(`${ROOT}docs/benchmarks.md`, document);
  console.log('wrote docs/benchmarks.md');
}

async function chartjsVersion() {
  return JSON.parse(await readFile(`${ROOT}node_modules/chart.js/package.json`, 'utf8')).version;
}

// twiggy on the shipped wasm (names stripped, so items are `code[n]`), and on the same build
// optimised again with names kept (`wasm-opt -g` with the flags of Cargo.toml), which has the
// same code and data and tells what each item is.
async function sizeProfile() {
  const shipped = `${ROOT}www/pkg/pingshan_infographic_bg.wasm`;
  /** @type {(...args: string[]) => string} */
  const twiggy = (...args) => execFileSync('twiggy', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  let plain;
  try {
    plain = twiggy('top', '-n', '20', shipped);
  } catch (error) {
    return `(twiggy not run: ${/** @type {Error} */ (error).message.split('\n')[0]}; \`cargo install twiggy\`)`;
  }
  let named;
  try {
    const flags = await wasmOptFlags();
    // As `make build` builds the shipped wasm: the nightly of wasm-toolchain.toml, with the
    // flags the Makefile exports.
    if (!process.env.WASM_RUSTFLAGS) throw new Error('the named profile needs the Makefile\'s WASM_* variables: run `make bench`');
    const env = {
      ...process.env,
      RUSTUP_TOOLCHAIN: await wasmToolchain(),
      RUSTFLAGS: process.env.WASM_RUSTFLAGS ?? '',
      CARGO_UNSTABLE_BUILD_STD: process.env.WASM_BUILD_STD ?? '',
      CARGO_UNSTABLE_BUILD_STD_FEATURES: process.env.WASM_BUILD_STD_FEATURES ?? '',
    };
    execFileSync('cargo', ['build', '--release', '--lib', '--target', 'wasm32-unknown-unknown', '--quiet'], { cwd: ROOT, stdio: 'inherit', env });
    const out = `${ROOT}target/bench/names`;
    execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', out, `${ROOT}target/wasm32-unknown-unknown/release/pingshan_infographic.wasm`]);
    execFileSync('wasm-opt', [...flags, '-g', `${out}/pingshan_infographic_bg.wasm`, '-o', `${out}/named.wasm`]);
    /** @type {TwiggyItem[]} */
    const items = JSON.parse(twiggy('top', '--format', 'json', `${out}/named.wasm`));
    /** @param {TwiggyItem} item */
    const isNames = (item) => item.name.includes('"function names" subsection') || item.name.includes('"name" section');
    const names = items.filter(isNames).reduce((n, item) => n + item.shallow_size, 0);
    const total = items.reduce((n, item) => n + item.shallow_size, 0) - names;
    const shippedBytes = (await stat(shipped)).size;
    const top = items.filter((item) => !isNames(item)).slice(0, 30);
    /** @type {Map<string, number>} */
    const byCrate = new Map();
    for (const item of items.filter((i) => !isNames(i))) {
      const crate = crateOf(item.name);
      byCrate.set(crate, (byCrate.get(crate) ?? 0) + item.shallow_size);
    }
    /** @type {(n: number) => string} */
    const pct = (n) => `${(100 * n / total).toFixed(1)}%`;
    named = [
      `The same build with names (\`wasm-opt -g\`): ${total} bytes without the name section, against ${shippedBytes} shipped.`,
      '',
      '| Bytes | Share | Item (top 30 by own size) |',
      '|---:|---:|---|',
      ...top.map((item) => `| ${item.shallow_size} | ${pct(item.shallow_size)} | \`${shorten(item.name)}\` |`),
      '',
      '| Bytes | Share | By crate (an item counts for the crate its name starts with) |',
      '|---:|---:|---|',
      ...[...byCrate].sort((a, b) => b[1] - a[1]).map(([crate, n]) => `| ${n} | ${pct(n)} | ${crate} |`),
      '',
      ...retainers(items, twiggy, `${out}/named.wasm`),
    ].join('\n');
  } catch (error) {
    named = `(named profile not taken: ${/** @type {Error} */ (error).message.split('\n')[0]})`;
  }
  return `\`twiggy top -n 20 www/pkg/pingshan_infographic_bg.wasm\` (the shipped file):

\`\`\`
${plain.trim()}
\`\`\`

${named}`;
}

// What keeps core's float formatting and Debug formatting in the wasm: every such item with
// its size, and twiggy's retaining paths for the largest of each.
/** @typedef {{ name: string, shallow_size: number }} TwiggyItem An item of `twiggy top --format json`. */
/**
 * @param {TwiggyItem[]} items
 * @param {(...args: string[]) => string} twiggy
 * @param {string} wasm
 */
function retainers(items, twiggy, wasm) {
  /** @type {[title: string, pattern: RegExp, root: RegExp][]} */
  const groups = [
    ['Float formatting', /flt2dec|fmt::(Display|LowerExp|UpperExp|Debug)>::fmt.*|bignum/, /^<f64 as .*fmt::(Display|LowerExp|Debug)>::fmt$/],
    ['Debug formatting', /as core\[[0-9a-f]+\]::fmt::Debug>::fmt|escape_debug|slice_error_fail/, /Debug>::fmt/],
  ];
  /** @type {string[]} */
  const lines = [];
  for (const [title, pattern, root] of groups) {
    const found = items.filter((item) => pattern.test(item.name) && (title !== 'Float formatting' || /f64|f32|flt2dec|bignum/.test(item.name)));
    const total = found.reduce((n, item) => n + item.shallow_size, 0);
    lines.push(`**${title}**: ${total} bytes in ${found.length} items${found.length ? ':' : '.'}`);
    for (const item of found) lines.push(`- ${item.shallow_size} \`${shorten(item.name)}\``);
    const largest = found.filter((item) => root.test(shorten(item.name))).sort((a, b) => b.shallow_size - a.shallow_size)[0];
    if (largest) {
      lines.push('', `\`twiggy paths\` for \`${shorten(largest.name)}\`:`, '', '```',
        twiggy('paths', wasm, largest.name).split('\n').slice(0, 24).join('\n').trim(), '```');
    }
    lines.push('');
  }
  return lines;
}

/** @param {string} name */
function shorten(name) {
  return name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, '').replace(/\|/g, '\\|');
}

// A rough owner for a function: the crate its (demangled) name starts with, or for
// `<T as Trait>` on a primitive or a generic, the trait's crate.
/** @param {string} full */
function crateOf(full) {
  const name = full.replace(/^byn\$mgfn-shared\$/, ''); // functions binaryen merged
  if (name.startsWith('data segment')) return 'data segments (strings, tables, the embedded data document)';
  if (/ shim$|^__wbg|^__wbindgen|^__externref|^<?(wasm_bindgen|js_sys|web_sys)\b/.test(name)) return 'wasm-bindgen, js-sys, web-sys (glue, shims, closures)';
  if (/section|magic|^(table|elem|type|import|export|global|memory|custom|func)\b|^code\[/.test(name)) return 'wasm structure (types, imports, exports, tables)';
  if (/^__rustc\b/.test(name)) return 'alloc';
  if (/^(__|mem(cmp|cpy|set|move)$|f(max|min)$|round$|floor$|ceil$|pow$|sqrt$)/.test(name)) return 'compiler_builtins, libm';
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return 'wasm-bindgen, js-sys, web-sys (glue, shims, closures)'; // exports
  const impl = /^<&?(?:mut )?(\[?[A-Za-z_][A-Za-z0-9_]*\]?)(?:<[^ ]*>)? as &?([A-Za-z_][A-Za-z0-9_]*)/.exec(name);
  let crate = /^[<&\s]*(?:impl\s+)?(?:dyn\s+)?([A-Za-z_][A-Za-z0-9_]*)/.exec(name)?.[1] ?? 'other';
  if (impl && (PRIMITIVES.has(impl[1]) || /^\[?[A-Z]\]?$/.test(impl[1]))) crate = impl[2];
  if (PRIMITIVES.has(crate) || /^[A-Z]$/.test(crate) || name.startsWith('<[')) crate = 'core';
  if (['wasm_bindgen', 'js_sys', 'web_sys'].includes(crate)) return 'wasm-bindgen, js-sys, web-sys (glue, shims, closures)';
  if (crate === 'serde_core' || crate === 'serde_path_to_error' || crate === 'serde') return 'serde';
  if (crate.startsWith('plotters')) return 'plotters, plotters-canvas';
  return crate;
}

// The widget's deployed bytes beside Chart.js tree-shaken to every chart type the widget
// draws since format 2 (bar, line and stacked bar; category and linear axes), drawing the
// example documents' views (bench/chartjs-kinds-entry.js): size only.
async function kindsComparison() {
  const widget = results.widget[0].bytes;
  const peer = await peerSize();
  /** @type {(a: number, b: number) => string} */
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  return `Beside Chart.js tree-shaken to every chart type the widget draws (bar, line and stacked
bar controllers and elements, point element, category and linear scales, tooltip, legend,
title, subtitle; \`bench/chartjs-kinds-entry.js\`, drawing the example documents' views):
${peer.gzip} bytes gzip and ${peer.brotli} brotli, so the widget's ${widget.gzip} and
${widget.brotli} are ${ratio(widget.gzip, peer.gzip)} and ${ratio(widget.brotli, peer.brotli)} of it.`;
}
