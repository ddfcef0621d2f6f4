//! Reading the document, its source (with its names in each declared language), its views
//! and their groups, each with the fields its format knows.

use super::{RawDocument, RawGroup, RawSource, RawSourceNames, RawView, Reader};
use crate::error::DataPath;
use crate::model::types::Lang;
use crate::node::Node;

impl Reader {
    pub(super) fn document(&mut self, node: &Node) -> Option<RawDocument> {
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
            &SOURCE_FIELDS[..SOURCE_FIELDS.len() - 2]
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
        let language = self.optional(&fields, "language", &mut Self::string);
        let (Some(headline), Some(authors), Some(date), Some(outlet), Some(names), Some(language)) =
            (headline, authors, date, outlet, names, language)
        else {
            return None;
        };
        Some(RawSource {
            headline,
            authors,
            date,
            outlet,
            names,
            language,
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
}

/// A document's fields: format 1 knows all but the last.
const DOCUMENT_FIELDS: &[&str] = &["format", "title", "source", "views", "languages"];

/// A source's fields: format 1 knows all but the last two.
const SOURCE_FIELDS: &[&str] = &["headline", "authors", "date", "outlet", "names", "language"];

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
