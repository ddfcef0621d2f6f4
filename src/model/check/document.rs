//! The document's own rules: its languages, its source (with its names in each language),
//! and what holds across its views: ids unique in the document, and derived figures computed
//! from reported ones by a formula whose value they match.

use super::checker::Checker;
use super::layout::check_periods_compared;
use crate::error::{quote, short_number, DataPath, ErrorKind};
use crate::model::limits::{DERIVED_TOLERANCE, MAX_AUTHORS, MAX_AUTHOR_CHARS, MAX_LABEL_CHARS};
use crate::model::read::{RawSource, RawSourceNames};
use crate::model::types::{Figure, Lang, Provenance, Sealed, Source, SourceNames, View};

/// The document's languages, its first the default: each a code the widget speaks, none
/// twice, at least one. Without the field (and in format 1), English and Simplified Chinese.
pub(super) fn check_languages(
    check: &mut Checker,
    path: &DataPath,
    raw: Option<Vec<String>>,
) -> Vec<Lang> {
    let Some(codes) = raw else {
        return Lang::DEFAULT.to_vec();
    };
    if codes.is_empty() {
        check.rule(
            *path,
            format!("at least one language ({})", known_codes()),
            "none",
        );
    }
    let mut languages: Vec<Lang> = Vec::new();
    for (index, code) in codes.iter().enumerate() {
        let Some(lang) = language_code(check, path.index(index), code) else {
            continue;
        };
        if languages.contains(&lang) {
            check.rule(path.index(index), "each language once", quote(code));
        } else {
            languages.push(lang);
        }
    }
    if languages.is_empty() {
        languages = Lang::DEFAULT.to_vec();
    }
    languages
}

/// The codes of [`Lang::ALL`], quoted, as the messages list them.
fn known_codes() -> String {
    let known: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| format!("\"{}\"", lang.code()))
        .collect();
    crate::strings::join(&known, ", ")
}

/// The language a code names, or a problem at `path`: a reader's tag for a language the
/// widget speaks (`pt-BR`, `zh-HK`, `FR`) names the code to write instead.
fn language_code(check: &mut Checker, path: DataPath, code: &str) -> Option<Lang> {
    let lang = Lang::from_code(code);
    if lang.is_none() {
        let found = match Lang::from_tag(code) {
            Some(lang) => format!("{} (write \"{}\")", quote(code), lang.code()),
            None => quote(code),
        };
        check.rule(
            path,
            format!("a language the widget speaks ({})", known_codes()),
            found,
        );
    }
    lang
}

pub(super) fn check_source(check: &mut Checker, path: &DataPath, raw: RawSource) -> Source {
    check.text(path.key("headline"), &raw.headline, MAX_LABEL_CHARS);
    check.text(path.key("outlet"), &raw.outlet, MAX_LABEL_CHARS);
    if raw.authors.len() > MAX_AUTHORS {
        check.rule(
            path.key("authors"),
            format!("at most {MAX_AUTHORS} authors"),
            format!("{}", raw.authors.len()),
        );
    }
    for (index, author) in raw.authors.iter().enumerate() {
        check.text(path.key("authors").index(index), author, MAX_AUTHOR_CHARS);
    }
    if !is_iso_date(&raw.date) {
        check.rule(path.key("date"), "a date as YYYY-MM-DD", quote(&raw.date));
    }
    // The article's language: English where the document does not say (every format 1
    // document, and format 2 ones written before `language`).
    let language = match &raw.language {
        Some(code) => language_code(check, path.key("language"), code).unwrap_or(Lang::En),
        None => Lang::En,
    };
    let names = raw
        .names
        .unwrap_or_default()
        .into_iter()
        .map(|names| check_source_names(check, path, names))
        .collect();
    Source {
        headline: raw.headline,
        authors: raw.authors,
        date: raw.date,
        outlet: raw.outlet,
        names,
        language,
        _sealed: Sealed,
    }
}

/// A source's names in one language: each as bounded as the one it stands for, and at least
/// one given.
fn check_source_names(check: &mut Checker, source: &DataPath, raw: RawSourceNames) -> SourceNames {
    let names = source.key("names");
    let path = &names.key(raw.lang.code());
    if raw.outlet.is_none() && raw.headline.is_none() && raw.authors.is_none() {
        check.rule(
            *path,
            "at least one of `outlet`, `headline` or `authors`",
            "none".to_string(),
        );
    }
    if let Some(outlet) = &raw.outlet {
        check.text(path.key("outlet"), outlet, MAX_LABEL_CHARS);
    }
    if let Some(headline) = &raw.headline {
        check.text(path.key("headline"), headline, MAX_LABEL_CHARS);
    }
    if let Some(authors) = &raw.authors {
        if authors.len() > MAX_AUTHORS {
            check.rule(
                path.key("authors"),
                format!("at most {MAX_AUTHORS} authors"),
                format!("{}", authors.len()),
            );
        }
        for (index, author) in authors.iter().enumerate() {
            check.text(path.key("authors").index(index), author, MAX_AUTHOR_CHARS);
        }
    }
    SourceNames {
        lang: raw.lang,
        outlet: raw.outlet,
        headline: raw.headline,
        authors: raw.authors,
        _sealed: Sealed,
    }
}

fn is_iso_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    // The two digits at `at` as a number, read by hand: `str::parse` would link integer parsing
    // into the wasm for this alone. Only called once every digit is known to be one.
    let two_digits = |at: usize| (bytes[at] - b'0') * 10 + (bytes[at + 1] - b'0');
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
        && (1..=12).contains(&two_digits(5))
        && (1..=31).contains(&two_digits(8))
}

pub(super) fn check_ids(check: &mut Checker, views: &[View], positions: &[Vec<usize>]) {
    // Linear look-ups: documents hold at most a few hundred ids, and a hash map would add its
    // code to the wasm for nothing.
    let mut view_ids: Vec<&str> = Vec::new();
    let mut figure_ids: Vec<&str> = Vec::new();
    let root = DataPath::root();
    let views_path = root.key("views");
    for ((view_index, view), kept) in views.iter().enumerate().zip(positions) {
        let view_path = views_path.index(view_index);
        if view_ids.contains(&view.id.as_str()) {
            check.push(
                view_path.key("id"),
                ErrorKind::DuplicateId {
                    id: view.id.clone(),
                },
            );
        }
        view_ids.push(&view.id);
        for (&figure_index, figure) in kept.iter().zip(&view.figures) {
            if figure_ids.contains(&figure.id.as_str()) {
                check.push(
                    view_path.key("figures").index(figure_index).key("id"),
                    ErrorKind::DuplicateId {
                        id: figure.id.clone(),
                    },
                );
            }
            figure_ids.push(&figure.id);
        }
    }
}

/// Derived figures are computed from reported ones only, so there are no chains or cycles, and
/// the value written in the document must be what the formula gives (within rounding). A
/// check names figures of the document other than its own.
pub(super) fn check_formulas(
    check: &mut Checker,
    views: &[View],
    positions: &[Vec<usize>],
    declared: &[(String, bool)],
) {
    let reported: Vec<&Figure> = views
        .iter()
        .flat_map(|view| view.figures.iter())
        .filter(|figure| figure.provenance == Provenance::Reported)
        .collect();
    let value_of = |id: &str| {
        reported
            .iter()
            .find(|figure| figure.id == id)
            .map_or(f64::NAN, |figure| figure.value)
    };
    let root = DataPath::root();
    let views_path = root.key("views");
    for ((view_index, view), kept) in views.iter().enumerate().zip(positions) {
        let view_path = views_path.index(view_index);
        let figures_path = view_path.key("figures");
        for (&figure_index, figure) in kept.iter().zip(&view.figures) {
            let path = figures_path.index(figure_index);
            if let Some(formula) = &figure.check {
                for id in formula.ids() {
                    if id == figure.id || !declared.iter().any(|(known, _)| known == id) {
                        check.rule(
                            path.key("check"),
                            "the ids of the document's other figures",
                            quote(id),
                        );
                    }
                }
            }
            let Provenance::Derived { formula } = &figure.provenance else {
                continue;
            };
            let mut all_known = true;
            for id in formula.ids() {
                if !declared
                    .iter()
                    .any(|(known, reported)| known == id && *reported)
                {
                    check.push(
                        path.key("formula"),
                        ErrorKind::UnknownId { id: id.to_string() },
                    );
                }
                // A declared figure that failed its own checks has its error already.
                all_known &= reported.iter().any(|known| known.id == id);
            }
            if !all_known {
                continue;
            }
            check_periods_compared(check, &path, formula, &reported);
            let formula_value = formula.evaluate(&value_of);
            if !formula_value.is_finite() {
                let found = short_number(formula_value);
                check.push(
                    path.key("formula"),
                    ErrorKind::BadFormula {
                        expected: "a formula with a finite value".to_string(),
                        found: format!("{found} (a division by zero?)"),
                    },
                );
                continue;
            }
            // The floor keeps a tolerance for a formula worth 0.
            let tolerance = DERIVED_TOLERANCE * formula_value.abs().max(1e-9);
            if (figure.value - formula_value).abs() > tolerance {
                check.push(
                    path.key("value"),
                    ErrorKind::FormulaMismatch {
                        formula_value,
                        found: figure.value,
                    },
                );
            }
        }
    }
}
