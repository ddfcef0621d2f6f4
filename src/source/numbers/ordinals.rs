//! Ranks: a number that states a place in an order rather than an amount (`第11位`, `第三季度`,
//! `11th`, `2nd`).

use super::hedges::Hedge;
use super::lookup::word_at;
use super::stated::{Form, StatedNumber};

/// The number read at `at` in `text` (`length` bytes, worth `value`) as a rank, with `第` before
/// it or an English suffix after it; none when it is an amount.
pub(super) fn ordinal(text: &str, at: usize, value: f64, length: usize) -> Option<StatedNumber> {
    // `第三季度` is the third quarter, `第11位` eleventh: a rank, not three of anything.
    let range = if text[..at].ends_with('第') {
        at - '第'.len_utf8()..at + length
    } else {
        // `11th`, `2nd`: ordinals in English.
        let suffix = ["st", "nd", "rd", "th"]
            .iter()
            .find(|suffix| word_at(&text[at + length..], suffix))?;
        at..at + length + suffix.len()
    };
    Some(StatedNumber {
        value,
        form: Form::Ordinal,
        hedge: Hedge::Exact,
        currency: None,
        yuan_alone: false,
        direction: None,
        range,
    })
}
