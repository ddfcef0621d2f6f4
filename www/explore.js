// Exploring the chart on screen: a figure's tooltip on hover with a mouse, on a tap with touch
// or pen (a tap again or elsewhere, or Escape, closes it), and on keyboard focus, where the
// arrow keys walk the marks in reading order, each drawn with a ring and said in words. Rust
// hit-tests the marks and writes each tooltip's lines; the element makes one exploration
// (`explorer`), holds it, adds its listeners when connected and removes them when not, reads
// the mark with keyboard focus for each draw, and draws.

import { setAttribute } from './dom.js';
import { languageOf } from './page.js';
import { fillTooltip, measureTooltip, placeTooltip } from './tooltip.js';

/** @typedef {import('./pkg/pingshan_infographic.js').Widget} Widget */
/** @typedef {import('./pkg/pingshan_infographic.js').Mark} Mark */
/** @typedef {{x: number, y: number}} Point */
/** @typedef {import('./views.js').OnScreen} OnScreen */
/** @typedef {import('./dom.js').Listener} Listener */

/**
 * One element's exploration, given what it asks of its element, in this order: the element
 * itself (a pointer down outside it closes the tooltip), its frame, chart panel and tooltip;
 * then what is on screen (`screen`), a call into the widget (`ask`: undefined without a widget
 * or when the call fails, which the element shows), the language (`lang`), the live region
 * (`say`), and a redraw (`redraw`, for the focus ring). (Positional, not one object of them:
 * 56 B less gzip in the deployed module.)
 * @param {HTMLElement} host @param {HTMLElement} frame @param {HTMLElement} panel @param {HTMLElement} tooltip
 * @param {() => OnScreen | null} screen @param {<T>(call: (widget: Widget) => T) => T | undefined} ask
 * @param {() => string} lang @param {(words: string, again?: boolean) => void} say @param {() => void} redraw
 */
export function explorer(host, frame, panel, tooltip, screen, ask, lang, say, redraw) {
  /** @type {string | null} */
  let focused = null; // The mark with keyboard focus (drawn with a ring).
  /** @type {string | null} */
  let tip = null; // The mark whose tooltip is showing.
  /** @type {Point | null} */
  let at = null; // Where the pointer is, or null to anchor the tooltip on the mark.
  /** @type {{width: number, height: number}} */
  let size; // The size of the tooltip showing, measured once when filled.

  const marks = () => screen()?.marks ?? [];
  // Where the figure is drawn: under the pointer (`point`), a further place of it there (a
  // stacked bar's segment, whose tooltip then stands beside the segment, not over it), else its mark.
  /** @param {string} id @param {Point | null} [point] */
  const markOf = (id, point) => screen()?.hits.find((mark) => mark.id === id && point
    && point.x >= mark.x && point.x <= mark.x + mark.width && point.y >= mark.y && point.y <= mark.y + mark.height)
    ?? marks().find((mark) => mark.id === id);
  /** @param {Event} event */
  const onCanvas = (event) => event.target === screen()?.entry.canvas;
  /** @param {Event} event */
  const inTooltip = (event) => event.composedPath().includes(tooltip);

  // The figure under a pointer, asked of Rust for the view on screen (as its canvas was
  // painted). Inside a tooltip cut to fit (which takes the pointer, so it can be scrolled) is no mark.
  /** @param {PointerEvent} event */
  const hit = (event) => {
    const view = screen()?.drawing.view;
    return view && !inTooltip(event) ? ask((widget) => widget.hitTest(view, event.offsetX, event.offsetY)) : undefined;
  };

  // Reads the boxes (laid out already: the tooltip's own measuring came first), then writes.
  /** @param {Mark} mark */
  const place = (mark) => placeTooltip(tooltip, size, mark, at, frame.getBoundingClientRect(), panel.getBoundingClientRect());

  const hide = () => {
    if (!tip) return;
    tip = at = null;
    tooltip.hidden = true;
  };

  /** @param {string} id @param {Point | null} anchor */
  const show = (id, anchor) => {
    const lines = ask((widget) => widget.tooltip(id, lang()));
    const mark = markOf(id, anchor);
    if (!lines || !mark) {
      hide();
      return null;
    }
    tip = id;
    at = anchor;
    fillTooltip(tooltip, lines);
    tooltip.hidden = false;
    size = measureTooltip(tooltip);
    place(mark);
    return lines;
  };

  // A figure reached with the keyboard: drawn with a ring, its tooltip shown, and said by the
  // polite live region in words, since moving within one image announces nothing by itself.
  /** @param {string} id */
  const focus = (id) => {
    focused = id;
    const lines = show(id, null);
    if (lines) say(lines.announcement, true);
    redraw();
  };

  /** @param {PointerEvent} event */
  const moved = (event) => {
    if (event.pointerType !== 'mouse') return;
    const id = hit(event);
    // A pointer cursor only over a mark the hit test finds: the rest of the canvas is no target.
    setAttribute(panel, 'data-over-mark', id ? '' : null);
    if (focused) return;
    const anchor = { x: event.offsetX, y: event.offsetY };
    if (!id) hide();
    else if (id === tip) {
      at = anchor;
      place(/** @type {Mark} */ (markOf(id, at)));
    } else show(id, anchor);
  };

  /** @param {PointerEvent} event */
  const left = (event) => {
    setAttribute(panel, 'data-over-mark', null);
    if (event.pointerType === 'mouse' && !focused) hide();
  };

  /** @param {PointerEvent} event */
  const tapped = (event) => {
    if (event.pointerType === 'mouse' || inTooltip(event)) return;
    const id = hit(event);
    if (!id || id === tip) hide();
    else show(id, { x: event.offsetX, y: event.offsetY });
  };

  // Only keyboard focus picks a mark; a click that focuses the canvas does not.
  /** @param {FocusEvent} event */
  const focusIn = (event) => {
    const first = marks()[0];
    if (onCanvas(event) && /** @type {Element} */ (event.target).matches(':focus-visible') && first) focus(focused ?? first.id);
  };

  /** @param {FocusEvent} event */
  const focusOut = (event) => {
    if (!onCanvas(event) || !focused) return;
    focused = null;
    hide();
    redraw();
  };

  // Arrow keys walk the marks in reading order; Home/End jump; Escape hides the tooltip.
  /** @param {KeyboardEvent} event */
  const key = (event) => {
    const ids = marks().map((mark) => mark.id);
    if (!onCanvas(event) || !ids.length) return;
    const current = ids.indexOf(/** @type {string} */ (focused));
    const next = /** @type {Record<string, number>} */ ({
      ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1,
      Home: 0, End: ids.length - 1,
    })[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = Math.min(Math.max(next, 0), ids.length - 1);
    if (index !== current) {
      focus(ids[index]);
      return;
    }
    // Past either end the figure is not said again: the reader hears that it is the last (or
    // the first), once (issue 24).
    const { ui } = languageOf(lang());
    say(next < current || event.key === 'Home' ? ui.first_figure : ui.last_figure);
  };

  return {
    // On the panel, for whichever view's canvas is showing (the others are hidden).
    /** @type {Listener[]} */
    listeners: [
      [panel, 'pointermove', moved],
      [panel, 'pointerleave', left],
      [panel, 'pointerup', tapped],
      [panel, 'keydown', key],
      [panel, 'focusin', focusIn],
      [panel, 'focusout', focusOut],
      [frame, 'keydown', (/** @type {KeyboardEvent} */ event) => { if (event.key === 'Escape') hide(); }],
      [document, 'pointerdown', (/** @type {PointerEvent} */ event) => { if (!event.composedPath().includes(host)) hide(); }, true],
    ],
    /** The mark with keyboard focus, drawn with a ring, or null. */
    focused: () => focused,
    /** After a switch of view: no mark has focus or a tooltip. */
    reset() {
      focused = null;
      hide();
    },
    /** After a draw: the tooltip showing filled and placed again, for the marks as drawn. */
    refresh() {
      if (tip) show(tip, at);
    },
    hide,
  };
}
