//! A derived figure's formula read in words: each id as its figure's label and value, the
//! operators as signs, in parentheses only where the reading needs them.

use super::language::table;
use super::number::number_in;
use super::value::long_value;
use crate::model::{Expr, Formula, Lang, Model, Operator};

/// A formula with each id replaced by its figure's label and value in words, read from the
/// parsed formula (so `a/b` reads as well as `a / b`):
/// `Doctorate holders, 2020 (more than 700 doctorate holders) ÷ … (about 5 times)`.
pub fn readable_formula(model: &Model, formula: &Formula, lang: Lang) -> String {
    let mut out = String::new();
    write_expr(&mut out, model, formula.expr(), lang);
    out
}

/// Writes `expr` in words, in parentheses where its operators bind looser than the ones
/// around it (`(A − B) × 100`).
fn write_expr(out: &mut String, model: &Model, expr: &Expr, lang: Lang) {
    match expr {
        Expr::Constant(number) => out.push_str(&number_in(*number, lang)),
        Expr::Id(id) => match model.figure(id) {
            Some(figure) => {
                let [open, _, close] = table(lang).sentences.aside;
                out.push_str(&format!(
                    "{}{open}{}{close}",
                    figure.label.get(lang),
                    long_value(figure, lang)
                ));
            }
            None => out.push_str(id),
        },
        Expr::Negate(inner) => {
            out.push('−');
            write_operand(out, model, inner, lang, 3);
        }
        Expr::Binary(operator, left, right) => {
            let precedence = operator.precedence();
            write_operand(out, model, left, lang, precedence);
            out.push_str(match operator {
                Operator::Plus => " + ",
                Operator::Minus => " − ",
                Operator::Times => " × ",
                Operator::Divide => " ÷ ",
            });
            // `a − (b − c)` and `a ÷ (b × c)` keep their parentheses on the right.
            write_operand(out, model, right, lang, precedence + 1);
        }
    }
}

/// An operand of an operator binding `at_least` as tightly, in parentheses where it binds
/// looser.
fn write_operand(out: &mut String, model: &Model, expr: &Expr, lang: Lang, at_least: u8) {
    let binds = match expr {
        Expr::Binary(operator, ..) => operator.precedence(),
        _ => u8::MAX,
    };
    if binds < at_least {
        out.push('(');
        write_expr(out, model, expr, lang);
        out.push(')');
    } else {
        write_expr(out, model, expr, lang);
    }
}
