//! Money as each language writes a sum: its currency where each language puts it, a symbol
//! before the number or a name after it (`$29.92 billion`, `221 billion yuan`, `299.2亿美元`,
//! `221 milliards de yuans`), and a currency's name as a caption says it.

use super::language::table;
use super::number::{counted, scaled_word};
use crate::model::{Currency, Lang};

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

/// A currency's name as a caption says it, and as Chinese writes it after a sum: `yuan`, `US
/// dollars`; `元`, `美元`; `日圓`, `歐元` (Hong Kong's words).
pub fn currency_name(currency: Currency, lang: Lang) -> &'static str {
    table(lang).money(currency).name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::number::spaced;

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
}
