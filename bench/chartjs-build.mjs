// How the peer is bundled: shared by the benchmark (bench/run.mjs) and the size test
// (tests/e2e/dist.test.mjs), so both weigh the same Chart.js.
import { fileURLToPath } from 'node:url';

/** @type {import('esbuild').BuildOptions} */
export const chartjsBuild = {
  entryPoints: [fileURLToPath(new URL('chartjs-entry.js', import.meta.url))],
  bundle: true,
  minify: true,
  format: 'esm',
  logLevel: 'error',
};

// The peer for every chart type the widget draws since format 2 (bar, line, stacked; category
// and linear axes), drawing the example documents' views: weighed beside the widget.
/** @type {import('esbuild').BuildOptions} */
export const chartjsKindsBuild = {
  ...chartjsBuild,
  entryPoints: [fileURLToPath(new URL('chartjs-kinds-entry.js', import.meta.url))],
};
