//! The source line (`Source: authors, "Headline", Outlet, date`) as each language writes it,
//! and the runs of it in the article's language where the line's is another, for the host to
//! mark so a screen reader switches voice.

use super::language::{self, fill, table};
use super::ui::{in_language, ui};
use crate::model::{Lang, Model};

/// `Source: Lin Yiying, Zhao Lu, "Headline", Outlet, 2021-03-10`. In Chinese, the source's
/// names in that language where the document gives them (`source.names`: the outlet's official
/// Chinese name), the date as Chinese writes it, and, where no Chinese original of the article
/// is known, its headline and authors marked as the English version's, never translated:
/// `来源：坪山区科技创新局、坪山区融媒体中心，英文版报道《Zhong Nanshan praises…》（作者：Lin
/// Yiying、Zhao Lu），2021年3月10日`. The article's own names are in its language
/// (`source.language`, English unless the document says), which the Chinese line names where
/// it is another (`英文版报道`); the other languages write the date in words too (`10 mars
/// 2021`), English as the document gives it.
pub fn source_line(model: &Model, lang: Lang) -> String {
    source_parts(model, lang).0
}

/// The source line ([`source_line`]) and where in it a name is in another language than
/// `lang` (the English headline, authors or outlet in a Chinese line): `(start, end, lang)` in
/// UTF-16 code units, as JS counts, for the host to mark with `lang` so a screen reader
/// switches voice.
pub fn source_parts(model: &Model, lang: Lang) -> (String, Vec<(usize, usize, Lang)>) {
    let source = &model.source;
    let sentences = &table(lang).sentences;
    let names = source.names_in(lang);
    let given_outlet = names.and_then(|names| names.outlet.as_deref());
    let original = names.and_then(|names| names.headline.as_deref());
    let given_authors = names.and_then(|names| names.authors.as_ref());
    // One run: the separator between two English names is no other language to voice.
    let authors = crate::strings::join(given_authors.unwrap_or(&source.authors), sentences.and);
    let (outlet, headline) = (
        (
            given_outlet.unwrap_or(&source.outlet),
            given_outlet.is_none(),
        ),
        (original.unwrap_or(&source.headline), original.is_none()),
    );
    let authors = (authors.as_str(), given_authors.is_none());
    let [open, close] = sentences.title_marks;
    let mut line = SourceLine {
        text: String::new(),
        foreign: Vec::new(),
        lang,
        article: source.language,
    };
    let date = source_date(&source.date, lang);
    line.push(ui(lang).source, false);
    line.push(sentences.colon, false);
    match language::newsroom(lang) {
        // `来源：坪山区科技创新局…，英文版报道《…》（作者：…），2021年3月10日`.
        Some(newsroom) => {
            line.push(outlet.0, outlet.1);
            line.push(sentences.comma, false);
            // A headline in the article's language where it is not the line's: `英文版报道`.
            if original.is_none() && source.language != lang {
                let version = in_language(source.language, lang, "", newsroom.other_version);
                line.push(&version, false);
            }
            line.push(open, false);
            line.push(headline.0, headline.1);
            line.push(close, false);
            if !authors.0.is_empty() {
                line.push(newsroom.by[0], false);
                line.push(authors.0, authors.1);
                line.push(newsroom.by[1], false);
            }
            line.push(sentences.comma, false);
            line.push(&date, false);
        }
        None => {
            if !authors.0.is_empty() {
                line.push(authors.0, authors.1);
                line.push(sentences.comma, false);
            }
            line.push(open, false);
            line.push(headline.0, headline.1);
            line.push(close, false);
            line.push(sentences.comma, false);
            line.push(outlet.0, outlet.1);
            line.push(sentences.comma, false);
            line.push(&date, false);
        }
    }
    (line.text, line.foreign)
}

/// A `YYYY-MM-DD` date (as the checker holds the source's) by `lang`'s template of the source
/// line's date: `2021年3月10日`, `10 mars 2021`, `2021-03-10`.
fn source_date(date: &str, lang: Lang) -> String {
    // The number without its leading zero: `03` is 3.
    let part = |from: usize| {
        let digits = date.get(from..from + 2).unwrap_or_default();
        match digits.as_bytes() {
            [b'0', _] => digits.get(1..).unwrap_or_default(),
            _ => digits,
        }
    };
    let periods = &table(lang).periods;
    let month = part(5);
    // Its name, by the digits' bytes (no integer parser is linked).
    let number = month.bytes().fold(0, |number, digit| {
        number * 10 + usize::from(digit.wrapping_sub(b'0'))
    });
    let name = periods.months.get(number.wrapping_sub(1));
    let day = part(8);
    fill(
        periods.source_date,
        &[
            ("y", date.get(..4).unwrap_or_default()),
            ("n", month),
            ("m", name.copied().unwrap_or_default()),
            ("d", if day == "1" { periods.day_one } else { day }),
            ("iso", date),
        ],
    )
}

/// A source line being written, with the runs in the article's language where the line's is
/// another.
struct SourceLine {
    text: String,
    foreign: Vec<(usize, usize, Lang)>,
    lang: Lang,
    /// The article's language, which its own names are in.
    article: Lang,
}

impl SourceLine {
    /// Adds `piece`; `as_given` when it is the article's own words, in its language.
    fn push(&mut self, piece: &str, as_given: bool) {
        if as_given && self.lang != self.article && !piece.is_empty() {
            let start = self.text.encode_utf16().count();
            let end = start + piece.encode_utf16().count();
            self.foreign.push((start, end, self.article));
        }
        self.text.push_str(piece);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Issue 23: the source line in Chinese gives the outlets their official Chinese names,
    /// marks the headline and authors as the English version's (never translated), and writes
    /// the date as Chinese does; a Chinese headline given is an original, not marked.
    #[test]
    fn the_source_line_reads_as_a_chinese_newsroom_writes_it(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        let headline = &model.source.headline;
        assert_eq!(
            source_line(&model, Lang::Zh),
            format!("来源：坪山区科技创新局、坪山区融媒体中心，英文版报道《{headline}》（作者：Lin Yiying、Zhao Lu），2021年3月10日")
        );
        assert!(source_line(&model, Lang::En).ends_with(
            ", Pingshan District Science and Technology Innovation Bureau, Pingshan Financial Media Center, 2021-03-10"
        ));
        // A Chinese original given: its headline and authors, unmarked; no names for a
        // language: the outlet as the article gives it.
        let text = crate::model::DOCUMENT_AS_WRITTEN.replace(
            "\"zh\": { \"outlet\": \"坪山区科技创新局、坪山区融媒体中心\" }",
            "\"zh\": { \"headline\": \"钟南山点赞创新坪山！\", \"authors\": [\"林怡颖\"] }",
        );
        let model = Model::from_json_str(&text)?;
        assert_eq!(
            source_line(&model, Lang::Zh),
            "来源：Pingshan District Science and Technology Innovation Bureau, Pingshan Financial Media Center，《钟南山点赞创新坪山！》（作者：林怡颖），2021年3月10日"
        );
        Ok(())
    }

    /// Issue 23: each language writes the source line's date as its newsrooms do; English
    /// keeps the document's.
    #[test]
    fn the_source_date_is_written_as_each_language_writes_it(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        // Each held together by no-break spaces: a source line wraps before a date, not in it.
        let written = [
            "2021-03-10",
            "2021年3月10日",
            "2021年3月10日",
            "10\u{a0}de\u{a0}marzo\u{a0}de\u{a0}2021",
            "10\u{a0}mars\u{a0}2021",
            "10.\u{a0}März\u{a0}2021",
            "10\u{a0}de\u{a0}março\u{a0}de\u{a0}2021",
            "2021年3月10日",
        ];
        for (lang, date) in Lang::ALL.into_iter().zip(written) {
            let line = source_line(&model, lang);
            assert!(line.ends_with(date), "{lang:?}: {line}");
        }
        // The first of a month as French and Brazilian newsrooms write it.
        for (date, lang, written) in [
            ("2021-12-01", Lang::Fr, "1er\u{a0}décembre\u{a0}2021"),
            (
                "2021-12-01",
                Lang::Pt,
                "1º\u{a0}de\u{a0}dezembro\u{a0}de\u{a0}2021",
            ),
            ("2021-12-01", Lang::De, "1.\u{a0}Dezember\u{a0}2021"),
            ("2021-12-11", Lang::Fr, "11\u{a0}décembre\u{a0}2021"),
        ] {
            assert_eq!(source_date(date, lang), written, "{lang:?} {date}");
        }
        Ok(())
    }

    /// Issue 23: an article in another language than English (`source.language`): a line in
    /// its own language names no version and marks nothing; a line in another marks its names
    /// in the article's language and, in Chinese, names that language's version.
    #[test]
    fn the_source_line_follows_the_article_language() -> Result<(), Box<dyn std::error::Error>> {
        let in_language = |code: &str| {
            Model::from_json_str(&crate::model::DOCUMENT_AS_WRITTEN.replacen(
                "\"names\": {",
                &format!("\"language\": \"{code}\", \"names\": {{"),
                1,
            ))
        };
        let model = in_language("zh")?;
        assert_eq!(model.source.language, Lang::Zh);
        let headline = &model.source.headline;
        let (line, foreign) = source_parts(&model, Lang::Zh);
        assert_eq!(
            line,
            format!("来源：坪山区科技创新局、坪山区融媒体中心，《{headline}》（作者：Lin Yiying、Zhao Lu），2021年3月10日")
        );
        assert_eq!(foreign, []);
        let (_, foreign) = source_parts(&model, Lang::En);
        assert_eq!(foreign.len(), 3);
        assert!(foreign.iter().all(|(.., lang)| *lang == Lang::Zh));
        let model = in_language("ja")?;
        let (line, foreign) = source_parts(&model, Lang::Zh);
        assert!(line.contains("，日文版报道《"), "{line}");
        assert!(foreign.iter().all(|(.., lang)| *lang == Lang::Ja));
        Ok(())
    }

    /// Issue 23: in a Chinese source line the English headline and authors are marked as
    /// English (UTF-16 ranges), the outlet's Chinese name is not; nothing in an English line.
    #[test]
    fn the_source_line_marks_the_english_names_in_chinese() -> Result<(), Box<dyn std::error::Error>>
    {
        let model = Model::embedded()?;
        let utf16 = |text: &str, (start, end): (usize, usize)| {
            String::from_utf16_lossy(&text.encode_utf16().collect::<Vec<_>>()[start..end])
        };
        for lang in [Lang::Zh, Lang::Hant] {
            let (line, foreign) = source_parts(&model, lang);
            let marked: Vec<(String, Lang)> = foreign
                .iter()
                .map(|&(start, end, lang)| (utf16(&line, (start, end)), lang))
                .collect();
            assert_eq!(
                marked,
                [
                    (model.source.headline.clone(), Lang::En),
                    ("Lin Yiying、Zhao Lu".to_string(), Lang::En)
                ],
                "{lang:?}"
            );
        }
        assert_eq!(source_parts(&model, Lang::En).1, []);
        // An outlet without a Chinese name is marked too.
        let text = crate::model::DOCUMENT_AS_WRITTEN.replace(
            "\"zh\": { \"outlet\": \"坪山区科技创新局、坪山区融媒体中心\" },",
            "",
        );
        let model = Model::from_json_str(&text)?;
        let (line, foreign) = source_parts(&model, Lang::Zh);
        assert_eq!(
            utf16(&line, (foreign[0].0, foreign[0].1)),
            model.source.outlet
        );
        Ok(())
    }
}
