// A new document for a pasted article: its headline, byline, outlet and date, read from the
// article's first lines where they can be read (news pages and wire copy write them in a few
// ways), in the article's language. What cannot be read is left empty for the editor to fill.

import { articleLanguage, textIn } from './figure.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
const monthOf = (/** @type {string} */ name) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The first full date in `text`, as `YYYY-MM-DD`, or ''. @param {string} text */
export function dateIn(text) {
  /** @type {[RegExp, (match: RegExpExecArray) => (string | number)[]][]} */
  const forms = [
    [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => [m[1], m[2], m[3]]],
    [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, (m) => [m[1], m[2], m[3]]],
    [new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`), (m) => [m[3], monthOf(m[1]), m[2]]],
    [new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`), (m) => [m[3], monthOf(m[2]), m[1]]],
  ];
  /** @type {{index: number, parts: (string | number)[]} | null} */
  let best = null;
  for (const [pattern, parts] of forms) {
    const match = pattern.exec(text);
    if (match && (best === null || match.index < best.index)) best = { index: match.index, parts: parts(match) };
  }
  if (!best) return '';
  const [year, month, day] = best.parts.map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${year}-${pad(month)}-${pad(day)}` : '';
}

/** Names in a byline: `Lin Yiying, Zhao Lu`, `Jane Doe and John Roe`, `王新、李明`. @param {string} byline */
function names(byline) {
  return byline.split(/\s*(?:,|，|、|\band\b|&|和)\s*/).map((name) => name.trim()).filter((name) => name && name.length <= 40);
}

/**
 * What an article's first lines say of it: `{lang, headline, authors, date, outlet}`. The
 * headline is its first line; the byline a `By …`, `Author: …`, `作者：…` or `记者 …` (`記者`); the
 * outlet a `From: …`, `Source: …` or `来源：…` (`來源`), or the agency of a wire dateline (`(UPI)`,
 * `(Reuters)`, `新华社`, `新華社`); the date the first full date of those lines; each in either
 * Chinese script.
 * @param {string} text @returns {import('./session.js').ArticleHead}
 */
export function readArticle(text) {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const head = lines.slice(0, 6).join('\n');
  const headline = lines[0] && lines[0].length <= 200 ? lines[0] : '';
  const field = (/** @type {RegExp} */ pattern) => pattern.exec(head)?.[1]?.trim() ?? '';
  // Page furniture runs fields together: `Author:Lin Yiying, Zhao LuDate:2021-03-10From:…`.
  const until = '(?=\\s*(?:Date|From|Source|Time|Editor|Author|By|日期|来源|來源|时间|時間|编辑|編輯|作者|记者|記者)\\s*[:：]|\\s+\\d{4}\\s*(?:年|-)|\\n|$)';
  const byline = field(new RegExp(`(?:^|\\n)(?:By|Author|Authors|Written by)\\s*[:：]?\\s*(.+?)${until}`, 'i'))
    || field(new RegExp(`(?:作者|记者|記者|文)\\s*[:：/]?\\s*([^\\n（）()]+?)${until}`));
  const outlet = field(new RegExp(`(?:From|Source|来源|來源)\\s*[:：]\\s*(.+?)${until}`))
    || field(/\((UPI|AP|Reuters|AFP|Xinhua|Bloomberg|CNA|Kyodo)\)/)
    || (/新华社|新華社/.exec(head)?.[0] ?? '');
  return { lang: articleLanguage(text), headline, authors: byline ? names(byline) : [], date: dateIn(head), outlet };
}

/**
 * A format 2 document for the article, in its language only (a language more is added by
 * writing it in `languages` and in each text): what was read of it filled in, the article's
 * language in `source.language` where it is not English (the format's default), one view to
 * start from.
 * @param {import('./session.js').ArticleHead} article
 */
export function documentFor(article) {
  const { lang, headline, authors, date, outlet } = article;
  const inLang = (/** @type {string} */ text) => textIn([lang], lang, text);
  return `${JSON.stringify({
    format: 2,
    languages: [lang],
    title: inLang(headline),
    source: { headline, authors, date, outlet, ...(lang === 'en' ? {} : { language: lang }) },
    views: [{ id: 'view_1', layout: 'bars', tab: inLang(''), title: inLang(''), figures: [] }],
  }, null, 2)}\n`;
}
