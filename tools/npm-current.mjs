// Exits 0 when every devDependency in a package.json (the root's, or that of the folder given,
// `tests/frameworks`) is installed at its pinned version, so `make setup` runs `npm ci` there
// only on a new machine or after that package.json changed.
import { readFile } from 'node:fs/promises';

const folder = process.argv[2]?.replace(/\/?$/, '/') ?? '';
const root = new URL(`../${folder}`, import.meta.url);
const { devDependencies } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
for (const [name, pin] of Object.entries(devDependencies)) {
  // A second version of a package is installed under another name: `"vite7": "npm:vite@7.3.8"`.
  const version = pin.replace(/^npm:.+@/, '');
  try {
    const installed = JSON.parse(await readFile(new URL(`node_modules/${name}/package.json`, root), 'utf8'));
    if (installed.version !== version) throw new Error(`${name} ${installed.version}`);
  } catch {
    process.exit(1);
  }
}
