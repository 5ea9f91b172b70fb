//! The `attache` command line as scripts use it: exact output lines, JSON
//! fields and exit codes, on real temporary libraries.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Desk {
    dir: tempfile::TempDir,
}

impl Desk {
    fn new() -> Desk {
        Desk { dir: tempfile::tempdir().expect("temporary folder") }
    }

    fn library(&self) -> PathBuf {
        self.dir.path().join("library.sqlite3")
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("file written");
        path
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_attache"))
            .env_remove("ATTACHE_LIBRARY")
            .arg("--library")
            .arg(self.library())
            .args(args)
            .output()
            .expect("attache runs")
    }

    fn json(&self, args: &[&str]) -> Value {
        let output = self.run(args);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        serde_json::from_slice(&output.stdout).expect("JSON output")
    }
}

fn seed() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/fixtures/seed-article-2024-08-19.txt")
        .display()
        .to_string()
}

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value.as_object().expect("an object").keys().map(String::as_str).collect();
    keys.sort();
    keys
}

#[test]
fn import_prints_one_line_per_file_and_fails_when_any_file_does() {
    let desk = Desk::new();
    let empty = desk.file("empty.txt", "");
    let output = desk.run(&["import", &seed(), &seed(), empty.to_str().unwrap()]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], format!("imported 1 {}", seed()));
    assert_eq!(lines[1], format!("duplicate 1 {}", seed()));
    assert_eq!(lines[2], format!("error {}: is empty", empty.display()));
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_file_name_with_control_characters_stays_on_one_line() {
    let desk = Desk::new();
    let odd = desk.file("two\nlines\u{1b}[31m.txt", "Talks in Doha\n\nThe envoys met again on Monday.");
    let empty = desk.file("empty\n.txt", "");
    let output = desk.run(&["import", odd.to_str().unwrap(), empty.to_str().unwrap()]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "one line a file: {stdout:?}");
    assert!(lines[0].starts_with("imported 1 '") && lines[0].ends_with("two\\nlines\\u{1b}[31m.txt'"), "{}", lines[0]);
    assert!(lines[1].starts_with("error '") && lines[1].contains("empty\\n.txt: is empty"), "{}", lines[1]);
    let json = desk.run(&["import", odd.to_str().unwrap(), "--json"]);
    let results: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(results[0]["file"], odd.to_str().unwrap(), "--json keeps the name as it is");
}

#[test]
fn import_json_has_file_id_duplicate_of_and_error() {
    let desk = Desk::new();
    let output = desk.run(&["import", &seed(), &seed(), "missing.txt", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let results: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(results[0], serde_json::json!({"file": seed(), "id": 1, "duplicate_of": null, "error": null}));
    assert_eq!(results[1], serde_json::json!({"file": seed(), "id": null, "duplicate_of": 1, "error": null}));
    assert_eq!(results[2]["id"], Value::Null);
    assert!(results[2]["error"].as_str().unwrap().starts_with("missing.txt: "));
}

#[test]
fn show_and_stories_print_the_documented_fields() {
    let desk = Desk::new();
    desk.run(&["import", &seed()]);
    let story = desk.json(&["show", "1", "--json"]);
    assert_eq!(keys(&story), ["body", "byline", "headline", "id", "outlet", "published", "tags", "url"]);
    assert_eq!(
        story["headline"],
        "US Secretary of State Antony Blinken Pushes for Gaza Truce During High-Stakes Israel Visit"
    );
    assert_eq!(story["published"], "2024-08-19");

    let found = desk.json(&["stories", "--search", "Herzog", "--json"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(keys(&found[0]), ["byline", "headline", "id", "outlet", "published", "tags", "url"]);
    assert_eq!(desk.json(&["stories", "--search", "zzyzx", "--json"]), serde_json::json!([]));
}

#[test]
fn check_backup_and_restore() {
    let desk = Desk::new();
    desk.run(&["import", &seed()]);
    let check = desk.run(&["check"]);
    let text = String::from_utf8(check.stdout).unwrap();
    let version = attache_core::migrate::supported_version();
    assert!(text.contains(&format!("schema version: {version} (this Attaché reads up to {version})")), "{text}");
    assert!(text.contains("integrity: ok"), "{text}");

    let backup = desk.dir.path().join("backup.sqlite3");
    assert!(desk.run(&["backup", backup.to_str().unwrap()]).status.success());
    let other = desk.file("other.txt", "Another story\nWith other words.");
    desk.run(&["import", other.to_str().unwrap()]);
    assert_eq!(desk.json(&["stories", "--json"]).as_array().unwrap().len(), 2);
    let restore = desk.run(&["restore", backup.to_str().unwrap()]);
    assert!(restore.status.success(), "{}", String::from_utf8_lossy(&restore.stderr));
    assert_eq!(desk.json(&["stories", "--json"]).as_array().unwrap().len(), 1);
}

#[test]
fn a_file_that_is_not_a_library_is_refused_with_its_code() {
    let desk = Desk::new();
    std::fs::write(desk.library(), "plain text, not SQLite ".repeat(100)).unwrap();
    let output = desk.run(&["check"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("is not an Attaché library") && stderr.contains("[not_a_library]"), "{stderr}");
}

#[test]
fn quotes_lists_stored_quotes_by_speaker() {
    let desk = Desk::new();
    desk.run(&["import", &seed()]);
    let herzog = desk.json(&["quotes", "--speaker", "Herzog", "--json"]);
    let herzog = herzog.as_array().unwrap();
    assert_eq!(herzog.len(), 1);
    assert_eq!(herzog[0]["speaker"], "Isaac Herzog");
    assert_eq!(herzog[0]["kind"], "quote");
    assert!(herzog[0]["text"].as_str().unwrap().starts_with("There is no greater humanitarian objective"));
    assert_eq!(desk.json(&["quotes", "--json"]).as_array().unwrap().len(), 6);
}

#[test]
fn analyze_prints_the_documented_json() {
    let desk = Desk::new();
    let output = Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["analyze", &seed(), "--json", "--published", "2024-08-19"])
        .output()
        .expect("attache runs");
    assert!(output.status.success());
    let analysis: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(keys(&analysis), ["claims", "dates", "people", "places", "quotes"]);
    let quote = &analysis["quotes"][1];
    for field in ["text", "speaker", "cue", "start", "end", "kind"] {
        assert!(quote.get(field).is_some(), "quotes have {field}");
    }
    let ordinal = analysis["claims"].as_array().unwrap().iter().find(|c| !c["ordinal"].is_null()).unwrap();
    assert_eq!(
        ordinal["ordinal"],
        serde_json::json!({"official": "Antony Blinken", "n": 9, "scope": "Middle East", "since": "2023-10-07"})
    );
    assert!(!desk.library().exists(), "analyze stores nothing");
}
