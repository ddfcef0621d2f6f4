// Small DOM helpers for the element: nodes made with their attributes, writes made only when
// they change anything (a DOM write, even of the same value, can cost the page a style and
// layout pass), a table filled from Rust's rows, and a download. Text enters only through
// `textContent`.

/**
 * A listener as the element adds and removes it: target, event type, handler, capture. (Each
 * handler takes its own event type, which no one listener type holds: `any`.)
 * @typedef {[EventTarget, string, any, boolean?]} Listener
 */

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string>} [attributes]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function element(tag, attributes = {}) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** @param {Node} node @param {string} text */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/**
/**
 * Sets a node's text, with the ranges `spans` names (`[start, end, tag]`, UTF-16 offsets: the
 * English headline in a Chinese source line) in spans of their language; only when it differs.
 * @param {HTMLElement} node @param {string} text @param {[number, number, string][]} [spans]
 */
export function setMarkedText(node, text, spans = []) {
  const key = JSON.stringify(spans);
  if (node.textContent === text && node.dataset.langs === key) return;
  if (!spans.length) node.textContent = text;
  else {
    /** @type {HTMLSpanElement[]} */
    const parts = [];
    /** @param {number} from @param {number} to @param {string} [lang] */
    const part = (from, to, lang) => {
      if (to <= from) return;
      const span = element('span', lang ? { lang } : {});
      span.textContent = text.slice(from, to);
      parts.push(span);
    };
    let at = 0;
    for (const [start, end, lang] of spans) {
      part(at, start);
      part(start, end, lang);
      at = end;
    }
    part(at, text.length);
    node.replaceChildren(...parts);
  }
  node.dataset.langs = key;
}

/**
 * Sets (or, for null, removes) an attribute, only when it differs.
 * @param {Element} node @param {string} name @param {string | null} value
 */
export function setAttribute(node, name, value) {
  if (node.getAttribute(name) === value) return;
  if (value === null) node.removeAttribute(name);
  else node.setAttribute(name, value);
}

/** @param {HTMLElement} node @param {string} property @param {string} value */
export function setStyle(node, property, value) {
  if (node.style.getPropertyValue(property) !== value) node.style.setProperty(property, value);
}

/**
/**
 * A row of text cells: header cells of `scope` (`col`), or a row header then data cells (`row`),
 * each in its column's language where `langs` names one (the article's English sentence in a
 * Chinese table), so a screen reader switches voice.
 * @param {string[]} values @param {'col' | 'row'} scope @param {string[]} [langs]
 */
function tableRow(values, scope, langs = []) {
  const row = element('tr');
  values.forEach((value, index) => {
    const cell = scope === 'col' || index === 0 ? element('th', { scope }) : element('td', langs[index] ? { lang: langs[index] } : {});
    cell.textContent = value;
    row.append(cell);
  });
  return row;
}

/**
 * Fills a table from Rust's `{caption, headers, langs, rows}`.
 * @param {HTMLTableElement} table @param {import('./pkg/pingshan_infographic.js').ViewTable} content
 */
export function fillTable(table, { caption, headers, langs, rows }) {
  const captionNode = element('caption');
  captionNode.textContent = caption;
  const head = element('thead');
  head.append(tableRow(headers, 'col'));
  const body = element('tbody');
  body.append(...rows.map((values) => tableRow(values, 'row', langs)));
  table.replaceChildren(captionNode, head, body);
}

/**
 * Scrolls a row that is too narrow for its tabs so that `item` shows whole, without moving the
 * page (scrollIntoView would scroll the page too).
 * @param {Element} row @param {Element} item
 */
export function scrollIntoRow(row, item) {
  if (row.scrollWidth <= row.clientWidth) return;
  const rowBox = row.getBoundingClientRect();
  const box = item.getBoundingClientRect();
  if (box.left < rowBox.left) row.scrollLeft -= rowBox.left - box.left;
  else if (box.right > rowBox.right) row.scrollLeft += box.right - rowBox.right;
}

/**
 * The chart height at a CSS width, from the runs src/shell.rs writes: [width, height, …].
 * @param {readonly number[]} runs @param {number} width
 */
export function heightAt(runs, width) {
  let height = runs[1];
  for (let index = 2; index < runs.length && runs[index] <= width; index += 2) height = runs[index + 1];
  return height;
}

/** @param {number} value @param {number} min @param {number} max */
export function clamp(value, min, max) {
  return Math.max(min, Math.min(value, max));
}

/** @param {string} text */
export function utf8Length(text) {
  return new TextEncoder().encode(text).length;
}

/** @param {Blob} blob @param {string} name */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
