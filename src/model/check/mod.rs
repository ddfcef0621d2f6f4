//! The checker: every rule of the data format, applied to the `Raw*` document to build the
//! validated [`Model`].
//!
//! Problems are collected, not returned at the first, so an editor sees them all at once: a
//! rule broken in one figure does not hide one in the next. The model is built only when none
//! is broken, which is what makes its invariants hold (see the module doc of
//! [`crate::model`]).
//!
//! One file a concern: this one holds the document, its views, groups, ids and formulas;
//! `figure` the rules of one figure (its unit, value, marks and words); `layout` what each
//! layout asks of its figures together (nesting, periods, parts of a whole, changes).

mod figure;
mod layout;

use super::formula::is_id;
use super::limits::{
    DERIVED_TOLERANCE, FORMATS, MAX_AUTHORS, MAX_AUTHOR_CHARS, MAX_FIGURES_CHECKED_PER_VIEW,
    MAX_FIGURES_PER_VIEW, MAX_GROUPS, MAX_ID_CHARS, MAX_LABEL_CHARS, MAX_LEGEND_CHARS,
    MAX_READING_CHARS, MAX_TAB_CHARS, MAX_VIEWS,
};
use super::read::{RawDocument, RawGroup, RawSource, RawSourceNames, RawText, RawView};
use super::types::{
    groups_in_order, Figure, Group, Lang, MarkKind, Model, Provenance, Sealed, Source, SourceNames,
    Text, View, ViewLayout,
};
use crate::error::{quote, short_number, DataPath, ErrorKind, ValidationError, ValidationErrors};

impl Model {
    /// Builds the model from a raw document, checking every rule of the format.
    pub(super) fn from_raw(raw: RawDocument) -> Result<Model, ValidationErrors> {
        let format = FORMATS
            .iter()
            .copied()
            .find(|format| f64::from(*format) == raw.format);
        let mut check = Checker {
            errors: Vec::new(),
            format: format.unwrap_or(super::limits::FORMAT),
            languages: Vec::new(),
        };
        let root = DataPath::root();

        if format.is_none() {
            // A format this version does not know has rules it does not know either: the
            // format is the one problem worth saying.
            check.rule(
                root.key("format"),
                "format 1 or 2",
                short_number(raw.format),
            );
            return Err(ValidationErrors(check.errors));
        }
        let languages = check_languages(&mut check, &root.key("languages"), raw.languages);
        check.languages.clone_from(&languages);
        let title = check.texts(&root.key("title"), raw.title, MAX_LABEL_CHARS);
        let source = check_source(&mut check, &root.key("source"), raw.source);

        let views_path = root.key("views");
        if raw.views.is_empty() || raw.views.len() > MAX_VIEWS {
            check.rule(
                views_path,
                format!("1 to {MAX_VIEWS} views"),
                format!("{} views", raw.views.len()),
            );
        }
        // Ids of figures declared reported, valid or not, so a formula naming a figure that
        // failed its own checks is not also reported as naming an unknown id. A kind that is
        // neither (a typo) has its own error: a formula naming that figure is not a second one.
        let declared: Vec<(String, bool)> = raw
            .views
            .iter()
            .flat_map(|view| view.figures.iter())
            .map(|figure| (figure.id.clone(), figure.kind != "derived"))
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
        check_formulas(&mut check, &views, &positions, &declared);

        if check.errors.is_empty() {
            Ok(Model {
                format: check.format,
                languages,
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

/// The document's languages, its first the default: each a code the widget speaks, none
/// twice, at least one. Without the field (and in format 1), English and Simplified Chinese.
fn check_languages(check: &mut Checker, path: &DataPath, raw: Option<Vec<String>>) -> Vec<Lang> {
    let Some(codes) = raw else {
        return Lang::DEFAULT.to_vec();
    };
    let known: Vec<String> = Lang::ALL
        .iter()
        .map(|lang| format!("\"{}\"", lang.code()))
        .collect();
    let known = crate::strings::join(&known, ", ");
    if codes.is_empty() {
        check.rule(*path, format!("at least one language ({known})"), "none");
    }
    let mut languages: Vec<Lang> = Vec::new();
    for (index, code) in codes.iter().enumerate() {
        let Some(lang) = Lang::ALL.into_iter().find(|lang| lang.code() == code) else {
            // A reader's tag for a language the widget speaks (`pt-BR`, `zh-HK`, `FR`) names
            // the code to write instead.
            let found = match Lang::from_tag(code) {
                Some(lang) => format!("{} (write \"{}\")", quote(code), lang.code()),
                None => quote(code),
            };
            check.rule(
                path.index(index),
                format!("a language the widget speaks ({known})"),
                found,
            );
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

/// Collects problems while the model is built, so the editor sees all of them at once.
struct Checker {
    errors: Vec<ValidationError>,
    /// The document's format, whose rules apply.
    format: u32,
    /// The document's languages, in which its texts are checked.
    languages: Vec<Lang>,
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

    /// A text in each declared language (the reader has required exactly those). A language
    /// the document does not declare is left empty, which the widget never shows: it speaks
    /// only the document's languages (`Model::speak`), and `Text::get` answers an empty one
    /// with the first given.
    fn texts(&mut self, path: &DataPath, raw: RawText, max_chars: usize) -> Text {
        for (lang, text) in Lang::ALL.iter().zip(&raw.texts) {
            if let Some(text) = text {
                self.text(path.key(lang.code()), text, max_chars);
            }
        }
        Text {
            texts: raw.texts.map(Option::unwrap_or_default),
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

/// Every layout with its name in the data format; format 1 knows the first two.
const LAYOUTS: [(&str, ViewLayout); 6] = [
    ("nested", ViewLayout::Nested),
    ("bars", ViewLayout::Bars),
    ("columns", ViewLayout::Columns),
    ("line", ViewLayout::Line),
    ("stacked", ViewLayout::Stacked),
    ("change", ViewLayout::Change),
];

/// The view, and the document index of each figure it kept (a remainder the checker adds has
/// the index of the view's figures array length).
fn check_view(check: &mut Checker, path: &DataPath, raw: RawView) -> (View, Vec<usize>) {
    check.id(path.key("id"), &raw.id);
    let layouts = if check.format == 1 {
        &LAYOUTS[..2]
    } else {
        &LAYOUTS[..]
    };
    let layout = check.one_of(path.key("layout"), &raw.layout, layouts);
    let tab = check.texts(&path.key("tab"), raw.tab, MAX_TAB_CHARS);
    let title = check.texts(&path.key("title"), raw.title, MAX_LABEL_CHARS);
    let subtitle = raw
        .subtitle
        .map(|subtitle| check.texts(&path.key("subtitle"), subtitle, MAX_LABEL_CHARS));
    let reading = raw
        .reading
        .map(|reading| check.texts(&path.key("reading"), reading, MAX_READING_CHARS));
    let remainder = raw
        .remainder
        .map(|remainder| check.texts(&path.key("remainder"), remainder, MAX_LABEL_CHARS));
    if remainder.is_some() && layout.is_some_and(|layout| layout != ViewLayout::Stacked) {
        check.rule(
            path.key("remainder"),
            "no remainder outside a stacked view",
            "a remainder",
        );
    }

    let figures_path = path.key("figures");
    let n_given = raw.figures.len();
    if raw.figures.is_empty() || raw.figures.len() > MAX_FIGURES_PER_VIEW {
        check.rule(
            figures_path,
            format!("1 to {MAX_FIGURES_PER_VIEW} figures"),
            format!("{} figures", raw.figures.len()),
        );
    }
    let (mut kept, mut figures): (Vec<usize>, Vec<Figure>) = raw
        .figures
        .into_iter()
        .take(MAX_FIGURES_CHECKED_PER_VIEW)
        .enumerate()
        .filter_map(|(index, raw_figure)| {
            figure::check_figure(check, &figures_path.index(index), raw_figure, layout)
                .map(|figure| (index, figure))
        })
        .unzip();

    // What a layout asks of its figures together is asked only when each kept its own rules:
    // a part or an end left out for its own error would only give more errors about itself.
    let all_kept = kept.len() == n_given.min(MAX_FIGURES_CHECKED_PER_VIEW);
    if let Some(layout) = layout.filter(|_| all_kept) {
        let rest = layout::check_layout(
            check,
            path,
            &raw.id,
            layout,
            &figures,
            &kept,
            remainder.as_ref(),
        );
        if let Some(rest) = rest {
            figures.push(rest);
            kept.push(n_given);
        }
    }
    let groups = check_groups(check, path, raw.groups, &figures, &kept);

    let view = View {
        id: raw.id,
        layout: layout.unwrap_or(ViewLayout::Bars),
        tab,
        title,
        subtitle,
        groups,
        reading,
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
    let used = groups_in_order(figures.iter().filter(|figure| figure.mark == MarkKind::Bar));
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
            groups_path,
            format!("at most {most} groups of bars{shares}, one colour each"),
            format!("{} groups", used.len()),
        );
    }
    if used.len() < 2 && listed.is_empty() {
        return Vec::new();
    }
    // A group whose id breaks the id rule has that error; its bars naming the id as it should
    // have been written, and the group then having no bar, would only repeat it.
    if listed
        .iter()
        .any(|group| group.id.len() > MAX_ID_CHARS || !is_id(&group.id))
    {
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

fn check_ids(check: &mut Checker, views: &[View], positions: &[Vec<usize>]) {
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
fn check_formulas(
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
            layout::check_periods_compared(check, &path, formula, &reported);
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
