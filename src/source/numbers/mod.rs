//! The number reader: every number of a text as articles write them (`615`, `10,000`, `3.6`,
//! `30%`, `30 per cent`, `5 times`, `five-fold`, `5倍`, `百分之三十`, `1.2 million`,
//! `a million`, `1.2万`, `三成`, `翻两番`), each with the hedge in front of or behind it
//! (`more than`, `nearly`, `超过`, `近`, `左右`…), the currency written with it (`$29.92
//! billion`, `221 billion yuan`, `2210亿元`), percentage points apart from percentages
//! (`4.7 percentage points`, `4.7 pp`, `4.7个百分点`), ordinals (`11th`, `第11位`), and the
//! direction a change verb gives it (`fell 4.7 points`, `下降4.7个百分点`, `a 15.6% rise`).
//! From tables rather than a regex crate or a float parser, to keep the wasm small. The source
//! check and the editor's figure from a selection share it.
//!
//! One file a concern: this one holds the reader that puts a stated number together; `stated`
//! what a stated number is, `numerals` reads a value (digits, English words, Chinese numerals),
//! `units` what is written with it (scales, the signs of a form, currencies), `hedges` the
//! words that bound it, `directions` the change verbs that sign it, `ordinals` ranks, and
//! `lookup` how a table's entries are found in text.

mod directions;
mod hedges;
mod lookup;
mod numerals;
mod ordinals;
mod stated;
mod traditional;
mod units;

use super::folded::Folded;
pub use directions::Direction;
use directions::{direction_after, direction_before};
pub use hedges::Hedge;
use hedges::{hedge_after, hedge_before};
use lookup::{find_word, starts_with_any};
use numerals::read_value;
use ordinals::ordinal;
pub(super) use stated::tidy;
pub use stated::{Form, StatedNumber};
use units::{currency_before, CURRENCIES_AFTER, FORMS, NOT_TENTHS, SCALES};

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

/// Every number of a folded text, with byte ranges into it.
pub(super) fn read_numbers(text: &str) -> Vec<StatedNumber> {
    // Traditional characters read as Simplified, byte for byte: the ranges index `text`.
    let text = &traditional::simplified(text);
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
        if let Some(rank) = ordinal(text, at, value, end) {
            at = rank.range.end;
            found.push(rank);
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
        let (mut currency, mut yuan_alone) = (None, false);
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
                        yuan_alone = rest[end..].get(..length) == Some("元");
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
        let mut direction = direction_after(&rest[end..]);
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
        if let Some(before) = direction_before(&text[..start]) {
            direction = Some(before);
        }
        found.push(StatedNumber {
            value,
            form,
            hedge,
            currency,
            yuan_alone,
            direction,
            range: start..at + end,
        });
        at += end;
    }
    found
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
        assert_eq!(shares("合共達3294億元，佔經常開支59%"), [false, true]);
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
        // Traditional Chinese, as Hong Kong and Taiwan papers write it, reads as Simplified.
        assert_eq!(
            read("總收入預計為6424億元，上升約20%，大幅下調53%，約19.7萬個職位，下降0.6個百分點，300億港幣"),
            [
                row(6424e8, Plain, Some("CNY"), None, "6424億元"),
                row(20.0, Percent, None, Some(Up), "約20%"),
                row(53.0, Percent, None, Some(Down), "53%"),
                row(19.7e4, Plain, None, None, "約19.7萬"),
                row(0.6, Points, None, Some(Down), "0.6個百分點"),
                row(300e8, Plain, Some("HKD"), None, "300億港幣"),
            ]
        );
    }

    #[test]
    fn yuan_alone_is_also_a_local_dollar() {
        use crate::model::Currency::*;
        let first = |text: &str| numbers(text).remove(0);
        let alone = first("地價收入預計為850億元");
        assert_eq!(alone.currency, Some(Cny));
        for currency in [Cny, Hkd, Twd, Mop] {
            assert!(alone.states_currency(Some(currency)), "{currency:?}");
        }
        assert!(!alone.states_currency(Some(Usd)));
        for named in [
            "850亿元人民币",
            "850亿港元",
            "850亿美元",
            "850 billion yuan",
        ] {
            let number = first(named);
            assert!(!number.states_currency(Some(Twd)), "{named}");
        }
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
