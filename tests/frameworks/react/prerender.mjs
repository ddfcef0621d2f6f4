// The server's part of the React build: renders the app to HTML with the server bundle (which
// imports pingshan-infographic in Node: the package's `node` export, which defines nothing)
// and writes it into the client's index.html, which the browser then hydrates.
import { readFile, writeFile } from 'node:fs/promises';

const { render } = await import(new URL('dist/server/entry-server.js', import.meta.url));
const page = new URL('dist/client/index.html', import.meta.url);
const html = await readFile(page, 'utf8');
if (!html.includes('<!--app-->')) throw new Error('index.html has no <!--app--> to fill');
await writeFile(page, html.replace('<!--app-->', () => render()));
