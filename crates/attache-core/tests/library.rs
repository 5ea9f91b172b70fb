//! The library file itself: migrations, refusals, backup and restore, and
//! what failed writes leave behind.

mod common;

use attache_core::{migrate, ErrorCode, Library, StoryQuery};
use common::{draft, snapshot, write_old_story, Desk};

#[test]
fn a_library_of_the_first_migration_upgrades_with_its_data_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let old = Library::open_at(&path, 1).unwrap();
        write_old_story(&path, "Herzog meets Blinken", "They met in Tel Aviv.");
        assert_eq!(old.info().unwrap().schema_version, 1);
    }
    let before = snapshot(&path);
    let library = Library::open(&path).unwrap();
    assert_eq!(library.info().unwrap().schema_version, migrate::supported_version());
    assert_eq!(snapshot(&path), before, "stories, tags and revisions are unchanged");
    let found =
        library.stories().search(&StoryQuery { text: Some("tel aviv".into()), ..StoryQuery::default() }).unwrap();
    assert_eq!(found.total, 1, "old stories are searchable after the upgrade");
}

#[test]
fn a_library_from_a_newer_attache_is_refused_and_not_modified() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE story (id INTEGER PRIMARY KEY); PRAGMA user_version = 99;").unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    let err = Library::open(&path).err().expect("refused");
    assert_eq!(err.code(), ErrorCode::LibraryTooNew);
    assert!(err.to_string().contains("newer version of Attaché"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "the file is byte for byte the same");
    assert!(!dir.path().join("future.sqlite3-wal").exists());
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.sqlite3");
    std::fs::write(&path, "These are my notes, not a database. ".repeat(200)).unwrap();
    let err = Library::open(&path).err().expect("refused");
    assert_eq!(err.code(), ErrorCode::NotALibrary);
    assert!(err.to_string().contains("notes.sqlite3"));
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("These are my notes"));
}

#[cfg(target_os = "linux")]
#[test]
fn a_read_only_location_is_reported() {
    let err = Library::open(std::path::Path::new("/proc/attache/library.sqlite3")).err().expect("refused");
    assert_eq!(err.code(), ErrorCode::ReadOnly);
    assert!(err.to_string().contains("/proc/attache/library.sqlite3"), "{err}");
}

#[test]
fn a_full_disk_fails_the_write_and_leaves_the_library_as_it_was() {
    let desk = Desk::new();
    desk.library.stories().add(draft("Small", "A short story."), None).unwrap();
    let before = snapshot(desk.path());
    let pages: u32 =
        rusqlite::Connection::open(desk.path()).unwrap().query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
    desk.library.limit_size_for_tests(pages + 2).unwrap();
    let big = "word ".repeat(200_000);
    let err = desk.library.stories().add(draft("Too big", &big), None).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DiskFull);
    let file = desk.file("big.txt", format!("Too big\n{big}"));
    let results = attache_core::import::import_files(&desk.library, &[file], |_| {});
    let error = results[0].error.as_ref().expect("import fails");
    assert_eq!(error.code, ErrorCode::DiskFull);
    assert!(
        error.message.starts_with(&format!("{}: ", desk.dir.path().join("big.txt").display())),
        "{}",
        error.message
    );
    assert_eq!(snapshot(desk.path()), before);
}

#[test]
fn backup_and_restore_round_trip_while_open_keeping_the_replaced_content() {
    let mut desk = Desk::new();
    desk.library.stories().add(draft("Before backup", "Kept in the backup."), None).unwrap();
    let backup = desk.dir.path().join("backup.sqlite3");
    desk.library.backup_to(&backup).unwrap();
    desk.library.stories().add(draft("After backup", "Not in the backup."), None).unwrap();

    let kept = desk.library.restore_from(&backup).unwrap();
    let titles = |l: &Library| {
        l.stories().search(&StoryQuery::default()).unwrap().stories.into_iter().map(|s| s.headline).collect::<Vec<_>>()
    };
    assert_eq!(titles(&desk.library), ["Before backup"]);
    let replaced = Library::open(&kept).unwrap();
    assert_eq!(titles(&replaced).len(), 2, "the content the restore replaced is kept");
    assert!(desk.library.check().unwrap().is_ok());
}

#[test]
fn restoring_from_something_that_is_not_a_library_changes_nothing() {
    let mut desk = Desk::new();
    desk.library.stories().add(draft("Only story", "Text."), None).unwrap();
    let before = snapshot(desk.path());
    let junk = desk.file("junk.sqlite3", "not a database at all, just text ".repeat(100));
    let err = desk.library.restore_from(&junk).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotALibrary);
    let empty = desk.dir.path().join("empty.sqlite3");
    rusqlite::Connection::open(&empty).unwrap().execute_batch("CREATE TABLE t (x)").unwrap();
    assert_eq!(desk.library.restore_from(&empty).unwrap_err().code(), ErrorCode::NotALibrary);
    assert_eq!(snapshot(desk.path()), before);
}

#[test]
fn a_killed_backups_partial_file_is_removed_by_the_next_backup() {
    let desk = Desk::new();
    let dest = desk.path().with_file_name("backup.sqlite3");
    let mut child = std::process::Command::new("true").spawn().unwrap();
    let dead = child.id();
    child.wait().unwrap();
    let stale = dest.with_file_name(format!("backup.sqlite3.{dead}.attache-partial"));
    std::fs::write(&stale, vec![0u8; 4096]).unwrap();
    desk.library.backup_to(&dest).unwrap();
    assert!(!stale.exists(), "the dead backup's partial file is gone");
    assert!(dest.exists());
}
