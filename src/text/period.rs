//! Periods in words: short for an axis (`H1 2018`, `2018年上半年`) and long for a sentence
//! (`first half of 2018`, `third quarter of 2020`, `2020年第三季度`; in Hong Kong's words
//! `2020年第三季`); a range as both ends (`2014–2017`, `2014—2017年`, `2014至2017年`).

use super::language::{fill, table};
use crate::model::{Lang, Moment, Part, Period};

/// The period as an axis label writes it: `2018`, `H1 2018`, `Q3 2020`, `Jun 2018`,
/// `8 Jan 2014`; `2018年`, `2018年上半年`, `2020年第三季度`, `2018年6月`.
pub fn period_short(period: &Period, lang: Lang) -> String {
    range(period, lang, false)
}

/// The period as a sentence says it: `2018`, `first half of 2018`, `third quarter of 2020`,
/// `June 2018`, `8 January 2014`.
pub fn period_long(period: &Period, lang: Lang) -> String {
    range(period, lang, true)
}

fn range(period: &Period, lang: Lang, long: bool) -> String {
    if !period.is_range() {
        return moment(&period.from, lang, long);
    }
    let periods = &table(lang).periods;
    // `2014—2017年`: the year's sign once, after both years.
    let (template, from, to) = if period.is_years() {
        (
            periods.year_range,
            period.from.year.to_string(),
            period.to.year.to_string(),
        )
    } else {
        (
            periods.range,
            moment(&period.from, lang, long),
            moment(&period.to, lang, long),
        )
    };
    fill(template, &[("a", &from), ("b", &to)])
}

fn moment(moment: &Moment, lang: Lang, long: bool) -> String {
    let periods = &table(lang).periods;
    let form = usize::from(long);
    let (template, n, ordinal, day) = match moment.part {
        Part::Year => (periods.year, 0, "", 0),
        Part::Half(half) => (
            periods.half[form],
            half,
            nth(&periods.half_ordinals, half),
            0,
        ),
        Part::Quarter(quarter) => (
            periods.quarter[form],
            quarter,
            nth(&periods.quarter_ordinals, quarter),
            0,
        ),
        Part::Month(month) => (periods.month[form], month, "", 0),
        Part::Day(month, day) => (periods.day[form], month, "", day),
    };
    let names = if long {
        &periods.months
    } else {
        &periods.months_short
    };
    let month = match moment.part {
        Part::Month(month) | Part::Day(month, _) => nth(names, month),
        _ => "",
    };
    fill(
        template,
        &[
            ("y", &moment.year.to_string()),
            ("n", &n.to_string()),
            ("o", ordinal),
            ("m", month),
            ("d", &day.to_string()),
        ],
    )
}

/// The `n`th (from 1) of `words`, or nothing.
fn nth<'a>(words: &[&'a str], n: u8) -> &'a str {
    words
        .get(usize::from(n).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// A figure's `as_of` in words where it is a period, else as written.
pub fn as_of_words(as_of: &str, period: Option<&Period>, lang: Lang) -> String {
    match period {
        Some(period) => period_long(period, lang),
        None => as_of.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(as_of: &str, lang: Lang) -> (String, String) {
        let period = Period::parse(as_of).expect("a period");
        (period_short(&period, lang), period_long(&period, lang))
    }

    #[test]
    fn periods_read_as_newsrooms_write_them() {
        let pair = |short: &str, long: &str| (short.to_string(), long.to_string());
        assert_eq!(words("2018", Lang::En), pair("2018", "2018"));
        assert_eq!(
            words("2018-H1", Lang::En),
            pair("H1 2018", "first half of 2018")
        );
        assert_eq!(
            words("2020-Q3", Lang::En),
            pair("Q3 2020", "third quarter of 2020")
        );
        assert_eq!(words("2018-06", Lang::En), pair("Jun 2018", "June 2018"));
        assert_eq!(
            words("2014-01-08", Lang::En),
            pair("8 Jan 2014", "8 January 2014")
        );
        assert_eq!(words("2014/2017", Lang::En), pair("2014–2017", "2014–2017"));
        assert_eq!(
            words("2018-H1", Lang::Zh),
            pair("2018年上半年", "2018年上半年")
        );
        assert_eq!(
            words("2020-Q3", Lang::Zh),
            pair("2020年第三季度", "2020年第三季度")
        );
        assert_eq!(
            words("2014/2017", Lang::Zh),
            pair("2014—2017年", "2014—2017年")
        );
        assert_eq!(words("2018-06", Lang::Zh).0, "2018年6月");
    }

    #[test]
    fn periods_read_as_hong_kong_newsrooms_write_them() {
        let both = |text: &str| (text.to_string(), text.to_string());
        assert_eq!(words("2018", Lang::Hant), both("2018年"));
        assert_eq!(words("2018-H1", Lang::Hant), both("2018年上半年"));
        assert_eq!(words("2018-H2", Lang::Hant), both("2018年下半年"));
        assert_eq!(words("2020-Q3", Lang::Hant), both("2020年第三季"));
        assert_eq!(words("2018-06", Lang::Hant), both("2018年6月"));
        assert_eq!(words("2021-03-10", Lang::Hant), both("2021年3月10日"));
        assert_eq!(words("2014/2017", Lang::Hant), both("2014至2017年"));
        assert_eq!(
            words("2020-Q1/2020-Q3", Lang::Hant).1,
            "2020年第一季至2020年第三季"
        );
    }
    /// Issue 23: each language's periods held to fixed examples, one column a language of
    /// [`Lang::ALL`] (en, zh, zh-Hant, es, fr, de, pt, ja), long (a sentence) then short (an
    /// axis).
    #[test]
    fn periods_read_as_each_languages_newsrooms_write_them() {
        let cases: [(&str, bool, [&str; Lang::ALL.len()]); 9] = [
            (
                "2020-Q3",
                true,
                [
                    "third quarter of 2020",
                    "2020年第三季度",
                    "2020年第三季",
                    "tercer trimestre de 2020",
                    "3e trimestre 2020",
                    "3.\u{a0}Quartal 2020",
                    "3º trimestre de 2020",
                    "2020年第3四半期",
                ],
            ),
            (
                "2020-Q3",
                false,
                [
                    "Q3 2020",
                    "2020年第三季度",
                    "2020年第三季",
                    "T3 2020",
                    "T3 2020",
                    "Q3 2020",
                    "T3 2020",
                    "2020年Q3",
                ],
            ),
            (
                "2018-H1",
                true,
                [
                    "first half of 2018",
                    "2018年上半年",
                    "2018年上半年",
                    "primer semestre de 2018",
                    "premier semestre 2018",
                    "1.\u{a0}Halbjahr 2018",
                    "1º semestre de 2018",
                    "2018年上半期",
                ],
            ),
            (
                "2018-H2",
                false,
                [
                    "H2 2018",
                    "2018年下半年",
                    "2018年下半年",
                    "S2 2018",
                    "S2 2018",
                    "H2 2018",
                    "S2 2018",
                    "2018年下半期",
                ],
            ),
            (
                "2018-06",
                true,
                [
                    "June 2018",
                    "2018年6月",
                    "2018年6月",
                    "junio de 2018",
                    "juin 2018",
                    "Juni 2018",
                    "junho de 2018",
                    "2018年6月",
                ],
            ),
            (
                "2014-01-08",
                true,
                [
                    "8 January 2014",
                    "2014年1月8日",
                    "2014年1月8日",
                    "8 de enero de 2014",
                    "8 janvier 2014",
                    "8.\u{a0}Januar 2014",
                    "8 de janeiro de 2014",
                    "2014年1月8日",
                ],
            ),
            (
                "2014-01-08",
                false,
                [
                    "8 Jan 2014",
                    "2014年1月8日",
                    "2014年1月8日",
                    "8 ene. 2014",
                    "8 janv. 2014",
                    "8.\u{a0}Jan. 2014",
                    "8 jan. 2014",
                    "2014年1月8日",
                ],
            ),
            (
                "2014/2017",
                true,
                [
                    "2014–2017",
                    "2014—2017年",
                    "2014至2017年",
                    "2014-2017",
                    "2014–2017",
                    "2014–2017",
                    "2014–2017",
                    "2014～2017年",
                ],
            ),
            (
                "2018",
                true,
                [
                    "2018", "2018年", "2018年", "2018", "2018", "2018", "2018", "2018年",
                ],
            ),
        ];
        for (as_of, long, written) in cases {
            for (lang, expected) in Lang::ALL.into_iter().zip(written) {
                let (short_words, long_words) = words(as_of, lang);
                let said = if long { long_words } else { short_words };
                assert_eq!(said, expected, "{as_of} in {lang:?}");
            }
        }
    }
}
