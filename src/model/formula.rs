//! The formula language of derived figures and checks, and the grammar of ids, which formulas
//! and the checker share.
//!
//! A formula is parsed once, when its figure is checked; what it means (its ids are reported
//! figures, its value matches the figure's) is the checker's to hold.

use super::limits::{
    MAX_CONSTANT_FRACTION_DIGITS, MAX_CONSTANT_WHOLE_DIGITS, MAX_FORMULA_CHARS, MAX_FORMULA_DEPTH,
};

/// Arithmetic over reported figures and constants: `doctorates / doctorate_growth_since_2016`,
/// `(rate_2021 - rate_2020) * 100`, `total - lower - higher`. `+`, `-`, `*`, `/` and
/// parentheses, with the usual precedence; nothing richer, since anything more belongs in the
/// article.
#[derive(Clone, Debug, PartialEq)]
pub struct Formula {
    pub text: String,
    root: Expr,
}

/// A formula as parsed.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    Id(String),
    Constant(f64),
    /// `-x`.
    Negate(Box<Expr>),
    Binary(Operator, Box<Expr>, Box<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Plus,
    Minus,
    Times,
    Divide,
}

impl Operator {
    /// How tightly the operator binds: `*` and `/` before `+` and `-`.
    pub fn precedence(self) -> u8 {
        match self {
            Operator::Plus | Operator::Minus => 1,
            Operator::Times | Operator::Divide => 2,
        }
    }
}

/// Whether `text` is written as an id: lowercase ASCII letters, digits and `_`, starting with
/// a letter (`[a-z][a-z0-9_]*`). How long an id may be is the checker's rule, not grammar.
pub fn is_id(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// What a formula must be, as a noun phrase: the message of every syntax error.
const EXPECTED: &str = "ids and numbers joined by +, -, * or /, with parentheses";

impl Formula {
    /// Parses `(a - b) * 100`; the error is the expectation, as a noun phrase.
    pub fn parse(text: &str) -> Result<Formula, String> {
        if text.len() > MAX_FORMULA_CHARS {
            return Err(format!(
                "{EXPECTED}, at most {MAX_FORMULA_CHARS} characters"
            ));
        }
        let tokens = tokenize(text);
        let mut parser = Parser {
            tokens: &tokens,
            at: 0,
            depth: 0,
        };
        let root = parser.sum()?;
        if parser.at != tokens.len() {
            return Err(EXPECTED.to_string());
        }
        Ok(Formula {
            text: text.to_string(),
            root,
        })
    }

    /// What is left of a whole (an id, or 1 for shares) once its parts are taken away:
    /// `whole - a - b`. Built, not parsed, so no length limit applies to a formula the
    /// checker writes itself.
    pub(super) fn remainder(whole: Option<&str>, parts: &[&str]) -> Formula {
        let mut text = whole.unwrap_or("1").to_string();
        let mut root = match whole {
            Some(id) => Expr::Id(id.to_string()),
            None => Expr::Constant(1.0),
        };
        for part in parts {
            text.push_str(" - ");
            text.push_str(part);
            root = Expr::Binary(
                Operator::Minus,
                Box::new(root),
                Box::new(Expr::Id(part.to_string())),
            );
        }
        Formula { text, root }
    }

    /// The formula as parsed, so it can be said in words however it was spaced.
    pub fn expr(&self) -> &Expr {
        &self.root
    }

    /// The ids the formula reads, in order (an id read twice is listed twice).
    pub fn ids(&self) -> Vec<&str> {
        let mut ids = Vec::new();
        self.root.ids(&mut ids);
        ids
    }

    pub fn evaluate(&self, value_of: &dyn Fn(&str) -> f64) -> f64 {
        self.root.evaluate(value_of)
    }
}

impl Expr {
    fn ids<'a>(&'a self, ids: &mut Vec<&'a str>) {
        match self {
            Expr::Id(id) => ids.push(id),
            Expr::Constant(_) => {}
            Expr::Negate(inner) => inner.ids(ids),
            Expr::Binary(_, left, right) => {
                left.ids(ids);
                right.ids(ids);
            }
        }
    }

    fn evaluate(&self, value_of: &dyn Fn(&str) -> f64) -> f64 {
        match self {
            Expr::Id(id) => value_of(id),
            Expr::Constant(number) => *number,
            Expr::Negate(inner) => -inner.evaluate(value_of),
            Expr::Binary(operator, left, right) => {
                let (left, right) = (left.evaluate(value_of), right.evaluate(value_of));
                match operator {
                    Operator::Plus => left + right,
                    Operator::Minus => left - right,
                    Operator::Times => left * right,
                    Operator::Divide => left / right,
                }
            }
        }
    }
}

/// A recursive-descent parser over the tokens: `sum := product (("+" | "-") product)*`,
/// `product := factor (("*" | "/") factor)*`, `factor := "-" factor | "(" sum ")" | number |
/// id`. Parentheses nest at most [`MAX_FORMULA_DEPTH`] deep.
struct Parser<'a> {
    tokens: &'a [&'a str],
    at: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<&'a str> {
        self.tokens.get(self.at).copied()
    }

    fn binary(
        &mut self,
        operators: &[(&str, Operator)],
        operand: fn(&mut Self) -> Result<Expr, String>,
    ) -> Result<Expr, String> {
        let mut left = operand(self)?;
        while let Some(&(_, operator)) = operators
            .iter()
            .find(|(token, _)| self.peek() == Some(*token))
        {
            self.at += 1;
            let right = operand(self)?;
            left = Expr::Binary(operator, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn sum(&mut self) -> Result<Expr, String> {
        self.binary(
            &[("+", Operator::Plus), ("-", Operator::Minus)],
            Self::product,
        )
    }

    fn product(&mut self) -> Result<Expr, String> {
        self.binary(
            &[("*", Operator::Times), ("/", Operator::Divide)],
            Self::factor,
        )
    }

    fn factor(&mut self) -> Result<Expr, String> {
        let token = self.peek().ok_or_else(|| EXPECTED.to_string())?;
        self.at += 1;
        match token {
            "-" => Ok(Expr::Negate(Box::new(self.nested(Self::factor)?))),
            "(" => {
                let inner = self.nested(Self::sum)?;
                if self.peek() != Some(")") {
                    return Err(EXPECTED.to_string());
                }
                self.at += 1;
                Ok(inner)
            }
            token => match parse_decimal(token) {
                Some(number) => Ok(Expr::Constant(number)),
                None if is_id(token) => Ok(Expr::Id(token.to_string())),
                None => Err(EXPECTED.to_string()),
            },
        }
    }

    /// Parses one level deeper, refusing to go past the limit.
    fn nested(&mut self, parse: fn(&mut Self) -> Result<Expr, String>) -> Result<Expr, String> {
        self.depth += 1;
        if self.depth > MAX_FORMULA_DEPTH {
            return Err(format!(
                "{EXPECTED}, nested at most {MAX_FORMULA_DEPTH} deep"
            ));
        }
        let result = parse(self);
        self.depth -= 1;
        result
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
/// and around the operators and parentheses. (Pieces are taken with `str::get`, which cannot
/// panic, so core's slicing-panic message and its Debug formatting stay out of the wasm.)
fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = 0;
    for (index, c) in text.char_indices() {
        let space = c.is_whitespace();
        if space || matches!(c, '*' | '/' | '+' | '-' | '(' | ')') {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Result<f64, String> {
        let formula = Formula::parse(text)?;
        Ok(formula.evaluate(&|id| match id {
            "a" => 2.0,
            "b" => 3.0,
            _ => f64::NAN,
        }))
    }

    #[test]
    fn operators_bind_as_in_arithmetic() {
        assert_eq!(value("a + b * 2"), Ok(8.0));
        assert_eq!(value("(a + b) * 2"), Ok(10.0));
        assert_eq!(value("a - b - 1"), Ok(-2.0));
        assert_eq!(value("12 / a / b"), Ok(2.0));
        assert_eq!(value("-a * -b"), Ok(6.0));
        assert_eq!(value("(b-a)*100"), Ok(100.0));
        assert_eq!(value("((a))"), Ok(2.0));
    }

    #[test]
    fn malformed_formulas_say_what_a_formula_is() {
        for text in [
            "",
            "a +",
            "* a",
            "(a",
            "a)",
            "a b",
            "()",
            "a ** b",
            "A",
            "1e5",
            "a + 1.1234567",
        ] {
            assert_eq!(value(text), Err(EXPECTED.to_string()), "{text:?}");
        }
        let deep = format!("{}a{}", "(".repeat(20), ")".repeat(20));
        assert!(value(&deep).is_err_and(|error| error.contains("nested at most")));
    }

    #[test]
    fn ids_are_listed_in_order() -> Result<(), String> {
        let formula = Formula::parse("(x - y) / (x + 2)")?;
        assert_eq!(formula.ids(), ["x", "y", "x"]);
        Ok(())
    }
}
