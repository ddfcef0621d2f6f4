#![cfg(not(target_arch = "wasm32"))]
//! Source check tests driven by files, each through one [`check`]: every case
//! `tests/fixtures/sources/NNNN_name/` holds an article (`article.txt`), a document quoting it
//! (`doc.json`) and what `check-document doc.json --article article.txt` prints for them
//! (`expected.txt`: validation errors as `path: message`, then source warnings as
//! `warning: path: message`).
//! A case's name says what it must show, so an expectation cannot quietly record the wrong
//! thing: `NNNN_ok_*` prints nothing, `NNNN_warn_*` at least one warning and no error,
//! `NNNN_error_*` at least one validation error.
//! `UPDATE_EXPECT=1` rewrites the `expected.txt` files, but never for a case that breaks its
//! name's promise; review the diff before committing.

use std::path::{Path, PathBuf};

use pingshan_infographic::source::check_document;

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources")
}

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .expect("the source cases folder exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    cases
}

/// Runs one case: checks the document against the article and compares what the command
/// would print with `expected.txt`, after holding the result to the case's name. With
/// `update`, writes what it found to `expected.txt` instead.
fn check(case: &Path, update: bool) -> Result<(), String> {
    let name = case
        .file_name()
        .map_or(String::new(), |name| name.to_string_lossy().into_owned());
    let read = |file: &str| {
        std::fs::read_to_string(case.join(file)).map_err(|error| format!("{name}/{file}: {error}"))
    };
    let report = check_document(&read("doc.json")?, Some(&read("article.txt")?));
    let actual = report.to_string();
    let kind = name.split('_').nth(1).unwrap_or("");
    let kept = match kind {
        "ok" => report.errors.is_empty() && report.warnings.is_empty(),
        "warn" => report.errors.is_empty() && !report.warnings.is_empty(),
        "error" => !report.errors.is_empty(),
        _ => {
            return Err(format!(
                "{name}: name it NNNN_ok_*, NNNN_warn_* or NNNN_error_*"
            ))
        }
    };
    if !kept {
        return Err(format!(
            "{name}: a case named {kind} must print {}, but prints:\n{actual}",
            match kind {
                "ok" => "nothing",
                "warn" => "a warning and no error",
                _ => "a validation error",
            }
        ));
    }
    let expected_path = case.join("expected.txt");
    if update {
        return std::fs::write(&expected_path, &actual)
            .map_err(|error| format!("{name}/expected.txt: {error}"));
    }
    let expected =
        read("expected.txt").map_err(|error| format!("{error} (UPDATE_EXPECT=1 writes it)"))?;
    if actual == expected {
        Ok(())
    } else {
        Err(format!(
            "{name}: prints, unlike expected.txt (UPDATE_EXPECT=1 rewrites it):\n{actual}"
        ))
    }
}

#[test]
fn source_cases_give_their_expected_report() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let cases = cases();
    assert!(
        cases.len() >= 19,
        "the source cases shrank to {}",
        cases.len()
    );
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| check(case, update).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every kind of warning is shown by some case, and so are Chinese quotes.
#[test]
fn source_cases_cover_every_warning() {
    // Only the warnings: a validation error reads alike but is not the source check's.
    let mut all = String::new();
    for case in cases() {
        let expected = std::fs::read_to_string(case.join("expected.txt")).unwrap_or_default();
        for line in expected
            .lines()
            .filter(|line| line.starts_with("warning: "))
        {
            all += line;
            all += "\n";
        }
    }
    for shown in [
        "quote: expected the article's words, found \"reached 616, forming\" where the article has",
        "nowhere in the article",
        ".value: expected 30% in its quote, found \"nearly 40%\"",
        ".value: expected 5 times in its quote",
        ".value: expected 2 in its quote, found no number",
        ".qualifier: expected \"more_than\" as its quote says \"more than 700\", found \"exact\"",
        ".qualifier: expected \"exact\" as its quote says \"615\", found \"more_than\"",
        ".qualifier: expected an upper bound",
        ".qualifier: expected \"more_than\" as its quote says \"超过100\"",
        ".unit: expected \"points\" as its number words \"2.3 percentage points\" state, found \"rate\"",
        ".value: expected 71 as its number words \"71\" state, found 8",
        "found 221 yuan (a scale apart)",
        ".currency: expected \"CNY\" as its number words \"55.9 billion yuan\" state, found \"USD\"",
        ".value: expected a negative value, as its quote says the number fell",
        ".number: expected number words from its quote, found \"294\" nowhere in it",
        ".number: expected a number in its number words",
        ".check: expected 79.18% to agree with its check",
        "= 61.1%, found 79.18%: the article's own figures disagree",
        "to agree with the change from 10.7% to 11.7%",
        ".value: expected 4.7% in its quote, found \"4.7 percentage points\"",
    ] {
        assert!(all.contains(shown), "no case shows {shown:?}");
    }
}

/// The command prints what the library reports, and its exit status tells errors from
/// warnings: 0 for a valid document with warnings, 1 for errors or (with `--strict`)
/// warnings, 2 when misused.
#[test]
fn check_document_prints_every_problem_and_fails_on_errors() {
    let run = |args: &[&Path], flags: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_check-document"))
            .args(args)
            .args(flags)
            .output()
            .expect("the command runs");
        (
            output.status.code(),
            String::from_utf8(output.stdout).expect("UTF-8 output"),
        )
    };
    let expected = |case: &Path| {
        std::fs::read_to_string(case.join("expected.txt")).expect("the case has expected.txt")
    };

    let warned = cases_dir().join("0002_warn_changed_digit");
    let (doc, article) = (warned.join("doc.json"), warned.join("article.txt"));
    let with_article = [doc.as_path(), Path::new("--article"), article.as_path()];
    assert_eq!(run(&with_article, &[]), (Some(0), expected(&warned)));
    assert_eq!(
        run(&with_article, &["--strict"]),
        (Some(1), expected(&warned))
    );
    // Without the article only the document's rules are checked.
    assert_eq!(run(&[doc.as_path()], &[]), (Some(0), String::new()));

    let invalid = cases_dir().join("0018_error_formula_over_derived");
    let (doc, article) = (invalid.join("doc.json"), invalid.join("article.txt"));
    let (status, printed) = run(
        &[doc.as_path(), Path::new("--article"), article.as_path()],
        &[],
    );
    assert_eq!(
        (status, printed.as_str()),
        (Some(1), expected(&invalid).as_str())
    );
    assert!(!printed.is_empty() && !printed.contains("warning:"));

    assert_eq!(run(&[], &[]).0, Some(2));
    assert_eq!(run(&[Path::new("no-such-document.json")], &[]).0, Some(2));
    assert_eq!(
        run(&[warned.join("doc.json").as_path()], &["--article"]).0,
        Some(2)
    );
}
