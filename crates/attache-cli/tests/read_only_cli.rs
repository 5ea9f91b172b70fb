//! A library the editor may only read (a folder of someone else's, a
//! read-only mount): listing, search, check and packets work and say
//! "read-only"; writes are refused with the code `read_only`; nothing is
//! left beside the library. Run as root (as CI is), the commands run as the
//! user `nobody`, for whom the folder is another user's.

mod common;

use common::run;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

/// The `attache` binary where `nobody` may run it.
fn binary_for(dir: &Path) -> PathBuf {
    let own = PathBuf::from(env!("CARGO_BIN_EXE_attache"));
    if !is_root() {
        return own;
    }
    let copy = dir.join("attache");
    std::fs::hard_link(&own, &copy).or_else(|_| std::fs::copy(&own, &copy).map(|_| ())).unwrap();
    std::fs::set_permissions(&copy, std::fs::Permissions::from_mode(0o755)).unwrap();
    copy
}

/// Runs `attache` on the library as a user who may not write its folder.
fn as_reader(binary: &Path, library: &Path, args: &[&str]) -> Output {
    let mut command = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "nobody", "--"]).arg(binary);
        c
    } else {
        Command::new(binary)
    };
    command.env_remove("ATTACHE_LIBRARY").arg("--library").arg(library).args(args).output().unwrap()
}

#[test]
fn a_library_in_a_folder_the_editor_cannot_write_is_read_and_never_written() {
    // A folder the reader may write, for the packet and the story to import.
    let tools = tempfile::tempdir().unwrap();
    std::fs::set_permissions(tools.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    let binary = binary_for(tools.path());
    let shelf = tempfile::tempdir().unwrap();
    let story = shelf.path().join("story.txt");
    std::fs::write(&story, "Talks resume\n\nThe minister said the talks would resume on Monday.").unwrap();
    assert!(run(shelf.path(), &["import", story.to_str().unwrap()]).status.success());
    std::fs::remove_file(&story).unwrap();
    let library = shelf.path().join("library.sqlite3");
    let before = std::fs::read(&library).unwrap();
    let listing = |dir: &Path| {
        let mut names: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    };
    assert_eq!(listing(shelf.path()), ["library.sqlite3"], "closed cleanly: no journal files");
    let mode = if is_root() { 0o755 } else { 0o555 };
    std::fs::set_permissions(shelf.path(), std::fs::Permissions::from_mode(mode)).unwrap();
    if !is_root() {
        std::fs::set_permissions(&library, std::fs::Permissions::from_mode(0o444)).unwrap();
    }

    let stories = as_reader(&binary, &library, &["stories", "--search", "minister", "--json"]);
    assert!(stories.status.success(), "{}", String::from_utf8_lossy(&stories.stderr));
    let found: serde_json::Value = serde_json::from_slice(&stories.stdout).unwrap();
    assert_eq!(found.as_array().unwrap().len(), 1);
    let check = as_reader(&binary, &library, &["check", "--json"]);
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let why = report["read_only"].as_str().unwrap();
    assert!(why.contains("read-only here") || why.contains("cannot be written"), "{report}");
    let out = tools.path().join("packet.md");
    let packet =
        as_reader(&binary, &library, &["packet", "--story", "1", "--format", "md", "--out", out.to_str().unwrap()]);
    assert!(packet.status.success(), "{}", String::from_utf8_lossy(&packet.stderr));
    assert!(std::fs::read_to_string(&out).unwrap().contains("Talks resume"));

    let note = tools.path().join("note.txt");
    std::fs::write(&note, "Another story\n\nIts body.").unwrap();
    std::fs::set_permissions(&note, std::fs::Permissions::from_mode(0o644)).unwrap();
    let import = as_reader(&binary, &library, &["import", note.to_str().unwrap()]);
    assert!(!import.status.success());
    let message = format!("{}{}", String::from_utf8_lossy(&import.stdout), String::from_utf8_lossy(&import.stderr));
    assert!(message.contains("cannot be written") && message.contains("opened for reading only"), "{message}");

    assert_eq!(listing(shelf.path()), ["library.sqlite3"], "no -wal or -shm left for the next user");
    assert_eq!(std::fs::read(&library).unwrap(), before, "the library is unchanged");
    std::fs::set_permissions(shelf.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
}
