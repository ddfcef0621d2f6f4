//! The handle's words: tabs and source line, the language and view a tag or id resolves to,
//! a figure's tooltip, a view's text for screen readers and its CSV.

use js_sys::JsString;
use wasm_bindgen::prelude::*;

use super::load::text_of;
use super::results::parsed;
use super::Widget;
use crate::json::Writer;
use crate::text;

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
            .string(self.model.source.language.code())
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
        let article = self.model.source.language;
        for header in [ui.figure, ui.value, ui.as_of, ui.provenance] {
            out.string(header);
        }
        out.string(&text::quote_label(article, lang));
        // Each column's language where its cells are in another than the widget's: the
        // article's sentence, in the article's.
        out.end_array().key("langs").array();
        for _ in 0..4 {
            out.string("");
        }
        out.string(article.code());
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
}
