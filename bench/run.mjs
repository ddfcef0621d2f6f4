// make bench: this widget against Chart.js 4 drawing the same three views, in one headless
// Chromium run. Rounds alternate between the two; each metric is the median over the rounds.
// Prints a markdown table and writes docs/benchmarks.md (not with --no-write, which CI uses
// with BENCH_QUICK=1 only to prove the harness still works: it never fails on a timing).
import { execFileSync } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { cpus } from 'node:os';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUICK = Boolean(process.env.BENCH_QUICK);
const ROUNDS = QUICK ? 1 : Number(process.env.BENCH_ROUNDS ?? 5);
const SWITCHES = QUICK ? 30 : 200;
const MEMORY_SWITCHES = QUICK ? [20, 60] : [100, 1000];
const WRITE = !process.argv.includes('--no-write');
const VIEWS = ['companies', 'output', 'talent'];

await mkdir(`${ROOT}target/bench`, { recursive: true });
await build({
  entryPoints: [`${ROOT}bench/chartjs-entry.js`], bundle: true, minify: true, format: 'esm',
  outfile: `${ROOT}target/bench/chartjs.js`, logLevel: 'error',
});

const server = await serve({ root: ROOT });
const browser = await launch();

async function measure(kind, height) {
  // Animations off on both: the widget's view transition honours reduced motion.
  const context = await browser.newContext({ viewport: { width: 800, height: 1000 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.html') && response.status() === 200) bodies.push(response.body());
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${server.url}bench/${kind}.html?h=${height}`);
  const firstChart = await page.evaluate(() => window.bench.ready);
  const size = await page.evaluate(() => window.bench.size());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
  const switches = (n, offset = 0) => page.evaluate(async ([n, offset, views]) => {
    for (let i = 0; i < n; i += 1) await window.bench.show(views[(i + offset + 1) % 3]);
  }, [n, offset, VIEWS]);
  await switches(9);
  const before = await metric('TaskDuration');
  await switches(SWITCHES);
  const perSwitch = ((await metric('TaskDuration')) - before) * 1000 / SWITCHES;
  const memory = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return { heap: await metric('JSHeapUsedSize'), wasm: await page.evaluate(() => window.bench.wasmBytes()) };
  };
  await switches(MEMORY_SWITCHES[0] - 9 - SWITCHES > 0 ? MEMORY_SWITCHES[0] - 9 - SWITCHES : 0);
  const early = await memory();
  await switches(MEMORY_SWITCHES[1] - Math.max(MEMORY_SWITCHES[0], 9 + SWITCHES));
  const late = await memory();
  const files = await Promise.all(bodies);
  const bytes = {
    raw: files.reduce((n, b) => n + b.length, 0),
    gzip: files.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    brotli: files.reduce((n, b) => n + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
  await context.close();
  if (errors.length) throw new Error(`${kind}: ${errors.join('; ')}`);
  return {
    bytes, firstChart, perSwitch, size, files: files.length,
    heapGrowth: late.heap - early.heap, wasmGrowth: late.wasm - early.wasm, heap: late.heap, wasm: late.wasm,
  };
}

// The widget's canvas height at 640 px, so that Chart.js draws on a canvas of the same size.
const probe = await measure('widget', 560);
const height = Math.round(probe.size.height);
const results = { widget: [], chartjs: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  const order = round % 2 ? ['chartjs', 'widget'] : ['widget', 'chartjs'];
  for (const kind of order) results[kind].push(await measure(kind, height));
}
const version = browser.version();
await browser.close();
await server.close();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const pick = (kind, read) => median(results[kind].map(read));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(2)} ms`;
const rows = [
  ['Bytes loaded for the chart (raw)', (r) => r.bytes.raw, kb],
  ['Bytes, gzip -9', (r) => r.bytes.gzip, kb],
  ['Bytes, brotli 11', (r) => r.bytes.brotli, kb],
  ['First painted chart, from navigation start', (r) => r.firstChart, ms],
  [`Main-thread time per view switch (TaskDuration over ${SWITCHES})`, (r) => r.perSwitch, ms],
  [`JS heap growth, switch ${MEMORY_SWITCHES[0]} to ${MEMORY_SWITCHES[1]}`, (r) => r.heapGrowth, kb],
  [`Wasm memory growth, switch ${MEMORY_SWITCHES[0]} to ${MEMORY_SWITCHES[1]}`, (r) => r.wasmGrowth, kb],
];
const lines = [
  '| Metric | pingshan-infographic | Chart.js 4 | ratio |',
  '|---|---:|---:|---:|',
  ...rows.map(([name, read, format]) => {
    const widget = pick('widget', read);
    const chartjs = pick('chartjs', read);
    const ratio = chartjs > 0 ? `${(widget / chartjs).toFixed(2)}×` : '–';
    return `| ${name} | ${format(widget)} | ${format(chartjs)} | ${ratio} |`;
  }),
];
const table = lines.join('\n');
console.log(table);

if (WRITE) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let profile = '(twiggy not installed: `cargo install twiggy`)';
  try {
    const wasm = `${ROOT}target/wasm32-unknown-unknown/release/pingshan_infographic.wasm`;
    execFileSync('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--quiet'], { cwd: ROOT });
    execFileSync('wasm-bindgen', ['--target', 'web', '--out-dir', `${ROOT}target/bench/names`, wasm]);
    profile = execFileSync('twiggy', ['top', '-n', '20', `${ROOT}target/bench/names/pingshan_infographic_bg.wasm`], { encoding: 'utf8' });
  } catch (error) {
    profile = `(profile not taken: ${error.message.split('\n')[0]})`;
  }
  const notes = await readFile(`${ROOT}bench/NOTES.md`, 'utf8');
  await writeFile(`${ROOT}docs/benchmarks.md`, `# Benchmarks

Measured by \`make bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpu}),
${version}, headless, one run, ${ROUNDS} alternating rounds, medians. Both draw the same three
views from the same data document on a 640 × ${height} CSS px canvas, animations off; Chart.js 4
is bundled by esbuild (minified, tree-shaken to the bar and doughnut controllers, category and
linear scales, tooltip, legend and title). Ratios are this widget over Chart.js: below 1 is better.

${table}

${notes}
## Where the bytes are (twiggy top, release build before wasm-opt, with names)

\`\`\`
${profile.trim()}
\`\`\`
`);
  console.log('wrote docs/benchmarks.md');
}
