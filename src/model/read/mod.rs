//! The reader: walks a parsed JSON tree ([`Node`]) into the `Raw*` structs, which mirror the
//! document as given (every field present and of its JSON type, nothing else checked yet).
//!
//! Every problem of shape is collected with its path: a missing or unknown field, a value of
//! the wrong JSON type. What the values mean is left to the checker (`check`). The same tree is
//! read natively and in the browser, so the messages are the same in both.
//!
//! One file a concern: this one holds the `Raw*` types the checker takes, the entry
//! (`RawDocument::from_node`) and the `Reader`'s state (the document's format and declared
//! languages, the problems found); `shape` the reader's tools for any value (an object and its
//! known fields, a required or optional field, each JSON type, an array, a text in the declared
//! languages), each problem of shape pushed with its path; `document` the document, its source
//! and its names, its views and groups; `figure` one figure.

mod document;
mod figure;
mod shape;

use super::limits::MAX_SHAPE_ERRORS;
use super::types::Lang;
use crate::error::{DataPath, ErrorKind, ValidationError, ValidationErrors};
use crate::node::Node;

/// The document as given: every field present and of its JSON type, nothing else checked yet.
pub(super) struct RawDocument {
    pub(super) format: f64,
    /// The languages the document declares (format 2), its first the default.
    pub(super) languages: Option<Vec<String>>,
    pub(super) title: RawText,
    pub(super) source: RawSource,
    pub(super) views: Vec<RawView>,
}

/// A text in the document's languages: one it does not declare is `None`.
pub(super) struct RawText {
    /// In the order of [`Lang::ALL`].
    pub(super) texts: [Option<String>; N_LANGS],
}

pub(super) struct RawSource {
    pub(super) headline: String,
    pub(super) authors: Vec<String>,
    pub(super) date: String,
    pub(super) outlet: String,
    /// The source's names in declared languages (`names`, format 2).
    pub(super) names: Option<Vec<RawSourceNames>>,
    /// The article's language code (`language`, format 2).
    pub(super) language: Option<String>,
}

/// A source's names in one language, as given.
pub(super) struct RawSourceNames {
    pub(super) lang: Lang,
    pub(super) outlet: Option<String>,
    pub(super) headline: Option<String>,
    pub(super) authors: Option<Vec<String>>,
}

pub(super) struct RawView {
    pub(super) id: String,
    pub(super) layout: String,
    pub(super) tab: RawText,
    pub(super) title: RawText,
    pub(super) subtitle: Option<RawText>,
    pub(super) groups: Option<Vec<RawGroup>>,
    pub(super) reading: Option<RawText>,
    pub(super) remainder: Option<RawText>,
    pub(super) figures: Vec<RawFigure>,
}

pub(super) struct RawGroup {
    pub(super) id: String,
    pub(super) label: RawText,
}

pub(super) struct RawFigure {
    pub(super) id: String,
    pub(super) mark: String,
    pub(super) group: Option<String>,
    pub(super) label: RawText,
    pub(super) note: Option<RawText>,
    pub(super) value: f64,
    pub(super) unit: String,
    pub(super) unit_label: Option<RawText>,
    pub(super) qualifier: String,
    pub(super) as_of: String,
    pub(super) kind: String,
    pub(super) formula: Option<String>,
    pub(super) quote: String,
    pub(super) number: Option<String>,
    pub(super) currency: Option<String>,
    pub(super) change: Option<bool>,
    pub(super) check: Option<String>,
    pub(super) reading: Option<RawText>,
    pub(super) from: Option<String>,
    pub(super) to: Option<String>,
}

impl RawDocument {
    /// Reads the document from its JSON tree, or lists every problem of shape.
    pub(super) fn from_node(node: &Node) -> Result<RawDocument, ValidationErrors> {
        // The fields known are the document's format's: a format 1 document is read as it
        // always was, and a field of a later format is unknown in it.
        let format_1 = matches!(node.field("format"), Some(Node::Number(n)) if *n == 1.0);
        let declared = declared_languages(node, format_1);
        let mut reader = Reader {
            errors: Vec::new(),
            n_more: 0,
            format_1,
            declared,
            text_expected: text_expected(declared),
        };
        let raw = reader.document(node);
        if reader.n_more > 0 {
            let n_more = reader.n_more;
            reader.errors.push(ValidationError::new(
                DataPath::root(),
                ErrorKind::Rule {
                    expected: format!("at most {MAX_SHAPE_ERRORS} problems listed"),
                    found: format!("{n_more} more"),
                },
            ));
        }
        match raw {
            Some(raw) if reader.errors.is_empty() => Ok(raw),
            _ => Err(ValidationErrors(reader.errors)),
        }
    }
}

/// Reads the `Raw*` types from a [`Node`] tree, collecting every problem of shape (a missing
/// or unknown field, a value of the wrong JSON type) with its path.
struct Reader {
    errors: Vec<ValidationError>,
    n_more: usize,
    /// Whether the document is in format 1, which knows fewer fields.
    format_1: bool,
    /// Which languages of [`Lang::ALL`] every text must give: the document's `languages`, read
    /// before its texts ([`Lang::DEFAULT`] when it declares none, or none readable: the checker
    /// says why).
    declared: [bool; N_LANGS],
    /// What a text is expected to be: an object with a text in each declared language.
    text_expected: String,
}

pub(super) const N_LANGS: usize = Lang::ALL.len();

/// The languages a document's `languages` field declares, in the order of [`Lang::ALL`].
fn declared_languages(node: &Node, format_1: bool) -> [bool; N_LANGS] {
    let default = Lang::ALL.map(|lang| Lang::DEFAULT.contains(&lang));
    let Some(Node::Array(items)) = node.field("languages") else {
        return default;
    };
    // In the order of `Lang::ALL`, by the codes the checker reads the list with.
    let declared = Lang::ALL.map(|lang| {
        items
            .iter()
            .any(|item| matches!(item, Node::String(text) if text == lang.code()))
    });
    if format_1 || !declared.contains(&true) {
        return default;
    }
    declared
}

/// `an object with "en" and "zh" texts`, `an object with a "zh-Hant" text`: one text in each
/// declared language.
fn text_expected(declared: [bool; N_LANGS]) -> String {
    let codes: Vec<String> = Lang::ALL
        .iter()
        .zip(declared)
        .filter(|(_, declared)| *declared)
        .map(|(lang, _)| format!("\"{}\"", lang.code()))
        .collect();
    match codes.as_slice() {
        [one] if one == "\"en\"" => format!("an object with an {one} text"),
        [one] => format!("an object with a {one} text"),
        [first @ .., last] => format!(
            "an object with {} and {last} texts",
            crate::strings::join(first, ", ")
        ),
        [] => String::new(),
    }
}
