// The editor page's one state, shared by its parts: the document's editor (set once by
// main.js), the editor's own wasm, what is kept in the browser, and the small edits of a
// document's text that the forms and the library make through jsonc-parser.
import { modify, applyEdits } from 'jsonc-parser';

import initEditorWasm, * as editorWasm from '../pkg-editor/pingshan_infographic.js';

export const STORE = {
  document: 'pingshan-editor:document',
  article: 'pingshan-editor:article',
  address: 'pingshan-editor:address',
  replaced: 'pingshan-editor:replaced', // The last document Start or Import replaced.
  graphics: 'pingshan-editor:graphics', // Graphics kept by name: {name: {document, article, kept}}.
};
export const $ = (id) => document.getElementById(id);

export const state = {
  bindings: null,
  bindingsReady: null, // The editor wasm's exports, once loaded.
  example: null, // The example document's text.
  wantView: null, // A view just added, to choose for new figures once the check has seen it.
  wantGroup: null, // A group just added, to choose for the next figure once the check has seen it.
  lastValid: null, // The last document text that passed validation: the embed code's.
  previewed: null, // The text the preview draws: the last valid one, or its views without errors.
  root: null, // The last parse tree of the document, for paths and insertions.
  problems: [], // {severity, message, from, to}
  pristine: '', // The document as last started or imported: what is not changed work.
  otherStory: false, // The document is the unchanged example and the article another story.
  name: 'infographic', // The graphic's file name, from the document's title.
  picture: null, // The fallback picture of the last valid document, `{svg, width, height}`.
  embedFrom: '', // What the embed code was last written from: document, address, kind, language.
};

/** The document's CodeMirror view, set once by main.js. */
export const page = { editor: null };

// The editor's own build of the widget's wasm, which adds the source check, the number reader
// and the example (the widget's own build leaves them out). It sits beside this bundle in
// pkg-editor/; the preview widgets load theirs as on any page.
export async function bindings() {
  state.bindings ??= initEditorWasm({ module_or_path: new URL('./pkg-editor/pingshan_infographic_bg.wasm', import.meta.url) })
    .then(() => (state.bindingsReady = editorWasm), (failure) => {
      // Said where the problems go, and forgotten, so the next check tries again.
      state.bindings = null;
      $('problems-summary').textContent = `The checker could not be loaded (${failure?.message ?? failure}); it tries again on the next edit.`;
      throw failure;
    });
  return state.bindings;
}

/** The document's text as it is now. */
export const documentText = () => page.editor.state.doc.toString();

export function setDocument(text) {
  page.editor.dispatch({ changes: { from: 0, to: page.editor.state.doc.length, insert: text } });
}

/** Puts the cursor at `offset` of the document, scrolled into view, and focuses the editor. */
export function placeCursor(offset) {
  if (offset !== undefined) page.editor.dispatch({ selection: { anchor: offset }, scrollIntoView: true });
  page.editor.focus();
}

/** The language the preview shows, and the embed code's fallback content and picture are in. */
export function previewLang() {
  return document.querySelector('input[name="lang"]:checked').value;
}

/**
 * Inserts `value` into the document's array at `path` (its last segment the new index) through
 * jsonc-parser's edits, so the rest of the text stays as written; puts the result in the editor
 * and returns it.
 */
export function insertItem(documentText, path, value) {
  const updated = applyEdits(documentText, modify(documentText, path, value, {
    isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
  }));
  setDocument(updated);
  return updated;
}

/** Replaces the item of the document's array at `path` with `value`; puts the result in the editor and returns it. */
export function replaceItem(documentText, path, value) {
  const updated = applyEdits(documentText, modify(documentText, path, value, {
    formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
  }));
  setDocument(updated);
  return updated;
}

/** Every `id` value in a parse tree, so a new figure's id is unique even in a broken document. */
export function idsIn(node, ids = new Set()) {
  if (node?.type === 'property' && node.children?.[0]?.value === 'id' && node.children[1]?.type === 'string') {
    ids.add(node.children[1].value);
  }
  for (const child of node?.children ?? []) idsIn(child, ids);
  return ids;
}

/** A jsonc-parser node's value as JSON data (objects and arrays too). */
export function nodeValue(node) {
  if (node.type === 'object') return Object.fromEntries(node.children.map((property) => [property.children[0].value, nodeValue(property.children[1])]));
  if (node.type === 'array') return node.children.map(nodeValue);
  return node.value;
}

// The document is kept after each pause in typing, not on every keystroke: writing a large
// document to localStorage on each one would cost the main thread as much as checking it.
const saveTimers = new Map();
export function saveSoon(key, text) {
  clearTimeout(saveTimers.get(key));
  saveTimers.set(key, setTimeout(() => save(key, text()), 250));
}

export function save(key, text) {
  try {
    localStorage.setItem(key, text);
  } catch {
    // A full or disabled store: the page still works, without keeping the text.
  }
}

export function restore(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
