//! `attache import` prints each file's line once the transaction holding it
//! is committed: a killed import has acknowledged only stories it stored.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
fn a_killed_import_has_printed_only_what_it_stored() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<String> = (0..3_000)
        .map(|i| {
            let path = dir.path().join(format!("story-{i:04}.txt"));
            std::fs::write(&path, format!("Story {i}\n\nThe minister said talks would resume, for the {i}th time."))
                .unwrap();
            path.display().to_string()
        })
        .collect();
    let library = dir.path().join("library.sqlite3");
    let mut child = Command::new(env!("CARGO_BIN_EXE_attache"))
        .env_remove("ATTACHE_LIBRARY")
        .arg("--library")
        .arg(&library)
        .arg("import")
        .args(&files)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    let id: i64 = first.split_whitespace().nth(1).unwrap().parse().unwrap_or_else(|_| panic!("{first}"));
    assert!(first.starts_with("imported ") && first.ends_with("story-0000.txt"), "{first}");
    let listed = Command::new(env!("CARGO_BIN_EXE_attache"))
        .arg("--library")
        .arg(&library)
        .args(["stories", "--json", "--limit", "5000"])
        .output()
        .unwrap();
    let stories: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let ids: Vec<i64> = stories.as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect();
    assert!(ids.contains(&id), "the story of the printed line is stored");
    assert!(ids.len() < files.len(), "the first line came before the import ended ({} stored)", ids.len());
}
