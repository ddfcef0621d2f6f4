//! What crosses the boundary: its shapes in TypeScript (`RESULT_TYPES`) and the JSON writing
//! every result goes through (`parsed`), with the report of a problem and the error array.

use wasm_bindgen::prelude::*;

use crate::error::{Path, ValidationErrors};
use crate::json::Writer;

// The shapes of what crosses the boundary, written into the glue's `.d.ts` (only there: the
// section never reaches the wasm). Each result the handle writes (`draw.rs`, `words.rs`,
// `editor.rs`) and each report below is one of them; keep the two together.
#[wasm_bindgen(typescript_custom_section)]
const RESULT_TYPES: &str = r#"
/** One problem of a document (thrown as an array) or of the source check: where, what was expected, what was found. */
export interface Report { path: string; expected: string; found: string; message: string; }
/** What the host asks to draw (`DrawOptions`): missing or wrong fields take their defaults. */
export interface DrawOptions {
  view?: string; lang?: string; theme?: string; width?: number; pixelRatio?: number;
  focused?: string | null;
  /** Under forced colours, the reader's Canvas, CanvasText, Highlight and GrayText, each 0xRRGGBB. */
  system?: number[] | null;
}
/** A view's tab, in a language; `announcement` is what the live region says on a switch to it. */
export interface Tab { id: string; label: string; title: string; announcement: string; }
/** The tabs and the source line in a language (`Widget.texts`). */
export interface Texts {
  tabs: Tab[]; source: string;
  /** Where the source line is in another language (an English headline in a Chinese line): [start, end, tag], UTF-16 units. */
  sourceLangs: [number, number, string][];
}
/** A figure's mark in CSS pixels of the chart. */
export interface Mark { id: string; x: number; y: number; width: number; height: number; }
/** What `Widget.render` drew: the chart's CSS height, its marks in reading order, and the further places a figure is drawn (`hits`: a part's segment of a stacked bar). */
export interface Drawn { height: number; marks: Mark[]; hits: Mark[]; }
/** What a figure's tooltip says; `emphasis` is the UTF-16 range of the quote's number words, `quoteLang` the article's language tag. */
export interface TooltipLines {
  announcement: string; label: string; value: string; meta: string; quoteIntro: string;
  quote: string; quoteLang: string; reading: string; emphasis: [number, number] | null;
}
/** A view's table: every figure with its value, date, provenance and quote, in words. */
export interface ViewTable {
  caption: string; headers: string[];
  /** Each column's language tag where its cells are in another language than the widget's, else "". */
  langs: string[]; rows: string[][];
}
/** What a screen reader gets for a view (`Widget.viewText`). */
export interface ViewText { summary: string; figures: string[]; table: ViewTable; }
/** A number an article states, in the format's terms (`readNumbers`, the editor's build). */
export interface FoundNumber {
  start: number; end: number; value: number; unit: string; currency: string | null; qualifier: string;
  /** Whether a verb or noun of change gives it its direction (`上升3.3%`, `fell 4.7 points`, `a 15.6% rise`). */
  change: boolean;
}
"#;

/// The objects `out` holds, read by the browser's `JSON.parse`: every result the host gets is
/// written as JSON text (`crate::json::Writer`) and parsed on the JS side of the boundary,
/// which takes less wasm than building JS objects field by field.
pub(super) fn parsed(out: &mut Writer) -> JsValue {
    let text = out.finish();
    // The writer always writes JSON; were it ever not to, the host gets the text, not a null.
    js_sys::JSON::parse(&text).unwrap_or_else(|_| JsValue::from_str(&text))
}

/// One problem as the host shows it and as `console.error` logs it: `{path, expected, found,
/// message}`, for the errors of a document and the warnings of the source check alike.
pub(super) fn write_report(
    out: &mut Writer,
    path: &Path,
    expected: &str,
    found: &str,
    message: &str,
) {
    out.object()
        .key("path")
        .string(&path.to_string())
        .key("expected")
        .string(expected)
        .key("found")
        .string(found)
        .key("message")
        .string(message)
        .end_object();
}

/// The exception thrown for an invalid document: an array of reports (`write_report`).
pub(super) fn errors_to_js(errors: &ValidationErrors) -> JsValue {
    let mut out = Writer::default();
    out.array();
    for error in &errors.0 {
        let message = error.to_string();
        write_report(
            &mut out,
            &error.path,
            &error.expected(),
            &error.found(),
            &message,
        );
    }
    parsed(out.end_array())
}
