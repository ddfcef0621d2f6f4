//! Hedges: the words before or after a number that bound it (`more than`, `nearly`, `about`,
//! `超过`, `左右`, `100多`), and what each allows of the format's qualifiers.

use super::lookup::{ends_with_any, starts_with_ignore_case};
use crate::model::Qualifier;

/// How a text hedges a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hedge {
    /// No hedge: the number as it is.
    Exact,
    /// `more than`, `over`, `at least`, `超过`, `逾`, `100多`, `以上`.
    MoreThan,
    /// `nearly`, `almost`, `close to`, `近`, `将近`, `接近`.
    Nearly,
    /// `about`, `around`, `approximately`, `约`, `左右`.
    About,
    /// `less than`, `under`, `up to`, `不到`, `不足`: a bound the format's qualifiers cannot state.
    LessThan,
}

impl Hedge {
    /// The figure qualifier for a number so hedged, if the format has one.
    pub fn qualifier(self) -> Option<Qualifier> {
        match self {
            Hedge::Exact => Some(Qualifier::Exact),
            Hedge::MoreThan => Some(Qualifier::MoreThan),
            Hedge::Nearly => Some(Qualifier::Nearly),
            Hedge::About => Some(Qualifier::About),
            Hedge::LessThan => None,
        }
    }

    /// Whether a figure with `qualifier` says what a number so hedged says. `nearly` and
    /// `about` are one kind, the approximate; `less than` fits no qualifier of the format.
    pub fn allows(self, qualifier: Qualifier) -> bool {
        match self {
            Hedge::Exact => qualifier == Qualifier::Exact,
            Hedge::MoreThan => qualifier == Qualifier::MoreThan,
            Hedge::Nearly | Hedge::About => {
                matches!(qualifier, Qualifier::Nearly | Qualifier::About)
            }
            Hedge::LessThan => false,
        }
    }
}

/// Hedges written before a number. The longest that ends right before it wins (`no more than`
/// over `more than`); an English one must start a word.
const HEDGES_BEFORE: &[(&str, Hedge)] = &[
    ("more than", Hedge::MoreThan),
    ("over", Hedge::MoreThan),
    ("just over", Hedge::MoreThan),
    ("well over", Hedge::MoreThan),
    ("above", Hedge::MoreThan),
    ("exceeding", Hedge::MoreThan),
    ("in excess of", Hedge::MoreThan),
    ("upwards of", Hedge::MoreThan),
    ("at least", Hedge::MoreThan),
    ("no less than", Hedge::MoreThan),
    ("not less than", Hedge::MoreThan),
    ("no fewer than", Hedge::MoreThan),
    ("nearly", Hedge::Nearly),
    ("almost", Hedge::Nearly),
    ("close to", Hedge::Nearly),
    ("just under", Hedge::Nearly),
    ("about", Hedge::About),
    ("around", Hedge::About),
    ("approximately", Hedge::About),
    ("roughly", Hedge::About),
    ("some", Hedge::About),
    ("an estimated", Hedge::About),
    ("less than", Hedge::LessThan),
    ("fewer than", Hedge::LessThan),
    ("under", Hedge::LessThan),
    ("below", Hedge::LessThan),
    ("up to", Hedge::LessThan),
    ("at most", Hedge::LessThan),
    ("no more than", Hedge::LessThan),
    ("not more than", Hedge::LessThan),
    ("超过", Hedge::MoreThan),
    ("超", Hedge::MoreThan),
    ("逾", Hedge::MoreThan),
    ("多于", Hedge::MoreThan),
    ("高于", Hedge::MoreThan),
    ("近", Hedge::Nearly),
    ("将近", Hedge::Nearly),
    ("接近", Hedge::Nearly),
    ("约", Hedge::About),
    ("大约", Hedge::About),
    ("大概", Hedge::About),
    ("不到", Hedge::LessThan),
    ("不足", Hedge::LessThan),
    ("少于", Hedge::LessThan),
    ("低于", Hedge::LessThan),
];

/// Hedges written after a number (and its unit sign): in English right after it, in Chinese
/// also after up to three characters of what is counted (`100家以上`).
const HEDGES_AFTER: &[(&str, Hedge)] = &[
    (" or more", Hedge::MoreThan),
    ("+", Hedge::MoreThan),
    ("-plus", Hedge::MoreThan),
    (" plus", Hedge::MoreThan),
    (" or so", Hedge::About),
    ("以上", Hedge::MoreThan),
    ("左右", Hedge::About),
    ("以下", Hedge::LessThan),
    ("以内", Hedge::LessThan),
];

/// The hedge that ends `before` (one space allowed between it and the number), with its length
/// up to the number.
pub(super) fn hedge_before(before: &str) -> Option<(usize, Hedge)> {
    ends_with_any(before, HEDGES_BEFORE)
}

/// The hedge after a number, with its length from the number's end.
pub(super) fn hedge_after(rest: &str) -> Option<(usize, Hedge)> {
    let mut skipped = 0;
    for c in rest.chars().take(4) {
        if let Some(&(phrase, hedge)) = HEDGES_AFTER
            .iter()
            .find(|(phrase, _)| starts_with_ignore_case(&rest[skipped..], phrase))
        {
            let boundary = !phrase.is_ascii()
                || !rest[skipped + phrase.len()..].starts_with(|c: char| c.is_ascii_alphanumeric());
            if boundary {
                return Some((skipped + phrase.len(), hedge));
            }
        }
        // What is counted may come between a Chinese number and its hedge: `100家以上`.
        if !('\u{4e00}'..='\u{9fff}').contains(&c) {
            return None;
        }
        skipped += c.len_utf8();
    }
    None
}
