//! The one scale of an axis: each value's label a short number (`221`, `≈40%`, `−4.7`), the
//! unit and its scale word said once, in a caption (`Billion yuan`, `亿元`, `Percentage points`).

use super::language::{fill_one, table};
use super::money::currency_name;
use super::number::{number_in, of};
use super::value::{qualified, sign};
use crate::model::{Figure, Lang, Unit};

/// One scale for the values of an axis, so each value's label is a short number and the unit
/// is said once, in a caption (`Billion yuan`, `亿元`, `Percentage points`).
#[derive(Clone, Debug, PartialEq)]
pub struct AxisScale {
    /// What each value is divided by for its label.
    pub divisor: f64,
    /// The unit of the labels, said once above the axis; empty where each label carries its
    /// unit sign (`30%`, `5×`).
    pub caption: String,
    /// The unit sign each label carries, as a template around the number (`{}%`, `{}×`,
    /// `{}倍`), or `{}` alone.
    pub suffix: &'static str,
}

/// The scale of an axis for values of `figure`'s unit up to `largest` (in size).
pub fn axis_scale(figure: &Figure, largest: f64, lang: Lang) -> AxisScale {
    let table = table(lang);
    let numbers = &table.numbers;
    let scale = numbers
        .scales
        .iter()
        .find(|scale| largest >= scale.power * 0.999_995);
    let divisor = scale.map_or(1.0, |scale| scale.power);
    // `Billion yuan`, `Milliards de yuans`, `亿元`; `Companies`.
    let joined = |what: &str| match scale {
        Some(scale) => capitalized(&format!(
            "{}{}{}{what}",
            scale.caption,
            numbers.space,
            of(true, what, table)
        )),
        None => capitalized(what),
    };
    let plain = |caption: String| AxisScale {
        divisor,
        caption,
        suffix: "{}",
    };
    match figure.unit {
        Unit::Share | Unit::Rate => AxisScale {
            divisor: 0.01,
            caption: String::new(),
            suffix: numbers.percent,
        },
        Unit::Ratio => AxisScale {
            divisor: 1.0,
            caption: String::new(),
            suffix: numbers.ratio,
        },
        Unit::Points => AxisScale {
            divisor: 1.0,
            caption: numbers.points_caption.to_string(),
            suffix: "{}",
        },
        Unit::Count => plain(joined(
            figure
                .unit_label
                .as_ref()
                .map_or("", |label| label.get(lang)),
        )),
        Unit::Money => plain(joined(
            figure
                .currency
                .map_or("", |currency| currency_name(currency, lang)),
        )),
    }
}

/// `text` with its first letter in capitals, for an axis caption: the letters that begin the
/// words of the languages the widget speaks (ASCII and Latin-1: `Élèves`, `Ärzte`, `Índice`);
/// any other first character is left as it is (Chinese and Japanese have no capitals).
/// Not `char::to_uppercase`, which links Unicode's whole case table into the wasm (1.8 KB gzip).
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => {
            let upper = match first {
                'a'..='z' => first.to_ascii_uppercase(),
                // Latin-1's small letters à to þ, but ÷, are their capitals' code points plus 32.
                'à'..='þ' if first != '÷' => char::from_u32(first as u32 - 32).unwrap_or(first),
                _ => first,
            };
            std::iter::once(upper).chain(chars).collect()
        }
        None => String::new(),
    }
}

/// A value's label on an axis of `scale`: its own sign, the number in the scale and the unit
/// sign, with the article's qualifier around them: `221`, `397.8`, `≈40%`, `−4.7`, `近40%`.
pub fn axis_value(figure: &Figure, scale: &AxisScale, lang: Lang) -> String {
    let size = number_in(figure.value.abs() / scale.divisor, lang);
    let number = fill_one(scale.suffix, &size);
    qualified(
        figure,
        &format!("{}{number}", sign(figure, figure.value)),
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caption_begins_with_a_capital_in_every_latin_language() {
        assert_eq!(capitalized("companies"), "Companies");
        assert_eq!(capitalized("élèves"), "Élèves");
        assert_eq!(capitalized("ärzte"), "Ärzte");
        assert_eq!(capitalized("índice"), "Índice");
        assert_eq!(capitalized("亿元"), "亿元");
        assert_eq!(capitalized("÷"), "÷");
        assert_eq!(capitalized(""), "");
        // Every small letter it capitalizes, as Unicode's own table does.
        for small in ('a'..='z').chain('à'..='þ').filter(|c| *c != '÷') {
            let unicode: String = small.to_uppercase().collect();
            assert_eq!(capitalized(&small.to_string()), unicode, "{small}");
        }
    }
}
