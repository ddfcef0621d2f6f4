// The forms that write the document for the reporter: a figure from a selection in the article,
// a derived figure from two reported ones, a new view, and a start for the pasted story.
import { parseTree, getLocation } from 'jsonc-parser';

import {
  $, bindings, chosen, documentText, editorView, findNode, idsIn, insertItem, nodeValue, placeCursor, replaceItem, setDocument, state,
} from './session.js';
import { articleLanguage, homeLanguage, languagesOf, newFigure, sentenceAround, textIn, uniqueId } from './figure.js';
import { documentFor, readArticle } from './article.js';
import { replaceDocument } from './library.js';

/** @typedef {import('./session.js').JsonNode} JsonNode */
/** @typedef {import('./figure.js').Figure} Figure */
/** @typedef {import('../pkg-editor/pingshan_infographic.js').FoundNumber} FoundNumber */

// ---------------------------------------------------------------------------------------------
// Figures from the article.

/** The fields a mark needs besides the others: a note's sentence, a change's two ends. */
export function showMarkFields() {
  const mark = $('figure-mark', HTMLSelectElement).value;
  $('figure-note-fields').hidden = $('figure-note-hint').hidden = mark !== 'note';
  $('figure-change-fields').hidden = mark !== 'change';
}

/**
 * The ids of a parsed list's items (figures, groups) that have a string id, optionally only those `keep` keeps.
 * @param {JsonNode | undefined} list @param {(item: JsonNode) => boolean} [keep] @returns {string[]}
 */
const idsOf = (list, keep = () => true) => (list?.children ?? []).filter(keep)
  .map((item) => findNode(item, ['id'])?.value).filter((id) => typeof id === 'string');

/** The index among `views` (parsed view nodes) of the view chosen for figures under the article, or -1. @param {JsonNode[]} views */
const chosenViewIndex = (views) => views.findIndex((view) => findNode(view, ['id'])?.value === $('figure-view', HTMLSelectElement).value);

/**
 * A node's name as the chart shows it: its `field` (`label`, a view's `tab`) in the first
 * language that gives one, or ''. @param {JsonNode | undefined} node @param {string} [field]
 */
const nameOf = (node, field = 'label') => (findNode(node, [field])?.children ?? [])
  .map((property) => property.children?.[1]?.value).find((words) => typeof words === 'string' && words !== '') ?? '';

/**
 * Gives `select` one option a value (after a `none` option of value '' when `none` names it),
 * each shown by its name where `names` gives one (`總收入 (figure_2)`: an id made from Chinese
 * words says nothing), unless it holds just those already, so what is chosen stays; returns
 * whether it changed them.
 * @param {HTMLSelectElement} select @param {string[]} values @param {string} [none]
 * @param {Map<string, string>} [names]
 */
function offer(select, values, none, names = new Map()) {
  const all = none === undefined ? values : ['', ...values];
  const text = (/** @type {string} */ value) => (value === '' ? none ?? '' : names.get(value) ? `${names.get(value)} (${value})` : value);
  const same = (/** @type {(option: HTMLOptionElement) => string} */ read, /** @type {(value: string) => string} */ write) =>
    all.map(write).join('\n') === [...select.options].map(read).join('\n');
  if (same((option) => option.value, (value) => value) && same((option) => option.text, text)) return false;
  select.replaceChildren(...all.map((value) => new Option(text(value), value)));
  return true;
}

/** Each id of `list`'s items with its name (`field`), for `offer`. @param {JsonNode | undefined} list @param {string} [field] */
const namesIn = (list, field = 'label') => new Map((list?.children ?? [])
  .map((item) => /** @type {[unknown, string]} */ ([findNode(item, ['id'])?.value, nameOf(item, field)]))
  .filter((pair) => typeof pair[0] === 'string').map(([id, name]) => [String(id), name]));

/**
 * The chosen view's own choices: a change's ends among its bars (the last two by default) and
 * the group of the next figure among its groups (shown once it has one; a group just added chosen).
 */
function refreshViewChoices() {
  const views = findNode(state.root, ['views'])?.children ?? [];
  const view = views[chosenViewIndex(views)];
  const bars = idsOf(findNode(view, ['figures']), (figure) => findNode(figure, ['mark'])?.value === 'bar');
  /** @type {[HTMLSelectElement, string | undefined][]} */
  const ends = [[$('figure-from'), bars.at(-2)], [$('figure-to'), bars.at(-1)]];
  const names = namesIn(findNode(view, ['figures']));
  for (const [select, fallback] of ends) {
    if (offer(select, bars, undefined, names) && fallback) select.value = fallback;
  }
  const groups = idsOf(findNode(view, ['groups']));
  const select = $('figure-group', HTMLSelectElement);
  const chosen = state.wantGroup ?? select.value;
  offer(select, groups, 'none');
  if (groups.includes(chosen)) {
    select.value = chosen;
    state.wantGroup = null;
  }
  $('figure-group-fields').hidden = !groups.length;
}

export function refreshViews() {
  const select = $('figure-view', HTMLSelectElement);
  const ids = idsOf(findNode(state.root, ['views']));
  const chosen = state.wantView ?? select.value;
  offer(select, ids, undefined, namesIn(findNode(state.root, ['views']), 'tab'));
  if (ids.includes(chosen)) {
    select.value = chosen;
    state.wantView = null;
  }
  refreshViewChoices();
}

export async function figureFromSelection() {
  const article = $('article', HTMLTextAreaElement);
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
  // In the article's language: 元 alone is a Hong Kong dollar in a Traditional Chinese one.
  const numbers = readNumbers(quote, articleLanguage(text));
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
 * Adds a figure for `number` (or none: a value to fill in) of `quote` to the chosen view.
 * @param {string} quote @param {FoundNumber | null} number
 */
function insertFigure(quote, number) {
  const status = $('figure-status');
  const text = documentText();
  const root = parseTree(text);
  const views = findNode(root, ['views'])?.children ?? [];
  const viewIndex = Math.max(0, chosenViewIndex(views));
  if (!views.length) {
    status.textContent = 'The document has no views yet: add one first.';
    return;
  }
  const taken = idsIn(root);
  const figures = findNode(views[viewIndex], ['figures']);
  const index = figures?.children?.length ?? 0;
  const format = findNode(root, ['format'])?.value ?? 2;
  const label = $('figure-label', HTMLInputElement).value.trim();
  const lang = articleLanguage($('article', HTMLTextAreaElement).value);
  const languages = languagesOf(root, findNode);
  const mark = $('figure-mark', HTMLSelectElement).value;
  if (mark === 'change' && (!$('figure-from', HTMLSelectElement).value || $('figure-from', HTMLSelectElement).value === $('figure-to', HTMLSelectElement).value)) {
    status.textContent = 'A change goes from one figure of the view to another: add both ends first, then choose them.';
    return;
  }
  const figure = newFigure(quote, number, taken, format, {
    label, lang, languages, asOf: $('figure-date', HTMLInputElement).value.trim(), counted: $('figure-counted', HTMLInputElement).value.trim(), mark,
    note: $('figure-note', HTMLInputElement).value.trim(), from: $('figure-from', HTMLSelectElement).value, to: $('figure-to', HTMLSelectElement).value,
    group: $('figure-group-fields').hidden ? '' : $('figure-group', HTMLSelectElement).value,
  });
  const path = ['views', viewIndex, 'figures', index];
  const updated = insertItem(text, path, figure);
  // The cursor lands in the first field still to fill: the label, the date, what is counted.
  const tree = parseTree(updated);
  const home = homeLanguage(languages, lang);
  /** @type {[string[], string][]} */
  const fields = [[['label', home], 'name it'], [['as_of'], 'give its date'], [['unit_label', home], 'say what is counted']];
  const todo = fields
    .map(([field, words]) => ({ node: findNode(tree, [...path, ...field]), words }))
    .find(({ node }) => node?.type === 'string' && node.value === '');
  const target = todo?.node ?? findNode(tree, [...path, 'id']);
  placeCursor(target ? target.offset + 1 : undefined);
  // A time layout's figures are each of their own period; the others' are mostly of one (a
  // budget's year): there the date stays for the next figure, as what is counted does not.
  const timed = ['columns', 'line'].includes(String(findNode(views[viewIndex], ['layout'])?.value));
  for (const id of ['figure-label', ...(timed ? ['figure-date'] : []), 'figure-counted', 'figure-note']) $(id, HTMLInputElement).value = '';
  $('figure-mark', HTMLSelectElement).value = 'bar';
  showMarkFields();
  // The value grouped in thousands, so its scale reads at a glance (642,400,000,000, not 642400000000).
  status.textContent = `Figure ${figure.id} added to ${$('figure-view', HTMLSelectElement).value || 'the view'}: `
    + `${number ? `${number.qualifier} ${number.value.toLocaleString('en-US', { maximumFractionDigits: 12 })} (${number.unit}${number.currency ? `, ${number.currency}` : ''}) from “${figure.number ?? quote.slice(number.start, number.end)}”` : 'no number found; fill in its value'}`
    + `${todo ? `; now ${todo.words}` : ''}.`;
}

// ---------------------------------------------------------------------------------------------
// A derived figure: two reported figures and an operation, its value computed as the checker
// will compute it.

/**
 * The reported figures of the document, for the derived figure's choices: `[{id, view, node}]`.
 * @param {JsonNode | null | undefined} root
 */
function reportedFigures(root) {
  /** @type {{id: string, view: number, node: JsonNode}[]} */
  const out = [];
  (findNode(root, ['views'])?.children ?? []).forEach((view, index) => {
    for (const figure of findNode(view, ['figures'])?.children ?? []) {
      const id = findNode(figure, ['id'])?.value;
      if (typeof id === 'string' && findNode(figure, ['kind'])?.value === 'reported') out.push({ id, view: index, node: figure });
    }
  });
  return out;
}

export function refreshDerivedChoices() {
  const reported = reportedFigures(state.root);
  const ids = reported.map(({ id }) => id);
  const names = new Map(reported.map(({ id, node }) => [id, nameOf(node)]));
  const [first, second] = [$('derived-a', HTMLSelectElement), $('derived-b', HTMLSelectElement)];
  for (const select of [first, second]) {
    const chosen = select.value;
    if (offer(select, ids, undefined, names) && ids.includes(chosen)) select.value = chosen;
  }
  // Two different figures when there are; none chosen when every one has the same id.
  if (first.value === second.value && ids.length > 1) second.value = ids.find((id) => id !== first.value) ?? '';
}

// Each operation of the form: its formula over the two ids, and the word its id is made with.
/** @type {Record<string, {formula: (a: string, b: string) => string, word: string}>} */
const OPERATIONS = {
  '-': { formula: (a, b) => `${a} - ${b}`, word: 'minus' },
  '+': { formula: (a, b) => `${a} + ${b}`, word: 'plus' },
  '/': { formula: (a, b) => `${a} / ${b}`, word: 'over' },
  '*': { formula: (a, b) => `${a} * ${b}`, word: 'times' },
  // Between two rates, their difference in percentage points; a rate before a points change.
  points: { formula: (a, b) => `(${a} - ${b}) * 100`, word: 'points_over' },
  before: { formula: (a, b) => `${a} - ${b} / 100`, word: 'before' },
};

export async function addDerived() {
  const status = $('add-derived-status');
  const { derivedValue } = await bindings();
  const text = documentText();
  const root = parseTree(text);
  const figures = reportedFigures(root);
  const a = figures.find(({ id }) => id === $('derived-a', HTMLSelectElement).value);
  const b = figures.find(({ id }) => id === $('derived-b', HTMLSelectElement).value);
  if (!a || !b || a === b) {
    status.textContent = 'Choose two different reported figures.';
    return;
  }
  const op = $('derived-op', HTMLSelectElement).value;
  const field = (/** @type {{node: JsonNode}} */ figure, /** @type {string} */ name) => findNode(figure.node, [name])?.value;
  const formula = OPERATIONS[op].formula(a.id, b.id);
  let value;
  try {
    // Computed by Rust, as the checker will compute it, to the digits an article would write.
    value = derivedValue(formula, Object.fromEntries(figures.map((figure) => [figure.id, field(figure, 'value')])));
  } catch (failure) {
    status.textContent = `${formula} cannot be computed: ${/** @type {import('./session.js').Failure} */ (failure)?.message ?? failure}.`;
    return;
  }
  const lang = articleLanguage($('article', HTMLTextAreaElement).value);
  const label = $('derived-label', HTMLInputElement).value.trim();
  const quoteA = field(a, 'quote') ?? '';
  /** @type {Figure} */
  const figure = {
    id: uniqueId(label || `${a.id}_${OPERATIONS[op].word}_${b.id}`, idsIn(root)),
    mark: 'bar',
    label: textIn(languagesOf(root, findNode), lang, label),
    value,
  };
  // A quotient is a ratio; a difference of rates in points is points; a sum, difference,
  // product or a rate before a change keeps the first figure's unit.
  if (op === '/') {
    figure.unit = 'ratio';
  } else if (op === 'points') {
    figure.unit = 'points';
  } else {
    for (const name of /** @type {const} */ (['unit', 'currency', 'unit_label'])) {
      const node = findNode(a.node, [name]);
      if (node) figure[name] = nodeValue(node);
    }
    if (value < 0 && (figure.unit === 'count' || figure.unit === 'money')) figure.change = true;
  }
  Object.assign(figure, { qualifier: 'exact', as_of: field(a, 'as_of') ?? '', kind: 'derived', formula, quote: quoteA });
  const viewFigures = findNode(root, ['views', a.view, 'figures']);
  const path = ['views', a.view, 'figures', viewFigures?.children?.length ?? 0];
  const updated = insertItem(text, path, figure);
  const target = findNode(parseTree(updated), [...path, ...(label ? ['id'] : ['label', Object.keys(figure.label).find((code) => figure.label[code] === '') ?? lang])]);
  placeCursor(target ? target.offset + 1 : undefined);
  $('derived-label', HTMLInputElement).value = '';
  status.textContent = `Derived figure ${figure.id} added beside ${a.id}: ${figure.formula} = ${value}`
    + `${quoteA === field(b, 'quote') ? '' : `; its quote is ${a.id}'s, so say where ${b.id} comes from in a reading`}.`;
}

// ---------------------------------------------------------------------------------------------
// A new view.

// What a view of each layout needs next, said once it is added.
/** @type {Record<string, string>} */
const LAYOUT_NEXT = {
  bars: 'add its figures: select a sentence in the article for each.',
  nested: 'add its figures, the largest first: each bar is drawn as part of the one above.',
  columns: 'add its figures, one a period: each needs its date (2014, 2018-H1).',
  line: 'add its figures, each with its date; give each series a group (groups) when there are several.',
  stacked: 'add the whole (drawn as the whole) and its parts (as bars), at most 3.',
  change: 'add the before and after figures (mark "bar"), then a "change" mark from one to the other.',
};

export function addView() {
  const status = $('add-view-status');
  const text = documentText();
  const root = parseTree(text);
  const views = findNode(root, ['views']);
  if (views?.type !== 'array') {
    status.textContent = 'The document has no "views" list to add to: start a document first.';
    return;
  }
  const layout = chosen('new-layout');
  const title = $('new-view-title', HTMLInputElement).value.trim();
  const tabWords = $('new-view-tab', HTMLInputElement).value.trim();
  const lang = articleLanguage($('article', HTMLTextAreaElement).value);
  const languages = languagesOf(root, findNode);
  const home = homeLanguage(languages, lang);
  const inLang = (/** @type {string} */ text) => textIn(languages, lang, text);
  // The view a start leaves to begin with, untouched, is this one: no empty view is left behind.
  const children = views.children ?? [];
  const untouched = children.findIndex((node) => {
    const texts = ['tab', 'title'].flatMap((field) => findNode(node, [field])?.children ?? []);
    return /^view_\d+$/.test(findNode(node, ['id'])?.value ?? '')
      && (findNode(node, ['figures'])?.children?.length ?? 1) === 0
      && texts.every((property) => property.children?.[1]?.value === '');
  });
  const taken = idsIn(root);
  if (untouched >= 0) taken.delete(findNode(children[untouched], ['id'])?.value);
  /**
   * @type {{id: string, layout: string, tab: Record<string, string>, title: Record<string, string>,
   *   subtitle?: Record<string, string>, remainder?: Record<string, string>, figures?: Figure[]}}
   */
  const view = { id: uniqueId(tabWords || title || layout, taken, layout), layout, tab: inLang(tabWords), title: inLang(title) };
  // A subtitle only where one is written: an empty text is an error of the format.
  const subtitle = $('new-view-subtitle', HTMLInputElement).value.trim();
  if (subtitle) view.subtitle = inLang(subtitle);
  if (layout === 'stacked') view.remainder = inLang($('new-view-rest', HTMLInputElement).value.trim());
  view.figures = [];
  const path = ['views', untouched >= 0 ? untouched : children.length];
  const updated = untouched >= 0 ? replaceItem(text, path, view) : insertItem(text, path, view);
  state.wantView = view.id;
  // Into its first empty text: the tab (the short name readers choose the view by), the title.
  const tree = parseTree(updated);
  const empty = [['tab', home], ['title', home], ['remainder', home]].map((field) => findNode(tree, [...path, ...field]))
    .find((node) => node?.value === '');
  const target = empty ?? findNode(tree, [...path, 'figures']);
  placeCursor(target ? target.offset + 1 : undefined);
  for (const id of ['new-view-title', 'new-view-subtitle', 'new-view-tab', 'new-view-rest']) $(id, HTMLInputElement).value = '';
  status.textContent = `View ${view.id} added: ${empty ? 'name what is empty, then ' : ''}${LAYOUT_NEXT[layout]}`;
}

// ---------------------------------------------------------------------------------------------
// A start for the pasted story.

/**
 * Offers a new document for the article when its headline is not the document's: the
 * headline, byline, outlet and date read from it, said before they are used.
 */
export function offerStart() {
  const article = $('article', HTMLTextAreaElement).value;
  const read = article.trim() ? readArticle(article) : null;
  const current = findNode(state.root, ['source', 'headline'])?.value;
  const offer = read?.headline && read.headline !== current ? read : null;
  if (offer?.headline !== state.offer?.headline) {
    // Filled from the article once per headline, so what the reporter writes there stays.
    $('start-authors', HTMLInputElement).value = offer?.authors.join(', ') ?? '';
    $('start-outlet', HTMLInputElement).value = offer?.outlet ?? '';
    $('start-date', HTMLInputElement).value = offer?.date ?? '';
  }
  state.offer = offer;
  $('start-for-article').hidden = $('start-fields').hidden = !offer;
  $('article-offer').textContent = offer
    ? `A document for “${offer.headline}”: ${[
      offer.authors.length ? `by ${offer.authors.join(', ')}` : 'no byline found',
      offer.outlet || 'no outlet found',
      offer.date || 'no date found',
    ].join('; ')}.`
    : '';
}

export function startForArticle() {
  if (!state.offer) return;
  const read = {
    ...state.offer,
    authors: $('start-authors', HTMLInputElement).value.split(/\s*(?:,|，|、)\s*/).map((name) => name.trim()).filter(Boolean),
    outlet: $('start-outlet', HTMLInputElement).value.trim(),
    date: $('start-date', HTMLInputElement).value.trim(),
  };
  if (replaceDocument(documentFor(read), 'a new document for this article')) {
    state.offer = null;
    $('start-for-article').hidden = $('start-fields').hidden = true;
    $('article-offer').textContent = '';
    $('article').focus(); // The button is gone; the next step is in the article.
    $('figure-status').textContent = 'A new document for this article: select a sentence to make its first figure.';
  }
}


// ---------------------------------------------------------------------------------------------
// Colour groups, and the order of figures.

/** Adds a group, named by what its colour means, to the view chosen for figures, and chooses it for the next one. */
export function addGroup() {
  const status = $('add-group-status');
  const text = documentText();
  const root = parseTree(text);
  const views = findNode(root, ['views'])?.children ?? [];
  const viewIndex = chosenViewIndex(views);
  const label = $('group-label', HTMLInputElement).value.trim();
  if (viewIndex < 0 || !label) {
    status.textContent = viewIndex < 0 ? 'Choose the view first, under the article.' : 'Say what the group\'s colour means first.';
    return;
  }
  const group = { id: uniqueId(label, idsIn(root)), label: textIn(languagesOf(root, findNode), articleLanguage($('article', HTMLTextAreaElement).value), label) };
  const groups = findNode(views[viewIndex], ['groups']);
  const path = ['views', viewIndex, 'groups'];
  if (groups?.type === 'array') insertItem(text, [...path, groups.children?.length ?? 0], group);
  else replaceItem(text, path, [group]);
  state.wantGroup = group.id;
  $('group-label', HTMLInputElement).value = '';
  status.textContent = `Group ${group.id} added to ${$('figure-view', HTMLSelectElement).value}: choose it for each of its figures.`;
}

/**
 * Moves the figure at the cursor one place up (-1) or down (1) in its view, by swapping its
 * text with its neighbour's, so both stay as written; the cursor stays in it.
 * @param {-1 | 1} delta
 */
export function moveFigure(delta) {
  const status = $('move-status');
  const text = documentText();
  const { path } = getLocation(text, editorView().state.selection.main.head);
  const [, view, , index] = path;
  const figures = findNode(parseTree(text), ['views', view, 'figures'])?.children;
  if (path[0] !== 'views' || path[2] !== 'figures' || typeof index !== 'number' || !figures) {
    status.textContent = 'Put the cursor in a figure of the document first.';
    return;
  }
  const to = index + delta;
  const id = findNode(figures[index], ['id'])?.value ?? `figure ${index + 1}`;
  if (to < 0 || to >= figures.length) {
    status.textContent = `${id} is already the ${delta < 0 ? 'first' : 'last'} figure of its view.`;
    return;
  }
  const [first, second] = [figures[Math.min(index, to)], figures[Math.max(index, to)]];
  const slice = (/** @type {JsonNode} */ node) => text.slice(node.offset, node.offset + node.length);
  setDocument(text.slice(0, first.offset) + slice(second) + text.slice(first.offset + first.length, second.offset)
    + slice(first) + text.slice(second.offset + second.length));
  const moved = findNode(parseTree(documentText()), ['views', view, 'figures', to, 'id']);
  placeCursor(moved ? moved.offset + 1 : undefined);
  status.textContent = `${id} moved ${delta < 0 ? 'up' : 'down'}: figure ${to + 1} of ${figures.length} in its view.`;
}
