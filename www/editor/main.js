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
import { parseTree } from 'jsonc-parser';

import { $, STORE, page, radios, restore, save, saveSoon, setDocument, state } from './session.js';
import { check, drawableViews } from './check.js';
import { cursorOf } from './paths.js';
import { preview, showBroken } from './preview.js';
import {
  addDerived, addGroup, addView, figureFromSelection, moveFigure, offerStart, refreshDerivedChoices, refreshViews, showMarkFields, startForArticle,
} from './forms.js';
import { bringBack, exportFile, importFile, keepGraphic, listKept, openGraphic, showReplaced, startDocument } from './library.js';
import { downloadGraphic, downloadPicture, refreshEmbed } from './publish.js';

/** Dispatched when the article changes, so the document is checked against the new one. */
const articleChanged = StateEffect.define();

// The linter runs after each pause in typing: it checks, lists the problems below the editor,
// and refreshes the preview when the document is valid.
const checker = linter(async (view) => {
  const text = view.state.doc.toString();
  let problems;
  try {
    problems = await check(text, $('article', HTMLTextAreaElement).value);
  } catch {
    return []; // The checker failed to load; bindings() has said so.
  }
  showProblems(problems);
  offerStart();
  const valid = !problems.some((problem) => problem.severity === 'error');
  if (valid && text !== state.lastValid) {
    state.lastValid = text;
    state.picture = null;
  }
  const partial = valid ? { text, broken: [] } : await drawableViews(text, problems);
  if (partial && partial.text !== state.previewed) preview(partial.text);
  showBroken(partial?.broken ?? []);
  $('stale').textContent = valid || partial ? ''
    : state.previewed === null
      ? 'The preview appears once the document has a view without errors.'
      : 'The preview shows the last version that could be drawn: fix the errors to update it.';
  refreshViews();
  refreshDerivedChoices();
  refreshEmbed().catch(() => {});
  return problems.map(({ from, to, severity, message }) => ({ from, to: Math.max(to, from + 1), severity, message }));
}, {
  delay: 300,
  // A new article is checked against as a new document is.
  needsRefresh: (update) => update.transactions.some((transaction) => transaction.effects.some((effect) => effect.is(articleChanged))),
});


/** @param {import('./session.js').Problem[]} problems */
function showProblems(problems) {
  state.problems = problems;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const sourced = state.otherStory
    ? 'the article is another story than this example: start a document for it (under the article)'
    : $('article', HTMLTextAreaElement).value.trim()
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
      // Inside the value to fix, found in the document as it is now (it may have changed
      // since this check); a syntax error at its place.
      const length = editor.state.doc.length;
      const { anchor, head } = problem.path === undefined
        ? { anchor: problem.from, head: problem.from }
        : cursorOf(parseTree(editor.state.doc.toString()), problem.path);
      editor.dispatch({ selection: { anchor: Math.min(anchor, length), head: Math.min(head, length) }, scrollIntoView: true });
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

page.editor = editor;

// ---------------------------------------------------------------------------------------------
// Wiring.

$('new-figure').addEventListener('click', () => figureFromSelection().catch(() => {}));
$('new-document').addEventListener('click', () => startDocument($('new-kind', HTMLSelectElement).value).catch(() => {}));
$('bring-back').addEventListener('click', bringBack);
$('start-for-article').addEventListener('click', startForArticle);
$('add-view-button').addEventListener('click', addView);
$('figure-mark').addEventListener('change', showMarkFields);
$('add-group-button').addEventListener('click', addGroup);
$('figure-up').addEventListener('click', () => moveFigure(-1));
$('figure-down').addEventListener('click', () => moveFigure(1));
$('figure-view').addEventListener('change', refreshViews);
for (const input of radios('new-layout')) {
  input.addEventListener('change', () => { $('new-view-rest-fields').hidden = input.value !== 'stacked' || !input.checked; });
}
$('keep-graphic').addEventListener('click', keepGraphic);
$('open-graphic').addEventListener('click', openGraphic);
$('add-derived-button').addEventListener('click', () => addDerived().catch(() => {}));
$('import').addEventListener('click', () => $('import-file').click());
const importInput = $('import-file', HTMLInputElement);
importInput.addEventListener('change', () => {
  const [file] = importInput.files ?? [];
  if (file) importFile(file).catch(() => {});
  importInput.value = '';
});
$('export').addEventListener('click', exportFile);
for (const input of radios('embed')) input.addEventListener('change', () => refreshEmbed().catch(() => {}));
$('widget-address', HTMLInputElement).value = restore(STORE.address) ?? '';
$('widget-address').addEventListener('input', () => {
  save(STORE.address, $('widget-address', HTMLInputElement).value.trim()); // A short text: kept at once.
  refreshEmbed().catch(() => {});
});
$('download-picture').addEventListener('click', () => downloadPicture().catch(() => {}));
$('download-graphic').addEventListener('click', () => downloadGraphic().catch((failure) => {
  $('graphic-status').textContent = `The zip could not be made: ${/** @type {import('./session.js').Failure} */ (failure)?.message ?? failure}.`;
}));
$('copy-embed').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('embed-code', HTMLTextAreaElement).value);
    $('copy-status').textContent = 'Embed code copied.';
  } catch {
    // No clipboard here (an insecure page, a refused permission): select it for Ctrl+C.
    $('embed-code', HTMLTextAreaElement).select();
    $('copy-status').textContent = 'Could not copy: the code is selected, press Ctrl+C (⌘C) to copy it.';
  }
});

const articleBox = $('article', HTMLTextAreaElement);
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
showReplaced();
listKept();
// A document kept from an earlier visit is the reader's work: replacing it asks first.
if (kept !== null) setDocument(kept);
else startDocument('example', { onlyIfEmpty: true }).catch(() => {});
