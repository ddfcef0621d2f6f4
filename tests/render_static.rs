#![cfg(not(target_arch = "wasm32"))]
//! The static renderer writes every view in both languages and themes, as the same drawing
//! code draws them, for readers without JavaScript and for print.

use pingshan_infographic::model::Model;

#[test]
fn render_static_writes_every_view_language_and_theme() {
    let out = std::env::temp_dir().join(format!("pingshan-static-{}", std::process::id()));
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_render_static"))
        .arg(&out)
        .status()
        .expect("the binary runs");
    assert!(status.success());
    let model = Model::embedded().expect("embedded data is valid");
    let mut n_files = 0;
    for view in &model.views {
        for lang in ["en", "zh"] {
            for theme in ["light", "dark"] {
                let path = out.join(format!("{}-{lang}-{theme}.svg", view.id));
                let svg = std::fs::read_to_string(&path)
                    .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
                assert!(svg.starts_with("<svg"), "{}", path.display());
                let title = if lang == "en" {
                    &view.title.en
                } else {
                    &view.title.zh
                };
                assert!(
                    svg.contains(&title.chars().take(6).collect::<String>()),
                    "{} has its title",
                    path.display()
                );
                n_files += 1;
            }
        }
    }
    assert_eq!(n_files, 12);
    std::fs::remove_dir_all(&out).expect("temp dir removed");
}

#[test]
fn render_static_without_an_output_dir_fails_with_usage() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_render_static"))
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage: render_static OUT_DIR"));
}
