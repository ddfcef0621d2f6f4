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
//! there is no hidden "current view". The layouts of all views at one language and width, and
//! what each view's canvas shows, are cached here, and only here.
//!
//! What crosses the boundary is declared once, in TypeScript, in `RESULT_TYPES` below: every
//! object the host gets and the options it gives, keys in camelCase as JS writes them. The
//! methods name those types (`unchecked_return_type`, `unchecked_param_type`), so the glue's
//! `.d.ts` carries them and `make lint` checks the element's JS against them.

use js_sys::JsString;
use plotters::prelude::DrawingBackend;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::error::{Path, ValidationErrors};
use crate::json::Writer;
use crate::layout::{self, Layout};
use crate::model::{self, Lang, Model};
use crate::text;
use crate::theme::{Rgb, SystemColors, Theme, ThemeName};

// The shapes of what crosses the boundary, written into the glue's `.d.ts` (only there: the
// section never reaches the wasm). Each writer below writes one of them; keep the two together.
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
/** What `Widget.render` drew: the chart's CSS height and its marks in reading order. */
export interface Drawn { height: number; marks: Mark[]; }
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
}
"#;

/// One widget's data, its views laid out, and what each view's canvas shows.
#[wasm_bindgen]
pub struct Widget {
    model: Model,
    /// Every view laid out at the last language and width asked for: switching views costs no
    /// layout, and a new width lays out each view once.
    laid_out: Option<LaidOut>,
    /// What each view's canvas was last painted with, by view index: the host keeps one canvas
    /// per view, and a canvas is painted again only when this changes.
    painted: Vec<Option<DrawOptions>>,
    /// How many language tables the page had loaded when the caches above were filled: a
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
/// fields take their defaults: the first view, English, light, 240 px, one device pixel, no
/// focus, no forced colours. `system`, under forced colours, is the reader's `Canvas`,
/// `CanvasText`, `Highlight` and `GrayText`, each `0xRRGGBB`: the chart then draws in them.
#[derive(Clone, Debug, PartialEq)]
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
        let get = |name: &str| js_sys::Reflect::get(options, &JsValue::from_str(name)).ok();
        let text = |name: &str| get(name).and_then(|value| value.as_string());
        let number = |name: &str| get(name).and_then(|value| value.as_f64());
        DrawOptions {
            view: text("view").unwrap_or_default(),
            lang: resolve_lang(&text("lang").unwrap_or_default()),
            theme: ThemeName::from_name(&text("theme").unwrap_or_default())
                .unwrap_or(ThemeName::Light),
            width: number("width").unwrap_or(layout::MIN_WIDTH),
            pixel_ratio: number("pixelRatio").unwrap_or(1.0),
            focused: text("focused"),
            system: get("system").and_then(|colors| system_colors(&colors)),
        }
    }

    /// The theme to paint with: the reader's system colours when forced, else the named one.
    fn theme(&self) -> Theme {
        self.system
            .map_or_else(|| Theme::named(self.theme), Theme::forced)
    }
}

/// Four `0xRRGGBB` numbers (`Canvas`, `CanvasText`, `Highlight`, `GrayText`), or none.
fn system_colors(colors: &JsValue) -> Option<SystemColors> {
    let rgb = |index: u32| {
        let packed = js_sys::Reflect::get(colors, &JsValue::from(index))
            .ok()?
            .as_f64()?;
        if !(0.0..=16_777_215.0).contains(&packed) {
            return None;
        }
        let packed = packed as u32;
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
        let painted = vec![None; model.views.len()];
        Widget {
            model,
            laid_out: None,
            painted,
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
            self.painted.iter_mut().for_each(|painted| *painted = None);
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

/// The objects `out` holds, read by the browser's `JSON.parse`: every result the host gets is
/// written as JSON text (`crate::json::Writer`) and parsed on the JS side of the boundary,
/// which takes less wasm than building JS objects field by field.
fn parsed(out: &mut Writer) -> JsValue {
    let text = out.finish();
    // The writer always writes JSON; were it ever not to, the host gets the text, not a null.
    js_sys::JSON::parse(&text).unwrap_or_else(|_| JsValue::from_str(&text))
}

/// One problem as the host shows it and as `console.error` logs it: `{path, expected, found,
/// message}`, for the errors of a document and the warnings of the source check alike.
fn write_report(out: &mut Writer, path: &Path, expected: &str, found: &str, message: &str) {
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
fn errors_to_js(errors: &ValidationErrors) -> JsValue {
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

/// Reads and validates JSON text with the crate's own reader (`crate::json`), whose messages
/// are the same natively and in every browser; numbers are turned into `f64` by the browser's
/// `parseFloat`, which keeps core's float parser out of the wasm.
fn model_from_text(text: &str) -> Result<Model, ValidationErrors> {
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
const EMBEDDED: &str = model::DOCUMENT_AS_WRITTEN;
#[cfg(not(feature = "editor"))]
const EMBEDDED: &str = model::DEFAULT_DOCUMENT;

/// A widget of a document given as JSON text; throws an array of `{path, expected, found,
/// message}` when the document is invalid.
#[wasm_bindgen(js_name = createWidgetFromText)]
pub fn create_widget_from_text(text: &JsString) -> Result<Widget, JsValue> {
    widget_from_text(&text_of(text))
}

fn widget_from_text(text: &str) -> Result<Widget, JsValue> {
    model_from_text(text)
        .map(Widget::new)
        .map_err(|errors| errors_to_js(&errors))
}

/// The Pingshan document as text, the editor's example. Only in the editor's build.
#[cfg(feature = "editor")]
#[wasm_bindgen(js_name = exampleDocument)]
pub fn example_document() -> String {
    model::DOCUMENT_AS_WRITTEN.to_string()
}

/// The numbers a text states, as the source check reads them, for the editor's "New figure
/// from selection": `[{start, end, value, unit, currency, qualifier}]`, offsets in UTF-16 code
/// units (as JS strings count), the value in the format's terms (30% is a rate of 0.3, `30% of
/// output` a share of 0.3, 5 times a ratio of 5, `fell 4.7 percentage points` points of -4.7,
/// `221 billion yuan` money of 221e9 in `CNY`, written as the article writes it) and the
/// qualifier the words around it say. Ranks (`11th`) are left out: they are no amount. Only in
/// the editor's build.
#[cfg(feature = "editor")]
#[wasm_bindgen(js_name = readNumbers, unchecked_return_type = "FoundNumber[]")]
pub fn read_numbers(text: &str) -> JsValue {
    use crate::model::{Qualifier, Unit};
    use crate::source::Direction;
    #[derive(serde::Serialize)]
    struct Found {
        start: usize,
        end: usize,
        value: f64,
        unit: &'static str,
        currency: Option<&'static str>,
        qualifier: &'static str,
    }
    let utf16 = |bytes: usize| {
        text.get(..bytes)
            .map_or(0, |head| head.encode_utf16().count())
    };
    let found: Vec<Found> = crate::source::numbers(text)
        .into_iter()
        .filter_map(|number| {
            let (unit, value) = match number.in_units()? {
                (Unit::Rate, value) if number.is_share(text) => (Unit::Share, value),
                found => found,
            };
            let value = match number.direction {
                Some(Direction::Down) if unit != Unit::Ratio => -value,
                _ => value,
            };
            Some(Found {
                start: utf16(number.range.start),
                end: utf16(number.range.end),
                value,
                unit: unit.name(),
                currency: number.currency.map(|currency| currency.code()),
                qualifier: number.hedge.qualifier().unwrap_or(Qualifier::Exact).name(),
            })
        })
        .collect();
    serde_wasm_bindgen::to_value(&found).unwrap_or(JsValue::NULL)
}

/// A derived figure's value, for the editor's "Add a derived figure": `formula` over the
/// reported values `values` gives (`{id: number}`), as the checker computes it, to 12
/// significant digits (`source::derived_value`); throws the reason it cannot be computed. Only
/// in the editor's build.
#[cfg(feature = "editor")]
#[wasm_bindgen(js_name = derivedValue)]
pub fn derived_value(formula: &str, values: &JsValue) -> Result<f64, JsError> {
    let value_of = |id: &str| {
        js_sys::Reflect::get(values, &JsValue::from_str(id))
            .ok()
            .and_then(|value| value.as_f64())
    };
    crate::source::derived_value(formula, &value_of)
        .map_err(|expected| JsError::new(&format!("expected {expected}")))
}

fn resolve_lang(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap_or(Lang::En)
}

/// A string argument of the handle's methods (`&JsString`, so the glue hands it over as it is).
/// Whatever the page passes, nothing is unwrapped: a value that is not a string reads as "",
/// which names no view or figure and the default language.
fn text_of(value: &JsString) -> String {
    value.as_string().unwrap_or_default()
}

fn lang_of(tag: &JsString) -> Lang {
    resolve_lang(&text_of(tag))
}

/// Sizes the canvas's backing store to the layout at `scale` device pixels per CSS pixel and
/// paints it.
fn paint(
    canvas: &HtmlCanvasElement,
    layout: &Layout,
    theme: &Theme,
    scale: f64,
    focus: Option<&crate::layout::Rect>,
    lang: Lang,
) -> Result<(), JsError> {
    let scale = if scale.is_finite() {
        scale.clamp(0.5, 4.0)
    } else {
        1.0
    };
    // Resizing the backing store reallocates and clears it: only when the size changed (the
    // drawing paints its own background either way).
    let (width, height) = (
        (layout.width * scale).round() as u32,
        (layout.height * scale).round() as u32,
    );
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    let mut backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| JsError::new("the canvas has no 2D context"))?;
    let paint = crate::draw::Paint {
        scale,
        font_scale: 1.0,
        focus,
        font: text::table(lang).font,
    };
    crate::draw::draw(&mut backend, layout, theme, paint)
        .and_then(|()| backend.present())
        .map_err(|error| JsError::new(&error.to_string()))
}

#[wasm_bindgen]
impl Widget {
    /// The tabs and the source line in a language: `{tabs: [{id, label, title,
    /// announcement}], source}`, the announcement being what the live region says when the
    /// view is switched to.
    #[wasm_bindgen(unchecked_return_type = "Texts")]
    pub fn texts(&self, lang_tag: &JsString) -> JsValue {
        let lang = self.lang(lang_tag);
        let mut out = Writer::default();
        out.object().key("tabs").array();
        for view in &self.model.views {
            let (tab, title) = (view.tab.get(lang), view.title.get(lang));
            out.object()
                .key("id")
                .string(&view.id)
                .key("label")
                .string(tab)
                .key("title")
                .string(title)
                .key("announcement")
                .string(&format!("{tab}{}{title}", text::colon(lang)))
                .end_object();
        }
        let (source, foreign) = text::source_parts(&self.model, lang);
        out.end_array().key("source").string(&source);
        // Where the line is in another language (the English headline in a Chinese line):
        // `[start, end, tag]`, in UTF-16 units.
        out.key("sourceLangs").array();
        for (start, end, lang) in foreign {
            out.array()
                .number(start as f64)
                .number(end as f64)
                .string(lang.code())
                .end_array();
        }
        parsed(out.end_array().end_object())
    }

    /// The language code the widget speaks for a `lang` tag (`zh-HK` → `zh-Hant`, `zh-SG` →
    /// `zh`): the tag's language ([`Lang::from_tag`]), if the document is written in it, else
    /// the closest it is written in ([`Model::speak`]). The host takes its own words (the
    /// shell's) in the same language.
    #[wasm_bindgen(js_name = resolveLang, unchecked_return_type = "string")]
    pub fn resolve_lang(&self, lang_tag: &JsString) -> JsValue {
        JsValue::from_str(self.lang(lang_tag).code())
    }

    /// `view_id` if it names a view, else the first view's id.
    #[wasm_bindgen(js_name = resolveView, unchecked_return_type = "string")]
    pub fn resolve_view(&self, view_id: &JsString) -> JsValue {
        let index = self.view_index(&text_of(view_id));
        JsValue::from_str(self.model.views.get(index).map_or("", |view| &view.id))
    }

    /// Draws the view `options` names into its canvas (`{view, lang, theme, width,
    /// pixelRatio, focused}`), sizing the backing store to match, with a focus ring around the
    /// focused figure's mark. The host keeps one canvas per view: when that view's canvas
    /// already shows exactly this, nothing is painted. Returns `{height, marks}`.
    #[wasm_bindgen(unchecked_return_type = "Drawn")]
    pub fn render(
        &mut self,
        canvas: &HtmlCanvasElement,
        #[wasm_bindgen(unchecked_param_type = "DrawOptions")] options: &JsValue,
    ) -> Result<JsValue, JsError> {
        let options = self.options(options);
        let index = self.view_index(&options.view);
        self.forget_stale_words();
        let fresh = self
            .painted
            .get(index)
            .is_some_and(|painted| painted.as_ref() == Some(&options));
        let layout = self
            .layout(&options)
            .ok_or_else(|| JsError::new("the document has no views"))?;
        if !fresh {
            let focus = options
                .focused
                .as_deref()
                .and_then(|id| layout.mark(id))
                .map(|mark| mark.rect);
            paint(
                canvas,
                layout,
                &options.theme(),
                options.pixel_ratio,
                focus.as_ref(),
                options.lang,
            )?;
        }
        let mut out = Writer::default();
        out.object()
            .key("height")
            .number(layout.height)
            .key("marks")
            .array();
        for mark in &layout.marks {
            out.object()
                .key("id")
                .string(&mark.figure_id)
                .key("x")
                .number(mark.rect.x)
                .key("y")
                .number(mark.rect.y)
                .key("width")
                .number(mark.rect.width)
                .key("height")
                .number(mark.rect.height)
                .end_object();
        }
        let result = parsed(out.end_array().end_object());
        if let Some(painted) = self.painted.get_mut(index) {
            *painted = Some(options);
        }
        Ok(result)
    }

    /// Draws the view for a downloaded image, with the source line under it, into a canvas of
    /// its own (`pixelRatio` is the image's scale); returns the CSS height. Nothing cached is
    /// touched.
    #[wasm_bindgen(js_name = renderExport)]
    pub fn render_export(
        &self,
        canvas: &HtmlCanvasElement,
        #[wasm_bindgen(unchecked_param_type = "DrawOptions")] options: &JsValue,
    ) -> Result<f64, JsError> {
        let options = self.options(options);
        let view = self.view_named(&options.view)?;
        let layout = layout::layout_view_for_export(&self.model, view, options.lang, options.width);
        paint(
            canvas,
            &layout,
            &options.theme(),
            options.pixel_ratio,
            None,
            options.lang,
        )?;
        Ok(layout.height)
    }

    /// The id of the figure under a point (CSS pixels) of a view, laid out as the last view
    /// drawn was (every view is laid out at once, at the language and width of the last
    /// render; the host draws every canvas at those). Plain arguments rather than the options
    /// object: the host asks on every pointer move, and each field read from an object
    /// crosses the boundary.
    #[wasm_bindgen(js_name = hitTest, unchecked_return_type = "string | undefined")]
    pub fn hit_test(&self, view_id: &JsString, x: f64, y: f64) -> JsValue {
        let index = self.view_index(&text_of(view_id));
        self.laid_out
            .as_ref()
            .and_then(|laid| laid.layouts.get(index))
            .and_then(|layout| layout.hit_test(x, y))
            .map_or(JsValue::UNDEFINED, |mark| {
                JsValue::from_str(&mark.figure_id)
            })
    }

    /// What the tooltip of a figure says (`TooltipLines`), or null for no such figure.
    #[wasm_bindgen(unchecked_return_type = "TooltipLines | null")]
    pub fn tooltip(&self, figure_id: &JsString, lang_tag: &JsString) -> JsValue {
        let Some(figure) = self.model.figure(&text_of(figure_id)) else {
            return JsValue::NULL;
        };
        let tooltip = text::tooltip(&self.model, figure, self.lang(lang_tag));
        let mut out = Writer::default();
        out.object()
            .key("announcement")
            .string(&tooltip.announcement)
            .key("label")
            .string(&tooltip.label)
            .key("value")
            .string(&tooltip.value)
            .key("meta")
            .string(&tooltip.meta)
            .key("quoteIntro")
            .string(&tooltip.quote_intro)
            .key("quote")
            .string(&tooltip.quote)
            .key("quoteLang")
            .string(text::ARTICLE_LANG.code())
            .key("reading")
            .string(&tooltip.reading)
            .key("emphasis");
        match tooltip.emphasis {
            Some((start, end)) => {
                out.array()
                    .number(start as f64)
                    .number(end as f64)
                    .end_array();
            }
            None => {
                out.null();
            }
        }
        parsed(out.end_object())
    }

    /// What a screen reader gets for a view: `{summary, figures, table: {caption, headers,
    /// langs, rows}}` (`langs`: each column's language tag where its cells are in another
    /// language than the widget's, else empty), the summary being the chart's description (every figure in words, the subtitle,
    /// and how to explore it with the keyboard), the caption not the title, which names the
    /// chart already (the title is said once), `figures`
    /// each figure in words (derived ones said so: the editor's fallback content lists them)
    /// and the table every figure with its value, date, provenance and quote, in words.
    #[wasm_bindgen(js_name = viewText, unchecked_return_type = "ViewText | null")]
    pub fn view_text(&self, view_id: &JsString, lang_tag: &JsString) -> JsValue {
        let lang = self.lang(lang_tag);
        let ui = text::ui(lang);
        let Some(view) = self.model.views.get(self.view_index(&text_of(view_id))) else {
            return JsValue::NULL;
        };
        let mut out = Writer::default();
        out.object()
            .key("summary")
            .string(&text::description(view, lang))
            .key("figures")
            .array();
        for figure in &view.figures {
            out.string(&text::figure_in_words(figure, lang));
        }
        out.end_array()
            .key("table")
            .object()
            .key("caption")
            .string(ui.table_caption)
            .key("headers")
            .array();
        for header in [ui.figure, ui.value, ui.as_of, ui.provenance, ui.quote] {
            out.string(header);
        }
        // Each column's language where its cells are in another than the widget's: the
        // article's sentence, in English.
        out.end_array().key("langs").array();
        for _ in 0..4 {
            out.string("");
        }
        out.string(text::ARTICLE_LANG.code());
        out.end_array().key("rows").array();
        for figure in &view.figures {
            out.array()
                .string(figure.label.get(lang))
                .string(&text::long_value(figure, lang))
                .string(&text::as_of_words(
                    &figure.as_of,
                    figure.period.as_ref(),
                    lang,
                ))
                .string(&match &figure.reading {
                    Some(reading) => format!(
                        "{}{}",
                        text::provenance_in_words(&self.model, figure, lang),
                        text::reading_in_words(reading.get(lang), lang)
                    ),
                    None => text::provenance_in_words(&self.model, figure, lang),
                })
                .string(&figure.quote)
                .end_array();
        }
        parsed(out.end_array().end_object().end_object())
    }

    /// The view's figures as CSV text (all views for an empty id).
    #[wasm_bindgen(unchecked_return_type = "string")]
    pub fn csv(&self, view_id: &JsString, lang_tag: &JsString) -> JsValue {
        let view_id = text_of(view_id);
        let view = if view_id.is_empty() {
            None
        } else {
            Some(view_id.as_str())
        };
        JsValue::from_str(&text::csv(&self.model, view, self.lang(lang_tag)))
    }

    /// The view `options` names (`{view, lang, theme, width}`) as an SVG document with the
    /// source line under it, as `render_static` writes it: the picture in the editor's embed
    /// code, which readers see when the widget's code does not arrive. Only in the editor's
    /// build.
    #[cfg(feature = "editor")]
    #[wasm_bindgen(js_name = svgPicture)]
    pub fn svg_picture(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DrawOptions")] options: &JsValue,
    ) -> Result<String, JsError> {
        let options = self.options(options);
        let view = self.view_named(&options.view)?;
        crate::render_svg_for_export(
            &self.model,
            &view.id,
            options.lang,
            options.theme,
            options.width,
        )
        .ok_or_else(|| JsError::new("the picture could not be drawn"))
    }

    /// The source check of this widget's document against the text of its article: an array
    /// of `{path, expected, found, message}` like the error array, each a warning that does not
    /// stop the widget drawing (`crate::source`). Only in the editor's build (the `editor`
    /// feature): the widget on a page never calls it.
    #[cfg(feature = "editor")]
    #[wasm_bindgen(js_name = sourceCheck, unchecked_return_type = "Report[]")]
    pub fn source_check(&self, article: &str) -> JsValue {
        let mut out = Writer::default();
        out.array();
        for warning in crate::source::check(&self.model, article) {
            let message = warning.to_string();
            write_report(
                &mut out,
                &warning.path,
                &warning.expected(),
                &warning.found(),
                &message,
            );
        }
        parsed(out.end_array())
    }
}
