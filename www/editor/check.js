// Checking a document's text as the widget checks it, by Rust through the editor's wasm: JSON
// syntax (jsonc-parser's errors, in an editor's words), every validation error at the place its
// path names, and, against the article, every source warning; and the document without its
// broken views, for a preview of what is ready.
import { parseTree, findNodeAtLocation, printParseErrorCode, modify, applyEdits } from 'jsonc-parser';

import { bindings, findNode, state } from './session.js';
import { rangeOf } from './paths.js';

/** @typedef {import('./session.js').Problem} Problem */
/** @typedef {import('./session.js').EditorWasm} EditorWasm */
/** @typedef {import('../pkg-editor/pingshan_infographic.js').Report} Report */

/**
 * Every problem of a document's text: JSON syntax, validation errors, source warnings, each at
 * its place. The work after the wasm is ready is synchronous, measured as
 * `pingshan-editor:check` (bench/editor.mjs reads it).
 * @param {string} text @param {string} article
 */
export async function check(text, article) {
  const wasm = await bindings();
  performance.mark('pingshan-editor:check-start');
  try {
    return checkNow(wasm, text, article);
  } finally {
    performance.measure('pingshan-editor:check', 'pingshan-editor:check-start');
  }
}

/** @param {EditorWasm} wasm @param {string} text @param {string} article @returns {Problem[]} */
function checkNow({ createWidgetFromText, exampleDocument }, text, article) {
  /** @type {import('jsonc-parser').ParseError[]} */
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
    // The error array Rust throws (`Report[]`), else what failed, said at the document.
    /** @type {Pick<Report, 'path' | 'message'>[]} */
    const list = Array.isArray(reports) ? reports
      : [{ path: '(document)', message: String(/** @type {import('./session.js').Failure} */ (reports)?.message ?? reports) }];
    return list.map(({ path, message }) => ({ severity: 'error', message, path, ...rangeOf(state.root, path) }));
  }
  // The example checked against another story would only list its own quotes as missing.
  state.example ??= exampleDocument();
  state.otherStory = Boolean(article.trim()) && text === state.example
    && !article.includes(findNode(state.root, ['source', 'headline'])?.value ?? '');
  try {
    const warnings = article.trim() && !state.otherStory ? widget.sourceCheck(article) : [];
    return warnings.map(({ path, message }) => ({ severity: 'warning', message, path, ...rangeOf(state.root, path) }));
  } finally {
    widget.free();
  }
}

// What each JSON syntax error of jsonc-parser wants, in an editor's words.
/** @type {Partial<Record<ReturnType<typeof printParseErrorCode>, string>>} */
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

/** The text a syntax error is at, quoted, or the end of the document. @param {string} text @param {number} offset @param {number} length */
function found(text, offset, length) {
  if (offset >= text.length) return 'the end of the document';
  const piece = text.slice(offset, offset + Math.max(1, Math.min(length, 20)));
  return `“${piece.replace(/\n/g, '⏎')}”`;
}

/** @param {string} text @param {number} offset */
function lineColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  // `split` gives at least one piece.
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/**
 * The document with its broken views left out, when every error is inside a view and some view
 * has none: `{text, broken: [{index, id, errors}]}`, so the preview draws what is ready while
 * the rest is written; null when the document cannot be drawn (a syntax error, an error outside
 * the views, every view broken, or what remains still invalid, say a formula naming a figure of
 * a view left out).
 * @param {string} text @param {Problem[]} problems
 * @returns {Promise<{text: string, broken: {index: number, id: unknown, errors: string[]}[]} | null>}
 */
export async function drawableViews(text, problems) {
  /** @type {Map<number, string[]>} */
  const broken = new Map();
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    const index = /^views\[(\d+)\]/.exec(problem.path ?? '')?.[1];
    if (index === undefined) return null;
    const errors = broken.get(Number(index)) ?? [];
    errors.push(problem.message);
    broken.set(Number(index), errors);
  }
  const views = findNode(state.root, ['views'])?.children ?? [];
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

