//! The data model: the JSON document as given (`Raw*`), and the validated `Model` the rest of
//! the crate trusts.
//!
//! This module owns the data format, its limits and every rule a document must keep. The
//! `Raw*` types mirror the JSON and derive serde; `Model` and its parts do not, and can only be
//! built by [`Model::from_raw`], which checks every rule and collects every problem it finds.
//! It knows nothing about layout, drawing or the browser.

use crate::error::{quote, short_number, DataPath, ErrorKind, ValidationError, ValidationErrors};
use crate::node::{self, Node};
use crate::text::Lang;

/// The one data format this version reads.
pub const FORMAT: u32 = 1;
/// Limits an editor's document must stay within; each breach is reported with its path.
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024;
pub const MAX_VIEWS: usize = 8;
pub const MAX_FIGURES_PER_VIEW: usize = 12;
pub const MAX_LABEL_CHARS: usize = 160;
/// The longest name of a group in a view's legend.
pub const MAX_LEGEND_CHARS: usize = 60;
pub const MAX_QUOTE_CHARS: usize = 1000;
pub const MAX_ID_CHARS: usize = 48;
pub const MAX_COUNT: f64 = 1e12;

/// The embedded default document: the figures of the Pingshan article.
pub const DEFAULT_DOCUMENT: &str = include_str!("data/pingshan.json");

// ---------------------------------------------------------------------------------------------
// The validated model.

/// A validated document: every invariant of the data format holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub title: Text,
    pub source: Source,
    pub views: Vec<View>,
}

/// A text in every language the widget speaks.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub en: String,
    pub zh: String,
}

/// Where the figures come from.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub headline: String,
    pub authors: Vec<String>,
    /// The publication date, `YYYY-MM-DD`.
    pub date: String,
    pub outlet: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub id: String,
    pub layout: ViewLayout,
    pub tab: Text,
    pub title: Text,
    pub subtitle: Option<Text>,
    /// What each bar colour means, for a view whose bars are in more than one group; in the
    /// order the groups' bars first appear, which is the order of their colours.
    pub groups: Vec<Group>,
    pub figures: Vec<Figure>,
}

/// A group of bars that share a colour, named for the view's legend.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub id: String,
    pub label: Text,
}

/// How a view arranges its bars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewLayout {
    /// Each bar is a part of the bar above it; the bar above is drawn behind it as a track.
    Nested,
    /// Independent bars on one scale.
    Bars,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub id: String,
    pub mark: MarkKind,
    /// Bars of one group share a colour; `None` is the first group.
    pub group: Option<String>,
    pub label: Text,
    /// For `MarkKind::Note`: the sentence drawn, with `{value}` where the value goes.
    pub note: Option<Text>,
    pub value: f64,
    pub unit: Unit,
    /// What is counted, for `Unit::Count` (`companies`, `家企业`).
    pub unit_label: Option<Text>,
    pub qualifier: Qualifier,
    pub as_of: String,
    pub provenance: Provenance,
    /// The sentence of the article the figure comes from, verbatim.
    pub quote: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// A bar on the view's common scale.
    Bar,
    /// A bar of its own showing a share of a whole.
    Share,
    /// A sentence under the bars.
    Note,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A number of things, `unit_label` says which.
    Count,
    /// A part of a whole, 0 to 1, shown as a percentage.
    Share,
    /// A growth rate, 0.3 is 30%, shown as a percentage.
    Rate,
    /// A multiple, 5 is five times.
    Ratio,
}

impl Unit {
    /// Each unit with its name in the data format (and in the CSV download).
    pub const NAMES: [(&'static str, Unit); 4] = [
        ("count", Unit::Count),
        ("share", Unit::Share),
        ("rate", Unit::Rate),
        ("ratio", Unit::Ratio),
    ];

    pub fn name(self) -> &'static str {
        name_of(&Self::NAMES, self)
    }
}

/// How the article words the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    MoreThan,
    Nearly,
    About,
}

impl Qualifier {
    /// Each qualifier with its name in the data format (and in the CSV download).
    pub const NAMES: [(&'static str, Qualifier); 4] = [
        ("exact", Qualifier::Exact),
        ("more_than", Qualifier::MoreThan),
        ("nearly", Qualifier::Nearly),
        ("about", Qualifier::About),
    ];

    pub fn name(self) -> &'static str {
        name_of(&Self::NAMES, self)
    }
}

/// The name of `value` in a table that lists every value of its type.
fn name_of<T: PartialEq>(names: &[(&'static str, T)], value: T) -> &'static str {
    names
        .iter()
        .find(|(_, candidate)| *candidate == value)
        .map_or("", |(name, _)| name)
}

#[derive(Clone, Debug, PartialEq)]
pub enum Provenance {
    /// Stated in the article.
    Reported,
    /// Computed by us from reported figures.
    Derived { formula: Formula },
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
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

    /// Reads and validates a JSON text (native callers; the browser parses with `JSON.parse`,
    /// which keeps serde_json out of the wasm).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json_str(text: &str) -> Result<Model, ValidationErrors> {
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(document_too_large(text.len()));
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        match serde_json::from_str::<Node>(text) {
            Ok(node) => Model::from_node(&node),
            Err(error) if error.is_data() => Err(not_json_data(&error.to_string())),
            Err(error) => Err(syntax_error(&error.to_string())),
        }
    }

    /// Reads and validates a parsed JSON tree.
    pub fn from_node(node: &Node) -> Result<Model, ValidationErrors> {
        Model::from_raw(RawDocument::from_node(node)?)
    }

    pub fn view(&self, id: &str) -> Option<&View> {
        self.views.iter().find(|view| view.id == id)
    }

    /// Every figure of the document, in document order.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        self.views.iter().flat_map(|view| view.figures.iter())
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures().find(|figure| figure.id == id)
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

// ---------------------------------------------------------------------------------------------
// The document as given.

/// The document as given: every field present and of its JSON type, nothing else checked yet.
pub struct RawDocument {
    format: f64,
    title: RawText,
    source: RawSource,
    views: Vec<RawView>,
}

struct RawText {
    en: String,
    zh: String,
}

struct RawSource {
    headline: String,
    authors: Vec<String>,
    date: String,
    outlet: String,
}

struct RawView {
    id: String,
    layout: String,
    tab: RawText,
    title: RawText,
    subtitle: Option<RawText>,
    groups: Option<Vec<RawGroup>>,
    figures: Vec<RawFigure>,
}

struct RawGroup {
    id: String,
    label: RawText,
}

struct RawFigure {
    id: String,
    mark: String,
    group: Option<String>,
    label: RawText,
    note: Option<RawText>,
    value: f64,
    unit: String,
    unit_label: Option<RawText>,
    qualifier: String,
    as_of: String,
    kind: String,
    formula: Option<String>,
    quote: String,
}

/// The most shape problems listed for one document; a page of junk reports its first ones.
pub const MAX_SHAPE_ERRORS: usize = 50;

/// Reads the `Raw*` types from a [`Node`] tree, collecting every problem of shape (a missing
/// or unknown field, a value of the wrong JSON type) with its path.
struct Reader {
    errors: Vec<ValidationError>,
    n_more: usize,
}

/// The fields of one object, once its unknown fields are reported.
struct Fields<'a> {
    entries: &'a [(String, Node)],
    path: DataPath,
}

impl<'a> Fields<'a> {
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
        self.given(name).filter(|value| **value != Node::Null)
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
    fn object<'a>(
        &mut self,
        node: &'a Node,
        path: &DataPath,
        expected: &str,
        known: &[&str],
    ) -> Option<Fields<'a>> {
        let Node::Object(entries) = node else {
            self.shape(path.clone(), expected, node.describe());
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
            path: path.clone(),
        })
    }

    /// A field that must be given, read by `read` (which words a `null` as a wrong type).
    fn required<'a, T>(
        &mut self,
        fields: &Fields<'a>,
        name: &str,
        read: impl FnOnce(&mut Self, &'a Node, DataPath) -> Option<T>,
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
        fields: &Fields<'a>,
        name: &str,
        read: impl FnOnce(&mut Self, &'a Node, DataPath) -> Option<T>,
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
        mut read: impl FnMut(&mut Self, &'a Node, DataPath) -> Option<T>,
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

    fn text(&mut self, node: &Node, path: DataPath) -> Option<RawText> {
        let fields = self.object(node, &path, TEXT_EXPECTED, &["en", "zh"])?;
        let en = self.required(&fields, "en", Self::string);
        let zh = self.required(&fields, "zh", Self::string);
        Some(RawText { en: en?, zh: zh? })
    }

    fn document(&mut self, node: &Node) -> Option<RawDocument> {
        let fields = self.object(
            node,
            &DataPath::root(),
            "a data document object",
            &["format", "title", "source", "views"],
        )?;
        let format = self.required(&fields, "format", Self::number);
        let title = self.required(&fields, "title", Self::text);
        let source = self.required(&fields, "source", Self::source);
        let views = self.required(&fields, "views", |reader, node, path| {
            reader.array(node, path, Self::view)
        });
        Some(RawDocument {
            format: format?,
            title: title?,
            source: source?,
            views: views?,
        })
    }

    fn source(&mut self, node: &Node, path: DataPath) -> Option<RawSource> {
        let fields = self.object(
            node,
            &path,
            "a source object",
            &["headline", "authors", "date", "outlet"],
        )?;
        let headline = self.required(&fields, "headline", Self::string);
        let authors = self.required(&fields, "authors", |reader, node, path| {
            reader.array(node, path, Self::string)
        });
        let date = self.required(&fields, "date", Self::string);
        let outlet = self.required(&fields, "outlet", Self::string);
        Some(RawSource {
            headline: headline?,
            authors: authors?,
            date: date?,
            outlet: outlet?,
        })
    }

    fn view(&mut self, node: &Node, path: DataPath) -> Option<RawView> {
        let fields = self.object(
            node,
            &path,
            "a view object",
            &[
                "id", "layout", "tab", "title", "subtitle", "groups", "figures",
            ],
        )?;
        let id = self.required(&fields, "id", Self::string);
        let layout = self.required(&fields, "layout", Self::string);
        let tab = self.required(&fields, "tab", Self::text);
        let title = self.required(&fields, "title", Self::text);
        let subtitle = self.optional(&fields, "subtitle", Self::text);
        let groups = self.optional(&fields, "groups", |reader, node, path| {
            reader.array(node, path, Self::group)
        });
        let figures = self.required(&fields, "figures", |reader, node, path| {
            reader.array(node, path, Self::figure)
        });
        Some(RawView {
            id: id?,
            layout: layout?,
            tab: tab?,
            title: title?,
            subtitle: subtitle?,
            groups: groups?,
            figures: figures?,
        })
    }

    fn group(&mut self, node: &Node, path: DataPath) -> Option<RawGroup> {
        let fields = self.object(node, &path, "a group object", &["id", "label"])?;
        let id = self.required(&fields, "id", Self::string);
        let label = self.required(&fields, "label", Self::text);
        Some(RawGroup {
            id: id?,
            label: label?,
        })
    }

    fn figure(&mut self, node: &Node, path: DataPath) -> Option<RawFigure> {
        let fields = self.object(node, &path, "a figure object", FIGURE_FIELDS)?;
        let id = self.required(&fields, "id", Self::string);
        let mark = self.required(&fields, "mark", Self::string);
        let group = self.optional(&fields, "group", Self::string);
        let label = self.required(&fields, "label", Self::text);
        let note = self.optional(&fields, "note", Self::text);
        let value = self.required(&fields, "value", Self::number);
        let unit = self.required(&fields, "unit", Self::string);
        let unit_label = self.optional(&fields, "unit_label", Self::text);
        let qualifier = self.required(&fields, "qualifier", Self::string);
        let as_of = self.required(&fields, "as_of", Self::string);
        let kind = self.required(&fields, "kind", Self::string);
        let formula = self.optional(&fields, "formula", Self::string);
        let quote = self.required(&fields, "quote", Self::string);
        Some(RawFigure {
            id: id?,
            mark: mark?,
            group: group?,
            label: label?,
            note: note?,
            value: value?,
            unit: unit?,
            unit_label: unit_label?,
            qualifier: qualifier?,
            as_of: as_of?,
            kind: kind?,
            formula: formula?,
            quote: quote?,
        })
    }
}

const TEXT_EXPECTED: &str = "an object with \"en\" and \"zh\" texts";

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
];

/// `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``.
fn field_list(known: &[&str]) -> String {
    let names: Vec<String> = known.iter().map(|name| format!("`{name}`")).collect();
    match names.as_slice() {
        [one] => one.clone(),
        [one, two] => format!("{one} or {two}"),
        _ => format!("one of {}", names.join(", ")),
    }
}

impl RawDocument {
    /// Reads the document from its JSON tree, or lists every problem of shape.
    pub fn from_node(node: &Node) -> Result<RawDocument, ValidationErrors> {
        let mut reader = Reader {
            errors: Vec::new(),
            n_more: 0,
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

/// The error for a reader's failure on well-formed JSON: nesting deeper than
/// [`node::MAX_DEPTH`], or (from a JS object) a value JSON cannot hold. `message` is the
/// reader's message, which holds the words of the `node` module (serde_json appends a
/// position, serde-wasm-bindgen prefixes "Error: ").
pub fn not_json_data(message: &str) -> ValidationErrors {
    let (expected, found) = if message.contains(node::TOO_DEEP) {
        (
            format!("JSON nested at most {} levels deep", node::MAX_DEPTH),
            "deeper nesting",
        )
    } else {
        ("JSON data".to_string(), node::NOT_JSON)
    };
    ValidationErrors(vec![ValidationError::new(
        DataPath::root(),
        ErrorKind::Shape {
            expected,
            found: found.to_string(),
        },
    )])
}

// ---------------------------------------------------------------------------------------------
// Validation.

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

    /// A non-empty text of at most `max_chars` characters.
    fn text(&mut self, path: DataPath, text: &str, max_chars: usize) {
        let n_chars = text.chars().count();
        if text.trim().is_empty() || n_chars > max_chars {
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
        }
    }

    /// A lowercase identifier: `a-z`, digits and `_`, starting with a letter.
    fn id(&mut self, path: DataPath, id: &str) {
        let well_formed = id.len() <= MAX_ID_CHARS
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !well_formed {
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
        self.rule(path, format!("one of {}", names.join(", ")), quote(found));
        None
    }
}

impl Model {
    /// Builds the model from a raw document, checking every rule of the format.
    pub fn from_raw(raw: RawDocument) -> Result<Model, ValidationErrors> {
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
        for (view_index, raw_view) in raw.views.into_iter().enumerate() {
            views.push(check_view(
                &mut check,
                &views_path.index(view_index),
                raw_view,
            ));
        }

        check_ids(&mut check, &views);
        check_formulas(&mut check, &views, &declared_reported);

        if check.errors.is_empty() {
            Ok(Model {
                title,
                source,
                views,
            })
        } else {
            Err(ValidationErrors(check.errors))
        }
    }
}

fn check_source(check: &mut Checker, path: &DataPath, raw: RawSource) -> Source {
    check.text(path.key("headline"), &raw.headline, MAX_LABEL_CHARS);
    check.text(path.key("outlet"), &raw.outlet, MAX_LABEL_CHARS);
    if raw.authors.len() > 8 {
        check.rule(
            path.key("authors"),
            "at most 8 authors",
            format!("{}", raw.authors.len()),
        );
    }
    for (index, author) in raw.authors.iter().enumerate() {
        check.text(path.key("authors").index(index), author, 80);
    }
    if !is_iso_date(&raw.date) {
        check.rule(path.key("date"), "a date as YYYY-MM-DD", quote(&raw.date));
    }
    Source {
        headline: raw.headline,
        authors: raw.authors,
        date: raw.date,
        outlet: raw.outlet,
    }
}

fn is_iso_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
        && (1..=12).contains(&date[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&date[8..10].parse::<u32>().unwrap_or(0))
}

fn check_view(check: &mut Checker, path: &DataPath, raw: RawView) -> View {
    check.id(path.key("id"), &raw.id);
    let layout = check
        .one_of(
            path.key("layout"),
            &raw.layout,
            &[("nested", ViewLayout::Nested), ("bars", ViewLayout::Bars)],
        )
        .unwrap_or(ViewLayout::Bars);
    let tab = check.texts(&path.key("tab"), raw.tab, 40);
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
    let figures: Vec<Figure> = raw
        .figures
        .into_iter()
        .take(MAX_FIGURES_PER_VIEW * 4)
        .enumerate()
        .filter_map(|(index, raw_figure)| {
            check_figure(check, &figures_path.index(index), raw_figure)
        })
        .collect();

    // Bars in one view are drawn on one scale, which is only honest when they share a unit.
    let mut bars = figures
        .iter()
        .enumerate()
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
                            previous.value
                        ),
                        found: bar.value,
                    },
                );
            }
            previous = bar;
        }
    }

    let groups = check_groups(check, path, raw.groups, &figures);

    View {
        id: raw.id,
        layout,
        tab,
        title,
        subtitle,
        groups,
        figures,
    }
}

/// The legend's groups: bars in two or more groups must each name a group the view lists, so a
/// reader is told what each colour means; every group listed must have a bar. Returned in the
/// order their bars first appear, the order of their colours.
fn check_groups(
    check: &mut Checker,
    path: &DataPath,
    raw: Option<Vec<RawGroup>>,
    figures: &[Figure],
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
    if used.len() < 2 && listed.is_empty() {
        return Vec::new();
    }
    let figures_path = path.key("figures");
    for (index, figure) in figures.iter().enumerate() {
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
        .map(|unit_label| check.texts(&path.key("unit_label"), unit_label, 40));
    let qualifier = check.one_of(path.key("qualifier"), &raw.qualifier, &Qualifier::NAMES);
    check.text(path.key("as_of"), &raw.as_of, 32);
    check.text(path.key("quote"), &raw.quote, MAX_QUOTE_CHARS);

    // `+ 0.0` turns -0 into 0, so it never prints as "-0".
    let value = raw.value + 0.0;
    if let Some(unit) = unit {
        check_value(check, path.key("value"), value, unit, mark);
        if unit == Unit::Count && unit_label.is_none() {
            check.push(
                path.key("unit_label"),
                ErrorKind::Shape {
                    expected: "a value (what is counted)".into(),
                    found: "nothing".into(),
                },
            );
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
            check.push(
                path.key("note"),
                ErrorKind::Shape {
                    expected: "a value (the sentence to draw)".into(),
                    found: "nothing".into(),
                },
            );
        }
        (Some(note), _) => {
            for (lang, text) in [("en", &note.en), ("zh", &note.zh)] {
                let n_slots = text.matches("{value}").count();
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
            check.push(
                path.key("formula"),
                ErrorKind::Shape {
                    expected: "a formula over reported ids".into(),
                    found: "nothing".into(),
                },
            );
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
            format!("a count from 0 to {MAX_COUNT:e}"),
        ),
        Unit::Share => (
            (0.0..=1.0).contains(&value),
            "a share from 0 to 1".to_string(),
        ),
        Unit::Rate if mark == Some(MarkKind::Bar) => (
            (0.0..=100.0).contains(&value),
            "a rate from 0 to 100 for a bar".to_string(),
        ),
        Unit::Rate => (
            (-1.0..=100.0).contains(&value),
            "a rate from -1 to 100".to_string(),
        ),
        Unit::Ratio => (
            value > 0.0 && value <= 1e6,
            "a ratio above 0, at most 1e6".to_string(),
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

fn check_ids(check: &mut Checker, views: &[View]) {
    // Linear look-ups: documents hold at most a few hundred ids, and a hash map would add its
    // code to the wasm for nothing.
    let mut view_ids: Vec<&str> = Vec::new();
    let mut figure_ids: Vec<&str> = Vec::new();
    for (view_index, view) in views.iter().enumerate() {
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
        for (figure_index, figure) in view.figures.iter().enumerate() {
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
fn check_formulas(check: &mut Checker, views: &[View], declared_reported: &[String]) {
    let reported: Vec<(&str, f64)> = views
        .iter()
        .flat_map(|view| view.figures.iter())
        .filter(|figure| figure.provenance == Provenance::Reported)
        .map(|figure| (figure.id.as_str(), figure.value))
        .collect();
    for (view_index, view) in views.iter().enumerate() {
        for (figure_index, figure) in view.figures.iter().enumerate() {
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
                let found = crate::error::short_number(formula_value);
                check.push(
                    path.key("formula"),
                    ErrorKind::BadFormula {
                        expected: "a formula with a finite value".to_string(),
                        found: format!("{found} (a division by zero?)"),
                    },
                );
                continue;
            }
            let tolerance = 0.01 * formula_value.abs().max(1e-9);
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

// ---------------------------------------------------------------------------------------------
// Formulas.

/// A product of reported figures and constants: `doctorates / doctorate_growth_since_2016`,
/// `0.5 * doctorates`. Deliberately no more than `*` and `/`: derived figures here are shares
/// and multiples of what the article says, and anything richer belongs in the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Formula {
    pub text: String,
    /// The first operand is multiplied; each later one by its operator.
    terms: Vec<(Operator, Operand)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Times,
    Divide,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    Id(String),
    Constant(f64),
}

impl Formula {
    /// Parses `a * b / 2`; the error is the expectation, as a noun phrase.
    pub fn parse(text: &str) -> Result<Formula, String> {
        const EXPECTED: &str = "ids and numbers joined by * or /";
        if text.len() > 200 {
            return Err(format!("{EXPECTED}, at most 200 characters"));
        }
        let mut terms = Vec::new();
        let mut operator = Operator::Times;
        let mut expect_operand = true;
        for token in tokenize(text) {
            match (expect_operand, token) {
                (true, token) if token != "*" && token != "/" => {
                    let operand = if let Some(number) = parse_decimal(token) {
                        if !number.is_finite() {
                            return Err(EXPECTED.to_string());
                        }
                        Operand::Constant(number)
                    } else if token.starts_with(|c: char| c.is_ascii_lowercase())
                        && token
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                    {
                        Operand::Id(token.to_string())
                    } else {
                        return Err(EXPECTED.to_string());
                    };
                    terms.push((operator, operand));
                    expect_operand = false;
                }
                (false, "*") => (operator, expect_operand) = (Operator::Times, true),
                (false, "/") => (operator, expect_operand) = (Operator::Divide, true),
                _ => return Err(EXPECTED.to_string()),
            }
        }
        if terms.is_empty() || expect_operand {
            return Err(EXPECTED.to_string());
        }
        Ok(Formula {
            text: text.to_string(),
            terms,
        })
    }

    /// The formula as parsed: each operand with the operator before it (the first is
    /// `Times`), so the formula can be said in words however it was spaced.
    pub fn terms(&self) -> &[(Operator, Operand)] {
        &self.terms
    }

    /// The ids the formula reads, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().filter_map(|(_, operand)| match operand {
            Operand::Id(id) => Some(id.as_str()),
            Operand::Constant(_) => None,
        })
    }

    pub fn evaluate(&self, value_of: &dyn Fn(&str) -> f64) -> f64 {
        self.terms.iter().fold(1.0, |result, (operator, operand)| {
            let operand = match operand {
                Operand::Id(id) => value_of(id),
                Operand::Constant(number) => *number,
            };
            match operator {
                Operator::Times => result * operand,
                Operator::Divide => result / operand,
            }
        })
    }
}

/// A plain decimal (`5`, `0.5`, `1000.25`) without `f64::from_str`, whose exact parsing code
/// would otherwise be linked into the wasm for the sake of formula constants.
fn parse_decimal(token: &str) -> Option<f64> {
    let (whole, fraction) = token.split_once('.').unwrap_or((token, ""));
    if whole.is_empty() || whole.len() > 15 || fraction.len() > 6 {
        return None;
    }
    if !whole
        .bytes()
        .chain(fraction.bytes())
        .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let digits = |text: &str| text.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let scale = 10u64.pow(fraction.len() as u32);
    Some(digits(whole) as f64 + digits(fraction) as f64 / scale as f64)
}

/// Splits on white space and around `*` and `/`.
fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    for word in text.split_whitespace() {
        let mut start = 0;
        for (index, c) in word.char_indices() {
            if c == '*' || c == '/' {
                if start < index {
                    tokens.push(&word[start..index]);
                }
                tokens.push(&word[index..index + 1]);
                start = index + 1;
            }
        }
        if start < word.len() {
            tokens.push(&word[start..]);
        }
    }
    tokens
}
