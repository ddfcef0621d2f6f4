// A static file server for www/ on loopback, for the end-to-end tests. Optional extra headers
// (a Content-Security-Policy, say) are sent with every response. For browsers driven without
// request interception (WebKit over WebDriver): `pages` serves extra HTML pages by path, and
// `inject` is put at the start of every HTML page's <head> (an error recorder, say).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WWW = fileURLToPath(new URL('../../www/', import.meta.url));

/** The policy a strict news site might send: no inline script or style, no eval, wasm allowed. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` (www/) on a free loopback port, until `close`.
 * @param {{ root?: string, headers?: Record<string, string>, pages?: Record<string, string>, inject?: string }} [options]
 */
export async function serve({ root = WWW, headers = {}, pages = {}, inject = '' } = {}) {
  const server = createServer(async (request, response) => {
    // A server's request always has its URL (the type's `undefined` is for a client's response).
    const path = decodeURIComponent(new URL(/** @type {string} */ (request.url), 'http://localhost').pathname);
    const page = Object.hasOwn(pages, path) ? pages[path] : null;
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = page ?? await readFile(file);
      if (inject && extname(file) === '.html') body = String(body).replace(/<head>/i, `<head>${inject}`);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      response.writeHead(404, headers).end('not found');
    }
  });
  await /** @type {Promise<void>} */ (new Promise((resolve) => server.listen(0, '127.0.0.1', resolve)));
  // Listening on a TCP port, the server's address is an AddressInfo (a string is a pipe's).
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}
