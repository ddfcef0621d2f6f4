//! Periods in words: short for an axis (`H1 2018`, `2018年上半年`) and long for a sentence
//! (`first half of 2018`, `third quarter of 2020`, `2020年第三季度`; in Hong Kong's words
//! `2020年第三季`); a range as both ends (`2014–2017`, `2014—2017年`, `2014至2017年`).

use crate::model::{Lang, Moment, Part, Period};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];
const ZH_QUARTERS: [&str; 4] = ["一", "二", "三", "四"];

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
    match lang {
        Lang::En => format!(
            "{}–{}",
            moment(&period.from, lang, long),
            moment(&period.to, lang, long)
        ),
        // `2014—2017年`: the year's sign once, after both years.
        Lang::Zh if period.is_years() => format!("{}—{}年", period.from.year, period.to.year),
        Lang::Hant if period.is_years() => format!("{}至{}年", period.from.year, period.to.year),
        Lang::Zh | Lang::Hant => format!(
            "{}至{}",
            moment(&period.from, lang, long),
            moment(&period.to, lang, long)
        ),
    }
}

fn moment(moment: &Moment, lang: Lang, long: bool) -> String {
    let year = moment.year;
    let month_name = |month: u8| MONTHS.get(usize::from(month) - 1).copied().unwrap_or("");
    match (moment.part, lang, long) {
        (Part::Year, Lang::En, _) => year.to_string(),
        (Part::Half(half), Lang::En, false) => format!("H{half} {year}"),
        (Part::Half(half), Lang::En, true) => {
            format!("{} half of {year}", ORDINALS[usize::from(half) - 1])
        }
        (Part::Quarter(quarter), Lang::En, false) => format!("Q{quarter} {year}"),
        (Part::Quarter(quarter), Lang::En, true) => {
            format!("{} quarter of {year}", ORDINALS[usize::from(quarter) - 1])
        }
        (Part::Month(month), Lang::En, false) => format!("{} {year}", short(month_name(month))),
        (Part::Month(month), Lang::En, true) => format!("{} {year}", month_name(month)),
        (Part::Day(month, day), Lang::En, false) => {
            format!("{day} {} {year}", short(month_name(month)))
        }
        (Part::Day(month, day), Lang::En, true) => format!("{day} {} {year}", month_name(month)),
        (Part::Year, Lang::Zh | Lang::Hant, _) => format!("{year}年"),
        (Part::Half(1), Lang::Zh | Lang::Hant, _) => format!("{year}年上半年"),
        (Part::Half(_), Lang::Zh | Lang::Hant, _) => format!("{year}年下半年"),
        // Mainland newsrooms write 第三季度, Hong Kong's 第三季.
        (Part::Quarter(quarter), Lang::Zh | Lang::Hant, _) => format!(
            "{year}年第{}季{}",
            ZH_QUARTERS[usize::from(quarter) - 1],
            if lang == Lang::Zh { "度" } else { "" }
        ),
        (Part::Month(month), Lang::Zh | Lang::Hant, _) => format!("{year}年{month}月"),
        (Part::Day(month, day), Lang::Zh | Lang::Hant, _) => format!("{year}年{month}月{day}日"),
    }
}

/// A month's name cut to three letters: `Jun`.
fn short(name: &str) -> &str {
    name.get(..3).unwrap_or(name)
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
}
