// The element's stylesheet: how the page parts around the chart are laid out. Every colour,
// the font stack and the margins are custom properties that Rust writes into the shell
// (src/shell.rs), so they match the chart and are written in one place; this file holds none.

import SHELL from './shell.js';

// Plain CSS, no interpolation: tools/dist.mjs minifies it for the deployed bundle.
const STYLE = `
/* The widget's line height, which a reader's own (a user style on every element) replaces. */
:host { display: block; position: relative; max-width: 100%; line-height: 1.4; }
:host([hidden]) { display: none; }
.frame { background: var(--bg); color: var(--fg); overflow: hidden; font-family: var(--font); color-scheme: light; }
.frame[data-theme="dark"] { color-scheme: dark; }
.scheme { position: absolute; width: 0; height: 0; overflow: hidden; visibility: hidden;
  color: light-dark(black, white); transition: color 1ms, color-scheme 1ms allow-discrete; }
[role="tablist"] { display: flex; gap: 4px; padding: 8px 8px 0; border-bottom: 1px solid var(--rule);
  min-height: 44px; overflow-x: auto; scrollbar-width: none; }
[role="tab"] { flex: none; white-space: nowrap; font: inherit; font-size: 14px; color: var(--muted); background: none;
  border: 0; border-bottom: 3px solid transparent; padding: 8px 10px; cursor: pointer; min-height: 44px; }
[role="tab"][aria-selected="true"] { color: var(--fg); border-bottom-color: var(--accent); }
[role="tab"]:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
.frame[data-compact] [role="tablist"] { gap: 0; padding: 4px 4px 0; }
.frame[data-compact] [role="tab"] { padding: 8px 7px; }
.chart { display: block; width: 100%; position: relative; }
.probe { height: 0; }
/* Rust measures and lays out the chart's text: spacing inherited from the page would stretch
   it past what was measured (off the edge, legend items over each other). */
canvas { display: block; position: absolute; top: 0; left: 0; letter-spacing: normal; word-spacing: normal; }
canvas[aria-hidden] { visibility: hidden; }
/* A view switched to fades in, unless the reader asks for less motion. */
@media (prefers-reduced-motion: no-preference) { canvas[data-in] { animation: in 220ms ease-out; } }
@keyframes in { from { opacity: 0.2; transform: translateY(6px); } }
canvas:focus { outline: none; }
.chart[data-over-mark] canvas { cursor: pointer; }
canvas:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
.loading { position: absolute; inset: 0; margin: 0; padding: 0 var(--pad); display: flex; flex-direction: column;
  align-items: center; justify-content: center; text-align: center; font-size: 14px; color: var(--muted); }
.loading::after { content: ''; width: 120px; height: 3px; margin-top: 12px; border-radius: 2px;
  background: linear-gradient(90deg, transparent, var(--accent), transparent) 0 0 / 200% 100%;
  animation: pingshan-loading 1.4s linear infinite; }
@keyframes pingshan-loading { from { background-position: 100% 0; } to { background-position: -100% 0; } }
/* While loading, what has no content yet keeps its place unseen: nothing moves when it fills. */
.frame[data-loading] .tools, .frame[data-loading="unknown"] [role="tablist"] { visibility: hidden; }
.frame[data-loading="unknown"] { height: var(--pingshan-infographic-height, auto); }
.frame[data-loading="unknown"] .footer { display: none; }
.tooltip { position: absolute; top: 0; left: 0; z-index: 1; box-sizing: border-box; width: max-content;
  max-width: min(340px, calc(100% - 8px)); overflow: auto;
  padding: 8px 10px; border: 1px solid var(--rule); border-radius: 4px; background: var(--bg); color: var(--fg);
  box-shadow: 0 2px 10px color-mix(in srgb, var(--fg) 20%, transparent); font-size: 13px;
  pointer-events: none; will-change: transform; }
.tooltip[data-cut] { pointer-events: auto; overscroll-behavior: contain; }
.tooltip .label { display: block; font-weight: 600; }
.tooltip .value { font-size: 15px; font-weight: 700; }
.tooltip .meta, .tooltip .intro, .tooltip .reading { color: var(--muted); font-size: 12px; }
.tooltip .quote strong { font-style: normal; }
/* The article's sentence in italic, but never a Chinese character slanted (Chinese fonts have no
   italic, and a browser would fake one): upright in a Chinese widget, no oblique faked in another. */
.tooltip .quote { margin: 2px 0 0; font-style: italic; font-synthesis-style: none; }
.frame:lang(zh) .tooltip .quote { font-style: normal; }
.footer { display: flex; flex-wrap: wrap; align-items: flex-start; justify-content: space-between; gap: 4px 12px;
  padding: 0 var(--pad) 12px; }
.frame[data-compact] .footer { padding-bottom: 10px; }
.footer .source { padding: 8px 0 0; flex: 1 1 260px; }
.tools { display: flex; gap: 6px; padding-top: 6px; }
.tools button { font: inherit; font-size: 12px; color: var(--fg); background: none; border: 1px solid var(--rule);
  border-radius: 4px; padding: 6px 8px; min-height: 32px; cursor: pointer; }
.tools button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.source { margin: 0; font-size: 12px; color: var(--muted); }
/* A Chinese source line breaks at its punctuation and spaces, never inside a name or its date
   (2021年3月 / 10日); a run too long for the line still breaks. */
.frame:lang(zh) .source { word-break: keep-all; overflow-wrap: break-word; }
[role="alert"] { padding: 12px; color: var(--fg); border-left: 4px solid var(--alert); font-size: 14px; }
[role="alert"] ul { margin: 8px 0 0; padding-left: 20px; font-family: ui-monospace, monospace; font-size: 12px; }
/* Placed (top, left) rather than at its static position, so that with its containment the browser
   lays out only this box when its words change (a live region's, at each switch), not the page. */
.visually-hidden { position: absolute; top: 0; left: 0; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; contain: strict; }
[hidden] { display: none !important; }
@media (prefers-reduced-motion: reduce) { .loading::after { animation: none; } }
/* Forced colours (Windows High Contrast) turn every border to one system colour, so no tab would
   look selected: the tabs keep their own, the selected one's underline in Highlight. The probe
   keeps the system colour it is given, which the element hands Rust to draw the chart in. */
@media (forced-colors: active) {
  [role="tab"] { forced-color-adjust: none; color: CanvasText; }
  [role="tab"][aria-selected="true"] { border-bottom-color: Highlight; }
  .system { forced-color-adjust: none; }
}
/* Printed, the widget draws in the light theme (the element asks Rust for it). */
@media print {
  [role="tablist"], .tools, .tooltip { display: none !important; }
  .frame { break-inside: avoid; }
}
`;

// One stylesheet object shared by every widget; adopted, never inlined, so it passes a strict
// Content-Security-Policy (style-src 'self').
/** @type {CSSStyleSheet | null} */
let sharedSheet = null;

export function styleSheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(STYLE + SHELL.css);
  }
  return sharedSheet;
}
