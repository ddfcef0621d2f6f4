#![cfg(not(target_arch = "wasm32"))]
//! Fuzzing, natively: parse → validate → layout → draw to SVG must never panic, and whatever
//! validates must draw every figure. Inputs are structured mutations of the real document (a
//! random place in its JSON tree replaced by a random value, text fields by arbitrary Unicode,
//! numbers by arbitrary bit patterns) and arbitrary JSON trees. The real documents are the
//! embedded one, the example documents for real articles (`docs/examples/`) and a
//! one-language document, so every layout, unit and field of the format is mutated.
//!
//! `make test` runs a short smoke (`FUZZ_CASES`, default 300); `make fuzz` runs for
//! `FUZZ_SECONDS` (default 600) with a fresh seed per batch, printing what it ran.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::Value;

use pingshan_infographic::model::{Lang, Model, DEFAULT_DOCUMENT};
use pingshan_infographic::render_svg;
use pingshan_infographic::theme::ThemeName;

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_filter_map("JSON numbers are finite", |f| serde_json::Number::from_f64(
            f
        )
        .map(Value::Number)),
        any::<i64>().prop_map(|i| Value::Number(i.into())),
        ".{0,40}".prop_map(Value::String),
        prop_oneof![
            Just("companies"),
            Just("bar"),
            Just("count"),
            Just("derived"),
            Just("{value}"),
            Just("more_than"),
            Just("columns"),
            Just("line"),
            Just("stacked"),
            Just("change"),
            Just("whole"),
            Just("money"),
            Just("points"),
            Just("CNY"),
            Just("2018-H1"),
            Just("2014/2017"),
            Just("a - b * (c + 1)")
        ]
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..6)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Every place in a JSON tree, as a list of steps.
fn places(value: &Value, here: Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(here.clone());
    match value {
        Value::Array(items) => items.iter().enumerate().for_each(|(i, item)| {
            let mut next = here.clone();
            next.push(PathStep::Index(i));
            places(item, next, out);
        }),
        Value::Object(map) => map.iter().for_each(|(key, item)| {
            let mut next = here.clone();
            next.push(PathStep::Key(key.clone()));
            places(item, next, out);
        }),
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn at<'a>(value: &'a mut Value, path: &[PathStep]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |value, step| match step {
        PathStep::Key(key) => value.get_mut(key.as_str()),
        PathStep::Index(index) => value.get_mut(*index),
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    Replace(Value),
    Text(String),
    Number(f64),
    Remove,
    Duplicate,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any_json().prop_map(Mutation::Replace),
        any::<String>().prop_map(Mutation::Text),
        ".{0,200}".prop_map(Mutation::Text),
        any::<f64>().prop_map(Mutation::Number),
        prop_oneof![
            Just(0.0),
            Just(-0.0),
            Just(1e308),
            Just(-1.0),
            Just(0.5),
            Just(1e-300),
            Just(615.0)
        ]
        .prop_map(Mutation::Number),
        Just(Mutation::Remove),
        Just(Mutation::Duplicate),
    ]
}

fn apply(document: &mut Value, path: &[PathStep], mutation: &Mutation) {
    match mutation {
        Mutation::Remove | Mutation::Duplicate => {
            let Some((last, parent_path)) = path.split_last() else {
                return;
            };
            let Some(parent) = at(document, parent_path) else {
                return;
            };
            match (parent, last, mutation) {
                (Value::Object(map), PathStep::Key(key), Mutation::Remove) => {
                    map.remove(key);
                }
                (Value::Array(items), PathStep::Index(index), Mutation::Remove) => {
                    items.remove(*index);
                }
                (Value::Array(items), PathStep::Index(index), _) => {
                    let copy = items[*index].clone();
                    items.insert(*index, copy);
                }
                _ => {}
            }
        }
        Mutation::Replace(value) => set(document, path, value.clone()),
        Mutation::Text(text) => set(document, path, Value::String(text.clone())),
        Mutation::Number(number) => {
            let value = serde_json::Number::from_f64(*number)
                .map(Value::Number)
                .unwrap_or(Value::Null);
            set(document, path, value);
        }
    }
}

fn set(document: &mut Value, path: &[PathStep], value: Value) {
    if let Some(slot) = at(document, path) {
        *slot = value;
    }
}

/// The property: no panic anywhere; a valid document draws one mark per figure in every view,
/// at any width, in each language and both themes; an invalid one explains itself.
fn check_text(text: &str, width: f64) -> Result<(), TestCaseError> {
    match Model::from_json_str(text) {
        Ok(model) => {
            for view in &model.views {
                for (lang, theme) in [
                    (Lang::En, ThemeName::Light),
                    (Lang::Zh, ThemeName::Dark),
                    (Lang::Hant, ThemeName::Light),
                ] {
                    let drawn = render_svg(&model, &view.id, lang, theme, width);
                    let (svg, layout) =
                        drawn.ok_or_else(|| TestCaseError::fail("a valid view did not draw"))?;
                    prop_assert_eq!(layout.marks.len(), view.figures.len());
                    prop_assert!(svg.starts_with("<svg"));
                }
            }
        }
        Err(errors) => {
            prop_assert!(!errors.0.is_empty());
            for error in &errors.0 {
                let message = error.to_string();
                prop_assert!(message.contains(": expected "), "{}", message);
            }
        }
    }
    Ok(())
}

/// The real documents every mutation starts from.
const BASES: [&str; 6] = [
    DEFAULT_DOCUMENT,
    include_str!("../docs/examples/guizhou-high-tech-2018/doc.json"),
    include_str!("../docs/examples/upi-city-unemployment-2013/doc.json"),
    include_str!("../docs/examples/ap-city-unemployment-2013/doc.json"),
    // Traditional Chinese only, money in Hong Kong dollars.
    include_str!("../docs/examples/hk-budget-2023/doc.json"),
    // A one-language document: its `languages` and its single-key texts mutated too.
    include_str!("fixtures/valid/0004_one_language.json"),
];

fn run(runner: &mut TestRunner) -> Result<(), String> {
    for base in BASES {
        let document: Value = serde_json::from_str(base).map_err(|error| error.to_string())?;
        run_on(runner, document)?;
    }
    runner
        .run(&any_json(), |value| check_text(&value.to_string(), 640.0))
        .map_err(|error| error.to_string())
}

fn run_on(runner: &mut TestRunner, document: Value) -> Result<(), String> {
    let mut all_places = Vec::new();
    places(&document, Vec::new(), &mut all_places);
    let n_places = all_places.len();
    // Leaves that keep the document valid more often than not when changed within their kind,
    // so that most cases get past validation into layout and drawing.
    let leaves_of = |keep: fn(&Value) -> bool| -> Vec<Vec<PathStep>> {
        let mut document = document.clone();
        all_places
            .iter()
            .filter(|path| at(&mut document, path).is_some_and(|value| keep(value)))
            .cloned()
            .collect()
    };
    let texts = leaves_of(|value| value.is_string());
    let numbers = leaves_of(|value| value.is_number());
    let gentle = (
        prop::collection::vec((0..texts.len(), ".{1,160}"), 1..6),
        prop::collection::vec((0..numbers.len(), 0.0..1.0f64), 0..3),
        200.0..1400.0f64,
    );
    runner
        .run(&gentle, |(new_texts, new_numbers, width)| {
            let mut document = document.clone();
            for (place, text) in &new_texts {
                set(&mut document, &texts[*place], Value::String(text.clone()));
            }
            for (place, fraction) in &new_numbers {
                // A fraction of the original value: counts stay counts and shares stay shares.
                if let Some(slot) = at(&mut document, &numbers[*place]) {
                    let scaled = slot.as_f64().unwrap_or(0.0) * fraction;
                    *slot = serde_json::Number::from_f64(scaled).map_or(Value::Null, Value::Number);
                }
            }
            check_text(&document.to_string(), width)
        })
        .map_err(|error| error.to_string())?;
    let mutated = (
        prop::collection::vec((0..n_places, mutation()), 1..4),
        200.0..1400.0f64,
    );
    runner
        .run(&mutated, |(mutations, width)| {
            let mut document = document.clone();
            for (place, mutation) in &mutations {
                apply(&mut document, &all_places[*place], mutation);
            }
            check_text(&document.to_string(), width)
        })
        .map_err(|error| error.to_string())
}

fn runner(cases: u32, seed: u64) -> TestRunner {
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    TestRunner::new_with_rng(
        config,
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes),
    )
}

#[test]
fn fuzz_parse_validate_layout_draw() {
    let seconds: Option<u64> = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok());
    let Some(seconds) = seconds else {
        let cases = std::env::var("FUZZ_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(300);
        if let Err(failure) = run(&mut runner(cases, 1)) {
            panic!("{failure}");
        }
        return;
    };
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut batches, mut cases) = (0u64, 0u64);
    while Instant::now() < deadline {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(batches, |d| d.as_nanos() as u64);
        if let Err(failure) = run(&mut runner(500, seed)) {
            panic!("seed {seed}: {failure}");
        }
        batches += 1;
        cases += 1000;
    }
    println!("fuzz: {cases} cases in {batches} batches over {seconds} s, no failure");
}
