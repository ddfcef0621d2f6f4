// Starting, keeping, importing and exporting documents: nothing a reporter made is lost.
import { $, STORE, bindings, documentText, editorView, restore, save, setDocument, state } from './session.js';
import { forgetPreview } from './preview.js';
import { graphicName } from './embed.js';
import { articleLanguage } from './figure.js';
import { nameOf } from './publish.js';
import { download } from '../dom.js';

// ---------------------------------------------------------------------------------------------
// Start, keep, import and export.

/** @param {string} kind `example` or `blank` @param {{onlyIfEmpty?: boolean}} [options] */
export async function startDocument(kind, { onlyIfEmpty = false } = {}) {
  const { exampleDocument } = await bindings();
  // On a first visit the example waits for the wasm: what was typed meanwhile is kept.
  if (onlyIfEmpty && editorView().state.doc.length) return;
  const example = exampleDocument();
  // Neither start is changed work, whichever is on screen.
  state.pristine = [example, BLANK].includes(documentText()) ? documentText() : state.pristine;
  replaceDocument(kind === 'example' ? example : BLANK, kind === 'example' ? 'the Pingshan example' : 'a blank document');
}

/**
 * Puts `text` in place of the document, asking first when the document holds changed work,
 * and keeps what it replaced (in the browser) one click away. Returns whether it did.
 * @param {string} text @param {string} what
 */
export function replaceDocument(text, what) {
  const current = documentText();
  // Work kept by name is not lost by replacing it.
  const kept = Object.values(keptGraphics()).some((graphic) => graphic.document === current);
  const changed = current.trim() !== '' && current !== state.pristine && current !== text && !kept;
  if (changed && !window.confirm(`Replace your changed document with ${what}? It will be kept: "Bring back the replaced document" restores it.`)) {
    $('problems-summary').textContent = 'Nothing replaced: your document is as it was.';
    return false;
  }
  if (current.trim() !== '' && current !== text) {
    save(STORE.replaced, current);
    showReplaced();
  }
  state.pristine = text;
  forgetPreview();
  setDocument(text);
  return true;
}


export function showReplaced() {
  const kept = restore(STORE.replaced);
  $('bring-back').hidden = kept === null;
  $('replaced-status').textContent = kept === null ? '' : 'The document you replaced is kept in this browser.';
}

// Several graphics, kept by name (their title's) with their article, listed to reopen.
/** @returns {Record<string, {document: string, article: string, kept: string}>} */
export function keptGraphics() {
  try {
    return JSON.parse(restore(STORE.graphics) ?? '{}');
  } catch {
    return {};
  }
}

/** @param {string} [chosen] */
export function listKept(chosen) {
  const graphics = keptGraphics();
  const names = Object.keys(graphics).sort((a, b) => graphics[b].kept.localeCompare(graphics[a].kept));
  const options = names.map((name) => new Option(`${name} (${graphics[name].kept.slice(0, 10)})`, name));
  const list = $('kept-graphics', HTMLSelectElement);
  list.replaceChildren(...(options.length ? options : [new Option('none yet', '')]));
  if (chosen) list.value = chosen;
  $('open-graphic', HTMLButtonElement).disabled = list.disabled = !names.length;
}

export function keepGraphic() {
  const text = documentText();
  let name;
  try {
    name = nameOf(text, articleLanguage($('article', HTMLTextAreaElement).value));
  } catch {
    name = graphicName(''); // Not JSON yet: kept all the same, under the default name.
  }
  const graphics = keptGraphics();
  graphics[name] = { document: text, article: $('article', HTMLTextAreaElement).value, kept: new Date().toISOString() };
  save(STORE.graphics, JSON.stringify(graphics));
  state.pristine = text;
  listKept(name);
  $('kept-status').textContent = `Kept as “${name}”.`;
}

export function openGraphic() {
  const name = $('kept-graphics', HTMLSelectElement).value;
  const graphic = keptGraphics()[name];
  if (!graphic) return;
  if (!replaceDocument(graphic.document, `the kept graphic “${name}”`)) return;
  const article = $('article', HTMLTextAreaElement);
  article.value = graphic.article;
  article.dispatchEvent(new Event('input'));
  $('kept-status').textContent = `“${name}” opened, with its article.`;
}

/** Swaps the document with the one last replaced, so bringing it back loses nothing either. */
export function bringBack() {
  const kept = restore(STORE.replaced);
  if (kept === null) return;
  save(STORE.replaced, documentText());
  state.pristine = kept;
  setDocument(kept);
  $('replaced-status').textContent = 'The replaced document is back; the one it replaced is kept in its place.';
}

const BLANK = `${JSON.stringify({
  format: 2,
  title: { en: '', zh: '' },
  source: { headline: '', authors: [], date: '', outlet: '' },
  views: [{ id: 'view_1', layout: 'bars', tab: { en: '', zh: '' }, title: { en: '', zh: '' }, figures: [] }],
}, null, 2)}\n`;

/** @param {File} file */
export async function importFile(file) {
  const { checkDocumentSize } = await bindings();
  try {
    checkDocumentSize(file.size);
  } catch (reports) {
    $('problems-summary').textContent = `Not imported: ${(Array.isArray(reports) ? reports : [reports]).map((r) => r.message ?? r).join('; ')}`;
    return;
  }
  replaceDocument(await file.text(), file.name);
}

export function exportFile() {
  download(new Blob([documentText()], { type: 'application/json' }), `${state.name}.json`);
}
