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
import { cursorOf, rangeOf } from './paths.js';
import { articleLanguage, languagesOf, newFigure, sentenceAround, textIn, uniqueId } from './figure.js';
import { embedCode, embedElement, fallbackHtml, graphicName, addressProblem } from './embed.js';
import { graphicZip } from './bundle.js';
import { documentFor, readArticle } from './article.js';

const STORE = {
  document: 'pingshan-editor:document',
  article: 'pingshan-editor:article',
  address: 'pingshan-editor:address',
  replaced: 'pingshan-editor:replaced', // The last document Start or Import replaced.
  graphics: 'pingshan-editor:graphics', // Graphics kept by name: {name: {document, article, kept}}.
};
const $ = (id) => document.getElementById(id);

const state = {
  bindings: null,
  bindingsReady: null, // The editor wasm's exports, once loaded.
  example: null, // The example document's text.
  wantView: null, // A view just added, to choose for new figures once the check has seen it.
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

// The editor's own build of the widget's wasm, which adds the source check, the number reader
// and the example (the widget's own build leaves them out). It sits beside this bundle in
// pkg-editor/; the preview widgets load theirs as on any page.
async function bindings() {
  state.bindings ??= initEditorWasm({ module_or_path: new URL('./pkg-editor/pingshan_infographic_bg.wasm', import.meta.url) })
    .then(() => (state.bindingsReady = editorWasm), (failure) => {
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
      message: `${lineColumn(text, offset)}: expected ${SYNTAX_EXPECTED[printParseErrorCode(error)] ?? 'JSON'}, found ${found(text, offset, length)}`,
    }));
  }
  let widget;
  try {
    widget = createWidgetFromText(text);
  } catch (reports) {
    const list = Array.isArray(reports) ? reports : [{ path: '(document)', message: String(reports?.message ?? reports) }];
    return list.map(({ path, message }) => ({ severity: 'error', message, path, ...rangeOf(state.root, path) }));
  }
  // The example checked against another story would only list its own quotes as missing.
  state.example ??= state.bindingsReady.exampleDocument();
  state.otherStory = Boolean(article.trim()) && text === state.example
    && !article.includes(findNodeAtLocation(state.root, ['source', 'headline'])?.value ?? '');
  try {
    const warnings = article.trim() && !state.otherStory ? widget.sourceCheck(article) : [];
    return warnings.map(({ path, message }) => ({ severity: 'warning', message, path, ...rangeOf(state.root, path) }));
  } finally {
    widget.free();
  }
}

// What each JSON syntax error of jsonc-parser wants, in an editor's words.
const SYNTAX_EXPECTED = {
  InvalidSymbol: 'a value: text in double quotes ("…"), a number, true, false, null, an object {…} or a list […]',
  InvalidNumberFormat: 'a number written as JSON writes it (0.5, not .5 or 0,5)',
  PropertyNameExpected: 'a field name in double quotes ("label")',
  ValueExpected: 'a value after the colon',
  ColonExpected: 'a colon (:) between the field name and its value',
  CommaExpected: 'a comma between two fields or items',
  CloseBraceExpected: 'a } to close the object',
  CloseBracketExpected: 'a ] to close the list',
  EndOfFileExpected: 'nothing after the document’s last }',
  InvalidCommentToken: 'no comment (JSON has none)',
  UnexpectedEndOfComment: 'no comment (JSON has none)',
  UnexpectedEndOfString: 'a closing double quote (")',
  UnexpectedEndOfNumber: 'the rest of the number',
  InvalidUnicode: 'four hex digits after \\u',
  InvalidEscapeCharacter: 'an escape JSON knows (\\" \\\\ \\n \\t \\u…), or no backslash',
  InvalidCharacter: 'no control character inside a text (write a line break as \\n)',
};

/** The text a syntax error is at, quoted, or the end of the document. */
function found(text, offset, length) {
  if (offset >= text.length) return 'the end of the document';
  const piece = text.slice(offset, offset + Math.max(1, Math.min(length, 20)));
  return `“${piece.replace(/\n/g, '⏎')}”`;
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

/**
 * The document with its broken views left out, when every error is inside a view and some view
 * has none: `{text, broken: [{index, id, errors}]}`, so the preview draws what is ready while
 * the rest is written; null when the document cannot be drawn (a syntax error, an error outside
 * the views, every view broken, or what remains still invalid, say a formula naming a figure of
 * a view left out).
 */
async function drawableViews(text, problems) {
  const broken = new Map();
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const index = /^views\[(\d+)\]/.exec(problem.path ?? '')?.[1];
    if (index === undefined) return null;
    const errors = broken.get(Number(index)) ?? [];
    errors.push(problem.message);
    broken.set(Number(index), errors);
  }
  const views = findNodeAtLocation(state.root, ['views'])?.children ?? [];
  if (!broken.size || broken.size >= views.length) return null;
  let partial = text;
  for (const index of [...broken.keys()].sort((a, b) => b - a)) {
    partial = applyEdits(partial, modify(partial, ['views', index], undefined, {}));
  }
  const { createWidgetFromText } = await bindings();
  try {
    createWidgetFromText(partial).free();
  } catch {
    return null;
  }
  return {
    text: partial,
    broken: [...broken].sort(([a], [b]) => a - b).map(([index, errors]) => ({
      index, id: findNodeAtLocation(views[index], ['id'])?.value, errors,
    })),
  };
}

/** Each view left out of the preview, with its errors, where the preview is. */
function showBroken(broken) {
  $('broken-views').replaceChildren(...broken.map(({ index, id, errors }) => {
    const item = document.createElement('li');
    item.textContent = `View ${index + 1}${typeof id === 'string' ? ` (${id})` : ''} is not drawn yet: `
      + `${errors.length} error${errors.length === 1 ? '' : 's'}, the first: ${errors[0]}`;
    return item;
  }));
}

function showProblems(problems) {
  state.problems = problems;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const sourced = state.otherStory
    ? 'the article is another story than this example: start a document for it (under the article)'
    : $('article').value.trim()
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

function setDocument(text) {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
}

// ---------------------------------------------------------------------------------------------
// The preview: the real element, fed the last valid document, at the pane's width and at 320 px.

/** The language the preview shows, and the embed code's fallback content and picture are in. */
function previewLang() {
  return document.querySelector('input[name="lang"]:checked').value;
}

function preview(text) {
  state.previewed = text;
  for (const box of [$('preview-wide'), $('preview-phone')]) {
    const widget = document.createElement('pingshan-infographic');
    widget.setAttribute('loading', 'eager');
    widget.setAttribute('lang', previewLang());
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
      // The fallback content and its picture are in the preview's language.
      if (name === 'lang') {
        state.picture = null;
        refreshEmbed().catch(() => {});
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Figures from the article.

function refreshViews() {
  const select = $('figure-view');
  const views = findNodeAtLocation(state.root ?? {}, ['views']);
  const ids = (views?.children ?? []).map((view) => findNodeAtLocation(view, ['id'])?.value).filter((id) => typeof id === 'string');
  const chosen = state.wantView ?? select.value;
  if (ids.join() !== [...select.options].map((option) => option.value).join()) {
    select.replaceChildren(...ids.map((id) => new Option(id, id)));
  }
  if (ids.includes(chosen)) {
    select.value = chosen;
    state.wantView = null;
  }
}

async function figureFromSelection() {
  const article = $('article');
  const status = $('figure-status');
  $('figure-numbers').hidden = true;
  const { selectionStart: start, selectionEnd: end, value: text } = article;
  if (start === end) {
    status.textContent = 'Select a sentence, or a number in it, in the article first.';
    return;
  }
  const { from, to } = sentenceAround(text, start, end);
  const quote = text.slice(from, to);
  const { readNumbers } = await bindings();
  const numbers = readNumbers(quote);
  // The number selected, if the selection is within one; else the sentence's only one; else
  // the reader chooses among them.
  const within = numbers.filter((number) => from + number.start < end && from + number.end > start);
  const chosen = within.length === 1 && end - start < to - from ? within[0] : numbers.length === 1 ? numbers[0] : null;
  if (chosen || !numbers.length) {
    insertFigure(quote, chosen);
    return;
  }
  const chips = numbers.map((number) => {
    const chip = document.createElement('button');
    chip.type = 'button';
    chip.textContent = quote.slice(number.start, number.end);
    chip.addEventListener('click', () => {
      $('figure-numbers').hidden = true;
      insertFigure(quote, number);
    });
    return chip;
  });
  $('figure-numbers').replaceChildren(...chips);
  $('figure-numbers').hidden = false;
  status.textContent = `The sentence has ${numbers.length} numbers: choose the figure's.`;
  chips[0].focus();
}

/**
 * Inserts `value` into the document's array at `path` (its last segment the new index) through
 * jsonc-parser's edits, so the rest of the text stays as written; puts the result in the editor
 * and returns it.
 */
function insertItem(documentText, path, value) {
  const updated = applyEdits(documentText, modify(documentText, path, value, {
    isArrayInsertion: true, formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
  }));
  setDocument(updated);
  return updated;
}

/** Adds a figure for `number` (or none: a value to fill in) of `quote` to the chosen view. */
function insertFigure(quote, number) {
  const status = $('figure-status');
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
  const label = $('figure-label').value.trim();
  const lang = articleLanguage($('article').value);
  const languages = languagesOf(root, findNodeAtLocation);
  const figure = newFigure(quote, number, taken, format, {
    label, lang, languages, asOf: $('figure-date').value.trim(), counted: $('figure-counted').value.trim(),
    mark: $('figure-mark').value,
  });
  const path = ['views', viewIndex, 'figures', index];
  const updated = insertItem(documentText, path, figure);
  // The cursor lands in the first field still to fill: the label, the date, what is counted.
  const tree = parseTree(updated);
  const home = languages.includes(lang) ? lang : languages[0];
  const todo = [[['label', home], 'name it'], [['as_of'], 'give its date'], [['unit_label', home], 'say what is counted']]
    .map(([field, words]) => ({ node: findNodeAtLocation(tree, [...path, ...field]), words }))
    .find(({ node }) => node?.type === 'string' && node.value === '');
  const target = todo?.node ?? findNodeAtLocation(tree, [...path, 'id']);
  if (target) editor.dispatch({ selection: { anchor: target.offset + 1 }, scrollIntoView: true });
  editor.focus();
  for (const id of ['figure-label', 'figure-date', 'figure-counted']) $(id).value = '';
  $('figure-mark').value = 'bar';
  status.textContent = `Figure ${figure.id} added to ${$('figure-view').value || 'the view'}: `
    + `${number ? `${number.qualifier} ${number.value} (${number.unit}) from “${figure.number ?? quote.slice(number.start, number.end)}”` : 'no number found; fill in its value'}`
    + `${todo ? `; now ${todo.words}` : ''}.`;
}

// ---------------------------------------------------------------------------------------------
// A derived figure: two reported figures and an operation, its value computed as the checker
// will compute it.

/** The reported figures of the document, for the derived figure's choices: `[{id, view, node}]`. */
function reportedFigures(root) {
  const out = [];
  (findNodeAtLocation(root ?? {}, ['views'])?.children ?? []).forEach((view, index) => {
    for (const figure of findNodeAtLocation(view, ['figures'])?.children ?? []) {
      const id = findNodeAtLocation(figure, ['id'])?.value;
      if (typeof id === 'string' && findNodeAtLocation(figure, ['kind'])?.value === 'reported') out.push({ id, view: index, node: figure });
    }
  });
  return out;
}

function refreshDerivedChoices() {
  const ids = reportedFigures(state.root).map(({ id }) => id);
  for (const select of [$('derived-a'), $('derived-b')]) {
    if (ids.join() === [...select.options].map((option) => option.value).join()) continue;
    const chosen = select.value;
    select.replaceChildren(...ids.map((id) => new Option(id, id)));
    if (ids.includes(chosen)) select.value = chosen;
  }
  if ($('derived-a').value === $('derived-b').value && ids.length > 1) $('derived-b').value = ids.find((id) => id !== $('derived-a').value);
}

/** A value as 12 significant digits, as the number reader writes article values (no binary residue). */
const tidy = (value) => Number(value.toPrecision(12));

function addDerived() {
  const status = $('add-derived-status');
  const documentText = editor.state.doc.toString();
  const root = parseTree(documentText);
  const figures = reportedFigures(root);
  const a = figures.find(({ id }) => id === $('derived-a').value);
  const b = figures.find(({ id }) => id === $('derived-b').value);
  if (!a || !b || a === b) {
    status.textContent = 'Choose two different reported figures.';
    return;
  }
  const op = $('derived-op').value;
  const field = (figure, name) => findNodeAtLocation(figure.node, [name])?.value;
  const [x, y] = [field(a, 'value'), field(b, 'value')];
  if (typeof x !== 'number' || typeof y !== 'number' || (op === '/' && y === 0)) {
    status.textContent = 'Both figures need a number value (and a divisor other than 0).';
    return;
  }
  const value = tidy({ '-': x - y, '+': x + y, '/': x / y, '*': x * y }[op]);
  const lang = articleLanguage($('article').value);
  const label = $('derived-label').value.trim();
  const quoteA = field(a, 'quote') ?? '';
  const figure = { id: uniqueId(label || `${a.id}_${{ '-': 'minus', '+': 'plus', '/': 'over', '*': 'times' }[op]}_${b.id}`, idsIn(root)) };
  figure.mark = 'bar';
  figure.label = textIn(languagesOf(root, findNodeAtLocation), lang, label);
  figure.value = value;
  // A quotient is a ratio; a sum, difference or product keeps the first figure's unit.
  if (op === '/') {
    figure.unit = 'ratio';
  } else {
    for (const name of ['unit', 'currency', 'unit_label']) {
      const node = findNodeAtLocation(a.node, [name]);
      if (node) figure[name] = nodeValue(node);
    }
    if (value < 0 && ['count', 'money', 'rate'].includes(figure.unit)) figure.change = true;
  }
  Object.assign(figure, { qualifier: 'exact', as_of: field(a, 'as_of') ?? '', kind: 'derived', formula: `${a.id} ${op} ${b.id}`, quote: quoteA });
  const viewFigures = findNodeAtLocation(root, ['views', a.view, 'figures']);
  const path = ['views', a.view, 'figures', viewFigures?.children?.length ?? 0];
  const updated = insertItem(documentText, path, figure);
  const target = findNodeAtLocation(parseTree(updated), [...path, ...(label ? ['id'] : ['label', Object.keys(figure.label).find((code) => figure.label[code] === '') ?? lang])]);
  if (target) editor.dispatch({ selection: { anchor: target.offset + 1 }, scrollIntoView: true });
  editor.focus();
  $('derived-label').value = '';
  status.textContent = `Derived figure ${figure.id} added beside ${a.id}: ${figure.formula} = ${value}`
    + `${quoteA === field(b, 'quote') ? '' : `; its quote is ${a.id}'s, so say where ${b.id} comes from in a reading`}.`;
}

/** A jsonc-parser node's value as JSON data (objects and arrays too). */
function nodeValue(node) {
  if (node.type === 'object') return Object.fromEntries(node.children.map((property) => [property.children[0].value, nodeValue(property.children[1])]));
  if (node.type === 'array') return node.children.map(nodeValue);
  return node.value;
}

// ---------------------------------------------------------------------------------------------
// A new view.

// What a view of each layout needs next, said once it is added.
const LAYOUT_NEXT = {
  bars: 'add its figures: select a sentence in the article for each.',
  nested: 'add its figures, the largest first: each bar is drawn as part of the one above.',
  columns: 'add its figures, one a period: each needs its date (2014, 2018-H1).',
  line: 'add its figures, each with its date; give each series a group (groups) when there are several.',
  stacked: 'add the whole (drawn as the whole) and its parts (as bars), at most 3.',
  change: 'add the before and after figures (mark "bar"), then a "change" mark from one to the other.',
};

function addView() {
  const status = $('add-view-status');
  const documentText = editor.state.doc.toString();
  const root = parseTree(documentText);
  const views = findNodeAtLocation(root, ['views']);
  if (views?.type !== 'array') {
    status.textContent = 'The document has no "views" list to add to: start a document first.';
    return;
  }
  const layout = document.querySelector('input[name="new-layout"]:checked').value;
  const title = $('new-view-title').value.trim();
  const tabWords = $('new-view-tab').value.trim();
  const lang = articleLanguage($('article').value);
  const languages = languagesOf(root, findNodeAtLocation);
  const home = languages.includes(lang) ? lang : languages[0];
  const inLang = (text) => textIn(languages, lang, text);
  const view = { id: uniqueId(tabWords || title || layout, idsIn(root)), layout, tab: inLang(tabWords), title: inLang(title), figures: [] };
  const path = ['views', views.children?.length ?? 0];
  const updated = insertItem(documentText, path, view);
  state.wantView = view.id;
  // Into its first empty text: the tab (the short name readers choose the view by), the title.
  const tree = parseTree(updated);
  const empty = [['tab', home], ['title', home]].map((field) => findNodeAtLocation(tree, [...path, ...field]))
    .find((node) => node?.value === '');
  const target = empty ?? findNodeAtLocation(tree, [...path, 'figures']);
  if (target) editor.dispatch({ selection: { anchor: target.offset + 1 }, scrollIntoView: true });
  editor.focus();
  $('new-view-title').value = $('new-view-tab').value = '';
  status.textContent = `View ${view.id} added: ${empty ? 'name what is empty, then ' : ''}${LAYOUT_NEXT[layout]}`;
}

// ---------------------------------------------------------------------------------------------
// A start for the pasted story.

/**
 * Offers a new document for the article when its headline is not the document's: the
 * headline, byline, outlet and date read from it, said before they are used.
 */
function offerStart() {
  const article = $('article').value;
  const read = article.trim() ? readArticle(article) : null;
  const current = findNodeAtLocation(state.root ?? {}, ['source', 'headline'])?.value;
  const offer = read?.headline && read.headline !== current ? read : null;
  state.offer = offer;
  $('start-for-article').hidden = !offer;
  $('article-offer').textContent = offer
    ? `A document for “${offer.headline}”: ${[
      offer.authors.length ? `by ${offer.authors.join(', ')}` : 'no byline found',
      offer.outlet || 'no outlet found',
      offer.date || 'no date found',
    ].join('; ')}.`
    : '';
}

function startForArticle() {
  if (!state.offer) return;
  if (replaceDocument(documentFor(state.offer), 'a new document for this article')) {
    state.offer = null;
    $('start-for-article').hidden = true;
    $('article-offer').textContent = '';
    $('article').focus(); // The button is gone; the next step is in the article.
    $('figure-status').textContent = 'A new document for this article: select a sentence to make its first figure.';
  }
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
  const example = exampleDocument();
  // Neither start is changed work, whichever is on screen.
  state.pristine = [example, BLANK].includes(editor.state.doc.toString()) ? editor.state.doc.toString() : state.pristine;
  replaceDocument(kind === 'example' ? example : BLANK, kind === 'example' ? 'the Pingshan example' : 'a blank document');
}

/**
 * Puts `text` in place of the document, asking first when the document holds changed work,
 * and keeps what it replaced (in the browser) one click away. Returns whether it did.
 */
function replaceDocument(text, what) {
  const current = editor.state.doc.toString();
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

/** Another story's document: its preview and embed code go, so they are never shown for this one. */
function forgetPreview() {
  state.lastValid = state.previewed = state.picture = null;
  for (const box of [$('preview-wide'), $('preview-phone')]) box.replaceChildren();
  $('embed-code').value = state.embedFrom = '';
}

function showReplaced() {
  const kept = restore(STORE.replaced);
  $('bring-back').hidden = kept === null;
  $('replaced-status').textContent = kept === null ? '' : 'The document you replaced is kept in this browser.';
}

// Several graphics, kept by name (their title's) with their article, listed to reopen.
function keptGraphics() {
  try {
    return JSON.parse(restore(STORE.graphics) ?? '{}');
  } catch {
    return {};
  }
}

function listKept(chosen) {
  const graphics = keptGraphics();
  const names = Object.keys(graphics).sort((a, b) => graphics[b].kept.localeCompare(graphics[a].kept));
  const options = names.map((name) => new Option(`${name} (${graphics[name].kept.slice(0, 10)})`, name));
  $('kept-graphics').replaceChildren(...(options.length ? options : [new Option('none yet', '')]));
  if (chosen) $('kept-graphics').value = chosen;
  $('open-graphic').disabled = $('kept-graphics').disabled = !names.length;
}

function keepGraphic() {
  const text = editor.state.doc.toString();
  let name;
  try {
    name = nameOf(text, articleLanguage($('article').value));
  } catch {
    name = graphicName(''); // Not JSON yet: kept all the same, under the default name.
  }
  const graphics = keptGraphics();
  graphics[name] = { document: text, article: $('article').value, kept: new Date().toISOString() };
  save(STORE.graphics, JSON.stringify(graphics));
  state.pristine = text;
  listKept(name);
  $('kept-status').textContent = `Kept as “${name}”.`;
}

function openGraphic() {
  const name = $('kept-graphics').value;
  const graphic = keptGraphics()[name];
  if (!graphic) return;
  if (!replaceDocument(graphic.document, `the kept graphic “${name}”`)) return;
  $('article').value = graphic.article;
  $('article').dispatchEvent(new Event('input'));
  $('kept-status').textContent = `“${name}” opened, with its article.`;
}

/** Swaps the document with the one last replaced, so bringing it back loses nothing either. */
function bringBack() {
  const kept = restore(STORE.replaced);
  if (kept === null) return;
  save(STORE.replaced, editor.state.doc.toString());
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
  replaceDocument(await file.text(), file.name);
}

function exportFile() {
  download(new Blob([editor.state.doc.toString()], { type: 'application/json' }), `${state.name}.json`);
}

// ---------------------------------------------------------------------------------------------
// Publishing: the widget's address, the picture and the embed code.

/** The address the newsroom serves the widget's files from, ending in `/`; else this page's folder. */
function widgetAddress() {
  const written = $('widget-address').value.trim();
  if (!written) return new URL('./', location.href).href;
  return written.endsWith('/') ? written : `${written}/`;
}

const PICTURE_WIDTH = 640;

/** Runs `use` with a handle of the editor's wasm on `text` (a valid document), freed after. */
async function withWidget(text, use) {
  const { createWidgetFromText } = await bindings();
  const widget = createWidgetFromText(text);
  try {
    return await use(widget);
  } finally {
    widget.free();
  }
}

/** A view of the document as an SVG picture, 640 px wide: `{svg, width, height}`. */
function pictureOf(widget, { view = '', lang, theme = 'light' }) {
  const svg = widget.svgPicture({ view, lang, theme, width: PICTURE_WIDTH });
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { svg, width: PICTURE_WIDTH, height };
}

/** The graphic's file name, from the document's title in `lang`, else its other one. */
function nameOf(text, lang) {
  const { title } = JSON.parse(text);
  return graphicName(title?.[lang] || Object.values(title ?? {}).find((value) => typeof value === 'string' && value));
}

/**
 * What publishing needs of the last valid document, in the preview's language: its name, the
 * first view's picture (kept until the document or the language changes) and the fallback
 * content carrying it.
 */
function published(widget, text) {
  const lang = previewLang();
  state.picture ??= pictureOf(widget, { lang });
  return { lang, name: nameOf(text, lang), fallback: fallbackHtml(widget, lang, { picture: state.picture }) };
}

async function refreshEmbed() {
  const text = state.lastValid;
  if (text === null) return;
  const address = widgetAddress();
  $('address-problem').textContent = addressProblem(address);
  const kind = document.querySelector('input[name="embed"]:checked').value;
  const from = JSON.stringify([text, address, kind, previewLang()]);
  // A check that changed none of it (every pause in typing runs one) builds nothing again.
  if (from === state.embedFrom) return;
  const { name, fallback } = await withWidget(text, (widget) => published(widget, text));
  if (text !== state.lastValid) return; // A newer document took over meanwhile.
  state.name = name;
  state.embedFrom = from;
  $('embed-code').value = embedCode(text, kind, { address, name, fallback });
}

/** The zip of everything a newsroom uploads for this graphic (bundle.js). */
async function downloadGraphic() {
  const status = $('graphic-status');
  const text = state.lastValid;
  if (text === null) {
    status.textContent = 'The document has errors: fix them to download the graphic.';
    return;
  }
  status.textContent = 'Making the zip…';
  const address = widgetAddress();
  const { lang, name, fallback, pictures } = await withWidget(text, (widget) => {
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

async function downloadPicture() {
  const text = state.lastValid;
  if (text === null) return;
  const { svg } = await withWidget(text, (widget) => pictureOf(widget, { lang: previewLang() }));
  download(new Blob([svg], { type: 'image/svg+xml' }), `${nameOf(text, previewLang())}.svg`);
}

// ---------------------------------------------------------------------------------------------
// Wiring.

$('new-figure').addEventListener('click', () => figureFromSelection().catch(() => {}));
$('new-document').addEventListener('click', () => startDocument($('new-kind').value).catch(() => {}));
$('bring-back').addEventListener('click', bringBack);
$('start-for-article').addEventListener('click', startForArticle);
$('add-view-button').addEventListener('click', addView);
$('keep-graphic').addEventListener('click', keepGraphic);
$('open-graphic').addEventListener('click', openGraphic);
$('add-derived-button').addEventListener('click', addDerived);
$('import').addEventListener('click', () => $('import-file').click());
$('import-file').addEventListener('change', (event) => {
  const [file] = event.target.files;
  if (file) importFile(file).catch(() => {});
  event.target.value = '';
});
$('export').addEventListener('click', exportFile);
for (const input of document.querySelectorAll('input[name="embed"]')) input.addEventListener('change', () => refreshEmbed().catch(() => {}));
$('widget-address').value = restore(STORE.address) ?? '';
$('widget-address').addEventListener('input', () => {
  save(STORE.address, $('widget-address').value.trim()); // A short text: kept at once.
  refreshEmbed().catch(() => {});
});
$('download-picture').addEventListener('click', () => downloadPicture().catch(() => {}));
$('download-graphic').addEventListener('click', () => downloadGraphic().catch((failure) => {
  $('graphic-status').textContent = `The zip could not be made: ${failure?.message ?? failure}.`;
}));
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
showReplaced();
listKept();
// A document kept from an earlier visit is the reader's work: replacing it asks first.
if (kept !== null) setDocument(kept);
else startDocument('example', { onlyIfEmpty: true }).catch(() => {});
