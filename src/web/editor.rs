//! The exports only the editor's build has (the `editor` feature, `www/pkg-editor/`): the
//! example document, the number reader, derived values, a view as an SVG picture and the source
//! check.

use wasm_bindgen::prelude::*;

use super::results::{parsed, write_report};
use super::Widget;
use crate::json::Writer;
use crate::model;

/// The Pingshan document as text, the editor's example. Only in the editor's build.
#[cfg(feature = "editor")]
#[wasm_bindgen(js_name = exampleDocument)]
pub fn example_document() -> String {
    model::DOCUMENT_AS_WRITTEN.to_string()
}

/// The numbers a text states, as the source check reads them, for the editor's "New figure
/// from selection": `[{start, end, value, unit, currency, qualifier, change}]`, offsets in UTF-16 code
/// units (as JS strings count), the value in the format's terms (30% is a rate of 0.3, `30% of
/// output` a share of 0.3, 5 times a ratio of 5, `fell 4.7 percentage points` points of -4.7,
/// `221 billion yuan` money of 221e9 in `CNY`, written as the article writes it) and the
/// qualifier the words around it say. Ranks (`11th`) are left out: they are no amount. `lang`
/// is the article's language: in Traditional Chinese (`zh-Hant`, Hong Kong's and Taiwan's
/// papers) `元` alone is not the yuan, and is proposed as the Hong Kong dollar (the source check
/// allows Taiwan's and Macau's too). Only in the editor's build.
#[cfg(feature = "editor")]
#[wasm_bindgen(js_name = readNumbers, unchecked_return_type = "FoundNumber[]")]
pub fn read_numbers(text: &str, lang: &str) -> JsValue {
    use crate::model::{Currency, Qualifier, Unit};
    use crate::source::Direction;
    #[derive(serde::Serialize)]
    struct Found {
        start: usize,
        end: usize,
        value: f64,
        unit: &'static str,
        currency: Option<&'static str>,
        qualifier: &'static str,
        change: bool,
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
                currency: match number.currency {
                    Some(_) if number.yuan_alone && lang == "zh-Hant" => Some(Currency::Hkd),
                    currency => currency,
                }
                .map(|currency| currency.code()),
                qualifier: number.hedge.qualifier().unwrap_or(Qualifier::Exact).name(),
                change: number.direction.is_some(),
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

#[wasm_bindgen]
impl Widget {
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
