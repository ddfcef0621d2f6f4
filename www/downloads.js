// Downloads: a view as a PNG drawn by Rust for export, its figures as CSV, saved through a
// link the reader's browser follows (dom.js's `download`, which the editor uses too).

import { download } from './dom.js';

/** @typedef {import('./pkg/pingshan_infographic.js').Widget} Widget */

/**
 * The view (`options.view`) as a PNG, with its source line drawn in.
 * @param {Widget} widget @param {import('./pkg/pingshan_infographic.js').DrawOptions} options
 */
export function downloadPng(widget, options) {
  const canvas = document.createElement('canvas');
  widget.renderExport(canvas, options);
  canvas.toBlob((blob) => blob && download(blob, `pingshan-${options.view}.png`), 'image/png');
}

/** @param {Widget} widget @param {string} view @param {string} lang */
export function downloadCsv(widget, view, lang) {
  // A byte-order mark, so spreadsheet programs read the Chinese text as UTF-8.
  const text = `\ufeff${widget.csv(view, lang)}`;
  download(new Blob([text], { type: 'text/csv;charset=utf-8' }), `pingshan-${view}.csv`);
}
