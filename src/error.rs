//! Validation errors: where in the document a problem is, what was expected and what was found.
//!
//! This module owns the error *values* and their wording. It knows nothing about how they reach
//! the reader: `web` turns them into the widget's alert, tests compare their `Display` text.

use std::fmt;

/// One step into a JSON document: an object key or an array index.
#[derive(Clone, Copy, Debug)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Where a value sits in the document while it is read and checked: its parent's path and the
/// step from there, kept on the stack. Taking a step allocates nothing and leaves nothing to
/// drop; the text (`views[2].figures[0].value`, a [`Path`]) is written only for a problem.
#[derive(Clone, Copy, Debug, Default)]
pub struct DataPath<'a> {
    step: Option<(&'a DataPath<'a>, Step<'a>)>,
}

impl<'a> DataPath<'a> {
    pub fn root() -> DataPath<'static> {
        DataPath { step: None }
    }

    /// The path of `key` inside the object at `self`.
    pub fn key(&'a self, key: &'a str) -> DataPath<'a> {
        DataPath {
            step: Some((self, Step::Key(key))),
        }
    }

    /// The path of element `index` of the array at `self`.
    pub fn index(&'a self, index: usize) -> DataPath<'a> {
        DataPath {
            step: Some((self, Step::Index(index))),
        }
    }

    /// The path as text, for a problem found at it.
    pub fn text(&self) -> Path {
        let mut text = String::new();
        if self.step.is_none() {
            text.push_str("(document)");
        }
        self.write_steps(&mut text);
        Path(text)
    }

    fn write_steps(&self, text: &mut String) {
        let Some((parent, step)) = self.step else {
            return;
        };
        parent.write_steps(text);
        match step {
            Step::Key(key) => {
                if parent.step.is_some() {
                    text.push('.');
                }
                text.push_str(key);
            }
            Step::Index(index) => {
                use std::fmt::Write;
                // Writing to a `String` cannot fail.
                let _ = write!(text, "[{index}]");
            }
        }
    }
}

impl fmt::Display for DataPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

/// A path as a problem prints it: `views[2].figures[0].value`, or `(document)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path(String);

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<DataPath<'_>> for Path {
    fn eq(&self, other: &DataPath<'_>) -> bool {
        *self == other.text()
    }
}

/// What is wrong with the value at a path.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The document could not be read into the expected shape (wrong type, missing or unknown
    /// field); `expected` and `found` come from the deserializer.
    Shape { expected: String, found: String },
    /// A number outside the range its unit allows.
    OutOfRange { expected: String, found: f64 },
    /// A text that is empty or longer than allowed.
    BadText {
        expected: String,
        found_chars: usize,
    },
    /// An id used twice in the document.
    DuplicateId { id: String },
    /// A formula names an id that is not a reported figure of the document.
    UnknownId { id: String },
    /// A formula that cannot be read.
    BadFormula { expected: String, found: String },
    /// A derived value that does not match its formula.
    FormulaMismatch { formula_value: f64, found: f64 },
    /// Any other broken rule, stated as what was expected and what was found.
    Rule { expected: String, found: String },
}

/// One problem in a data document.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationError {
    pub path: Path,
    pub kind: ErrorKind,
}

impl ValidationError {
    pub fn new(path: DataPath, kind: ErrorKind) -> ValidationError {
        ValidationError {
            path: path.text(),
            kind,
        }
    }

    /// The expectation as a noun phrase, for the widget's error list.
    pub fn expected(&self) -> String {
        match &self.kind {
            ErrorKind::Shape { expected, .. }
            | ErrorKind::OutOfRange { expected, .. }
            | ErrorKind::BadText { expected, .. }
            | ErrorKind::BadFormula { expected, .. }
            | ErrorKind::Rule { expected, .. } => expected.clone(),
            ErrorKind::DuplicateId { .. } => "an id used once in the document".to_string(),
            ErrorKind::UnknownId { .. } => "the id of a reported figure".to_string(),
            ErrorKind::FormulaMismatch { formula_value, .. } => {
                format!("the formula's value {}", short_number(*formula_value))
            }
        }
    }

    /// What was found instead, quoted where it is text.
    pub fn found(&self) -> String {
        match &self.kind {
            ErrorKind::Shape { found, .. }
            | ErrorKind::BadFormula { found, .. }
            | ErrorKind::Rule { found, .. } => found.clone(),
            ErrorKind::OutOfRange { found, .. } => short_number(*found),
            ErrorKind::BadText { found_chars, .. } => format!("{found_chars} characters"),
            ErrorKind::DuplicateId { id } => format!("{} again", quote(id)),
            ErrorKind::UnknownId { id } => quote(id),
            ErrorKind::FormulaMismatch { found, .. } => short_number(*found),
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_problem(f, &self.path, &self.expected(), &self.found())
    }
}

/// Every problem reads the same way, an error or a warning:
/// `views[2].figures[0].value: expected a number, found string "12a"`.
pub fn write_problem(
    f: &mut fmt::Formatter<'_>,
    path: &Path,
    expected: &str,
    found: &str,
) -> fmt::Result {
    write!(f, "{path}: expected {expected}, found {found}")
}

impl std::error::Error for ValidationError {}

/// Every problem found in one document, in document order.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationErrors(pub Vec<ValidationError>);

impl fmt::Display for ValidationErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, error) in self.0.iter().enumerate() {
            if position > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationErrors {}

/// Quotes a text for an error message, cut short so a 1 MB label cannot flood the alert.
pub fn quote(text: &str) -> String {
    const MAX_CHARS: usize = 40;
    let mut quoted: String = text.chars().take(MAX_CHARS).collect();
    if text.chars().count() > MAX_CHARS {
        quoted.push('…');
    }
    // Escaped by hand: `{:?}` would link Unicode printability tables into the wasm.
    let mut out = String::with_capacity(quoted.len() + 2);
    out.push('"');
    for c in quoted.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A number as an error message shows it: no trailing zeros, non-finite values by name.
pub fn short_number(value: f64) -> String {
    if value.is_nan() {
        "NaN".to_string()
    } else if value.is_infinite() {
        if value > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
    } else if value != 0.0 && !(1e-6..1e15).contains(&value.abs()) {
        crate::decimal::scientific(value)
    } else {
        crate::decimal::positional(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_prints_like_javascript() {
        assert_eq!(
            DataPath::root()
                .key("views")
                .index(2)
                .key("figures")
                .index(0)
                .key("value")
                .to_string(),
            "views[2].figures[0].value"
        );
        assert_eq!(DataPath::root().to_string(), "(document)");
        // An empty key is a step too: the document's field "" and a field of it.
        assert_eq!(DataPath::root().key("").to_string(), "");
        assert_eq!(DataPath::root().key("").key("a").to_string(), ".a");
        assert_eq!(DataPath::root().index(3).key("a").to_string(), "[3].a");
        // A path is written when a problem is found at it, and reads the same.
        let error = ValidationError::new(
            DataPath::root().key("a").index(1),
            ErrorKind::UnknownId { id: "b".into() },
        );
        assert_eq!(error.path, DataPath::root().key("a").index(1));
        assert_eq!(error.path.to_string(), "a[1]");
    }

    #[test]
    fn message_names_path_expectation_and_finding() {
        let error = ValidationError::new(
            DataPath::root().key("views").index(0).key("id"),
            ErrorKind::DuplicateId {
                id: "companies".into(),
            },
        );
        assert_eq!(
            error.to_string(),
            "views[0].id: expected an id used once in the document, found \"companies\" again"
        );
    }

    #[test]
    fn quotes_are_cut_short() {
        let long = "x".repeat(1000);
        assert_eq!(quote(&long).chars().count(), 40 + 3);
    }
}
