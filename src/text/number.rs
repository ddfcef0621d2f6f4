//! Numbers as each language writes them: digits (grouped in English, not in Chinese), scale
//! words chosen from the value (`221 billion yuan`, `2210亿元`, `1.2 million people`,
//! `120万人`), percentages, multiples, percentage points (never with `%`), money with its
//! currency where each language puts it (`$29.92 billion`, `299.2亿美元`), the article's
//! qualifier, and the sign of a change, written (`−4.7 points`) and said (`down 4.7
//! percentage points`, `下降4.7个百分点`).
//!
//! Integer arithmetic rather than `{:.2}`: precision formatting links core's exact float
//! formatter into the wasm, which nothing else needs.

use super::language::{fill_one, table, Language};
use crate::model::{Currency, Figure, Lang, Qualifier, Unit};

/// A number with thousands separators and at most two decimals, trailing zeros dropped, as
/// English writes it: `1,234,567.5`.
pub fn format_number(value: f64) -> String {
    number_in(value, Lang::En)
}

/// A number as `lang` writes it, by its table's grouping and decimal mark: `1,234.5` in
/// English, `1 234,5` in French, `1.234,5` in German; in Chinese without a separator (`2210`,
/// scale words take over from ten thousand on).
pub fn number_in(value: f64, lang: Lang) -> String {
    let numbers = &table(lang).numbers;
    digits(value, numbers.group, numbers.group_from, numbers.decimal)
}

fn digits(value: f64, separator: &str, group_from: usize, decimal: &str) -> String {
    if !value.is_finite() {
        return crate::error::short_number(value);
    }
    if value.abs() >= 1e15 {
        return crate::decimal::positional(value);
    }
    let cents = (value.abs() * 100.0).round() as u64;
    let (whole, fraction) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() * 2 + 4);
    if value < 0.0 && cents > 0 {
        grouped.push('-');
    }
    let grouping = digits.len() >= group_from;
    for (index, digit) in digits.chars().enumerate() {
        if grouping && index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    if fraction > 0 {
        grouped.push_str(decimal);
        grouped.push(char::from(b'0' + (fraction / 10) as u8));
        if fraction % 10 > 0 {
            grouped.push(char::from(b'0' + (fraction % 10) as u8));
        }
    }
    grouped
}

/// A large number with the scale word its size calls for in `lang`, and whether it took one:
/// `221 billion`, `1.25 million`, `10,000`; `2210亿`, `1.2万亿`, `120万`, `615`;
/// `221 milliards`, `1,2 million`, `221.000 millones`. Non-negative values.
fn scaled_word(value: f64, lang: Lang) -> (String, bool) {
    let numbers = &table(lang).numbers;
    for scale in numbers.scales {
        // 999,999,999 shows as `1 billion`, not `1,000 million`.
        if value >= scale.power * 0.999_995 {
            let number = number_in(value / scale.power, lang);
            let rounded = (value / scale.power * 100.0).round() / 100.0;
            let one = rounded == 1.0 || (numbers.singular_below_two && rounded < 2.0);
            let word = if one { scale.one } else { scale.many };
            return (format!("{number}{}{word}", numbers.space), true);
        }
    }
    (number_in(value, lang), false)
}

/// A large number with the scale word its size calls for in `lang` ([`scaled_word`]).
pub fn scaled(value: f64, lang: Lang) -> String {
    scaled_word(value, lang).0
}

/// What is counted after a number, joined as `lang` joins it: after a space or none, and
/// after a scale word with its `of` (`1,2 million d'habitants`, `221 milliards de yuans`).
fn counted(number: String, scaled: bool, what: &str, table: &Language) -> String {
    // A no-break space ties a number to its word (`615\u{a0}entreprises`); after a scale word,
    // a word space (`221\u{a0}millones de yuanes`).
    let space = match scaled {
        true => table.sentences.space,
        false => table.numbers.space,
    };
    format!("{number}{space}{}{what}", of(scaled, what, table))
}

/// The `of` between a scale word and what it counts, elided before a vowel.
fn of(scaled: bool, what: &str, table: &Language) -> &'static str {
    let numbers = &table.numbers;
    if !scaled {
        return "";
    }
    let vowel = what.chars().next().is_some_and(|c| {
        matches!(
            c,
            'a' | 'e' | 'i' | 'o' | 'u' | 'h' | 'é' | 'è' | 'ê' | 'A' | 'E' | 'I' | 'O' | 'U'
        )
    });
    if vowel {
        numbers.of_before_vowel
    } else {
        numbers.of
    }
}

/// A sum of money in its currency, as `lang` writes it: `$29.92 billion`, `221 billion yuan`,
/// `HK$3.4 billion`; `299.2亿美元`, `2210亿元`; `221 milliards de yuans`.
pub fn money(value: f64, currency: Currency, lang: Lang) -> String {
    let table = table(lang);
    let (amount, scaled) = scaled_word(value, lang);
    let money = table.money(currency);
    if money.symbol.is_empty() {
        counted(amount, scaled, money.name, table)
    } else {
        format!("{}{amount}", money.symbol)
    }
}

/// The size of a value with its unit sign, without its sign: `615`, `1.2 million`, `30%`,
/// `5×` (`5倍`), `4.7 points` (`4.7个百分点`), `221 billion yuan`. `words` spells what a
/// sign abbreviates, as a sentence says it: `5 times`, `4.7 percentage points`.
pub fn magnitude(
    value: f64,
    unit: Unit,
    currency: Option<Currency>,
    lang: Lang,
    words: bool,
) -> String {
    let size = value.abs();
    let numbers = &table(lang).numbers;
    match unit {
        Unit::Count => scaled(size, lang),
        Unit::Share | Unit::Rate => fill_one(numbers.percent, &number_in(size * 100.0, lang)),
        Unit::Ratio if words => fill_one(numbers.ratio_words, &number_in(size, lang)),
        Unit::Ratio => fill_one(numbers.ratio, &number_in(size, lang)),
        Unit::Points => {
            let one = (size - 1.0).abs() < 1e-9;
            let noun = numbers.points[usize::from(words) * 2 + usize::from(!one)];
            format!("{}{}{noun}", number_in(size, lang), numbers.space)
        }
        Unit::Money => match currency {
            Some(currency) => money(size, currency, lang),
            None => scaled(size, lang),
        },
    }
}

/// The sign a chart label writes before a value: `−` for a negative one, `+` for a rise, none
/// for a value that is not a change (or a change of nothing).
fn sign(figure: &Figure, value: f64) -> &'static str {
    if value < 0.0 {
        "−"
    } else if figure.change && value > 0.0 {
        "+"
    } else {
        ""
    }
}

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

/// A currency's name as a caption says it, and as Chinese writes it after a sum: `yuan`, `US
/// dollars`; `元`, `美元`; `日圓`, `歐元` (Hong Kong's words).
pub fn currency_name(currency: Currency, lang: Lang) -> &'static str {
    table(lang).money(currency).name
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

/// A value's label on an axis of `scale`: the qualifier's sign, its own sign, the number in
/// the scale and the unit sign: `221`, `397.8`, `≈40%`, `−4.7`.
pub fn axis_value(figure: &Figure, scale: &AxisScale, lang: Lang) -> String {
    let size = number_in(figure.value.abs() / scale.divisor, lang);
    let number = fill_one(scale.suffix, &size);
    format!(
        "{}{}{number}",
        qualifier_sign(figure, lang),
        sign(figure, figure.value)
    )
}

/// The article's qualifier as a chart label writes it before a value ([`qualifier_mark`]).
fn qualifier_sign(figure: &Figure, lang: Lang) -> &'static str {
    qualifier_mark(figure.qualifier, lang)
}

/// The number with its unit sign and its own sign: `615`, `30%`, `5×`, `−4.7 points`.
pub fn format_amount(figure: &Figure, lang: Lang) -> String {
    amount_of(figure, figure.value, lang)
}

/// Another value in the figure's unit, written as [`format_amount`] writes the figure's own
/// (what a check computes, a tick of an axis).
pub fn amount_of(figure: &Figure, value: f64, lang: Lang) -> String {
    let size = magnitude(value, figure.unit, figure.currency, lang, false);
    format!("{}{size}", sign(figure, value))
}

/// The value as a chart label shows it, the article's qualifier as a sign: `>700`, `≈50%`,
/// `≈−4.7 points`.
pub fn short_value(figure: &Figure, lang: Lang) -> String {
    format!(
        "{}{}",
        qualifier_sign(figure, lang),
        format_amount(figure, lang)
    )
}

/// The article's qualifier as a chart label writes it before a value: a sign (`>`, and `≈` for
/// both nearly and about, which the legend explains), or, in a language with a newsroom table
/// (Chinese), the words its charts write, 超 (more than), 近 (just under) and 约 (about), kept
/// apart and needing no key ([`qualifiers_need_a_key`]).
pub fn qualifier_mark(qualifier: Qualifier, lang: Lang) -> &'static str {
    let index = match qualifier {
        Qualifier::Exact => return "",
        Qualifier::MoreThan => 0,
        Qualifier::Nearly => 1,
        Qualifier::About => 2,
    };
    match super::language::newsroom(lang) {
        Some(newsroom) => newsroom.marks[index],
        None => table(lang).numbers.signs[index.min(1)],
    }
}

/// Whether `lang`'s chart labels write the qualifiers as signs, which the legend then explains
/// (`> more than`); Chinese labels write them as words, which need no key.
pub fn qualifiers_need_a_key(lang: Lang) -> bool {
    super::language::newsroom(lang).is_none()
}

/// The short value with what is counted, for the first bar of a view: `615 companies`,
/// `615家企业`. Later bars carry the number alone, as newsroom charts do.
pub fn short_value_with_unit(figure: &Figure, lang: Lang) -> String {
    let value = short_value(figure, lang);
    match &figure.unit_label {
        Some(label) => with_label(figure, value, label.get(lang), lang),
        None => value,
    }
}

/// What is counted after a figure's number (`615 companies`, `1,2 million d'habitants`).
fn with_label(figure: &Figure, amount: String, label: &str, lang: Lang) -> String {
    let scaled = figure.unit == Unit::Count && scaled_word(figure.value.abs(), lang).1;
    counted(amount, scaled, label, table(lang))
}

/// The value in words, as a sentence or table says it: `more than 700 doctorate holders`,
/// `down 4.7 percentage points`, `700人超`.
pub fn long_value(figure: &Figure, lang: Lang) -> String {
    worded(figure, lang, true)
}

/// The number in words with its qualifier and direction, without what is counted: `more than
/// 700`, `about 5 times`, `近50%`, `down 4.7 percentage points`, `下降4.7个百分点`.
pub fn amount_in_words(figure: &Figure, lang: Lang) -> String {
    worded(figure, lang, false)
}

/// The size in words, with what is counted where `labelled`, in the qualifier's words, in
/// those of the direction of a change: each language's templates put each where it goes
/// (`down more than 4.7 points`, `4.7ポイント超低下`).
fn worded(figure: &Figure, lang: Lang, labelled: bool) -> String {
    let numbers = &table(lang).numbers;
    let mut said = magnitude(figure.value, figure.unit, figure.currency, lang, true);
    if let (true, Some(label)) = (labelled, &figure.unit_label) {
        said = with_label(figure, said, label.get(lang), lang);
    }
    let qualifier = match figure.qualifier {
        Qualifier::Exact => None,
        Qualifier::MoreThan => Some(numbers.qualifiers[0]),
        Qualifier::Nearly => Some(numbers.qualifiers[1]),
        Qualifier::About => Some(numbers.qualifiers[2]),
    };
    if let Some(qualifier) = qualifier {
        said = fill_one(qualifier, &said);
    }
    if !figure.signed() {
        return said;
    }
    let counted = usize::from(matches!(figure.unit, Unit::Count | Unit::Money)) * 2;
    match figure.value.total_cmp(&0.0) {
        std::cmp::Ordering::Less => fill_one(numbers.directions[counted], &said),
        std::cmp::Ordering::Greater => fill_one(numbers.directions[counted + 1], &said),
        std::cmp::Ordering::Equal => numbers.directions[4].to_string(),
    }
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

    #[test]
    fn numbers_group_thousands_and_drop_trailing_zeros() {
        assert_eq!(format_number(615.0), "615");
        assert_eq!(format_number(10000.0), "10,000");
        assert_eq!(format_number(1234567.5), "1,234,567.5");
        assert_eq!(format_number(0.25), "0.25");
        assert_eq!(format_number(-1500.0), "-1,500");
        assert_eq!(format_number(0.05), "0.05");
        assert_eq!(format_number(2.999), "3");
        assert_eq!(format_number(-0.001), "0");
        assert_eq!(format_number(1e15), "1000000000000000");
        assert_eq!(number_in(2049.0, Lang::Zh), "2049");
    }

    /// A no-break space (U+00A0) and a narrow no-break space (U+202F), as the examples write
    /// them: `1,2 million` is `1,2\u{a0}million`.
    fn spaced(text: &str) -> String {
        text.replace('_', "\u{a0}").replace('^', "\u{202f}")
    }

    /// Each language's number formats held to fixed examples, one column a language of
    /// [`Lang::ALL`] (en, zh, zh-Hant, es, fr, de, pt, ja): a language added there fails to
    /// compile here until it has its examples. `_` is a no-break space, `^` a narrow one.
    #[test]
    fn numbers_group_and_mark_decimals_as_each_language_does() {
        let cases: [(f64, [&str; Lang::ALL.len()]); 5] = [
            // Spanish leaves four digits ungrouped (RAE, Ortografía 2010, 4.2.4.1.2); French
            // groups with a narrow no-break space (Imprimerie nationale; CLDR fr).
            (
                1234.5,
                [
                    "1,234.5", "1234.5", "1234.5", "1234,5", "1^234,5", "1.234,5", "1.234,5",
                    "1234.5",
                ],
            ),
            (
                12345.0,
                [
                    "12,345", "12345", "12345", "12.345", "12^345", "12.345", "12.345", "12345",
                ],
            ),
            (
                0.25,
                [
                    "0.25", "0.25", "0.25", "0,25", "0,25", "0,25", "0,25", "0.25",
                ],
            ),
            (
                -1500.0,
                [
                    "-1,500", "-1500", "-1500", "-1500", "-1^500", "-1.500", "-1.500", "-1500",
                ],
            ),
            (
                2049.0,
                [
                    "2,049", "2049", "2049", "2049", "2^049", "2.049", "2.049", "2049",
                ],
            ),
        ];
        for (value, written) in cases {
            for (lang, expected) in Lang::ALL.into_iter().zip(written) {
                assert_eq!(
                    number_in(value, lang),
                    spaced(expected),
                    "{value} in {lang:?}"
                );
            }
        }
    }

    /// Scale words as each language's newsrooms choose them: Spanish says 10^9 as `mil
    /// millones` (`221.000 millones`, El País), Brazilian Portuguese `bilhão`, Japanese
    /// 万・億・兆; French and Portuguese keep a scale word singular below 2 (`1,2 million`,
    /// `1,2 milhão`), German and Spanish only at 1 (`1 Million`, `1,2 Millionen`).
    #[test]
    fn large_numbers_take_the_scale_word_of_their_language() {
        let cases: [(f64, [&str; Lang::ALL.len()]); 11] = [
            (
                221e9,
                [
                    "221 billion",
                    "2210亿",
                    "2210億",
                    "221.000_millones",
                    "221_milliards",
                    "221_Milliarden",
                    "221_bilhões",
                    "2210億",
                ],
            ),
            (
                397.8e9,
                [
                    "397.8 billion",
                    "3978亿",
                    "3978億",
                    "397.800_millones",
                    "397,8_milliards",
                    "397,8_Milliarden",
                    "397,8_bilhões",
                    "3978億",
                ],
            ),
            (
                1.2e12,
                [
                    "1.2 trillion",
                    "1.2万亿",
                    "1.2萬億",
                    "1,2_billones",
                    "1,2_billion",
                    "1,2_Billionen",
                    "1,2_trilhão",
                    "1.2兆",
                ],
            ),
            (
                1.2e6,
                [
                    "1.2 million",
                    "120万",
                    "120萬",
                    "1,2_millones",
                    "1,2_million",
                    "1,2_Millionen",
                    "1,2_milhão",
                    "120万",
                ],
            ),
            (
                1_250_000.0,
                [
                    "1.25 million",
                    "125万",
                    "125萬",
                    "1,25_millones",
                    "1,25_million",
                    "1,25_Millionen",
                    "1,25_milhão",
                    "125万",
                ],
            ),
            (
                1e6,
                [
                    "1 million",
                    "100万",
                    "100萬",
                    "1_millón",
                    "1_million",
                    "1_Million",
                    "1_milhão",
                    "100万",
                ],
            ),
            (
                2e6,
                [
                    "2 million",
                    "200万",
                    "200萬",
                    "2_millones",
                    "2_millions",
                    "2_Millionen",
                    "2_milhões",
                    "200万",
                ],
            ),
            (
                12_000.0,
                [
                    "12,000", "1.2万", "1.2萬", "12.000", "12^000", "12.000", "12.000", "1.2万",
                ],
            ),
            (
                9_999.0,
                [
                    "9,999", "9999", "9999", "9999", "9^999", "9.999", "9.999", "9999",
                ],
            ),
            (
                999_999_999.0,
                [
                    "1 billion",
                    "10亿",
                    "10億",
                    "1000_millones",
                    "1_milliard",
                    "1_Milliarde",
                    "1_bilhão",
                    "10億",
                ],
            ),
            (
                615.0,
                ["615", "615", "615", "615", "615", "615", "615", "615"],
            ),
        ];
        for (value, written) in cases {
            for (lang, expected) in Lang::ALL.into_iter().zip(written) {
                assert_eq!(scaled(value, lang), spaced(expected), "{value} in {lang:?}");
            }
        }
    }

    /// Money where each language puts its currency: a symbol before the number in English,
    /// the currency's name after it elsewhere, joined to a scale word by `de` in Spanish,
    /// French and Portuguese (`d’` before a vowel in French).
    #[test]
    fn money_is_written_with_its_currency_where_each_language_puts_it() {
        let cases: [(f64, Currency, [&str; Lang::ALL.len()]); 7] = [
            (
                221e9,
                Currency::Cny,
                [
                    "221 billion yuan",
                    "2210亿元",
                    "2210億元",
                    "221.000_millones de yuanes",
                    "221_milliards de yuans",
                    "221_Milliarden Yuan",
                    "221_bilhões de yuans",
                    "2210億元",
                ],
            ),
            (
                1.2e12,
                Currency::Cny,
                [
                    "1.2 trillion yuan",
                    "1.2万亿元",
                    "1.2萬億元",
                    "1,2_billones de yuanes",
                    "1,2_billion de yuans",
                    "1,2_Billionen Yuan",
                    "1,2_trilhão de yuans",
                    "1.2兆元",
                ],
            ),
            (
                29.92e9,
                Currency::Usd,
                [
                    "$29.92 billion",
                    "299.2亿美元",
                    "299.2億美元",
                    "29.920_millones de dólares",
                    "29,92_milliards de dollars",
                    "29,92_Milliarden US-Dollar",
                    "29,92_bilhões de dólares",
                    "299.2億ドル",
                ],
            ),
            (
                3.4e9,
                Currency::Hkd,
                [
                    "HK$3.4 billion",
                    "34亿港元",
                    "34億港元",
                    "3400_millones de dólares de Hong Kong",
                    "3,4_milliards de dollars de Hongkong",
                    "3,4_Milliarden Hongkong-Dollar",
                    "3,4_bilhões de dólares de Hong Kong",
                    "34億香港ドル",
                ],
            ),
            (
                850.0,
                Currency::Eur,
                [
                    "€850",
                    "850欧元",
                    "850歐元",
                    "850_euros",
                    "850_euros",
                    "850_Euro",
                    "850_euros",
                    "850ユーロ",
                ],
            ),
            (
                2e9,
                Currency::Eur,
                [
                    "€2 billion",
                    "20亿欧元",
                    "20億歐元",
                    "2000_millones de euros",
                    "2_milliards d’euros",
                    "2_Milliarden Euro",
                    "2_bilhões de euros",
                    "20億ユーロ",
                ],
            ),
            (
                5e6,
                Currency::Jpy,
                [
                    "5 million yen",
                    "500万日元",
                    "500萬日圓",
                    "5_millones de yenes",
                    "5_millions de yens",
                    "5_Millionen Yen",
                    "5_milhões de ienes",
                    "500万円",
                ],
            ),
        ];
        for (value, currency, written) in cases {
            for (lang, expected) in Lang::ALL.into_iter().zip(written) {
                assert_eq!(money(value, currency, lang), spaced(expected), "{lang:?}");
            }
        }
    }

    /// Percent spacing (`30 %` with a narrow no-break space in French, a no-break space in
    /// German (DIN 5008) and Spanish (RAE); none in Portuguese and Japanese) and percentage
    /// points in each language's words.
    #[test]
    fn counts_percentages_multiples_and_points_in_each_language() {
        let cases: [(f64, Unit, bool, [&str; Lang::ALL.len()]); 6] = [
            (
                1.2e6,
                Unit::Count,
                true,
                [
                    "1.2 million",
                    "120万",
                    "120萬",
                    "1,2_millones",
                    "1,2_million",
                    "1,2_Millionen",
                    "1,2_milhão",
                    "120万",
                ],
            ),
            (
                0.3,
                Unit::Share,
                true,
                ["30%", "30%", "30%", "30_%", "30^%", "30_%", "30%", "30%"],
            ),
            (
                5.0,
                Unit::Ratio,
                true,
                [
                    "5 times",
                    "5倍",
                    "5倍",
                    "5 veces",
                    "5_fois",
                    "das 5-Fache",
                    "5 vezes",
                    "5倍",
                ],
            ),
            (
                5.0,
                Unit::Ratio,
                false,
                ["5×", "5倍", "5倍", "5×", "5×", "5×", "5×", "5倍"],
            ),
            (
                -4.7,
                Unit::Points,
                true,
                [
                    "4.7 percentage points",
                    "4.7个百分点",
                    "4.7個百分點",
                    "4,7_puntos porcentuales",
                    "4,7_points de pourcentage",
                    "4,7_Prozentpunkte",
                    "4,7_pontos percentuais",
                    "4.7ポイント",
                ],
            ),
            (
                4.7,
                Unit::Points,
                false,
                [
                    "4.7 points",
                    "4.7个百分点",
                    "4.7個百分點",
                    "4,7_puntos",
                    "4,7_points",
                    "4,7_Punkte",
                    "4,7_pontos",
                    "4.7ポイント",
                ],
            ),
        ];
        for (value, unit, words, written) in cases {
            for (lang, expected) in Lang::ALL.into_iter().zip(written) {
                assert_eq!(
                    magnitude(value, unit, None, lang, words),
                    spaced(expected),
                    "{lang:?}"
                );
            }
        }
    }

    /// Issue 23: Chinese labels write the qualifiers as words, 近 (just under) and 约 (about)
    /// apart, where English writes one sign for both.
    #[test]
    fn chinese_labels_write_qualifiers_as_words() {
        let cases: [(Qualifier, [&str; 3]); 4] = [
            (Qualifier::Exact, ["", "", ""]),
            (Qualifier::MoreThan, [">", "超", "超"]),
            (Qualifier::Nearly, ["≈", "近", "近"]),
            (Qualifier::About, ["≈", "约", "約"]),
        ];
        for (qualifier, written) in cases {
            for (lang, expected) in [Lang::En, Lang::Zh, Lang::Hant].into_iter().zip(written) {
                assert_eq!(qualifier_mark(qualifier, lang), expected, "{lang:?}");
            }
        }
        assert!(qualifiers_need_a_key(Lang::En));
        assert!(!qualifiers_need_a_key(Lang::Zh) && !qualifiers_need_a_key(Lang::Hant));
    }

    #[test]
    fn points_are_never_written_with_a_percent_sign() {
        for lang in Lang::ALL {
            for words in [false, true] {
                let text = magnitude(-4.7, Unit::Points, None, lang, words);
                assert!(!text.contains('%'), "{text}");
            }
        }
        assert_eq!(
            magnitude(4.7, Unit::Points, None, Lang::En, false),
            "4.7 points"
        );
        assert_eq!(
            magnitude(1.0, Unit::Points, None, Lang::En, true),
            "1 percentage point"
        );
        assert_eq!(
            magnitude(4.7, Unit::Points, None, Lang::Zh, true),
            "4.7个百分点"
        );
    }
}
