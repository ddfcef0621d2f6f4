// How the benchmark counts compressed bytes, shared with the test that holds the deployed files
// to them (tests/e2e/dist.test.mjs): `node:zlib` gzip at level 9 and brotli at quality 11, as a
// server that compresses ahead of time would.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotliSize = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
