//! Checks a data document, for a newsroom's own pipeline: `check-document DOC.json [--article
//! STORY.txt] [--strict]` prints every validation error as a `path: message` line and, when the
//! document is valid and an article is given, every source warning as a `warning: path:
//! message` line (`pingshan_infographic::source`), errors first.
//!
//! Exit status: 0 when the document is valid (with or without warnings), 1 when it is not, or
//! when `--strict` is given and there is a warning, 2 when the command is misused or a file
//! cannot be read. A count goes to standard error; standard output holds only the lines.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    const USAGE: &str = "usage: check-document DOC.json [--article STORY.txt] [--strict]";
    let mut document = None;
    let mut article = None;
    let mut strict = false;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--article") => match args.next() {
                Some(path) if article.is_none() => article = Some(path),
                _ => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            Some("--strict") => strict = true,
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if document.is_none() && !arg.to_string_lossy().starts_with("--") => {
                document = Some(arg);
            }
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(document) = document else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let read = |path: &std::ffi::OsStr| {
        std::fs::read_to_string(path).map_err(|error| {
            eprintln!("{}: {error}", std::path::Path::new(path).display());
        })
    };
    let Ok(json) = read(&document) else {
        return ExitCode::from(2);
    };
    let article = match article.as_deref().map(read).transpose() {
        Ok(article) => article,
        Err(()) => return ExitCode::from(2),
    };
    let report = pingshan_infographic::source::check_document(&json, article.as_deref());
    print!("{report}");
    let (n_errors, n_warnings) = (report.errors.len(), report.warnings.len());
    eprintln!(
        "{n_errors} error{}, {n_warnings} warning{}{}",
        if n_errors == 1 { "" } else { "s" },
        if n_warnings == 1 { "" } else { "s" },
        if article.is_none() && n_errors == 0 {
            " (no article given: quotes not checked)"
        } else {
            ""
        }
    );
    if n_errors > 0 || (strict && n_warnings > 0) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The command is native only; the wasm build has nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}
