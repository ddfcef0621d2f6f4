// Starts Vite's dev server on this page, on loopback, and prints its address; the test loads it
// and then ends this process. `node dev.mjs vite|vite7 CACHE_DIR [exclude]`: which Vite (8, or
// 7 installed as `vite7`), the pre-bundling's folder (the test's own, so two runs never share
// one), and whether the config leaves the package out of the pre-bundling, as the README's
// recipe for Vite 7 and older says.
import { fileURLToPath } from 'node:url';

const [which, cacheDir, exclude] = process.argv.slice(2);
const { createServer } = await import(which);
const server = await createServer({
  root: fileURLToPath(new URL('.', import.meta.url)),
  configFile: false,
  logLevel: 'error',
  cacheDir,
  server: { host: '127.0.0.1', port: 0 },
  optimizeDeps: exclude === 'exclude' ? { exclude: ['pingshan-infographic'] } : {},
});
await server.listen();
console.log(server.resolvedUrls.local[0]);
