//! Finding a quote in its article: both texts folded for what a copy and paste changes
//! without changing the words (white space, quote marks, full-width digits), each character
//! remembering where it came from, so that a message shows the original text.

use std::ops::Range;

use super::Divergence;
use crate::text::written_without_spaces;

/// A text with white space and quote marks folded, remembering where each of its characters
/// came from, so that what a message shows is the original text.
pub(super) struct Folded<'a> {
    original: &'a str,
    pub(super) text: String,
    /// For each character of `text`: its byte offset there and in `original`; then both
    /// lengths.
    offsets: Vec<(usize, usize)>,
}

impl<'a> Folded<'a> {
    pub(super) fn new(original: &'a str) -> Folded<'a> {
        let mut text = String::with_capacity(original.len());
        let mut offsets = Vec::with_capacity(original.len() + 1);
        let mut space_at = None;
        let mut previous_wide = false;
        for (at, c) in original.char_indices() {
            if c.is_whitespace() {
                space_at = space_at.or(Some(at));
                continue;
            }
            if matches!(
                c,
                '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
            ) {
                continue;
            }
            let c = fold(c);
            let wide = written_without_spaces(c);
            // Chinese puts no spaces between words: a line break inside a sentence, or a
            // space typeset beside a number, is not part of its words.
            if let Some(space_at) = space_at.take() {
                if !text.is_empty() && !previous_wide && !wide {
                    offsets.push((text.len(), space_at));
                    text.push(' ');
                }
            }
            offsets.push((text.len(), at));
            text.push(c);
            previous_wide = wide;
        }
        offsets.push((text.len(), original.len()));
        Folded {
            original,
            text,
            offsets,
        }
    }

    fn n_chars(&self) -> usize {
        self.offsets.len() - 1
    }

    /// The byte offset in `text` of character `index` (the length at `n_chars`).
    fn byte(&self, index: usize) -> usize {
        self.offsets[index].0
    }

    /// The character that starts at byte `byte` of `text`.
    pub(super) fn char_index(&self, byte: usize) -> usize {
        self.offsets.partition_point(|&(at, _)| at < byte)
    }

    fn char_at(&self, index: usize) -> char {
        self.text[self.byte(index)..].chars().next().unwrap_or(' ')
    }

    /// The original text of the folded characters `chars`.
    fn original_chars(&self, chars: Range<usize>) -> Range<usize> {
        let start = self.offsets[chars.start].1;
        if chars.end <= chars.start {
            return start..start;
        }
        let last = self.offsets[chars.end - 1].1;
        let last_len = self.original[last..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        start..last + last_len
    }

    /// The original text of the folded bytes `bytes`.
    pub(super) fn original_range(&self, bytes: Range<usize>) -> Range<usize> {
        self.original_chars(self.char_index(bytes.start)..self.char_index(bytes.end))
    }

    /// The folded characters `chars` as the original writes them: its quote marks and digits,
    /// a space for each run of white space that folding kept, none where it dropped one.
    pub(super) fn original_text(&self, chars: Range<usize>) -> String {
        chars
            .map(|index| match self.char_at(index) {
                ' ' => ' ',
                folded => self.original[self.offsets[index].1..]
                    .chars()
                    .next()
                    .unwrap_or(folded),
            })
            .collect()
    }

    /// A few words around character `at`, as the original writes them: back to the start of
    /// the word before, on to the end of the word after, within about 18 columns each way (a
    /// Chinese character counts three, for a reader's eye).
    fn excerpt(&self, at: usize) -> String {
        const REACH: usize = 18;
        let n = self.n_chars();
        let weight = |c: char| if written_without_spaces(c) { 3 } else { 1 };
        let at = at.min(n);
        let (mut start, mut spaces, mut columns) = (at, 0, 0);
        while start > 0 && columns < REACH {
            let c = self.char_at(start - 1);
            if c == ' ' {
                spaces += 1;
                if spaces == 2 {
                    break;
                }
            }
            columns += weight(c);
            start -= 1;
        }
        // Cut short in a word: begin at the next word, if there is one before `at`.
        if start > 0 && self.char_at(start - 1) != ' ' {
            if let Some(space) = (start..at).find(|&index| self.char_at(index) == ' ') {
                start = space + 1;
            }
        }
        let (mut end, mut spaces, mut columns) = (at, 0, 0);
        while end < n && columns < REACH {
            let c = self.char_at(end);
            if c == ' ' {
                spaces += 1;
                if spaces == 2 {
                    break;
                }
            }
            columns += weight(c);
            end += 1;
        }
        if end < n && self.char_at(end) != ' ' {
            if let Some(space) = (at + 1..end)
                .rev()
                .find(|&index| self.char_at(index) == ' ')
            {
                end = space;
            }
        }
        self.original_text(start..end).trim().to_string()
    }
}

fn fold(c: char) -> char {
    match c {
        '\'' | '‘' | '’' | '‚' | '‛' | '“' | '”' | '„' | '‟' | '「' | '」' | '『' | '』' | '＂'
        | '＇' | '«' | '»' | '‹' | '›' => '"',
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '％' => '%',
        c => c,
    }
}

/// The least a quote and a passage must share, from the quote's start or end, for the passage
/// to be shown as the closest: a few words.
const MIN_SHARED_BYTES: usize = 12;

/// Finds a folded quote in a folded article; if it is not there, where the passage sharing
/// the longest start or end with it parts from it (none if no passage shares a few words).
pub(super) fn find_quote(article: &Folded, quote: &Folded) -> Result<(), Option<Divergence>> {
    if quote.text.is_empty() {
        return Err(None);
    }
    if article.text.contains(&quote.text) {
        return Ok(());
    }
    let n = quote.n_chars();
    let piece = |from_start: bool, length: usize| {
        if from_start {
            &quote.text[..quote.byte(length)]
        } else {
            &quote.text[quote.byte(n - length)..]
        }
    };
    // The longest start of the quote in the article (a shorter start is in it whenever a longer
    // one is, so a binary search finds it), and the longest end.
    let longest = |from_start: bool| {
        let (mut low, mut high) = (0, n);
        while low < high {
            let middle = (low + high).div_ceil(2);
            if article.text.contains(piece(from_start, middle)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        low
    };
    let (n_start, n_end) = (longest(true), longest(false));
    let start = |length| piece(true, length);
    let end = |length| piece(false, length);
    let (start_bytes, end_bytes) = (start(n_start).len(), end(n_end).len());
    if start_bytes.max(end_bytes) < MIN_SHARED_BYTES {
        return Err(None);
    }
    let (quote_at, article_at) = if start_bytes >= end_bytes {
        let found = article.text.find(start(n_start)).unwrap_or(0);
        (n_start, article.char_index(found) + n_start)
    } else {
        let found = article.text.find(end(n_end)).unwrap_or(0);
        (n - n_end - 1, article.char_index(found).saturating_sub(1))
    };
    Err(Some(Divergence {
        quote: quote.excerpt(quote_at),
        article: article.excerpt(article_at),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_the_words_and_drops_what_copying_changes() {
        let folded = Folded::new("  “BT\u{a0}Avenue”,\n which 坪山 区 615 家 ");
        assert_eq!(folded.text, "\"BT Avenue\", which坪山区615家");
        assert_eq!(folded.original_range(0..4), 2..9);
        // Han beyond the Basic Multilingual Plane (Hong Kong's 𨋢, "lift") is Chinese too: a
        // line break between two such characters is not a space of the words. Korean keeps
        // its spaces.
        assert_eq!(Folded::new("搭𨋢\n𨋢口").text, "搭𨋢𨋢口");
        assert_eq!(Folded::new("𠮷 𨋢").text, "𠮷𨋢");
        assert_eq!(Folded::new("평산 구").text, "평산 구");
    }

    #[test]
    fn a_changed_quote_shows_where_it_parts_from_the_article() {
        let article = Folded::new(
            "The number of companies in the district has reached 615, forming a good trend.",
        );
        let divergence = |text: &str| find_quote(&article, &Folded::new(text));
        assert_eq!(divergence("has reached 615, forming"), Ok(()));
        assert_eq!(
            divergence("the district has reached 616, forming a good trend."),
            Err(Some(Divergence {
                quote: "reached 616, forming".into(),
                article: "reached 615, forming".into(),
            }))
        );
        assert_eq!(
            divergence("The count of companies in the district has reached 615"),
            Err(Some(Divergence {
                quote: "The count of".into(),
                article: "The number of".into(),
            }))
        );
        assert_eq!(divergence("Something else entirely."), Err(None));
    }
}
