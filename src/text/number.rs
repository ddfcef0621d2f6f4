//! Numbers as each language writes them: digits (grouped in English, not in Chinese), scale
//! words chosen from the value (`221 billion yuan`, `2210亿元`, `1.2 million people`,
//! `120万人`), percentages, multiples, percentage points (never with `%`), money with its
//! currency where each language puts it (`$29.92 billion`, `299.2亿美元`), the article's
//! qualifier, and the sign of a change, written (`−4.7 points`) and said (`down 4.7
//! percentage points`, `下降4.7个百分点`).
//!
//! Integer arithmetic rather than `{:.2}`: precision formatting links core's exact float
//! formatter into the wasm, which nothing else needs.

use crate::model::{Currency, Figure, Lang, Qualifier, Unit};

/// A number with thousands separators and at most two decimals, trailing zeros dropped, as
/// English writes it: `1,234,567.5`.
pub fn format_number(value: f64) -> String {
    digits(value, Some(','))
}

/// A number as `lang` writes it: grouped in thousands in English; in Chinese without a
/// separator (`2210`, scale words take over from ten thousand on).
pub fn number_in(value: f64, lang: Lang) -> String {
    match lang {
        Lang::En => digits(value, Some(',')),
        Lang::Zh | Lang::Hant => digits(value, None),
    }
}

fn digits(value: f64, separator: Option<char>) -> String {
    if !value.is_finite() {
        return crate::error::short_number(value);
    }
    if value.abs() >= 1e15 {
        return crate::decimal::positional(value);
    }
    let cents = (value.abs() * 100.0).round() as u64;
    let (whole, fraction) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 4);
    if value < 0.0 && cents > 0 {
        grouped.push('-');
    }
    for (index, digit) in digits.chars().enumerate() {
        if let Some(separator) = separator {
            if index > 0 && (digits.len() - index) % 3 == 0 {
                grouped.push(separator);
            }
        }
        grouped.push(digit);
    }
    match fraction {
        0 => {}
        f if f % 10 == 0 => grouped.push_str(&format!(".{}", f / 10)),
        f => grouped.push_str(&format!(".{f:02}")),
    }
    grouped
}

/// A large number with the scale word its size calls for in `lang`: `221 billion`,
/// `1.25 million`, `10,000`; `2210亿`, `1.2万亿`, `120万`, `615`. Non-negative values.
pub fn scaled(value: f64, lang: Lang) -> String {
    let scales: &[(f64, &str)] = match lang {
        Lang::En => &[(1e12, " trillion"), (1e9, " billion"), (1e6, " million")],
        Lang::Zh => &[(1e12, "万亿"), (1e8, "亿"), (1e4, "万")],
        Lang::Hant => &[(1e12, "萬億"), (1e8, "億"), (1e4, "萬")],
    };
    for &(scale, word) in scales {
        // 999,999,999 shows as `1 billion`, not `1,000 million`.
        if value >= scale * 0.999_995 {
            return format!("{}{word}", number_in(value / scale, lang));
        }
    }
    number_in(value, lang)
}

/// A sum of money in its currency, as `lang` writes it: `$29.92 billion`, `221 billion yuan`,
/// `HK$3.4 billion`; `299.2亿美元`, `2210亿元`.
pub fn money(value: f64, currency: Currency, lang: Lang) -> String {
    let amount = scaled(value, lang);
    match lang {
        Lang::En => match currency {
            Currency::Cny => format!("{amount} yuan"),
            Currency::Jpy => format!("{amount} yen"),
            Currency::Usd => format!("${amount}"),
            Currency::Eur => format!("€{amount}"),
            Currency::Gbp => format!("£{amount}"),
            Currency::Hkd => format!("HK${amount}"),
            Currency::Mop => format!("MOP${amount}"),
            Currency::Twd => format!("NT${amount}"),
        },
        Lang::Zh | Lang::Hant => format!("{amount}{}", currency_name(currency, lang)),
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
    match (unit, lang) {
        (Unit::Count, _) => scaled(size, lang),
        (Unit::Share | Unit::Rate, _) => format!("{}%", number_in(size * 100.0, lang)),
        (Unit::Ratio, Lang::En) if words => format!("{} times", format_number(size)),
        (Unit::Ratio, Lang::En) => format!("{}×", format_number(size)),
        (Unit::Ratio, Lang::Zh | Lang::Hant) => format!("{}倍", number_in(size, lang)),
        (Unit::Points, Lang::En) => {
            let one = (size - 1.0).abs() < 1e-9;
            let noun = match (words, one) {
                (true, true) => "percentage point",
                (true, false) => "percentage points",
                (false, true) => "point",
                (false, false) => "points",
            };
            format!("{} {noun}", format_number(size))
        }
        (Unit::Points, Lang::Zh) => format!("{}个百分点", number_in(size, lang)),
        (Unit::Points, Lang::Hant) => format!("{}個百分點", number_in(size, lang)),
        (Unit::Money, _) => match currency {
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
    /// The unit sign each label carries: `%`, `×`, `倍`, or none.
    pub suffix: &'static str,
}

/// The scale of an axis for values of `figure`'s unit up to `largest` (in size).
pub fn axis_scale(figure: &Figure, largest: f64, lang: Lang) -> AxisScale {
    let scales: &[(f64, &str)] = match lang {
        Lang::En => &[(1e12, "Trillion"), (1e9, "Billion"), (1e6, "Million")],
        Lang::Zh => &[(1e12, "万亿"), (1e8, "亿"), (1e4, "万")],
        Lang::Hant => &[(1e12, "萬億"), (1e8, "億"), (1e4, "萬")],
    };
    let (divisor, scale_word) = scales
        .iter()
        .copied()
        .find(|(scale, _)| largest >= scale * 0.999_995)
        .unwrap_or((1.0, ""));
    let joined = |what: &str| match (lang, scale_word.is_empty()) {
        (Lang::En, true) => capitalized(what),
        (Lang::En, false) => format!("{scale_word} {what}"),
        (Lang::Zh | Lang::Hant, _) => format!("{scale_word}{what}"),
    };
    let plain = |caption: String| AxisScale {
        divisor,
        caption,
        suffix: "",
    };
    match figure.unit {
        Unit::Share | Unit::Rate => AxisScale {
            divisor: 0.01,
            caption: String::new(),
            suffix: "%",
        },
        Unit::Ratio => AxisScale {
            divisor: 1.0,
            caption: String::new(),
            suffix: if lang == Lang::En { "×" } else { "倍" },
        },
        Unit::Points => AxisScale {
            divisor: 1.0,
            caption: match lang {
                Lang::En => "Percentage points".to_string(),
                Lang::Zh => "百分点".to_string(),
                Lang::Hant => "百分點".to_string(),
            },
            suffix: "",
        },
        Unit::Count => plain(joined(
            &figure
                .unit_label
                .as_ref()
                .map_or_else(String::new, |label| label.get(lang).to_string()),
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
    match (currency, lang) {
        (Currency::Cny, Lang::En) => "yuan",
        (Currency::Usd, Lang::En) => "US dollars",
        (Currency::Eur, Lang::En) => "euros",
        (Currency::Hkd, Lang::En) => "Hong Kong dollars",
        (Currency::Gbp, Lang::En) => "pounds",
        (Currency::Jpy, Lang::En) => "yen",
        (Currency::Mop, Lang::En) => "patacas",
        (Currency::Twd, Lang::En) => "New Taiwan dollars",
        (Currency::Cny, Lang::Zh) => "元",
        (Currency::Usd, Lang::Zh) => "美元",
        (Currency::Eur, Lang::Zh) => "欧元",
        (Currency::Hkd, Lang::Zh) => "港元",
        (Currency::Gbp, Lang::Zh) => "英镑",
        (Currency::Jpy, Lang::Zh) => "日元",
        (Currency::Mop, Lang::Zh) => "澳门元",
        (Currency::Twd, Lang::Zh) => "新台币",
        (Currency::Cny, Lang::Hant) => "元",
        (Currency::Usd, Lang::Hant) => "美元",
        (Currency::Eur, Lang::Hant) => "歐元",
        (Currency::Hkd, Lang::Hant) => "港元",
        (Currency::Gbp, Lang::Hant) => "英鎊",
        (Currency::Jpy, Lang::Hant) => "日圓",
        (Currency::Mop, Lang::Hant) => "澳門元",
        (Currency::Twd, Lang::Hant) => "新台幣",
    }
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A value's label on an axis of `scale`: the qualifier's sign, its own sign, the number in
/// the scale and the unit sign: `221`, `397.8`, `≈40%`, `−4.7`.
pub fn axis_value(figure: &Figure, scale: &AxisScale, lang: Lang) -> String {
    let qualifier = qualifier_mark(figure.qualifier, lang);
    let size = number_in(figure.value.abs() / scale.divisor, lang);
    format!(
        "{qualifier}{}{size}{}",
        sign(figure, figure.value),
        scale.suffix
    )
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
    let qualifier = qualifier_mark(figure.qualifier, lang);
    format!("{qualifier}{}", format_amount(figure, lang))
}

/// The article's qualifier as a chart label writes it before a value: signs in English (`>`,
/// `≈` for both nearly and about, which the legend explains); in Chinese the words a Chinese
/// chart writes, 超 (more than), 近 (just under) and 约 (about), kept apart, and needing no key
/// ([`qualifiers_need_a_key`]).
pub fn qualifier_mark(qualifier: Qualifier, lang: Lang) -> &'static str {
    match (qualifier, lang) {
        (Qualifier::Exact, _) => "",
        (Qualifier::MoreThan, Lang::En) => ">",
        (Qualifier::Nearly | Qualifier::About, Lang::En) => "≈",
        (Qualifier::MoreThan, Lang::Zh | Lang::Hant) => "超",
        (Qualifier::Nearly, Lang::Zh | Lang::Hant) => "近",
        (Qualifier::About, Lang::Zh) => "约",
        (Qualifier::About, Lang::Hant) => "約",
    }
}

/// Whether `lang`'s chart labels write the qualifiers as signs, which the legend then explains
/// (`> more than`); Chinese labels write them as words, which need no key.
pub fn qualifiers_need_a_key(lang: Lang) -> bool {
    lang == Lang::En
}

/// The short value with what is counted, for the first bar of a view: `615 companies`,
/// `615家企业`. Later bars carry the number alone, as newsroom charts do.
pub fn short_value_with_unit(figure: &Figure, lang: Lang) -> String {
    let value = short_value(figure, lang);
    match (&figure.unit_label, lang) {
        (Some(label), Lang::En) => format!("{value} {}", label.en),
        (Some(label), Lang::Zh | Lang::Hant) => format!("{value}{}", label.get(lang)),
        (None, _) => value,
    }
}

/// The value in words, as a sentence or table says it: `more than 700 doctorate holders`,
/// `down 4.7 percentage points`.
pub fn long_value(figure: &Figure, lang: Lang) -> String {
    let amount = amount_in_words(figure, lang);
    match (&figure.unit_label, lang) {
        (Some(label), Lang::En) => format!("{amount} {}", label.en),
        (Some(label), Lang::Zh | Lang::Hant) => format!("{amount}{}", label.get(lang)),
        (None, _) => amount,
    }
}

/// Which way a value goes, in words, for a change or a negative value: `up`, `down`,
/// `unchanged` (`上升`, `下降`, `持平`; `增加`, `减少` for counts and money).
fn direction(figure: &Figure, lang: Lang) -> Option<&'static str> {
    if !figure.signed() {
        return None;
    }
    let counted = matches!(figure.unit, Unit::Count | Unit::Money);
    Some(match (figure.value.total_cmp(&0.0), lang, counted) {
        (std::cmp::Ordering::Less, Lang::En, _) => "down",
        (std::cmp::Ordering::Greater, Lang::En, _) => "up",
        (std::cmp::Ordering::Equal, Lang::En, _) => "unchanged",
        (std::cmp::Ordering::Less, Lang::Zh, false) => "下降",
        (std::cmp::Ordering::Greater, Lang::Zh, false) => "上升",
        (std::cmp::Ordering::Less, Lang::Zh, true) => "减少",
        (std::cmp::Ordering::Greater, Lang::Zh, true) => "增加",
        (std::cmp::Ordering::Equal, Lang::Zh, _) => "持平",
        (std::cmp::Ordering::Less, Lang::Hant, false) => "下降",
        (std::cmp::Ordering::Greater, Lang::Hant, false) => "上升",
        (std::cmp::Ordering::Less, Lang::Hant, true) => "減少",
        (std::cmp::Ordering::Greater, Lang::Hant, true) => "增加",
        (std::cmp::Ordering::Equal, Lang::Hant, _) => "持平",
    })
}

/// The number in words with its qualifier and direction, without what is counted: `more than
/// 700`, `about 5 times`, `近50%`, `down 4.7 percentage points`, `下降4.7个百分点`.
pub fn amount_in_words(figure: &Figure, lang: Lang) -> String {
    let qualifier = match (figure.qualifier, lang) {
        (Qualifier::Exact, _) => "",
        (Qualifier::MoreThan, Lang::En) => "more than ",
        (Qualifier::Nearly, Lang::En) => "nearly ",
        (Qualifier::About, Lang::En) => "about ",
        (Qualifier::MoreThan, Lang::Zh) => "超过",
        (Qualifier::Nearly, Lang::Zh) => "近",
        (Qualifier::About, Lang::Zh) => "约",
        (Qualifier::MoreThan, Lang::Hant) => "超過",
        (Qualifier::Nearly, Lang::Hant) => "近",
        (Qualifier::About, Lang::Hant) => "約",
    };
    let size = magnitude(figure.value, figure.unit, figure.currency, lang, true);
    match (direction(figure, lang), lang) {
        (Some(unchanged @ ("unchanged" | "持平")), _) if figure.value == 0.0 => {
            unchanged.to_string()
        }
        (Some(direction), Lang::En) => format!("{direction} {qualifier}{size}"),
        (Some(direction), Lang::Zh | Lang::Hant) => format!("{direction}{qualifier}{size}"),
        (None, _) => format!("{qualifier}{size}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// Each language's number formats held to fixed examples, one column a language of
    /// [`Lang::ALL`]: a language added there fails to compile here until it has its examples.
    #[test]
    fn large_numbers_take_the_scale_word_of_their_language() {
        let cases: [(f64, [&str; Lang::ALL.len()]); 9] = [
            (221e9, ["221 billion", "2210亿", "2210億"]),
            (397.8e9, ["397.8 billion", "3978亿", "3978億"]),
            (1.2e12, ["1.2 trillion", "1.2万亿", "1.2萬億"]),
            (1.2e6, ["1.2 million", "120万", "120萬"]),
            (1_250_000.0, ["1.25 million", "125万", "125萬"]),
            (12_000.0, ["12,000", "1.2万", "1.2萬"]),
            (9_999.0, ["9,999", "9999", "9999"]),
            (999_999_999.0, ["1 billion", "10亿", "10億"]),
            (615.0, ["615", "615", "615"]),
        ];
        for (value, written) in cases {
            for (lang, expected) in Lang::ALL.into_iter().zip(written) {
                assert_eq!(scaled(value, lang), expected, "{value} in {lang:?}");
            }
        }
    }

    #[test]
    fn money_is_written_with_its_currency_where_each_language_puts_it() {
        let cases: [(f64, Currency, [&str; Lang::ALL.len()]); 6] = [
            (
                221e9,
                Currency::Cny,
                ["221 billion yuan", "2210亿元", "2210億元"],
            ),
            (
                1.2e12,
                Currency::Cny,
                ["1.2 trillion yuan", "1.2万亿元", "1.2萬億元"],
            ),
            (
                29.92e9,
                Currency::Usd,
                ["$29.92 billion", "299.2亿美元", "299.2億美元"],
            ),
            (
                3.4e9,
                Currency::Hkd,
                ["HK$3.4 billion", "34亿港元", "34億港元"],
            ),
            (850.0, Currency::Eur, ["€850", "850欧元", "850歐元"]),
            (
                5e6,
                Currency::Jpy,
                ["5 million yen", "500万日元", "500萬日圓"],
            ),
        ];
        for (value, currency, written) in cases {
            for (lang, expected) in Lang::ALL.into_iter().zip(written) {
                assert_eq!(money(value, currency, lang), expected, "{lang:?}");
            }
        }
    }

    #[test]
    fn counts_percentages_multiples_and_points_in_each_language() {
        let cases: [(f64, Unit, bool, [&str; Lang::ALL.len()]); 5] = [
            (1.2e6, Unit::Count, true, ["1.2 million", "120万", "120萬"]),
            (0.3, Unit::Share, true, ["30%", "30%", "30%"]),
            (5.0, Unit::Ratio, true, ["5 times", "5倍", "5倍"]),
            (
                -4.7,
                Unit::Points,
                true,
                ["4.7 percentage points", "4.7个百分点", "4.7個百分點"],
            ),
            (
                4.7,
                Unit::Points,
                false,
                ["4.7 points", "4.7个百分点", "4.7個百分點"],
            ),
        ];
        for (value, unit, words, written) in cases {
            for (lang, expected) in Lang::ALL.into_iter().zip(written) {
                assert_eq!(
                    magnitude(value, unit, None, lang, words),
                    expected,
                    "{lang:?}"
                );
            }
        }
    }

    /// Issue 23: Chinese labels write the qualifiers as words, 近 (just under) and 约 (about)
    /// apart, where English writes one sign for both.
    #[test]
    fn chinese_labels_write_qualifiers_as_words() {
        let cases: [(Qualifier, [&str; Lang::ALL.len()]); 4] = [
            (Qualifier::Exact, ["", "", ""]),
            (Qualifier::MoreThan, [">", "超", "超"]),
            (Qualifier::Nearly, ["≈", "近", "近"]),
            (Qualifier::About, ["≈", "约", "約"]),
        ];
        for (qualifier, written) in cases {
            for (lang, expected) in Lang::ALL.into_iter().zip(written) {
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
