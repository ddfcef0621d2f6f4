//! Validation errors: where in the document a problem is, what was expected and what was found.
//!
//! This module owns the error *values* and their wording. It knows nothing about how they reach
//! the reader: `web` turns them into the widget's alert, tests compare their `Display` text.

use std::fmt;

/// One step into a JSON document: an object key or an array index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Key(String),
    Index(usize),
}

/// Where a value sits in the document, printed as `views[2].figures[0].value`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DataPath(Vec<Segment>);

impl DataPath {
    pub fn root() -> DataPath {
        DataPath(Vec::new())
    }

    /// The path of `key` inside the object at `self`.
    pub fn key(&self, key: &str) -> DataPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(key.to_string()));
        DataPath(segments)
    }

    /// The path of element `index` of the array at `self`.
    pub fn index(&self, index: usize) -> DataPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(index));
        DataPath(segments)
    }
}

impl fmt::Display for DataPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(document)");
        }
        for (position, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if position == 0 => f.write_str(key)?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
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
    pub path: DataPath,
    pub kind: ErrorKind,
}

impl ValidationError {
    pub fn new(path: DataPath, kind: ErrorKind) -> ValidationError {
        ValidationError { path, kind }
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
    path: &DataPath,
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
        let path = DataPath::root()
            .key("views")
            .index(2)
            .key("figures")
            .index(0)
            .key("value");
        assert_eq!(path.to_string(), "views[2].figures[0].value");
        assert_eq!(DataPath::root().to_string(), "(document)");
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
