//! The files made from the app's one declaration of its commands stay in
//! step with it: the window's capability (`capabilities/main.json`) and the
//! UI's client (`ui/src/ipc/commands.ts`). The test fails on a stale file;
//! `UPDATE_BINDINGS=1 cargo test -p attache-app --test surface` rewrites them.

#[path = "../surface.rs"]
mod surface;

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn commands() -> Vec<surface::Command> {
    surface::read(&root().join("src/commands")).expect("the commands read")
}

/// Compares a generated file with the one on disk, or writes it.
fn in_step(path: &Path, generated: &str) {
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(path, generated).unwrap();
        return;
    }
    let on_disk = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        on_disk == generated,
        "{} is stale: run `UPDATE_BINDINGS=1 cargo test -p attache-app --test surface`",
        path.display()
    );
}

#[test]
fn every_command_is_read_with_its_arguments() {
    let commands = commands();
    let declared: usize = std::fs::read_dir(root().join("src/commands"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .map(|text| text.matches("#[tauri::command]").count())
        .sum();
    assert_eq!(commands.len(), declared, "one entry per #[tauri::command]");
    let update = commands.iter().find(|c| c.name == "update_story").expect("update_story");
    assert_eq!(update.params, [("id".to_string(), "i64".to_string()), ("draft".into(), "StoryDraft".into())]);
    assert_eq!(update.returns, "Story");
    let import = commands.iter().find(|c| c.name == "import_with_dialog").expect("import_with_dialog");
    assert_eq!(import.params, [("on_progress".to_string(), "Channel<ImportProgress>".to_string())], "no AppHandle");
    assert!(commands.iter().all(|c| !c.doc.is_empty()), "every command says what it does");
}

#[test]
fn the_capability_grants_exactly_the_commands() {
    in_step(&root().join("capabilities/main.json"), &surface::capability(&commands()));
}

#[test]
fn the_typescript_client_is_generated_from_the_commands() {
    in_step(&root().join("../ui/src/ipc/commands.ts"), &surface::typescript(&commands()));
}

#[test]
fn the_handler_list_registers_every_command_by_its_path() {
    let commands = commands();
    let handlers = surface::handlers(&commands);
    assert!(handlers.starts_with("tauri::generate_handler!["));
    assert!(handlers.contains("    commands::stories::list_stories,\n"));
    assert_eq!(handlers.matches("commands::").count(), commands.len());
}

/// The commands the browser tests' fake backend answers, and the schema
/// version it reports: read from `ui/tests/browser/fake-tauri.js`. The fake
/// answers only what the few tests still on it call; the rest run against
/// the real commands (`examples/serve-test`).
fn fake_backend() -> (Vec<String>, Option<u32>) {
    let fake = std::fs::read_to_string(root().join("../ui/tests/browser/fake-tauri.js")).unwrap();
    let block = fake.split("  const commands = {\n").nth(1).and_then(|b| b.split("\n  };\n").next()).unwrap_or("");
    let mut names: Vec<String> = block
        .lines()
        .filter_map(|l| l.strip_prefix("    ").filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase())))
        .filter_map(|l| l.split([':', '(']).next())
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .map(str::to_string)
        .collect();
    names.sort();
    let version = fake.split("schema_version: ").nth(1).and_then(|v| v.split(',').next()).and_then(|v| v.parse().ok());
    (names, version)
}

#[test]
fn the_browser_tests_fake_backend_answers_only_real_commands_at_the_real_schema() {
    let (fake, version) = fake_backend();
    let real: Vec<String> = commands().into_iter().map(|c| c.name).collect();
    let stale: Vec<&String> = fake.iter().filter(|c| !real.contains(c)).collect();
    assert!(stale.is_empty(), "the fake answers commands the app no longer has: {stale:?}");
    assert!(fake.contains(&"library_info".to_string()), "the fake was not read: {fake:?}");
    assert_eq!(version, Some(attache_core::migrate::supported_version()), "the fake's schema version");
}
