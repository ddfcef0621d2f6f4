//! The data model: the data format, its limits and every rule a document must keep, and the
//! validated [`Model`] the rest of the crate trusts.
//!
//! A document goes through two stages, one file each:
//! - `read`: the reader walks the parsed JSON tree ([`Node`]) into private `Raw*` structs that
//!   mirror the document as given, listing every problem of shape with its path;
//! - `check`: the checker applies every rule of the format to them and builds the `Model`,
//!   listing every rule broken.
//!
//! Beside them: `limits` (every limit of the format), `types` (the validated types, and
//! [`Lang`], the languages the format fixes), `formula` (the formula language of derived
//! figures, and the grammar of ids). This file holds the entry points and the errors for text
//! that never reaches the reader.
//!
//! **A `Model` keeps every rule, by construction:** finite values within their unit's range,
//! unique ids, derived formulas over reported ids whose value matches, non-empty views,
//! bounded texts. `Model`, `View`, `Figure`, `Group`, `Source` and `Text` each hold a private
//! zero-sized field (`Sealed`), so code outside `model` cannot write one as a literal (the
//! `compile_fail` doctests at the end of this file hold that): the only way to get one is
//! `Model::from_json_str` or [`Model::from_node`], which return it only when every rule holds.
//! [`Formula`] keeps its parsed terms private for the same reason.
//!
//! The fields stay public, so `layout`, `text` and `web` read them as plain data. Rust would let
//! the owner of a `Model` assign to them; no code outside `model` does, the stages after it
//! only read. Private fields with accessors would rule that out too, at the cost of changing
//! every reader in the crate; the seal is the smaller change that keeps what matters, that no
//! model is made without the checker.
//!
//! `model` knows nothing about layout, text, drawing or the browser: it imports only `error`,
//! `node`, `json`, `strings` and `decimal`.

mod check;
mod formula;
mod limits;
mod period;
mod read;
mod types;

pub use formula::{is_id, Expr, Formula, Operator};
pub use limits::*;
pub use period::{Moment, Part, Period};
pub use types::{
    count_slots, find, groups_in_order, note_parts, Currency, Figure, Group, Lang, MarkKind, Model,
    Provenance, Qualifier, Source, SourceNames, Text, Unit, View, ViewLayout, VALUE_SLOT,
};

use crate::error::{DataPath, ErrorKind, ValidationError, ValidationErrors};
use crate::json::{self, JsonError};
use crate::node::{self, Node};
use read::RawDocument;

/// The embedded default document, the figures of the Pingshan article, as written
/// (`src/data/pingshan.json`): the editor's example.
pub const DOCUMENT_AS_WRITTEN: &str = include_str!("../data/pingshan.json");

/// The embedded default document without the white space between its tokens, made at compile
/// time: the same JSON in 2.3 KB less wasm (0.1 KB gzip, issue 15).
pub const DEFAULT_DOCUMENT: &str = match std::str::from_utf8(&MINIFIED) {
    Ok(text) => text,
    Err(_) => panic!("white space removed from UTF-8 leaves UTF-8"),
};

const MINIFIED: [u8; minify(DOCUMENT_AS_WRITTEN.as_bytes(), &mut [])] = {
    let mut out = [0; minify(DOCUMENT_AS_WRITTEN.as_bytes(), &mut [])];
    minify(DOCUMENT_AS_WRITTEN.as_bytes(), &mut out);
    out
};

/// Copies the JSON `text` into `out` without the white space outside its strings, as much as
/// fits; returns the length of the whole (so a first call with no room measures it).
const fn minify(text: &[u8], out: &mut [u8]) -> usize {
    let (mut at, mut length, mut in_string, mut escaped) = (0, 0, false, false);
    while at < text.len() {
        let byte = text[at];
        at += 1;
        if !in_string && matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
            continue;
        }
        if in_string {
            in_string = escaped || byte != b'"';
            escaped = !escaped && byte == b'\\';
        } else {
            in_string = byte == b'"';
        }
        if length < out.len() {
            out[length] = byte;
        }
        length += 1;
    }
    length
}

impl Model {
    /// The validated embedded document.
    ///
    /// The embedded document is checked by a test, so this cannot fail in a released build;
    /// should it ever, the caller gets the errors like for any other document.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn embedded() -> Result<Model, ValidationErrors> {
        Model::from_json_str(DEFAULT_DOCUMENT)
    }

    /// Reads and validates a JSON text (natively, numbers read by core's parser).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json_str(text: &str) -> Result<Model, ValidationErrors> {
        Model::from_json_text(text, &|token| token.parse().ok())
    }

    /// Reads and validates a JSON text, its numbers turned into `f64` by `read_number` (the
    /// browser's parser in the wasm, see [`crate::json`]). A leading byte-order mark is skipped.
    pub fn from_json_text(
        text: &str,
        read_number: &dyn Fn(&str) -> Option<f64>,
    ) -> Result<Model, ValidationErrors> {
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(document_too_large(text.len()));
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        match json::parse(text, read_number) {
            Ok(node) => Model::from_node(&node),
            Err(JsonError::TooDeep) => Err(too_deep()),
            Err(error) => Err(syntax_error(&error.detail())),
        }
    }

    /// Reads and validates a parsed JSON tree.
    pub fn from_node(node: &Node) -> Result<Model, ValidationErrors> {
        Model::from_raw(RawDocument::from_node(node)?)
    }
}

/// The error for text that is not JSON; `detail` is the parser's own message.
pub fn syntax_error(detail: &str) -> ValidationErrors {
    ValidationErrors(vec![ValidationError::new(
        DataPath::root(),
        ErrorKind::Shape {
            expected: "JSON text".to_string(),
            found: format!("a syntax error ({detail})"),
        },
    )])
}

/// The error for a document over [`MAX_DOCUMENT_BYTES`].
pub fn document_too_large(n_bytes: usize) -> ValidationErrors {
    ValidationErrors(vec![ValidationError::new(
        DataPath::root(),
        ErrorKind::Rule {
            expected: format!("a document of at most {MAX_DOCUMENT_BYTES} bytes"),
            found: format!("{n_bytes} bytes"),
        },
    )])
}

/// The error for JSON nested deeper than [`node::MAX_DEPTH`].
fn too_deep() -> ValidationErrors {
    ValidationErrors(vec![ValidationError::new(
        DataPath::root(),
        ErrorKind::Shape {
            expected: format!("JSON nested at most {} levels deep", node::MAX_DEPTH),
            found: "deeper nesting".to_string(),
        },
    )])
}

/// Code outside `model` reads a model's fields but cannot build one (see the module doc). Each
/// `compile_fail` below makes a value of one type from another by struct update syntax, naming
/// no field: that compiles exactly when every field is visible here, so it fails only on the
/// seal (a seal made public, or a struct without one, compiles, and its test fails), whatever
/// fields are added later. The first test compiles the same imports and signatures, so the
/// others cannot fail on a name. (A `compile_fail` error code would say which error, but stable
/// rustdoc does not check codes.)
///
/// ```
/// use pingshan_infographic::model::{Figure, Group, Model, Source, Text, View};
/// fn copies(model: Model, view: View, figure: Figure, group: Group, source: Source, text: Text)
///     -> (Model, View, Figure, Group, Source, Text) {
///     (model, view, figure, group, source, text)
/// }
/// let model = Model::embedded().unwrap();
/// assert!(model.views[0].figures[0].value.is_finite());
/// ```
///
/// ```compile_fail
/// use pingshan_infographic::model::Model;
/// fn copy(base: Model) -> Model { Model { ..base } }
/// ```
///
/// ```compile_fail
/// use pingshan_infographic::model::View;
/// fn copy(base: View) -> View { View { ..base } }
/// ```
///
/// ```compile_fail
/// use pingshan_infographic::model::Figure;
/// fn copy(base: Figure) -> Figure { Figure { ..base } }
/// ```
///
/// ```compile_fail
/// use pingshan_infographic::model::Group;
/// fn copy(base: Group) -> Group { Group { ..base } }
/// ```
///
/// ```compile_fail
/// use pingshan_infographic::model::Source;
/// fn copy(base: Source) -> Source { Source { ..base } }
/// ```
///
/// ```compile_fail
/// use pingshan_infographic::model::Text;
/// fn copy(base: Text) -> Text { Text { ..base } }
/// ```
#[cfg(doctest)]
pub struct Sealed;

#[cfg(test)]
mod tests {
    /// White space goes between tokens and stays in strings, whatever their escapes.
    #[test]
    fn minify_keeps_strings_and_drops_the_space_between_tokens() {
        let cases = [
            ("{ \"a b\" : [ 1 ,\r\n\t2 ] }", "{\"a b\":[1,2]}"),
            (
                r#"{"end\\": " x ", "q \" r": "\\\\" , "u": "\u00e9 "}"#,
                r#"{"end\\":" x ","q \" r":"\\\\","u":"\u00e9 "}"#,
            ),
            ("[\"名 字\" , \"\"]\n", "[\"名 字\",\"\"]"),
        ];
        for (text, expected) in cases {
            let mut out = vec![0; super::minify(text.as_bytes(), &mut [])];
            super::minify(text.as_bytes(), &mut out);
            assert_eq!(String::from_utf8(out).as_deref(), Ok(expected), "{text}");
        }
    }
}
