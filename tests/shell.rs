#![cfg(not(target_arch = "wasm32"))]
//! `www/shell.js` is written by Rust (`src/shell.rs`): this test fails when the committed file
//! differs from what Rust would write now. `UPDATE_SHELL=1 cargo test --test shell` rewrites it.

use std::path::PathBuf;

use pingshan_infographic::model::Model;
use pingshan_infographic::shell::shell_module;

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
