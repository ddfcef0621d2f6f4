//! Numerals: a number's value as written at the start of a text, in digits (`10,000`, `3.6`),
//! English words (`twenty-five`, `twice`, `a million`) or Chinese numerals (`一百二十`,
//! `二〇一六`, `百分之三十`, `翻两番`), without a float parser.

use super::lookup::{find_word, word_at};
use super::stated::Form;
use super::units::SCALES;

/// Number words. Tens take a unit after a hyphen (`twenty-five`).
const WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Words that are a number in a form of their own.
const FORM_WORDS: &[(&str, f64, Form)] = &[
    ("half", 50.0, Form::Percent),
    ("twice", 2.0, Form::Times),
    ("doubled", 2.0, Form::Times),
    ("tripled", 3.0, Form::Times),
    ("quadrupled", 4.0, Form::Times),
];

/// A number at the start of `rest`: its value, its length in bytes, and its form when the
/// way it is written fixes one (`百分之三十`, `twice`, `翻一番`).
pub(super) fn read_value(rest: &str, previous: Option<char>) -> Option<(f64, usize, Option<Form>)> {
    // `翻一番`, `翻了两番`: doubled once, twice (2 and 4 times).
    if let Some(after) = rest.strip_prefix('翻') {
        let after = after.strip_prefix('了').unwrap_or(after);
        let (n, length) = read_chinese(after).or_else(|| read_digits(after))?;
        if !after[length..].starts_with('番') || !(1.0..=10.0).contains(&n) || n.fract() != 0.0 {
            return None;
        }
        let length = rest.len() - after.len() + length + '番'.len_utf8();
        let times = (1..=n as u32).fold(1.0, |times, _| times * 2.0);
        return Some((times, length, Some(Form::Times)));
    }
    if let Some(after) = rest.strip_prefix("百分之") {
        let (value, length) = read_digits(after).or_else(|| read_chinese(after))?;
        return Some((value, "百分之".len() + length, Some(Form::Percent)));
    }
    let in_word = previous.is_some_and(|c| c.is_ascii_alphanumeric());
    let first = rest.chars().next()?;
    if first.is_ascii_digit() {
        return if in_word {
            None
        } else {
            read_digits(rest).map(|(value, length)| (value, length, None))
        };
    }
    if first.is_ascii_alphabetic() {
        return if in_word { None } else { read_words(rest) };
    }
    read_chinese(rest).map(|(value, length)| (value, length, None))
}

/// Digits with thousands separators and decimals: `615`, `10,000`, `3.6`.
fn read_digits(rest: &str) -> Option<(f64, usize)> {
    let bytes = rest.as_bytes();
    let is_digit = |index: usize| bytes.get(index).is_some_and(u8::is_ascii_digit);
    let mut whole = 0.0;
    let mut length = 0;
    while length < bytes.len() {
        if is_digit(length) {
            whole = whole * 10.0 + f64::from(bytes[length] - b'0');
            length += 1;
        } else if bytes[length] == b','
            && length > 0
            && (1..=3).all(|step| is_digit(length + step))
            && !is_digit(length + 4)
        {
            length += 1;
        } else {
            break;
        }
    }
    if length == 0 {
        return None;
    }
    if bytes.get(length) == Some(&b'.') && is_digit(length + 1) {
        length += 1;
        let (mut fraction, mut scale) = (0.0, 1.0);
        while is_digit(length) {
            fraction = fraction * 10.0 + f64::from(bytes[length] - b'0');
            scale *= 10.0;
            length += 1;
        }
        whole += fraction / scale;
    }
    Some((whole, length))
}

/// A number in English words: `five`, `twenty-five`, `Twice`.
fn read_words(rest: &str) -> Option<(f64, usize, Option<Form>)> {
    if let Some((length, value, form)) = FORM_WORDS
        .iter()
        .find(|(word, ..)| word_at(rest, word))
        .map(|&(word, value, form)| (word.len(), value, form))
    {
        return Some((value, length, Some(form)));
    }
    // `a million`, `A hundred`: one, when a scale follows.
    if word_at(rest, "a") && find_word(&rest[1..], SCALES).is_some() {
        return Some((1.0, 1, None));
    }
    let (word, value) = WORDS.iter().find(|(word, _)| word_at(rest, word))?;
    let mut length = word.len();
    let mut value = *value;
    if value >= 20.0 {
        if let Some(unit) = rest[length..]
            .strip_prefix('-')
            .and_then(|after| WORDS[..9].iter().find(|(word, _)| word_at(after, word)))
        {
            length += 1 + unit.0.len();
            value += unit.1;
        }
    }
    Some((value, length, None))
}

/// A number in Chinese numerals: `五`, `三十`, `一百二十`, `两万`, `二〇一六`.
fn read_chinese(rest: &str) -> Option<(f64, usize)> {
    // 〇 and 零 are both zero, 两 is two before a unit.
    let digit = |c: char| {
        "〇一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .or(match c {
                '零' => Some(0),
                '两' => Some(2),
                _ => None,
            })
    };
    let first = rest.chars().next()?;
    if digit(first).is_none() && first != '十' {
        return None;
    }
    let (mut total, mut section, mut number) = (0.0, 0.0, 0.0);
    let mut previous_digit = false;
    let mut length = 0;
    for (at, c) in rest.char_indices() {
        if let Some(value) = digit(c) {
            // Digits in a row are read as written, like a year: 二〇一六.
            let carried = if previous_digit { number * 10.0 } else { 0.0 };
            number = carried + value as f64;
            previous_digit = true;
        } else {
            previous_digit = false;
            match c {
                '十' | '百' | '千' => {
                    let unit = match c {
                        '十' => 10.0,
                        '百' => 100.0,
                        _ => 1000.0,
                    };
                    section += if number == 0.0 { 1.0 } else { number } * unit;
                    number = 0.0;
                }
                '万' => {
                    total += (section + number) * 1e4;
                    (section, number) = (0.0, 0.0);
                }
                '亿' => {
                    total = (total + section + number) * 1e8;
                    (section, number) = (0.0, 0.0);
                }
                _ => break,
            }
        }
        length = at + c.len_utf8();
    }
    Some((total + section + number, length))
}
