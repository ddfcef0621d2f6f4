#![cfg(not(target_arch = "wasm32"))]
//! `www/shell.js` is written by Rust (`src/shell.rs`): this test fails when the committed file
//! differs from what Rust would write now. `UPDATE_SHELL=1 cargo test --test shell` rewrites it.

use std::path::PathBuf;

use pingshan_infographic::model::Model;
use pingshan_infographic::shell::{language_file, loaded_languages, shell_module};

#[test]
fn shell_module_is_current() -> Result<(), Box<dyn std::error::Error>> {
    let model = Model::embedded()?;
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("www/shell.js");
    let module = shell_module(&model);
    if std::env::var_os("UPDATE_SHELL").is_some() {
        std::fs::write(&path, &module)?;
        return Ok(());
    }
    let committed = std::fs::read_to_string(&path)?;
    assert!(
        committed == module,
        "{} is stale: run `UPDATE_SHELL=1 cargo test --test shell` and commit it",
        path.display()
    );
    Ok(())
}

/// The language files the host fetches (`www/lang/<code>.json`) are what Rust writes now;
/// `UPDATE_SHELL=1` rewrites them with the shell.
#[test]
fn language_files_are_current() -> Result<(), Box<dyn std::error::Error>> {
    let model = Model::embedded()?;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("www/lang");
    let mut expected = Vec::new();
    for lang in loaded_languages() {
        let name = format!("{}.json", lang.code());
        let text = language_file(&model, lang);
        if std::env::var_os("UPDATE_SHELL").is_some() {
            std::fs::create_dir_all(&dir)?;
            std::fs::write(dir.join(&name), &text)?;
        }
        let committed = std::fs::read_to_string(dir.join(&name))?;
        assert!(
            committed == text,
            "www/lang/{name} is stale: run `UPDATE_SHELL=1 cargo test --test shell` and commit it"
        );
        expected.push(format!("lang/{name}"));
    }
    // The element's file list names each, so the package and the dist carry them.
    let list: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("www/element-files.json"),
    )?)?;
    assert_eq!(list["languages"], serde_json::json!(expected));
    Ok(())
}

/// The host writes no colour, font or layout number of its own: they come from the shell.
#[test]
fn the_host_writes_no_colour_font_or_layout_number() -> Result<(), Box<dyn std::error::Error>> {
    let www = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("www");
    let mut found = Vec::new();
    // The element's own modules: www/element-files.json's `host`, the one list of them.
    let list: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(www.join("element-files.json"))?)?;
    let host: Vec<&str> = list["host"]
        .as_array()
        .map(|names| names.iter().filter_map(serde_json::Value::as_str).collect())
        .unwrap_or_default();
    assert!(
        host.contains(&"pingshan-infographic.js") && host.contains(&"style.js"),
        "www/element-files.json lists the element's modules in `host`: {host:?}"
    );
    for name in host {
        let source = std::fs::read_to_string(www.join(name))?;
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let colour = code.match_indices('#').any(|(index, _)| {
                let digits = code[index + 1..]
                    .chars()
                    .take_while(char::is_ascii_hexdigit)
                    .count();
                let after = code[index + 1 + digits..].chars().next();
                matches!(digits, 3 | 4 | 6 | 8)
                    && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            });
            let words = ["rgb(", "hsl(", "Segoe UI", "sans-serif"];
            // The compact switch and the smallest width, as numbers on their own.
            let layout_number = ["480", "240"].iter().any(|number| {
                code.match_indices(number).any(|(index, _)| {
                    let before = code[..index].chars().next_back();
                    let after = code[index + number.len()..].chars().next();
                    !before.is_some_and(|c| c.is_ascii_digit())
                        && !after.is_some_and(|c| c.is_ascii_digit())
                })
            });
            if colour || layout_number || words.iter().any(|word| code.contains(word)) {
                found.push(format!("www/{name}:{}: {}", number + 1, line.trim()));
            }
        }
    }
    // The footer lines up with the chart's margin, which layout owns.
    let style = std::fs::read_to_string(www.join("style.js"))?;
    let footer = style
        .split("\n.footer {")
        .nth(1)
        .and_then(|rule| rule.split('}').next())
        .unwrap_or("");
    if !footer.contains("padding: 0 var(--pad)") {
        found.push(format!(
            "www/style.js: .footer {{{footer}}} has its own padding"
        ));
    }
    assert!(
        found.is_empty(),
        "written in the host, not taken from Rust:\n{}",
        found.join("\n")
    );
    Ok(())
}
