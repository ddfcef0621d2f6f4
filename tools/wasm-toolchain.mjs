// The pinned nightly that builds the shipped wasm, read from wasm-toolchain.toml: the one place
// it is named (the Makefile reads the same line with sed). bench/run.mjs builds its named size
// profile with it.
import { readFile } from 'node:fs/promises';

export async function wasmToolchain() {
  const toml = await readFile(new URL('../wasm-toolchain.toml', import.meta.url), 'utf8');
  const channel = /^channel = "(.*)"$/m.exec(toml);
  if (!channel) throw new Error('wasm-toolchain.toml: expected a `channel = "…"` line');
  return channel[1];
}
