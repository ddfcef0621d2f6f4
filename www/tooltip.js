// The tooltip of a figure: its lines, written as text, and its place beside the figure's mark.
import { clamp, element, setAttribute, setStyle } from './dom.js';

/** Writes Rust's lines (`{label, value, meta, quote_intro, quote}`) into the tooltip. */
export function fillTooltip(node, lines) {
  const parts = [
    ['label', lines.label], ['value', lines.value], ['meta', lines.meta],
    ['intro', lines.quote_intro], ['quote', lines.quote],
  ].map(([name, content]) => {
    const line = element(name === 'quote' ? 'p' : 'span', { class: name });
    line.textContent = content;
    return line;
  });
  node.replaceChildren(parts[0], parts[1], element('br'), parts[2], element('br'), parts[3], parts[4]);
}

/**
 * Places the tooltip below or above the mark, never over it, so the figure tapped, hovered or
 * focused stays in sight: below if the whole tooltip fits there, else above if it fits, else
 * on the roomier side, cut to fit and scrollable. The room is the whole widget (`frame`), tabs
 * and footer included; the tooltip's coordinates are the chart `panel`'s. Across, it follows
 * the pointer (`anchor`), else the mark's start.
 */
export function placeTooltip(node, mark, anchor, frame, panel) {
  const [gap, margin] = [6, 4];
  const panelTop = panel.top - frame.top;
  setStyle(node, 'max-height', 'none');
  const tip = { width: node.offsetWidth, height: node.offsetHeight };
  const above = panelTop + mark.y - gap - margin;
  const below = frame.height - panelTop - mark.y - mark.height - gap - margin;
  const goesBelow = tip.height <= below || (tip.height > above && below >= above);
  const height = Math.min(tip.height, goesBelow ? below : above);
  if (height < tip.height) setStyle(node, 'max-height', `${Math.max(height, 0)}px`);
  // Cut to fit, it takes the pointer, so a wheel or a finger can scroll the rest into view.
  setAttribute(node, 'data-cut', height < tip.height ? '' : null);
  const y = goesBelow ? mark.y + mark.height + gap : mark.y - gap - height;
  const x = anchor ? anchor.x - tip.width / 2 : mark.x;
  setStyle(node, 'left', `${clamp(x, margin, frame.width - tip.width - margin)}px`);
  setStyle(node, 'top', `${y}px`);
}
