// The views drawn so far: each keeps its canvas, description and table, so switching back to it
// shows them again; Rust paints a view's canvas again only when what it shows changed. Only
// the current view's are visible and exposed to assistive technology; the others are
// `aria-hidden`. The element holds the map (view id → `{canvas, description, table, lang,
// drawn, painted}`) and what is on screen (`OnScreen`, one value); these functions make,
// paint, fill and swap entries.

import SHELL from './shell.js';
import { element, fillTable, setStyle } from './dom.js';

/** @typedef {import('./pkg/pingshan_infographic.js').Widget} Widget */
/** @typedef {import('./pkg/pingshan_infographic.js').DrawOptions} DrawOptions */
/** @typedef {import('./pkg/pingshan_infographic.js').Drawn} Drawn */
/**
 * What is on screen: the view's entry, the options it was drawn with (its id among them) and
 * the marks and further places of figures Rust answered then (`Drawn`), for the keyboard and
 * the tooltip (explore.js).
 * @typedef {{entry: ViewEntry, drawing: Required<DrawOptions>} & Omit<Drawn, 'height'>} OnScreen
 */
/**
 * A view's nodes, the language its words are in, what its canvas was drawn with (drawnKey of
 * the draw options) and what Rust answered then, for a switch back to it.
 * @typedef {{canvas: HTMLCanvasElement, description: HTMLParagraphElement, table: HTMLTableElement,
 *   lang: string | null, drawn?: string, painted?: Drawn}} ViewEntry
 */

/** A view's canvas, description and table, made (hidden) on first need, in `panel` and `tableBox`. */
/**
 * @param {Map<string, ViewEntry>} views @param {string} view @param {HTMLElement} panel
 * @param {HTMLElement} tooltip @param {HTMLElement} tableBox
 */
export function viewEntry(views, view, panel, tooltip, tableBox) {
  let entry = views.get(view);
  if (!entry) {
    // The chart is an image named by the view's title and described by every figure in
    // words, from a hidden paragraph, so a screen reader says each once.
    const description = element('p', { id: `description-${views.size}`, hidden: '' });
    entry = {
      canvas: element('canvas', {
        role: 'img', part: 'canvas', tabindex: '0', 'aria-hidden': 'true', 'aria-describedby': description.id,
      }),
      description,
      table: element('table', { 'aria-hidden': 'true' }),
      lang: null,
    };
    panel.insertBefore(entry.canvas, tooltip);
    tableBox.append(entry.table, description);
    views.set(view, entry);
  }
  return entry;
}

/**
 * What a canvas drawn with `options` shows, as one string: a switch to the view compares it.
 * @param {DrawOptions} options
 */
export function drawnKey({ view, lang, theme, width, pixelRatio, focused, system }) {
  return `${view} ${lang} ${theme} ${width} ${pixelRatio} ${focused} ${system}`;
}

/**
 * Has Rust draw a view's canvas: `{height, marks, hits}`. A canvas that already shows `options` (its
 * focus ring included) is not asked for again: its entry keeps what Rust answered when it was
 * painted, so a switch to a view prepared in idle time costs no call into the wasm.
 * @param {Widget} widget @param {ViewEntry} entry @param {DrawOptions & {width: number}} options
 * @returns {Drawn}
 */
export function paintView(widget, entry, options) {
  const key = drawnKey(options);
  if (entry.drawn === key) return /** @type {Drawn} */ (entry.painted);
  const painted = widget.render(entry.canvas, options);
  entry.drawn = key;
  entry.painted = painted;
  // Only what changed is written: a DOM write, even of the same value, can cost the page a
  // style and layout pass.
  setStyle(entry.canvas, 'width', `${Math.max(options.width, SHELL.min_width)}px`);
  setStyle(entry.canvas, 'height', `${painted.height}px`);
  return painted;
}

/** A view's name (its tab's title), description and table, in the language. */
/**
 * @param {Widget} widget @param {ViewEntry} entry @param {string} view @param {string} lang
 * @param {readonly {id: string, title: string}[] | undefined} tabs
 */
export function fillViewText(widget, entry, view, lang, tabs) {
  if (entry.lang === lang) return;
  entry.lang = lang;
  // Null only for a document without views, which never has a view's entry.
  const { summary, table } = /** @type {import('./pkg/pingshan_infographic.js').ViewText} */ (widget.viewText(view, lang));
  entry.canvas.setAttribute('aria-label', tabs?.find((tab) => tab.id === view)?.title ?? view);
  entry.description.textContent = summary;
  fillTable(entry.table, table);
}

// Shows the view's canvas and exposes its table in place of the previous view's; the canvas
// takes the keyboard focus the previous one had (`root`, the shadow root, knows).
/** @param {ViewEntry | null} previous @param {ViewEntry} entry @param {ShadowRoot} root */
export function showView(previous, entry, root) {
  const hadFocus = previous && root.activeElement === previous.canvas;
  for (const node of [previous?.canvas, previous?.table]) node?.setAttribute('aria-hidden', 'true');
  previous?.canvas.removeAttribute('data-in');
  entry.canvas.removeAttribute('aria-hidden');
  entry.table.removeAttribute('aria-hidden');
  if (hadFocus) entry.canvas.focus();
}

/** Removes every view's nodes and forgets them. */
/** @param {Map<string, ViewEntry>} views */
export function dropViews(views) {
  for (const { canvas, table, description } of views.values()) {
    canvas.remove();
    table.remove();
    description.remove();
  }
  views.clear();
}
