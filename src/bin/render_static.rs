//! Renders every view of the embedded data to static SVG files, natively, with the same layout
//! and drawing code the browser uses: `render_static OUT_DIR` writes
//! `OUT_DIR/{view}-{lang}-{light|dark}.svg` for each language the document is written in
//! (`en`, `zh`, `zh-Hant` for the embedded one); `render_static OUT_DIR DOC.json` does the same
//! for a document of a newsroom's own. `make build` puts them in `www/static/` for
//! readers without JavaScript (the `<noscript>` content) and for print. Each is drawn as a
//! downloaded image is, with the source line under the chart: a picture has no page text
//! beside it to name its source.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use pingshan_infographic::model::Model;
    use pingshan_infographic::render_svg_for_export;
    use pingshan_infographic::theme::ThemeName;

    let Some(out_dir) = std::env::args_os().nth(1).map(std::path::PathBuf::from) else {
        eprintln!("usage: render_static OUT_DIR [DOC.json]");
        return std::process::ExitCode::FAILURE;
    };
    let document = std::env::args_os().nth(2).map(std::path::PathBuf::from);
    let read = match &document {
        Some(path) => match std::fs::read_to_string(path) {
            Ok(text) => Model::from_json_str(&text),
            Err(error) => {
                eprintln!("{}: {error}", path.display());
                return std::process::ExitCode::FAILURE;
            }
        },
        None => Model::embedded(),
    };
    let model = match read {
        Ok(model) => model,
        Err(errors) => {
            eprintln!("the document is invalid:\n{errors}");
            return std::process::ExitCode::FAILURE;
        }
    };
    if let Err(error) = std::fs::create_dir_all(&out_dir) {
        eprintln!("{}: {error}", out_dir.display());
        return std::process::ExitCode::FAILURE;
    }
    let mut n_files = 0;
    for view in &model.views {
        for &lang in &model.languages {
            let lang_name = lang.code();
            for (theme, theme_name) in [(ThemeName::Light, "light"), (ThemeName::Dark, "dark")] {
                let Some(svg) = render_svg_for_export(&model, &view.id, lang, theme, 640.0) else {
                    eprintln!("view {} did not render", view.id);
                    return std::process::ExitCode::FAILURE;
                };
                let path = out_dir.join(format!("{}-{lang_name}-{theme_name}.svg", view.id));
                if let Err(error) = std::fs::write(&path, svg) {
                    eprintln!("{}: {error}", path.display());
                    return std::process::ExitCode::FAILURE;
                }
                n_files += 1;
            }
        }
    }
    println!("wrote {n_files} SVG files to {}", out_dir.display());
    std::process::ExitCode::SUCCESS
}

/// The binary is native only; the wasm build has nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}
