//! The checker: every rule of the data format, applied to the `Raw*` document to build the
//! validated [`Model`].
//!
//! Problems are collected, not returned at the first, so an editor sees them all at once: a
//! rule broken in one figure does not hide one in the next. The model is built only when none
//! is broken, which is what makes its invariants hold (see the module doc of
//! [`crate::model`]).

use super::formula::{is_id, Formula};
use super::limits::{
    DERIVED_TOLERANCE, FORMAT, MAX_AS_OF_CHARS, MAX_AUTHORS, MAX_AUTHOR_CHARS, MAX_COUNT,
    MAX_FIGURES_CHECKED_PER_VIEW, MAX_FIGURES_PER_VIEW, MAX_GROUPS, MAX_ID_CHARS, MAX_LABEL_CHARS,
    MAX_LEGEND_CHARS, MAX_QUOTE_CHARS, MAX_RATE, MAX_RATIO, MAX_TAB_CHARS, MAX_UNIT_LABEL_CHARS,
    MAX_VIEWS,
};
use super::read::{RawDocument, RawFigure, RawGroup, RawSource, RawText, RawView};
use super::types::{
    count_slots, Figure, Group, MarkKind, Model, Provenance, Qualifier, Sealed, Source, Text, Unit,
    View, ViewLayout,
};
use crate::decimal::scientific;
use crate::error::{quote, short_number, DataPath, ErrorKind, ValidationError, ValidationErrors};

impl Model {
    /// Builds the model from a raw document, checking every rule of the format.
    pub(super) fn from_raw(raw: RawDocument) -> Result<Model, ValidationErrors> {
        let mut check = Checker { errors: Vec::new() };
        let root = DataPath::root();

        if raw.format != f64::from(FORMAT) {
            check.rule(
                root.key("format"),
                format!("format {FORMAT}"),
                short_number(raw.format),
            );
        }
        let title = check.texts(&root.key("title"), raw.title, MAX_LABEL_CHARS);
        let source = check_source(&mut check, &root.key("source"), raw.source);

        let views_path = root.key("views");
        if raw.views.is_empty() || raw.views.len() > MAX_VIEWS {
            check.rule(
                views_path.clone(),
                format!("1 to {MAX_VIEWS} views"),
                format!("{} views", raw.views.len()),
            );
        }
        // Ids of figures declared reported, valid or not, so a formula naming a figure that
        // failed its own checks is not also reported as naming an unknown id.
        let declared_reported: Vec<String> = raw
            .views
            .iter()
            .flat_map(|view| view.figures.iter())
            .filter(|figure| figure.kind == "reported")
            .map(|figure| figure.id.clone())
            .collect();
        let mut views = Vec::with_capacity(raw.views.len());
        // Where each figure kept stands in the document: a figure that failed its own checks
        // is left out of its view, and the rules after it must still name the right place.
        let mut positions = Vec::with_capacity(raw.views.len());
        for (view_index, raw_view) in raw.views.into_iter().enumerate() {
            let (view, kept) = check_view(&mut check, &views_path.index(view_index), raw_view);
            views.push(view);
            positions.push(kept);
        }

        check_ids(&mut check, &views, &positions);
        check_formulas(&mut check, &views, &positions, &declared_reported);

        if check.errors.is_empty() {
            Ok(Model {
                title,
                source,
                views,
                _sealed: Sealed,
            })
        } else {
            Err(ValidationErrors(check.errors))
        }
    }
}

/// Collects problems while the model is built, so the editor sees all of them at once.
struct Checker {
    errors: Vec<ValidationError>,
}

impl Checker {
    fn push(&mut self, path: DataPath, kind: ErrorKind) {
        self.errors.push(ValidationError::new(path, kind));
    }

    fn rule(&mut self, path: DataPath, expected: impl Into<String>, found: impl Into<String>) {
        self.push(
            path,
            ErrorKind::Rule {
                expected: expected.into(),
                found: found.into(),
            },
        );
    }

    /// A value the rules require here that the document left out; `expected` says what for.
    fn missing(&mut self, path: DataPath, expected: &str) {
        self.push(
            path,
            ErrorKind::Shape {
                expected: expected.to_string(),
                found: "nothing".to_string(),
            },
        );
    }

    /// A non-empty text of at most `max_chars` characters.
    fn text(&mut self, path: DataPath, text: &str, max_chars: usize) {
        let n_chars = text.chars().count();
        if crate::strings::is_blank(text) || n_chars > max_chars {
            self.push(
                path,
                ErrorKind::BadText {
                    expected: format!("a text of 1 to {max_chars} characters"),
                    found_chars: n_chars,
                },
            );
        }
    }

    fn texts(&mut self, path: &DataPath, raw: RawText, max_chars: usize) -> Text {
        self.text(path.key("en"), &raw.en, max_chars);
        self.text(path.key("zh"), &raw.zh, max_chars);
        Text {
            en: raw.en,
            zh: raw.zh,
            _sealed: Sealed,
        }
    }

    /// An id: the grammar of [`is_id`], at most [`MAX_ID_CHARS`] long.
    fn id(&mut self, path: DataPath, id: &str) {
        if id.len() > MAX_ID_CHARS || !is_id(id) {
            self.rule(
                path,
                format!("an id of lowercase letters, digits and _ (at most {MAX_ID_CHARS})"),
                quote(id),
            );
        }
    }

    fn one_of<T: Copy>(&mut self, path: DataPath, found: &str, choices: &[(&str, T)]) -> Option<T> {
        if let Some((_, value)) = choices.iter().find(|(name, _)| *name == found) {
            return Some(*value);
        }
        let names: Vec<String> = choices
            .iter()
            .map(|(name, _)| format!("\"{name}\""))
            .collect();
        self.rule(
            path,
            format!("one of {}", crate::strings::join(&names, ", ")),
            quote(found),
        );
        None
    }
}

fn check_source(check: &mut Checker, path: &DataPath, raw: RawSource) -> Source {
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
    Source {
        headline: raw.headline,
        authors: raw.authors,
        date: raw.date,
        outlet: raw.outlet,
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

/// The view, and the document index of each figure it kept.
fn check_view(check: &mut Checker, path: &DataPath, raw: RawView) -> (View, Vec<usize>) {
    check.id(path.key("id"), &raw.id);
    let layout = check
        .one_of(
            path.key("layout"),
            &raw.layout,
            &[("nested", ViewLayout::Nested), ("bars", ViewLayout::Bars)],
        )
        .unwrap_or(ViewLayout::Bars);
    let tab = check.texts(&path.key("tab"), raw.tab, MAX_TAB_CHARS);
    let title = check.texts(&path.key("title"), raw.title, MAX_LABEL_CHARS);
    let subtitle = raw
        .subtitle
        .map(|subtitle| check.texts(&path.key("subtitle"), subtitle, MAX_LABEL_CHARS));

    let figures_path = path.key("figures");
    if raw.figures.is_empty() || raw.figures.len() > MAX_FIGURES_PER_VIEW {
        check.rule(
            figures_path.clone(),
            format!("1 to {MAX_FIGURES_PER_VIEW} figures"),
            format!("{} figures", raw.figures.len()),
        );
    }
    let (kept, figures): (Vec<usize>, Vec<Figure>) = raw
        .figures
        .into_iter()
        .take(MAX_FIGURES_CHECKED_PER_VIEW)
        .enumerate()
        .filter_map(|(index, raw_figure)| {
            check_figure(check, &figures_path.index(index), raw_figure)
                .map(|figure| (index, figure))
        })
        .unzip();

    // Bars in one view are drawn on one scale, which is only honest when they share a unit.
    let mut bars = kept
        .iter()
        .copied()
        .zip(&figures)
        .filter(|(_, figure)| figure.mark == MarkKind::Bar);
    if let Some((_, first)) = bars.next() {
        let mut previous = first;
        for (index, bar) in bars {
            if bar.unit != first.unit {
                check.rule(
                    figures_path.index(index).key("unit"),
                    format!("the unit of the view's other bars ({})", first.unit.name()),
                    format!("\"{}\"", bar.unit.name()),
                );
            } else if layout == ViewLayout::Nested && bar.value > previous.value {
                check.push(
                    figures_path.index(index).key("value"),
                    ErrorKind::OutOfRange {
                        expected: format!(
                            "at most {} (a nested bar is part of the bar above it)",
                            short_number(previous.value)
                        ),
                        found: bar.value,
                    },
                );
            }
            previous = bar;
        }
    }

    let groups = check_groups(check, path, raw.groups, &figures, &kept);

    let view = View {
        id: raw.id,
        layout,
        tab,
        title,
        subtitle,
        groups,
        figures,
        _sealed: Sealed,
    };
    (view, kept)
}

/// The legend's groups: bars in two or more groups must each name a group the view lists, so a
/// reader is told what each colour means; every group listed must have a bar. Returned in the
/// order their bars first appear, the order of their colours.
fn check_groups(
    check: &mut Checker,
    path: &DataPath,
    raw: Option<Vec<RawGroup>>,
    figures: &[Figure],
    positions: &[usize],
) -> Vec<Group> {
    let groups_path = path.key("groups");
    let listed: Vec<Group> = raw
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(index, group)| {
            let path = groups_path.index(index);
            check.id(path.key("id"), &group.id);
            Group {
                label: check.texts(&path.key("label"), group.label, MAX_LEGEND_CHARS),
                id: group.id,
                _sealed: Sealed,
            }
        })
        .collect();
    for (index, group) in listed.iter().enumerate() {
        if listed[..index].iter().any(|other| other.id == group.id) {
            check.rule(
                groups_path.index(index).key("id"),
                "an id no other group of the view has",
                quote(&group.id),
            );
        }
    }
    let mut used: Vec<Option<&str>> = Vec::new();
    for figure in figures.iter().filter(|figure| figure.mark == MarkKind::Bar) {
        if !used.contains(&figure.group.as_deref()) {
            used.push(figure.group.as_deref());
        }
    }
    let beside_shares = figures.iter().any(|figure| figure.mark == MarkKind::Share);
    let most = if beside_shares {
        MAX_GROUPS - 1
    } else {
        MAX_GROUPS
    };
    if used.len() > most {
        let shares = if beside_shares {
            " beside share bars"
        } else {
            ""
        };
        check.rule(
            groups_path.clone(),
            format!("at most {most} groups of bars{shares}, one colour each"),
            format!("{} groups", used.len()),
        );
    }
    if used.len() < 2 && listed.is_empty() {
        return Vec::new();
    }
    let figures_path = path.key("figures");
    for (&index, figure) in positions.iter().zip(figures) {
        if figure.mark != MarkKind::Bar {
            continue;
        }
        let named = figure.group.as_deref();
        if !named.is_some_and(|id| listed.iter().any(|group| group.id == id)) {
            check.rule(
                figures_path.index(index).key("group"),
                "a group listed in the view's \"groups\" (what its colour means)",
                named.map_or_else(|| "nothing".to_string(), quote),
            );
        }
    }
    for (index, group) in listed.iter().enumerate() {
        if !used.contains(&Some(group.id.as_str())) {
            check.rule(
                groups_path.index(index).key("id"),
                "a group that a bar of the view is in",
                quote(&group.id),
            );
        }
    }
    used.iter()
        .filter_map(|id| listed.iter().find(|group| Some(group.id.as_str()) == *id))
        .cloned()
        .collect()
}

fn check_figure(check: &mut Checker, path: &DataPath, raw: RawFigure) -> Option<Figure> {
    let n_errors_before = check.errors.len();
    check.id(path.key("id"), &raw.id);
    let mark = check.one_of(
        path.key("mark"),
        &raw.mark,
        &[
            ("bar", MarkKind::Bar),
            ("share", MarkKind::Share),
            ("note", MarkKind::Note),
        ],
    );
    if let Some(group) = &raw.group {
        check.id(path.key("group"), group);
    }
    let label = check.texts(&path.key("label"), raw.label, MAX_LABEL_CHARS);
    let note = raw
        .note
        .map(|note| check.texts(&path.key("note"), note, MAX_LABEL_CHARS));
    let unit = check.one_of(path.key("unit"), &raw.unit, &Unit::NAMES);
    let unit_label = raw
        .unit_label
        .map(|unit_label| check.texts(&path.key("unit_label"), unit_label, MAX_UNIT_LABEL_CHARS));
    let qualifier = check.one_of(path.key("qualifier"), &raw.qualifier, &Qualifier::NAMES);
    check.text(path.key("as_of"), &raw.as_of, MAX_AS_OF_CHARS);
    check.text(path.key("quote"), &raw.quote, MAX_QUOTE_CHARS);

    // `+ 0.0` turns -0 into 0, so it never prints as "-0".
    let value = raw.value + 0.0;
    if let Some(unit) = unit {
        check_value(check, path.key("value"), value, unit, mark);
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
            for (lang, text) in [("en", &note.en), ("zh", &note.zh)] {
                let n_slots = count_slots(text);
                if n_slots != 1 {
                    check.rule(
                        path.key("note").key(lang),
                        "a sentence with {value} once",
                        format!("{n_slots} {{value}}"),
                    );
                }
            }
        }
        _ => {}
    }

    let provenance = match (raw.kind.as_str(), raw.formula) {
        ("reported", None) => Some(Provenance::Reported),
        ("reported", Some(_)) => {
            check.rule(
                path.key("formula"),
                "no formula for a reported figure",
                "a formula",
            );
            None
        }
        ("derived", Some(formula)) => match Formula::parse(&formula) {
            Ok(formula) => Some(Provenance::Derived { formula }),
            Err(expected) => {
                check.push(
                    path.key("formula"),
                    ErrorKind::BadFormula {
                        expected,
                        found: quote(&formula),
                    },
                );
                None
            }
        },
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
    };

    if check.errors.len() > n_errors_before {
        return None;
    }
    Some(Figure {
        id: raw.id,
        mark: mark?,
        group: raw.group,
        label,
        note,
        value,
        unit: unit?,
        unit_label,
        qualifier: qualifier?,
        as_of: raw.as_of,
        provenance: provenance?,
        quote: raw.quote,
        _sealed: Sealed,
    })
}

fn check_value(
    check: &mut Checker,
    path: DataPath,
    value: f64,
    unit: Unit,
    mark: Option<MarkKind>,
) {
    let (in_range, expected) = match unit {
        Unit::Count => (
            (0.0..=MAX_COUNT).contains(&value),
            format!("a count from 0 to {}", scientific(MAX_COUNT)),
        ),
        Unit::Share => (
            (0.0..=1.0).contains(&value),
            "a share from 0 to 1".to_string(),
        ),
        Unit::Rate if mark == Some(MarkKind::Bar) => (
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

fn check_ids(check: &mut Checker, views: &[View], positions: &[Vec<usize>]) {
    // Linear look-ups: documents hold at most a few hundred ids, and a hash map would add its
    // code to the wasm for nothing.
    let mut view_ids: Vec<&str> = Vec::new();
    let mut figure_ids: Vec<&str> = Vec::new();
    for ((view_index, view), kept) in views.iter().enumerate().zip(positions) {
        let view_path = DataPath::root().key("views").index(view_index);
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
/// the value written in the document must be what the formula gives (within rounding).
fn check_formulas(
    check: &mut Checker,
    views: &[View],
    positions: &[Vec<usize>],
    declared_reported: &[String],
) {
    let reported: Vec<(&str, f64)> = views
        .iter()
        .flat_map(|view| view.figures.iter())
        .filter(|figure| figure.provenance == Provenance::Reported)
        .map(|figure| (figure.id.as_str(), figure.value))
        .collect();
    for ((view_index, view), kept) in views.iter().enumerate().zip(positions) {
        for (&figure_index, figure) in kept.iter().zip(&view.figures) {
            let Provenance::Derived { formula } = &figure.provenance else {
                continue;
            };
            let path = DataPath::root()
                .key("views")
                .index(view_index)
                .key("figures")
                .index(figure_index);
            let mut all_known = true;
            for id in formula.ids() {
                if !declared_reported.iter().any(|declared| declared == id) {
                    check.push(
                        path.key("formula"),
                        ErrorKind::UnknownId { id: id.to_string() },
                    );
                }
                // A declared figure that failed its own checks has its error already.
                all_known &= reported.iter().any(|(known, _)| *known == id);
            }
            if !all_known {
                continue;
            }
            let formula_value = formula.evaluate(&|id| {
                reported
                    .iter()
                    .find(|(known, _)| *known == id)
                    .map_or(f64::NAN, |(_, value)| *value)
            });
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
