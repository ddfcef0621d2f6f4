//! The reader: walks a parsed JSON tree ([`Node`]) into the `Raw*` structs, which mirror the
//! document as given (every field present and of its JSON type, nothing else checked yet).
//!
//! Every problem of shape is collected with its path: a missing or unknown field, a value of
//! the wrong JSON type. What the values mean is left to the checker (`check`). The same tree is
//! read natively and in the browser, so the messages are the same in both.

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
        let format_1 = matches!(node, Node::Object(entries)
            if entries.iter().rev().find(|(key, _)| key == "format")
                .is_some_and(|(_, value)| matches!(value, Node::Number(n) if *n == 1.0)));
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
    let Node::Object(entries) = node else {
        return default;
    };
    let Some((_, Node::Array(items))) = entries.iter().rev().find(|(key, _)| key == "languages")
    else {
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

/// The fields of one object, once its unknown fields are reported.
struct Fields<'a, 'p> {
    entries: &'a [(String, Node)],
    path: DataPath<'p>,
}

impl<'a> Fields<'a, '_> {
    /// The value of `name`, the last one if it is given twice (as `JSON.parse` keeps it).
    fn given(&self, name: &str) -> Option<&'a Node> {
        self.entries
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    /// The value of an optional field: a `null` counts as absent.
    fn get(&self, name: &str) -> Option<&'a Node> {
        self.given(name)
            .filter(|value| !matches!(value, Node::Null))
    }
}

impl Reader {
    fn shape(&mut self, path: DataPath, expected: &str, found: String) {
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
    fn object<'a, 'p>(
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
    fn required<'a, T>(
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
    fn optional<'a, T>(
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

    fn string(&mut self, node: &Node, path: DataPath) -> Option<String> {
        match node {
            Node::String(text) => Some(text.clone()),
            other => {
                self.shape(path, "a string", other.describe());
                None
            }
        }
    }

    fn boolean(&mut self, node: &Node, path: DataPath) -> Option<bool> {
        match node {
            Node::Bool(value) => Some(*value),
            other => {
                self.shape(path, "true or false", other.describe());
                None
            }
        }
    }

    fn number(&mut self, node: &Node, path: DataPath) -> Option<f64> {
        match node {
            Node::Number(value) => Some(*value),
            other => {
                self.shape(path, "a number", other.describe());
                None
            }
        }
    }

    /// An array whose every item `read` accepts.
    fn array<'a, T>(
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
    fn text(&mut self, node: &Node, path: DataPath) -> Option<RawText> {
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

    fn document(&mut self, node: &Node) -> Option<RawDocument> {
        let known: &[&str] = if self.format_1 {
            &DOCUMENT_FIELDS[..DOCUMENT_FIELDS.len() - 1]
        } else {
            DOCUMENT_FIELDS
        };
        let fields = self.object(node, &DataPath::root(), "a data document object", known)?;
        let format = self.required(&fields, "format", &mut Self::number);
        let languages = self.optional(&fields, "languages", &mut |reader, node, path| {
            reader.array(node, path, &mut Self::string)
        });
        let title = self.required(&fields, "title", &mut Self::text);
        let source = self.required(&fields, "source", &mut Self::source);
        let views = self.required(&fields, "views", &mut |reader, node, path| {
            reader.array(node, path, &mut Self::view)
        });
        let (Some(format), Some(languages), Some(title), Some(source), Some(views)) =
            (format, languages, title, source, views)
        else {
            return None;
        };
        Some(RawDocument {
            format,
            languages,
            title,
            source,
            views,
        })
    }

    fn source(&mut self, node: &Node, path: DataPath) -> Option<RawSource> {
        let known = if self.format_1 {
            &SOURCE_FIELDS[..SOURCE_FIELDS.len() - 1]
        } else {
            SOURCE_FIELDS
        };
        let fields = self.object(node, &path, "a source object", known)?;
        let headline = self.required(&fields, "headline", &mut Self::string);
        let authors = self.required(&fields, "authors", &mut |reader, node, path| {
            reader.array(node, path, &mut Self::string)
        });
        let date = self.required(&fields, "date", &mut Self::string);
        let outlet = self.required(&fields, "outlet", &mut Self::string);
        let names = self.optional(&fields, "names", &mut Self::source_names);
        let (Some(headline), Some(authors), Some(date), Some(outlet), Some(names)) =
            (headline, authors, date, outlet, names)
        else {
            return None;
        };
        Some(RawSource {
            headline,
            authors,
            date,
            outlet,
            names,
        })
    }

    /// A source's `names`: an object whose keys are declared languages, each an object of
    /// the names given in that language.
    fn source_names(&mut self, node: &Node, path: DataPath) -> Option<Vec<RawSourceNames>> {
        let codes = Lang::ALL.map(Lang::code);
        let fields = self.object(node, &path, "an object of names by language code", &codes)?;
        let mut all = Vec::new();
        let mut all_read = true;
        for lang in Lang::ALL {
            let Some(value) = fields.given(lang.code()) else {
                continue;
            };
            let path = path.key(lang.code());
            if !self.declared[lang as usize] {
                self.shape(
                    path,
                    "no names in a language the document does not declare (its \"languages\")",
                    "names".to_string(),
                );
                all_read = false;
                continue;
            }
            let Some(names) = self.object(
                value,
                &path,
                "an object of the source's names",
                &["outlet", "headline", "authors"],
            ) else {
                all_read = false;
                continue;
            };
            let outlet = self.optional(&names, "outlet", &mut Self::string);
            let headline = self.optional(&names, "headline", &mut Self::string);
            let authors = self.optional(&names, "authors", &mut |reader, node, path| {
                reader.array(node, path, &mut Self::string)
            });
            match (outlet, headline, authors) {
                (Some(outlet), Some(headline), Some(authors)) => all.push(RawSourceNames {
                    lang,
                    outlet,
                    headline,
                    authors,
                }),
                _ => all_read = false,
            }
        }
        all_read.then_some(all)
    }

    fn view(&mut self, node: &Node, path: DataPath) -> Option<RawView> {
        let known = if self.format_1 {
            &VIEW_FIELDS[..VIEW_FIELDS_1]
        } else {
            VIEW_FIELDS
        };
        let fields = self.object(node, &path, "a view object", known)?;
        let id = self.required(&fields, "id", &mut Self::string);
        let layout = self.required(&fields, "layout", &mut Self::string);
        let tab = self.required(&fields, "tab", &mut Self::text);
        let title = self.required(&fields, "title", &mut Self::text);
        let subtitle = self.optional(&fields, "subtitle", &mut Self::text);
        let groups = self.optional(&fields, "groups", &mut |reader, node, path| {
            reader.array(node, path, &mut Self::group)
        });
        let reading = self.optional(&fields, "reading", &mut Self::text);
        let remainder = self.optional(&fields, "remainder", &mut Self::text);
        let figures = self.required(&fields, "figures", &mut |reader, node, path| {
            reader.array(node, path, &mut Self::figure)
        });
        let (
            Some(id),
            Some(layout),
            Some(tab),
            Some(title),
            Some(subtitle),
            Some(groups),
            Some(reading),
            Some(remainder),
            Some(figures),
        ) = (
            id, layout, tab, title, subtitle, groups, reading, remainder, figures,
        )
        else {
            return None;
        };
        Some(RawView {
            id,
            layout,
            tab,
            title,
            subtitle,
            groups,
            reading,
            remainder,
            figures,
        })
    }

    fn group(&mut self, node: &Node, path: DataPath) -> Option<RawGroup> {
        let fields = self.object(node, &path, "a group object", &["id", "label"])?;
        let id = self.required(&fields, "id", &mut Self::string);
        let label = self.required(&fields, "label", &mut Self::text);
        let (Some(id), Some(label)) = (id, label) else {
            return None;
        };
        Some(RawGroup { id, label })
    }

    fn figure(&mut self, node: &Node, path: DataPath) -> Option<RawFigure> {
        let known = if self.format_1 {
            &FIGURE_FIELDS[..FIGURE_FIELDS_1]
        } else {
            FIGURE_FIELDS
        };
        let fields = self.object(node, &path, "a figure object", known)?;
        let id = self.required(&fields, "id", &mut Self::string);
        let mark = self.required(&fields, "mark", &mut Self::string);
        let group = self.optional(&fields, "group", &mut Self::string);
        let label = self.required(&fields, "label", &mut Self::text);
        let note = self.optional(&fields, "note", &mut Self::text);
        let value = self.required(&fields, "value", &mut Self::number);
        let unit = self.required(&fields, "unit", &mut Self::string);
        let unit_label = self.optional(&fields, "unit_label", &mut Self::text);
        let qualifier = self.required(&fields, "qualifier", &mut Self::string);
        let as_of = self.required(&fields, "as_of", &mut Self::string);
        let kind = self.required(&fields, "kind", &mut Self::string);
        let formula = self.optional(&fields, "formula", &mut Self::string);
        let quote = self.required(&fields, "quote", &mut Self::string);
        let number = self.optional(&fields, "number", &mut Self::string);
        let currency = self.optional(&fields, "currency", &mut Self::string);
        let change = self.optional(&fields, "change", &mut Self::boolean);
        let check = self.optional(&fields, "check", &mut Self::string);
        let reading = self.optional(&fields, "reading", &mut Self::text);
        let from = self.optional(&fields, "from", &mut Self::string);
        let to = self.optional(&fields, "to", &mut Self::string);
        // One pattern for every field, here and in each reader above: a `?` on each field
        // would give every field its own path out, each dropping the fields read beside it
        // (0.5 KB gzip of the wasm with the checker's `Figure`).
        let (
            Some(id),
            Some(mark),
            Some(group),
            Some(label),
            Some(note),
            Some(value),
            Some(unit),
            Some(unit_label),
            Some(qualifier),
            Some(as_of),
            Some(kind),
            Some(formula),
            Some(quote),
            Some(number),
            Some(currency),
            Some(change),
            Some(check),
            Some(reading),
            Some(from),
            Some(to),
        ) = (
            id, mark, group, label, note, value, unit, unit_label, qualifier, as_of, kind, formula,
            quote, number, currency, change, check, reading, from, to,
        )
        else {
            return None;
        };
        Some(RawFigure {
            id,
            mark,
            group,
            label,
            note,
            value,
            unit,
            unit_label,
            qualifier,
            as_of,
            kind,
            formula,
            quote,
            number,
            currency,
            change,
            check,
            reading,
            from,
            to,
        })
    }
}

/// A document's fields: format 1 knows all but the last.
const DOCUMENT_FIELDS: &[&str] = &["format", "title", "source", "views", "languages"];

/// A source's fields: format 1 knows all but the last.
const SOURCE_FIELDS: &[&str] = &["headline", "authors", "date", "outlet", "names"];

/// A view's fields: format 1 knows the first [`VIEW_FIELDS_1`].
const VIEW_FIELDS: &[&str] = &[
    "id",
    "layout",
    "tab",
    "title",
    "subtitle",
    "groups",
    "figures",
    "reading",
    "remainder",
];
const VIEW_FIELDS_1: usize = 7;

/// A figure's fields: format 1 knows the first [`FIGURE_FIELDS_1`].
const FIGURE_FIELDS: &[&str] = &[
    "id",
    "mark",
    "group",
    "label",
    "note",
    "value",
    "unit",
    "unit_label",
    "qualifier",
    "as_of",
    "kind",
    "formula",
    "quote",
    "number",
    "currency",
    "change",
    "check",
    "reading",
    "from",
    "to",
];
const FIGURE_FIELDS_1: usize = 13;

/// `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``.
fn field_list(known: &[&str]) -> String {
    let names: Vec<String> = known.iter().map(|name| format!("`{name}`")).collect();
    match names.as_slice() {
        [one] => one.clone(),
        [one, two] => format!("{one} or {two}"),
        _ => format!("one of {}", crate::strings::join(&names, ", ")),
    }
}
