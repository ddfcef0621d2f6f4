//! The `Checker`: the problems found while the model is built, collected rather than returned
//! at the first, and the rules every part of a document shares (a bounded text, texts in the
//! declared languages, an id, one of a list of names).

use crate::error::{quote, DataPath, ErrorKind, ValidationError};
use crate::model::formula::is_id;
use crate::model::limits::MAX_ID_CHARS;
use crate::model::read::RawText;
use crate::model::types::{Lang, Sealed, Text};

/// Collects problems while the model is built, so the editor sees all of them at once.
pub(super) struct Checker {
    pub(super) errors: Vec<ValidationError>,
    /// The document's format, whose rules apply.
    pub(super) format: u32,
    /// The document's languages, in which its texts are checked.
    pub(super) languages: Vec<Lang>,
}

impl Checker {
    pub(super) fn push(&mut self, path: DataPath, kind: ErrorKind) {
        self.errors.push(ValidationError::new(path, kind));
    }

    pub(super) fn rule(
        &mut self,
        path: DataPath,
        expected: impl Into<String>,
        found: impl Into<String>,
    ) {
        self.push(
            path,
            ErrorKind::Rule {
                expected: expected.into(),
                found: found.into(),
            },
        );
    }

    /// A value the rules require here that the document left out; `expected` says what for.
    pub(super) fn missing(&mut self, path: DataPath, expected: &str) {
        self.push(
            path,
            ErrorKind::Shape {
                expected: expected.to_string(),
                found: "nothing".to_string(),
            },
        );
    }

    /// A non-empty text of at most `max_chars` characters.
    pub(super) fn text(&mut self, path: DataPath, text: &str, max_chars: usize) {
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
    pub(super) fn texts(&mut self, path: &DataPath, raw: RawText, max_chars: usize) -> Text {
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
    pub(super) fn id(&mut self, path: DataPath, id: &str) {
        if id.len() > MAX_ID_CHARS || !is_id(id) {
            self.rule(
                path,
                format!("an id of lowercase letters, digits and _ (at most {MAX_ID_CHARS})"),
                quote(id),
            );
        }
    }

    pub(super) fn one_of<T: Copy>(
        &mut self,
        path: DataPath,
        found: &str,
        choices: &[(&str, T)],
    ) -> Option<T> {
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
