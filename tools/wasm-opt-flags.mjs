// The release profile's wasm-opt flags, read from Cargo.toml, where wasm-pack takes them: the
// one place they are written. tools/dist.mjs uses the `--enable-*` ones for its renaming pass,
// bench/run.mjs all of them for its named size profile.
import { readFile } from 'node:fs/promises';

/** @returns {Promise<string[]>} */
export async function wasmOptFlags() {
  const cargoToml = await readFile(new URL('../Cargo.toml', import.meta.url), 'utf8');
  const flags = /\[package\.metadata\.wasm-pack\.profile\.release\][^[]*?wasm-opt\s*=\s*(\[[^\]]*\])/.exec(cargoToml);
  if (!flags) throw new Error('Cargo.toml: expected the wasm-opt flags of the release profile');
  return JSON.parse(flags[1]);
}
