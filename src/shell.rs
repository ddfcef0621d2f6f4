//! What the host element shows before its wasm arrives, written by Rust into `www/shell.js`,
//! so that the page learns no word and no size from anywhere but Rust, and need not wait for
//! the wasm to learn them:
//! - which language a reader's `lang` picks (`Lang::TAGS`);
//! - the interface words in each language (the loading message, the error titles, the wasm,
//!   `src` and widget failure messages, the button and tab-list labels);
//! - the CSS custom properties of the page parts around the chart: the themes' colours, the
//!   drawing's font stack, the layout's margins;
//! - for the embedded document, in each language: its tabs, view titles and source line, and
//!   the widget's canvas height at every width, so the widget's box has its final size before
//!   the wasm arrives and nothing on the page moves when it does.
//!
//! `tests/shell.rs` holds the file to [`shell_module`] (`UPDATE_SHELL=1` rewrites it), so the
//! copy cannot drift from the Rust it comes from. Native only: the wasm never carries it.

use serde_json::{json, Value};

use crate::layout::{self, COMPACT_PAD, COMPACT_WIDTH, MAX_WIDTH, MIN_WIDTH, PAD};
use crate::model::{Lang, Model};
use crate::text;
use crate::theme::{Theme, ThemeName};

/// The canvas height at every whole CSS width from `MIN_WIDTH` to `MAX_WIDTH`, as runs: a flat
/// list `[width, height, width, height, …]` where each height holds from its width up to the
/// next run's. Narrower widths take the first height, wider the last.
pub fn height_runs(model: &Model, lang: Lang) -> Vec<u32> {
    let mut runs = Vec::new();
    let mut last = None;
    for width in MIN_WIDTH as u32..=MAX_WIDTH as u32 {
        let height = layout::widget_height(model, lang, f64::from(width)) as u32;
        if last != Some(height) {
            runs.extend([width, height]);
            last = Some(height);
        }
    }
    runs
}

/// The interface words of one language, as the host reads them.
fn interface_words(lang: Lang) -> Value {
    let (ui, host) = (text::ui(lang), text::host_ui(lang));
    json!({
        "tag": lang.tag(),
        "views": ui.views,
        "loading": host.loading,
        "loading_view": host.loading_view,
        "error_title": host.error_title,
        "load_error_title": host.load_error_title,
        "wasm_timeout": host.wasm_timeout,
        "wasm_failed": host.wasm_failed,
        "wasm_text": host.wasm_text,
        "src_status": host.src_status,
        "src_timeout": host.src_timeout,
        "src_network": host.src_network,
        "data_invalid": host.data_invalid,
        "widget_failed": host.widget_failed,
        "download_png": host.download_png,
        "download_csv": host.download_csv,
        "download_png_short": host.download_png_short,
        "download_csv_short": host.download_csv_short,
        "first_figure": host.first_figure,
        "last_figure": host.last_figure,
    })
}

/// The embedded document as the widget shows it before the wasm arrives, in one language.
fn embedded_document(model: &Model, lang: Lang) -> Value {
    let tabs: Vec<Value> = model
        .views
        .iter()
        .map(|view| json!({ "id": view.id, "label": view.tab.get(lang), "title": view.title.get(lang) }))
        .collect();
    let (source, foreign) = text::source_parts(model, lang);
    let source_langs: Vec<Value> = foreign
        .into_iter()
        .map(|(start, end, lang)| json!([start, end, lang.code()]))
        .collect();
    json!({
        "tabs": tabs,
        "source": source,
        "source_langs": source_langs,
        "heights": height_runs(model, lang),
    })
}

/// The host's CSS custom properties, from the themes, the drawing's font stack and the
/// layout's margins, so the page parts around the chart match it and the host writes no colour,
/// font or size of its own.
fn custom_properties() -> String {
    let theme = |name: ThemeName| {
        let theme = Theme::named(name);
        [
            ("bg", theme.background),
            ("fg", theme.text),
            ("muted", theme.muted_text),
            ("rule", theme.border),
            ("accent", theme.series[0]),
            ("alert", theme.series[1]),
        ]
        .map(|(name, colour)| format!("--{name}:{};", colour.css()))
        .concat()
    };
    // A reader who asks for more contrast gets the page parts' hairlines (under the tabs,
    // around the buttons and the tooltip) in the chart's rule colour, 3:1 or better against the
    // background (WCAG 1.4.11), rather than the light border (1.4:1).
    let rule = |name: ThemeName| Theme::named(name).rule.css();
    // Each language's own Han faces where they are not English's (Hong Kong's Traditional,
    // Japanese): the frame carries the spoken language's tag.
    let font = text::table(Lang::En).font;
    let fonts: String = Lang::ALL
        .into_iter()
        .filter(|lang| text::table(*lang).font != font)
        .map(|lang| {
            format!(
                ".frame:lang({}){{--font:{}}}",
                lang.tag(),
                text::table(lang).font
            )
        })
        .collect();
    format!(
        ".frame{{{}--font:{font};--pad:{PAD}px}}{fonts}\
         .frame[data-theme=\"dark\"]{{{}}}\
         .frame[data-compact]{{--pad:{COMPACT_PAD}px}}\
         @media (prefers-contrast:more){{.frame{{--rule:{}}}.frame[data-theme=\"dark\"]{{--rule:{}}}}}",
        theme(ThemeName::Light),
        theme(ThemeName::Dark),
        rule(ThemeName::Light),
        rule(ThemeName::Dark),
    )
}

/// The languages whose words the host fetches when a reader's language is one of them, rather
/// than every page carrying them: `www/lang/<code>.json`.
pub fn loaded_languages() -> impl Iterator<Item = Lang> {
    Lang::ALL
        .into_iter()
        .filter(|lang| !text::compiled_in(*lang))
}

/// The text of `www/lang/<code>.json` for `lang`: the wasm's table of the language
/// (`text::Language::to_json`), the host's words (`ui`, as the shell gives a language's), and
/// the code of the language the embedded document speaks to this language's reader, whose
/// shell entry the host takes the embedded document's tabs and heights from.
pub fn language_file(model: &Model, lang: Lang) -> String {
    let mut file = text::Language::to_json(lang);
    file["ui"] = interface_words(lang);
    file["embedded"] = Value::from(model.speak(lang).code());
    format!("{file}\n")
}

/// The text of `www/shell.js`: an ES module whose default export holds the layout constants
/// the host's CSS follows, the language tags it matches a reader's `lang` against (`tags`) and,
/// under `languages`, each language's `{ui, embedded}`.
pub fn shell_module(model: &Model) -> String {
    let mut languages = serde_json::Map::new();
    // The languages the wasm carries; the others' words are in their files (`language_file`).
    for lang in Lang::ALL
        .into_iter()
        .filter(|lang| text::compiled_in(*lang))
    {
        languages.insert(
            lang.code().to_string(),
            // The embedded document as the wasm will show it to this language's reader.
            json!({ "ui": interface_words(lang), "embedded": embedded_document(model, model.speak(lang)) }),
        );
    }
    // `Lang::TAGS`, which the host looks a reader's `lang` up in as `Lang::from_tag` does,
    // to pick its words before the wasm arrives.
    let tags: serde_json::Map<String, Value> = Lang::TAGS
        .iter()
        .map(|(tag, lang)| (tag.to_string(), Value::from(lang.code())))
        .collect();
    let shell = json!({
        "css": custom_properties(),
        "compact_width": COMPACT_WIDTH,
        "min_width": MIN_WIDTH,
        "tags": tags,
        "languages": languages,
    });
    format!(
        "// Generated from Rust (src/shell.rs) by `UPDATE_SHELL=1 cargo test --test shell`: do not edit.\n\
         // The words and sizes the element needs before its wasm arrives, in each language.\n\
         export default {shell};\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn height_runs_give_the_layout_height_at_every_width(
    ) -> Result<(), crate::error::ValidationErrors> {
        let model = Model::embedded()?;
        for lang in Lang::ALL {
            let runs = height_runs(&model, lang);
            assert_eq!(runs[0], MIN_WIDTH as u32);
            let height_at = |width: u32| {
                let index = runs.chunks(2).rposition(|run| run[0] <= width).unwrap_or(0);
                runs[index * 2 + 1]
            };
            for width in (MIN_WIDTH as u32..=MAX_WIDTH as u32).step_by(7) {
                let expected = layout::widget_height(&model, lang, f64::from(width));
                assert_eq!(f64::from(height_at(width)), expected, "{lang:?} at {width}");
            }
        }
        Ok(())
    }
}
