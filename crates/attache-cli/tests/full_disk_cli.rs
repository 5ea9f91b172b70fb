//! A library on a disk that is really full: a small tmpfs, filled to the
//! last byte. Listing, search, `check` and a packet written elsewhere still
//! work, the library read without its journal files; an import is refused
//! (`read_only`, "the disk … is full") and leaves the library as it was;
//! once space is freed, writing works again. Mounting needs root, as CI has;
//! without it the test says so and does nothing.

mod common;

use common::run;
use std::io::Write;
use std::path::Path;
use std::process::Command;

/// A tmpfs of `megabytes` mounted at `dir`, unmounted when dropped.
struct Mount(std::path::PathBuf);

impl Mount {
    fn new(dir: &Path, megabytes: u32) -> Option<Mount> {
        let size = format!("size={megabytes}m");
        let status = Command::new("mount").args(["-t", "tmpfs", "-o", &size, "tmpfs"]).arg(dir).status().ok()?;
        status.success().then(|| Mount(dir.to_path_buf()))
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// Writes into `path` until the disk refuses another byte.
fn fill(path: &Path) {
    let mut file = std::fs::File::create(path).unwrap();
    let block = vec![0u8; 64 * 1024];
    while file.write_all(&block).is_ok() {}
    let mut byte = [0u8; 1];
    while file.write_all(&byte).is_ok() {
        byte[0] = 1;
    }
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_library_on_a_full_disk_is_read_and_a_refused_write_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let Some(_mount) = Mount::new(dir.path(), 64) else {
        eprintln!("skipped: mounting a tmpfs needs root (CI runs this test as root)");
        return;
    };
    let story = dir.path().join("story.txt");
    std::fs::write(&story, "Talks resume\n\nThe minister said the talks would resume on Monday.").unwrap();
    assert!(run(dir.path(), &["import", story.to_str().unwrap()]).status.success());
    let library = dir.path().join("library.sqlite3");
    fill(&dir.path().join("filler"));
    let before = std::fs::read(&library).unwrap();

    let stories = run(dir.path(), &["stories", "--search", "minister", "--json"]);
    assert!(stories.status.success(), "{}", stderr(&stories));
    let found: serde_json::Value = serde_json::from_slice(&stories.stdout).unwrap();
    assert_eq!(found.as_array().unwrap().len(), 1);
    let check = run(dir.path(), &["check", "--json"]);
    assert!(check.status.success(), "{}", stderr(&check));
    let elsewhere = tempfile::tempdir().unwrap();
    let out = elsewhere.path().join("packet.md");
    let packet = run(dir.path(), &["packet", "--story", "1", "--format", "md", "--out", out.to_str().unwrap()]);
    assert!(packet.status.success(), "{}", stderr(&packet));
    assert!(std::fs::read_to_string(&out).unwrap().contains("Talks resume"));

    let note = elsewhere.path().join("note.txt");
    std::fs::write(&note, format!("Another story\n\n{}", "A long body of words. ".repeat(4_000))).unwrap();
    let import = run(dir.path(), &["import", note.to_str().unwrap()]);
    assert!(!import.status.success(), "the import cannot succeed on a full disk");
    let said = format!("{}{}", String::from_utf8_lossy(&import.stdout), stderr(&import));
    assert!(said.contains("is full") && said.contains("opened for reading only"), "{said}");
    assert_eq!(std::fs::read(&library).unwrap(), before, "the library is as it was");
    let listed = run(dir.path(), &["stories", "--json"]);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&listed.stdout).unwrap().as_array().unwrap().len(), 1);

    std::fs::remove_file(dir.path().join("filler")).unwrap();
    let again = run(dir.path(), &["import", note.to_str().unwrap()]);
    assert!(again.status.success(), "with space again, the import works: {}", stderr(&again));
}
