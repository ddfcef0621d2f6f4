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

#[cfg(test)]
mod tests {
    #[test]
    fn join_and_split_at_dot_match_the_standard_library() {
        for parts in [vec![], vec!["a"], vec!["a", "", "b"], vec!["名", "字"]] {
            let parts: Vec<String> = parts.into_iter().map(String::from).collect();
            assert_eq!(super::join(&parts, ", "), parts.join(", "));
        }
        for text in ["5", "0.5", ".5", "5.", "1.2.3", "", "十.二"] {
            let expected = text.split_once('.').unwrap_or((text, ""));
            assert_eq!(super::split_at_dot(text), expected, "{text:?}");
        }
    }
}
