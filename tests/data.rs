#![cfg(not(target_arch = "wasm32"))]
//! Data tests driven by files, each through one [`check`]:
//! every `tests/fixtures/bad/NNNN_name.json` must fail with exactly the errors in the `.txt`
//! beside it, and every `tests/fixtures/valid/NNNN_name.json` must pass and be drawn as the
//! `.txt` beside it says (each view in each language, laid out at 640 px).
//! `UPDATE_EXPECT=1` rewrites the `.txt` files; review the diff before committing. It never
//! records a bad document as valid, nor a valid one as invalid: such a file fails either way.
//! Also: the embedded document is valid, and the source check finds nothing to warn about in it
//! against its article (`tests/fixtures/source_article.txt`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use pingshan_infographic::layout::{Layout, Shape};
use pingshan_infographic::model::{Lang, Model, DEFAULT_DOCUMENT, DOCUMENT_AS_WRITTEN};
use pingshan_infographic::render_svg;
use pingshan_infographic::source;
use pingshan_infographic::text;
use pingshan_infographic::theme::ThemeName;

fn fixture_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind)
}

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixture_dir(kind))
        .expect("fixture folder exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
}

/// Runs one fixture: a document under `bad/` must fail validation with the errors its `.txt`
/// lists; one under `valid/` must pass and lay out as its `.txt` describes. With `update`,
/// writes what it found to the `.txt` instead, unless the document is on the wrong side.
fn check(path: &Path, update: bool) -> Result<(), String> {
    let is_bad = path.parent().and_then(Path::file_name) == Some("bad".as_ref());
    check_against(path, &path.with_extension("txt"), is_bad, update)
}

/// [`check`] with the expectation at `expected_path`.
fn check_against(
    path: &Path,
    expected_path: &Path,
    is_bad: bool,
    update: bool,
) -> Result<(), String> {
    let name = path.display();
    let text = std::fs::read_to_string(path).map_err(|error| format!("{name}: {error}"))?;
    let actual = match (is_bad, Model::from_json_str(&text)) {
        (true, Err(errors)) => format!("{errors}\n"),
        (true, Ok(_)) => {
            return Err(format!(
                "{name}: validates, but a document under bad/ must fail: make it fail, or \
                 move it to valid/ (UPDATE_EXPECT=1 writes no expectation for it)"
            ))
        }
        (false, Ok(model)) => drawn_summary(path, &model)?,
        (false, Err(errors)) => return Err(format!("{name}: must be valid, but:\n{errors}")),
    };
    if update {
        return std::fs::write(expected_path, &actual)
            .map_err(|error| format!("{}: {error}", expected_path.display()));
    }
    let expected = std::fs::read_to_string(expected_path).map_err(|error| {
        format!(
            "{}: {error} (UPDATE_EXPECT=1 writes it)",
            expected_path.display()
        )
    })?;
    if actual == expected {
        Ok(())
    } else {
        Err(format!(
            "{name} differs from {} (UPDATE_EXPECT=1 rewrites it):\n{}",
            expected_path.display(),
            first_difference(&expected, &actual)
        ))
    }
}

/// Checks every fixture of a kind, listing every failure, not only the first.
fn check_all(kind: &str, at_least: usize) {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let cases = fixtures(kind);
    assert!(
        cases.len() >= at_least,
        "the {kind} corpus shrank to {}",
        cases.len()
    );
    let mut failures: Vec<String> = cases
        .iter()
        .filter_map(|path| check(path, update).err())
        .collect();
    // An expectation left behind by a renamed or deleted document checks nothing.
    for entry in std::fs::read_dir(fixture_dir(kind)).expect("fixture folder exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_some_and(|ext| ext == "txt")
            && !cases.contains(&path.with_extension("json"))
        {
            failures.push(format!("{}: no document beside it", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn bad_documents_give_their_expected_errors() {
    check_all("bad", 40);
}

#[test]
fn valid_documents_are_drawn_as_expected() {
    check_all("valid", 3);
}

/// The example documents for real articles (`docs/examples/NAME/`, `doc.json` beside the
/// `article.txt` it quotes): each draws as `tests/fixtures/examples/NAME.txt` says, and
/// keeps to its article with no warning at all (`check-document --strict` passes).
#[test]
fn example_documents_are_drawn_as_expected_and_keep_to_their_articles() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut examples: Vec<PathBuf> = std::fs::read_dir(root.join("docs/examples"))
        .expect("docs/examples exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.is_dir())
        .collect();
    examples.sort();
    assert!(
        examples.len() >= 3,
        "the examples shrank to {}",
        examples.len()
    );
    let mut failures = Vec::new();
    for example in &examples {
        let name = example
            .file_name()
            .map_or(String::new(), |name| name.to_string_lossy().into_owned());
        let document = example.join("doc.json");
        let expected = fixture_dir("examples").join(format!("{name}.txt"));
        if let Err(failure) = check_against(&document, &expected, false, update) {
            failures.push(failure);
        }
        let read = |file: &str| std::fs::read_to_string(example.join(file));
        match (read("doc.json"), read("article.txt"), read("url.txt")) {
            (Ok(json), Ok(article), Ok(url)) => {
                let report = source::check_document(&json, Some(&article));
                if !report.errors.is_empty() || !report.warnings.is_empty() {
                    failures.push(format!("{name}: not clean against its article:\n{report}"));
                }
                if !url.starts_with("url: http") {
                    failures.push(format!(
                        "{name}: url.txt does not start with the article's URL"
                    ));
                }
            }
            _ => failures.push(format!(
                "{name}: doc.json, article.txt and url.txt are each needed"
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What the widget draws for a valid document, as readable text: each view in each language
/// at the static images' width, with every line of text, every filled or hatched
/// rectangle (bars, tracks, legend swatches) and every figure's mark, in drawing order. Rules
/// and arrowheads are left to the golden SVGs. Also checks that the SVG drawn from the same
/// layout holds exactly its texts, escaped, so markup in the data stays text.
fn drawn_summary(path: &Path, model: &Model) -> Result<String, String> {
    const WIDTH: f64 = 640.0;
    let name = path
        .file_name()
        .map_or(String::new(), |name| name.to_string_lossy().into_owned());
    let mut out = format!(
        "# {name} as drawn: each view in each language at {WIDTH} px, in CSS pixels.\n\
         # text x,y size [bold] role: line; rect|hatched|frame x,y width×height role; \
         dot x,y radius role; mark figure x,y width×height\n\n"
    );
    for &lang in &model.languages {
        let source = text::source_line(model, lang);
        let _ = writeln!(out, "source {}: {source}", lang.code());
    }
    for view in &model.views {
        for &lang in &model.languages {
            let (svg, layout) = render_svg(model, &view.id, lang, ThemeName::Light, WIDTH)
                .ok_or_else(|| format!("{name}: view {} does not render", view.id))?;
            let drawn = svg_texts(&svg)
                .map_err(|error| format!("{name}: {} in {}: {error}", view.id, lang.code()))?;
            if drawn != layout_texts(&layout) {
                return Err(format!(
                    "{name}: the SVG of {} in {} does not hold exactly its layout's texts",
                    view.id,
                    lang.code()
                ));
            }
            summarise(&mut out, &view.id, lang, &layout);
        }
    }
    Ok(out)
}

fn summarise(out: &mut String, view_id: &str, lang: Lang, layout: &Layout) {
    let _ = writeln!(
        out,
        "\n{view_id} {} {}×{}",
        lang.code(),
        px(layout.width),
        px(layout.height)
    );
    for shape in &layout.shapes {
        let _ = match shape {
            Shape::Text {
                at,
                text,
                size,
                bold,
                role,
                ..
            } => writeln!(
                out,
                "  text {},{} {}{} {role:?}: {text}",
                px(at.0),
                px(at.1),
                px(*size),
                if *bold { " bold" } else { "" }
            ),
            Shape::Rect { rect, role } => writeln!(
                out,
                "  rect {},{} {}×{} {role:?}",
                px(rect.x),
                px(rect.y),
                px(rect.width),
                px(rect.height)
            ),
            Shape::Hatched { rect, role } => writeln!(
                out,
                "  hatched {},{} {}×{} {role:?}",
                px(rect.x),
                px(rect.y),
                px(rect.width),
                px(rect.height)
            ),
            Shape::Frame { rect, role } => writeln!(
                out,
                "  frame {},{} {}×{} {role:?}",
                px(rect.x),
                px(rect.y),
                px(rect.width),
                px(rect.height)
            ),
            Shape::Dot {
                center,
                radius,
                role,
                filled,
            } => writeln!(
                out,
                "  dot {},{} r{} {role:?}{}",
                px(center.0),
                px(center.1),
                px(*radius),
                if *filled { "" } else { " hollow" }
            ),
            _ => Ok(()),
        };
    }
    for mark in &layout.marks {
        let _ = writeln!(
            out,
            "  mark {} {},{} {}×{}",
            mark.figure_id,
            px(mark.rect.x),
            px(mark.rect.y),
            px(mark.rect.width),
            px(mark.rect.height)
        );
    }
}

/// A length to a tenth of a pixel, without a trailing `.0` or a negative zero.
fn px(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    format!("{}", rounded + 0.0)
}

fn layout_texts(layout: &Layout) -> Vec<String> {
    layout
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text { text, .. } => Some(text.trim().to_string()),
            _ => None,
        })
        .collect()
}

/// The text of every `<text>` element of an SVG, in order, unescaped; an error if one holds
/// markup (data text drawn without escaping).
fn svg_texts(svg: &str) -> Result<Vec<String>, String> {
    let mut texts = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find("<text") {
        rest = &rest[start..];
        let (Some(open_end), Some(close)) = (rest.find('>'), rest.find("</text>")) else {
            return Err("a <text> element is not closed".into());
        };
        let raw = rest[open_end + 1..close].trim();
        if raw.contains(['<', '>']) {
            return Err(format!("markup in a <text> element: {raw}"));
        }
        texts.push(
            raw.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&"),
        );
        rest = &rest[close..];
    }
    Ok(texts)
}

/// The first line where two expectations part, with its number, for a readable failure.
fn first_difference(expected: &str, actual: &str) -> String {
    let mut expected_lines = expected.lines();
    let mut actual_lines = actual.lines();
    for number in 1.. {
        match (expected_lines.next(), actual_lines.next()) {
            (None, None) => break,
            (left, right) if left == right => continue,
            (left, right) => {
                return format!(
                    "  line {number}\n  expected: {}\n  actual:   {}",
                    left.unwrap_or("(end)"),
                    right.unwrap_or("(end)")
                )
            }
        }
    }
    "  (the files differ only in line endings)".to_string()
}

#[test]
fn the_embedded_document_is_valid_and_complete() {
    let model = Model::from_json_str(DEFAULT_DOCUMENT).unwrap_or_else(|errors| panic!("{errors}"));
    let ids: Vec<&str> = model.views.iter().map(|view| view.id.as_str()).collect();
    assert_eq!(ids, ["companies", "output", "talent"]);
    let value_of = |id: &str| model.figure(id).map(|figure| figure.value);
    assert_eq!(value_of("companies_district"), Some(615.0));
    assert_eq!(value_of("companies_bt_avenue"), Some(191.0));
    assert_eq!(value_of("listed_bt_avenue"), Some(11.0));
    assert_eq!(value_of("doctorates"), Some(700.0));
    assert_eq!(value_of("returnee_share"), Some(0.5));
    assert_eq!(value_of("doctorates_2016"), Some(140.0));
    assert_eq!(model.source.authors, ["Lin Yiying", "Zhao Lu"]);
    assert_eq!(model.source.date, "2021-03-10");
}

/// The embedded text is the data file without its white space between tokens: the same JSON,
/// every string (white space in it included) kept.
#[test]
fn the_embedded_document_is_the_data_file_without_white_space() {
    let read = |text: &str| serde_json::from_str::<serde_json::Value>(text).expect("JSON");
    assert_eq!(read(DEFAULT_DOCUMENT), read(DOCUMENT_AS_WRITTEN));
    let from_disk = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/data/pingshan.json"),
    )
    .expect("the data file");
    assert_eq!(DOCUMENT_AS_WRITTEN, from_disk);
    assert!(!DEFAULT_DOCUMENT.contains('\n') && !DEFAULT_DOCUMENT.contains("\": "));
    // What white space the strings hold is all that is left.
    let strings: usize = string_spaces(&read(DOCUMENT_AS_WRITTEN));
    assert_eq!(DEFAULT_DOCUMENT.matches(' ').count(), strings);
}

fn string_spaces(value: &serde_json::Value) -> usize {
    match value {
        serde_json::Value::String(text) => text.matches(' ').count(),
        serde_json::Value::Array(items) => items.iter().map(string_spaces).sum(),
        serde_json::Value::Object(fields) => fields
            .iter()
            .map(|(key, value)| key.matches(' ').count() + string_spaces(value))
            .sum(),
        _ => 0,
    }
}

/// Honesty: every figure quotes the article word for word, states its number as the article
/// does and hedges it as the article does, and every derived figure is computed from reported
/// ones: the source check finds nothing to warn about.
#[test]
fn the_embedded_document_keeps_to_its_source_article() {
    let article = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/source_article.txt"),
    )
    .expect("the source article is in the fixtures");
    let model = Model::from_json_str(DEFAULT_DOCUMENT).unwrap_or_else(|errors| panic!("{errors}"));
    let warnings = source::check(&model, &article);
    assert!(
        warnings.is_empty(),
        "{}",
        warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// No input panics: truncations and seeded corruptions of the real document are read, and
/// each one that validates is laid out and drawn at odd widths. (A deeper fuzz belongs to the
/// hardening work; this sweep runs on every `cargo test`.)
#[test]
fn damaged_documents_never_panic() {
    let original = DOCUMENT_AS_WRITTEN.as_bytes();
    let replacements: &[&[u8]] = &[
        b"-1",
        b"1e308",
        b"\"\"",
        b"null",
        b"[]",
        b"{}",
        b"0",
        b"\"\xe2\x80\xae\"",
        b"NaN",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    let mut documents: Vec<Vec<u8>> = (0..original.len())
        .step_by(97)
        .map(|cut| original[..cut].to_vec())
        .collect();
    for _ in 0..400 {
        let at = next(original.len());
        let len = 1 + next(12);
        let replacement = replacements[next(replacements.len())];
        let mut document = original[..at].to_vec();
        document.extend_from_slice(replacement);
        document.extend_from_slice(&original[(at + len).min(original.len())..]);
        documents.push(document);
    }
    let mut n_valid = 0;
    for document in documents {
        let text = String::from_utf8_lossy(&document);
        if let Ok(model) = Model::from_json_str(&text) {
            n_valid += 1;
            for view in &model.views {
                for width in [f64::NAN, -5.0, 0.0, 321.5, 1e9] {
                    assert!(
                        render_svg(&model, &view.id, Lang::Zh, ThemeName::Dark, width).is_some()
                    );
                }
            }
        }
    }
    assert!(
        n_valid > 0,
        "some corruptions (inside quotes, say) leave a valid document"
    );
}

#[test]
fn tooltips_spell_out_provenance_and_csv_lists_every_figure() {
    let model = Model::from_json_str(DEFAULT_DOCUMENT).unwrap_or_else(|errors| panic!("{errors}"));
    let derived = model.figure("doctorates_2016").expect("derived figure");
    let tip = text::tooltip(&model, derived, Lang::En);
    assert_eq!(tip.value, "about 140 doctorate holders");
    let in_words = "Derived: computed by us as Doctorate holders, 2020 (more than 700 doctorate holders) ÷ Doctorate holders, 2020 compared with 2016 (about 5 times)";
    assert_eq!(tip.meta, format!("As of: 2016 · {in_words}"));
    assert_eq!(
        tip.announcement,
        "Doctorate holders, 2016: about 140 doctorate holders (derived) (Our reading: five \
         times the 2016 number; if 增长5倍 means six times, 2016 had about 117.)"
    );
    assert!(tip
        .reading
        .starts_with("Our reading: five times the 2016 number"));
    // The formula is read as parsed, not split at spaces: written without them, it reads the same.
    let unspaced = DOCUMENT_AS_WRITTEN.replace(
        "\"doctorates / doctorate_growth_since_2016\"",
        "\"doctorates/doctorate_growth_since_2016\"",
    );
    assert_ne!(unspaced, DOCUMENT_AS_WRITTEN);
    let unspaced = Model::from_json_str(&unspaced).unwrap_or_else(|errors| panic!("{errors}"));
    let figure = unspaced.figure("doctorates_2016").expect("derived figure");
    assert_eq!(
        text::provenance_in_words(&unspaced, figure, Lang::En),
        in_words
    );
    assert!(tip
        .quote
        .starts_with("“At present, there are more than 700 doctors"));
    let reported = text::tooltip(
        &model,
        model.figure("returnee_share").expect("share"),
        Lang::Zh,
    );
    assert_eq!(reported.value, "近50%");
    assert_eq!(reported.meta, "数据时间：2020年 · 文章报道的数据");
    // Issue 24: said with whether it is reported (its label names its date already).
    assert_eq!(
        reported.announcement,
        "2020年博士中的海归：近50%（文章报道）"
    );

    let csv = text::csv(&model, None, Lang::En);
    let rows: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(rows.len(), 1 + model.figures().count());
    assert!(
        rows.iter()
            .skip(1)
            .all(|row| row.ends_with('"') || row.ends_with('.')),
        "quotes end every row"
    );
}

/// An unknown field at any level is named with its path, beside the fields that level knows.
#[test]
fn unknown_fields_are_reported_at_every_level() {
    use pingshan_infographic::error::{DataPath, Path};
    let root = DataPath::root();
    // Each step borrows the path it is taken from, so a path kept is built one step a line.
    let views = root.key("views");
    let view = views.index(0);
    let figures = view.key("figures");
    let figure = figures.index(1);
    let cases: [(&str, Path, &str); 6] = [
        (
            "\"format\": 2,",
            root.key("zzz").text(),
            "`format`, `title`",
        ),
        (
            "\"headline\":",
            root.key("source").key("zzz").text(),
            "`headline`, `authors`",
        ),
        (
            "\"layout\": \"nested\",",
            root.key("views").index(0).key("zzz").text(),
            "`id`, `layout`",
        ),
        (
            "\"value\": 191,",
            figure.key("zzz").text(),
            "`id`, `mark`, `group`",
        ),
        (
            "\"en\": \"Biopharmaceutical",
            figure.key("label").key("zzz").text(),
            "(one of `en`, `zh`, `zh-Hant`, `es`, `fr`, `de`, `pt`, `ja`)",
        ),
        (
            "\"en\": \"615 biomedical",
            root.key("views").index(0).key("title").key("zzz").text(),
            "(one of `en`, `zh`, `zh-Hant`, `es`, `fr`, `de`, `pt`, `ja`)",
        ),
    ];
    for (anchor, path, known) in cases {
        assert!(DOCUMENT_AS_WRITTEN.contains(anchor), "{anchor}");
        let document = DOCUMENT_AS_WRITTEN.replacen(anchor, &format!("\"zzz\": 0, {anchor}"), 1);
        let errors = Model::from_json_str(&document).expect_err("unknown field");
        assert_eq!(errors.0.len(), 1, "{errors}");
        let error = &errors.0[0];
        assert_eq!(error.path, path);
        assert!(error.expected().contains(known), "{error}");
        assert_eq!(error.found(), "an unknown field");
    }
}

/// Problems of shape are all listed at once, like the rules; a page of junk lists its first 50.
#[test]
fn shape_problems_are_collected() {
    let document = DOCUMENT_AS_WRITTEN
        .replacen("\"format\": 2", "\"format\": \"1\"", 1)
        .replacen("\"value\": 191,", "\"value\": [191],", 1)
        .replacen("\"headline\":", "\"headlines\":", 1);
    let errors = Model::from_json_str(&document).expect_err("three problems");
    assert_eq!(
        errors.to_string(),
        [
            "format: expected a number, found string \"1\"",
            "source.headlines: expected a known field (one of `headline`, `authors`, `date`, \
             `outlet`, `names`, `language`), found an unknown field",
            "source.headline: expected a value, found nothing",
            "views[0].figures[1].value: expected a number, found an array",
        ]
        .join("\n")
    );

    let junk: Vec<String> = (0..200).map(|n| format!("\"junk{n}\": {n}")).collect();
    let errors = Model::from_json_str(&format!("{{{}}}", junk.join(", "))).expect_err("junk");
    assert_eq!(
        errors.0.len(),
        pingshan_infographic::model::MAX_SHAPE_ERRORS + 1
    );
    assert_eq!(
        errors.0.last().map(ToString::to_string).as_deref(),
        Some("(document): expected at most 50 problems listed, found 154 more")
    );
}

/// A key given twice counts once, the last time, as `JSON.parse` reads it; an optional field
/// may be `null`; nesting deeper than the format could use is refused before it is read.
#[test]
fn duplicate_keys_nulls_and_deep_nesting() {
    let twice =
        DOCUMENT_AS_WRITTEN.replacen("\"value\": 191,", "\"value\": -1, \"value\": 191,", 1);
    assert_eq!(Model::from_json_str(&twice), Model::embedded());
    let twice_bad =
        DOCUMENT_AS_WRITTEN.replacen("\"value\": 191,", "\"value\": 191, \"value\": -1,", 1);
    assert!(Model::from_json_str(&twice_bad).is_err());

    let null_subtitle =
        DOCUMENT_AS_WRITTEN.replacen("\"subtitle\": {", "\"subtitle\": null, \"x\": {", 1);
    assert!(null_subtitle != DOCUMENT_AS_WRITTEN);
    let errors = Model::from_json_str(&null_subtitle).expect_err("x is unknown");
    assert_eq!(errors.0.len(), 1, "{errors}");
    assert!(errors.0[0].path.to_string().ends_with(".x"), "{errors}");

    let deep = format!("{{\"format\": {}1{}}}", "[".repeat(40), "]".repeat(40));
    assert_eq!(
        Model::from_json_str(&deep).map_err(|errors| errors.to_string()),
        Err("(document): expected JSON nested at most 32 levels deep, found deeper nesting".into())
    );
}
