//! Helpers shared by the command-line tests: run `attache` on a library in a
//! temporary folder, read its JSON, and find the fixtures.

#![allow(dead_code)]

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

/// Runs `attache --library DIR/library.sqlite3 ARGS…`.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_attache"))
        .env_remove("ATTACHE_LIBRARY")
        .arg("--library")
        .arg(dir.join("library.sqlite3"))
        .args(args)
        .output()
        .expect("attache runs")
}

/// Runs `attache`, which must succeed, and parses what it printed.
pub fn json(dir: &Path, args: &[&str]) -> Value {
    let output = run(dir, args);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("JSON output")
}

/// A file of the project's shared fixtures.
pub fn shared(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures").join(name).display().to_string()
}

/// A file of this repository.
pub fn repo(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(path).display().to_string()
}
