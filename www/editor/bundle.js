// "Download the graphic": one .zip a newsroom uploads as it is. It holds the widget's deployed
// files (listed by dist/widget-files.json, fetched from where the editor is served), the
// document, an article page with the widget, the iframe embed page with the document inside,
// the embed code for the newsroom's address, every view's picture in each language and theme,
// and a README saying how to upload it. Zipped by fflate.
import { strToU8, zipSync } from 'fflate';

/**
 * What the zip is made of (publish.js): `element` the widget element with the document and
 * its fallback content inside, `pictures` every view's SVG by file name.
 * @typedef {{name: string, lang: string, title: string, address: string, documentText: string,
 *   element: string, embedCode: string, pictures: {file: string, svg: string}[]}} Graphic
 */

/** The deployed widget's files beside this editor: in dist/ itself, or dist/ beside www/ in development. */
async function widgetFiles() {
  for (const base of [new URL('./', location.href), new URL('./dist/', location.href)]) {
    const response = await fetch(new URL('widget-files.json', base)).catch(() => null);
    if (!response?.ok) continue;
    /** @type {string[]} */
    const names = await response.json();
    /** @type {Record<string, Uint8Array>} */
    const files = {};
    for (const name of names) {
      const file = await fetch(new URL(name, base));
      if (!file.ok) throw new Error(`${name}: HTTP ${file.status}`);
      files[name] = new Uint8Array(await file.arrayBuffer());
    }
    return files;
  }
  throw new Error('the widget’s deployed files (dist/widget-files.json) are not beside this editor: run make build');
}

const escapeHtml = (/** @type {string} */ text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * An article page: the headline, the widget with its document and fallback content inside.
 * @param {Pick<Graphic, 'lang' | 'title' | 'element'>} graphic
 */
function articlePage({ lang, title, element }) {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <link rel="icon" href="favicon.svg">
  <script type="module" src="pingshan-infographic.js"></script>
</head>
<body>
  <main>
    <h1>${escapeHtml(title)}</h1>
    ${element}
  </main>
</body>
</html>
`;
}

/**
 * The zip's bytes. `graphic`: `{name, lang, title, address, documentText, element, embedCode,
 * pictures: [{file, svg}]}`, `element` being the widget element with the document and fallback inside (a
 * page in the zip's folder names its files relatively).
 * @param {Graphic} graphic
 */
export async function graphicZip(graphic) {
  const { name, lang, title, documentText, element, embedCode, pictures } = graphic;
  const files = await widgetFiles();
  // The iframe page of the widget's files, with this document inside its element.
  const embedPage = new TextDecoder().decode(files['embed.html'])
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    // The deployed page's oEmbed link names the embedded document's responses, not this graphic's.
    .replace(/\n\s*<link rel="alternate" type="application\/json\+oembed"[^>]*>/, '')
    .replace(/<pingshan-infographic loading="eager"><\/pingshan-infographic>/, () => element.replace('<pingshan-infographic>', '<pingshan-infographic loading="eager">'));
  /** @type {Record<string, Uint8Array>} */
  const entries = {
    ...files,
    'embed.html': strToU8(embedPage),
    'index.html': strToU8(articlePage({ lang, title, element })),
    [`${name}.json`]: strToU8(documentText),
    'embed-code.html': strToU8(embedCode),
    'README.txt': strToU8(readme(graphic)),
  };
  for (const { file, svg } of pictures) entries[`pictures/${file}`] = strToU8(svg);
  const folder = Object.fromEntries(Object.entries(entries).map(([file, bytes]) => [`${name}/${file}`, bytes]));
  return zipSync(folder, { level: 9 });
}

/** @param {Graphic} graphic */
function readme({ name, title, pictures, address }) {
  return `${title}
A sourced infographic made with pingshan-infographic's editor.

Upload what the folder ${name}/ holds, as it is, to the widget address given in the editor:
${address}
(the embed code names that address). Then:

- index.html is a page with the graphic: open it to check the upload.
- To put the graphic in an article, paste the code in embed-code.html into the article's HTML.
  It loads the widget from the folder's address and holds the document and the fallback
  content (the chart's picture and its figures) that readers see if the widget cannot load.
- For a CMS that strips scripts, embed the iframe page instead, sized by embed-resize.js:
  <iframe src="${address}embed.html" title="${title.replaceAll('"', "'")}"
    style="width: 100%; border: 0" scrolling="no"></iframe>
  <script src="${address}embed-resize.js"></script>
- ${name}.json is the data document; the widget can also load it by URL (src="${name}.json").
- pictures/ holds every view as an SVG picture, in each language and theme
  (${pictures.length} files), for social media, print or a newsletter.

The server must send .wasm files as application/wasm. Pages of another site load the widget
only if this server allows them: send Access-Control-Allow-Origin (for example *) with the
folder's files.
`;
}
