//! Every word the widget shows that is not in the data, in each language of the format
//! ([`Lang`], which `model` owns): the fixed interface strings, the source line, tooltips, the
//! summary sentence, formulas read aloud and the CSV download.
//!
//! Each language's words and rules are one table ([`Language`], `language/`, a file a
//! language); the printers here read it and branch on no language.
//!
//! One file a concern beside this one: `number` (numbers, units, money, signs and qualifiers
//! as each language writes them), `period` (periods in words), `measure` (the text measurement
//! and line wrapping that layout relies on).

mod language;
mod measure;
mod number;
mod period;

#[cfg(not(target_arch = "wasm32"))]
pub use language::host_table;
pub use language::{compiled_in, fill, load, n_loaded, table, Language};
pub use measure::{text_width, wrap};
pub use number::{
    amount_in_words, amount_of, axis_scale, axis_value, currency_name, format_amount,
    format_number, long_value, magnitude, money, number_in, qualifier_mark, qualifiers_need_a_key,
    scaled, short_value, short_value_with_unit, AxisScale,
};
pub use period::{as_of_words, period_long, period_short};

use crate::model::{
    note_parts, Expr, Figure, Formula, Lang, MarkKind, Model, Operator, Provenance, Qualifier, View,
};

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
    pub quote: &'static str,
    pub views: &'static str,
    /// The table's caption: the view's title is the chart's name already, said once.
    pub table_caption: &'static str,
    /// The end of a figure's announcement: where its value comes from, in a word.
    pub reported_short: &'static str,
    pub derived_short: &'static str,
    pub reported_long: &'static str,
    pub derived_long: &'static str,
    pub quote_intro: &'static str,
    /// What comes before a document's reading of its article.
    pub reading_intro: &'static str,
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

/// The wasm's interface words in `lang` ([`Ui`], in its [`Language`] table).
pub fn ui(lang: Lang) -> &'static Ui {
    &table(lang).ui
}

/// The host's own words in `lang` ([`HostUi`]): native only, written into the shell and the
/// language files.
#[cfg(not(target_arch = "wasm32"))]
pub fn host_ui(lang: Lang) -> &'static HostUi {
    host_table(lang)
}

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

/// How to explore the chart, said once when it is reached: the arrow keys walk its figures.
pub fn explore_hint(n_figures: usize, lang: Lang) -> String {
    let [one, many] = table(lang).sentences.explore;
    match n_figures {
        1 => one.to_string(),
        n => fill(many, &[("n", &n.to_string())]),
    }
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
        quote_intro: ui.quote_intro.to_string(),
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

/// A formula with each id replaced by its figure's label and value in words, read from the
/// parsed formula (so `a/b` reads as well as `a / b`):
/// `Doctorate holders, 2020 (more than 700 doctorate holders) ÷ … (about 5 times)`.
pub fn readable_formula(model: &Model, formula: &Formula, lang: Lang) -> String {
    let mut out = String::new();
    write_expr(&mut out, model, formula.expr(), lang);
    out
}

/// Writes `expr` in words, in parentheses where its operators bind looser than the ones
/// around it (`(A − B) × 100`).
fn write_expr(out: &mut String, model: &Model, expr: &Expr, lang: Lang) {
    match expr {
        Expr::Constant(number) => out.push_str(&number_in(*number, lang)),
        Expr::Id(id) => match model.figure(id) {
            Some(figure) => {
                let [open, _, close] = table(lang).sentences.aside;
                out.push_str(&format!(
                    "{}{open}{}{close}",
                    figure.label.get(lang),
                    long_value(figure, lang)
                ));
            }
            None => out.push_str(id),
        },
        Expr::Negate(inner) => {
            out.push('−');
            write_operand(out, model, inner, lang, 3);
        }
        Expr::Binary(operator, left, right) => {
            let precedence = operator.precedence();
            write_operand(out, model, left, lang, precedence);
            out.push_str(match operator {
                Operator::Plus => " + ",
                Operator::Minus => " − ",
                Operator::Times => " × ",
                Operator::Divide => " ÷ ",
            });
            // `a − (b − c)` and `a ÷ (b × c)` keep their parentheses on the right.
            write_operand(out, model, right, lang, precedence + 1);
        }
    }
}

/// An operand of an operator binding `at_least` as tightly, in parentheses where it binds
/// looser.
fn write_operand(out: &mut String, model: &Model, expr: &Expr, lang: Lang, at_least: u8) {
    let binds = match expr {
        Expr::Binary(operator, ..) => operator.precedence(),
        _ => u8::MAX,
    };
    if binds < at_least {
        out.push('(');
        write_expr(out, model, expr, lang);
        out.push(')');
    } else {
        write_expr(out, model, expr, lang);
    }
}

/// The figures of one view (or of all, for `None`) as CSV (RFC 4180), with a header row.
pub fn csv(model: &Model, view_id: Option<&str>, lang: Lang) -> String {
    let mut out = String::from(csv_header(lang));
    out.push_str("\r\n");
    for view in model
        .views
        .iter()
        .filter(|view| view_id.is_none_or(|id| view.id == id))
    {
        for figure in &view.figures {
            let (kind, formula) = match &figure.provenance {
                Provenance::Reported => ("reported", ""),
                Provenance::Derived { formula } => ("derived", formula.text.as_str()),
            };
            let cells = [
                csv_text(&view.id),
                csv_text(&figure.id),
                csv_text(figure.label.get(lang)),
                crate::decimal::positional(figure.value),
                figure.unit.name().to_string(),
                csv_text(&short_value(figure, lang)),
                figure.qualifier.name().to_string(),
                csv_text(&figure.as_of),
                kind.to_string(),
                csv_text(formula),
                csv_text(&figure.quote),
            ];
            out.push_str(&crate::strings::join(&cells, ","));
            out.push_str("\r\n");
        }
    }
    out
}

/// The CSV's header row in `lang`: the columns' names, in the order of every row; a program's
/// names (English) but where a newsroom table names them (Chinese). The cells under `unit`,
/// `qualifier` and `kind` stay the format's codes, which a program reads.
pub fn csv_header(lang: Lang) -> &'static str {
    language::newsroom(lang).map_or(
        "view,id,label,value,unit,shown_as,qualifier,as_of,kind,formula,quote",
        |newsroom| newsroom.csv_header,
    )
}

/// A text cell: quoted when it must be, and defused when a spreadsheet would read it as a
/// formula (a leading `=`, `+`, `-`, `@`), since labels can come from an editor's document.
/// Read by bytes, each one ASCII and so never part of a longer character: char patterns would
/// link core's char searchers into the wasm (issue 15).
fn csv_text(text: &str) -> String {
    let formula = matches!(
        text.bytes().next(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    );
    let quoted = text
        .bytes()
        .any(|byte| matches!(byte, b',' | b'"' | b'\n' | b'\r'));
    let mut out = String::with_capacity(text.len() + 4);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    // Each `"` doubled.
    let mut start = 0;
    for (at, byte) in text.bytes().enumerate() {
        if byte == b'"' {
            out.push_str(text.get(start..=at).unwrap_or_default());
            out.push('"');
            start = at + 1;
        }
    }
    out.push_str(text.get(start..).unwrap_or_default());
    if quoted {
        out.push('"');
    }
    out
}

/// The language of the articles the format reads: every `quote`, and the source's headline,
/// authors and outlet as given, are in English (`source.names` gives other languages' names).
pub const ARTICLE_LANG: Lang = Lang::En;

/// `Source: Lin Yiying, Zhao Lu, "Headline", Outlet, 2021-03-10`. In Chinese, the source's
/// names in that language where the document gives them (`source.names`: the outlet's official
/// Chinese name), the date as Chinese writes it, and, where no Chinese original of the article
/// is known, its headline and authors marked as the English version's, never translated:
/// `来源：坪山区科技创新局、坪山区融媒体中心，英文版报道《Zhong Nanshan praises…》（作者：Lin
/// Yiying、Zhao Lu），2021年3月10日`.
pub fn source_line(model: &Model, lang: Lang) -> String {
    source_parts(model, lang).0
}

/// The source line ([`source_line`]) and where in it a name is in another language than
/// `lang` (the English headline, authors or outlet in a Chinese line): `(start, end, lang)` in
/// UTF-16 code units, as JS counts, for the host to mark with `lang` so a screen reader
/// switches voice.
pub fn source_parts(model: &Model, lang: Lang) -> (String, Vec<(usize, usize, Lang)>) {
    let source = &model.source;
    let sentences = &table(lang).sentences;
    let names = source.names_in(lang);
    let given_outlet = names.and_then(|names| names.outlet.as_deref());
    let original = names.and_then(|names| names.headline.as_deref());
    let given_authors = names.and_then(|names| names.authors.as_ref());
    // One run: the separator between two English names is no other language to voice.
    let authors = crate::strings::join(given_authors.unwrap_or(&source.authors), sentences.and);
    let (outlet, headline) = (
        (
            given_outlet.unwrap_or(&source.outlet),
            given_outlet.is_none(),
        ),
        (original.unwrap_or(&source.headline), original.is_none()),
    );
    let authors = (authors.as_str(), given_authors.is_none());
    let [open, close] = sentences.title_marks;
    let mut line = SourceLine {
        text: String::new(),
        foreign: Vec::new(),
        lang,
    };
    line.push(ui(lang).source, false);
    line.push(sentences.colon, false);
    match language::newsroom(lang) {
        // `来源：坪山区科技创新局…，英文版报道《…》（作者：…），2021年3月10日`.
        Some(newsroom) => {
            line.push(outlet.0, outlet.1);
            line.push(sentences.comma, false);
            if original.is_none() {
                line.push(newsroom.english_version, false);
            }
            line.push(open, false);
            line.push(headline.0, headline.1);
            line.push(close, false);
            if !authors.0.is_empty() {
                line.push(newsroom.by[0], false);
                line.push(authors.0, authors.1);
                line.push(newsroom.by[1], false);
            }
            line.push(sentences.comma, false);
            line.push(&date_in_words(&source.date, lang), false);
        }
        None => {
            if !authors.0.is_empty() {
                line.push(authors.0, authors.1);
                line.push(sentences.comma, false);
            }
            line.push(open, false);
            line.push(headline.0, headline.1);
            line.push(close, false);
            line.push(sentences.comma, false);
            line.push(outlet.0, outlet.1);
            line.push(sentences.comma, false);
            line.push(&source.date, false);
        }
    }
    (line.text, line.foreign)
}

/// A `YYYY-MM-DD` date (as the checker holds the source's) by `lang`'s template of a day in a
/// sentence: `2021年3月10日`.
fn date_in_words(date: &str, lang: Lang) -> String {
    // The number without its leading zero: `03` is 3.
    let part = |from: usize| {
        let digits = date.get(from..from + 2).unwrap_or_default();
        match digits.as_bytes() {
            [b'0', _] => digits.get(1..).unwrap_or_default(),
            _ => digits,
        }
    };
    fill(
        table(lang).periods.day[1],
        &[
            ("y", date.get(..4).unwrap_or_default()),
            ("n", part(5)),
            ("d", part(8)),
        ],
    )
}

/// A source line being written, with the runs in the article's language where the line's is
/// another.
struct SourceLine {
    text: String,
    foreign: Vec<(usize, usize, Lang)>,
    lang: Lang,
}

impl SourceLine {
    /// Adds `piece`; `as_given` when it is the article's own words, in its language.
    fn push(&mut self, piece: &str, as_given: bool) {
        if as_given && self.lang != ARTICLE_LANG && !piece.is_empty() {
            let start = self.text.encode_utf16().count();
            let end = start + piece.encode_utf16().count();
            self.foreign.push((start, end, ARTICLE_LANG));
        }
        self.text.push_str(piece);
    }
}

/// The note under a chart in a language with a newsroom table (Chinese), where the view writes
/// an article's approximate number in words or shows a value derived from the article's:
/// `注：“约”“近”“超”为报道原文约数；2016年博士人数系据报道推算`. Each word only where a
/// figure uses it, each derived figure by its label. None in other languages, whose signs the
/// legend explains and whose derived values its hatching does.
pub fn approximation_note(view: &View, lang: Lang) -> Option<String> {
    let newsroom = language::newsroom(lang)?;
    let [intro, open, close, words_are, derived_are, and] = newsroom.note;
    let mut note = String::new();
    for qualifier in [Qualifier::About, Qualifier::Nearly, Qualifier::MoreThan] {
        if view
            .figures
            .iter()
            .any(|figure| figure.qualifier == qualifier)
        {
            note.push_str(open);
            note.push_str(qualifier_mark(qualifier, lang));
            note.push_str(close);
        }
    }
    if !note.is_empty() {
        note.push_str(words_are);
    }
    let mut first = true;
    for figure in &view.figures {
        if let Provenance::Derived { .. } = figure.provenance {
            note.push_str(match (first, note.is_empty()) {
                (true, true) => "",
                (true, false) => and,
                (false, _) => table(lang).sentences.and,
            });
            note.push_str(figure.label.get(lang));
            first = false;
        }
    }
    if note.is_empty() {
        return None;
    }
    if !first {
        note.push_str(derived_are);
    }
    Some(format!("{intro}{note}"))
}

/// What a screen reader hears as the chart's description: each figure in words, once. The
/// view's title is the chart's name, so it is not repeated here.
pub fn summary(view: &View, lang: Lang) -> String {
    let sentences = &table(lang).sentences;
    let (separator, end) = (sentences.separator, sentences.stop);
    let parts: Vec<String> = view
        .figures
        .iter()
        .map(|figure| figure_in_words(figure, lang))
        .collect();
    let figures = format!("{}{end}", crate::strings::join(&parts, separator));
    // The subtitle says what the figures are of (the place, the date, how to read the bars):
    // only drawn, a screen reader would never hear it (issue 24). It follows the figures.
    match &view.subtitle {
        Some(subtitle) => {
            let subtitle = subtitle.get(lang);
            // By its last char, not a char-array pattern (core's searcher, in the wasm).
            let ended = subtitle
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, '.' | '。' | '!' | '?' | '！' | '？'));
            let stop = if ended { "" } else { end };
            format!("{figures}{}{subtitle}{stop}", sentences.space)
        }
        None => figures,
    }
}

/// The chart's description: its figures and subtitle ([`summary`]), then how to explore it.
pub fn description(view: &View, lang: Lang) -> String {
    let mut description = summary(view, lang);
    description.push_str(table(lang).sentences.space);
    description.push_str(&explore_hint(view.figures.len(), lang));
    description
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_description_ends_with_the_subtitle() -> Result<(), Box<dyn std::error::Error>> {
        let model = crate::model::Model::from_json_str(crate::model::DEFAULT_DOCUMENT)?;
        let view = &model.views[0];
        let en = summary(view, Lang::En);
        assert!(
            en.ends_with(". Companies in Pingshan District, as of the third quarter of 2020."),
            "{en}"
        );
        assert!(summary(view, Lang::Zh).ends_with("。坪山区企业数量，截至2020年第三季度。"));
        Ok(())
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
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

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_description_says_once_how_to_explore() -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        let talent = &model.views[2];
        let en = description(talent, Lang::En);
        assert!(
            en.ends_with(". Use the arrow keys to move between the 5 figures."),
            "{en}"
        );
        assert_eq!(en.matches("arrow keys").count(), 1);
        let zh = description(talent, Lang::Zh);
        assert!(zh.ends_with("。用方向键在这5项数据之间移动。"), "{zh}");
        // The title is the chart's name: the description does not say it again.
        for view in &model.views {
            for lang in [Lang::En, Lang::Zh] {
                assert!(!description(view, lang).contains(view.title.get(lang)));
            }
        }
        assert_eq!(
            explore_hint(1, Lang::En),
            "Use the arrow keys to hear its figure."
        );
        Ok(())
    }

    /// Every string a language's tables give, by name: `Ui` destructured whole, so a field
    /// added to it fails to compile here until it is listed, then the walk's ends and the
    /// explore hints.
    #[cfg(not(target_arch = "wasm32"))]
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
            views,
            table_caption,
            reported_short,
            derived_short,
            reported_long,
            derived_long,
            quote_intro,
            reading_intro,
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
            ("views", *views),
            ("table_caption", *table_caption),
            ("reported_short", *reported_short),
            ("derived_short", *derived_short),
            ("error_title", *error_title),
            ("reported_long", *reported_long),
            ("derived_long", *derived_long),
            ("quote_intro", *quote_intro),
            ("reading_intro", *reading_intro),
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
        strings.push(("explore_hint(1)", explore_hint(1, lang)));
        strings.push(("explore_hint(5)", explore_hint(5, lang)));
        strings
    }

    /// The `{slots}` of a template, in order.
    #[cfg(not(target_arch = "wasm32"))]
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
    #[cfg(not(target_arch = "wasm32"))]
    fn every_language_gives_every_interface_string() {
        let english = table_strings(Lang::En);
        for lang in Lang::ALL {
            let strings = table_strings(lang);
            assert_eq!(strings.len(), english.len());
            for ((name, text), (_, en)) in strings.iter().zip(&english) {
                assert!(!crate::strings::is_blank(text), "{lang:?} {name} is empty");
                // In any order: each language puts them where its sentence needs them.
                let (mut given, mut wanted) = (slots(text), slots(en));
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
    #[cfg(not(target_arch = "wasm32"))]
    const SIMPLIFIED_ONLY: &str = "数据图说来这个为与时间项实际应载写区医药业产报计后发现变导线页网络误错无显该对达过长标头开属请码续边选键听动览从约万亿两归团队户锦绣东条画将并门价点读经组试齐称类输书问题杂";

    #[cfg(not(target_arch = "wasm32"))]
    fn simplified_in(text: &str) -> Vec<char> {
        text.chars()
            .filter(|c| SIMPLIFIED_ONLY.contains(*c))
            .collect()
    }

    /// Issue 23: the Traditional tables hold no Simplified character, and the Simplified ones
    /// hold some (so the list above still finds what it is for).
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn traditional_tables_are_written_in_traditional_characters() {
        for (name, text) in table_strings(Lang::Hant) {
            assert_eq!(simplified_in(&text), Vec::<char>::new(), "{name}: {text}");
        }
        let newsroom = language::newsroom(Lang::Hant).expect("a newsroom table");
        for text in newsroom
            .marks
            .iter()
            .chain(&newsroom.note)
            .chain(&newsroom.by)
            .chain([&newsroom.english_version, &newsroom.csv_header])
        {
            assert_eq!(simplified_in(text), Vec::<char>::new(), "{text}");
        }
        let simplified: String = table_strings(Lang::Zh)
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        assert!(simplified_in(&simplified).len() > 40);
    }

    /// Issue 23: the embedded document is written in Traditional Chinese too (its
    /// `languages`), in Traditional characters, Hong Kong's quotation marks and dates.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_embedded_document_speaks_traditional_chinese() -> Result<(), Box<dyn std::error::Error>>
    {
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

    #[cfg(not(target_arch = "wasm32"))]
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

    /// A change said in Traditional Chinese: its direction and points in Hong Kong's words.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn changes_are_said_in_traditional_chinese() -> Result<(), Box<dyn std::error::Error>> {
        // The UPI example's texts given as Traditional: only the words Rust writes are read.
        let text = include_str!("../../docs/examples/upi-city-unemployment-2013/doc.json")
            .replace("\"zh\":", "\"zh-Hant\":")
            .replacen(
                "\"format\": 2,",
                "\"format\": 2, \"languages\": [\"en\", \"zh-Hant\"],",
                1,
            );
        let model = Model::from_json_str(&text)?;
        let figure = |id: &str| model.figure(id).ok_or("no such figure");
        assert_eq!(
            amount_in_words(figure("atlantic_city_change")?, Lang::Hant),
            "下降4.7個百分點"
        );
        assert_eq!(
            amount_in_words(figure("danville_change")?, Lang::Hant),
            "上升2.3個百分點"
        );
        assert_eq!(
            short_value(figure("atlantic_city_change")?, Lang::Hant),
            "−4.7個百分點"
        );
        Ok(())
    }

    /// Issue 23: the source line in Chinese gives the outlets their official Chinese names,
    /// marks the headline and authors as the English version's (never translated), and writes
    /// the date as Chinese does; a Chinese headline given is an original, not marked.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_source_line_reads_as_a_chinese_newsroom_writes_it(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        let headline = &model.source.headline;
        assert_eq!(
            source_line(&model, Lang::Zh),
            format!("来源：坪山区科技创新局、坪山区融媒体中心，英文版报道《{headline}》（作者：Lin Yiying、Zhao Lu），2021年3月10日")
        );
        assert!(source_line(&model, Lang::En).ends_with(
            ", Pingshan District Science and Technology Innovation Bureau, Pingshan Financial Media Center, 2021-03-10"
        ));
        // A Chinese original given: its headline and authors, unmarked; no names for a
        // language: the outlet as the article gives it.
        let text = crate::model::DOCUMENT_AS_WRITTEN.replace(
            "\"zh\": { \"outlet\": \"坪山区科技创新局、坪山区融媒体中心\" }",
            "\"zh\": { \"headline\": \"钟南山点赞创新坪山！\", \"authors\": [\"林怡颖\"] }",
        );
        let model = Model::from_json_str(&text)?;
        assert_eq!(
            source_line(&model, Lang::Zh),
            "来源：Pingshan District Science and Technology Innovation Bureau, Pingshan Financial Media Center，《钟南山点赞创新坪山！》（作者：林怡颖），2021年3月10日"
        );
        Ok(())
    }

    /// Issue 23: in a Chinese source line the English headline and authors are marked as
    /// English (UTF-16 ranges), the outlet's Chinese name is not; nothing in an English line.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_source_line_marks_the_english_names_in_chinese() -> Result<(), Box<dyn std::error::Error>>
    {
        let model = Model::embedded()?;
        let utf16 = |text: &str, (start, end): (usize, usize)| {
            String::from_utf16_lossy(&text.encode_utf16().collect::<Vec<_>>()[start..end])
        };
        for lang in [Lang::Zh, Lang::Hant] {
            let (line, foreign) = source_parts(&model, lang);
            let marked: Vec<(String, Lang)> = foreign
                .iter()
                .map(|&(start, end, lang)| (utf16(&line, (start, end)), lang))
                .collect();
            assert_eq!(
                marked,
                [
                    (model.source.headline.clone(), Lang::En),
                    ("Lin Yiying、Zhao Lu".to_string(), Lang::En)
                ],
                "{lang:?}"
            );
        }
        assert_eq!(source_parts(&model, Lang::En).1, []);
        // An outlet without a Chinese name is marked too.
        let text = crate::model::DOCUMENT_AS_WRITTEN.replace(
            "\"zh\": { \"outlet\": \"坪山区科技创新局、坪山区融媒体中心\" },",
            "",
        );
        let model = Model::from_json_str(&text)?;
        let (line, foreign) = source_parts(&model, Lang::Zh);
        assert_eq!(
            utf16(&line, (foreign[0].0, foreign[0].1)),
            model.source.outlet
        );
        Ok(())
    }

    /// Issue 23: a Chinese chart's 注 names the approximate words its labels use (约, 近, 超,
    /// each only where used) and the values derived from the article; none in English.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn a_chinese_chart_notes_its_approximate_words_and_derived_values(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        let view = |id: &str| model.view(id).ok_or("no view");
        assert_eq!(
            approximation_note(view("talent")?, Lang::Zh).as_deref(),
            Some("注：“约”“近”“超”为报道原文约数；2016年博士人数系据报道推算")
        );
        assert_eq!(
            approximation_note(view("talent")?, Lang::Hant).as_deref(),
            Some("註：「約」「近」「超」為報道原文約數；2016年博士人數乃根據報道推算")
        );
        assert_eq!(
            approximation_note(view("output")?, Lang::Zh).as_deref(),
            Some("注：“近”“超”为报道原文约数")
        );
        assert_eq!(
            approximation_note(view("companies")?, Lang::Zh).as_deref(),
            Some("注：“超”为报道原文约数")
        );
        for view in &model.views {
            assert_eq!(approximation_note(view, Lang::En), None);
        }
        Ok(())
    }

    /// Issue 23: the one-language fixtures of the new languages, as a screen reader hears them:
    /// each figure's announcement, values in words with the qualifier where each language puts
    /// it, and the hint to explore. `_` is a no-break space.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn one_language_documents_are_said_in_their_language() -> Result<(), Box<dyn std::error::Error>>
    {
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

    /// Issue 23: a Chinese widget's CSV names its columns in Chinese, as many as English's.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_csv_header_is_in_the_widget_language() -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        let english = csv_header(Lang::En).split(',').count();
        for lang in Lang::ALL {
            let csv = csv(&model, Some("talent"), lang);
            let header = csv.lines().next().ok_or("no header")?;
            assert_eq!(header, csv_header(lang));
            assert_eq!(header.split(',').count(), english);
        }
        assert!(csv(&model, None, Lang::Zh).starts_with("视图,编号,指标,数值,"));
        assert!(csv(&model, None, Lang::Hant).starts_with("分頁,編號,指標,數值,"));
        Ok(())
    }

    #[test]
    fn csv_quotes_and_defuses_text_cells() {
        assert_eq!(csv_text("plain"), "plain");
        assert_eq!(csv_text("a, b"), "\"a, b\"");
        assert_eq!(csv_text("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_text("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_text("-1+2"), "'-1+2");
        assert_eq!(csv_text("=a,\"b\""), "\"'=a,\"\"b\"\"\"");
        assert_eq!(csv_text("“引号”，逗号"), "“引号”，逗号");
        assert_eq!(csv_text("\"\""), "\"\"\"\"\"\"");
        assert_eq!(csv_text(""), "");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn csv_names_units_and_qualifiers_as_the_document_does(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        let document: serde_json::Value = serde_json::from_str(crate::model::DEFAULT_DOCUMENT)?;
        let array = |value: &serde_json::Value| value.as_array().cloned().ok_or("not an array");
        let mut expected = Vec::new();
        for view in array(&document["views"])? {
            for figure in array(&view["figures"])? {
                expected.push((figure["unit"].clone(), figure["qualifier"].clone()));
            }
        }
        let csv = csv(&model, None, Lang::En);
        // Splits a row at the commas outside quotes (labels hold commas, and are quoted).
        let fields = |row: &str| {
            let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
            for c in row.chars() {
                match c {
                    '"' => quoted = !quoted,
                    ',' if !quoted => fields.push(std::mem::take(&mut field)),
                    _ => field.push(c),
                }
            }
            fields.push(field);
            fields
        };
        let rows: Vec<_> = csv.lines().skip(1).map(fields).collect();
        assert_eq!(rows.len(), expected.len());
        for (row, (unit, qualifier)) in rows.iter().zip(&expected) {
            assert_eq!(*unit, row[4].as_str());
            assert_eq!(*qualifier, row[6].as_str());
        }
        Ok(())
    }

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
