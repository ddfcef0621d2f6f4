//! Text measurement: a fixed per-character model of a sans-serif face, and line wrapping by
//! it. Layout measures with this rather than with the renderer, so it is the same natively and
//! in the browser (golden SVGs stay byte-stable) and the browser never lays out a DOM span to
//! measure a label. The model errs wide, so measured text never overflows the room it is given.

use crate::strings::{is_blank, trim_end, trim_start};

/// The width of `text` at `size` px, from a fixed model of a sans-serif face; bold is wider.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let ems: f64 = text.chars().map(char_width_em).sum();
    ems * size * if bold { 1.1 } else { 1.0 }
}

fn char_width_em(c: char) -> f64 {
    // Widths of DejaVu Sans, the widest common fallback face, so other faces only wrap sooner.
    match c {
        'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' | 'I' | 'f' | 't'
        | 'r' => 0.36,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 0.98,
        'A'..='Z' => 0.75,
        '0'..='9' => 0.64,
        'a'..='z' => 0.62,
        '×' | '≈' | '>' | '<' | '+' | '=' => 0.84,
        // Combining marks add no width.
        '\u{0300}'..='\u{036f}' | '\u{200b}'..='\u{200f}' | '\u{fe00}'..='\u{fe0f}' => 0.0,
        // CJK, full-width forms and emoji take a full em.
        '\u{1100}'..='\u{115f}'
        | '\u{2e80}'..='\u{a4cf}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ff60}'
        | '\u{ffe0}'..='\u{ffe6}'
        | '\u{1f000}'..='\u{1faff}'
        | '\u{20000}'..='\u{3fffd}' => 1.0,
        '\u{2000}'..='\u{206f}' => 0.5,
        _ if c.is_ascii_punctuation() => 0.5,
        _ => 0.7,
    }
}

fn is_cjk(c: char) -> bool {
    char_width_em(c) >= 1.0
}

/// Chinese and Japanese: Han characters (those beyond the Basic Multilingual Plane too), kana,
/// bopomofo, their punctuation, enclosed and compatibility forms (`㎡`, `㈱`) and full-width
/// forms, written without spaces between words. So a space beside one, in a quote copied from
/// a page, is typesetting rather than part of the words (the source check folds it away).
/// Each but the half-width katakana is measured a full em; Korean, written with spaces, is not
/// among them.
pub fn written_without_spaces(c: char) -> bool {
    matches!(c,
        '\u{2e80}'..='\u{2fdf}' | '\u{3000}'..='\u{312f}' | '\u{3190}'..='\u{33ff}'
        | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}' | '\u{ff00}'..='\u{ff9f}' | '\u{ffe0}'..='\u{ffe6}'
        | '\u{20000}'..='\u{3fffd}')
}

/// Breaks `text` into lines no wider than `max_width`: between words, and between any two
/// CJK characters. A word wider than a line is cut where it must be.
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for piece in pieces(text) {
        let candidate = format!("{line}{piece}");
        if line.is_empty() || text_width(trim_end(&candidate), size, bold) <= max_width {
            line = candidate;
        } else {
            lines.push(trim_end(&line).to_string());
            line = trim_start(&piece).to_string();
        }
        // A single piece wider than the line is cut at characters.
        while text_width(trim_end(&line), size, bold) > max_width && line.chars().count() > 1 {
            let mut head = String::new();
            let mut rest_start = line.len();
            for (index, c) in line.char_indices() {
                if !head.is_empty() && text_width(&format!("{head}{c}"), size, bold) > max_width {
                    rest_start = index;
                    break;
                }
                head.push(c);
            }
            if rest_start >= line.len() {
                break;
            }
            lines.push(head);
            line = line.get(rest_start..).unwrap_or_default().to_string();
        }
    }
    if !is_blank(&line) {
        lines.push(trim_end(&line).to_string());
    }
    keep_no_orphan(&mut lines, size, bold, max_width);
    lines
}

/// A Chinese paragraph never ends on a line of one character (`…一条路` / `上`), nor of
/// punctuation alone: the previous line's last characters come down to keep it company, where
/// they fit.
fn keep_no_orphan(lines: &mut [String], size: f64, bold: bool, max_width: f64) {
    let [.., previous, last] = lines else {
        return;
    };
    // At most two moves: punctuation alone takes its character, which takes one more.
    for _ in 0..2 {
        let starts_cjk = last.chars().next().is_some_and(is_cjk);
        if !starts_cjk || last.chars().filter(|c| !is_closing(*c)).count() > 1 {
            return;
        }
        // The previous line's last character, with the punctuation after it.
        let mut at = previous.len();
        for (index, c) in previous.char_indices().rev() {
            at = index;
            if !is_closing(c) {
                break;
            }
        }
        // With the opening marks before it: no line ends with one.
        while let Some(c) = previous.get(..at).and_then(|kept| kept.chars().next_back()) {
            if !matches!(c, '（' | '“' | '《' | '「' | '『') {
                break;
            }
            at -= c.len_utf8();
        }
        let (Some(kept), Some(moved)) = (previous.get(..at), previous.get(at..)) else {
            return;
        };
        let joined = format!("{moved}{last}");
        if kept.is_empty()
            || !moved.chars().next().is_some_and(is_cjk)
            || text_width(&joined, size, bold) > max_width
        {
            return;
        }
        *previous = trim_end(kept).to_string();
        *last = joined;
    }
}

/// Punctuation that closes what comes before it, so a line never starts with it.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '）'
            | '”'
            | '》'
            | '！'
            | '？'
            | '」'
            | ','
            | '.'
            | ')'
    )
}

/// Splits text into the pieces a line may break after: a word with its trailing space, or a
/// single CJK character (with any punctuation that follows it, so `，` never starts a line;
/// with the number before it, so a count never leaves its counter).
fn pieces(text: &str) -> Vec<String> {
    let mut pieces: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let closing = is_closing(c);
        // `ends_with` on strings, not on a char array: that would link a char searcher.
        let after_opening = ["（", "“", "《", "「", "『"]
            .iter()
            .any(|opening| current.ends_with(opening));
        // A closing mark after a character already taken stays with it: no line starts with one.
        if closing && current.is_empty() {
            if let Some(last) = pieces.last_mut() {
                last.push(c);
                continue;
            }
        }
        // A number keeps the character after it, its counter or unit: `1本`, `11社`, `615家`
        // never split across lines.
        let after_digit = matches!(current.as_bytes().last(), Some(b'0'..=b'9'));
        if is_cjk(c) && !closing && !current.is_empty() && !after_opening && !after_digit {
            pieces.push(std::mem::take(&mut current));
        }
        current.push(c);
        // A date keeps together: `2021年3月10日` never breaks after its 年 or 月 (a number keeps
        // its counter above, so never before them either).
        let in_date = matches!(c, '年' | '月') && chars.peek().is_some_and(char::is_ascii_digit);
        if c == ' ' || (is_cjk(c) && !in_date && !matches!(c, '（' | '“' | '《' | '「' | '『'))
        {
            pieces.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_every_line_within_width() {
        let text = "Biopharmaceutical companies on BT Avenue (Jinxiu East Road, 3.6 km)";
        let lines = wrap(text, 14.0, false, 150.0);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(text_width(line, 14.0, false) <= 150.0, "{line:?} too wide");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn wrap_breaks_chinese_between_characters_not_before_punctuation() {
        let lines = wrap("615家生物医药企业，191家聚集在一条路上", 16.0, true, 120.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "615家生物医药企业，191家聚集在一条路上");
        assert!(lines.iter().all(|line| !line.starts_with('，')));
    }

    /// Issue 23: no Chinese title ends on a line of one character on a phone (the embedded
    /// document's end on `上` at 360 px, on `归` at 340 px, before the fix), in either script,
    /// at the compact scale's title size and margins.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn no_title_leaves_one_character_on_its_last_line() -> Result<(), Box<dyn std::error::Error>> {
        use crate::model::{Lang, Model};
        let model = Model::embedded()?;
        let mut wrapped = 0;
        for lang in [Lang::Zh, Lang::Hant] {
            for view in &model.views {
                for width in [320.0_f64, 340.0, 360.0, 375.0, 390.0, 414.0] {
                    let title = view.title.get(lang);
                    let lines = wrap(title, 16.0, true, width - 2.0 * 12.0);
                    assert_eq!(lines.concat(), title);
                    for line in &lines {
                        assert!(text_width(line, 16.0, true) <= width - 24.0, "{line}");
                    }
                    if let [_, .., last] = lines.as_slice() {
                        wrapped += 1;
                        assert!(last.chars().count() > 1, "{lang:?} {width}: {lines:?}");
                    }
                }
            }
        }
        assert!(wrapped >= 8, "the titles wrap at these widths: {wrapped}");
        assert_eq!(
            wrap("615家生物医药企业，191家聚集在一条路上", 16.0, true, 336.0),
            ["615家生物医药企业，191家聚集在一条", "路上"]
        );
        // Punctuation stays with its character, which stays with the one before it.
        assert_eq!(
            wrap("一二三四五六。", 10.0, false, 60.0),
            ["一二三四", "五六。"]
        );
        Ok(())
    }

    /// Issue 23: a number never leaves its counter at a line's end (the Japanese title wrapped
    /// `…うち191社が1` / `本の通りに集中` at 360 px, the note `…191社と11` / `社を…`).
    #[test]
    fn a_number_keeps_its_counter() {
        let title = "バイオ医薬企業615社、うち191社が1本の通りに集中";
        let lines = wrap(title, 16.0, true, 336.0);
        assert_eq!(lines.concat(), title);
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines {
            assert!(text_width(line, 16.0, true) <= 336.0, "{line}");
        }
        // At every width, no line ends on a digit whose counter starts the next.
        for text in [
            title,
            "記事は191社と11社を並べて挙げている。",
            "615家生物医药企业，191家聚集在一条路上",
        ] {
            for width in (80..=400).step_by(4) {
                let lines = wrap(text, 12.0, false, f64::from(width));
                assert_eq!(lines.concat(), text);
                for pair in lines.windows(2) {
                    let ends_digit = pair[0].ends_with(|c: char| c.is_ascii_digit());
                    let starts_cjk = pair[1].chars().next().is_some_and(is_cjk);
                    assert!(!(ends_digit && starts_cjk), "{width}: {lines:?}");
                }
            }
        }
    }

    /// A date is one piece: the source line of a Chinese picture broke `2021年` / `3月10日` and
    /// `2021年3月` / `10日` (58 of 627 exported layouts of the Chinese documents, 240 to 1,280 px).
    #[test]
    fn a_date_keeps_together() {
        for text in [
            "（作者：Lin Yiying、Zhao Lu），2021年3月10日",
            "資料來源：財華網，《2023財政預算案｜陳茂波料來年將錄得544億赤字》，2023年2月22日",
        ] {
            for width in (80..=600).step_by(2) {
                let lines = wrap(text, 12.0, false, f64::from(width));
                // (A line broken at a space loses it.)
                assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
                for pair in lines.windows(2) {
                    let split = (pair[0].ends_with("年") || pair[0].ends_with("月"))
                        && pair[1].starts_with(|c: char| c.is_ascii_digit());
                    assert!(!split, "{width}: {lines:?}");
                }
            }
        }
    }

    #[test]
    fn wrap_cuts_a_word_longer_than_the_line() {
        let word = "x".repeat(200);
        let lines = wrap(&word, 10.0, false, 100.0);
        assert!(lines.len() > 5);
        assert_eq!(lines.concat(), word);
    }

    /// Issue 23: every script the widget's languages write is measured at least as wide as
    /// DejaVu Sans sets it (the model errs wide): kana and full-width punctuation a full em,
    /// Latin letters with accents as wide as their base letters' widest, and the no-break and
    /// narrow no-break spaces French and German put before `%` and `:` as wide as a space.
    #[test]
    fn kana_full_width_punctuation_and_accents_are_measured() {
        let em = |text: &str| text_width(text, 1.0, false);
        // Hiragana, katakana, the prolonged sound mark, full-width punctuation and forms.
        for c in [
            "の", "ア", "ー", "「", "」", "、", "。", "（", "）", "：", "％", "～",
        ] {
            assert_eq!(em(c), 1.0, "{c}");
        }
        // DejaVu Sans: é 0.615 em, É 0.632, ç 0.55, ñ 0.634, ß 0.63, ü 0.634, ã 0.613, ô 0.612.
        for (c, dejavu) in [
            ("é", 0.615),
            ("É", 0.632),
            ("ç", 0.55),
            ("ñ", 0.634),
            ("ß", 0.63),
            ("ü", 0.634),
            ("ã", 0.613),
            ("ô", 0.612),
            ("«", 0.557),
            ("»", 0.557),
            ("„", 0.364),
            ("’", 0.3179),
        ] {
            assert!(em(c) >= dejavu, "{c}: {} em", em(c));
        }
        // A no-break space (U+00A0) and a narrow one (U+202F) are at least a space's width.
        assert!(em("\u{a0}") >= em(" ") && em("\u{202f}") >= 0.3179);
        // A line of Japanese wraps between characters, never before its closing marks.
        let lines = wrap(
            "「BT大道」沿いのバイオ医薬企業、うち191社が1本の通りに集中",
            16.0,
            true,
            120.0,
        );
        assert!(lines.len() > 1);
        assert_eq!(
            lines.concat(),
            "「BT大道」沿いのバイオ医薬企業、うち191社が1本の通りに集中"
        );
        assert!(lines
            .iter()
            .all(|line| !line.starts_with('、') && !line.starts_with('」')));
        // At every width wider than a character and its marks, no line starts with a closing
        // mark or ends with an opening one.
        for width in (52..200).step_by(3) {
            for line in wrap("「BT大道」沿い、「上場」。", 16.0, false, f64::from(width))
            {
                assert!(!line.starts_with(['」', '、', '。']), "{width}: {line}");
                assert!(!line.ends_with('「'), "{width}: {line}");
            }
        }
    }

    /// One set of Chinese and Japanese characters for the source check's folding and the
    /// width model: every one of them, at each end of each of its ranges, is measured a full
    /// em (but the half-width katakana), and nothing Korean or Latin is among them.
    #[test]
    fn what_is_written_without_spaces_is_measured_wide() {
        for c in [
            '\u{2e80}',
            '\u{2fdf}',
            '、',
            'ㄅ',
            '㎡',
            '㈱',
            '\u{3400}',
            '坪',
            '\u{9fff}',
            '\u{f900}',
            '\u{fe30}',
            '（',
            '％',
            '￥',
            '\u{20bb7}',
            '\u{28822}',
            '\u{3fffd}',
        ] {
            assert!(written_without_spaces(c), "{c}");
            assert_eq!(char_width_em(c), 1.0, "{c}");
        }
        assert!(written_without_spaces('ｱ') && char_width_em('ｱ') < 1.0);
        for c in ['한', 'ㄱ', 'a', 'é', ' ', '\u{a0}', '1', '%', '—'] {
            assert!(!written_without_spaces(c), "{c}");
        }
    }

    #[test]
    fn cjk_is_measured_wider_than_latin() {
        assert!(text_width("坪山", 10.0, false) > text_width("ab", 10.0, false));
        assert_eq!(
            text_width("e\u{301}", 10.0, false),
            text_width("e", 10.0, false)
        );
    }
}
