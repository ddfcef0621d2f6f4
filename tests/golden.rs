#![cfg(not(target_arch = "wasm32"))]
//! Golden SVGs: each view, each language and each theme at least once (eight cases, two at a
//! phone's 320 px; `CASES`), drawn natively through the same
//! layout and drawing code the browser uses. Run with `UPDATE_GOLDEN=1` to rewrite the files,
//! then review the diff (and the pictures) before committing.

use std::path::PathBuf;

use pingshan_infographic::model::{Lang, MarkKind, Model};
use pingshan_infographic::render_svg;
use pingshan_infographic::text;
use pingshan_infographic::theme::ThemeName;

const CASES: &[(&str, Lang, ThemeName, f64)] = &[
    ("companies", Lang::En, ThemeName::Light, 640.0),
    ("output", Lang::En, ThemeName::Light, 640.0),
    ("talent", Lang::En, ThemeName::Light, 640.0),
    ("companies", Lang::Zh, ThemeName::Light, 640.0),
    ("talent", Lang::Zh, ThemeName::Dark, 640.0),
    ("output", Lang::Hant, ThemeName::Light, 640.0),
    ("companies", Lang::En, ThemeName::Light, 320.0),
    ("talent", Lang::En, ThemeName::Dark, 320.0),
];

fn golden_path(view: &str, lang: Lang, theme: ThemeName, width: f64) -> PathBuf {
    // `zh-hant`: file names in lowercase.
    let lang = lang.code().to_ascii_lowercase();
    let theme = match theme {
        ThemeName::Light => "light",
        ThemeName::Dark => "dark",
    };
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{view}-{lang}-{theme}-{width}.svg"))
}

#[test]
fn views_match_their_golden_svgs() {
    let model = Model::embedded().expect("embedded document is valid");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut mismatches = Vec::new();
    for &(view, lang, theme, width) in CASES {
        let (svg, _) = render_svg(&model, view, lang, theme, width).expect("view renders");
        let path = golden_path(view, lang, theme, width);
        if update {
            std::fs::write(&path, &svg).expect("golden file is writable");
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == svg => {}
            Ok(_) => mismatches.push(format!("{} differs", path.display())),
            Err(error) => mismatches.push(format!("{}: {error}", path.display())),
        }
    }
    // A golden no case draws any longer would pass forever unread.
    let expected: Vec<PathBuf> = (CASES.iter())
        .map(|&(view, lang, theme, width)| golden_path(view, lang, theme, width))
        .collect();
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    for entry in std::fs::read_dir(&folder).expect("tests/golden is readable") {
        let path = entry.expect("tests/golden lists").path();
        if !expected.contains(&path) {
            mismatches.push(format!("{} is drawn by no case: remove it", path.display()));
        }
    }
    assert!(
        mismatches.is_empty(),
        "golden SVGs differ (UPDATE_GOLDEN=1 rewrites them):\n{}",
        mismatches.join("\n")
    );
}

/// Every label, value and legend line the layout asks for appears as SVG text, escaped.
#[test]
fn svg_contains_every_label_and_value() {
    let model = Model::embedded().expect("embedded document is valid");
    for view in &model.views {
        for lang in Lang::ALL {
            let (svg, layout) =
                render_svg(&model, &view.id, lang, ThemeName::Light, 1000.0).expect("view renders");
            let first_bar = view
                .figures
                .iter()
                .find(|figure| figure.mark == MarkKind::Bar);
            for figure in &view.figures {
                let expected = match figure.mark {
                    MarkKind::Note => text::note_text(figure, lang),
                    // The first bar of a view also names its unit.
                    MarkKind::Bar if first_bar == Some(figure) => {
                        text::short_value_with_unit(figure, lang)
                    }
                    _ => text::short_value(figure, lang),
                };
                let escaped = expected
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;");
                assert!(
                    svg.contains(&escaped),
                    "{} {:?}: {expected:?} not drawn",
                    view.id,
                    lang
                );
            }
            // The whole title, however it is wrapped: the drawn texts, joined without their
            // white space, hold it without its own.
            let drawn: String = (svg.split("</text>"))
                .filter_map(|piece| piece.rsplit_once('>').map(|(_, text)| text))
                .collect::<String>()
                .split_whitespace()
                .collect();
            let title: String = view
                .title
                .get(lang)
                .replace('&', "&amp;")
                .split_whitespace()
                .collect();
            assert!(
                drawn.contains(&title),
                "{} {lang:?}: title {title:?} not drawn in {drawn:?}",
                view.id
            );
            assert_eq!(layout.marks.len(), view.figures.len());
        }
    }
}

/// Mark counts in the drawing itself: one filled or hatched bar per bar figure.
#[test]
fn svg_draws_one_bar_per_bar_figure() {
    let model = Model::embedded().expect("embedded document is valid");
    let (svg, _) =
        render_svg(&model, "companies", Lang::En, ThemeName::Light, 640.0).expect("renders");
    // Light theme series 0 is #0072B2; three bars in the companies view use it.
    let bars = svg.matches("fill=\"#0072B2\"").count();
    assert_eq!(bars, 3, "{svg}");
}
