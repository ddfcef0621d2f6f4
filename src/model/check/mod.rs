//! The checker: every rule of the data format, applied to the `Raw*` document to build the
//! validated [`Model`].
//!
//! Problems are collected, not returned at the first, so an editor sees them all at once: a
//! rule broken in one figure does not hide one in the next. The model is built only when none
//! is broken, which is what makes its invariants hold (see the module doc of
//! [`crate::model`]).
//!
//! One file a concern: this one holds the entry (`Model::from_raw`, the order of the checks)
//! and the `Checker`, which collects the problems and holds the rules every part shares (a
//! bounded text, an id, one of a list of names); `document` the document's own rules (its
//! languages, its source, ids and formulas across its views); `view` one view (its layout,
//! texts and groups); `figure` the rules of one figure (its unit, value, marks and words);
//! `layout` what each layout asks of its figures together (nesting, periods, parts of a whole,
//! changes).

mod document;
mod figure;
mod layout;
mod view;

use super::formula::is_id;
use super::limits::{FORMATS, MAX_ID_CHARS, MAX_LABEL_CHARS, MAX_VIEWS};
use super::read::{RawDocument, RawText};
use super::types::{Lang, Model, Sealed, Text};
use crate::error::{quote, short_number, DataPath, ErrorKind, ValidationError, ValidationErrors};
use document::{check_formulas, check_ids, check_languages, check_source};
use view::check_view;

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
