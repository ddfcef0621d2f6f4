//! Traditional Chinese read as Simplified by the number reader: the characters of its tables'
//! words (`億`, `萬`, `兩`, `個百分點`, `約`, `超過`, `減少`, `港幣`…) each taken as its Simplified
//! form, so a Hong Kong or Taiwan article's numbers read as a mainland one's (`6424億元`,
//! `約19.7萬`). Only the reader sees the fold: a quote is still compared verbatim.

/// Traditional characters of the reader's words and their Simplified forms. Every one is a CJK
/// character of the Basic Multilingual Plane, as its Simplified form is: three bytes each in
/// UTF-8, so the folded text's byte offsets are the original's.
const SIMPLIFIED: &[(char, char)] = &[
    ('萬', '万'),
    ('億', '亿'),
    ('兩', '两'),
    ('個', '个'),
    ('點', '点'),
    ('為', '为'),
    ('於', '于'),
    ('產', '产'),
    ('減', '减'),
    ('區', '区'),
    ('員', '员'),
    ('歸', '归'),
    ('幣', '币'),
    ('歐', '欧'),
    ('漲', '涨'),
    ('績', '绩'),
    ('約', '约'),
    ('過', '过'),
    ('鎊', '镑'),
    ('長', '长'),
    ('門', '门'),
    ('臺', '台'),
    ('內', '内'),
    ('餘', '余'),
    ('佔', '占'),
    ('將', '将'),
    ('調', '调'),
];

/// `text` with the Traditional characters of [`SIMPLIFIED`] in their Simplified forms, every
/// other character as it is: the same length, byte for byte.
pub(super) fn simplified(text: &str) -> String {
    text.chars()
        .map(|c| {
            SIMPLIFIED
                .iter()
                .find(|(traditional, _)| *traditional == c)
                .map_or(c, |&(_, simplified)| simplified)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fold_keeps_the_byte_length() {
        for &(traditional, simplified) in SIMPLIFIED {
            assert_eq!(
                traditional.len_utf8(),
                simplified.len_utf8(),
                "{traditional}"
            );
        }
        let text = "總收入預計為6424億元，約19.7萬個職位";
        assert_eq!(simplified(text).len(), text.len());
        assert_eq!(simplified(text), "總收入預計为6424亿元，约19.7万个職位");
    }
}
