// How the benchmark counts compressed bytes, and the budgets the deployed files are held to:
// one place for bench/run.mjs, `make size` (tools/size.mjs) and the test that fails over them
// (tests/e2e/dist.test.mjs). `node:zlib` gzip at level 9 and brotli at quality 11, as a
// server that compresses ahead of time would.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

import { chartjsKindsBuild } from './chartjs-build.mjs';

/** @type {(bytes: import('node:zlib').InputType) => number} */
export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
/** @type {(bytes: import('node:zlib').InputType) => number} */
export const brotliSize = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// Budgets just above the deployed files' sizes (gzip, paths in www/dist/), so later work cannot
// quietly add weight: a change that does has to raise them, and say why, in the same commit.
// Format 2 (money, points, changes, the time layouts, parts of a whole, readings; issue 21)
// took the wasm from 39.2 to 62.7 KB: issue 21's bar (at most 0.9 times Chart.js drawing the
// same chart types, and no more than Chart.js's bar-only bundle) is not met yet; PEER_RATIO
// holds the two files where they are against Chart.js tree-shaken to every chart type the
// widget draws (bench/chartjs-kinds-entry.js), so they cannot drift further from it.
// One-language documents (issue 23: `languages`, texts in exactly those, the widget speaking
// only them) took the wasm from 62.9 to 64.0 KB (+1.2 KB gzip, within that 3 KB) and
// the pair from 1.15 to 1.17 times Chart.js's. Embedding anywhere (issue 25: upgrade-safe
// properties, the `data` property, a child script followed when it changes, the page's own
// `color-scheme`, the view kept in the address) took the module from 11.5 to 12.1 KB, and
// the pair from 1.18 to 1.19 times Chart.js's (limit raised from 1.19 to 1.20). Issue 26
// dropped tools/dist.mjs's reordering of the wasm's functions (it saved 171 bytes gzip, under
// the 0.5 KB a size trick must save to be kept): the wasm from 64.4 to 64.5 KB, its budget
// from 64.5 to 64.75 KB. Finding the wasm (issue 25 item 4: the `wasm` attribute and
// `configure`, and a fallback page answering for the wasm named, in both languages) took the
// module from 12.1 to 12.4 KB (+280 B: 120 B of it the two messages), its budget to 12.5 KB.
// What screen readers hear (issue 24: the hint to explore, each figure's date and provenance,
// the table's own caption, the ends of a walk said), the pointer cursor over marks and the
// selected tab under forced colours took the wasm from 65,925 to 66,274 B and the module by
// 188 B; with the checker's cascades left out (issue 22) the wasm is 66,523 B and the module
// 12,861 B: budgets 13 and 65.25 KB, and the pair from 1.194 to 1.209 times Chart.js's gzip
// bytes (1.210 brotli), so the limit from 1.20 to 1.21. Issue 21's bar (0.9) is further off.
// Issue 24's rest: the chart drawn in the reader's system colours under forced colours (the
// host reads four, Rust's forced theme draws in them) and every track edged at 3:1 took the
// wasm from 66,523 to 67,188 B (+665 B); the live region taking its words back and the
// tooltip hidden from screen readers, with the forced colours' probe, the module from 12,861
// to 13,071 B (+210 B): the wasm's budget to 65.75 KB, and the pair from 1.209 to 1.222 times
// Chart.js's gzip bytes (1.224 brotli), so the limit from 1.21 to 1.23.
// Traditional Chinese (issue 23: Hong Kong's interface words, 萬/億, the embedded document's
// zh-Hant texts, the shell's zh-Hant words, tabs and heights, the tag table) cost 2,594 B gzip
// of wasm and 582 B of module (3.1 KB, the issue allows 3 KB a language); moving the words only
// the host shows (loading, errors, downloads: `text::HostUi`) out of the wasm, which never
// showed them, saved 1,032 B of wasm for every language. Net: the wasm from 66,523 to 68,085 B,
// the module from 12,861 to 13,443 B (+2.1 KB gzip together): budgets 66.5 and 13.25 KB, and
// the pair from 1.209 to 1.241 times Chart.js's gzip bytes (1.240 brotli), so the limit from
// 1.21 to 1.245.
// Painting the other views in idle time after the first chart (issue 24 item 7: a first visit
// to a view at 4× CPU then costs what a switch back to it does) took the module by 212 B.
// All together: the wasm 68,791 B, the module 13,868 B, the pair 1.258 times Chart.js's gzip
// bytes: budgets 67.25 and 13.75 KB, the limit 1.26. Issue 21's bar (0.9) is a
// size project of its own; these limits only keep the next change from adding weight unsaid.
// Its first session (issue 21, "Bars"): the format's readers and the figure check build their
// structs after one let-else over every field, not a `?` on each with its own way out (wasm
// 68,791 → 68,275 B), and a document path is a step borrowed on the stack, written as text
// only for a problem (68,275 → 67,696 B): 1,095 B gzip and 564 B brotli less wasm, the module
// unchanged, the pair from 1.258 to 1.242 times Chart.js's gzip bytes (1.248 brotli): the
// wasm's budget to 66.25 KB. With main's module of that day (14,007 B: the element's split
// and prefers-contrast) the pair is 1.244 times (1.251 brotli): the limit to 1.255. What
// else was measured and left is in bench/NOTES.md, "Levers weighed".
// Five more languages (issue 23: Spanish, French, German, Portuguese, Japanese): compiled in,
// their tables cost 4,121 B gzip of wasm and their host words 2,090 B of module (6.2 KB, over
// the 3 KB), so a page pays only for the languages it shows: the wasm carries English
// and both Chinese scripts, and the others' tables and host words are `www/lang/<code>.json`
// (1.27 to 1.41 KB gzip each), fetched only for a document in one of them. What every page
// still pays: one table a language rather than `match` arms (+642 B of wasm), reading a
// language file into a table, the language codes and tags, texts indexed by language, and
// dropping what was drawn with English's words when a language's come, no line starting
// with a closing mark (+1,647 B), and the fetch in load.js (+325 B of module): the wasm from
// 68,791 to 71,080 B, the module from 13,868 to 14,193 B (+2,614 B together, within the
// issue's 3 KB; docs/benchmarks.md, "Languages on demand"): budgets 69.5 and 14 KB, and the
// pair from 1.258 to 1.298 times Chart.js's gzip bytes (1.298 brotli), so the limit from 1.26
// to 1.30.
// Chinese as a Chinese newsroom publishes it (issue 23): the source's names by language
// (`source.names`, read and checked: 944 B of wasm), 超/近/约 in labels and the 注 line under a
// chart (326 B), no one-character last line (291 B), the source line's English runs marked for
// screen readers (its ranges, the tooltip's and the table's languages: about 200 B), the
// Chinese source line, dates, CSV header and newsroom tables (the rest): the wasm from 71,080
// to 74,307 B (+3,227 B), the module from 14,176 to 14,463 B (+287 B: the shell's longer
// Chinese source lines and their ranges, setMarkedText): budgets 72.75 and 14.25 KB, and the
// pair from 1.298 to 1.351 times Chart.js's gzip bytes (1.350 brotli), so the limit from 1.30
// to 1.355. Tried and dropped as larger: the source line as one walk over an array of pieces
// (+237 B), one checker for a source's names and its translations (+106 B).
// A switch and a pointer move made cheaper (issue 24 item 7: the idle pass only when a view is
// stale, no wasm call for a view already painted, the tab row read before the render writes
// and not at all where the tabs fit, one live-region timer, the tooltip measured once and
// moved by a transform, hitTest by view id): measured on the element of its day (before the
// languages), the module from 13,961 to 14,325 B (+364 B) and the wasm from 68,799 to 68,925 B
// (+126 B gzip, 5 B less raw: hitTest's new shape compresses worse). Merged with the
// languages: the module from 14,649 to 15,026 B (+377 B), its budget from 14.25 to 14.75 KB.
// All merged (the day's five branches, the size session's two cuts, axis captions capitalized
// without Unicode's case table: -1,671 B of wasm, the example documents in English only, which
// took 1,064 B of their Chinese out of the peer's bundle too): the wasm 71,867 B, the module
// 15,026 B, the pair 1.344 times Chart.js's gzip bytes (1.349 brotli): the wasm's budget from
// 72.75 to 70.5 KB, the limit stays 1.355. Issue 21's bar (0.9) is further off than before the
// languages; what is left to cut is in bench/NOTES.md, "Levers weighed".
// Each language in its own Han faces (issue 23: Hong Kong's Traditional and Japanese drawn in
// their fonts, not the mainland's; a stack a table, and the shell's `:lang()` rules): the
// module from 15,026 to 15,106 B (+80 B), the wasm to 71,959 B (+92 B): the module's budget
// from 14.75 to 15 KB.
// The article's own language (issue 23: `source.language`, read and checked; the quote's label
// and the source line's version naming it, each table's names of the eight languages), the
// qualifiers as words and the CSV header and source date in every language (one table field
// each where Chinese had a newsroom one), and a share's value under its bar where it fits
// neither in nor after it: the wasm from 71,989 to 72,534 B (+545 B gzip), the module
// unchanged (15,114 B): the wasm's budget from 70.5 to 71 KB, and the pair from 1.347 to
// 1.355 times Chart.js's gzip bytes (1.352 to 1.360 brotli), so the limit from 1.355 to 1.361.
// A number kept with its counter at a line's end (`1本`: +37 B of wasm, +61 B brotli) and the
// element's main module under 600 lines (issue 26: the exploration, the live region and the
// shadow tree in modules of their own, one on-screen state: +122 B of module, gzip and brotli
// alike; a class for the exploration, the idle pass in views.js and one object of inputs were
// each larger): the pair 1.358 times Chart.js's gzip bytes (1.363 brotli), so the limit from
// 1.361 to 1.366. Issue 26's "no larger than before" is not met by that split.
// The first of a month in French and Portuguese (`1er`, `1º`: a table field, +44 B gzip of
// wasm, +240 B brotli) and the tooltip on a layer of its own (`will-change: transform`, +12 B
// of module; issue 24 item 7: pointer-move p95 at 4× from 22 to 20 ms on the Pingshan page, 24
// to 22 ms on the Guizhou example, five rounds each): the pair 1.359 times Chart.js's gzip
// bytes (1.368 brotli). Brotli at quality 11 moves by up to five times what gzip does on a
// change of tens of bytes (+37 B gzip was +61 and +180 B brotli in two builds), so a limit a
// few bytes above it fails on noise: the limit from 1.366 to 1.372, about 250 B of brotli.
// One cache of what a canvas shows, the host's (issue 26's conceptual copies: Rust kept the
// options each view's canvas was painted with and compared them at every render, which only
// the host's `drawnKey` ever reached), and the draw options read in one call (`JSON.stringify`,
// the crate's JSON reader) rather than a `Reflect.get` a field: the wasm from 72,604 to
// 72,220 B gzip (63,387 to 63,043 brotli), the module from 15,253 to 15,190 B (two glue imports
// gone): the pair 87,857 -> 87,410 B gzip and 76,827 -> 76,436 brotli, 1.352 and 1.360 times
// Chart.js's. That more than pays for issue 26's two costs (the split's +122 B of module and
// the wasm's function order dropped, +171 B gzip and +169 brotli): 152 B gzip and 100 B brotli
// less than before that changes.
// The first chart sooner (issue 21's first-chart bar): the wasm asked for before the loading
// state's layout (+16 B of module), and, where the page preloads it for an eager widget, as
// the module first runs (+120 B): the module from 15,253 to 15,389 B, its budget from 15 to
// 15.25 KB. (An exception thrown and caught at every render, `Reflect.get` on a null `system`, was
// mended on that branch by reading it only from an object, +26 B of wasm and +18 B of glue;
// merged with the options read as JSON above, which throws nothing, it is gone.) The loading state's tab row left unmeasured when a row just made has
// its first tab selected (one forced layout less before the chart):
// the module to 15,433 B (+26 B). The loading state drawn in the next frame rather than a
// microtask after connecting (and not at all when the chart comes first): 15,416 B.
// Merged with the rest of the day (the options as JSON, one cache of what a canvas shows, the
// live region's words in their text node and its box placed, +25 B): the module 15,367 B, the
// wasm 72,220 B, the pair 87,587 B gzip and 76,610 brotli, 1.354 and 1.363 times Chart.js's.
// So the budgets follow the day's savings down: the wasm's from 71 to 70.75 KB (228 B left),
// the pair's limit from 1.372 to 1.368 (about 300 B of brotli left, as before).
// What readers saw on the new layouts, mended (2026-12-06): a column's value label kept off its
// neighbour and a part of a year's date on a second line, a line's label on its point's outer
// side (+162 B), a stacked bar's tooltip beside the segment under the pointer (`hits`, +4 B;
// +43 B of module), and from the Hong Kong article's trial a stacked whole in another currency
// reported as a currency, not a unit (+77 B): the wasm 72,463 B, 15 B over 70.75 KB. These are
// readers' and editors' fixes, not growth to trim away: the wasm's budget back to 71 KB (241 B
// left); the pair stays under its 1.368 (602 B gzip, 149 brotli left). Then a point's mark as
// its dot, hit a finger wide (-14 B), and a date kept on one line by Rust's wrapping (+52 B):
// 72,501 B (203 B left); a Chinese source line's CSS keeping its date, +25 B of module (15,435 B).
// A review then found the widened hit test letting a thin segment of a stacked bar take the
// pointer from the segment beside it, and a tooltip placed against a dot under a pointer the
// dot's reach accepts: segments are hit only within themselves, and the host is handed each
// mark's reach (+87 B gzip, 72,588 B). Brotli moved by +171 B for those 87 (its swing, above):
// the pair 49 B over 1.368 in brotli (452 B under in gzip), so the limit from 1.368 to 1.370.
export const BUDGETS = {
  'pingshan-infographic.js': 15.25 * 1024,
  'pkg/pingshan_infographic_bg.wasm': 71 * 1024,
};
// The module and the wasm together, gzip and brotli each, at most this many times Chart.js.
export const PEER_RATIO = 1.370;

/** Chart.js tree-shaken to the widget's chart types, as the benchmark bundles it. */
export async function peerSize() {
  const { outputFiles: [bundle] } = await build({ ...chartjsKindsBuild, write: false, outfile: 'chartjs.js' });
  return { gzip: gzipSize(bundle.contents), brotli: brotliSize(bundle.contents) };
}
