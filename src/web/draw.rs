//! The handle's drawing: a view painted into its canvas, for the page and for export, and
//! the figure under a point.

use js_sys::JsString;
use plotters::prelude::DrawingBackend;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::load::text_of;
use super::results::parsed;
use super::Widget;
use crate::json::Writer;
use crate::layout::{self, Layout};
use crate::model::Lang;
use crate::text;
use crate::theme::Theme;

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
    /// Draws the view `options` names into its canvas (`{view, lang, theme, width,
    /// pixelRatio, focused, system}`), sizing the backing store to match, with a focus ring
    /// around the focused figure's mark. It paints whenever it is asked: the host owns the
    /// canvases and keeps what each one shows (`views.js`), so it asks only when that changes,
    /// and a canvas it has cleared is painted again. Returns `{height, marks, hits}`.
    #[wasm_bindgen(unchecked_return_type = "Drawn")]
    pub fn render(
        &mut self,
        canvas: &HtmlCanvasElement,
        #[wasm_bindgen(unchecked_param_type = "DrawOptions")] options: &JsValue,
    ) -> Result<JsValue, JsError> {
        let options = self.options(options);
        let layout = self
            .layout(&options)
            .ok_or_else(|| JsError::new("the document has no views"))?;
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
        let mut out = Writer::default();
        out.object().key("height").number(layout.height);
        // The marks the keyboard walks, in reading order; then the further places a figure is
        // drawn (a part's segment of a stacked bar), which the tooltip of a pointer there
        // stands beside rather than covers.
        write_marks(&mut out, "marks", &layout.marks);
        write_marks(&mut out, "hits", &layout.hits);
        Ok(parsed(out.end_object()))
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
    /// object: the host asks on every pointer move, and an object is read by writing it out
    /// as JSON and reading that.
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
}

/// Marks as a field of JSON objects `{id, x, y, width, height}`, each grown to a finger's width
/// where it is smaller (`Rect::reach`: a point's dot, which the pointer is on within that), so a
/// tooltip the host places beside it is clear of the pointer (one function for both lists:
/// inlined, the writing of a mark would be compiled twice).
#[inline(never)]
fn write_marks(out: &mut Writer, key: &str, marks: &[layout::Mark]) {
    out.key(key).array();
    for mark in marks {
        let rect = mark.rect.reach();
        out.object()
            .key("id")
            .string(&mark.figure_id)
            .key("x")
            .number(rect.x)
            .key("y")
            .number(rect.y)
            .key("width")
            .number(rect.width)
            .key("height")
            .number(rect.height)
            .end_object();
    }
    out.end_array();
}
