//! What a tooltip says about one figure, line by line, for the host to write as is: its label,
//! its value in words, its date and provenance, its quote with the figure's number words
//! marked, and the document's reading of the article.

use super::figure::{colon, figure_announcement, provenance_in_words, reading_line};
use super::language::table;
use super::period::as_of_words;
use super::ui::ui;
use super::value::long_value;
use crate::model::{Figure, Lang, Model};

/// What a tooltip says about one figure, line by line (written as is for the host).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tooltip {
    /// The figure in one sentence, for the live region when the keyboard reaches it.
    pub announcement: String,
    pub label: String,
    pub value: String,
    /// The date and the provenance on one line, as the tooltip shows them.
    pub meta: String,
    pub quote_intro: String,
    pub quote: String,
    /// Where the figure's number words are in `quote`, in UTF-16 code units (as JS counts),
    /// for the tooltip to emphasize them; none where the figure names none.
    pub emphasis: Option<(usize, usize)>,
    /// How the figure reads the article, where it says so; else empty.
    pub reading: String,
}

pub fn tooltip(model: &Model, figure: &Figure, lang: Lang) -> Tooltip {
    let ui = ui(lang);
    let [open, close] = table(lang).sentences.quote_marks;
    Tooltip {
        announcement: figure_announcement(figure, lang),
        label: figure.label.get(lang).to_string(),
        // The value in words; a note's sentence is already on the chart.
        value: long_value(figure, lang),
        meta: format!(
            "{}{}{} · {}",
            ui.as_of,
            colon(lang),
            as_of_words(&figure.as_of, figure.period.as_ref(), lang),
            provenance_in_words(model, figure, lang)
        ),
        quote_intro: super::ui::quote_intro(model.source.language, lang),
        quote: format!("{open}{}{close}", figure.quote),
        emphasis: figure.number.as_deref().and_then(|words| {
            let at = crate::model::find(&figure.quote, words)?;
            let utf16 = |text: &str| text.encode_utf16().count();
            // After the opening quote mark.
            let start = utf16(open) + utf16(figure.quote.get(..at)?);
            Some((start, start + utf16(words)))
        }),
        reading: figure
            .reading
            .as_ref()
            .map_or_else(String::new, |reading| reading_line(reading.get(lang), lang)),
    }
}
