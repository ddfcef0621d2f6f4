// What the element reads of the page and the reader: the language's words from Rust's shell,
// the colour scheme the page gives it, the reader's forced colours, idle time, and the view
// kept in the page address. The element decides when to ask; these answer.

import SHELL from './shell.js';

/** A language's words and embedded-document facts in the shell. @typedef {typeof SHELL.languages.en} Language */
/** The shell's words in a language. @typedef {Language['ui']} Words */

// The reader's language's words and embedded-document facts, from Rust's shell: the tag looked
// up in Rust's table as `Lang::from_tag` does (RFC 4647 lookup: `zh-Hant-HK`, then `zh-hant`,
// then `zh`), so `zh-HK` gets Traditional Chinese before the wasm arrives as after.
// A language the wasm does not carry has its words once load.js has fetched them; until then,
// English's.
/** @param {string} tag @returns {string} */
export function codeOf(tag) {
  let wanted = String(tag).toLowerCase().replaceAll('_', '-');
  while (wanted && !Object.hasOwn(SHELL.tags, wanted)) wanted = wanted.slice(0, Math.max(0, wanted.lastIndexOf('-')));
  return wanted ? /** @type {Record<string, string>} */ (SHELL.tags)[wanted] : 'en';
}
/** @param {string} tag @returns {Language} */
export function languageOf(tag) {
  const languages = /** @type {Record<string, Language>} */ (/** @type {unknown} */ (SHELL.languages));
  return languages[codeOf(tag)] ?? languages.en;
}

// Idle time: the browser's idle callbacks, or where there are none (Safari) a short timer.
/** @type {[(callback: () => void) => number, (request: number) => void]} */
export const [requestIdle, cancelIdle] = /** @type {{requestIdleCallback?: unknown}} */ (globalThis).requestIdleCallback
  ? [(callback) => requestIdleCallback(callback, { timeout: 1000 }), cancelIdleCallback]
  : [(callback) => setTimeout(callback, 100), clearTimeout];

// `auto` follows the `color-scheme` the page gives the element (a site's own dark mode sets
// it on its root), and the reader's system setting (`darkQuery`) where the page sets none. The
// probe's colour is `light-dark()` of the inherited scheme; its transition ends whenever that
// changes, and the widget redraws.
/** @param {Element} host @param {Element} probe @param {MediaQueryList} darkQuery */
export function pageIsDark(host, probe, darkQuery) {
  const [r] = getComputedStyle(probe).color.match(/\d+/) ?? [0];
  const dark = Number(r) > 127;
  const scheme = getComputedStyle(host).colorScheme;
  return !scheme || scheme === 'normal' ? dark || darkQuery.matches : dark;
}

// Under forced colours (Windows High Contrast), the reader's Canvas, CanvasText, Highlight
// and GrayText as the page computes them on `probe`, each 0xRRGGBB, for Rust to draw the chart
// in (which part takes which is Rust's).
/** @param {HTMLElement} probe */
export function systemColors(probe) {
  return ['Canvas', 'CanvasText', 'Highlight', 'GrayText'].map((name) => {
    probe.style.color = name;
    const [r, g, b] = /** @type {number[]} */ (/** @type {unknown} */ (getComputedStyle(probe).color.match(/\d+/g) ?? []));
    // The channels' digits, which `<<` and `|` read as numbers (none, for an unknown colour, as 0).
    return (r << 16) | (g << 8) | b;
  });
}

// With `share`, the view on screen is kept in the page address's fragment as `key=view`
// (the key is the attribute's value, else the element's id, else `view`), beside anything
// else the fragment holds, so a reader who sends the address sends the view they saw.
/** @param {Element} host */
function sharedPart(host) {
  const prefix = `${encodeURIComponent(host.getAttribute('share') || host.id || 'view')}=`;
  const parts = location.hash.slice(1).split('&').filter(Boolean);
  return { prefix, parts, index: parts.findIndex((part) => part.startsWith(prefix)) };
}

/**
 * With `share`, the view a shared address names for `host` is shown (none, or a fragment it
 * did not write, changes nothing).
 * @param {Element & {view: string | null | undefined}} host
 */
export function restoreView(host) {
  if (!host.hasAttribute('share')) return;
  const { prefix, parts, index } = sharedPart(host);
  let view = '';
  try {
    view = decodeURIComponent(parts[index]?.slice(prefix.length) ?? '');
  } catch {
    // Not a fragment it wrote.
  }
  if (view) host.view = view;
}

// The reader's language as the page gives it: the widget's `lang`, else the nearest.
/** @param {Element} host */
export function pageTag(host) {
  return host.getAttribute('lang') || host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
}

/** @param {Element} host @param {string} view */
export function shareView(host, view) {
  const { prefix, parts, index } = sharedPart(host);
  parts[index < 0 ? parts.length : index] = prefix + encodeURIComponent(view);
  // Replaced, not pushed: a reader's Back button leaves the page, not the last tab.
  history.replaceState(history.state, '', `#${parts.join('&')}`);
}
