//! Loading: the module's start, the language files, and the widgets made from the embedded
//! document or a text; how a string argument is read and a language tag resolved.

use js_sys::JsString;
use wasm_bindgen::prelude::*;

use super::results::errors_to_js;
use super::Widget;
use crate::error::ValidationErrors;
use crate::model::{self, Lang, Model};
use crate::text;

/// Reads and validates JSON text with the crate's own reader (`crate::json`), whose messages
/// are the same natively and in every browser; numbers are turned into `f64` by the browser's
/// `parseFloat`, which keeps core's float parser out of the wasm.
pub(super) fn model_from_text(text: &str) -> Result<Model, ValidationErrors> {
    Model::from_json_text(text, &|token| Some(js_sys::parse_float(token)))
}

/// Runs once when the module is instantiated: a Rust panic, should one ever happen, is logged
/// with its message before the wasm traps. The host element catches the trap and shows that
/// widget's error; the other widgets keep working. The shipped build (`make build`, panics
/// that abort at once) never runs a hook, so it has no `#[wasm_bindgen(start)]` function (the
/// hook would be 0.5 KB gzip of dead code); wasm-bindgen's own start remains.
#[cfg(not(panic = "immediate-abort"))]
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "<pingshan-infographic> panicked: {info}"
        )));
    }));
}

/// Reads a language file the host fetched (`www/lang/<code>.json`) into the table the widget
/// writes that language with (`text::load`): the language's code, or "" for a text that is no
/// such file. Every widget of the page speaks it from then on.
#[wasm_bindgen(js_name = loadLanguage, unchecked_return_type = "string")]
pub fn load_language(text: &JsString) -> JsValue {
    let read = |token: &str| Some(js_sys::parse_float(token));
    JsValue::from_str(text::load(&text_of(text), &read).map_or("", Lang::code))
}

/// The largest data document accepted, in UTF-8 bytes.
#[wasm_bindgen(js_name = maxDocumentBytes)]
pub fn max_document_bytes() -> usize {
    model::MAX_DOCUMENT_BYTES
}

/// Throws the usual error array when a document of `n_bytes` is too large, so the host can
/// refuse it before copying it into wasm memory.
#[wasm_bindgen(js_name = checkDocumentSize)]
pub fn check_document_size(n_bytes: usize) -> Result<(), JsValue> {
    if n_bytes > model::MAX_DOCUMENT_BYTES {
        return Err(errors_to_js(&model::document_too_large(n_bytes)));
    }
    Ok(())
}

/// A widget of the embedded Pingshan document.
#[wasm_bindgen(js_name = createWidget)]
pub fn create_widget() -> Result<Widget, JsValue> {
    widget_from_text(EMBEDDED)
}

/// The embedded document's text. The editor's build holds the file as written for its example
/// (`exampleDocument`), and reads that one too rather than carry a second copy.
#[cfg(feature = "editor")]
pub(super) const EMBEDDED: &str = model::DOCUMENT_AS_WRITTEN;
#[cfg(not(feature = "editor"))]
pub(super) const EMBEDDED: &str = model::DEFAULT_DOCUMENT;

/// A widget of a document given as JSON text; throws an array of `{path, expected, found,
/// message}` when the document is invalid.
#[wasm_bindgen(js_name = createWidgetFromText)]
pub fn create_widget_from_text(text: &JsString) -> Result<Widget, JsValue> {
    widget_from_text(&text_of(text))
}

pub(super) fn widget_from_text(text: &str) -> Result<Widget, JsValue> {
    model_from_text(text)
        .map(Widget::new)
        .map_err(|errors| errors_to_js(&errors))
}

pub(super) fn resolve_lang(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap_or(Lang::En)
}

/// A string argument of the handle's methods (`&JsString`, so the glue hands it over as it is).
/// Whatever the page passes, nothing is unwrapped: a value that is not a string reads as "",
/// which names no view or figure and the default language.
pub(super) fn text_of(value: &JsString) -> String {
    value.as_string().unwrap_or_default()
}

pub(super) fn lang_of(tag: &JsString) -> Lang {
    resolve_lang(&text_of(tag))
}
