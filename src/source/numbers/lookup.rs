//! Finding a table's entries in text: the one way the number reader matches its words, signs
//! and phrases, in ASCII case only and on byte slices (no `to_lowercase`, no regex), English
//! entries as whole words.

/// The longest entry of `table` that `before` ends with (one space allowed between it and what
/// follows), an English one starting a word, with its length up to the end of `before`.
pub(super) fn ends_with_any<T: Copy>(before: &str, table: &[(&str, T)]) -> Option<(usize, T)> {
    let trimmed = before.strip_suffix(' ').unwrap_or(before);
    let gap = before.len() - trimmed.len();
    let bytes = trimmed.as_bytes();
    table
        .iter()
        .filter(|(phrase, _)| {
            let Some(start) = bytes.len().checked_sub(phrase.len()) else {
                return false;
            };
            let starts_word = !phrase.starts_with(|c: char| c.is_ascii_alphabetic())
                || start == 0
                || !bytes[start - 1].is_ascii_alphanumeric();
            bytes[start..].eq_ignore_ascii_case(phrase.as_bytes()) && starts_word
        })
        .max_by_key(|(phrase, _)| phrase.len())
        .map(|&(phrase, value)| (phrase.len() + gap, value))
}

/// Whether `rest` starts with the whole word `word`, in any case (`five` in `Five times`,
/// `fivefold`, not in `fiver`).
pub(super) fn word_at(rest: &str, word: &str) -> bool {
    let bytes = rest.as_bytes();
    bytes.len() >= word.len()
        && bytes[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        && (!bytes.get(word.len()).is_some_and(u8::is_ascii_alphabetic)
            || starts_with_ignore_case(&rest[word.len()..], "fold"))
}

/// The entry of `table` that `rest` starts with, as a whole word where it is English.
pub(super) fn find_word<T: Copy>(rest: &str, table: &[(&str, T)]) -> Option<(usize, T)> {
    table
        .iter()
        .find(|(word, _)| {
            starts_with_ignore_case(rest, word)
                && (!word.ends_with(|c: char| c.is_ascii_alphabetic())
                    || !rest[word.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()))
        })
        .map(|&(word, value)| (word.len(), value))
}

pub(super) fn starts_with_any(rest: &str, prefixes: &[&str]) -> Option<usize> {
    prefixes
        .iter()
        .find(|prefix| rest.starts_with(**prefix))
        .map(|prefix| prefix.len())
}

pub(super) fn starts_with_ignore_case(rest: &str, prefix: &str) -> bool {
    rest.len() >= prefix.len()
        && rest.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}
