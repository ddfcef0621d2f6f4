// The element's shadow tree: its stylesheet and its nodes, made once per element, with their
// roles, parts and the comments on why each is where it is, and the frame's own words and
// attributes. The element keeps the nodes and fills them; the live region's node is
// live.js's, the views' canvases and tables views.js's.

import SHELL from './shell.js';
import { element, setAttribute, setText } from './dom.js';
import { styleSheet } from './style.js';

/**
 * The nodes the element keeps, in this order (the element takes them in one assignment).
 * @typedef {[frame: HTMLDivElement, probe: HTMLDivElement, schemeProbe: HTMLDivElement, systemProbe: HTMLSpanElement,
 *   tablist: HTMLDivElement, panel: HTMLDivElement, loadingNote: HTMLParagraphElement, tooltip: HTMLDivElement,
 *   source: HTMLParagraphElement, pngButton: HTMLButtonElement, csvButton: HTMLButtonElement, tableBox: HTMLDivElement,
 *   alert: HTMLDivElement, fallback: HTMLSlotElement]} Nodes
 */

/**
 * Fills the element's shadow root, with the live region's `status` node in the frame.
 * @param {ShadowRoot} root @param {HTMLElement} status @returns {Nodes}
 */
export function shadowTree(root, status) {
  root.adoptedStyleSheets = [styleSheet()];
  const frame = element('div', { class: 'frame', part: 'frame' });
  // Zero-height and full-width: the resize observer watches it, not the host, so drawing a
  // new height in the observer's callback cannot notify it again (a resize loop error).
  const probe = element('div', { class: 'probe' });
  // Outside the frame, so it inherits the page's `color-scheme`: its colour is `light-dark()`
  // of it, and a change of that scheme ends a transition (see page.js's pageIsDark).
  const schemeProbe = element('div', { class: 'scheme' });
  // Under forced colours, takes each system colour in turn, which the chart is drawn in.
  const systemProbe = element('span', { class: 'system', hidden: '' });
  const tablist = element('div', { role: 'tablist', part: 'tabs' });
  const panel = element('div', { class: 'chart', role: 'tabpanel', id: 'panel' });
  const loadingNote = element('p', { class: 'loading', part: 'loading' });
  // For sight only: a screen reader hears the figure from the live region, and its sentence
  // in the table, so the tooltip is not read again after them (tests/e2e/transcripts).
  // Out of the Tab order too, where a cut tooltip would be a scroller Tab stops at.
  const tooltip = element('div', {
    class: 'tooltip', role: 'tooltip', id: 'tooltip', part: 'tooltip', hidden: '', 'aria-hidden': 'true', tabindex: '-1',
  });
  const source = element('p', { class: 'source', part: 'source' });
  const pngButton = element('button', { type: 'button', part: 'download' });
  const csvButton = element('button', { type: 'button', part: 'download' });
  const tools = element('div', { class: 'tools' });
  tools.append(pngButton, csvButton);
  const footer = element('div', { class: 'footer' });
  footer.append(source, tools);
  // A table cannot be shrunk to 1 px itself (it keeps its min-content width), so the tables
  // sit in a visually hidden box that clips them.
  const tableBox = element('div', { class: 'visually-hidden' });
  const alert = element('div', { role: 'alert', part: 'alert', hidden: '' });
  // The page's own fallback content (a child with `slot="fallback"`: the editor's embed code
  // writes the chart's picture and its figures there). Readers see it while the element is
  // not defined (the script blocked or refused, an old browser), and again here if the code
  // or the document cannot arrive; once the widget draws, it is not shown.
  const fallback = element('slot', { name: 'fallback', hidden: '' });
  panel.append(loadingNote, tooltip, tableBox);
  frame.append(probe, tablist, panel, footer, alert, fallback, status);
  root.append(schemeProbe, systemProbe, frame);
  return [frame, probe, schemeProbe, systemProbe, tablist, panel, loadingNote, tooltip, source, pngButton, csvButton, tableBox, alert, fallback];
}

/**
 * The frame's language, theme and type scale, and the download buttons: their full words, or
 * on a narrow widget (the compact type scale) short ones, with the full words as names.
 * @param {HTMLElement} frame @param {HTMLButtonElement} pngButton @param {HTMLButtonElement} csvButton
 * @param {import('./page.js').Words} ui @param {string} theme @param {number} width
 */
export function frameWords(frame, pngButton, csvButton, ui, theme, width) {
  const compact = width < SHELL.compact_width;
  setAttribute(frame, 'lang', ui.tag);
  setAttribute(frame, 'data-theme', theme);
  setAttribute(frame, 'data-compact', compact ? '' : null);
  for (const [button, full, short] of /** @type {[HTMLButtonElement, string, string][]} */ ([
    [pngButton, ui.download_png, ui.download_png_short],
    [csvButton, ui.download_csv, ui.download_csv_short]])) {
    setText(button, compact ? short : full);
    setAttribute(button, 'aria-label', compact ? full : null);
  }
}
