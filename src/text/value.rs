//! A figure's value as a chart label writes it (`>700`, `≈50%`, `−4.7 points`, `超700`) and as
//! a sentence says it (`more than 700 doctorate holders`, `down 4.7 percentage points`,
//! `下降4.7个百分点`): its size with its unit (percentages, multiples, percentage points never
//! with `%`, money), the sign of a change, the article's qualifier, what is counted.

use super::language::{fill_one, table};
use super::money::money;
use super::number::{counted, number_in, scaled, scaled_word};
use crate::model::{Currency, Figure, Lang, Qualifier, Unit};

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
pub(super) fn sign(figure: &Figure, value: f64) -> &'static str {
    if value < 0.0 {
        "−"
    } else if figure.change && value > 0.0 {
        "+"
    } else {
        ""
    }
}

/// `amount` with the article's qualifier around it as a chart label writes it
/// ([`qualifier_mark`]): `>700`, `超700`, `700超`, `plus de 700`.
pub(super) fn qualified(figure: &Figure, amount: &str, lang: Lang) -> String {
    fill_one(qualifier_mark(figure.qualifier, lang), amount)
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

/// The value as a chart label shows it, with the article's qualifier: `>700`, `≈50%`,
/// `≈−4.7 points`, `超700`, `plus de 700`.
pub fn short_value(figure: &Figure, lang: Lang) -> String {
    qualified(figure, &format_amount(figure, lang), lang)
}

/// The article's qualifier as a chart label writes it around a value, `{}` the value: signs in
/// English (`>{}`, and `≈{}` for both nearly and about, which the legend explains), words in
/// the other languages, as their newsrooms' charts write them, nearly and about kept apart and
/// needing no key ([`qualifiers_need_a_key`]): 超 (more than), 近 (just under) and 约 (about);
/// `{}超`, `約{}`; `plus de {}`, `über {}`.
pub fn qualifier_mark(qualifier: Qualifier, lang: Lang) -> &'static str {
    let index = match qualifier {
        Qualifier::Exact => return "{}",
        Qualifier::MoreThan => 0,
        Qualifier::Nearly => 1,
        Qualifier::About => 2,
    };
    table(lang).numbers.marks[index]
}

/// Whether `lang`'s chart labels write the qualifiers as signs, which the legend then explains
/// (`> more than`); words need no key.
pub fn qualifiers_need_a_key(lang: Lang) -> bool {
    table(lang).numbers.marks_are_signs
}

/// The short value with what is counted, for the first bar of a view: `615 companies`,
/// `615家企业`, `100社超` (the qualifier around both, where the language puts it after).
/// Later bars carry the number alone, as newsroom charts do.
pub fn short_value_with_unit(figure: &Figure, lang: Lang) -> String {
    let amount = format_amount(figure, lang);
    match &figure.unit_label {
        Some(label) => qualified(
            figure,
            &with_label(figure, amount, label.get(lang), lang),
            lang,
        ),
        None => qualified(figure, &amount, lang),
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
    #[cfg(not(target_arch = "wasm32"))]
    use crate::model::Model;
    use crate::text::number::spaced;

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

    /// Issue 23: labels write the qualifiers as each language's newsrooms do: signs in English
    /// (one for nearly and about, which the legend explains), words elsewhere, nearly and about
    /// apart, before or after the number as the language writes them (`100超`, `約100`).
    #[test]
    fn labels_write_qualifiers_as_each_language_does() {
        use crate::text::number::spaced;
        let cases: [(Qualifier, [&str; Lang::ALL.len()]); 4] = [
            (
                Qualifier::Exact,
                ["100", "100", "100", "100", "100", "100", "100", "100"],
            ),
            (
                Qualifier::MoreThan,
                [
                    ">100",
                    "超100",
                    "超100",
                    "más de_100",
                    "plus de_100",
                    "über_100",
                    "mais de_100",
                    "100超",
                ],
            ),
            (
                Qualifier::Nearly,
                [
                    "≈100",
                    "近100",
                    "近100",
                    "casi_100",
                    "près de_100",
                    "fast_100",
                    "quase_100",
                    "100近く",
                ],
            ),
            (
                Qualifier::About,
                [
                    "≈100",
                    "约100",
                    "約100",
                    "unos_100",
                    "environ_100",
                    "etwa_100",
                    "cerca de_100",
                    "約100",
                ],
            ),
        ];
        for (qualifier, written) in cases {
            for (lang, expected) in Lang::ALL.into_iter().zip(written) {
                let mark = qualifier_mark(qualifier, lang);
                assert_eq!(fill_one(mark, "100"), spaced(expected), "{lang:?}");
            }
        }
        for lang in Lang::ALL {
            assert_eq!(qualifiers_need_a_key(lang), lang == Lang::En, "{lang:?}");
        }
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

    /// A change said in Traditional Chinese: its direction and points in Hong Kong's words.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn changes_are_said_in_traditional_chinese() -> Result<(), Box<dyn std::error::Error>> {
        // The UPI example's texts given as Traditional: only the words Rust writes are read.
        let text = include_str!("../../docs/examples/upi-city-unemployment-2013/doc.json")
            .replace("\"zh\":", "\"zh-Hant\":")
            .replacen(
                "\"format\": 2,",
                "\"format\": 2, \"languages\": [\"en\", \"zh-Hant\"],",
                1,
            );
        let model = Model::from_json_str(&text)?;
        let figure = |id: &str| model.figure(id).ok_or("no such figure");
        assert_eq!(
            amount_in_words(figure("atlantic_city_change")?, Lang::Hant),
            "下降4.7個百分點"
        );
        assert_eq!(
            amount_in_words(figure("danville_change")?, Lang::Hant),
            "上升2.3個百分點"
        );
        assert_eq!(
            short_value(figure("atlantic_city_change")?, Lang::Hant),
            "−4.7個百分點"
        );
        Ok(())
    }
}
