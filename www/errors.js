// The error state's words: every problem listed with its path. A document's errors come from
// Rust as a list; a failure to load or fetch is a HostError whose message Rust wrote in the
// shell; anything else (a trap) is said as the widget's own failure.

import { HostError } from './load.js';
import { element } from './dom.js';

/** @typedef {import('./pkg/pingshan_infographic.js').Report} Report */
/** @typedef {import('./page.js').Words} Words */

/**
 * Fills a message Rust wrote (`{url}`, `{seconds}`, …) with a failure's values.
 * @param {string} template @param {Record<string, unknown>} fields
 */
function fill(template, fields) {
  return template.replace(/\{(\w+)\}/g, (slot, name) => String(fields[name] ?? slot));
}

/**
 * A failure as a list of `{path, message}`, in the language of `ui` (the shell's words): a
 * document's errors (an array of reports from Rust) as they are.
 * @param {unknown} failure @param {Words} ui
 * @returns {Pick<Report, 'path' | 'message'>[]}
 */
export function errorReports(failure, ui) {
  if (failure instanceof HostError) {
    return [{ path: failure.kind.split('_')[0], message: fill(/** @type {Record<string, string>} */ (ui)[failure.kind], failure.fields) }];
  }
  if (!Array.isArray(failure)) {
    return [{ path: '(widget)', message: fill(ui.widget_failed, { error: /** @type {import('./load.js').Failure} */ (failure)?.message ?? failure }) }];
  }
  return failure;
}

/**
 * Writes a heading and the reports' messages, as text, into the alert.
 * @param {HTMLElement} alert @param {string} heading @param {{message: string}[]} reports
 */
export function fillAlert(alert, heading, reports) {
  const title = element('strong');
  title.textContent = heading;
  const list = element('ul');
  for (const report of reports) {
    const item = element('li');
    item.textContent = report.message;
    list.append(item);
  }
  alert.replaceChildren(title, list);
}
