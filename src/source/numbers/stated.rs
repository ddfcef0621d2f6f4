//! What a number as a text states it is: its value, its form (plain, percent, points, times, a
//! rank), its hedge, currency and direction, and where it is; and the number in the format's
//! terms (`in_units`), which the source check and the editor's figure from a selection compare.

use std::ops::Range;

use super::directions::Direction;
use super::hedges::Hedge;
use crate::model::{Currency, Unit};

/// How a number is written: as itself, as a percentage, in percentage points, as a multiple or
/// as a place in an order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `615`, `3.6`, `1.2 million`, `five`, `$29.92 billion` (with its currency).
    Plain,
    /// `30%`, `30 per cent`, `百分之三十`, `half` (50).
    Percent,
    /// `4.7 percentage points`, `4.7 pp`, `a 4.7-point fall`, `4.7个百分点`.
    Points,
    /// `5 times`, `five-fold`, `5倍`, `twice` (2).
    Times,
    /// `11th`, `第11位`: a rank, not an amount.
    Ordinal,
}

/// A number as a text states it.
#[derive(Clone, Debug, PartialEq)]
pub struct StatedNumber {
    /// The number as written: 30 for `30%`, 5 for `5 times`.
    pub value: f64,
    pub form: Form,
    pub hedge: Hedge,
    /// The currency written with it, for money (`$`, `yuan`, `亿元`).
    pub currency: Option<Currency>,
    /// Whether that currency is written `元` alone (`850亿元`), which is the yuan in mainland
    /// China and each place's own dollar in Hong Kong, Taiwan and Macau (`港元`, `新台币`,
    /// `澳门元` as their papers write them short): read as the yuan, allowing the three (the
    /// source check clears it for an article not written in Traditional Chinese).
    pub yuan_alone: bool,
    /// The direction a change verb before or after it gives it (`fell`, `下降`, `rise`).
    pub direction: Option<Direction>,
    /// Where the number is in the text, its hedge, currency and unit sign included (`more than
    /// 30%`, `$29.92 billion`), not its verb.
    pub range: Range<usize>,
}

impl Form {
    /// How an article writes a number of `unit`, and what the unit's value is multiplied by
    /// to be written so (100 for a rate or a share written as a percentage).
    pub fn of(unit: Unit) -> (Form, f64) {
        match unit {
            Unit::Count | Unit::Money => (Form::Plain, 1.0),
            Unit::Share | Unit::Rate => (Form::Percent, 100.0),
            Unit::Points => (Form::Points, 1.0),
            Unit::Ratio => (Form::Times, 1.0),
        }
    }
}

impl StatedNumber {
    /// Whether money in `currency` is what the number's words state: their currency, or, for
    /// `元` alone, the Hong Kong, Taiwan or Macau dollar that papers there write so.
    pub fn states_currency(&self, currency: Option<Currency>) -> bool {
        self.currency == currency
            || (self.yuan_alone
                && matches!(
                    currency,
                    Some(Currency::Hkd | Currency::Twd | Currency::Mop)
                ))
    }

    /// The number in the format's terms, its size only: its unit (money where a currency is
    /// written with it, a rate for a percentage) and value in that unit; none for a rank.
    pub fn in_units(&self) -> Option<(Unit, f64)> {
        let unit = match self.form {
            Form::Plain if self.currency.is_some() => Unit::Money,
            Form::Plain => Unit::Count,
            Form::Percent => Unit::Rate,
            Form::Points => Unit::Points,
            Form::Times => Unit::Ratio,
            Form::Ordinal => return None,
        };
        Some((unit, tidy(self.value / Form::of(unit).1)))
    }

    /// Whether a percentage of `text` (the text this number was read from) is a part of a
    /// whole rather than a rate: `79.18 percent of output`, `占全市的30%`, `占比30%`, `佔經常開支59%`.
    pub fn is_share(&self, text: &str) -> bool {
        if self.form != Form::Percent {
            return false;
        }
        let after = text.get(self.range.end..).unwrap_or("").trim_start();
        let before = text.get(..self.range.start).unwrap_or("");
        // `占` in the words just before it, back to the clause's start or the last number.
        let mut near = before
            .chars()
            .rev()
            .take_while(|c| !c.is_ascii_digit() && !"，。；,;".contains(*c))
            .take(12);
        after.starts_with("of ") || near.any(|c| c == '占' || c == '佔')
    }
}

/// `value` rounded to 12 significant digits: the decimal the article wrote, without the residue
/// that a scale or a percentage leaves in binary (`79.18 / 100` is 0.7918000000000001, so the
/// editor would write that). No article writes a number with more digits.
pub(in crate::source) fn tidy(value: f64) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    // The power of ten that brings the value's magnitude into [1e11, 1e12).
    let (mut magnitude, mut shift) = (value.abs(), 0i32);
    while magnitude >= 1e12 {
        magnitude /= 10.0;
        shift -= 1;
    }
    while magnitude < 1e11 {
        magnitude *= 10.0;
        shift += 1;
    }
    // Powers of ten up to 1e22 are exact, so the rounded integer divided (or multiplied) by one
    // is the double nearest the decimal, as the decimal's own literal is.
    let power = 10f64.powi(shift.abs());
    if shift >= 0 {
        (value * power).round() / power
    } else {
        (value / power).round() * power
    }
}
