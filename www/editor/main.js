// The editor page: an article, a data document in CodeMirror, and the real widget as preview.
// On every edit (debounced by the linter) the document is checked as the widget checks it,
// by Rust through the same wasm: JSON syntax, every validation error at the place its path
// names, and, against the article, every source warning. The preview keeps the last valid
// document, marked stale while the text is invalid. The document and the article are kept
// in localStorage. This page may use libraries; the widget it previews stays without them.
import { basicSetup, EditorView } from 'codemirror';
import { StateEffect } from '@codemirror/state';
import { json } from '@codemirror/lang-json';
import { linter, lintGutter } from '@codemirror/lint';
import { modify, applyEdits, parseTree, findNodeAtLocation, printParseErrorCode } from 'jsonc-parser';

import initEditorWasm, * as editorWasm from '../pkg-editor/pingshan_infographic.js';

import { download } from '../dom.js';
import { rangeOf } from './paths.js';
import { newFigure, sentenceAround } from './figure.js';
import { embedCode } from './embed.js';

const STORE = { document: 'pingshan-editor:document', article: 'pingshan-editor:article' };
const $ = (id) => document.getElementById(id);

const state = {
  bindings: null,
  lastValid: null, // The last document text that passed validation, shown in the preview.
  root: null, // The last parse tree of the document, for paths and insertions.
  problems: [], // {severity, message, from, to}
};

// The editor's own build of the widget's wasm, which adds the source check, the number reader
// and the example (the widget's own build leaves them out). It sits beside this bundle in
// pkg-editor/; the preview widgets load theirs as on any page.
async function bindings() {
  state.bindings ??= initEditorWasm({ module_or_path: new URL('./pkg-editor/pingshan_infographic_bg.wasm', import.meta.url) })
    .then(() => editorWasm, (failure) => {
      // Said where the problems go, and forgotten, so the next check tries again.
      state.bindings = null;
      $('problems-summary').textContent = `The checker could not be loaded (${failure?.message ?? failure}); it tries again on the next edit.`;
      throw failure;
    });
  return state.bindings;
}

// ---------------------------------------------------------------------------------------------
// Checking.

/**
 * Every problem of a document's text: JSON syntax, validation errors, source warnings, each at
 * its place. The work after the wasm is ready is synchronous, measured as
 * `pingshan-editor:check` (bench/editor.mjs reads it).
 */
async function check(text, article) {
  const { createWidgetFromText } = await bindings();
  performance.mark('pingshan-editor:check-start');
  try {
    return checkNow(createWidgetFromText, text, article);
  } finally {
    performance.measure('pingshan-editor:check', 'pingshan-editor:check-start');
  }
}

function checkNow(createWidgetFromText, text, article) {
  const syntax = [];
  state.root = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false });
  if (syntax.length) {
    return syntax.map(({ error, offset, length }) => ({
      severity: 'error', from: offset, to: offset + Math.max(length, 1),
      message: `${lineColumn(text, offset)}: expected JSON, found ${printParseErrorCode(error)}`,
    }));
  }
  let widget;
  try {
    widget = createWidgetFromText(text);
  } catch (reports) {
    const list = Array.isArray(reports) ? reports : [{ path: '(document)', message: String(reports?.message ?? reports) }];
    return list.map(({ path, message }) => ({ severity: 'error', message, ...rangeOf(state.root, path) }));
  }
  try {
    const warnings = article.trim() ? widget.sourceCheck(article) : [];
    return warnings.map(({ path, message }) => ({ severity: 'warning', message, ...rangeOf(state.root, path) }));
  } finally {
    widget.free();
  }
}

function lineColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1).length + 1}`;
}

/** Dispatched when the article changes, so the document is checked against the new one. */
const articleChanged = StateEffect.define();

// The linter runs after each pause in typing: it checks, lists the problems below the editor,
// and refreshes the preview when the document is valid.
const checker = linter(async (view) => {
  const text = view.state.doc.toString();
  let problems;
  try {
    problems = await check(text, $('article').value);
  } catch {
    return []; // The checker failed to load; bindings() has said so.
  }
  showProblems(problems);
  const valid = !problems.some((problem) => problem.severity === 'error');
  if (valid && text !== state.lastValid) preview(text);
  $('stale').textContent = valid ? '' : 'The preview shows the last valid version: fix the errors to update it.';
  refreshViews();
  refreshEmbed();
  return problems.map(({ from, to, severity, message }) => ({ from, to: Math.max(to, from + 1), severity, message }));
}, {
  delay: 300,
  // A new article is checked against as a new document is.
  needsRefresh: (update) => update.transactions.some((transaction) => transaction.effects.some((effect) => effect.is(articleChanged))),
});

function showProblems(problems) {
  state.problems = problems;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const sourced = $('article').value.trim()
    ? 'every quote and number is in the article'
    : 'paste the article to check the quotes and numbers against it';
  $('problems-summary').textContent = problems.length
    ? `${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} source warning${problems.length - errors === 1 ? '' : 's'}`
    : `No problems: the document is valid; ${sourced}.`;
  const items = problems.map((problem) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = problem.severity;
    const line = editor.state.doc.lineAt(Math.min(problem.from, editor.state.doc.length)).number;
    button.textContent = `${problem.severity === 'error' ? 'Error' : 'Warning'}, line ${line}: ${problem.message}`;
    button.addEventListener('click', () => {
      // The document may have changed since this check: stay within it.
      const length = editor.state.doc.length;
      editor.dispatch({ selection: { anchor: Math.min(problem.from, length), head: Math.min(problem.to, length) }, scrollIntoView: true });
      editor.focus();
    });
    item.append(button);
    return item;
  });
  $('problems').replaceChildren(...items);
}

// ---------------------------------------------------------------------------------------------
// The editor.

const editor = new EditorView({
  parent: $('editor'),
  doc: '',
  extensions: [
    basicSetup,
    json(),
    EditorView.lineWrapping,
    lintGutter(),
    checker,
    // Named for screen readers; an explicit tab stop, so checkers see the scrolling editor as
    // reachable (it already is, being editable).
    EditorView.contentAttributes.of({ 'aria-label': 'Data document', tabindex: '0' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) saveSoon(STORE.document, () => update.view.state.doc.toString());
    }),
  ],
});

function setDocument(text) {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
}

// ---------------------------------------------------------------------------------------------
// The preview: the real element, fed the last valid document, at the pane's width and at 320 px.

function preview(text) {
  state.lastValid = text;
  for (const box of [$('preview-wide'), $('preview-phone')]) {
    const widget = document.createElement('pingshan-infographic');
    widget.setAttribute('loading', 'eager');
    widget.setAttribute('lang', document.querySelector('input[name="lang"]:checked').value);
    widget.setAttribute('theme', document.querySelector('input[name="theme"]:checked').value);
    const view = box.querySelector('pingshan-infographic')?.view;
    if (view) widget.setAttribute('view', view);
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = text;
    widget.append(data);
    // The box keeps its height while the new widget replaces the old, so the page holds still.
    box.style.minHeight = `${box.getBoundingClientRect().height}px`;
    box.replaceChildren(widget);
    widget.ready.then(() => box.style.removeProperty('min-height'));
  }
}

for (const name of ['lang', 'theme']) {
  for (const input of document.querySelectorAll(`input[name="${name}"]`)) {
    input.addEventListener('change', () => {
      for (const widget of document.querySelectorAll('.preview pingshan-infographic')) widget.setAttribute(name, input.value);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Figures from the article.

function refreshViews() {
  const select = $('figure-view');
  const views = findNodeAtLocation(state.root ?? {}, ['views']);
  const ids = (views?.children ?? []).map((view) => findNodeAtLocation(view, ['id'])?.value).filter((id) => typeof id === 'string');
  const chosen = select.value;
  if (ids.join() !== [...select.options].map((option) => option.value).join()) {
    select.replaceChildren(...ids.map((id) => new Option(id, id)));
    if (ids.includes(chosen)) select.value = chosen;
  }
}

async function figureFromSelection() {
  const article = $('article');
  const status = $('figure-status');
  const { selectionStart: start, selectionEnd: end, value: text } = article;
  if (start === end) {
    status.textContent = 'Select a sentence, or a number in it, in the article first.';
    return;
  }
  const { from, to } = sentenceAround(text, start, end);
  const quote = text.slice(from, to);
  const { readNumbers } = await bindings();
  const numbers = readNumbers(quote);
  // The number selected, if the selection is one; else the sentence's first.
  const selected = numbers.find((number) => from + number.start < end && from + number.end > start);
  const number = selected ?? numbers[0];
  const documentText = editor.state.doc.toString();
  const root = parseTree(documentText);
  const views = findNodeAtLocation(root, ['views'])?.children ?? [];
  const viewIndex = Math.max(0, views.findIndex((view) => findNodeAtLocation(view, ['id'])?.value === $('figure-view').value));
  if (!views.length) {
    status.textContent = 'The document has no views yet: add one first.';
    return;
  }
  const taken = idsIn(root);
  const figures = findNodeAtLocation(views[viewIndex], ['figures']);
  const index = figures?.children?.length ?? 0;
  const format = findNodeAtLocation(root, ['format'])?.value ?? 2;
  const figure = newFigure(quote, number, taken, format);
  const path = ['views', viewIndex, 'figures', index];
  const edits = modify(documentText, path, figure, {
    isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
  });
  const updated = applyEdits(documentText, edits);
  setDocument(updated);
  // The cursor lands in the first field still to fill: the English label.
  const label = findNodeAtLocation(parseTree(updated), [...path, 'label', 'en']);
  if (label) editor.dispatch({ selection: { anchor: label.offset + 1 }, scrollIntoView: true });
  editor.focus();
  status.textContent = `Figure ${figure.id} added to ${$('figure-view').value || 'the view'}: `
    + `${number ? `${number.qualifier} ${number.value} (${number.unit}) from the quote` : 'no number found; fill in its value'}; now name it.`;
}

/** Every `id` value in a parse tree, so a new figure's id is unique even in a broken document. */
function idsIn(node, ids = new Set()) {
  if (node?.type === 'property' && node.children?.[0]?.value === 'id' && node.children[1]?.type === 'string') {
    ids.add(node.children[1].value);
  }
  for (const child of node?.children ?? []) idsIn(child, ids);
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Start, keep, import and export.

async function startDocument(kind, { onlyIfEmpty = false } = {}) {
  const { exampleDocument } = await bindings();
  // On a first visit the example waits for the wasm: what was typed meanwhile is kept.
  if (onlyIfEmpty && editor.state.doc.length) return;
  setDocument(kind === 'example' ? exampleDocument() : BLANK);
}

const BLANK = `${JSON.stringify({
  format: 2,
  title: { en: '', zh: '' },
  source: { headline: '', authors: [], date: '', outlet: '' },
  views: [{ id: 'view_1', layout: 'bars', tab: { en: '', zh: '' }, title: { en: '', zh: '' }, figures: [] }],
}, null, 2)}\n`;

// The document is kept after each pause in typing, not on every keystroke: writing a large
// document to localStorage on each one would cost the main thread as much as checking it.
const saveTimers = new Map();
function saveSoon(key, text) {
  clearTimeout(saveTimers.get(key));
  saveTimers.set(key, setTimeout(() => save(key, text()), 250));
}

function save(key, text) {
  try {
    localStorage.setItem(key, text);
  } catch {
    // A full or disabled store: the page still works, without keeping the text.
  }
}

function restore(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

async function importFile(file) {
  const { checkDocumentSize } = await bindings();
  try {
    checkDocumentSize(file.size);
  } catch (reports) {
    $('problems-summary').textContent = `Not imported: ${(Array.isArray(reports) ? reports : [reports]).map((r) => r.message ?? r).join('; ')}`;
    return;
  }
  setDocument(await file.text());
}

function exportFile() {
  download(new Blob([editor.state.doc.toString()], { type: 'application/json' }), 'infographic.json');
}

function refreshEmbed() {
  if (state.lastValid === null) return;
  const kind = document.querySelector('input[name="embed"]:checked').value;
  $('embed-code').value = embedCode(state.lastValid, kind, new URL('pingshan-infographic.js', location.href).href);
}

// ---------------------------------------------------------------------------------------------
// Wiring.

$('new-figure').addEventListener('click', () => figureFromSelection().catch(() => {}));
$('new-document').addEventListener('click', () => startDocument($('new-kind').value).catch(() => {}));
$('import').addEventListener('click', () => $('import-file').click());
$('import-file').addEventListener('change', (event) => {
  const [file] = event.target.files;
  if (file) importFile(file).catch(() => {});
  event.target.value = '';
});
$('export').addEventListener('click', exportFile);
for (const input of document.querySelectorAll('input[name="embed"]')) input.addEventListener('change', refreshEmbed);
$('copy-embed').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('embed-code').value);
    $('copy-status').textContent = 'Embed code copied.';
  } catch {
    // No clipboard here (an insecure page, a refused permission): select it for Ctrl+C.
    $('embed-code').select();
    $('copy-status').textContent = 'Could not copy: the code is selected, press Ctrl+C (⌘C) to copy it.';
  }
});

const articleBox = $('article');
let articleTimer = 0;
articleBox.addEventListener('input', () => {
  saveSoon(STORE.article, () => articleBox.value);
  // A changed article is checked again, as a changed document is.
  clearTimeout(articleTimer);
  articleTimer = setTimeout(() => editor.dispatch({ effects: articleChanged.of(null) }), 300);
});
articleBox.addEventListener('dragover', (event) => event.preventDefault());
articleBox.addEventListener('drop', async (event) => {
  const [file] = event.dataTransfer?.files ?? [];
  if (!file) return;
  event.preventDefault();
  articleBox.value = await file.text();
  articleBox.dispatchEvent(new Event('input'));
});

articleBox.value = restore(STORE.article) ?? '';
const kept = restore(STORE.document);
if (kept !== null) setDocument(kept);
else startDocument('example', { onlyIfEmpty: true }).catch(() => {});
