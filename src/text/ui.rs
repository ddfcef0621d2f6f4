//! The interface's fixed words in each language: [`Ui`], what the wasm writes (the legend, the
//! table, tooltips, what a screen reader hears), and [`HostUi`], what only the host shows (the
//! loading state, errors, downloads), which only the shell carries. Both are parts of each
//! language's table (`language/`); the tests here walk every language's words.

#[cfg(not(target_arch = "wasm32"))]
use super::language::host_table;
use super::language::{fill, table};
use crate::model::Lang;

/// Interface strings in one language that the wasm writes (the legend, the table, tooltips,
/// what a screen reader hears); the host's own are [`HostUi`].
#[derive(Clone, Debug, PartialEq)]
pub struct Ui {
    pub source: &'static str,
    pub derived_legend: &'static str,
    pub more_than_legend: &'static str,
    pub about_legend: &'static str,
    /// What a point drawn hollow means, in a line.
    pub derived_point_legend: &'static str,
    /// What a column or point outlined means: a period shorter than the others.
    pub partial_legend: &'static str,
    /// What a change written in the muted colour means.
    pub derived_change_legend: &'static str,
    /// What a dashed line between two points means.
    pub gap_legend: &'static str,
    /// The two ends of a change.
    pub change_from: &'static str,
    pub change_to: &'static str,
    /// The legend's word for the colour of share bars, beside bars of several groups.
    pub share_legend: &'static str,
    pub figure: &'static str,
    pub value: &'static str,
    pub as_of: &'static str,
    pub provenance: &'static str,
    /// The article's sentence (a table's column, before a tooltip's quote) where the article is
    /// in this language, and, `{l}` the article's language ([`Ui::languages`]), where it is in
    /// another: `Article sentence`, `原句`; `英文版原句`, `Article sentence (Chinese)`.
    pub quote: &'static str,
    pub quote_in: &'static str,
    pub views: &'static str,
    /// The table's caption: the view's title is the chart's name already, said once.
    pub table_caption: &'static str,
    /// The end of a figure's announcement: where its value comes from, in a word.
    pub reported_short: &'static str,
    pub derived_short: &'static str,
    pub reported_long: &'static str,
    pub derived_long: &'static str,
    /// What comes before the article's sentence in words, as [`Ui::quote`] and
    /// [`Ui::quote_in`]: `The article says:`, `英文版原句：`.
    pub quote_intro: &'static str,
    pub quote_intro_in: &'static str,
    /// What comes before a document's reading of its article.
    pub reading_intro: &'static str,
    /// The CSV's header row: the columns' names, in the order of every row.
    pub csv_header: &'static str,
    /// Each language of [`Lang::ALL`] by name, as [`Ui::quote_in`] names an article's: the
    /// name a newsroom writing this language gives it (`英文`, `anglais`, `英語`).
    pub languages: [&'static str; 8],
}

/// Interface strings in one language that only the host shows (the loading state, the error
/// titles and messages, the download buttons): written into the shell (`src/shell.rs`), so the
/// wasm, which never shows them, does not carry them.
pub struct HostUi {
    pub error_title: &'static str,
    pub download_png: &'static str,
    pub download_csv: &'static str,
    /// The download buttons' words on a narrow widget; the full ones stay their names.
    pub download_png_short: &'static str,
    pub download_csv_short: &'static str,
    /// What the widget says while its code loads and the document is unknown.
    pub loading: &'static str,
    /// The same with the view's title where it is known: `{title}` is replaced.
    pub loading_view: &'static str,
    /// The title over the error list when the widget's own code could not be loaded.
    pub load_error_title: &'static str,
    /// The wasm never came: `{url}` and `{seconds}` are replaced.
    pub wasm_timeout: &'static str,
    /// The wasm failed to load: `{url}` and `{error}` (the browser's words) are replaced.
    pub wasm_failed: &'static str,
    /// A `src` document that did not come: `{url}`, `{status}`, `{seconds}`, `{error}`.
    pub src_status: &'static str,
    pub src_timeout: &'static str,
    pub src_network: &'static str,
    /// A `data` property that is no JSON document: `{error}` is replaced.
    pub data_invalid: &'static str,
    /// Anything else that stopped the widget (a trap): `{error}` is replaced.
    pub widget_failed: &'static str,
    /// What the live region says when an arrow key would go past the first or last figure, in
    /// place of that figure again.
    pub first_figure: &'static str,
    pub last_figure: &'static str,
    /// The wasm's address answered with something else, most often a dev server's or a
    /// host's fallback HTML page: `{url}` and `{start}` (its first characters) are replaced.
    pub wasm_text: &'static str,
}

/// The wasm's interface words in `lang` ([`Ui`], in its [`Language`](super::Language) table).
pub fn ui(lang: Lang) -> &'static Ui {
    &table(lang).ui
}

/// The host's own words in `lang` ([`HostUi`]): native only, written into the shell and the
/// language files.
#[cfg(not(target_arch = "wasm32"))]
pub fn host_ui(lang: Lang) -> &'static HostUi {
    host_table(lang)
}

/// The article's sentence as `lang` labels it: plainly where the article is written in `lang`
/// (`原句`, `Article sentence`), else naming the article's language `article` (`英文版原句`,
/// `Phrase de l’article (anglais)`).
pub fn quote_label(article: Lang, lang: Lang) -> String {
    let ui = ui(lang);
    in_language(article, lang, ui.quote, ui.quote_in)
}

/// What comes before the article's sentence in words, as [`quote_label`] labels it: `原句：`,
/// `英文版原句：`, `The article says:`.
pub fn quote_intro(article: Lang, lang: Lang) -> String {
    let ui = ui(lang);
    in_language(article, lang, ui.quote_intro, ui.quote_intro_in)
}

/// `own` where `article` is `lang`, else `other` naming `article` in `lang`'s words.
pub(super) fn in_language(article: Lang, lang: Lang, own: &str, other: &str) -> String {
    if article == lang {
        return own.to_string();
    }
    let name = ui(lang).languages.get(article as usize).copied();
    fill(other, &[("l", name.unwrap_or_default())])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 23: the article's sentence is labelled plainly in the article's own language and
    /// names the article's language in another (`英文版原句` for an English article).
    #[test]
    fn the_quote_is_labelled_by_the_article_language() {
        let cases = [
            (Lang::En, Lang::Zh, "英文版原句", "英文版原句："),
            (Lang::Zh, Lang::Zh, "原句", "原句："),
            (Lang::Ja, Lang::Zh, "日文版原句", "日文版原句："),
            (Lang::En, Lang::Hant, "英文版原句", "英文版原句："),
            (Lang::Zh, Lang::Hant, "簡體中文版原句", "簡體中文版原句："),
            (Lang::En, Lang::En, "Article sentence", "The article says:"),
            (
                Lang::Zh,
                Lang::En,
                "Article sentence (Chinese)",
                "The article says (Chinese):",
            ),
            (
                Lang::En,
                Lang::Fr,
                "Phrase de l’article (anglais)",
                "L’article dit (anglais)\u{a0}:",
            ),
            (
                Lang::Fr,
                Lang::Fr,
                "Phrase de l’article",
                "L’article dit\u{a0}:",
            ),
            (
                Lang::En,
                Lang::Ja,
                "記事の原文（英語）",
                "記事の原文（英語）：",
            ),
        ];
        for (article, lang, label, intro) in cases {
            assert_eq!(quote_label(article, lang), label, "{article:?} in {lang:?}");
            assert_eq!(quote_intro(article, lang), intro, "{article:?} in {lang:?}");
        }
    }
}
