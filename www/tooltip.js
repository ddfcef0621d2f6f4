// The tooltip of a figure: its lines, written as text, and its place beside the figure's mark.
import { clamp, element, setAttribute, setStyle } from './dom.js';

/** @typedef {import('./pkg/pingshan_infographic.js').Mark} Mark */

/**
 * Writes Rust's lines (`TooltipLines`: `{label, value, meta, reading, quoteIntro, quote, quoteLang, emphasis}`) into the
 * tooltip: the words the figure's number came from (`emphasis`, UTF-16 offsets into `quote`)
 * are emphasized in the quote, and the document's reading of the article, if it states one,
 * follows the date and provenance.
 * @param {HTMLElement} node @param {import('./pkg/pingshan_infographic.js').TooltipLines} lines
 */
export function fillTooltip(node, lines) {
  /** @param {string} name @param {string} content @param {'span' | 'p'} [tag] */
  const line = (name, content, tag = 'span') => {
    const part = element(tag, { class: name });
    part.textContent = content;
    return part;
  };
  // The article's sentence, in its language (English in a Chinese widget): a screen reader
  // switches voice, and the stylesheet sets no Chinese in italic.
  const quote = element('p', { class: 'quote', lang: lines.quoteLang || 'en' });
  const [start, end] = lines.emphasis ?? [0, 0];
  if (end > start) {
    /** @param {'span' | 'strong'} tag @param {number} from @param {number} [to] */
    const piece = (tag, from, to) => {
      const part = element(tag);
      part.textContent = lines.quote.slice(from, to);
      return part;
    };
    quote.append(piece('span', 0, start), piece('strong', start, end), piece('span', end));
  } else {
    quote.textContent = lines.quote;
  }
  const parts = [line('label', lines.label), line('value', lines.value), element('br'), line('meta', lines.meta)];
  if (lines.reading) parts.push(element('br'), line('reading', lines.reading));
  parts.push(element('br'), line('intro', lines.quoteIntro), quote);
  node.replaceChildren(...parts);
}

/**
 * The tooltip's own size, uncut: measured once when it is filled (a forced layout), so that
 * following the pointer across its mark only writes its place.
 * @param {HTMLElement} node @returns {{width: number, height: number}}
 */
export function measureTooltip(node) {
  setStyle(node, 'max-height', 'none');
  return { width: node.offsetWidth, height: node.offsetHeight };
}

/**
 * Places the tooltip (of size `tip`, from measureTooltip) below or above the mark, never over
 * it, so the figure tapped, hovered or focused stays in sight: below if the whole tooltip fits
 * there, else above if it fits, else on the roomier side, cut to fit and scrollable. The room
 * is the whole widget (`frame`), tabs and footer included; the tooltip's coordinates are the
 * chart `panel`'s. Across, it follows the pointer (`anchor`), else the mark's start. It only
 * writes: nothing here reads layout.
 * @param {HTMLElement} node @param {{width: number, height: number}} tip @param {Mark} mark
 * @param {{x: number, y: number} | null} anchor @param {DOMRect} frame @param {DOMRect} panel
 */
export function placeTooltip(node, tip, mark, anchor, frame, panel) {
  const [gap, margin] = [6, 4];
  const panelTop = panel.top - frame.top;
  const above = panelTop + mark.y - gap - margin;
  const below = frame.height - panelTop - mark.y - mark.height - gap - margin;
  const goesBelow = tip.height <= below || (tip.height > above && below >= above);
  const height = Math.min(tip.height, goesBelow ? below : above);
  setStyle(node, 'max-height', height < tip.height ? `${Math.max(height, 0)}px` : 'none');
  // Cut to fit, it takes the pointer, so a wheel or a finger can scroll the rest into view.
  setAttribute(node, 'data-cut', height < tip.height ? '' : null);
  const y = goesBelow ? mark.y + mark.height + gap : mark.y - gap - height;
  const x = anchor ? anchor.x - tip.width / 2 : mark.x;
  // Moved by a transform: following the pointer lays nothing out again.
  setStyle(node, 'transform', `translate(${clamp(x, margin, frame.width - tip.width - margin)}px, ${y}px)`);
}
