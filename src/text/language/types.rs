//! What one language's table holds ([`Language`]): its interface words, its rules for numbers,
//! periods and sentences, each currency's symbol or name, and what a Chinese newsroom writes
//! beside them ([`Newsroom`]). The tables themselves are `const`s in each language's file.

use crate::model::Currency;
use crate::text::Ui;

/// Everything the wasm writes in one language (the host's own words are in
/// [`HostUi`](crate::text::HostUi), which only the shell carries).
#[derive(Clone, Debug, PartialEq)]
pub struct Language {
    pub ui: Ui,
    pub numbers: Numbers,
    pub periods: Periods,
    pub sentences: Sentences,
    /// Each currency of [`Currency::CODES`], in that order.
    pub currencies: [Money; 8],
    /// The font stack text in this language is drawn and shown in: the same Latin faces for
    /// every language, then the Han faces of its own script, since one Han character is drawn
    /// differently in Simplified Chinese, Hong Kong's and Taiwan's Traditional, and Japanese
    /// fonts (`骨`, `戶`, `直`): a Hong Kong or Japanese reader would read mainland shapes.
    pub font: &'static str,
}

/// How a language writes numbers and the units of the format.
#[derive(Clone, Debug, PartialEq)]
pub struct Numbers {
    /// Between groups of three digits (`,`, `.`, a narrow no-break space), or none.
    pub group: &'static str,
    /// The fewest digits of a whole part that is grouped: 4 (`1,234`) or 5 (Spanish: `1234`
    /// but `12.345`).
    pub group_from: usize,
    /// Between the whole part and the decimals.
    pub decimal: &'static str,
    /// A percentage, `{}` its number: `{}%`, `{} %` (a no-break space).
    pub percent: &'static str,
    /// Between a number and the word after it (a scale word, what is counted, a unit): a space,
    /// or none in Chinese and Japanese.
    pub space: &'static str,
    /// The scale words, largest first, each used from its power on (999,999,999 shows as
    /// `1 billion`).
    pub scales: &'static [Scale],
    /// Whether a scale word is singular below 2 (French and Portuguese: `1,2 million`), else
    /// only at exactly 1 (`1 Million`, `1,2 Millionen`).
    pub singular_below_two: bool,
    /// What joins a scale word to what it counts (`221 milliards de yuans`, `1,2 millones de
    /// personas`), and its form before a vowel (`d'euros`); empty where nothing does.
    pub of: &'static str,
    pub of_before_vowel: &'static str,
    /// A multiple with its unit sign (`{}×`, `{}倍`), and in words (`{} times`).
    pub ratio: &'static str,
    pub ratio_words: &'static str,
    /// Percentage points after the number: short for one, short for several, in words for one,
    /// in words for several (`point`, `points`, `percentage point`, `percentage points`).
    pub points: [&'static str; 4],
    /// The caption of an axis in percentage points.
    pub points_caption: &'static str,
    /// The article's qualifier around an amount in words: more than, nearly, about.
    pub qualifiers: [&'static str; 3],
    /// The qualifier as a chart label writes it around a value, `{}` the value: more than,
    /// nearly, about. Signs (`>{}`, `≈{}` for both nearly and about) or the words a newsroom's
    /// charts write (`超{}`, `{}超`, `más de {}`), nearly and about kept apart.
    pub marks: [&'static str; 3],
    /// Whether the marks are signs, which the legend then explains (`> more than`); words
    /// need no key.
    pub marks_are_signs: bool,
    /// A change in words around its amount: down, up, down (a count or money), up (a count or
    /// money), and unchanged (alone).
    pub directions: [&'static str; 5],
}

/// A scale word and the power of ten it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub power: f64,
    pub one: &'static str,
    pub many: &'static str,
    /// The word as an axis caption starts with it (`Billion yuan`, `Milliards de yuans`).
    pub caption: &'static str,
}

/// A currency as one language writes a sum in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Money {
    /// Written before the number (`$`, `HK$`), or empty where the name follows it.
    pub symbol: &'static str,
    /// After the number (and in an axis caption): `yuan`, `US dollars`, `美元`.
    pub name: &'static str,
}

/// How a language writes periods: templates whose `{y}` is the year, `{n}` the number of the
/// half, quarter or month, `{o}` its ordinal word, `{m}` the month's name, `{d}` the day.
/// Each pair is short (an axis label), then long (a sentence).
#[derive(Clone, Debug, PartialEq)]
pub struct Periods {
    pub year: &'static str,
    pub half: [&'static str; 2],
    pub quarter: [&'static str; 2],
    pub month: [&'static str; 2],
    pub day: [&'static str; 2],
    pub half_ordinals: [&'static str; 2],
    pub quarter_ordinals: [&'static str; 4],
    pub months: [&'static str; 12],
    pub months_short: [&'static str; 12],
    /// Two periods as a range, `{a}` to `{b}`; two years (`{a}`, `{b}` the bare years).
    pub range: &'static str,
    pub year_range: &'static str,
    /// The source line's date (a `YYYY-MM-DD` one): `{y}`, `{n}` the month's number, `{m}` its
    /// name, `{d}` the day, or `{iso}`, the date as the document gives it (English's, a date
    /// a reader of any language and a program read alike).
    pub source_date: &'static str,
    /// `{d}` on a month's first day: `1er` in French, `1º` in Brazil's Portuguese, else `1`.
    pub day_one: &'static str,
}

/// The punctuation and the few fixed phrases of the sentences the widget writes.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentences {
    /// Between words: a space, or none in Chinese and Japanese.
    pub space: &'static str,
    /// Between a name and what it names.
    pub colon: &'static str,
    /// An aside after what it is about: opens, separates two parts, closes.
    pub aside: [&'static str; 3],
    /// Between the figures of a description, and the end of a sentence.
    pub separator: &'static str,
    pub stop: &'static str,
    /// Between authors, and after the authors in the source line.
    pub and: &'static str,
    pub comma: &'static str,
    /// Around a headline, and around a quote of the article.
    pub title_marks: [&'static str; 2],
    pub quote_marks: [&'static str; 2],
    /// How to explore a chart of one figure, and of `{n}`.
    pub explore: [&'static str; 2],
}

/// What a Chinese newsroom writes that the other languages' tables leave to the shared rules
/// (issue 23): the 注 line under a chart (which names the words its labels write for the
/// qualifiers, and its derived figures), and the source line's shape, which names the outlets
/// first and marks a headline with no original in the language as another language's version.
pub struct Newsroom {
    /// The note under a chart: its start, the marks around each word, what the words are,
    /// what a derived figure is (after its label), and between the two.
    pub note: [&'static str; 6],
    /// The source line: before a headline whose original in this language is unknown, `{l}`
    /// the article's language (`英文版报道`), and around the authors after the headline.
    pub other_version: &'static str,
    pub by: [&'static str; 2],
}

impl Language {
    pub fn money(&self, currency: Currency) -> &Money {
        // In the order of `Currency::CODES`, which lists every currency.
        let index = Currency::CODES
            .iter()
            .position(|(_, known)| *known == currency)
            .unwrap_or(0);
        &self.currencies[index]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::text::language::table;

    /// Issue 23: every language's table gives every format rule: the templates hold the slots
    /// their printers fill, the scale words run largest first, no word is blank where one is
    /// written. (A missing field does not compile: the tables are struct literals.)
    #[test]
    fn every_language_gives_every_format_rule() {
        let has = |template: &str, slot: &str| template.contains(slot);
        for lang in Lang::ALL {
            let Language {
                ui: _,
                numbers,
                periods,
                sentences,
                currencies,
                font,
            } = table(lang);
            let blank = |text: &str| crate::strings::is_blank(text);
            assert!(font.ends_with("sans-serif"), "{lang:?}: {font}");
            assert!(!blank(numbers.decimal), "{lang:?}");
            for template in [numbers.percent, numbers.ratio, numbers.ratio_words]
                .into_iter()
                .chain(numbers.qualifiers)
                .chain(numbers.directions[..4].iter().copied())
            {
                assert!(has(template, "{}"), "{lang:?}: {template}");
            }
            assert!(!blank(numbers.directions[4]), "{lang:?}");
            assert!((4..=5).contains(&numbers.group_from), "{lang:?}");
            assert!(!numbers.scales.is_empty(), "{lang:?}");
            for pair in numbers.scales.windows(2) {
                assert!(pair[0].power > pair[1].power, "{lang:?}: largest first");
            }
            for scale in numbers.scales {
                for word in [scale.one, scale.many, scale.caption] {
                    assert!(!blank(word), "{lang:?}");
                }
            }
            for word in numbers.points.into_iter().chain([numbers.points_caption]) {
                assert!(!blank(word), "{lang:?}");
            }
            for mark in numbers.marks {
                assert!(
                    has(mark, "{}") && !blank(&mark.replace("{}", "")),
                    "{lang:?}"
                );
            }
            assert!(has(periods.year, "{y}"), "{lang:?}");
            for template in periods.half.into_iter().chain(periods.quarter) {
                assert!(has(template, "{y}"), "{lang:?}: {template}");
                assert!(has(template, "{n}") || has(template, "{o}"), "{lang:?}");
            }
            for template in periods.month.into_iter().chain(periods.day) {
                assert!(has(template, "{y}") && has(template, "{"), "{lang:?}");
                assert!(has(template, "{m}") || has(template, "{n}"), "{lang:?}");
            }
            assert!(periods.day.iter().all(|day| has(day, "{d}")), "{lang:?}");
            for template in [periods.range, periods.year_range] {
                assert!(has(template, "{a}") && has(template, "{b}"), "{lang:?}");
            }
            for word in periods
                .months
                .into_iter()
                .chain(periods.months_short)
                .chain(periods.half_ordinals)
                .chain(periods.quarter_ordinals)
            {
                assert!(!blank(word), "{lang:?}");
            }
            for word in [sentences.colon, sentences.separator, sentences.stop]
                .into_iter()
                .chain(sentences.aside)
                .chain(sentences.title_marks)
                .chain(sentences.quote_marks)
                .chain(sentences.explore)
            {
                assert!(!blank(word), "{lang:?}");
            }
            assert!(has(sentences.explore[1], "{n}"), "{lang:?}");
            assert!(
                currencies.iter().all(|money| !blank(money.name)),
                "{lang:?}"
            );
        }
    }
}
