//! Whether an article agrees with itself: a reported figure's `check` (a formula over the
//! article's other figures, such as three parts over their whole) and a reported change
//! between two figures must give the figure's value, within the rounding of an article's
//! numbers. Where they do not, it is a warning naming both numbers, not an error: the article
//! said both.

use super::{SourceWarning, WarningKind};
use crate::error::DataPath;
use crate::model::{Figure, Lang, MarkKind, Model, Provenance, Unit, DERIVED_TOLERANCE};
use crate::text::{amount_of, format_amount, readable_formula};

/// The check of one figure, if it has one; and of a reported change, its ends.
pub(super) fn check_agreement(
    model: &Model,
    figure: &Figure,
    path: &DataPath,
    warnings: &mut Vec<SourceWarning>,
) {
    let value_of = |id: &str| model.figure(id).map_or(f64::NAN, |figure| figure.value);
    if let Some(formula) = &figure.check {
        let computed = formula.evaluate(&value_of);
        if disagrees(figure, computed) {
            warnings.push(SourceWarning {
                path: path.key("check").text(),
                kind: WarningKind::CheckDisagrees {
                    formula: format!("its check, {}", readable_formula(model, formula, Lang::En)),
                    computed: written(figure, computed),
                    found: written(figure, figure.value),
                },
            });
        }
    }
    if let (MarkKind::Change, Some((from, to)), Provenance::Reported) =
        (figure.mark, &figure.ends, &figure.provenance)
    {
        let (Some(from), Some(to)) = (model.figure(from), model.figure(to)) else {
            return;
        };
        let computed = change_between(figure.unit, from, to);
        if disagrees(figure, computed) {
            warnings.push(SourceWarning {
                path: path.key("value").text(),
                kind: WarningKind::CheckDisagrees {
                    formula: format!(
                        "the change from {} to {}",
                        format_amount(from, Lang::En),
                        format_amount(to, Lang::En)
                    ),
                    computed: written(figure, computed),
                    found: written(figure, figure.value),
                },
            });
        }
    }
}

/// The change from one figure to another in `unit`: points between rates or shares, a rate as
/// a relative change, else the difference.
pub fn change_between(unit: Unit, from: &Figure, to: &Figure) -> f64 {
    match unit {
        Unit::Points => (to.value - from.value) * 100.0,
        Unit::Rate => to.value / from.value - 1.0,
        _ => to.value - from.value,
    }
}

/// Beyond the rounding of an article's numbers: 1% of the value, or a tenth of a point for
/// points (a difference of two rates rounded to one decimal).
fn disagrees(figure: &Figure, computed: f64) -> bool {
    if !computed.is_finite() {
        return true;
    }
    let slack = match figure.unit {
        Unit::Points => 0.1 + 1e-9,
        _ => 0.0,
    };
    let tolerance = (DERIVED_TOLERANCE * computed.abs().max(figure.value.abs())).max(slack);
    (computed - figure.value).abs() > tolerance.max(1e-12)
}

/// A value in the figure's unit, as a chart writes it: `61.1%`, `−4.7 points`.
fn written(figure: &Figure, value: f64) -> String {
    amount_of(figure, value, Lang::En)
}
