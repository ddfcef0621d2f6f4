//! Every word the widget shows that is not in the data, in each language of the format
//! ([`Lang`](crate::model::Lang), which `model` owns): the fixed interface strings, the source
//! line, tooltips, the summary sentence, formulas read aloud and the CSV download.
//!
//! Each language's words and rules are one table ([`Language`], `language/`, a file a
//! language); the printers read it and branch on no language.
//!
//! One file a concern, each with its tests: `ui` (the interface's fixed words, the wasm's and
//! the host's), `figure` (one figure in words: what a screen reader hears of it, a note's
//! sentence, where its value comes from), `description` (a chart's description and how to
//! explore it), `tooltip`, `formula` (a formula read in words), `source_line` (the source line
//! and its runs in the article's language), `approximation` (the note under a Chinese chart),
//! `csv` (the CSV download), `number` (numbers and scale words as each language writes them),
//! `value` (a figure's value written and said: its unit, sign and qualifier), `money` (sums in
//! their currency), `axis` (an axis's one scale and caption), `period` (periods in words),
//! `measure` (the text measurement and line wrapping that layout relies on). This one names
//! them and tests which language a reader gets; `every_language` (tests only) walks every
//! language through all of them.

mod approximation;
mod axis;
mod csv;
mod description;
mod figure;
mod formula;
mod language;
mod measure;
mod money;
mod number;
mod period;
mod source_line;
mod tooltip;
mod ui;
mod value;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod every_language;

pub use approximation::approximation_note;
pub use axis::{axis_scale, axis_value, AxisScale};
pub use csv::{csv, csv_header};
pub use description::{description, explore_hint, summary};
pub use figure::{
    colon, figure_announcement, figure_in_words, note_in_words, note_text, provenance_in_words,
    reading_in_words, reading_line,
};
pub use formula::readable_formula;
#[cfg(not(target_arch = "wasm32"))]
pub use language::host_table;
pub use language::{compiled_in, fill, load, n_loaded, table, Language};
pub use measure::{text_width, wrap, written_without_spaces};
pub use money::{currency_name, money};
pub use number::{format_number, number_in, scaled};
pub use period::{as_of_words, period_long, period_short};
pub use source_line::{source_line, source_parts};
pub use tooltip::{tooltip, Tooltip};
#[cfg(not(target_arch = "wasm32"))]
pub use ui::host_ui;
pub use ui::{quote_intro, quote_label, ui, HostUi, Ui};
pub use value::{
    amount_in_words, amount_of, format_amount, long_value, magnitude, qualifier_mark,
    qualifiers_need_a_key, short_value, short_value_with_unit,
};

#[cfg(test)]
mod tests {
    use crate::model::Lang;
    #[cfg(not(target_arch = "wasm32"))]
    use crate::model::Model;

    #[test]
    fn lang_reads_region_tags() {
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("ko"), None);
        assert_eq!(Lang::from_tag("ZH"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("eng"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("-en"), None);
        assert_eq!(Lang::from_tag("en-"), Some(Lang::En));
    }

    /// Issue 23: a reader's regional tag picks its language's table (`pt-BR`, `pt-PT`, `en-GB`,
    /// `fr-CA`, `ja-JP`, `de-CH`, `es-419`); an unknown language none.
    #[test]
    fn regional_tags_pick_their_language() {
        let cases = [
            ("pt-BR", Lang::Pt),
            ("pt-PT", Lang::Pt),
            ("PT_br", Lang::Pt),
            ("en-GB", Lang::En),
            ("fr-CA", Lang::Fr),
            ("fr", Lang::Fr),
            ("ja-JP", Lang::Ja),
            ("ja", Lang::Ja),
            ("de-CH", Lang::De),
            ("de-AT-1996", Lang::De),
            ("es-419", Lang::Es),
            ("es-MX", Lang::Es),
        ];
        for (tag, lang) in cases {
            assert_eq!(Lang::from_tag(tag), Some(lang), "{tag}");
        }
        for tag in ["ko", "it-IT", "jp", "e", "portuguese", "x-fr"] {
            assert_eq!(Lang::from_tag(tag), None, "{tag}");
        }
    }

    /// Issue 23: Hong Kong, Macao and Taiwan read Traditional Chinese; the mainland and
    /// Singapore Simplified; a script subtag says which whatever the region.
    #[test]
    fn chinese_tags_pick_their_script() {
        for tag in [
            "zh-HK",
            "zh-hk",
            "zh_TW",
            "zh-MO",
            "zh-Hant",
            "zh-Hant-HK",
            "zh-hant-CN",
            "ZH-HANT",
            "zh-HK-u-nu-hanidec",
        ] {
            assert_eq!(Lang::from_tag(tag), Some(Lang::Hant), "{tag}");
        }
        for tag in [
            "zh",
            "zh-CN",
            "zh-SG",
            "zh-Hans",
            "zh-Hans-HK",
            "zh-hans-tw",
            "zh-cmn",
            "zh-yue",
        ] {
            assert_eq!(Lang::from_tag(tag), Some(Lang::Zh), "{tag}");
        }
        // Every code a document declares reads back as its language.
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn a_reader_gets_the_closest_declared_language() -> Result<(), Box<dyn std::error::Error>> {
        let with = |languages: &str| -> Result<Model, crate::error::ValidationErrors> {
            let mut document: serde_json::Value =
                serde_json::from_str(crate::model::DOCUMENT_AS_WRITTEN).unwrap_or_default();
            let languages: serde_json::Value = serde_json::from_str(languages).unwrap_or_default();
            let keep: Vec<String> = languages
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|code| code.as_str().map(str::to_string))
                .collect();
            document["languages"] = languages;
            drop_texts_but(&mut document, &keep);
            Model::from_json_str(&document.to_string())
        };
        let all = with(r#"["en", "zh", "zh-Hant"]"#)?;
        assert_eq!(all.speak(Lang::Hant), Lang::Hant);
        assert_eq!(all.speak(Lang::Zh), Lang::Zh);
        // A Chinese reader whose script is missing reads the other before English.
        let simplified = with(r#"["en", "zh"]"#)?;
        assert_eq!(simplified.speak(Lang::Hant), Lang::Zh);
        let traditional = with(r#"["en", "zh-Hant"]"#)?;
        assert_eq!(traditional.speak(Lang::Zh), Lang::Hant);
        assert_eq!(traditional.speak(Lang::En), Lang::En);
        // Else the document's default, its first.
        let hant_first = with(r#"["zh-Hant"]"#)?;
        assert_eq!(hant_first.speak(Lang::En), Lang::Hant);
        let en_only = with(r#"["en"]"#)?;
        assert_eq!(en_only.speak(Lang::Hant), Lang::En);
        Ok(())
    }

    /// Removes every text of `document` in a language not in `keep`.
    #[cfg(not(target_arch = "wasm32"))]
    fn drop_texts_but(document: &mut serde_json::Value, keep: &[String]) {
        match document {
            serde_json::Value::Object(fields) => {
                if fields.contains_key("en") {
                    fields.retain(|key, _| keep.iter().any(|code| code == key));
                }
                // The source's names by language.
                if let Some(serde_json::Value::Object(names)) = fields.get_mut("names") {
                    names.retain(|key, _| keep.iter().any(|code| code == key));
                }
                for value in fields.values_mut() {
                    drop_texts_but(value, keep);
                }
            }
            serde_json::Value::Array(items) => {
                for item in items {
                    drop_texts_but(item, keep);
                }
            }
            _ => {}
        }
    }
}
