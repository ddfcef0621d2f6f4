// A new figure from the article: the sentence around a selection, quoted verbatim, with the
// number and qualifier Rust's number reader finds in it, and an id no figure has yet.
import SHELL from '../shell.js';

/** @typedef {import('../pkg-editor/pingshan_infographic.js').FoundNumber} FoundNumber */
/** @typedef {import('./session.js').JsonNode} JsonNode */
/**
 * A figure as the editor writes it into the document, in the format's fields: what a form does
 * not fill is left out. A derived figure takes its unit, currency and unit label from a
 * document's figure as written there, so those are whatever the document holds.
 * @typedef {{
 *   id: string, mark: string, group?: string, label: Record<string, string>, value: number,
 *   unit?: unknown, currency?: unknown, unit_label?: unknown, change?: boolean,
 *   note?: Record<string, string>, qualifier?: string, as_of?: string, kind?: string,
 *   formula?: string, number?: string, quote?: string, from?: string, to?: string,
 * }} Figure
 */

// Words ending in a full stop that end no sentence: the browser's sentence breaker (ICU) ends
// one after `Jan.` or `Dr.` when a capital or a digit follows. A single capital (`J.`) too.
const ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'gov', 'sen', 'rep', 'st', 'no', 'nos', 'vs', 'inc', 'corp', 'co', 'ltd',
  'jr', 'sr', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'approx', 'est', 'dept', 'mt', 'ft', 'fig']);

/** @param {string} segment */
function endsInAbbreviation(segment) {
  const match = /(?:^|[\s(“"'])([A-Za-z]+(?:\.[A-Za-z]+)*)\.\s*$/.exec(segment);
  if (!match) return false;
  const word = match[1];
  return word.length === 1 || ABBREVIATIONS.has(word.toLowerCase());
}

// Common characters written one way in Traditional Chinese and another in Simplified, each
// string's Nth the other's Nth: which of them an article uses more says its script.
const TRADITIONAL = '這個們來說對為時會國經發過業與還開關學長區東車見將實點現處無樣當話給從應億萬預計總稅價歲門書問間電員產資據數';
const SIMPLIFIED = '这个们来说对为时会国经发过业与还开关学长区东车见将实点现处无样当话给从应亿万预计总税价岁门书问间电员产资据数';

/**
 * The article's language for its sentences: Chinese where Han characters outnumber Latin
 * letters, in Traditional characters (`zh-Hant`: Hong Kong's, Taiwan's papers) where more of
 * them are written the Traditional way than the Simplified way, else Simplified (`zh`).
 * @param {string} text
 */
export function articleLanguage(text) {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (han <= latin) return 'en';
  let traditional = 0;
  for (const c of text) traditional += TRADITIONAL.includes(c) ? 1 : SIMPLIFIED.includes(c) ? -1 : 0;
  return traditional > 0 ? 'zh-Hant' : 'zh';
}

/**
 * The sentences of `text` as `[{from, to}]`: the browser's sentence segmentation
 * (`Intl.Segmenter`) in the article's language, where a line break always ends one (a
 * paragraph, a heading, a page's menu line) and an abbreviation never does.
 * @param {string} text @param {string} [lang]
 */
export function sentences(text, lang = articleLanguage(text)) {
  /** @type {{from: number, to: number}[]} */
  const out = [];
  /** @type {{from: number, to: number} | null} */
  let open = null;
  for (const { segment, index } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    if (open && !/\n/.test(text.slice(open.from, open.to))) {
      open.to = index + segment.length;
    } else {
      if (open) out.push(open);
      open = { from: index, to: index + segment.length };
    }
    if (/\n/.test(segment) || !endsInAbbreviation(segment)) {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}

// A wire dateline before a story's first sentence: `WASHINGTON, Jan. 8 (UPI) --`,
// `BEIJING (Reuters) -`, `新华社贵阳1月20日电（记者 王新）`.
const DATELINE = /^(?:\p{Lu}[\p{Lu} .'’-]+(?:, [\p{L}.]+ \d{1,2})?(?: \([\p{L} .]+\))? ?(?:--|—|–|-) ?|新华社\p{Script=Han}{1,8}\d{1,2}月\d{1,2}日电(?:（[^）]*）)?)/u;

/**
 * The sentence (or sentences) around `start..end` in `text`, as `{from, to}`: trimmed, without a dateline.
 * @param {string} text @param {number} start @param {number} end
 */
export function sentenceAround(text, start, end) {
  const list = sentences(text);
  const first = list.find((sentence) => sentence.to > start) ?? list.at(-1) ?? { from: 0, to: text.length };
  const last = list.findLast((sentence) => sentence.from < Math.max(end, start + 1)) ?? first;
  let from = first.from;
  let to = Math.max(last.to, first.to);
  while (from < to && /\s/.test(text[from])) from += 1;
  while (to > from && /\s/.test(text[to - 1])) to -= 1;
  const dateline = DATELINE.exec(text.slice(from, to));
  if (dateline && dateline[0].length < to - from) from += dateline[0].length;
  return { from, to };
}

/**
 * Where an article in `lang` writes its words among a document's `languages`: its own, else the
 * other Chinese script for a Chinese article (a Traditional article in a document of `en` and
 * `zh` writes in `zh`), else the document's first.
 * @param {string[]} languages @param {string} lang
 */
export function homeLanguage(languages, lang) {
  return languages.includes(lang) ? lang
    : languages.find((code) => lang.startsWith('zh') && code.startsWith('zh')) ?? languages[0];
}

/**
 * A text in each of the document's `languages` (`['en']`, `['en', 'zh']`): `words` in the
 * article's language `lang` (or, if the document is not written in it, its first), the others
 * empty for the editor to fill.
 * @param {string[]} languages @param {string} lang @param {string} words
 */
export function textIn(languages, lang, words) {
  const home = homeLanguage(languages, lang);
  return Object.fromEntries(languages.map((code) => [code, code === home ? words : '']));
}

/**
 * The languages a parsed document declares (`languages`) that the format knows (the shell's tag
 * table, from Rust: `en`, `zh`, `zh-Hant`, `es`, `fr`, `de`, `pt`, `ja`), else English and
 * Simplified Chinese. `findNode` is session.js's (this module imports no library: the tests
 * load it in the browser as it is).
 * @param {JsonNode | undefined} root @param {typeof import('./session.js').findNode} findNode
 * @returns {string[]}
 */
export function languagesOf(root, findNode) {
  const codes = findNode(root, ['languages'])?.children?.map((node) => node.value)
    .filter((code) => typeof code === 'string' && Object.values(SHELL.tags).includes(code));
  return codes?.length ? [...new Set(codes)] : ['en', 'zh'];
}

/**
 * `base`, or `base_2`, `base_3`…, whichever no figure or view has; `fallback` where `base` has
 * no Latin letter or digit to make an id of.
 * @param {string} base @param {Set<string>} taken @param {string} [fallback]
 */
export function uniqueId(base, taken, fallback = 'figure') {
  // Words with no Latin letter (a Chinese label) leave nothing: the fallback names it.
  const clean = (base.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^[^a-z]+|_+$/g, '') || fallback).slice(0, 40);
  if (!taken.has(clean)) return clean;
  for (let n = 2; ; n += 1) if (!taken.has(`${clean}_${n}`)) return `${clean}_${n}`;
}

/**
 * The figure to insert: the quote verbatim; its id made from its label where one is given
 * (`Guiyang output 2018` → `guiyang_output_2018`), else from the quote's first words; the number, its unit, currency and qualifier where
 * the number reader found one (`{start, end, value, unit, currency, qualifier}`), else a zero
 * to fill in; the label, date and (for counts) what is counted as given, or empty to fill in. In a
 * format 2 document the figure also names its number words (the quote's words the number was
 * read from), which the source check holds to the value; a fall read from its verb (`fell 4.7
 * percentage points`) is a change, negative; a count, sum or rate the article gives a direction by a
 * verb (`上升3.3%`, `a 15.6% rise`) is a change too.
 * @param {string} quote @param {FoundNumber | null | undefined} number @param {Set<string>} taken @param {number} [format]
 * @param {{label?: string, lang?: string, asOf?: string, counted?: string, languages?: string[], mark?: string,
 *   note?: string, from?: string, to?: string, group?: string}} [fields]
 */
export function newFigure(quote, number, taken, format = 2, {
  label = '', lang = 'en', asOf = '', counted = '', languages = ['en', 'zh'], mark = 'bar', note = '', from = '', to = '', group = '',
} = {}) {
  const words = label || quote.split(/\s+/).slice(0, 4).join('_');
  /** @type {Figure} */
  const figure = {
    id: uniqueId(words, taken),
    mark,
    ...(group ? { group } : {}),
    label: textIn(languages, lang, label),
    value: number?.value ?? 0,
    unit: number?.unit ?? 'count',
  };
  if (format >= 2 && figure.unit === 'money') figure.currency = number?.currency ?? '';
  // A change is said as one (`+3.3%`, `上升3.3%`): a fall of a count or a sum, or any number
  // the article gives a direction by a verb (`上升3.3%`, `a 15.6% rise`). Points are changes already.
  const changes = figure.unit === 'count' || figure.unit === 'money' || figure.unit === 'rate';
  if (format >= 2 && changes && (number?.change || figure.value < 0)) figure.change = true;
  if (format < 2 && figure.unit === 'money') figure.unit = 'count';
  if (format < 2 && figure.unit === 'points') figure.unit = 'rate';
  if (figure.unit === 'count') figure.unit_label = textIn(languages, lang, counted);
  // A note is a sentence with its number in it: as written, else the label and the number.
  if (mark === 'note') figure.note = textIn(languages, lang, note || (label ? `${label}: {value}` : ''));
  Object.assign(figure, {
    qualifier: number?.qualifier ?? 'exact',
    as_of: asOf,
    kind: 'reported',
  });
  if (format >= 2) figure.number = number ? quote.slice(number.start, number.end) : '';
  figure.quote = quote;
  if (mark === 'change') Object.assign(figure, { from, to });
  return figure;
}
