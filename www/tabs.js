// The tabs above the chart: one per view, drawn from Rust's words, and their keyboard
// (WAI-ARIA tabs with automatic activation). Which view is selected is the element's.

import { element, scrollIntoRow, setAttribute, setText } from './dom.js';

/** @typedef {{id: string, label: string}} TabWords A tab's id and its words. */

// The tabs, and the panel named by the selected one. Without tabs (an error, a document
// still unknown) the panel is a plain region and the empty tab list is hidden, unless the
// document is still `unknown` (it keeps its place unseen while loading). Returns the tab
// this call selected (null if the selection did not change), for the caller to scroll into
// its row when it is not yet in view: scrolling reads layout, which the caller times.
/**
 * @param {HTMLElement} tablist @param {HTMLElement} panel @param {readonly TabWords[]} tabs
 * @param {string | null | undefined} selected @param {string} label @param {boolean} [unknown]
 * @returns {HTMLButtonElement | null}
 */
export function renderTabs(tablist, panel, tabs, selected, label, unknown = false) {
  setAttribute(tablist, 'aria-label', label);
  const buttons = /** @type {HTMLButtonElement[]} */ ([...tablist.children]);
  /** @type {HTMLButtonElement | null} */
  let newlySelected = null;
  tabs.forEach((tab, index) => {
    let button = buttons[index];
    if (!button) {
      button = element('button', { type: 'button', role: 'tab', id: `tab-${index}`, 'aria-controls': 'panel', part: 'tab' });
      tablist.append(button);
    }
    setAttribute(button, 'data-view', tab.id);
    setText(button, tab.label);
    const isSelected = tab.id === selected;
    if (button.getAttribute('aria-selected') !== String(isSelected)) {
      button.setAttribute('aria-selected', String(isSelected));
      button.tabIndex = isSelected ? 0 : -1;
      if (isSelected) newlySelected = button;
    }
    if (isSelected) setAttribute(panel, 'aria-labelledby', button.id);
  });
  buttons.slice(tabs.length).forEach((button) => button.remove());
  setAttribute(panel, 'role', tabs.length ? 'tabpanel' : null);
  if (!tabs.length) setAttribute(panel, 'aria-labelledby', null);
  tablist.hidden = !tabs.length && !unknown;
  return newlySelected;
}

// Arrows move and select, Home/End jump: the tab a key moves to (selected), or undefined.
// The tab is selected as it is focused, not a frame later when the view is drawn: a screen
// reader says the tab's state on focus, and would say "not selected" (issue 24).
/** @param {HTMLElement} tablist @param {KeyboardEvent} event @returns {HTMLButtonElement | undefined} */
export function keyedView(tablist, event) {
  const tabs = /** @type {HTMLButtonElement[]} */ ([...tablist.querySelectorAll('[role="tab"]')]);
  const current = tabs.indexOf(/** @type {HTMLButtonElement} */ (event.target));
  if (current < 0) return undefined;
  const next = {
    ArrowRight: (current + 1) % tabs.length,
    ArrowLeft: (current - 1 + tabs.length) % tabs.length,
    Home: 0,
    End: tabs.length - 1,
  }[event.key];
  if (next === undefined) return undefined;
  event.preventDefault();
  tabs.forEach((tab, index) => {
    tab.setAttribute('aria-selected', String(index === next));
    tab.tabIndex = index === next ? 0 : -1;
  });
  return tabs[next];
}

/**
 * The tab row's listeners, made once, for the element to add when connected and remove when
 * not: a click on a tab or a key that moves to one selects its view (`select`, the reader's
 * choice), and a tab row too narrow for its tabs scrolls, so a tab reached by the keyboard
 * shows whole.
 * @param {HTMLElement} tablist @param {(view: string | undefined) => void} select
 * @returns {import('./dom.js').Listener[]}
 */
export function tabListeners(tablist, select) {
  return [
    [tablist, 'click', (/** @type {Event} */ event) => {
      const tab = /** @type {HTMLElement | null} */ (/** @type {Element} */ (event.target).closest('[role="tab"]'));
      if (tab) select(tab.dataset.view);
    }],
    [tablist, 'keydown', (/** @type {KeyboardEvent} */ event) => {
      const tab = keyedView(tablist, event);
      if (!tab) return;
      select(tab.dataset.view);
      tab.focus();
    }],
    [tablist, 'focusin', (/** @type {FocusEvent} */ event) => scrollIntoRow(tablist, /** @type {Element} */ (event.target))],
  ];
}
