// The editor page's one state, shared by its parts: the document's editor (set once by
// main.js), the editor's own wasm, what is kept in the browser, and the small edits of a
// document's text that the forms and the library make through jsonc-parser.
import { modify, applyEdits, findNodeAtLocation } from 'jsonc-parser';

import initEditorWasm, * as editorWasm from '../pkg-editor/pingshan_infographic.js';

/** @typedef {typeof editorWasm} EditorWasm The editor build's exports (pkg-editor/'s glue). */
/** @typedef {import('jsonc-parser').Node} JsonNode A node of jsonc-parser's parse tree. */
/** @typedef {import('jsonc-parser').JSONPath} JsonPath A path into a document, as jsonc-parser takes it. */
/**
 * A problem of the document as the editor lists and underlines it: where in the text, and the
 * validation path for an error or warning from Rust (a syntax error has none).
 * @typedef {{severity: 'error' | 'warning', message: string, from: number, to: number, path?: string}} Problem
 */
/** Anything thrown, read for its message (an Error's) if it has one. @typedef {{message?: unknown} | null | undefined} Failure */
/**
 * What the article's first lines say of it (article.js's `readArticle`).
 * @typedef {{lang: string, headline: string, authors: string[], date: string, outlet: string}} ArticleHead
 */

export const STORE = {
  document: 'pingshan-editor:document',
  article: 'pingshan-editor:article',
  address: 'pingshan-editor:address',
  replaced: 'pingshan-editor:replaced', // The last document Start or Import replaced.
  graphics: 'pingshan-editor:graphics', // Graphics kept by name: {name: {document, article, kept}}.
};

/**
 * The page's element of `id`, of the kind the editor uses it as (`kind`, by default any
 * element): editor.html holds each, so one missing or of another kind is a mistake in the
 * page, said by its id.
 * @template {HTMLElement} [T=HTMLElement]
 * @param {string} id @param {new () => T} [kind]
 * @returns {T}
 */
export function $(id, kind) {
  const element = document.getElementById(id);
  if (!(element instanceof (kind ?? HTMLElement))) throw new Error(`editor.html has no ${kind?.name ?? 'element'} #${id}`);
  return /** @type {T} */ (element);
}

/**
 * The radio buttons of the group `name` (the preview's language and theme, the embed's kind,
 * a new view's layout).
 * @param {string} name
 */
export const radios = (name) => [...document.querySelectorAll(`input[name="${name}"]`)]
  .filter((input) => input instanceof HTMLInputElement);

/** The value of the radio button chosen in the group `name` (editor.html checks one of each). @param {string} name */
export function chosen(name) {
  const input = radios(name).find((radio) => radio.checked);
  if (!input) throw new Error(`editor.html has no ${name} chosen`);
  return input.value;
}

/** @typedef {{svg: string, width: number, height: number}} Picture A view drawn as an SVG picture (publish.js). */

export const state = {
  /** @type {Promise<EditorWasm> | null} */
  bindings: null, // The editor wasm's exports, once loaded.
  /** @type {string | null} */
  example: null, // The example document's text.
  /** @type {string | null} */
  wantView: null, // A view just added, to choose for new figures once the check has seen it.
  /** @type {string | null} */
  wantGroup: null, // A group just added, to choose for the next figure once the check has seen it.
  /** @type {string | null} */
  lastValid: null, // The last document text that passed validation: the embed code's.
  /** @type {string | null} */
  previewed: null, // The text the preview draws: the last valid one, or its views without errors.
  /** @type {JsonNode | null | undefined} */
  root: null, // The last parse tree of the document, for paths and insertions.
  /** @type {Problem[]} */
  problems: [],
  pristine: '', // The document as last started or imported: what is not changed work.
  otherStory: false, // The document is the unchanged example and the article another story.
  /** @type {ArticleHead | null} */
  offer: null, // What was read of the article a new document is offered for (forms.js).
  name: 'infographic', // The graphic's file name, from the document's title.
  /** @type {Picture | null} */
  picture: null, // The fallback picture of the last valid document.
  embedFrom: '', // What the embed code was last written from: document, address, kind, language.
};

/** The document's CodeMirror view, set once by main.js. @type {{editor: import('codemirror').EditorView | null}} */
export const page = { editor: null };

/** The document's CodeMirror view: main.js sets it before it wires anything that asks. */
export function editorView() {
  if (!page.editor) throw new Error('the document\'s editor is not set up yet');
  return page.editor;
}

// The editor's own build of the widget's wasm, which adds the source check, the number reader
// and the example (the widget's own build leaves them out). It sits beside this bundle in
// pkg-editor/; the preview widgets load theirs as on any page.
export async function bindings() {
  state.bindings ??= initEditorWasm({ module_or_path: new URL('./pkg-editor/pingshan_infographic_bg.wasm', import.meta.url) })
    .then(() => editorWasm, (failure) => {
      // Said where the problems go, and forgotten, so the next check tries again.
      state.bindings = null;
      $('problems-summary').textContent = `The checker could not be loaded (${/** @type {Failure} */ (failure)?.message ?? failure}); it tries again on the next edit.`;
      throw failure;
    });
  return state.bindings;
}

/** The document's text as it is now. */
export const documentText = () => editorView().state.doc.toString();

/** @param {string} text */
export function setDocument(text) {
  editorView().dispatch({ changes: { from: 0, to: editorView().state.doc.length, insert: text } });
}

/** Puts the cursor at `offset` of the document, scrolled into view, and focuses the editor. @param {number} [offset] */
export function placeCursor(offset) {
  if (offset !== undefined) editorView().dispatch({ selection: { anchor: offset }, scrollIntoView: true });
  editorView().focus();
}

/** The language the preview shows, and the embed code's fallback content and picture are in. */
export function previewLang() {
  return chosen('lang');
}

/**
 * Inserts `value` into the document's array at `path` (its last segment the new index) through
 * jsonc-parser's edits, so the rest of the text stays as written; puts the result in the editor
 * and returns it.
 * @param {string} documentText @param {JsonPath} path @param {unknown} value
 */
export function insertItem(documentText, path, value) {
  const updated = applyEdits(documentText, modify(documentText, path, value, {
    isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
  }));
  setDocument(updated);
  return updated;
}

/**
 * Replaces the item of the document's array at `path` with `value`; puts the result in the editor and returns it.
 * @param {string} documentText @param {JsonPath} path @param {unknown} value
 */
export function replaceItem(documentText, path, value) {
  const updated = applyEdits(documentText, modify(documentText, path, value, {
    formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
  }));
  setDocument(updated);
  return updated;
}

/**
 * Every `id` value in a parse tree, so a new figure's id is unique even in a broken document.
 * @param {JsonNode | undefined} node @param {Set<string>} [ids]
 */
export function idsIn(node, ids = new Set()) {
  if (node?.type === 'property' && node.children?.[0]?.value === 'id' && node.children[1]?.type === 'string') {
    ids.add(node.children[1].value);
  }
  for (const child of node?.children ?? []) idsIn(child, ids);
  return ids;
}

/**
 * jsonc-parser's `findNodeAtLocation` in a tree that may be missing (no document parsed yet,
 * an empty text): then nothing is found.
 * @param {JsonNode | null | undefined} root @param {JsonPath} path
 */
export const findNode = (root, path) => (root ? findNodeAtLocation(root, path) : undefined);

/**
 * A jsonc-parser node's value as JSON data (objects and arrays too).
 * @param {JsonNode} node @returns {unknown}
 */
export function nodeValue(node) {
  if (node.type === 'object') return Object.fromEntries((node.children ?? []).map(({ children = [] }) => [children[0].value, nodeValue(children[1])]));
  if (node.type === 'array') return (node.children ?? []).map(nodeValue);
  return node.value;
}

// The document is kept after each pause in typing, not on every keystroke: writing a large
// document to localStorage on each one would cost the main thread as much as checking it.
/** @type {Map<string, ReturnType<typeof setTimeout>>} */
const saveTimers = new Map();
/** @param {string} key @param {() => string} text */
export function saveSoon(key, text) {
  clearTimeout(saveTimers.get(key));
  saveTimers.set(key, setTimeout(() => save(key, text()), 250));
}

/** @param {string} key @param {string} text */
export function save(key, text) {
  try {
    localStorage.setItem(key, text);
  } catch {
    // A full or disabled store: the page still works, without keeping the text.
  }
}

/** @param {string} key */
export function restore(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
