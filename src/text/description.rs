//! A chart's description, what a screen reader hears as the canvas's text: each figure in words
//! once, then the view's subtitle, then how to explore the chart with the keyboard.

use super::figure::figure_in_words;
use super::language::{fill, table};
use crate::model::{Lang, View};

/// What a screen reader hears as the chart's description: each figure in words, once. The
/// view's title is the chart's name, so it is not repeated here.
pub fn summary(view: &View, lang: Lang) -> String {
    let sentences = &table(lang).sentences;
    let (separator, end) = (sentences.separator, sentences.stop);
    let parts: Vec<String> = view
        .figures
        .iter()
        .map(|figure| figure_in_words(figure, lang))
        .collect();
    let figures = format!("{}{end}", crate::strings::join(&parts, separator));
    // The subtitle says what the figures are of (the place, the date, how to read the bars):
    // only drawn, a screen reader would never hear it (issue 24). It follows the figures.
    match &view.subtitle {
        Some(subtitle) => {
            let subtitle = subtitle.get(lang);
            // By its last char, not a char-array pattern (core's searcher, in the wasm).
            let ended = subtitle
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, '.' | '。' | '!' | '?' | '！' | '？'));
            let stop = if ended { "" } else { end };
            format!("{figures}{}{subtitle}{stop}", sentences.space)
        }
        None => figures,
    }
}

/// The chart's description: its figures and subtitle ([`summary`]), then how to explore it.
pub fn description(view: &View, lang: Lang) -> String {
    let mut description = summary(view, lang);
    description.push_str(table(lang).sentences.space);
    description.push_str(&explore_hint(view.figures.len(), lang));
    description
}

/// How to explore the chart, said once when it is reached: the arrow keys walk its figures.
pub fn explore_hint(n_figures: usize, lang: Lang) -> String {
    let [one, many] = table(lang).sentences.explore;
    match n_figures {
        1 => one.to_string(),
        n => fill(many, &[("n", &n.to_string())]),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::Model;

    #[test]
    fn the_description_ends_with_the_subtitle() -> Result<(), Box<dyn std::error::Error>> {
        let model = crate::model::Model::from_json_str(crate::model::DEFAULT_DOCUMENT)?;
        let view = &model.views[0];
        let en = summary(view, Lang::En);
        assert!(
            en.ends_with(". Companies in Pingshan District, as of the third quarter of 2020."),
            "{en}"
        );
        assert!(summary(view, Lang::Zh).ends_with("。坪山区企业数量，截至2020年第三季度。"));
        Ok(())
    }

    #[test]
    fn the_description_says_once_how_to_explore() -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        let talent = &model.views[2];
        let en = description(talent, Lang::En);
        assert!(
            en.ends_with(". Use the arrow keys to move between the 5 figures."),
            "{en}"
        );
        assert_eq!(en.matches("arrow keys").count(), 1);
        let zh = description(talent, Lang::Zh);
        assert!(zh.ends_with("。用方向键在这5项数据之间移动。"), "{zh}");
        // The title is the chart's name: the description does not say it again.
        for view in &model.views {
            for lang in [Lang::En, Lang::Zh] {
                assert!(!description(view, lang).contains(view.title.get(lang)));
            }
        }
        assert_eq!(
            explore_hint(1, Lang::En),
            "Use the arrow keys to hear its figure."
        );
        Ok(())
    }
}
