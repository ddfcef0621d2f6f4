//! Reading one figure, with the fields its format knows.

use super::{RawFigure, Reader};
use crate::error::DataPath;
use crate::node::Node;

impl Reader {
    pub(super) fn figure(&mut self, node: &Node, path: DataPath) -> Option<RawFigure> {
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
        // One pattern for every field, here and in each reader of `document`: a `?` on each
        // field would give every field its own path out, each dropping the fields read beside
        // it (0.5 KB gzip of the wasm with the checker's `Figure`).
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
