//! One figure in words: what a screen reader hears of it (its label and value in words, whether
//! it is derived, the document's reading of its article), what the live region says when the
//! keyboard reaches it (its date too), a note mark's sentence as drawn and as said, and where
//! its value comes from. A chart's description strings its figures together (`description`).

use super::formula::readable_formula;
use super::language::table;
use super::period::as_of_words;
use super::ui::ui;
use super::value::{amount_in_words, long_value, short_value};
use crate::model::{note_parts, Figure, Lang, MarkKind, Model, Provenance};

/// The sentence of a note mark, its `{value}` filled with the short value.
pub fn note_text(figure: &Figure, lang: Lang) -> String {
    match &figure.note {
        Some(note) => fill_note(note.get(lang), &short_value(figure, lang)),
        None => format!("{} {}", short_value(figure, lang), figure.label.get(lang)),
    }
}

/// A note's sentence as it is read out: the value in words, not signs (`more than 100 new
/// biopharmaceutical companies …`).
pub fn note_in_words(figure: &Figure, lang: Lang) -> String {
    match &figure.note {
        Some(note) => fill_note(note.get(lang), &amount_in_words(figure, lang)),
        None => long_value(figure, lang),
    }
}

/// A note's sentence with its `{value}` slot filled.
fn fill_note(note: &str, value: &str) -> String {
    match note_parts(note) {
        Some((before, after)) => format!("{before}{value}{after}"),
        None => note.to_string(),
    }
}

/// Where the value comes from, in words: reported, or derived with the formula spelled out
/// (`Derived: computed by us as Doctorate holders, 2020 (more than 700 …) ÷ …`).
pub fn provenance_in_words(model: &Model, figure: &Figure, lang: Lang) -> String {
    let ui = ui(lang);
    match &figure.provenance {
        Provenance::Reported => ui.reported_long.to_string(),
        Provenance::Derived { formula } => format!(
            "{}{}{}",
            ui.derived_long,
            table(lang).sentences.space,
            readable_formula(model, formula, lang)
        ),
    }
}

/// What a screen reader hears for one figure: its label and its value in words, and whether it
/// is derived (`Doctorate holders, 2016: about 140 doctorate holders (derived)`).
pub fn figure_in_words(figure: &Figure, lang: Lang) -> String {
    let mut said = value_said(figure, lang);
    if let Provenance::Derived { .. } = figure.provenance {
        push_aside(&mut said, "", ui(lang).derived_short, lang);
    }
    with_reading(figure, said, lang)
}

/// What the live region says when the keyboard reaches a figure: its label and value in words,
/// then its date and whether it is reported or derived, which the chart shows but a figure in
/// the description leaves out (`Biomedical companies in Pingshan District: 615 companies
/// (third quarter of 2020, reported)`).
pub fn figure_announcement(figure: &Figure, lang: Lang) -> String {
    let ui = ui(lang);
    let date = as_of_words(&figure.as_of, figure.period.as_ref(), lang);
    let provenance = match figure.provenance {
        Provenance::Reported => ui.reported_short,
        Provenance::Derived { .. } => ui.derived_short,
    };
    let mut said = value_said(figure, lang);
    // A label that names its date already (`Doctorate holders, 2016`) is not followed by it
    // again.
    let date = match crate::model::find(&said, &date) {
        Some(_) => "",
        None => &date,
    };
    push_aside(&mut said, date, provenance, lang);
    with_reading(figure, said, lang)
}

/// Adds ` (date, word)` (or ` (word)` without a date) to what is said, as each language
/// writes it. Pushed rather than formatted: each `format!` costs the wasm its own code.
fn push_aside(said: &mut String, date: &str, word: &str, lang: Lang) {
    let [open, comma, close] = table(lang).sentences.aside;
    said.push_str(open);
    if !date.is_empty() {
        said.push_str(date);
        said.push_str(comma);
    }
    said.push_str(word);
    said.push_str(close);
}

/// A figure's label and value in words; a note's sentence, which names what it counts.
fn value_said(figure: &Figure, lang: Lang) -> String {
    match figure.mark {
        // A note is a sentence already; its label would say the same again.
        MarkKind::Note => note_in_words(figure, lang),
        MarkKind::Bar | MarkKind::Share | MarkKind::Whole | MarkKind::Change => format!(
            "{}{}{}",
            figure.label.get(lang),
            colon(lang),
            long_value(figure, lang)
        ),
    }
}

/// What is said of a figure, followed by the document's reading of its article, if any.
fn with_reading(figure: &Figure, said: String, lang: Lang) -> String {
    match &figure.reading {
        Some(reading) => format!("{said}{}", reading_in_words(reading.get(lang), lang)),
        None => said,
    }
}

/// A reading of the article as a line of its own: `Our reading: …`, `本图的理解：…`.
pub fn reading_line(reading: &str, lang: Lang) -> String {
    let intro = ui(lang).reading_intro;
    format!("{intro}{}{reading}", table(lang).sentences.space)
}

/// A reading of the article, as it follows what it is about: ` (Our reading: …)`.
pub fn reading_in_words(reading: &str, lang: Lang) -> String {
    let [open, _, close] = table(lang).sentences.aside;
    format!("{open}{}{close}", reading_line(reading, lang))
}

/// The colon between a name and what it names, as each language writes it.
pub fn colon(lang: Lang) -> &'static str {
    table(lang).sentences.colon
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn an_announcement_says_the_date_and_where_the_value_comes_from(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        let figure = |id: &str| model.figure(id).ok_or("no such figure");
        let district = figure("companies_district")?;
        assert_eq!(
            figure_announcement(district, Lang::En),
            "Biomedical companies in Pingshan District: 615 companies (third quarter of 2020, reported)"
        );
        assert_eq!(
            figure_announcement(district, Lang::Zh),
            "坪山区生物医药企业：615家（2020年第三季度，文章报道）"
        );
        // A derived figure says so, before the document's reading; its label names its date,
        // which is not said twice.
        let derived = figure_announcement(figure("doctorates_2016")?, Lang::En);
        assert!(
            derived.starts_with(
                "Doctorate holders, 2016: about 140 doctorate holders (derived) (Our reading: "
            ),
            "{derived}"
        );
        let derived = figure_announcement(figure("doctorates_2016")?, Lang::Zh);
        assert!(
            derived.starts_with("2016年博士人数：约140名（推算）"),
            "{derived}"
        );
        // A note's sentence is dated too.
        let note = figure_announcement(figure("overseas_teams_per_year")?, Lang::En);
        assert!(note.ends_with(" each year (2020, reported)"), "{note}");
        let note = figure_announcement(figure("overseas_teams_per_year")?, Lang::Zh);
        assert!(note.ends_with("（2020年，文章报道）"), "{note}");
        Ok(())
    }
}
