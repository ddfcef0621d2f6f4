//! The checker: every rule of the data format, applied to the `Raw*` document to build the
//! validated [`Model`].
//!
//! Problems are collected, not returned at the first, so an editor sees them all at once: a
//! rule broken in one figure does not hide one in the next. The model is built only when none
//! is broken, which is what makes its invariants hold (see the module doc of
//! [`crate::model`]).
//!
//! One file a concern: this one holds the entry (`Model::from_raw`, the order of the checks);
//! `checker` the `Checker`, which collects the problems and holds the rules every part shares
//! (a bounded text, an id, one of a list of names); `document` the document's own rules (its
//! languages, its source, ids and formulas across its views); `view` one view (its layout,
//! texts and groups); `figure` the rules of one figure (its unit, value, marks and words);
//! `layout` what each layout asks of its figures together (nesting, periods, parts of a whole,
//! changes).

mod checker;
mod document;
mod figure;
mod layout;
mod view;

use super::limits::{FORMATS, MAX_LABEL_CHARS, MAX_VIEWS};
use super::read::RawDocument;
use super::types::{Model, Sealed};
use crate::error::{short_number, DataPath, ValidationErrors};
use checker::Checker;
use document::{check_formulas, check_ids, check_languages, check_source};
use view::check_view;

impl Model {
    /// Builds the model from a raw document, checking every rule of the format.
    pub(super) fn from_raw(raw: RawDocument) -> Result<Model, ValidationErrors> {
        let format = FORMATS
            .iter()
            .copied()
            .find(|format| f64::from(*format) == raw.format);
        let mut check = Checker {
            errors: Vec::new(),
            format: format.unwrap_or(super::limits::FORMAT),
            languages: Vec::new(),
        };
        let root = DataPath::root();

        if format.is_none() {
            // A format this version does not know has rules it does not know either: the
            // format is the one problem worth saying.
            check.rule(
                root.key("format"),
                "format 1 or 2",
                short_number(raw.format),
            );
            return Err(ValidationErrors(check.errors));
        }
        let languages = check_languages(&mut check, &root.key("languages"), raw.languages);
        check.languages.clone_from(&languages);
        let title = check.texts(&root.key("title"), raw.title, MAX_LABEL_CHARS);
        let source = check_source(&mut check, &root.key("source"), raw.source);

        let views_path = root.key("views");
        if raw.views.is_empty() || raw.views.len() > MAX_VIEWS {
            check.rule(
                views_path,
                format!("1 to {MAX_VIEWS} views"),
                format!("{} views", raw.views.len()),
            );
        }
        // Ids of figures declared reported, valid or not, so a formula naming a figure that
        // failed its own checks is not also reported as naming an unknown id. A kind that is
        // neither (a typo) has its own error: a formula naming that figure is not a second one.
        let declared: Vec<(String, bool)> = raw
            .views
            .iter()
            .flat_map(|view| view.figures.iter())
            .map(|figure| (figure.id.clone(), figure.kind != "derived"))
            .collect();
        let mut views = Vec::with_capacity(raw.views.len());
        // Where each figure kept stands in the document: a figure that failed its own checks
        // is left out of its view, and the rules after it must still name the right place.
        let mut positions = Vec::with_capacity(raw.views.len());
        for (view_index, raw_view) in raw.views.into_iter().enumerate() {
            let (view, kept) = check_view(&mut check, &views_path.index(view_index), raw_view);
            views.push(view);
            positions.push(kept);
        }

        check_ids(&mut check, &views, &positions);
        check_formulas(&mut check, &views, &positions, &declared);

        if check.errors.is_empty() {
            Ok(Model {
                format: check.format,
                languages,
                title,
                source,
                views,
                _sealed: Sealed,
            })
        } else {
            Err(ValidationErrors(check.errors))
        }
    }
}
