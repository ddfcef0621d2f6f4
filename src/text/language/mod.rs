//! One table a language: every word the widget writes and every rule of how it writes numbers,
//! money, periods and sentences, as a `const` in the language's own file (`en.rs`, `zh.rs`,
//! …). A language is data: the printers in `text` read these tables and branch on no
//! language, so adding one is adding a file and a line to [`table`] and [`host_table`] (and
//! `Lang`'s lists in `model`), and a language whose table lacks a word does not compile.
//!
//! Templates hold named slots in braces (`{n}`, `{y}`, `{}`), filled by [`fill`].
//!
//! A page pays only for the languages it shows: the wasm carries the tables of English and of
//! both Chinese scripts (the embedded document's languages); the others' tables are compiled
//! natively only, written into `www/lang/<code>.json` ([`Language::to_json`], held by
//! `tests/shell.rs` like the shell), fetched by the host when a reader's language is one of
//! them, and handed to the wasm, which reads one into the same table ([`load`]).

#[cfg(not(target_arch = "wasm32"))]
use super::HostUi;
use super::Ui;
use crate::model::{Currency, Lang};

// The languages loaded on demand are compiled natively (tests, the shell, the static pictures,
// the files the host fetches) and in the editor's wasm (its own bytes, which draw every
// language's picture); the widget's wasm reads them from those files.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
mod de;
mod en;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
mod es;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
mod fr;
mod hant;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
mod ja;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
mod pt;
mod zh;

/// Everything the wasm writes in one language (the host's own words are in [`HostUi`], which
/// only the shell carries).
#[derive(Clone, Debug, PartialEq)]
pub struct Language {
    pub ui: Ui,
    pub numbers: Numbers,
    pub periods: Periods,
    pub sentences: Sentences,
    /// Each currency of [`Currency::CODES`], in that order.
    pub currencies: [Money; 8],
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
    /// The qualifier as a chart label's sign: more than, nearly or about.
    pub signs: [&'static str; 2],
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

/// The table of `lang`. In the wasm, a language loaded on demand that has not been loaded
/// yet ([`load`]) is written with English's table until it is (the host draws again then).
pub fn table(lang: Lang) -> &'static Language {
    match lang {
        Lang::En => &en::TABLE,
        Lang::Zh => &zh::TABLE,
        Lang::Hant => &hant::TABLE,
        #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
        Lang::Es => &es::TABLE,
        #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
        Lang::Fr => &fr::TABLE,
        #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
        Lang::De => &de::TABLE,
        #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
        Lang::Pt => &pt::TABLE,
        #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
        Lang::Ja => &ja::TABLE,
        #[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
        _ => loaded::get(lang).unwrap_or(&en::TABLE),
    }
}

/// What a Chinese newsroom writes that the other languages' tables leave to the shared rules
/// (issue 23): the qualifiers as words in a chart's labels (超, 近, 约: no signs, so no key to
/// them in the legend), the 注 line under a chart, and the source line's shape, which names the
/// outlets first, marks a headline with no original in the language as the English version's
/// and writes the date in words.
pub struct Newsroom {
    /// The qualifiers as a label writes them before a value: more than, nearly, about.
    pub marks: [&'static str; 3],
    /// The note under a chart: its start, the marks around each word, what the words are,
    /// what a derived figure is (after its label), and between the two.
    pub note: [&'static str; 6],
    /// The source line: before a headline whose original in this language is unknown, and
    /// around the authors after the headline.
    pub english_version: &'static str,
    pub by: [&'static str; 2],
    /// The CSV's header row: the columns' names.
    pub csv_header: &'static str,
}

/// The newsroom table of `lang`, for the languages that have one.
pub fn newsroom(lang: Lang) -> Option<&'static Newsroom> {
    match lang {
        Lang::Zh => Some(&zh::NEWSROOM),
        Lang::Hant => Some(&hant::NEWSROOM),
        _ => None,
    }
}

/// Whether the widget's wasm carries `lang`'s table, rather than loading it from `www/lang/`.
pub fn compiled_in(lang: Lang) -> bool {
    matches!(lang, Lang::En | Lang::Zh | Lang::Hant)
}

/// The host's own words in `lang`: only the shell and the language files carry them (native
/// code), so the wasm, which never shows them, does not.
#[cfg(not(target_arch = "wasm32"))]
pub fn host_table(lang: Lang) -> &'static HostUi {
    match lang {
        Lang::En => &en::HOST,
        Lang::Zh => &zh::HOST,
        Lang::Hant => &hant::HOST,
        Lang::Es => &es::HOST,
        Lang::Fr => &fr::HOST,
        Lang::De => &de::HOST,
        Lang::Pt => &pt::HOST,
        Lang::Ja => &ja::HOST,
    }
}

/// How many tables have been loaded on demand ([`load`]): a count that changes when the words
/// of a language do, so what was written with English's in their place can be written again.
pub fn n_loaded() -> usize {
    #[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
    return loaded::count();
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    0
}

/// The tables loaded on demand in the wasm: each read once from its file and kept for the
/// page's life (a few KB at most), as the wasm's own tables are.
#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
mod loaded {
    use super::Language;
    use crate::model::Lang;
    use std::sync::OnceLock;

    static TABLES: [OnceLock<&'static Language>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];

    pub fn get(lang: Lang) -> Option<&'static Language> {
        TABLES.get(lang as usize)?.get().copied()
    }

    pub fn count() -> usize {
        TABLES.iter().filter(|slot| slot.get().is_some()).count()
    }

    pub fn set(lang: Lang, table: Language) {
        if let Some(slot) = TABLES.get(lang as usize) {
            if slot.get().is_none() {
                let _ = slot.set(Box::leak(Box::new(table)));
            }
        }
    }
}

/// Reads a language file (`www/lang/<code>.json`, as [`Language::to_json`] writes it) into its
/// table, which [`table`] answers from then on: the language read, or `None` for a text that
/// is not such a file (nothing is loaded then). A language the wasm carries is not replaced.
pub fn load(text: &str, read_number: &dyn Fn(&str) -> Option<f64>) -> Option<Lang> {
    let (lang, table) = read(text, read_number)?;
    // Natively and in the editor's build every table is compiled in: the file is only read.
    #[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
    if !compiled_in(lang) {
        loaded::set(lang, table);
    }
    #[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
    let _ = table;
    Some(lang)
}

/// A language file read into its language and table, or `None`.
fn read(text: &str, read_number: &dyn Fn(&str) -> Option<f64>) -> Option<(Lang, Language)> {
    let node = crate::json::parse(text, read_number).ok()?;
    let field = |name: &str| match &node {
        crate::node::Node::Object(fields) => fields
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value),
        _ => None,
    };
    let leak = |node: &crate::node::Node| match node {
        crate::node::Node::String(text) => Some(&*Box::leak(text.clone().into_boxed_str())),
        _ => None,
    };
    let code = match field("code")? {
        crate::node::Node::String(code) => code,
        _ => return None,
    };
    let lang = Lang::ALL.into_iter().find(|lang| lang.code() == code)?;
    let crate::node::Node::Array(strings) = field("strings")? else {
        return None;
    };
    let crate::node::Node::Array(scales) = field("scales")? else {
        return None;
    };
    let mut table = en::TABLE.clone();
    let slots = table.strings_mut();
    if slots.len() != strings.len() {
        return None;
    }
    for (slot, string) in slots.into_iter().zip(strings) {
        *slot = leak(string)?;
    }
    let mut read_scales = Vec::new();
    for scale in scales {
        let crate::node::Node::Array(parts) = scale else {
            return None;
        };
        let [crate::node::Node::Number(power), one, many, caption] = parts.as_slice() else {
            return None;
        };
        read_scales.push(Scale {
            power: *power,
            one: leak(one)?,
            many: leak(many)?,
            caption: leak(caption)?,
        });
    }
    table.numbers.scales = Vec::leak(read_scales);
    let (crate::node::Node::Number(group_from), crate::node::Node::Bool(singular)) =
        (field("group_from")?, field("singular_below_two")?)
    else {
        return None;
    };
    table.numbers.group_from = *group_from as usize;
    table.numbers.singular_below_two = *singular;
    Some((lang, table))
}

impl Language {
    /// Every string of the table, in one fixed order: what a language file lists as its
    /// `strings` ([`Language::to_json`], [`load`]). Each struct is taken apart whole, so a field
    /// added to one fails to compile here until it is listed.
    pub fn strings_mut(&mut self) -> Vec<&mut &'static str> {
        let Language {
            ui,
            numbers,
            periods,
            sentences,
            currencies,
        } = self;
        let Ui {
            source,
            derived_legend,
            more_than_legend,
            about_legend,
            derived_point_legend,
            partial_legend,
            derived_change_legend,
            gap_legend,
            change_from,
            change_to,
            share_legend,
            figure,
            value,
            as_of,
            provenance,
            quote,
            views,
            table_caption,
            reported_short,
            derived_short,
            reported_long,
            derived_long,
            quote_intro,
            reading_intro,
        } = ui;
        let mut strings: Vec<&mut &'static str> = vec![
            source,
            derived_legend,
            more_than_legend,
            about_legend,
            derived_point_legend,
            partial_legend,
            derived_change_legend,
            gap_legend,
            change_from,
            change_to,
            share_legend,
            figure,
            value,
            as_of,
            provenance,
            quote,
            views,
            table_caption,
            reported_short,
            derived_short,
            reported_long,
            derived_long,
            quote_intro,
            reading_intro,
        ];
        // The scales, `group_from` and `singular_below_two` are not strings: the file gives
        // them apart.
        let Numbers {
            group,
            group_from: _,
            decimal,
            percent,
            space,
            scales: _,
            singular_below_two: _,
            of,
            of_before_vowel,
            ratio,
            ratio_words,
            points,
            points_caption,
            qualifiers,
            signs,
            directions,
        } = numbers;
        strings.extend([
            group,
            decimal,
            percent,
            space,
            of,
            of_before_vowel,
            ratio,
            ratio_words,
            points_caption,
        ]);
        strings.extend(points.iter_mut());
        strings.extend(qualifiers.iter_mut());
        strings.extend(signs.iter_mut());
        strings.extend(directions.iter_mut());
        let Periods {
            year,
            half,
            quarter,
            month,
            day,
            half_ordinals,
            quarter_ordinals,
            months,
            months_short,
            range,
            year_range,
        } = periods;
        strings.extend([year, range, year_range]);
        for list in [half, quarter, month, day, half_ordinals] {
            strings.extend(list.iter_mut());
        }
        strings.extend(quarter_ordinals.iter_mut());
        strings.extend(months.iter_mut());
        strings.extend(months_short.iter_mut());
        let Sentences {
            space,
            colon,
            aside,
            separator,
            stop,
            and,
            comma,
            title_marks,
            quote_marks,
            explore,
        } = sentences;
        strings.extend([space, colon, separator, stop, and, comma]);
        strings.extend(aside.iter_mut());
        for list in [title_marks, quote_marks, explore] {
            strings.extend(list.iter_mut());
        }
        for money in currencies.iter_mut() {
            let Money { symbol, name } = money;
            strings.extend([symbol, name]);
        }
        strings
    }

    /// The table as a language file's `{code, strings, scales, group_from,
    /// singular_below_two}`, which [`load`] reads back (native only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_json(lang: Lang) -> serde_json::Value {
        let mut table = table(lang).clone();
        let scales: Vec<serde_json::Value> = table
            .numbers
            .scales
            .iter()
            .map(|scale| serde_json::json!([scale.power, scale.one, scale.many, scale.caption]))
            .collect();
        let (group_from, singular) = (table.numbers.group_from, table.numbers.singular_below_two);
        let strings: Vec<&str> = table.strings_mut().into_iter().map(|text| *text).collect();
        serde_json::json!({
            "code": lang.code(),
            "strings": strings,
            "scales": scales,
            "group_from": group_from,
            "singular_below_two": singular,
        })
    }

    pub fn money(&self, currency: Currency) -> &Money {
        // In the order of `Currency::CODES`, which lists every currency.
        let index = Currency::CODES
            .iter()
            .position(|(_, known)| *known == currency)
            .unwrap_or(0);
        &self.currencies[index]
    }
}

/// `template` with each `{name}` replaced by its value in `slots` (`{}` is the slot named
/// ""); a slot it does not name is kept as written. By bytes, so no char searcher is linked.
pub fn fill(template: &str, slots: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let bytes = template.as_bytes();
    let (mut at, mut copied) = (0, 0);
    while at < bytes.len() {
        if bytes[at] == b'{' {
            if let Some(length) = bytes[at + 1..].iter().position(|byte| *byte == b'}') {
                let name = template.get(at + 1..at + 1 + length).unwrap_or_default();
                if let Some((_, value)) = slots.iter().find(|(slot, _)| *slot == name) {
                    out.push_str(template.get(copied..at).unwrap_or_default());
                    out.push_str(value);
                    at += length + 2;
                    copied = at;
                    continue;
                }
            }
        }
        at += 1;
    }
    out.push_str(template.get(copied..).unwrap_or_default());
    out
}

/// `template` with its `{}` slot filled.
pub fn fill_one(template: &str, value: &str) -> String {
    fill(template, &[("", value)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_named_slots_and_keeps_others() {
        assert_eq!(
            fill("{o} half of {y}", &[("o", "first"), ("y", "2018")]),
            "first half of 2018"
        );
        assert_eq!(fill_one("下降{}", "4.7"), "下降4.7");
        assert_eq!(fill("{x} {", &[("", "a")]), "{x} {");
        assert_eq!(fill("{}{}", &[("", "é")]), "éé");
    }
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
            } = table(lang);
            let blank = |text: &str| crate::strings::is_blank(text);
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
            assert!(numbers.signs.iter().all(|sign| !blank(sign)), "{lang:?}");
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

    /// Issue 23: each language's file reads back into the very table it was written from (a
    /// string the file left out would come back as English's and fail here), and a text that
    /// is no language file loads nothing.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn a_language_file_reads_back_into_its_table() {
        let number = |token: &str| token.parse().ok();
        for lang in Lang::ALL {
            let text = Language::to_json(lang).to_string();
            let (read_lang, read_table) = read(&text, &number).expect("a language file");
            assert_eq!(read_lang, lang);
            assert_eq!(&read_table, table(lang), "{lang:?}");
            assert_eq!(load(&text, &number), Some(lang));
        }
        for text in [
            "{}",
            "{\"code\": \"fr\", \"strings\": []}",
            "not json",
            "[]",
        ] {
            assert_eq!(load(text, &number), None, "{text}");
        }
        let mut short = Language::to_json(Lang::Fr);
        short["strings"].as_array_mut().expect("strings").pop();
        assert_eq!(load(&short.to_string(), &number), None);
    }
}
