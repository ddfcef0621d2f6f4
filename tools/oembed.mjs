// oEmbed (https://oembed.com/, 1.0): a CMS that embeds by pasting a URL (WordPress, Ghost) reads
// a page's `<link rel="alternate" type="application/json+oembed">`, fetches the JSON it names,
// and puts the JSON's `html` in the article. A static site has no oEmbed endpoint to answer
// `?url=…&maxwidth=…`, so `make build` writes one `rich` response per view and language, and
// one page per view and language that links its response:
// - oembed/{view}-{lang}.json: `html` the iframe embed with its resizer script, `width` and
//   `height` the iframe's at 640 px, `title` the view's, `provider_name`, and the view's static
//   picture (static/{view}-{lang}-light.svg) as the thumbnail, with its size;
// - embed-{view}-{lang}.html: embed.html with its view, language and title written in and the
//   link above, the address to paste into a CMS. embed.html itself links the response of what it
//   shows without parameters (the first view, in English).
// Every word comes from Rust's shell (www/shell.js): the views' titles.
//
// Consumers need absolute URLs, and only the deployment knows its own: `make build
// PUBLIC_URL=https://news.example.com/graphics/` writes them. Without it the URLs are relative
// to the deployed folder, which a consumer cannot resolve: the build says so.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

import { heightAt } from '../www/dom.js';

// The iframe's width: the static pictures' (render_static draws at 640 px).
export const OEMBED_WIDTH = 640;
// What embed.html shows around the chart at 640 px, in CSS pixels, by language: the tab row
// above it, the source line (three lines in English, two in Chinese, which names the outlets
// in Chinese) and download buttons below it, and their margins (www/style.js). The chart's own
// height comes from Rust (the shell's heights); tests/e2e/oembed.test.mjs holds the sum to the
// embed's measured height in each language, so a change of the style or of a source line that
// moves it fails there.
/** @type {Record<string, number>} */
export const EMBED_CHROME_HEIGHT = { en: 157, zh: 141, 'zh-Hant': 141 };

/** @type {(text: string) => string} */
const escapeAttribute = (text) => String(text).replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * Writes the responses and pages into `out` (www/dist/), from the shell and static pictures in
 * `www`. `base` is the deployment's address (ending in `/`), or '' for relative URLs.
 * Returns the names of the files written.
 * @param {{ www: string, out: string, base?: string, provider?: string }} options
 */
export async function writeOembed({ www, out, base = '', provider = '' }) {
  if (base && !base.endsWith('/')) base += '/';
  const shell = (await import(pathToFileURL(`${www}shell.js`).href)).default;
  const embedPage = await readFile(`${www}embed.html`, 'utf8');
  const providerName = provider || (base ? new URL(base).host : 'pingshan-infographic');
  const written = [];
  await mkdir(`${out}oembed`, { recursive: true });
  for (const [lang, { embedded }] of Object.entries(shell.languages)) {
    for (const { id: view, title } of embedded.tabs) {
      const name = `${view}-${lang}`;
      const thumbnail = `static/${name}-light.svg`;
      const svg = await readFile(`${www}${thumbnail}`, 'utf8');
      const [, thumbnailWidth, thumbnailHeight] = svg.match(/<svg width="(\d+)" height="(\d+)"/) ?? [];
      if (!thumbnailHeight) throw new Error(`${thumbnail}: expected <svg width="…" height="…">`);
      const height = heightAt(embedded.heights, OEMBED_WIDTH) + (EMBED_CHROME_HEIGHT[lang] ?? EMBED_CHROME_HEIGHT.en);
      const src = `${base}embed.html?view=${encodeURIComponent(view)}&lang=${lang}`;
      const response = {
        version: '1.0',
        type: 'rich',
        title,
        provider_name: providerName,
        ...(base ? { provider_url: new URL(base).origin } : {}),
        html: `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${OEMBED_WIDTH}" height="${height}" `
          + `style="width: 100%; border: 0"></iframe><script src="${escapeAttribute(`${base}embed-resize.js`)}"></script>`,
        width: OEMBED_WIDTH,
        height,
        thumbnail_url: base + thumbnail,
        thumbnail_width: Number(thumbnailWidth),
        thumbnail_height: Number(thumbnailHeight),
      };
      await writeFile(`${out}oembed/${name}.json`, `${JSON.stringify(response, null, 2)}\n`);
      const page = discoverable(embedPage, `${base}oembed/${name}.json`, title)
        .replace('<html lang="en">', `<html lang="${lang}">`)
        .replace(/<title>.*<\/title>/, () => `<title>${escapeAttribute(title)}</title>`)
        .replace('<pingshan-infographic loading="eager">', `<pingshan-infographic loading="eager" view="${escapeAttribute(view)}" lang="${lang}">`);
      await writeFile(`${out}embed-${name}.html`, page);
      written.push(`oembed/${name}.json`, `embed-${name}.html`);
    }
  }
  // The bare embed.html shows the first view in English.
  const [first] = shell.languages.en.embedded.tabs;
  await writeFile(`${out}embed.html`, discoverable(embedPage, `${base}oembed/${first.id}-en.json`, first.title));
  return written;
}

/**
 * The embed page with its oEmbed discovery link, after its title.
 * @param {string} page
 * @param {string} href
 * @param {string} title
 */
function discoverable(page, href, title) {
  const link = `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(href)}" title="${escapeAttribute(title)}">`;
  if (!page.includes('</title>\n')) throw new Error('www/embed.html: expected a <title> line');
  return page.replace('</title>\n', `</title>\n  ${link}\n`);
}
