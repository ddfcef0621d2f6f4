#![cfg(not(target_arch = "wasm32"))]
//! The static renderer writes every view in each of the document's languages and both themes, as the same drawing
//! code draws them, for readers without JavaScript and for print. Each picture must say what
//! the widget says: the view's title, every figure's value as the chart shows it, and the
//! source line, each as whole lines of SVG text.

use pingshan_infographic::model::{Lang, MarkKind, Model};
use pingshan_infographic::text;

#[test]
fn render_static_writes_every_view_language_and_theme() {
    let out = std::env::temp_dir().join(format!("pingshan-static-{}", std::process::id()));
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_render_static"))
        .arg(&out)
        .status()
        .expect("the binary runs");
    assert!(status.success());
    let model = Model::embedded().expect("embedded data is valid");
    let mut expected_files = Vec::new();
    let mut problems = Vec::new();
    for view in &model.views {
        for &lang in &model.languages {
            let source = text::source_line(&model, lang);
            let first_bar = view
                .figures
                .iter()
                .position(|figure| figure.mark == MarkKind::Bar);
            for theme in ["light", "dark"] {
                let name = format!("{}-{}-{theme}.svg", view.id, lang.code());
                let path = out.join(&name);
                expected_files.push(name.clone());
                let svg = std::fs::read_to_string(&path)
                    .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
                if !svg.starts_with("<svg") {
                    problems.push(format!("{name}: not an SVG document"));
                    continue;
                }
                let lines = svg_texts(&svg);
                let title = view.title.get(lang);
                if !is_drawn(&lines, title) {
                    problems.push(format!("{name}: the title {title:?} is not drawn"));
                }
                for (index, figure) in view.figures.iter().enumerate() {
                    // As the chart draws it: the first bar names its unit, a note is a sentence
                    // (it may wrap), any other value is one label of its own.
                    let (value, drawn) = match figure.mark {
                        MarkKind::Note => {
                            let note = text::note_text(figure, lang);
                            let drawn = is_drawn(&lines, &note);
                            (note, drawn)
                        }
                        _ => {
                            let value = if Some(index) == first_bar {
                                text::short_value_with_unit(figure, lang)
                            } else {
                                text::short_value(figure, lang)
                            };
                            let drawn = lines.contains(&value);
                            (value, drawn)
                        }
                    };
                    if !drawn {
                        problems.push(format!("{name}: {} is not drawn as {value:?}", figure.id));
                    }
                }
                if !is_drawn(&lines, &source) {
                    problems.push(format!("{name}: the source line {source:?} is not drawn"));
                }
                // Issue 23: a Chinese picture carries its 注 line, as the widget draws it.
                if let Some(note) = text::approximation_note(view, lang) {
                    if !is_drawn(&lines, &note) {
                        problems.push(format!("{name}: the note {note:?} is not drawn"));
                    }
                } else if matches!(lang, Lang::Zh | Lang::Hant) {
                    problems.push(format!("{name}: no 注 line for a Chinese picture"));
                }
            }
        }
    }
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .expect("output folder")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    written.sort();
    expected_files.sort();
    std::fs::remove_dir_all(&out).expect("temp dir removed");
    assert_eq!(
        written, expected_files,
        "one file per view, language and theme"
    );
    assert_eq!(written.len(), 18, "3 views × 3 languages × 2 themes");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn render_static_without_an_output_dir_fails_with_usage() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_render_static"))
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage: render_static OUT_DIR"));
}

/// The checks above can fail: they find whole lines, not any substring of the picture.
#[test]
fn a_text_is_drawn_only_as_whole_lines() {
    let lines = svg_texts(
        "<svg><text x=\"1\">\n615 biomedical companies, 191 of them\n</text>\
         <text x=\"1\">\non one road &amp; more\n</text><text>\n191\n</text></svg>",
    );
    assert_eq!(
        lines,
        [
            "615 biomedical companies, 191 of them",
            "on one road & more",
            "191"
        ]
    );
    assert!(is_drawn(
        &lines,
        "615 biomedical companies, 191 of them on one road & more"
    ));
    assert!(is_drawn(&lines, "191"));
    assert!(!is_drawn(&lines, "615 biomedical companies"));
    assert!(!is_drawn(&lines, "them on one road"));
    assert!(!is_drawn(&lines, "615"));
}

/// The text of every `<text>` element, in order, unescaped.
fn svg_texts(svg: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find("<text") {
        rest = &rest[start..];
        let (Some(open_end), Some(close)) = (rest.find('>'), rest.find("</text>")) else {
            break;
        };
        texts.push(
            rest[open_end + 1..close]
                .trim()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&"),
        );
        rest = &rest[close..];
    }
    texts
}

/// Whether `expected` is drawn as one or more consecutive whole lines (wrapping drops the
/// spaces it breaks at, and breaks Chinese between characters, so spaces are not compared).
fn is_drawn(lines: &[String], expected: &str) -> bool {
    let squash = |text: &str| -> String { text.chars().filter(|c| !c.is_whitespace()).collect() };
    let expected = squash(expected);
    (0..lines.len()).any(|start| {
        let mut joined = String::new();
        for line in &lines[start..] {
            joined.push_str(&squash(line));
            if !expected.starts_with(&joined) {
                return false;
            }
            if joined == expected {
                return true;
            }
        }
        false
    })
}

/// Issue 23: one Han character is drawn differently by Simplified Chinese, Hong Kong's
/// Traditional and Japanese fonts, so each language draws in its own Han faces: a Hong Kong
/// picture names Hong Kong's faces before any mainland one, and an English one the mainland's.
#[test]
fn each_language_draws_in_its_own_han_faces() {
    let model = Model::embedded().expect("embedded data is valid");
    let view = &model.views[0].id;
    let svg = |lang| {
        pingshan_infographic::render_svg(
            &model,
            view,
            lang,
            pingshan_infographic::theme::ThemeName::Light,
            640.0,
        )
        .expect("a view draws")
        .0
    };
    let hong_kong = svg(Lang::Hant);
    assert!(hong_kong.contains("PingFang HK"), "{hong_kong}");
    assert!(!hong_kong.contains("PingFang SC"));
    let english = svg(Lang::En);
    assert!(english.contains("PingFang SC") && !english.contains("PingFang HK"));
    for (lang, own, not) in [
        (Lang::Hant, "'PingFang HK'", "'PingFang SC'"),
        (Lang::Ja, "'Hiragino Sans'", "'PingFang SC'"),
        (Lang::Zh, "'PingFang SC'", "'PingFang HK'"),
        (Lang::Fr, "'PingFang SC'", "'Hiragino Sans'"),
    ] {
        let font = text::table(lang).font;
        assert!(
            font.contains(own) && !font.contains(not),
            "{lang:?}: {font}"
        );
        assert!(
            font.starts_with("system-ui") && font.ends_with("sans-serif"),
            "{font}"
        );
    }
}
