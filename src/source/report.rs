//! What `check-document` prints (native only): every validation error of a document and,
//! for a valid one checked against its article, every source warning.

use std::fmt;

use super::{check, SourceWarning};
use crate::model::Model;

/// What `check-document` reports for a document and, when given, its article: every
/// validation error, or, for a valid document, every source warning.
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentReport {
    pub errors: Vec<crate::error::ValidationError>,
    pub warnings: Vec<SourceWarning>,
}

/// Validates a JSON document and, if it is valid and `article` is given, checks it against
/// the article.
pub fn check_document(json: &str, article: Option<&str>) -> DocumentReport {
    match Model::from_json_str(json) {
        Ok(model) => DocumentReport {
            errors: Vec::new(),
            warnings: article.map_or_else(Vec::new, |article| check(&model, article)),
        },
        Err(errors) => DocumentReport {
            errors: errors.0,
            warnings: Vec::new(),
        },
    }
}

/// One line per problem: the errors as `path: message`, then the warnings as
/// `warning: path: message`.
impl fmt::Display for DocumentReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for error in &self.errors {
            writeln!(f, "{error}")?;
        }
        for warning in &self.warnings {
            writeln!(f, "warning: {warning}")?;
        }
        Ok(())
    }
}
