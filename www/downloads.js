// Downloads: a view as a PNG drawn by Rust for export, its figures as CSV, saved through a
// link the reader's browser follows (dom.js's `download`, which the editor uses too).

import { download } from './dom.js';

/** The view (`options.view`) as a PNG at twice the pixels, with its source line drawn in. */
export function downloadPng(widget, options) {
  const canvas = document.createElement('canvas');
  widget.renderExport(canvas, options);
  canvas.toBlob((blob) => blob && download(blob, `pingshan-${options.view}.png`), 'image/png');
}

export function downloadCsv(widget, view, lang) {
  // A byte-order mark, so spreadsheet programs read the Chinese text as UTF-8.
  const text = `\ufeff${widget.csv(view, lang)}`;
  download(new Blob([text], { type: 'text/csv;charset=utf-8' }), `pingshan-${view}.csv`);
}
