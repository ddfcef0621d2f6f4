//! The browser boundary (wasm32 only): a `Widget` handle the JS host element drives.
//!
//! This is the only module that names `wasm_bindgen`, `js_sys`, `web_sys` or
//! `plotters_canvas`. It owns no listeners and no DOM beyond the canvas it is handed: the host
//! element (`www/pingshan-infographic.js`) owns the DOM, events and observers and calls in here
//! to read data, render, hit-test and fetch text. Nothing from the page is unwrapped: every
//! failure returns an error value the host shows in the widget.

use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::error::ValidationErrors;
use crate::layout::{self, Layout};
use crate::model::{self, Model};
use crate::node::Node;
use crate::text::{self, Lang};
use crate::theme::{Theme, ThemeName};

/// One widget's data and the layouts of its views.
#[wasm_bindgen]
pub struct Widget {
    model: Model,
    /// The last layout of each view laid out (at most one per view), so that showing a view
    /// again at the same width and language costs no layout.
    layouts: Vec<LaidOut>,
    /// The index in `layouts` of the view on screen, for hit-testing and `marks`.
    current: Option<usize>,
}

struct LaidOut {
    view_id: String,
    lang: Lang,
    css_width: f64,
    layout: Layout,
}

impl Widget {
    fn new(model: Model) -> Widget {
        Widget {
            model,
            layouts: Vec::new(),
            current: None,
        }
    }

    /// The view on screen's layout.
    fn layout(&self) -> Option<&Layout> {
        self.current
            .and_then(|index| self.layouts.get(index))
            .map(|laid_out| &laid_out.layout)
    }

    /// Lays the view out (or finds it laid out) and makes it the view on screen.
    fn select(
        &mut self,
        view_id: &str,
        lang_tag: &str,
        css_width: f64,
    ) -> Result<&Layout, JsError> {
        let lang = resolve_lang(lang_tag);
        let view = self.view_or_error(view_id)?;
        let found = self.layouts.iter().position(|laid| laid.view_id == view.id);
        let index = match found {
            Some(index)
                if self.layouts[index].lang == lang
                    && self.layouts[index].css_width == css_width =>
            {
                index
            }
            _ => {
                let laid_out = LaidOut {
                    view_id: view.id.clone(),
                    lang,
                    css_width,
                    layout: layout::layout_view(&self.model, view, lang, css_width),
                };
                match found {
                    Some(index) => {
                        self.layouts[index] = laid_out;
                        index
                    }
                    None => {
                        self.layouts.push(laid_out);
                        self.layouts.len() - 1
                    }
                }
            }
        };
        self.current = Some(index);
        Ok(&self.layouts[index].layout)
    }
}

/// One problem as the host shows it and as `console.error` logs it.
#[derive(Serialize)]
struct ErrorReport {
    path: String,
    expected: String,
    found: String,
    message: String,
}

/// The exception thrown for an invalid document: an array of `ErrorReport`s.
fn errors_to_js(errors: &ValidationErrors) -> JsValue {
    let reports: Vec<ErrorReport> = errors
        .0
        .iter()
        .map(|error| ErrorReport {
            path: error.path.to_string(),
            expected: error.expected(),
            found: error.found(),
            message: error.to_string(),
        })
        .collect();
    serde_wasm_bindgen::to_value(&reports)
        .unwrap_or_else(|_| JsValue::from_str(&errors.to_string()))
}

/// Reads a parsed JSON value (from `JSON.parse`, or an object the page built) into a
/// validated model: serde-wasm-bindgen reads it into a [`Node`] tree, which `model` reads.
fn model_from_value(value: JsValue) -> Result<Model, ValidationErrors> {
    let deserializer = serde_wasm_bindgen::Deserializer::from(value);
    match Node::deserialize(deserializer) {
        Ok(node) => Model::from_node(&node),
        Err(error) => Err(model::not_json_data(&error.to_string())),
    }
}

/// Parses JSON text with the browser's own parser, which keeps serde_json out of the wasm.
fn model_from_text(text: &str) -> Result<Model, ValidationErrors> {
    if text.len() > model::MAX_DOCUMENT_BYTES {
        return Err(model::document_too_large(text.len()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = js_sys::JSON::parse(text).map_err(|error| {
        let message = js_sys::Error::from(error)
            .message()
            .as_string()
            .unwrap_or_default();
        model::syntax_error(&message)
    })?;
    model_from_value(value)
}

/// Runs once when the module is instantiated: a Rust panic, should one ever happen, is logged
/// with its message before the wasm traps. The host element catches the trap and shows that
/// widget's error; the other widgets keep working.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "<pingshan-infographic> panicked: {info}"
        )));
    }));
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
    create_widget_from_text(model::DEFAULT_DOCUMENT)
}

/// A widget of a document given as JSON text; throws an array of `{path, expected, found,
/// message}` when the document is invalid.
#[wasm_bindgen(js_name = createWidgetFromText)]
pub fn create_widget_from_text(text: &str) -> Result<Widget, JsValue> {
    model_from_text(text)
        .map(Widget::new)
        .map_err(|errors| errors_to_js(&errors))
}

/// A widget of a document given as a JavaScript object (already parsed).
#[wasm_bindgen(js_name = createWidgetFromValue)]
pub fn create_widget_from_value(value: JsValue) -> Result<Widget, JsValue> {
    model_from_value(value)
        .map(Widget::new)
        .map_err(|errors| errors_to_js(&errors))
}

fn resolve_lang(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap_or(Lang::En)
}

impl Widget {
    fn view_or_error(&self, view_id: &str) -> Result<&crate::model::View, JsError> {
        self.model
            .view(view_id)
            .ok_or_else(|| JsError::new(&format!("no view {}", crate::error::quote(view_id))))
    }
}

/// Sizes the canvas's backing store to the layout at `scale` device pixels per CSS pixel and
/// paints it.
fn paint(
    canvas: &HtmlCanvasElement,
    layout: &Layout,
    theme_name: &str,
    scale: f64,
    focus: Option<&crate::layout::Rect>,
) -> Result<(), JsError> {
    let theme = Theme::named(ThemeName::from_name(theme_name).unwrap_or(ThemeName::Light));
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
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| JsError::new("the canvas has no 2D context"))?;
    let area = backend.into_drawing_area();
    let paint = crate::draw::Paint {
        scale,
        font_scale: 1.0,
        focus,
    };
    crate::draw::draw(&area, layout, &theme, paint)
        .map_err(|error| JsError::new(&error.to_string()))?;
    area.present()
        .map_err(|error| JsError::new(&error.to_string()))
}

#[wasm_bindgen]
impl Widget {
    /// The views as `[{id, label}]`, in document order, labelled in the language.
    pub fn tabs(&self, lang_tag: &str) -> JsValue {
        #[derive(Serialize)]
        struct Tab<'a> {
            id: &'a str,
            label: &'a str,
            title: &'a str,
            /// What the live region says when the view is switched to.
            announcement: String,
        }
        let lang = resolve_lang(lang_tag);
        let tabs: Vec<Tab> = self
            .model
            .views
            .iter()
            .map(|view| Tab {
                id: &view.id,
                label: view.tab.get(lang),
                title: view.title.get(lang),
                announcement: format!(
                    "{}{}{}",
                    view.tab.get(lang),
                    text::colon(lang),
                    view.title.get(lang)
                ),
            })
            .collect();
        serde_wasm_bindgen::to_value(&tabs).unwrap_or(JsValue::NULL)
    }

    /// `view_id` if it names a view, else the first view's id.
    #[wasm_bindgen(js_name = resolveView)]
    pub fn resolve_view(&self, view_id: &str) -> String {
        match self.model.view(view_id) {
            Some(view) => view.id.clone(),
            None => self
                .model
                .views
                .first()
                .map(|view| view.id.clone())
                .unwrap_or_default(),
        }
    }

    /// The widget's CSS height at a CSS width: the same for every view.
    #[wasm_bindgen(js_name = heightFor)]
    pub fn height_for(&self, css_width: f64, lang_tag: &str) -> f64 {
        layout::widget_height(&self.model, resolve_lang(lang_tag), css_width)
    }

    /// Lays a view out at `css_width` CSS pixels without drawing it, for hit-testing and
    /// `marks` when the host shows a canvas this view was already drawn into; returns the CSS
    /// height.
    #[wasm_bindgen(js_name = layOut)]
    pub fn lay_out(
        &mut self,
        view_id: &str,
        lang_tag: &str,
        css_width: f64,
    ) -> Result<f64, JsError> {
        Ok(self.select(view_id, lang_tag, css_width)?.height)
    }

    /// Draws a view into the canvas at `css_width` CSS pixels and `device_pixel_ratio`, sizing
    /// the canvas's backing store to match, with a focus ring around the `focused` figure's
    /// mark; returns the CSS height drawn.
    #[allow(clippy::too_many_arguments)]
    pub fn render(
        &mut self,
        canvas: HtmlCanvasElement,
        view_id: &str,
        lang_tag: &str,
        theme_name: &str,
        css_width: f64,
        device_pixel_ratio: f64,
        focused: Option<String>,
    ) -> Result<f64, JsError> {
        let layout = self.select(view_id, lang_tag, css_width)?;
        let focus = focused
            .as_deref()
            .and_then(|id| layout.mark(id))
            .map(|mark| mark.rect);
        paint(
            &canvas,
            layout,
            theme_name,
            device_pixel_ratio,
            focus.as_ref(),
        )?;
        Ok(layout.height)
    }

    /// Draws a view for a downloaded image, with the source line under it, into a canvas of
    /// its own; returns the CSS height. The on-screen layout (for hit-testing) is untouched.
    #[wasm_bindgen(js_name = renderExport)]
    pub fn render_export(
        &self,
        canvas: HtmlCanvasElement,
        view_id: &str,
        lang_tag: &str,
        theme_name: &str,
        css_width: f64,
        scale: f64,
    ) -> Result<f64, JsError> {
        let view = self.view_or_error(view_id)?;
        let layout =
            layout::layout_view_for_export(&self.model, view, resolve_lang(lang_tag), css_width);
        paint(&canvas, &layout, theme_name, scale, None)?;
        Ok(layout.height)
    }

    /// The marks of the last render, in reading order: `[{id, x, y, width, height}]` in CSS
    /// pixels, for tooltips and keyboard focus.
    pub fn marks(&self) -> JsValue {
        #[derive(Serialize)]
        struct MarkBox<'a> {
            id: &'a str,
            x: f64,
            y: f64,
            width: f64,
            height: f64,
        }
        let Some(layout) = self.layout() else {
            return JsValue::NULL;
        };
        let marks: Vec<MarkBox> = layout
            .marks
            .iter()
            .map(|mark| MarkBox {
                id: &mark.figure_id,
                x: mark.rect.x,
                y: mark.rect.y,
                width: mark.rect.width,
                height: mark.rect.height,
            })
            .collect();
        serde_wasm_bindgen::to_value(&marks).unwrap_or(JsValue::NULL)
    }

    /// What the tooltip of a figure says: `{label, value, as_of, provenance, quote_intro, quote}`.
    pub fn tooltip(&self, figure_id: &str, lang_tag: &str) -> JsValue {
        let Some(figure) = self.model.figure(figure_id) else {
            return JsValue::NULL;
        };
        serde_wasm_bindgen::to_value(&text::tooltip(&self.model, figure, resolve_lang(lang_tag)))
            .unwrap_or(JsValue::NULL)
    }

    /// The view's figures as CSV text (all views for an empty id).
    pub fn csv(&self, view_id: &str, lang_tag: &str) -> String {
        let view = if view_id.is_empty() {
            None
        } else {
            Some(view_id)
        };
        text::csv(&self.model, view, resolve_lang(lang_tag))
    }

    /// The id of the figure under a point of the last render (CSS pixels), if any.
    #[wasm_bindgen(js_name = hitTest)]
    pub fn hit_test(&self, x: f64, y: f64) -> Option<String> {
        self.layout()?
            .hit_test(x, y)
            .map(|mark| mark.figure_id.clone())
    }

    /// The chart's description for screen readers: every figure in words (its name is the
    /// view's title).
    pub fn summary(&self, view_id: &str, lang_tag: &str) -> String {
        match self.model.view(view_id) {
            Some(view) => text::summary(view, resolve_lang(lang_tag)),
            None => String::new(),
        }
    }

    /// The source line under the chart.
    #[wasm_bindgen(js_name = sourceLine)]
    pub fn source_line(&self, lang_tag: &str) -> String {
        text::source_line(&self.model, resolve_lang(lang_tag))
    }

    /// Every figure of the view as table rows: `{caption, headers, rows}`.
    pub fn table(&self, view_id: &str, lang_tag: &str) -> JsValue {
        #[derive(Serialize)]
        struct Table {
            caption: String,
            headers: [&'static str; 5],
            rows: Vec<[String; 5]>,
        }
        let lang = resolve_lang(lang_tag);
        let ui = text::ui(lang);
        let Some(view) = self.model.view(view_id) else {
            return JsValue::NULL;
        };
        let rows = view
            .figures
            .iter()
            .map(|figure| {
                [
                    figure.label.get(lang).to_string(),
                    text::long_value(figure, lang),
                    figure.as_of.clone(),
                    text::provenance_in_words(&self.model, figure, lang),
                    figure.quote.clone(),
                ]
            })
            .collect();
        let table = Table {
            caption: view.title.get(lang).to_string(),
            headers: [ui.figure, ui.value, ui.as_of, ui.provenance, ui.quote],
            rows,
        };
        serde_wasm_bindgen::to_value(&table).unwrap_or(JsValue::NULL)
    }
}
