// Publishing: the widget's address, the picture, the embed code with its fallback content, and
// the graphic's zip.
import { $, bindings, chosen, previewLang, state } from './session.js';
import { embedCode, embedElement, fallbackHtml, graphicName, addressProblem } from './embed.js';
import { graphicZip } from './bundle.js';
import { download } from '../dom.js';

/** @typedef {import('../pkg-editor/pingshan_infographic.js').Widget} Widget */
/** @typedef {import('./session.js').Picture} Picture */

/** The address the newsroom serves the widget's files from, ending in `/`; else this page's folder. */
export function widgetAddress() {
  const written = $('widget-address', HTMLInputElement).value.trim();
  if (!written) return new URL('./', location.href).href;
  return written.endsWith('/') ? written : `${written}/`;
}

const PICTURE_WIDTH = 640;

/**
 * Runs `use` with a handle of the editor's wasm on `text` (a valid document), freed after.
 * @template R
 * @param {string} text @param {(widget: Widget) => R | Promise<R>} use
 * @returns {Promise<R>}
 */
async function withWidget(text, use) {
  const { createWidgetFromText } = await bindings();
  const widget = createWidgetFromText(text);
  try {
    return await use(widget);
  } finally {
    widget.free();
  }
}

/**
 * A view of the document as an SVG picture, 640 px wide: `{svg, width, height}`.
 * @param {Widget} widget @param {{view?: string, lang: string, theme?: string}} options
 * @returns {Picture}
 */
function pictureOf(widget, { view = '', lang, theme = 'light' }) {
  const svg = widget.svgPicture({ view, lang, theme, width: PICTURE_WIDTH });
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { svg, width: PICTURE_WIDTH, height };
}

/**
 * The graphic's file name, from the document's title in `lang`, else its other one.
 * @param {string} text @param {string} lang
 */
export function nameOf(text, lang) {
  const { title } = JSON.parse(text);
  return graphicName(title?.[lang] || Object.values(title ?? {}).find((value) => typeof value === 'string' && value));
}

/**
 * What publishing needs of the last valid document, in the preview's language: its name, the
 * first view's picture (kept until the document or the language changes) and the fallback
 * content carrying it.
 * @param {Widget} widget @param {string} text
 */
function published(widget, text) {
  const lang = previewLang();
  state.picture ??= pictureOf(widget, { lang });
  return { lang, name: nameOf(text, lang), fallback: fallbackHtml(widget, lang, { picture: state.picture }) };
}

export async function refreshEmbed() {
  const text = state.lastValid;
  if (text === null) return;
  const address = widgetAddress();
  $('address-problem').textContent = addressProblem(address);
  const kind = chosen('embed');
  const from = JSON.stringify([text, address, kind, previewLang()]);
  // A check that changed none of it (every pause in typing runs one) builds nothing again.
  if (from === state.embedFrom) return;
  const { name, fallback } = await withWidget(text, (widget) => published(widget, text));
  if (text !== state.lastValid) return; // A newer document took over meanwhile.
  state.name = name;
  state.embedFrom = from;
  $('embed-code', HTMLTextAreaElement).value = embedCode(text, kind, { address, name, fallback });
}

/** The zip of everything a newsroom uploads for this graphic (bundle.js). */
export async function downloadGraphic() {
  const status = $('graphic-status');
  const text = state.lastValid;
  if (text === null) {
    status.textContent = 'The document has errors: fix them to download the graphic.';
    return;
  }
  status.textContent = 'Making the zip…';
  const address = widgetAddress();
  const { lang, name, fallback, pictures } = await withWidget(text, (widget) => {
    /** @type {string[]} A valid document's languages. */
    const languages = JSON.parse(text).languages ?? ['en', 'zh'];
    const views = widget.texts(previewLang()).tabs.map(({ id }) => id);
    return {
      ...published(widget, text),
      pictures: views.flatMap((view) => languages.flatMap((pictureLang) => ['light', 'dark'].map((theme) => ({
        file: `${view}-${pictureLang}-${theme}.svg`, svg: pictureOf(widget, { view, lang: pictureLang, theme }).svg,
      })))),
    };
  });
  const { title } = JSON.parse(text);
  const bytes = await graphicZip({
    name, lang, title: title?.[lang] ?? name, address, documentText: text,
    element: embedElement(text, fallback), embedCode: embedCode(text, 'inline', { address, name, fallback }), pictures,
  });
  download(new Blob([bytes], { type: 'application/zip' }), `${name}.zip`);
  status.textContent = `${name}.zip (${Math.round(bytes.length / 1024)} KB): upload what its folder holds to ${address}; its README.txt says how.`;
}

export async function downloadPicture() {
  const text = state.lastValid;
  if (text === null) return;
  const { svg } = await withWidget(text, (widget) => pictureOf(widget, { lang: previewLang() }));
  download(new Blob([svg], { type: 'image/svg+xml' }), `${nameOf(text, previewLang())}.svg`);
}
