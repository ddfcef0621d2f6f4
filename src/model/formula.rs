//! The formula language of derived figures, and the grammar of ids, which formulas and the
//! checker share.
//!
//! A formula is parsed once, when its figure is checked; what it means (its ids are reported
//! figures, its value matches the figure's) is the checker's to hold.

use super::limits::{MAX_CONSTANT_FRACTION_DIGITS, MAX_CONSTANT_WHOLE_DIGITS, MAX_FORMULA_CHARS};

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

/// Whether `text` is written as an id: lowercase ASCII letters, digits and `_`, starting with
/// a letter (`[a-z][a-z0-9_]*`). How long an id may be is the checker's rule, not grammar.
pub fn is_id(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

impl Formula {
    /// Parses `a * b / 2`; the error is the expectation, as a noun phrase.
    pub fn parse(text: &str) -> Result<Formula, String> {
        const EXPECTED: &str = "ids and numbers joined by * or /";
        if text.len() > MAX_FORMULA_CHARS {
            return Err(format!(
                "{EXPECTED}, at most {MAX_FORMULA_CHARS} characters"
            ));
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
                    } else if is_id(token) {
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
    let (whole, fraction) = crate::strings::split_at_dot(token);
    if whole.is_empty()
        || whole.len() > MAX_CONSTANT_WHOLE_DIGITS
        || fraction.len() > MAX_CONSTANT_FRACTION_DIGITS
    {
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

/// Splits on white space (Unicode's, as `split_whitespace` does, without its char searcher)
/// and around `*` and `/`. (Pieces are taken with `str::get`, which cannot panic, so core's
/// slicing-panic message and its Debug formatting stay out of the wasm.)
fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = 0;
    for (index, c) in text.char_indices() {
        let space = c.is_whitespace();
        if space || c == '*' || c == '/' {
            tokens.extend(text.get(start..index).filter(|piece| !piece.is_empty()));
            if !space {
                tokens.extend(text.get(index..index + 1));
            }
            start = index + c.len_utf8();
        }
    }
    tokens.extend(text.get(start..).filter(|piece| !piece.is_empty()));
    tokens
}
