//! The number reader: every number of a text as articles write them (`615`, `10,000`, `3.6`,
//! `30%`, `30 per cent`, `5 times`, `five-fold`, `5倍`, `百分之三十`, `1.2 million`,
//! `a million`, `1.2万`, `三成`, `翻两番`), each with the hedge in front of or behind it
//! (`more than`, `nearly`, `超过`, `近`, `左右`…), the currency written with it (`$29.92
//! billion`, `221 billion yuan`, `2210亿元`), percentage points apart from percentages
//! (`4.7 percentage points`, `4.7 pp`, `4.7个百分点`), ordinals (`11th`, `第11位`), and the
//! direction a change verb gives it (`fell 4.7 points`, `下降4.7个百分点`, `a 15.6% rise`).
//! From tables rather than a regex crate or a float parser, to keep the wasm small. The source
//! check and the editor's figure from a selection share it.

use std::ops::Range;

use super::folded::Folded;
use crate::model::{Currency, Qualifier, Unit};

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

/// Which way a change verb takes the number: `rose 5%`, `fell 4.7 points`, `增长15.6%`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
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
    /// whole rather than a rate: `79.18 percent of output`, `占全市的30%`, `占比30%`.
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
        after.starts_with("of ") || near.any(|c| c == '占')
    }
}

/// `value` rounded to 12 significant digits: the decimal the article wrote, without the residue
/// that a scale or a percentage leaves in binary (`79.18 / 100` is 0.7918000000000001, so the
/// editor would write that). No article writes a number with more digits.
pub(super) fn tidy(value: f64) -> f64 {
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

/// Every number of `text`, in order, as [`StatedNumber`]s whose ranges index `text`.
pub fn numbers(text: &str) -> Vec<StatedNumber> {
    let folded = Folded::new(text);
    read_numbers(&folded.text)
        .into_iter()
        .map(|number| StatedNumber {
            range: folded.original_range(number.range.clone()),
            ..number
        })
        .collect()
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

/// What may follow `成` right after a number when it starts a word, not tenths (`5成为`).
const NOT_TENTHS: &[char] = &[
    '立', '为', '本', '功', '果', '员', '长', '交', '熟', '都', '绩',
];

/// Words and characters that multiply the number before them (`1.2 million`, `1.2万`).
const SCALES: &[(&str, f64)] = &[
    (" hundred", 1e2),
    (" thousand", 1e3),
    (" million", 1e6),
    (" billion", 1e9),
    (" trillion", 1e12),
    // The press's short forms: `1.2bn`, `1.2 bn`.
    ("bn", 1e9),
    (" bn", 1e9),
    ("万", 1e4),
    ("亿", 1e8),
];

/// What makes a number a percentage or a multiple, right after it.
const FORMS: &[(&str, Form)] = &[
    ("%", Form::Percent),
    (" %", Form::Percent),
    (" per cent", Form::Percent),
    (" percent", Form::Percent),
    (" percentage points", Form::Points),
    (" percentage point", Form::Points),
    ("-percentage-point", Form::Points),
    (" points", Form::Points),
    (" point", Form::Points),
    ("-point", Form::Points),
    (" pp", Form::Points),
    ("pp", Form::Points),
    ("个百分点", Form::Points),
    ("百分点", Form::Points),
    // British papers' `30pc`.
    ("pc", Form::Percent),
    (" pc", Form::Percent),
    (" times", Form::Times),
    ("-fold", Form::Times),
    ("fold", Form::Times),
    ("倍", Form::Times),
    ("x", Form::Times),
    ("×", Form::Times),
];

/// Currencies written before a number by a sign (`$29.92 billion`, `RMB 5 billion`), the
/// ISO 4217 codes aside (`currency_before`): the longest that ends right before it, one space
/// allowed.
const CURRENCIES_BEFORE: &[(&str, Currency)] = &[
    ("US$", Currency::Usd),
    ("HK$", Currency::Hkd),
    ("NT$", Currency::Twd),
    ("MOP$", Currency::Mop),
    ("$", Currency::Usd),
    ("€", Currency::Eur),
    ("£", Currency::Gbp),
    ("RMB", Currency::Cny),
];

/// A currency before a number, by its sign or its ISO 4217 code (`$`, `RMB`, `USD 5 billion`).
fn currency_before(before: &str) -> Option<(usize, Currency)> {
    ends_with_any(before, CURRENCIES_BEFORE).or_else(|| ends_with_any(before, &Currency::CODES))
}

/// Currencies written after a number and its scale (`221 billion yuan`, `2210亿元`).
const CURRENCIES_AFTER: &[(&str, Currency)] = &[
    (" yuan", Currency::Cny),
    (" renminbi", Currency::Cny),
    (" RMB", Currency::Cny),
    (" US dollars", Currency::Usd),
    (" U.S. dollars", Currency::Usd),
    (" Hong Kong dollars", Currency::Hkd),
    (" HK dollars", Currency::Hkd),
    (" dollars", Currency::Usd),
    (" euros", Currency::Eur),
    (" euro", Currency::Eur),
    (" pounds", Currency::Gbp),
    (" yen", Currency::Jpy),
    (" patacas", Currency::Mop),
    ("元人民币", Currency::Cny),
    ("人民币", Currency::Cny),
    ("美元", Currency::Usd),
    ("欧元", Currency::Eur),
    ("港元", Currency::Hkd),
    ("港币", Currency::Hkd),
    ("英镑", Currency::Gbp),
    ("日元", Currency::Jpy),
    ("澳门元", Currency::Mop),
    ("新台币", Currency::Twd),
    ("元", Currency::Cny),
];

/// Change verbs and nouns before a number (`fell by`, `a rise of`, `下降了`): the longest that
/// ends right before it (or before its hedge), one space allowed; an English one starts a word.
const DIRECTIONS_BEFORE: &[(&str, Direction)] = &[
    ("fell", Direction::Down),
    ("fell by", Direction::Down),
    ("fallen", Direction::Down),
    ("fallen by", Direction::Down),
    ("falling", Direction::Down),
    ("dropped", Direction::Down),
    ("dropped by", Direction::Down),
    ("declined", Direction::Down),
    ("declined by", Direction::Down),
    ("decreased", Direction::Down),
    ("decreased by", Direction::Down),
    ("down", Direction::Down),
    ("down by", Direction::Down),
    ("shrank", Direction::Down),
    ("shrank by", Direction::Down),
    ("lost", Direction::Down),
    ("a drop of", Direction::Down),
    ("a fall of", Direction::Down),
    ("a decline of", Direction::Down),
    ("a decrease of", Direction::Down),
    ("rose", Direction::Up),
    ("rose by", Direction::Up),
    ("risen", Direction::Up),
    ("risen by", Direction::Up),
    ("rising", Direction::Up),
    ("increased", Direction::Up),
    ("increased by", Direction::Up),
    ("grew", Direction::Up),
    ("grew by", Direction::Up),
    ("grown", Direction::Up),
    ("grown by", Direction::Up),
    ("gained", Direction::Up),
    ("climbed", Direction::Up),
    ("jumped", Direction::Up),
    ("up", Direction::Up),
    ("up by", Direction::Up),
    ("a rise of", Direction::Up),
    ("an increase of", Direction::Up),
    ("a gain of", Direction::Up),
    ("growth of", Direction::Up),
    ("下降", Direction::Down),
    ("下降了", Direction::Down),
    ("减少", Direction::Down),
    ("减少了", Direction::Down),
    ("下跌", Direction::Down),
    ("下滑", Direction::Down),
    ("回落", Direction::Down),
    ("降低", Direction::Down),
    ("降低了", Direction::Down),
    ("增长", Direction::Up),
    ("增长了", Direction::Up),
    ("增加", Direction::Up),
    ("增加了", Direction::Up),
    ("上升", Direction::Up),
    ("上升了", Direction::Up),
    ("提高", Direction::Up),
    ("提高了", Direction::Up),
    ("上涨", Direction::Up),
];

/// Change nouns right after a number (`a 15.6% rise`, `4.7 points lower`).
const DIRECTIONS_AFTER: &[(&str, Direction)] = &[
    (" rise", Direction::Up),
    (" increase", Direction::Up),
    (" gain", Direction::Up),
    (" jump", Direction::Up),
    (" growth", Direction::Up),
    (" higher", Direction::Up),
    (" drop", Direction::Down),
    (" fall", Direction::Down),
    (" decline", Direction::Down),
    (" decrease", Direction::Down),
    (" lower", Direction::Down),
];

/// Every number of a folded text, with byte ranges into it.
pub(super) fn read_numbers(text: &str) -> Vec<StatedNumber> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let previous = text[..at].chars().next_back();
        // A currency code written against the number (`RMB5`) does not make it part of a word.
        let after_code = currency_before(&text[..at]).is_some();
        let Some((value, mut end, form)) = read_value(rest, previous.filter(|_| !after_code))
        else {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        // `第三季度` is the third quarter, `第11位` eleventh: a rank, not three of anything.
        if previous == Some('第') {
            found.push(StatedNumber {
                value,
                form: Form::Ordinal,
                hedge: Hedge::Exact,
                currency: None,
                direction: None,
                range: at - '第'.len_utf8()..at + end,
            });
            at += end;
            continue;
        }
        // `11th`, `2nd`: ordinals in English.
        if let Some(length) = ["st", "nd", "rd", "th"]
            .iter()
            .find(|suffix| word_at(&rest[end..], suffix))
            .map(|suffix| suffix.len())
        {
            found.push(StatedNumber {
                value,
                form: Form::Ordinal,
                hedge: Hedge::Exact,
                currency: None,
                direction: None,
                range: at..at + end + length,
            });
            at += end + length;
            continue;
        }
        let mut value = value;
        let mut hedge = Hedge::Exact;
        // `100多家`, `10余万`: more than.
        let mut more = |end: &mut usize| {
            if let Some(length) = starts_with_any(&rest[*end..], &["多", "余"]) {
                *end += length;
                hedge = Hedge::MoreThan;
            }
        };
        more(&mut end);
        while let Some((length, scale)) = find_word(&rest[end..], SCALES) {
            value *= scale;
            end += length;
            more(&mut end);
        }
        // `三成`, `七成以上`: tenths, so 30% and 70% (not `成立`, `成为`, … after a number).
        let tenths = form.is_none()
            && rest[end..].starts_with('成')
            && !rest[end + '成'.len_utf8()..].starts_with(NOT_TENTHS);
        if tenths {
            value *= 10.0;
            end += '成'.len_utf8();
        }
        let mut currency = None;
        let form = match form {
            Some(form) => form,
            None if tenths => Form::Percent,
            None => match find_word(&rest[end..], FORMS) {
                Some((length, form)) => {
                    end += length;
                    form
                }
                None => {
                    if let Some((length, after)) = find_word(&rest[end..], CURRENCIES_AFTER) {
                        end += length;
                        currency = Some(after);
                    }
                    Form::Plain
                }
            },
        };
        if let Some((length, after)) = hedge_after(&rest[end..]) {
            end += length;
            if hedge == Hedge::Exact {
                hedge = after;
            }
        }
        let mut direction = find_word(&rest[end..], DIRECTIONS_AFTER).map(|(_, after)| after);
        let mut start = at;
        if form == Form::Plain {
            if let Some((length, before)) = currency_before(&text[..start]) {
                start -= length;
                currency = currency.or(Some(before));
            }
        }
        if let Some((length, before)) = hedge_before(&text[..start]) {
            start -= length;
            hedge = before;
        }
        if let Some((_, before)) = ends_with_any(&text[..start], DIRECTIONS_BEFORE) {
            direction = Some(before);
        }
        found.push(StatedNumber {
            value,
            form,
            hedge,
            currency,
            direction,
            range: start..at + end,
        });
        at += end;
    }
    found
}

/// A number at the start of `rest`: its value, its length in bytes, and its form when the
/// way it is written fixes one (`百分之三十`, `twice`, `翻一番`).
fn read_value(rest: &str, previous: Option<char>) -> Option<(f64, usize, Option<Form>)> {
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

/// Whether `rest` starts with the whole word `word`, in any case (`five` in `Five times`,
/// `fivefold`, not in `fiver`).
fn word_at(rest: &str, word: &str) -> bool {
    let bytes = rest.as_bytes();
    bytes.len() >= word.len()
        && bytes[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        && (!bytes.get(word.len()).is_some_and(u8::is_ascii_alphabetic)
            || starts_with_ignore_case(&rest[word.len()..], "fold"))
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

/// The hedge that ends `before` (one space allowed between it and the number), with its length
/// up to the number.
fn hedge_before(before: &str) -> Option<(usize, Hedge)> {
    ends_with_any(before, HEDGES_BEFORE)
}

/// The longest entry of `table` that `before` ends with (one space allowed between it and what
/// follows), an English one starting a word, with its length up to the end of `before`.
fn ends_with_any<T: Copy>(before: &str, table: &[(&str, T)]) -> Option<(usize, T)> {
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

/// The hedge after a number, with its length from the number's end.
fn hedge_after(rest: &str) -> Option<(usize, Hedge)> {
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

/// The entry of `table` that `rest` starts with, as a whole word where it is English.
fn find_word<T: Copy>(rest: &str, table: &[(&str, T)]) -> Option<(usize, T)> {
    table
        .iter()
        .find(|(word, _)| {
            starts_with_ignore_case(rest, word)
                && (!word.ends_with(|c: char| c.is_ascii_alphabetic())
                    || !rest[word.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()))
        })
        .map(|&(word, value)| (word.len(), value))
}

fn starts_with_any(rest: &str, prefixes: &[&str]) -> Option<usize> {
    prefixes
        .iter()
        .find(|prefix| rest.starts_with(**prefix))
        .map(|prefix| prefix.len())
}

fn starts_with_ignore_case(rest: &str, prefix: &str) -> bool {
    rest.len() >= prefix.len()
        && rest.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::folded::find_quote;

    fn read(text: &str) -> Vec<(f64, Form, Hedge, &str)> {
        numbers(text)
            .into_iter()
            .map(|number| {
                (
                    number.value,
                    number.form,
                    number.hedge,
                    &text[number.range.clone()],
                )
            })
            .collect()
    }

    #[test]
    fn reads_numbers_as_articles_write_them() {
        use Form::*;
        use Hedge::*;
        assert_eq!(
            read("has reached 615, with more than 30% a year and nearly 10,000 people"),
            [
                (615.0, Plain, Exact, "615"),
                (30.0, Percent, MoreThan, "more than 30%"),
                (10_000.0, Plain, Nearly, "nearly 10,000"),
            ]
        );
        assert_eq!(
            read("A 3.6-kilometer road, about 5 times, five-fold, Twice, twenty-five, 1.2 million"),
            [
                (3.6, Plain, Exact, "3.6"),
                (5.0, Times, About, "about 5 times"),
                (5.0, Times, Exact, "five-fold"),
                (2.0, Times, Exact, "Twice"),
                (25.0, Plain, Exact, "twenty-five"),
                (1.2e6, Plain, Exact, "1.2 million"),
            ]
        );
        assert_eq!(
            read("over 30 per cent, half, no more than 5, 100 or more, someone, often, H1N1"),
            [
                (30.0, Percent, MoreThan, "over 30 per cent"),
                (50.0, Percent, Exact, "half"),
                (5.0, Plain, LessThan, "no more than 5"),
                (100.0, Plain, MoreThan, "100 or more"),
            ]
        );
        assert_eq!(
            read("博士700多名，增长约5倍，超过百分之三十，1.2万人，100家左右，二〇一六年"),
            [
                (700.0, Plain, MoreThan, "700多"),
                (5.0, Times, About, "约5倍"),
                (30.0, Percent, MoreThan, "超过百分之三十"),
                (12_000.0, Plain, Exact, "1.2万"),
                (100.0, Plain, About, "100家左右"),
                (2016.0, Plain, Exact, "二〇一六"),
            ]
        );
        assert_eq!(
            read("三成，七成以上，5成为，翻了一番，翻两番，翻番, a million, A hundred, a fan"),
            [
                (30.0, Percent, Exact, "三成"),
                (70.0, Percent, MoreThan, "七成以上"),
                (5.0, Plain, Exact, "5"),
                (2.0, Times, Exact, "翻了一番"),
                (4.0, Times, Exact, "翻两番"),
                (1e6, Plain, Exact, "a million"),
                (100.0, Plain, Exact, "A hundred"),
            ]
        );
        assert_eq!(
            read("一百二十、三千五百万、１２０％"),
            [
                (120.0, Plain, Exact, "一百二十"),
                (35_000_000.0, Plain, Exact, "三千五百万"),
                (120.0, Percent, Exact, "１２０％"),
            ]
        );
    }

    #[test]
    fn percentages_of_a_whole_are_shares() {
        let shares = |text: &str| -> Vec<bool> {
            numbers(text)
                .iter()
                .map(|number| number.is_share(text))
                .collect()
        };
        assert_eq!(
            shares("which accounted for 79.18 percent of output, up 20 percent a year"),
            [true, false]
        );
        assert_eq!(shares("海归人才占全区人才的30%，增长15%"), [true, false]);
        assert_eq!(shares("占比超过40%"), [true]);
        assert_eq!(shares("293 of 372 areas"), [false, false]);
    }

    #[test]
    fn values_in_units_are_the_decimals_the_article_writes() {
        // What the editor writes into a figure: never 0.7918000000000001 for `79.18 percent`.
        let cases: [(&str, f64); 10] = [
            ("79.18 percent of output", 0.7918),
            ("14.9% in 2012", 0.149),
            ("0.7 percent", 0.007),
            ("57.3 percent", 0.573),
            ("$29.92 billion", 29.92e9),
            ("5.13 million people", 5.13e6),
            ("1.2万亿元", 1.2e12),
            ("2210.7亿元", 2210.7e8),
            ("3.3万人", 3.3e4),
            ("fell 4.7 percentage points", 4.7),
        ];
        for (text, want) in cases {
            let (_, value) = numbers(text)[0].in_units().unwrap();
            assert_eq!(
                value.to_bits(),
                want.to_bits(),
                "{text}: {value} for {want}"
            );
        }
    }

    #[test]
    fn reads_points_money_directions_and_ranks() {
        type Read = (f64, Form, Option<&'static str>, Option<Direction>, String);
        let read = |text: &str| -> Vec<Read> {
            numbers(text)
                .into_iter()
                .map(|number| {
                    let currency = number.currency.map(|currency| currency.code());
                    let words = text[number.range.clone()].to_string();
                    (number.value, number.form, currency, number.direction, words)
                })
                .collect()
        };
        let row = |value, form, currency, direction, words: &str| {
            (value, form, currency, direction, words.to_string())
        };
        use Direction::*;
        use Form::*;
        assert_eq!(
            read("the rate has fallen by 4.7 percentage points to 10.2 percent, a 2.3 pp rise"),
            [
                row(4.7, Points, None, Some(Down), "4.7 percentage points"),
                row(10.2, Percent, None, None, "10.2 percent"),
                row(2.3, Points, None, Some(Up), "2.3 pp"),
            ]
        );
        assert_eq!(
            read(
                "204.9 billion yuan ($29.92 billion), HK$3.4 billion, RMB5 billion, USD 7 million"
            ),
            [
                row(204.9e9, Plain, Some("CNY"), None, "204.9 billion yuan"),
                row(29.92e9, Plain, Some("USD"), None, "$29.92 billion"),
                row(3.4e9, Plain, Some("HKD"), None, "HK$3.4 billion"),
                row(5e9, Plain, Some("CNY"), None, "RMB5 billion"),
                row(7e6, Plain, Some("USD"), None, "USD 7 million"),
            ]
        );
        assert_eq!(
            read("产值2210亿元，1.2万亿元，同比增长15.6%，下降4.7个百分点，排名第11位，ranks 11th"),
            [
                row(2210e8, Plain, Some("CNY"), None, "2210亿元"),
                row(1.2e12, Plain, Some("CNY"), None, "1.2万亿元"),
                row(15.6, Percent, None, Some(Up), "15.6%"),
                row(4.7, Points, None, Some(Down), "4.7个百分点"),
                row(11.0, Ordinal, None, None, "第11"),
                row(11.0, Ordinal, None, None, "11th"),
            ]
        );
    }

    /// Text from a page can be anything: pieces the reader and the matcher treat specially,
    /// strung together at random, never make them panic.
    #[test]
    fn odd_text_never_panics() {
        let pieces: Vec<&str> =
            "1|0|,|.|%| |\n\u{a0}|more than |第|超过|多|万|百分之|十|两|以上|家|成|翻|了|番|a |“|x|-fold|twenty-|+|é|１"
                .split('|')
                .collect();
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..next(24) {
                text.push_str(pieces[next(pieces.len())]);
            }
            for number in numbers(&text) {
                assert!(text.get(number.range.clone()).is_some(), "{text:?}");
            }
            let cut = text.char_indices().nth(next(8)).map_or(0, |(at, _)| at);
            let _ = find_quote(&Folded::new(&text[cut..]), &Folded::new(&text));
            let _ = find_quote(&Folded::new(&text), &Folded::new(&text[cut..]));
        }
    }
}
