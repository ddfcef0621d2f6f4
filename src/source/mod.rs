//! The source check: does each figure say what its article says?
//!
//! [`check`] reads a validated [`Model`] beside the text of the article it quotes and lists,
//! each with its path, every figure
//! - whose quote is not in the article, saying where the closest passage parts from it;
//! - whose number its quote does not state (a reported figure: a derived one is ours);
//! - whose qualifier contradicts how its quote words the number;
//! - whose formula reads a figure that is derived, or no figure at all.
//!
//! These are warnings, not validation errors: a document that keeps every rule of the format
//! is drawn whatever its article says, and only its author can tell a typo from a paraphrase.
//! The editor and `check-document` show them after the errors.
//!
//! It also owns the number reader, [`numbers`]: the numbers of a text as articles write them
//! (`615`, `10,000`, `3.6`, `30%`, `30 per cent`, `5 times`, `five-fold`, `5倍`, `百分之三十`,
//! `1.2 million`, `a million`, `1.2万`, `三成`, `翻两番`), each with the hedge in front of or
//! behind it (`more than`, `nearly`, `超过`, `近`, `左右`…).
//!
//! Texts are compared after folding what a copy and paste changes without changing the words:
//! runs of Unicode white space become one space (none beside a Chinese character), every kind
//! of quote mark (straight, curly, `「」『』`, guillemets) becomes `"`, and full-width digits
//! and `％` become ASCII. Nothing else: a changed word, digit or comma is a different quote.
//!
//! Platform-independent (it runs natively and in the wasm) and small on purpose: no regular
//! expressions, no float parser, the words of the reader in tables.
//!
//! One file a concern: `numbers` is the number reader (a folder, one file for each part of a
//! stated number), `folded` finds a quote in its article, `report` is what `check-document`
//! prints, `derive` a derived figure's value for the editor; this file holds the check of each
//! figure and the warnings it gives.

mod agreement;
mod derive;
mod folded;
mod numbers;
#[cfg(not(target_arch = "wasm32"))]
mod report;

use std::fmt;

use crate::error::short_number;
use crate::error::{quote, write_problem, DataPath, Path};
use crate::model::{Figure, Lang, Model, Provenance, Qualifier, Unit};
use crate::text::{format_number, magnitude};
pub use derive::derived_value;
use folded::{find_quote, Folded};
use numbers::read_numbers;
pub use numbers::{numbers, Direction, Form, Hedge, StatedNumber};
#[cfg(not(target_arch = "wasm32"))]
pub use report::{check_document, DocumentReport};

/// One way a figure parts from its source article.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceWarning {
    pub path: Path,
    pub kind: WarningKind,
}

/// What parts a figure from its article, with what was found.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum WarningKind {
    /// The quote is not in the article, even with white space and quote marks folded.
    /// `closest` is where the passage most like it parts from it, if any passage is like it.
    QuoteNotInArticle {
        quote: String,
        closest: Option<Divergence>,
    },
    /// A reported figure whose number its quote does not state: `expected` is the value as an
    /// article writes it (`615`, `30%`, `5 times`), `found` every number the quote states, as
    /// written there with its hedge.
    NumberNotInQuote {
        expected: String,
        found: Vec<String>,
    },
    /// The quote states the figure's number, but hedged otherwise than the figure's qualifier
    /// (`more than 700` for an `exact` figure): `wording` is the number as the quote words it.
    QualifierContradicts {
        stated: Hedge,
        wording: String,
        found: Qualifier,
    },
    /// A figure's number words (`number`) that its quote does not have.
    NumberWordsNotInQuote { words: String },
    /// What a figure's quote states of its number (through its number words, or as the quote
    /// words it) and the figure does not say: another unit, value, currency or sign. `field`
    /// is the figure's field at fault; `expected` says what the quote states.
    Stated {
        field: &'static str,
        expected: String,
        found: String,
    },
    /// A figure whose `check` (a formula over the article's other figures) gives another
    /// value, or a change whose ends give another: the article disagrees with itself.
    CheckDisagrees {
        formula: String,
        computed: String,
        found: String,
    },
    /// A derived figure's formula names a figure that is itself derived (`derived: true`) or
    /// that the document does not have. The format's own rule already makes this an error, so
    /// a model read from a document never trips it; the check keeps the promise on its own.
    FormulaOperand { id: String, derived: bool },
}

/// Where a quote and the article's closest passage part: the few words around the first (or,
/// when the quote's end matches better, the last) difference, as each text writes them.
#[derive(Clone, Debug, PartialEq)]
pub struct Divergence {
    pub quote: String,
    pub article: String,
}

/// Checks every figure of `model` against `article`, the text of the article it quotes, and
/// lists what parts them in document order (per figure: quote, number, qualifier, formula).
pub fn check(model: &Model, article: &str) -> Vec<SourceWarning> {
    let article = Folded::new(article);
    let mut warnings = Vec::new();
    let root = DataPath::root();
    let views_path = root.key("views");
    for (view_index, view) in model.views.iter().enumerate() {
        let view_path = views_path.index(view_index);
        let figures_path = view_path.key("figures");
        for (figure_index, figure) in view.figures.iter().enumerate() {
            let path = figures_path.index(figure_index);
            check_figure(model, figure, &article, &path, &mut warnings);
        }
    }
    warnings
}

impl SourceWarning {
    /// The expectation as a noun phrase, like a validation error's.
    pub fn expected(&self) -> String {
        match &self.kind {
            WarningKind::QuoteNotInArticle { .. } => "the article's words".to_string(),
            WarningKind::NumberNotInQuote { expected, .. } => format!("{expected} in its quote"),
            WarningKind::QualifierContradicts {
                stated, wording, ..
            } => {
                let (fitting, note) = match stated {
                    Hedge::Exact => ("\"exact\"", ""),
                    Hedge::MoreThan => ("\"more_than\"", ""),
                    Hedge::Nearly | Hedge::About => ("\"nearly\" or \"about\"", ""),
                    Hedge::LessThan => ("an upper bound", " (no qualifier states one)"),
                };
                format!("{fitting} as its quote says {}{note}", quote(wording))
            }
            WarningKind::FormulaOperand { .. } => "the id of a reported figure".to_string(),
            WarningKind::NumberWordsNotInQuote { .. } => "number words from its quote".to_string(),
            WarningKind::Stated { expected, .. } => expected.clone(),
            WarningKind::CheckDisagrees {
                formula,
                computed,
                found,
            } => format!("{found} to agree with {formula} = {computed}"),
        }
    }

    /// What was found instead, quoted where it is text.
    pub fn found(&self) -> String {
        match &self.kind {
            WarningKind::QuoteNotInArticle {
                closest: Some(divergence),
                ..
            } => format!(
                "{} where the article has {}",
                quote(&divergence.quote),
                quote(&divergence.article)
            ),
            WarningKind::QuoteNotInArticle {
                quote: text,
                closest: None,
            } => format!("{} nowhere in the article", quote(text)),
            WarningKind::NumberNotInQuote { found, .. } if found.is_empty() => {
                "no number".to_string()
            }
            WarningKind::NumberNotInQuote { found, .. } => {
                const MAX_LISTED: usize = 6;
                let mut listed: Vec<String> = found
                    .iter()
                    .take(MAX_LISTED)
                    .map(|text| quote(text))
                    .collect();
                if found.len() > MAX_LISTED {
                    listed.push(format!("{} more", found.len() - MAX_LISTED));
                }
                listed.join(", ")
            }
            WarningKind::QualifierContradicts { found, .. } => quote(found.name()),
            WarningKind::FormulaOperand { id, derived: true } => {
                format!("{}, a derived figure", quote(id))
            }
            WarningKind::FormulaOperand { id, derived: false } => {
                format!("{}, which no figure has", quote(id))
            }
            WarningKind::NumberWordsNotInQuote { words } => {
                format!("{} nowhere in it", quote(words))
            }
            WarningKind::Stated { found, .. } => found.clone(),
            WarningKind::CheckDisagrees { found, .. } => {
                format!("{found}: the article's own figures disagree")
            }
        }
    }
}

impl fmt::Display for SourceWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_problem(f, &self.path, &self.expected(), &self.found())
    }
}

fn check_figure(
    model: &Model,
    figure: &Figure,
    article: &Folded,
    path: &DataPath,
    warnings: &mut Vec<SourceWarning>,
) {
    let folded_quote = Folded::new(&figure.quote);
    if let Err(closest) = find_quote(article, &folded_quote) {
        warnings.push(SourceWarning {
            path: path.key("quote").text(),
            kind: WarningKind::QuoteNotInArticle {
                quote: figure.quote.clone(),
                closest,
            },
        });
    }
    match &figure.provenance {
        Provenance::Reported => {
            // `元` alone is the local dollar only in a Hong Kong, Taiwan or Macau paper, which
            // writes Traditional Chinese; in a mainland one it is the yuan.
            let local_dollar = model.source.language == Lang::Hant;
            check_number(
                figure,
                model.format,
                local_dollar,
                &folded_quote,
                path,
                warnings,
            )
        }
        Provenance::Derived { formula } => {
            for id in formula.ids() {
                let derived = match model.figure(id) {
                    Some(operand) if operand.provenance == Provenance::Reported => continue,
                    Some(_) => true,
                    None => false,
                };
                warnings.push(SourceWarning {
                    path: path.key("formula").text(),
                    kind: WarningKind::FormulaOperand {
                        id: id.to_string(),
                        derived,
                    },
                });
            }
        }
    }
    agreement::check_agreement(model, figure, path, warnings);
}

/// How an article writes a figure's number: its form, and its size in that form (a rate of
/// 0.3 as 30 in `30%`, points of -4.7 as 4.7 in `fell 4.7 points`: a fall is a word and a
/// positive number).
fn written_as(figure: &Figure) -> (Form, f64) {
    let (form, factor) = Form::of(figure.unit);
    (form, figure.value.abs() * factor)
}

/// Whether a number the quote states can be the figure's: its form and size, and for money
/// its currency where the quote writes one (a count is never money).
fn fits(figure: &Figure, number: &StatedNumber, format: u32) -> bool {
    let (form, size) = written_as(figure);
    let currency_fits = match figure.unit {
        Unit::Money => number.currency.is_none() || number.states_currency(figure.currency),
        // Format 1 has no money: a sum was written as a count.
        _ => number.currency.is_none() || format == 1,
    };
    number.form == form && same_number(number.value, size) && currency_fits
}

/// A reported figure's value must be its quote's: through its number words where it names
/// them (format 2), else among the quote's numbers, in its unit's form (a rate of 0.3 as
/// `30%`, points as points, a ratio of 5 as `5 times`, money in its currency), signed as the
/// quote's verb says and hedged as its qualifier says.
fn check_number(
    figure: &Figure,
    format: u32,
    local_dollar: bool,
    folded_quote: &Folded,
    path: &DataPath,
    warnings: &mut Vec<SourceWarning>,
) {
    let mut stated = read_numbers(&folded_quote.text);
    for number in &mut stated {
        number.yuan_alone &= local_dollar;
    }
    let wording = |number: &StatedNumber| {
        folded_quote.original_text(
            folded_quote.char_index(number.range.start)..folded_quote.char_index(number.range.end),
        )
    };
    let mut warn = |field: &str, kind: WarningKind| {
        warnings.push(SourceWarning {
            path: path.key(field).text(),
            kind,
        });
    };
    let number = match &figure.number {
        Some(words) => {
            let folded_words = Folded::new(words);
            let Some(at) = crate::model::find(&folded_quote.text, &folded_words.text) else {
                warn(
                    "number",
                    WarningKind::NumberWordsNotInQuote {
                        words: words.clone(),
                    },
                );
                return;
            };
            let words_range = at..at + folded_words.text.len();
            let Some(number) = stated.iter().find(|number| {
                number.range.start < words_range.end && number.range.end > words_range.start
            }) else {
                warn(
                    "number",
                    WarningKind::Stated {
                        field: "number",
                        expected: "a number in its number words".to_string(),
                        found: quote(words),
                    },
                );
                return;
            };
            if let Some((field, expected, found)) =
                stated_otherwise(figure, number, &wording(number))
            {
                warn(
                    field,
                    WarningKind::Stated {
                        field,
                        expected,
                        found,
                    },
                );
                return;
            }
            number
        }
        None => {
            let mut matching = stated
                .iter()
                .filter(|number| fits(figure, number, format))
                .peekable();
            let Some(first) = matching.peek().copied() else {
                let (form, size) = written_as(figure);
                let expected = match form {
                    Form::Percent => format!("{}%", format_number(size)),
                    Form::Times => format!("{} times", format_number(size)),
                    _ => magnitude(size, figure.unit, figure.currency, Lang::En, true),
                };
                warn(
                    "value",
                    WarningKind::NumberNotInQuote {
                        expected,
                        found: stated
                            .iter()
                            .filter(|number| number.form != Form::Ordinal)
                            .map(wording)
                            .collect(),
                    },
                );
                return;
            };
            if let Some(allowed) = matching
                .clone()
                .find(|number| number.hedge.allows(figure.qualifier))
            {
                allowed
            } else {
                warn(
                    "qualifier",
                    WarningKind::QualifierContradicts {
                        stated: first.hedge,
                        wording: wording(first),
                        found: figure.qualifier,
                    },
                );
                return;
            }
        }
    };
    if let Some(direction) = number.direction {
        let (negative, verb) = match direction {
            Direction::Down => (true, "fell"),
            Direction::Up => (false, "rose"),
        };
        if figure.value != 0.0 && (figure.value < 0.0) != negative {
            let sign = if negative { "negative" } else { "positive" };
            warn(
                "value",
                WarningKind::Stated {
                    field: "value",
                    expected: format!(
                        "a {sign} value, as its quote says the number {verb} ({})",
                        quote(&wording(number))
                    ),
                    found: short_number(figure.value),
                },
            );
            return;
        }
    }
    if figure.number.is_some() && !number.hedge.allows(figure.qualifier) {
        warn(
            "qualifier",
            WarningKind::QualifierContradicts {
                stated: number.hedge,
                wording: wording(number),
                found: figure.qualifier,
            },
        );
    }
}

/// Where the number a figure's words state is not the figure's: the field at fault, what the
/// words state and what the figure says instead.
fn stated_otherwise(
    figure: &Figure,
    number: &StatedNumber,
    wording: &str,
) -> Option<(&'static str, String, String)> {
    let (form, size) = written_as(figure);
    let said = |what: String| format!("{what} as its number words {} state", quote(wording));
    if number.form != form {
        let unit = match number.form {
            Form::Plain if number.currency.is_some() => "\"money\"",
            Form::Plain => "\"count\" or \"money\"",
            Form::Percent => "\"rate\" or \"share\"",
            Form::Points => "\"points\"",
            Form::Times => "\"ratio\"",
            Form::Ordinal => "a unit that is not a rank (the words are a place in an order)",
        };
        return Some(("unit", said(unit.to_string()), quote(figure.unit.name())));
    }
    if let (Some(stated), Unit::Money) = (number.currency, figure.unit) {
        if !number.states_currency(figure.currency) {
            let found = figure.currency_code();
            let stated = if number.yuan_alone {
                "\"CNY\" (or, in Hong Kong, Taiwan or Macau, \"HKD\", \"TWD\" or \"MOP\")"
                    .to_string()
            } else {
                quote(stated.code())
            };
            return Some(("currency", said(stated), quote(found)));
        }
    }
    if number.currency.is_some() && figure.unit != Unit::Money {
        return Some((
            "unit",
            said("\"money\"".to_string()),
            quote(figure.unit.name()),
        ));
    }
    if !same_number(number.value, size) {
        let in_units = number.value / Form::of(figure.unit).1;
        let currency = number.currency.or(figure.currency);
        let write = |value: f64| magnitude(value, figure.unit, currency, Lang::En, true);
        let ratio = number.value / size;
        let scale_apart =
            size > 0.0 && ratio.is_finite() && (ratio >= 999.0 || ratio <= 1.0 / 999.0) && {
                let exponent = ratio.log10();
                (exponent - exponent.round()).abs() < 1e-6
            };
        let found = if scale_apart {
            format!("{} (a scale apart)", write(size))
        } else {
            write(size)
        };
        return Some(("value", said(write(in_units)), found));
    }
    None
}

/// Equal but for the rounding of `0.3 * 100`.
fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// A formula over a derived figure is a validation error, so no model read from a document
    /// has one; this changes a valid model by hand to reach the check's own test of it.
    #[test]
    fn formulas_over_derived_or_absent_figures_are_named() -> Result<(), Box<dyn std::error::Error>>
    {
        use crate::model::Formula;
        let mut model = Model::embedded()?;
        let formula = Formula::parse("doctorates_2016 * nobody")?;
        model.views[0].figures[0].provenance = Provenance::Derived { formula };
        let warnings: Vec<String> = check(&model, "")
            .iter()
            .filter(|warning| warning.path.to_string().ends_with("formula"))
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            warnings,
            [
                "views[0].figures[0].formula: expected the id of a reported figure, found \
                 \"doctorates_2016\", a derived figure",
                "views[0].figures[0].formula: expected the id of a reported figure, found \
                 \"nobody\", which no figure has",
            ]
        );
        Ok(())
    }
}
