//! The rules of one figure: its mark in its view's layout, its unit, currency and value, its
//! words (label, note, number words, reading), its period and its provenance.

use super::Checker;
use crate::decimal::scientific;
use crate::error::{quote, short_number, DataPath, ErrorKind};
use crate::model::formula::Formula;
use crate::model::limits::{
    MAX_AS_OF_CHARS, MAX_COUNT, MAX_LABEL_CHARS, MAX_MONEY, MAX_NUMBER_CHARS, MAX_POINTS,
    MAX_QUOTE_CHARS, MAX_RATE, MAX_RATIO, MAX_READING_CHARS, MAX_UNIT_LABEL_CHARS,
};
use crate::model::period::Period;
use crate::model::read::RawFigure;
use crate::model::types::{
    count_slots, Currency, Figure, MarkKind, Provenance, Qualifier, Sealed, Unit, ViewLayout,
};

/// Every mark with its name in the data format; format 1 knows the first three.
const MARKS: [(&str, MarkKind); 5] = [
    ("bar", MarkKind::Bar),
    ("share", MarkKind::Share),
    ("note", MarkKind::Note),
    ("whole", MarkKind::Whole),
    ("change", MarkKind::Change),
];

/// The marks each layout draws.
fn marks_of(layout: ViewLayout) -> &'static [MarkKind] {
    match layout {
        ViewLayout::Bars | ViewLayout::Nested => &[MarkKind::Bar, MarkKind::Share, MarkKind::Note],
        ViewLayout::Columns | ViewLayout::Line => &[MarkKind::Bar, MarkKind::Note],
        ViewLayout::Stacked => &[MarkKind::Bar, MarkKind::Whole, MarkKind::Note],
        ViewLayout::Change => &[MarkKind::Bar, MarkKind::Change, MarkKind::Note],
    }
}

/// Checks one figure, in a view of `layout` (unknown when the view's own is wrong), and builds
/// it when it keeps every rule of its own.
pub(super) fn check_figure(
    check: &mut Checker,
    path: &DataPath,
    raw: RawFigure,
    layout: Option<ViewLayout>,
) -> Option<Figure> {
    let n_errors_before = check.errors.len();
    let format_1 = check.format == 1;
    check.id(path.key("id"), &raw.id);
    let marks = if format_1 { &MARKS[..3] } else { &MARKS[..] };
    let mark = check.one_of(path.key("mark"), &raw.mark, marks);
    if let (Some(mark), Some(layout)) = (mark, layout) {
        if !marks_of(layout).contains(&mark) {
            let names: Vec<String> = marks_of(layout)
                .iter()
                .filter_map(|kind| MARKS.iter().find(|(_, known)| known == kind))
                .map(|(name, _)| format!("\"{name}\""))
                .collect();
            check.rule(
                path.key("mark"),
                format!(
                    "a mark of this view's layout ({})",
                    crate::strings::join(&names, ", ")
                ),
                quote(&raw.mark),
            );
        }
    }
    if let Some(group) = &raw.group {
        check.id(path.key("group"), group);
    }
    let label = check.texts(&path.key("label"), raw.label, MAX_LABEL_CHARS);
    let note = raw
        .note
        .map(|note| check.texts(&path.key("note"), note, MAX_LABEL_CHARS));
    let units = if format_1 {
        &Unit::NAMES[..4]
    } else {
        &Unit::NAMES[..]
    };
    let unit = check.one_of(path.key("unit"), &raw.unit, units);
    let unit_label = raw
        .unit_label
        .map(|unit_label| check.texts(&path.key("unit_label"), unit_label, MAX_UNIT_LABEL_CHARS));
    let currency = check_currency(check, path, raw.currency.as_deref(), unit);
    let change = check_change(check, path, raw.change, unit);
    let qualifier = check.one_of(path.key("qualifier"), &raw.qualifier, &Qualifier::NAMES);
    check.text(path.key("as_of"), &raw.as_of, MAX_AS_OF_CHARS);
    let period = Period::parse(&raw.as_of);
    if period.is_none() && matches!(layout, Some(ViewLayout::Columns | ViewLayout::Line)) {
        check.rule(
            path.key("as_of"),
            "a period such as 2018, 2018-H1, 2020-Q3, 2018-06, 2018-06-30 or 2014/2017 (a \
             time layout places each figure at its period)",
            quote(&raw.as_of),
        );
    }
    check.text(path.key("quote"), &raw.quote, MAX_QUOTE_CHARS);
    let reading = raw
        .reading
        .map(|reading| check.texts(&path.key("reading"), reading, MAX_READING_CHARS));

    // `+ 0.0` turns -0 into 0, so it never prints as "-0".
    let value = raw.value + 0.0;
    if let Some(unit) = unit {
        check_value(check, path.key("value"), value, unit, change, mark, layout);
        if unit == Unit::Count && unit_label.is_none() {
            check.missing(path.key("unit_label"), "a value (what is counted)");
        }
    }
    if mark == Some(MarkKind::Share) && unit.is_some_and(|unit| unit != Unit::Share) {
        check.rule(
            path.key("unit"),
            "\"share\" for a share mark",
            quote(&raw.unit),
        );
    }
    match (&note, mark) {
        (None, Some(MarkKind::Note)) => {
            check.missing(path.key("note"), "a value (the sentence to draw)");
        }
        (Some(note), _) => {
            // In the document's languages only: another holds one of their texts.
            for &lang in &check.languages.clone() {
                let n_slots = count_slots(note.get(lang));
                if n_slots != 1 {
                    check.rule(
                        path.key("note").key(lang.code()),
                        "a sentence with {value} once",
                        format!("{n_slots} {{value}}"),
                    );
                }
            }
        }
        _ => {}
    }
    let ends = check_ends(check, path, raw.from, raw.to, mark);

    let provenance = check_provenance(check, path, &raw.kind, raw.formula);
    let number = check_number_words(check, path, raw.number, &raw.kind);
    let check_formula = raw.check.and_then(|text| {
        if raw.kind != "reported" {
            check.rule(
                path.key("check"),
                "no check on a derived figure (its formula is checked already)",
                "a check",
            );
        }
        parse_formula(check, path.key("check"), &text)
    });

    if check.errors.len() > n_errors_before {
        return None;
    }
    let (Some(unit), Some(mark), Some(qualifier), Some(provenance)) =
        (unit, mark, qualifier, provenance)
    else {
        return None;
    };
    Some(Figure {
        id: raw.id,
        mark,
        group: raw.group,
        label,
        note,
        value,
        unit,
        unit_label,
        currency,
        change: change || unit == Unit::Points || mark == MarkKind::Change,
        qualifier,
        as_of: raw.as_of,
        period,
        provenance,
        quote: raw.quote,
        number,
        check: check_formula,
        reading,
        ends,
        _sealed: Sealed,
    })
}

/// Money has a currency, and nothing else has one.
fn check_currency(
    check: &mut Checker,
    path: &DataPath,
    raw: Option<&str>,
    unit: Option<Unit>,
) -> Option<Currency> {
    match (raw, unit) {
        (Some(code), Some(Unit::Money)) => {
            check.one_of(path.key("currency"), code, &Currency::CODES)
        }
        (None, Some(Unit::Money)) => {
            check.missing(
                path.key("currency"),
                "a value (an ISO 4217 code: \"CNY\", \"USD\", …)",
            );
            None
        }
        (Some(code), Some(_)) => {
            check.rule(
                path.key("currency"),
                "no currency but for money (unit \"money\")",
                quote(code),
            );
            None
        }
        _ => None,
    }
}

/// `change` is for a count, a sum of money or a rate; points are a change already.
fn check_change(
    check: &mut Checker,
    path: &DataPath,
    raw: Option<bool>,
    unit: Option<Unit>,
) -> bool {
    let change = raw.unwrap_or(false);
    match unit {
        Some(Unit::Share | Unit::Ratio) if change => {
            let found = unit.map_or("", Unit::name);
            check.rule(
                path.key("change"),
                "no change for a share or a ratio (a change of a share is in \"points\")",
                format!("a change of a {found}"),
            );
            false
        }
        Some(Unit::Points) if raw == Some(false) => {
            check.rule(
                path.key("change"),
                "true or nothing for points, which are a change",
                "false",
            );
            false
        }
        _ => change,
    }
}

fn check_value(
    check: &mut Checker,
    path: DataPath,
    value: f64,
    unit: Unit,
    change: bool,
    mark: Option<MarkKind>,
    layout: Option<ViewLayout>,
) {
    // A bar cannot be shorter than nothing in format 1 and in a nested view (whose bars are
    // parts of each other), nor a part of a whole; elsewhere a bar may fall left of zero.
    let unsigned_bar = mark == Some(MarkKind::Bar)
        && (check.format == 1 || matches!(layout, Some(ViewLayout::Nested | ViewLayout::Stacked)));
    let (in_range, expected) = match unit {
        Unit::Count if change => (
            value.abs() <= MAX_COUNT,
            format!("a change of a count within ±{}", scientific(MAX_COUNT)),
        ),
        Unit::Count => (
            (0.0..=MAX_COUNT).contains(&value),
            format!("a count from 0 to {}", scientific(MAX_COUNT)),
        ),
        Unit::Money if change => (
            value.abs() <= MAX_MONEY,
            format!("a change of money within ±{}", scientific(MAX_MONEY)),
        ),
        Unit::Money => (
            (0.0..=MAX_MONEY).contains(&value),
            format!(
                "a sum of money from 0 to {} (a fall is a change: \"change\": true)",
                scientific(MAX_MONEY)
            ),
        ),
        Unit::Share => (
            (0.0..=1.0).contains(&value),
            "a share from 0 to 1".to_string(),
        ),
        Unit::Rate if unsigned_bar => (
            (0.0..=MAX_RATE).contains(&value),
            format!("a rate from 0 to {} for a bar", short_number(MAX_RATE)),
        ),
        Unit::Rate => (
            (-1.0..=MAX_RATE).contains(&value),
            format!("a rate from -1 to {}", short_number(MAX_RATE)),
        ),
        Unit::Ratio => (
            value > 0.0 && value <= MAX_RATIO,
            format!("a ratio above 0, at most {}", scientific(MAX_RATIO)),
        ),
        Unit::Points if unsigned_bar => (
            (0.0..=MAX_POINTS).contains(&value),
            format!(
                "points from 0 to {} for a bar of this layout",
                short_number(MAX_POINTS)
            ),
        ),
        Unit::Points => (
            value.abs() <= MAX_POINTS,
            format!("points within ±{}", short_number(MAX_POINTS)),
        ),
    };
    if !value.is_finite() {
        check.push(
            path,
            ErrorKind::OutOfRange {
                expected: format!("a finite number ({expected})"),
                found: value,
            },
        );
    } else if !in_range {
        check.push(
            path,
            ErrorKind::OutOfRange {
                expected,
                found: value,
            },
        );
    }
}

/// A change mark goes from one figure to another; no other mark has ends.
fn check_ends(
    check: &mut Checker,
    path: &DataPath,
    from: Option<String>,
    to: Option<String>,
    mark: Option<MarkKind>,
) -> Option<(String, String)> {
    if mark == Some(MarkKind::Change) {
        for (name, end) in [("from", &from), ("to", &to)] {
            match end {
                Some(id) => check.id(path.key(name), id),
                None => check.missing(path.key(name), "a value (the id of a bar of the view)"),
            }
        }
        if from.is_some() && from == to {
            check.rule(
                path.key("to"),
                "another figure than \"from\"",
                quote(to.as_deref().unwrap_or_default()),
            );
        }
        return from.zip(to);
    }
    for (name, end) in [("from", &from), ("to", &to)] {
        if let Some(id) = end {
            check.rule(path.key(name), "no ends but for a change mark", quote(id));
        }
    }
    None
}

fn check_provenance(
    check: &mut Checker,
    path: &DataPath,
    kind: &str,
    formula: Option<String>,
) -> Option<Provenance> {
    match (kind, formula) {
        ("reported", None) => Some(Provenance::Reported),
        ("reported", Some(_)) => {
            check.rule(
                path.key("formula"),
                "no formula for a reported figure",
                "a formula",
            );
            None
        }
        ("derived", Some(formula)) => parse_formula(check, path.key("formula"), &formula)
            .map(|formula| Provenance::Derived { formula }),
        ("derived", None) => {
            check.missing(path.key("formula"), "a formula over reported ids");
            None
        }
        (other, _) => {
            check.rule(
                path.key("kind"),
                "one of \"reported\", \"derived\"",
                quote(other),
            );
            None
        }
    }
}

fn parse_formula(check: &mut Checker, path: DataPath, text: &str) -> Option<Formula> {
    match Formula::parse(text) {
        Ok(formula) => Some(formula),
        Err(expected) => {
            check.push(
                path,
                ErrorKind::BadFormula {
                    expected,
                    found: quote(text),
                },
            );
            None
        }
    }
}

/// A reported figure of format 2 names the words of its quote its number came from; a derived
/// figure's number is ours, so it names none.
fn check_number_words(
    check: &mut Checker,
    path: &DataPath,
    number: Option<String>,
    kind: &str,
) -> Option<String> {
    match (&number, kind) {
        (None, "reported") if check.format >= 2 => check.missing(
            path.key("number"),
            "a value (the words of the quote its number comes from, such as \"4.7 \
             percentage points\")",
        ),
        (Some(words), "reported") => check.text(path.key("number"), words, MAX_NUMBER_CHARS),
        (Some(_), "derived") => check.rule(
            path.key("number"),
            "no number words for a derived figure (its number is computed, not quoted)",
            "number words",
        ),
        _ => {}
    }
    number
}
