//! The browser boundary (wasm32 only): a `Widget` handle the JS host element drives.
//!
//! This is the only module that names `wasm_bindgen`, `js_sys`, `web_sys` or
//! `plotters_canvas`. It owns no listeners and no DOM beyond the canvas it is handed: the host
//! element (`www/pingshan-infographic.js`) owns the DOM, events and observers and calls in here
//! to read data, render, hit-test and fetch text. Nothing from the page is unwrapped: every
//! failure returns an error value the host shows in the widget.
//!
//! Every call names the view, language and width it is about (the `DrawOptions` object; a hit
//! test names its view, and is answered at the language and width of the last render), so
//! there is no hidden "current view". The layouts of all views at one language and width are
//! cached here, and only here; what each view's canvas shows is the host's to know, since it
//! owns the canvases (it asks for a render only when that changes).
//!
//! What crosses the boundary is declared once, in TypeScript, in `RESULT_TYPES` (`results.rs`):
//! every object the host gets and the options it gives, keys in camelCase as JS writes them.
//! The methods name those types (`unchecked_return_type`, `unchecked_param_type`), so the
//! glue's `.d.ts` carries them and `make lint` checks the element's JS against them.
//!
//! Here the handle, its options and its caches; `results.rs` the result types and the JSON every
//! result is written as; `load.rs` the free exports that load languages and make widgets;
//! `draw.rs` the handle's drawing and hit test; `words.rs` its words (tabs, tooltips, the text
//! for screen readers, CSV); `editor.rs` what only the editor's build exports.

use js_sys::JsString;
use wasm_bindgen::prelude::*;

use crate::layout::{self, Layout};
use crate::model::{self, Lang, Model};
use crate::node::Node;
use crate::text;
use crate::theme::{Rgb, SystemColors, Theme, ThemeName};

mod draw;
#[cfg(feature = "editor")]
mod editor;
mod load;
mod results;
mod words;

// The free exports keep their paths (`web::create_widget`, …) for Rust callers: `tests/web.rs`.
#[cfg(feature = "editor")]
pub use editor::{derived_value, example_document, read_numbers};
#[cfg(not(panic = "immediate-abort"))]
pub use load::start;
pub use load::{
    check_document_size, create_widget, create_widget_from_text, load_language, max_document_bytes,
};
use load::{lang_of, resolve_lang};

/// One widget's data, its views laid out, and what each view's canvas shows.
#[wasm_bindgen]
pub struct Widget {
    model: Model,
    /// Every view laid out at the last language and width asked for: switching views costs no
    /// layout, and a new width lays out each view once.
    laid_out: Option<LaidOut>,
    /// How many language tables the page had loaded when the layouts above were made: a
    /// table that comes later (`loadLanguage`) changes the words, so they are dropped then.
    n_tables: usize,
}

struct LaidOut {
    lang: Lang,
    width: f64,
    layouts: Vec<Layout>,
}

/// What the host asks to draw, read from a plain object `{view, lang, theme, width,
/// pixelRatio, focused, system}` so that every call names its arguments. Missing or wrong
/// fields take their defaults (as does a number JSON cannot write, `NaN` or an infinity): the
/// first view, English, light, 240 px, one device pixel, no focus, no forced colours. `system`, under forced colours, is the reader's `Canvas`,
/// `CanvasText`, `Highlight` and `GrayText`, each `0xRRGGBB`: the chart then draws in them.
#[derive(Debug)]
struct DrawOptions {
    view: String,
    lang: Lang,
    theme: ThemeName,
    width: f64,
    pixel_ratio: f64,
    focused: Option<String>,
    system: Option<SystemColors>,
}

impl DrawOptions {
    fn read(options: &JsValue) -> DrawOptions {
        // One call across the boundary (`JSON.stringify`) rather than one a field, read by the
        // crate's own JSON reader; an object it cannot write (a cycle) reads as no options.
        let json = js_sys::JSON::stringify(options)
            .ok()
            .and_then(|json| json.as_string())
            .unwrap_or_default();
        let node = crate::json::parse(&json, &|token| Some(js_sys::parse_float(token)))
            .unwrap_or(Node::Null);
        let get = |name: &str| node.field(name);
        let text = |name: &str| match get(name) {
            Some(Node::String(text)) => Some(text.clone()),
            _ => None,
        };
        let number = |name: &str| match get(name) {
            Some(Node::Number(value)) => Some(*value),
            _ => None,
        };
        DrawOptions {
            view: text("view").unwrap_or_default(),
            lang: resolve_lang(&text("lang").unwrap_or_default()),
            theme: ThemeName::from_name(&text("theme").unwrap_or_default())
                .unwrap_or(ThemeName::Light),
            width: number("width").unwrap_or(layout::MIN_WIDTH),
            pixel_ratio: number("pixelRatio").unwrap_or(1.0),
            focused: text("focused"),
            system: match get("system") {
                Some(Node::Array(colors)) => system_colors(colors),
                _ => None,
            },
        }
    }

    /// The theme to paint with: the reader's system colours when forced, else the named one.
    fn theme(&self) -> Theme {
        self.system
            .map_or_else(|| Theme::named(self.theme), Theme::forced)
    }
}

/// Four `0xRRGGBB` numbers (`Canvas`, `CanvasText`, `Highlight`, `GrayText`), or none.
fn system_colors(colors: &[Node]) -> Option<SystemColors> {
    let rgb = |index: usize| {
        let Some(Node::Number(packed)) = colors.get(index) else {
            return None;
        };
        if !(0.0..=16_777_215.0).contains(packed) {
            return None;
        }
        let packed = *packed as u32;
        Some(Rgb((packed >> 16) as u8, (packed >> 8) as u8, packed as u8))
    };
    Some(SystemColors {
        canvas: rgb(0)?,
        canvas_text: rgb(1)?,
        highlight: rgb(2)?,
        gray_text: rgb(3)?,
    })
}

impl Widget {
    fn new(model: Model) -> Widget {
        Widget {
            model,
            laid_out: None,
            n_tables: text::n_loaded(),
        }
    }

    /// Drops the layouts and what each canvas shows when a language table has been loaded
    /// since they were made: drawn with English's words in its place, they are stale.
    fn forget_stale_words(&mut self) {
        let n_tables = text::n_loaded();
        if n_tables != self.n_tables {
            self.n_tables = n_tables;
            self.laid_out = None;
        }
    }

    /// The language to speak for a `lang` tag: the tag's, if the document is written in it,
    /// else the document's default.
    fn lang(&self, tag: &JsString) -> Lang {
        self.model.speak(lang_of(tag))
    }

    /// The drawing options, their language one the document is written in.
    fn options(&self, options: &JsValue) -> DrawOptions {
        let mut options = DrawOptions::read(options);
        options.lang = self.model.speak(options.lang);
        options
    }

    /// The view named, or the first view; an error for a document without views.
    fn view_named(&self, view_id: &str) -> Result<&model::View, JsError> {
        self.model
            .views
            .get(self.view_index(view_id))
            .ok_or_else(|| JsError::new("the document has no views"))
    }

    /// The index of the view named, or of the first view.
    fn view_index(&self, view_id: &str) -> usize {
        self.model
            .views
            .iter()
            .position(|view| view.id == view_id)
            .unwrap_or(0)
    }

    /// Every view laid out at `lang` and `width`, from the cache when it holds them.
    fn layouts(&mut self, lang: Lang, width: f64) -> &[Layout] {
        self.forget_stale_words();
        let cached =
            matches!(&self.laid_out, Some(laid) if laid.lang == lang && laid.width == width);
        if !cached {
            self.laid_out = Some(LaidOut {
                lang,
                width,
                layouts: layout::layout_views(&self.model, lang, width),
            });
        }
        self.laid_out
            .as_ref()
            .map_or(&[], |laid| laid.layouts.as_slice())
    }

    /// The layout of the view `options` names.
    fn layout(&mut self, options: &DrawOptions) -> Option<&Layout> {
        let index = self.view_index(&options.view);
        self.layouts(options.lang, options.width).get(index)
    }
}
