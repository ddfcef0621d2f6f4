#![cfg(not(target_arch = "wasm32"))]
//! Data tests driven by files: every `tests/fixtures/bad/NNNN_name.json` must fail with
//! exactly the errors in the `.txt` beside it; every `tests/fixtures/valid/*.json` must pass.
//! `UPDATE_EXPECT=1` rewrites the `.txt` files; review the diff before committing.
//! Also: the embedded document is valid, and every quote is verbatim in the source article.

use std::path::{Path, PathBuf};

use pingshan_infographic::model::{Model, Provenance, DEFAULT_DOCUMENT};

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture folder exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn bad_documents_give_their_expected_errors() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    let cases = fixtures("bad");
    assert!(
        cases.len() >= 20,
        "the invalid corpus shrank to {}",
        cases.len()
    );
    for path in cases {
        let text = std::fs::read_to_string(&path).expect("readable fixture");
        let actual = match Model::from_json_str(&text) {
            Ok(_) => "(valid)\n".to_string(),
            Err(errors) => format!("{errors}\n"),
        };
        let expected_path = path.with_extension("txt");
        if update {
            std::fs::write(&expected_path, &actual).expect("writable expectation");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            failures.push(format!(
                "{}:\n  expected: {expected:?}\n  actual:   {actual:?}",
                path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn valid_documents_pass() {
    for path in fixtures("valid") {
        let text = std::fs::read_to_string(&path).expect("readable fixture");
        if let Err(errors) = Model::from_json_str(&text) {
            panic!("{}: {errors}", path.display());
        }
    }
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

/// Honesty: every figure quotes the article word for word, and every derived figure says so.
#[test]
fn every_quote_is_verbatim_in_the_source_article() {
    let article = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/source_article.txt"),
    )
    .expect("the source article is in the fixtures");
    let model = Model::from_json_str(DEFAULT_DOCUMENT).unwrap_or_else(|errors| panic!("{errors}"));
    for figure in model.figures() {
        assert!(
            article.contains(&figure.quote),
            "{}: quote not in the article: {:?}",
            figure.id,
            figure.quote
        );
        if let Provenance::Reported = figure.provenance {
            // A reported number appears in its own sentence.
            let shown = if figure.value < 1.0 {
                figure.value * 100.0
            } else {
                figure.value
            };
            assert!(
                figure.quote.contains(&format!("{shown}")),
                "{}: {shown} not in its quote",
                figure.id
            );
        }
    }
    assert!(model
        .figures()
        .any(|figure| matches!(figure.provenance, Provenance::Derived { .. })));
}

/// No input panics: truncations and seeded corruptions of the real document are read, and
/// each one that validates is laid out and drawn at odd widths. (A deeper fuzz belongs to the
/// hardening work; this sweep runs on every `cargo test`.)
#[test]
fn damaged_documents_never_panic() {
    use pingshan_infographic::render_svg;
    use pingshan_infographic::text::Lang;
    use pingshan_infographic::theme::ThemeName;

    let original = DEFAULT_DOCUMENT.as_bytes();
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
    use pingshan_infographic::text::{self, Lang};
    let model = Model::from_json_str(DEFAULT_DOCUMENT).unwrap_or_else(|errors| panic!("{errors}"));
    let derived = model.figure("doctorates_2016").expect("derived figure");
    let tip = text::tooltip(&model, derived, Lang::En);
    assert_eq!(tip.value, "about 140 doctorate holders");
    assert_eq!(tip.as_of, "As of: 2016");
    assert_eq!(
        tip.provenance,
        "Derived: computed by us as Doctorate holders, 2020 (>700) ÷ Doctorate holders, 2020 compared with 2016 (≈5×)"
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
    assert_eq!(reported.provenance, "文章报道的数据");

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

/// The field lists `web` checks in the browser are serde's own: an unknown field at each level
/// gives, natively through serde, the message `model::unknown_field` builds from the lists.
#[test]
fn field_lists_match_serde() {
    use pingshan_infographic::error::DataPath;
    use pingshan_infographic::model::{fields, unknown_field};
    let root = DataPath::root();
    let figure = root.key("views").index(0).key("figures").index(1);
    let cases: [(&str, DataPath, &[&str]); 6] = [
        ("\"format\": 1,", root.key("zzz"), fields::DOCUMENT),
        (
            "\"headline\":",
            root.key("source").key("zzz"),
            fields::SOURCE,
        ),
        (
            "\"layout\": \"nested\",",
            root.key("views").index(0).key("zzz"),
            fields::VIEW,
        ),
        ("\"value\": 191,", figure.key("zzz"), fields::FIGURE),
        (
            "\"en\": \"Biopharmaceutical",
            figure.key("label").key("zzz"),
            fields::TEXT,
        ),
        (
            "\"en\": \"615 biomedical",
            root.key("views").index(0).key("title").key("zzz"),
            fields::TEXT,
        ),
    ];
    for (anchor, path, known) in cases {
        assert!(DEFAULT_DOCUMENT.contains(anchor), "{anchor}");
        let document = DEFAULT_DOCUMENT.replacen(anchor, &format!("\"zzz\": 0, {anchor}"), 1);
        let errors = Model::from_json_str(&document).expect_err("unknown field");
        assert_eq!(errors.to_string(), unknown_field(path, known).to_string());
    }
}

/// The browser tests run the same bad corpus (`tests/web.rs` includes each file by name).
#[test]
fn the_browser_tests_list_every_bad_document() {
    let web = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/web.rs"))
        .expect("tests/web.rs");
    for path in fixtures("bad") {
        let name = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .expect("file name");
        assert!(
            web.contains(&format!("\"{name}\"")),
            "tests/web.rs does not list {name}"
        );
    }
}
