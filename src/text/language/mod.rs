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
//!
//! One file a concern beside the languages' own: `types.rs` what a table holds, `file.rs` a
//! language file written and read and the tables loaded from one; this one which table a
//! language has, and templates filled.

#[cfg(not(target_arch = "wasm32"))]
use super::HostUi;
use crate::model::Lang;

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

mod file;
mod types;

#[cfg(all(target_arch = "wasm32", not(feature = "editor")))]
use file::loaded;
pub use file::{load, n_loaded};
pub use types::{Language, Money, Newsroom, Numbers, Periods, Scale, Sentences};

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

/// A font stack: the Latin system faces every language shares, then `$han` (a language's own
/// Han faces, on Apple systems, in Noto CJK and on Windows), then the generic family.
macro_rules! font_stack {
    ($han:literal) => {
        concat!(
            "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, ",
            $han,
            ", sans-serif"
        )
    };
}
pub(crate) use font_stack;

/// The Han faces of Simplified Chinese, which the languages written in Latin letters fall back
/// to as well (for a Chinese name in a quote).
pub const SIMPLIFIED_HAN: &str =
    font_stack!("'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Microsoft YaHei'");

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
}
