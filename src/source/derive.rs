//! A derived figure's value as the editor writes it: its formula parsed as the checker parses
//! it ([`Formula::parse`]), evaluated over the document's reported values, and written to 12
//! significant digits as the number reader writes an article's numbers (so `(0.117 - 0.094) *
//! 100` is 2.3 points, not 2.3000000000000007). Rust owns the number: the editor computes nothing itself.

use crate::model::Formula;

use super::numbers::tidy;

/// The value of `formula` with each id's value from `value_of` (`None`: no reported figure has
/// that id); the error says what is wrong, as a noun phrase after "expected".
pub fn derived_value(formula: &str, value_of: &dyn Fn(&str) -> Option<f64>) -> Result<f64, String> {
    let formula = Formula::parse(formula)?;
    if let Some(id) = formula.ids().into_iter().find(|id| value_of(id).is_none()) {
        return Err(format!(
            "the id of a reported figure with a value, not {id}"
        ));
    }
    let value = formula.evaluate(&|id| value_of(id).unwrap_or(f64::NAN));
    if !value.is_finite() {
        return Err("a formula with a finite value (no division by zero)".to_string());
    }
    Ok(tidy(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(id: &str) -> Option<f64> {
        match id {
            "rate_2013" => Some(0.102),
            "danville_2013" => Some(0.117),
            "danville_2012" => Some(0.094),
            "change" => Some(-4.7),
            "whole" => Some(204.9e9),
            "a" => Some(75.7e9),
            "b" => Some(28.1e9),
            "zero" => Some(0.0),
            _ => None,
        }
    }

    #[test]
    fn the_value_is_written_as_a_reader_would_write_it() {
        // In binary, (0.117 - 0.094) * 100 is 2.3000000000000007.
        assert_ne!((0.117 - 0.094) * 100.0, 2.3);
        assert_eq!(
            derived_value("(danville_2013 - danville_2012) * 100", &values),
            Ok(2.3)
        );
        assert_eq!(
            derived_value("rate_2013 - change / 100", &values),
            Ok(0.149)
        );
        assert_eq!(derived_value("whole - a - b", &values), Ok(101.1e9));
        assert_eq!(
            derived_value("(rate_2013 - 0.149) * 100", &values),
            Ok(-4.7)
        );
    }

    #[test]
    fn a_formula_that_cannot_be_computed_says_why() {
        assert_eq!(
            derived_value("rate_2013 - nobody", &values),
            Err("the id of a reported figure with a value, not nobody".to_string())
        );
        assert!(derived_value("a / zero", &values)
            .unwrap_err()
            .contains("division by zero"));
        assert!(derived_value("a -", &values).is_err());
    }
}
