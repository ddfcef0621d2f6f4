//! Small string helpers the wasm would otherwise take from core's generic code: each is a
//! few dozen bytes where the standard library's version links a kilobyte (issue 15).

/// `parts.join(separator)`, by hand: the standard library's generic copy loop is 0.9 KB of
/// wasm for five short joins.
pub fn join(parts: &[String], separator: &str) -> String {
    let mut out = String::new();
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            out.push_str(separator);
        }
        out.push_str(part);
    }
    out
}

/// `text` split around its first `.`, or all of it and nothing: `str::split_once` with a
/// char pattern links core's char searcher (0.7 KB of wasm) for two number readers.
pub fn split_at_dot(text: &str) -> (&str, &str) {
    match text.bytes().position(|byte| byte == b'.') {
        Some(at) => (
            text.get(..at).unwrap_or(text),
            text.get(at + 1..).unwrap_or(""),
        ),
        None => (text, ""),
    }
}

/// `text.trim_end()`, by hand: the standard library's trimming goes through a char searcher
/// (about 0.7 KB of wasm with `trim` and `split_whitespace`). The same white space, Unicode's.
pub fn trim_end(text: &str) -> &str {
    let end = text
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_whitespace())
        .map_or(0, |(at, c)| at + c.len_utf8());
    text.get(..end).unwrap_or(text)
}

/// `text.trim_start()`, by hand (see [`trim_end`]).
pub fn trim_start(text: &str) -> &str {
    let start = text
        .char_indices()
        .find(|(_, c)| !c.is_whitespace())
        .map_or(text.len(), |(at, _)| at);
    text.get(start..).unwrap_or(text)
}

/// `text.trim().is_empty()`, without trimming.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_helpers_match_the_standard_library() {
        for parts in [vec![], vec!["a"], vec!["a", "", "b"], vec!["名", "字"]] {
            let parts: Vec<String> = parts.into_iter().map(String::from).collect();
            assert_eq!(super::join(&parts, ", "), parts.join(", "));
        }
        for text in [
            "",
            " ",
            "a",
            " a b ",
            "\u{3000}名\u{a0}字\t\n",
            "\u{2003}\r\n",
            "x\u{85}",
        ] {
            assert_eq!(super::trim_end(text), text.trim_end(), "{text:?}");
            assert_eq!(super::trim_start(text), text.trim_start(), "{text:?}");
            assert_eq!(super::is_blank(text), text.trim().is_empty(), "{text:?}");
        }
        for text in ["5", "0.5", ".5", "5.", "1.2.3", "", "十.二"] {
            let expected = text.split_once('.').unwrap_or((text, ""));
            assert_eq!(super::split_at_dot(text), expected, "{text:?}");
        }
    }
}
