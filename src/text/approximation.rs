//! The note under a chart in a language with a newsroom table (Chinese): the approximate words
//! its labels use and the values derived from the article's (`注：…`).

use super::language::{self, fill_one, table};
use super::value::qualifier_mark;
use crate::model::{Lang, Provenance, Qualifier, View};

/// The note under a chart in a language with a newsroom table (Chinese), where the view writes
/// an article's approximate number in words or shows a value derived from the article's:
/// `注：“约”“近”“超”为报道原文约数；2016年博士人数系据报道推算`. Each word only where a
/// figure uses it, each derived figure by its label. None in other languages, whose words for
/// the qualifiers need no key (English's signs the legend explains), and whose derived values
/// the legend's hatching explains.
pub fn approximation_note(view: &View, lang: Lang) -> Option<String> {
    let newsroom = language::newsroom(lang)?;
    let [intro, open, close, words_are, derived_are, and] = newsroom.note;
    let mut note = String::new();
    for qualifier in [Qualifier::About, Qualifier::Nearly, Qualifier::MoreThan] {
        if view
            .figures
            .iter()
            .any(|figure| figure.qualifier == qualifier)
        {
            // The word alone: the mark around no number.
            note.push_str(open);
            note.push_str(&fill_one(qualifier_mark(qualifier, lang), ""));
            note.push_str(close);
        }
    }
    if !note.is_empty() {
        note.push_str(words_are);
    }
    let mut first = true;
    for figure in &view.figures {
        if let Provenance::Derived { .. } = figure.provenance {
            note.push_str(match (first, note.is_empty()) {
                (true, true) => "",
                (true, false) => and,
                (false, _) => table(lang).sentences.and,
            });
            note.push_str(figure.label.get(lang));
            first = false;
        }
    }
    if note.is_empty() {
        return None;
    }
    if !first {
        note.push_str(derived_are);
    }
    Some(format!("{intro}{note}"))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::Model;

    /// Issue 23: a Chinese chart's 注 names the approximate words its labels use (约, 近, 超,
    /// each only where used) and the values derived from the article; none in English.
    #[test]
    fn a_chinese_chart_notes_its_approximate_words_and_derived_values(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        let view = |id: &str| model.view(id).ok_or("no view");
        assert_eq!(
            approximation_note(view("talent")?, Lang::Zh).as_deref(),
            Some("注：“约”“近”“超”为报道原文约数；2016年博士人数系据报道推算")
        );
        assert_eq!(
            approximation_note(view("talent")?, Lang::Hant).as_deref(),
            Some("註：「約」「近」「超」為報道原文約數；2016年博士人數乃根據報道推算")
        );
        assert_eq!(
            approximation_note(view("output")?, Lang::Zh).as_deref(),
            Some("注：“近”“超”为报道原文约数")
        );
        assert_eq!(
            approximation_note(view("companies")?, Lang::Zh).as_deref(),
            Some("注：“超”为报道原文约数")
        );
        for view in &model.views {
            assert_eq!(approximation_note(view, Lang::En), None);
        }
        Ok(())
    }
}
