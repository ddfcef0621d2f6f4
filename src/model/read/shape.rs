//! The reader's tools for a value of any shape: an object with no fields but those known, a
//! field required or optional, a string, a boolean, a number, an array of one kind, a text in
//! each declared language; each problem of shape pushed with its path, at most
//! [`MAX_SHAPE_ERRORS`] listed.

use super::{RawText, Reader, N_LANGS};
use crate::error::{DataPath, ErrorKind, ValidationError};
use crate::model::limits::MAX_SHAPE_ERRORS;
use crate::model::types::Lang;
use crate::node::{last_field, Node};

/// The fields of one object, once its unknown fields are reported.
pub(super) struct Fields<'a, 'p> {
    entries: &'a [(String, Node)],
    path: DataPath<'p>,
}

impl<'a> Fields<'a, '_> {
    /// The value of `name`, the last one if it is given twice (as `JSON.parse` keeps it).
    pub(super) fn given(&self, name: &str) -> Option<&'a Node> {
        last_field(self.entries, name)
    }

    /// The value of an optional field: a `null` counts as absent.
    fn get(&self, name: &str) -> Option<&'a Node> {
        self.given(name)
            .filter(|value| !matches!(value, Node::Null))
    }
}

impl Reader {
    pub(super) fn shape(&mut self, path: DataPath, expected: &str, found: String) {
        if self.errors.len() < MAX_SHAPE_ERRORS {
            self.errors.push(ValidationError::new(
                path,
                ErrorKind::Shape {
                    expected: expected.to_string(),
                    found,
                },
            ));
        } else {
            self.n_more += 1;
        }
    }

    /// An object with no fields but `known`.
    pub(super) fn object<'a, 'p>(
        &mut self,
        node: &'a Node,
        path: &DataPath<'p>,
        expected: &str,
        known: &[&str],
    ) -> Option<Fields<'a, 'p>> {
        let Node::Object(entries) = node else {
            self.shape(*path, expected, node.describe());
            return None;
        };
        for (key, _) in entries {
            if !known.contains(&key.as_str()) {
                self.shape(
                    path.key(key),
                    &format!("a known field ({})", field_list(known)),
                    "an unknown field".to_string(),
                );
            }
        }
        Some(Fields {
            entries,
            path: *path,
        })
    }

    /// A field that must be given, read by `read` (which words a `null` as a wrong type).
    ///
    /// `read`, here and in `optional` and `array`, is a `&mut dyn FnMut` rather than a generic
    /// closure, so each helper is compiled once per result type instead of once per call
    /// (0.3 KB gzip of the wasm).
    pub(super) fn required<'a, T>(
        &mut self,
        fields: &Fields<'a, '_>,
        name: &str,
        read: &mut dyn FnMut(&mut Self, &'a Node, DataPath) -> Option<T>,
    ) -> Option<T> {
        let path = fields.path.key(name);
        match fields.given(name) {
            Some(node) => read(self, node, path),
            None => {
                self.shape(path, "a value", "nothing".to_string());
                None
            }
        }
    }

    /// A field that may be left out or `null`. The outer `Option` is `None` when it is given
    /// but wrong.
    pub(super) fn optional<'a, T>(
        &mut self,
        fields: &Fields<'a, '_>,
        name: &str,
        read: &mut dyn FnMut(&mut Self, &'a Node, DataPath) -> Option<T>,
    ) -> Option<Option<T>> {
        match fields.get(name) {
            Some(node) => read(self, node, fields.path.key(name)).map(Some),
            None => Some(None),
        }
    }

    pub(super) fn string(&mut self, node: &Node, path: DataPath) -> Option<String> {
        match node {
            Node::String(text) => Some(text.clone()),
            other => {
                self.shape(path, "a string", other.describe());
                None
            }
        }
    }

    pub(super) fn boolean(&mut self, node: &Node, path: DataPath) -> Option<bool> {
        match node {
            Node::Bool(value) => Some(*value),
            other => {
                self.shape(path, "true or false", other.describe());
                None
            }
        }
    }

    pub(super) fn number(&mut self, node: &Node, path: DataPath) -> Option<f64> {
        match node {
            Node::Number(value) => Some(*value),
            other => {
                self.shape(path, "a number", other.describe());
                None
            }
        }
    }

    /// An array whose every item `read` accepts.
    pub(super) fn array<'a, T>(
        &mut self,
        node: &'a Node,
        path: DataPath,
        read: &mut dyn FnMut(&mut Self, &'a Node, DataPath) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Node::Array(items) = node else {
            self.shape(path, "an array", node.describe());
            return None;
        };
        let mut read_items = Vec::with_capacity(items.len());
        let mut all_read = true;
        for (index, item) in items.iter().enumerate() {
            match read(self, item, path.index(index)) {
                Some(value) => read_items.push(value),
                None => all_read = false,
            }
        }
        all_read.then_some(read_items)
    }

    /// A text: one string for each declared language, and none for another.
    pub(super) fn text(&mut self, node: &Node, path: DataPath) -> Option<RawText> {
        // A format 1 document knows English and Simplified Chinese only.
        let known = Lang::ALL.map(Lang::code);
        let known = if self.format_1 {
            &known[..Lang::DEFAULT.len()]
        } else {
            &known[..]
        };
        let expected = std::mem::take(&mut self.text_expected);
        let fields = self.object(node, &path, &expected, known);
        self.text_expected = expected;
        let fields = fields?;
        let read = |reader: &mut Self, name: &str, declared: bool| {
            if declared {
                return reader.required(&fields, name, &mut Self::string).map(Some);
            }
            if fields.given(name).is_some() {
                reader.shape(
                    path.key(name),
                    "no text in a language the document does not declare (its \"languages\")",
                    "a text".to_string(),
                );
                return None;
            }
            Some(None)
        };
        // A language the format does not know (`zh-Hant` in format 1) is an unknown field, said
        // once above.
        let n_known = known.len();
        let read = Lang::ALL.map(|lang| {
            let index = lang as usize;
            if index >= n_known {
                return Some(None);
            }
            read(self, lang.code(), self.declared[index])
        });
        let mut texts = [const { None }; N_LANGS];
        for (text, read) in texts.iter_mut().zip(read) {
            *text = read?;
        }
        Some(RawText { texts })
    }
}

/// `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``.
fn field_list(known: &[&str]) -> String {
    let names: Vec<String> = known.iter().map(|name| format!("`{name}`")).collect();
    match names.as_slice() {
        [one] => one.clone(),
        [one, two] => format!("{one} or {two}"),
        _ => format!("one of {}", crate::strings::join(&names, ", ")),
    }
}
