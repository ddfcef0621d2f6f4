// `webpack --mode production` on main.js with nothing configured for the widget (the README's
// webpack 5 recipe), through webpack's own API rather than its separate CLI package: dist/
// gets main.js, the wasm webpack found through `new URL(…, import.meta.url)`, and the page.
import { copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';

const here = fileURLToPath(new URL('.', import.meta.url));
const stats = await new Promise((resolve, reject) => {
  webpack({ mode: 'production', context: here, entry: './main.js', output: { path: `${here}dist` } },
    (error, result) => (error ? reject(error) : resolve(result)));
});
if (stats.hasErrors() || stats.hasWarnings()) {
  console.error(stats.toString({ all: false, errors: true, warnings: true }));
  process.exit(1);
}
await copyFile(`${here}index.html`, `${here}dist/index.html`);
