//! Tests that walk every language of `Lang::ALL` through the words `text` writes: every
//! interface string given, none left in English, each template with English's slots;
//! Traditional Chinese written in Traditional characters, the tables' and the embedded
//! document's; and the one-language documents as a screen reader hears them.

use super::description::{description, explore_hint};
use super::figure::figure_announcement;
use super::language;
use super::source_line::source_line;
use super::ui::{host_ui, ui, HostUi, Ui};
use super::value::{long_value, short_value};
use crate::model::{Lang, Model};

/// Every string a language's tables give, by name: `Ui` destructured whole, so a field
/// added to it fails to compile here until it is listed, then the walk's ends and the
/// explore hints.
fn table_strings(lang: Lang) -> Vec<(&'static str, String)> {
    let Ui {
        source,
        derived_legend,
        more_than_legend,
        about_legend,
        derived_point_legend,
        partial_legend,
        derived_change_legend,
        gap_legend,
        change_from,
        change_to,
        share_legend,
        figure,
        value,
        as_of,
        provenance,
        quote,
        quote_in,
        views,
        table_caption,
        reported_short,
        derived_short,
        reported_long,
        derived_long,
        quote_intro,
        quote_intro_in,
        reading_intro,
        csv_header,
        languages,
    } = ui(lang);
    let HostUi {
        error_title,
        download_png,
        download_csv,
        download_png_short,
        download_csv_short,
        loading,
        loading_view,
        load_error_title,
        wasm_timeout,
        wasm_failed,
        src_status,
        src_timeout,
        src_network,
        data_invalid,
        widget_failed,
        first_figure,
        last_figure,
        wasm_text,
    } = host_ui(lang);
    let fields: Vec<(&str, &str)> = vec![
        ("source", *source),
        ("derived_legend", *derived_legend),
        ("more_than_legend", *more_than_legend),
        ("about_legend", *about_legend),
        ("derived_point_legend", *derived_point_legend),
        ("partial_legend", *partial_legend),
        ("derived_change_legend", *derived_change_legend),
        ("gap_legend", *gap_legend),
        ("change_from", *change_from),
        ("change_to", *change_to),
        ("share_legend", *share_legend),
        ("figure", *figure),
        ("value", *value),
        ("as_of", *as_of),
        ("provenance", *provenance),
        ("quote", *quote),
        ("quote_in", *quote_in),
        ("views", *views),
        ("table_caption", *table_caption),
        ("reported_short", *reported_short),
        ("derived_short", *derived_short),
        ("error_title", *error_title),
        ("reported_long", *reported_long),
        ("derived_long", *derived_long),
        ("quote_intro", *quote_intro),
        ("quote_intro_in", *quote_intro_in),
        ("reading_intro", *reading_intro),
        ("csv_header", *csv_header),
        ("download_png", *download_png),
        ("download_csv", *download_csv),
        ("download_png_short", *download_png_short),
        ("download_csv_short", *download_csv_short),
        ("loading", *loading),
        ("loading_view", *loading_view),
        ("load_error_title", *load_error_title),
        ("wasm_timeout", *wasm_timeout),
        ("wasm_failed", *wasm_failed),
        ("src_status", *src_status),
        ("src_timeout", *src_timeout),
        ("src_network", *src_network),
        ("data_invalid", *data_invalid),
        ("widget_failed", *widget_failed),
        ("first_figure", *first_figure),
        ("last_figure", *last_figure),
        ("wasm_text", *wasm_text),
    ];
    let mut strings: Vec<(&str, String)> = fields
        .into_iter()
        .map(|(name, text)| (name, text.to_string()))
        .collect();
    for (name, text) in [
        "languages[en]",
        "languages[zh]",
        "languages[zh-Hant]",
        "languages[es]",
        "languages[fr]",
        "languages[de]",
        "languages[pt]",
        "languages[ja]",
    ]
    .into_iter()
    .zip(languages)
    {
        strings.push((name, text.to_string()));
    }
    strings.push(("explore_hint(1)", explore_hint(1, lang)));
    strings.push(("explore_hint(5)", explore_hint(5, lang)));
    strings
}

/// The `{slots}` of a template, in order.
fn slots(text: &str) -> Vec<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(slot, _)| slot))
        .collect()
}

/// Issue 23: every language of `Lang::ALL` gives every interface string: none empty, none
/// left in English, each template with English's slots. A new language is checked the
/// same way by being in `Lang::ALL`.
#[test]
fn every_language_gives_every_interface_string() {
    let english = table_strings(Lang::En);
    for lang in Lang::ALL {
        let strings = table_strings(lang);
        assert_eq!(strings.len(), english.len());
        for ((name, text), (_, en)) in strings.iter().zip(&english) {
            assert!(!crate::strings::is_blank(text), "{lang:?} {name} is empty");
            // In any order: each language puts them where its sentence needs them.
            let (mut given, mut wanted) = (slots(text), slots(en));
            // English's CSV header names its quote column `quote`, a program's name; the
            // others name it as their label does (`{q}`).
            if *name == "csv_header" {
                given.retain(|slot| *slot != "q");
            }
            given.sort_unstable();
            wanted.sort_unstable();
            assert_eq!(given, wanted, "{lang:?} {name}: {text}");
            // A few words are the language's own as they are English's.
            let shared = matches!(
                (lang, *name),
                (Lang::En, _) | (Lang::Fr, "source" | "download_png_short")
            );
            if !shared {
                assert_ne!(text, en, "{lang:?} {name} is English's");
            }
        }
    }
}

/// Characters of Simplified Chinese that Traditional Chinese writes otherwise (数 for
/// 數, 据 for 據, 后 for 後, …), among those the Simplified tables and document use: a
/// Traditional text holding one was copied rather than written.
const SIMPLIFIED_ONLY: &str = "数据图说来这个为与时间项实际应载写区医药业产报计后发现变导线页网络误错无显该对达过长标头开属请码续边选键听动览从约万亿两归团队户锦绣东条画将并门价点读经组试齐称类输书问题杂";

fn simplified_in(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| SIMPLIFIED_ONLY.contains(*c))
        .collect()
}

/// Issue 23: the Traditional tables hold no Simplified character, and the Simplified ones
/// hold some (so the list above still finds what it is for).
#[test]
fn traditional_tables_are_written_in_traditional_characters() {
    for (name, text) in table_strings(Lang::Hant) {
        assert_eq!(simplified_in(&text), Vec::<char>::new(), "{name}: {text}");
    }
    let newsroom = language::newsroom(Lang::Hant).expect("a newsroom table");
    for text in newsroom
        .note
        .iter()
        .chain(&language::table(Lang::Hant).numbers.marks)
        .chain(&newsroom.by)
        .chain([&newsroom.other_version])
    {
        assert_eq!(simplified_in(text), Vec::<char>::new(), "{text}");
    }
    let simplified: String = table_strings(Lang::Zh)
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    assert!(simplified_in(&simplified).len() > 40);
    // A tooltip's quote in Hong Kong's quotation marks, as the documents' texts are (below),
    // not the mainland's “” (the trial of a Hong Kong article, docs/examples/hk-budget-2023).
    let model = Model::embedded().expect("the embedded document");
    let figure = model.figure("companies_district").expect("a figure");
    let quote = super::tooltip::tooltip(&model, figure, Lang::Hant).quote;
    assert!(quote.starts_with('「') && quote.ends_with('」'), "{quote}");
}

/// Issue 23: the embedded document is written in Traditional Chinese too (its
/// `languages`), in Traditional characters, Hong Kong's quotation marks and dates.
#[test]
fn the_embedded_document_speaks_traditional_chinese() -> Result<(), Box<dyn std::error::Error>> {
    let model = Model::embedded()?;
    assert_eq!(model.languages, [Lang::En, Lang::Zh, Lang::Hant]);
    let document: serde_json::Value = serde_json::from_str(crate::model::DOCUMENT_AS_WRITTEN)?;
    let mut texts = Vec::new();
    collect_texts(&document, "zh-Hant", &mut texts);
    assert_eq!(texts.len(), {
        let mut simplified = Vec::new();
        collect_texts(&document, "zh", &mut simplified);
        simplified.len()
    });
    for text in &texts {
        assert_eq!(simplified_in(text), Vec::<char>::new(), "{text}");
        assert!(
            !text.contains('“') && !text.contains('”'),
            "{text}: 「」 in Hong Kong"
        );
        assert!(!text.contains("季度"), "{text}: 第三季 in Hong Kong");
    }
    let district = model.figure("companies_district").ok_or("no figure")?;
    assert_eq!(
        figure_announcement(district, Lang::Hant),
        "坪山區生物醫藥企業：615家（2020年第三季，報道數據）"
    );
    let figure = |id: &str| model.figure(id).ok_or("no such figure");
    assert_eq!(long_value(figure("doctorates")?, Lang::Hant), "超過700名");
    assert_eq!(
        long_value(figure("doctorates_2016")?, Lang::Hant),
        "約140名"
    );
    assert_eq!(long_value(figure("returnee_share")?, Lang::Hant), "近50%");
    assert_eq!(short_value(figure("doctorates")?, Lang::Hant), "超700");
    assert_eq!(short_value(figure("returnee_share")?, Lang::Hant), "近50%");
    assert_eq!(short_value(figure("doctorates_2016")?, Lang::Hant), "約140");
    let talent = model.view("talent").ok_or("no view")?;
    let hant = description(talent, Lang::Hant);
    assert!(
        hant.starts_with("2016年博士人數：約140名（推算）（本圖解讀："),
        "{hant}"
    );
    assert!(
        hant.ends_with("。在坪山區工作的博士。用方向鍵在這5項數據之間移動。"),
        "{hant}"
    );
    assert_eq!(
        source_line(&model, Lang::Hant),
        format!(
            "資料來源：坪山區科技創新局、坪山區融媒體中心，英文版報道《{}》（作者：Lin Yiying、Zhao Lu），2021年3月10日",
            model.source.headline
        )
    );
    Ok(())
}

fn collect_texts(value: &serde_json::Value, code: &str, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(fields) => {
            for (key, value) in fields {
                match value.as_str() {
                    Some(text) if key == code => out.push(text.to_string()),
                    _ => collect_texts(value, code, out),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                collect_texts(item, code, out);
            }
        }
        _ => {}
    }
}

/// Issue 23: the one-language fixtures of the new languages, as a screen reader hears them:
/// each figure's announcement, values in words with the qualifier where each language puts
/// it, and the hint to explore. `_` is a no-break space.
#[test]
fn one_language_documents_are_said_in_their_language() -> Result<(), Box<dyn std::error::Error>> {
    let cases = [
        (
            "0006_spanish_only",
            Lang::Es,
            "Biofarmacéuticas del distrito de Pingshan: 615_empresas (tercer trimestre de 2020, publicado)",
            ["más de 700_doctores", "alrededor de 140_doctores", "casi 50_%"],
            "Las flechas del teclado recorren sus 5 cifras.",
        ),
        (
            "0007_french_only",
            Lang::Fr,
            "Entreprises biopharmaceutiques du district de Pingshan_: 615_entreprises (3e trimestre 2020, donné par l’article)",
            ["plus de 700_docteurs", "environ 140_docteurs", "près de 50\u{202f}%"],
            "Les flèches du clavier passent d’un chiffre à l’autre, 5 en tout.",
        ),
        (
            "0008_german_only",
            Lang::De,
            "Biopharmaunternehmen im Bezirk Pingshan: 615_Unternehmen (3._Quartal 2020, berichtet)",
            ["mehr als 700_Promovierte", "etwa 140_Promovierte", "fast 50_%"],
            "Mit den Pfeiltasten wechseln Sie zwischen den 5 Zahlen.",
        ),
        (
            "0009_portuguese_only",
            Lang::Pt,
            "Empresas biofarmacêuticas do distrito de Pingshan: 615_empresas (3º trimestre de 2020, publicado)",
            ["mais de 700_doutores", "cerca de 140_doutores", "quase 50%"],
            "As setas do teclado percorrem os 5 dados.",
        ),
        (
            "0010_japanese_only",
            Lang::Ja,
            "坪山区のバイオ医薬企業：615社（2020年第3四半期、報道）",
            ["700人超", "約140人", "ほぼ50%"],
            "矢印キーで5項目の数値を順に移動できます。",
        ),
    ];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    for (name, lang, announcement, values, hint) in cases {
        let text = std::fs::read_to_string(root.join(format!("{name}.json")))?;
        let model = Model::from_json_str(&text)?;
        assert_eq!(model.languages, [lang]);
        // Any reader gets the document's one language.
        assert_eq!(model.speak(Lang::En), lang);
        let figure = |id: &str| model.figure(id).ok_or("no such figure");
        let spaced = |text: &str| text.replace('_', "\u{a0}");
        assert_eq!(
            figure_announcement(figure("companies_district")?, lang),
            spaced(announcement)
        );
        for (id, expected) in ["doctorates", "doctorates_2016", "returnee_share"]
            .into_iter()
            .zip(values)
        {
            assert_eq!(
                long_value(figure(id)?, lang),
                spaced(expected),
                "{name} {id}"
            );
        }
        let talent = model.view("talent").ok_or("no view")?;
        assert!(description(talent, lang).ends_with(hint), "{name}");
    }
    Ok(())
}
