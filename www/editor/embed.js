// The embed code for a document: the script and the element, with the document in the page
// or given by URL, and the fallback content readers see whenever the widget's code does not
// arrive. In the page, every `<` in the JSON is written `\u003c`, so no text in it
// (`</script>`, `<!--`) can end the script element early; JSON reads it back the same.

/** @typedef {import('../pkg-editor/pingshan_infographic.js').Widget} Widget */

/**
 * `kind`: 'inline' (the document inside the element) or 'src' (uploaded as `{name}.json`
 * beside the widget's files). `address` is where the newsroom serves the widget's files
 * (ending in `/`); `fallback` the fallback element's HTML (`fallbackHtml`), or ''.
 * @param {string} documentText @param {string} kind
 * @param {{address: string, name: string, fallback?: string}} options
 */
export function embedCode(documentText, kind, { address, name, fallback = '' }) {
  const script = `<script type="module" src="${attribute(`${address}pingshan-infographic.js`)}"></script>`;
  const inner = fallback ? `\n  ${fallback}` : '';
  if (kind === 'src') {
    return `${script}\n<!-- Upload ${name}.json (Export .json) beside the widget's files. -->\n`
      + `<pingshan-infographic src="${attribute(`${address}${name}.json`)}">${inner}\n</pingshan-infographic>\n`;
  }
  return `${script}\n${embedElement(documentText, fallback)}`;
}

/** The element with the document (and the fallback content, if any) inside it. @param {string} documentText */
export function embedElement(documentText, fallback = '') {
  const json = JSON.stringify(JSON.parse(documentText)).replaceAll('<', '\\u003c');
  const inner = fallback ? `\n  ${fallback}` : '';
  return `<pingshan-infographic>\n  <script type="application/json">${json}</script>${inner}\n</pingshan-infographic>\n`;
}

/** @param {string} text */
function attribute(text) {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * The fallback content, as HTML: the first view's picture (`picture`: `{svg, width, height}`,
 * the SVG Rust draws, carried in the code as a `data:` URL, so there is nothing to upload and
 * nothing to go missing), then each view's title and figures (derived ones said so) and the
 * source line, in the words the widget itself uses (Rust's `texts` and `viewText`, read from
 * `widget`, a handle of the editor's wasm). Built as elements whose text is set with
 * `textContent` and serialized by the browser, so no text of the document can become markup.
 * @param {Widget} widget @param {string} lang @param {{picture: import('./session.js').Picture | null}} options
 */
export function fallbackHtml(widget, lang, { picture }) {
  // Elements of a document with no window: its image is never fetched here.
  const inert = document.implementation.createHTMLDocument('');
  const box = inert.createElement('div');
  box.setAttribute('slot', 'fallback');
  // The language the widget speaks for it: one the document is written in.
  box.setAttribute('lang', widget.resolveLang(lang));
  const { tabs, source } = widget.texts(lang);
  if (picture) {
    const image = inert.createElement('img');
    image.setAttribute('src', svgDataUrl(picture.svg));
    image.setAttribute('alt', tabs[0]?.title ?? '');
    image.setAttribute('width', String(picture.width));
    image.setAttribute('height', String(Math.round(picture.height)));
    image.setAttribute('loading', 'lazy');
    image.setAttribute('style', 'max-width: 100%; height: auto');
    box.append(image);
  }
  for (const tab of tabs) {
    const text = widget.viewText(tab.id, lang);
    if (!text) continue; // Null only for an id that names no view; each tab's names one.
    const { table, figures } = text;
    const title = inert.createElement('p');
    const strong = inert.createElement('strong');
    strong.textContent = tab.title;
    title.append(strong);
    const list = inert.createElement('ul');
    figures.forEach((words, index) => {
      const item = inert.createElement('li');
      item.textContent = `${words} (${table.rows[index][2]})`;
      list.append(item);
    });
    box.append(title, list);
  }
  const line = inert.createElement('p');
  line.textContent = source;
  box.append(line);
  return box.outerHTML;
}

/**
 * An SVG as a `data:` URL: percent-encoded, but with the characters a URL may hold as they are
 * (spaces, `=`, `:`, `/`, `,`, `;`), which keeps it near the SVG's own size and compressible.
 * @param {string} svg
 */
export function svgDataUrl(svg) {
  const encoded = encodeURIComponent(svg.replace(/\s+/g, ' ').trim())
    .replace(/%(20|3D|3A|2F|2C|3B)/g, (escape) => decodeURIComponent(escape));
  return `data:image/svg+xml,${encoded}`;
}

/** A file name for the graphic, from the document's title: `guizhou-high-tech-output`. @param {string | undefined} title */
export function graphicName(title) {
  const slug = (title ?? '').normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.split('-').slice(0, 6).join('-') || 'infographic';
}

/**
 * What is wrong with a widget address for another site's page, or '' when nothing is: not an
 * address, a local one readers cannot reach, plain http (blocked on https pages), or the
 * editor's own origin (another site's page is refused a module from it unless this server
 * allows it by CORS).
 * @param {string} address @param {{origin: string}} [here]
 */
export function addressProblem(address, here = location) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return 'This is not a web address: write it in full, such as https://news.example.com/graphics/.';
  }
  if (!['http:', 'https:'].includes(url.protocol)) return `A ${url.protocol} address cannot be loaded by readers: use the https:// address of your newsroom's server.`;
  const host = url.hostname;
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host === '[::1]' || host === '0.0.0.0' || /^127\./.test(host)) {
    return `${host} is this computer: readers' browsers cannot load the widget from it. Use the address where your newsroom serves the widget's files.`;
  }
  if (url.origin === here.origin) {
    return "This is the editor's own address: a page on another site is refused the widget's code from it unless this server allows that site (CORS). Use the address where your newsroom serves the widget's files.";
  }
  if (url.protocol === 'http:') return 'An http address is blocked on https pages: use https://.';
  return '';
}
