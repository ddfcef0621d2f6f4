//! A language file (`www/lang/<code>.json`): a table written as one ([`Language::to_json`],
//! native only) and read back into its table ([`load`]), its strings in one fixed order
//! ([`Language::strings_mut`]); in the widget's wasm, the tables so loaded, kept for the page's
//! life ([`n_loaded`] counts them).

#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
use super::compiled_in;
#[cfg(not(target_arch = "wasm32"))]
use super::table;
use super::{en, Language, Money, Numbers, Periods, Scale, Sentences};
use crate::model::Lang;
use crate::text::Ui;

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
pub(super) mod loaded {
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
    let lang = Lang::from_code(code)?;
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
    let (
        crate::node::Node::Number(group_from),
        crate::node::Node::Bool(singular),
        crate::node::Node::Bool(signs),
    ) = (
        field("group_from")?,
        field("singular_below_two")?,
        field("marks_are_signs")?,
    )
    else {
        return None;
    };
    table.numbers.group_from = *group_from as usize;
    table.numbers.singular_below_two = *singular;
    table.numbers.marks_are_signs = *signs;
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
            font,
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
            quote_in,
            views,
            table_caption,
            reported_short,
            derived_short,
            reported_long,
            derived_long,
            quote_intro,
            quote_intro_in,
            reading_intro,
            csv_header,
            languages,
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
            quote_in,
            views,
            table_caption,
            reported_short,
            derived_short,
            reported_long,
            derived_long,
            quote_intro,
            quote_intro_in,
            reading_intro,
            csv_header,
        ];
        strings.extend(languages.iter_mut());
        // The scales, `group_from`, `singular_below_two` and `marks_are_signs` are not
        // strings: the file gives them apart.
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
            marks,
            marks_are_signs: _,
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
        strings.extend(marks.iter_mut());
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
            source_date,
            day_one,
        } = periods;
        strings.extend([year, range, year_range, source_date, day_one]);
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
        strings.push(font);
        strings
    }

    /// The table as a language file's `{code, strings, scales, group_from,
    /// singular_below_two, marks_are_signs}`, which [`load`] reads back (native only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_json(lang: Lang) -> serde_json::Value {
        let mut table = table(lang).clone();
        let scales: Vec<serde_json::Value> = table
            .numbers
            .scales
            .iter()
            .map(|scale| serde_json::json!([scale.power, scale.one, scale.many, scale.caption]))
            .collect();
        let numbers = &table.numbers;
        let (group_from, singular, signs) = (
            numbers.group_from,
            numbers.singular_below_two,
            numbers.marks_are_signs,
        );
        let strings: Vec<&str> = table.strings_mut().into_iter().map(|text| *text).collect();
        serde_json::json!({
            "code": lang.code(),
            "strings": strings,
            "scales": scales,
            "group_from": group_from,
            "singular_below_two": singular,
            "marks_are_signs": signs,
        })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Issue 23: each language's file reads back into the very table it was written from (a
    /// string the file left out would come back as English's and fail here), and a text that
    /// is no language file loads nothing.
    #[test]
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
