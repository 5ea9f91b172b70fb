//! Files that are not Attaché's, and two writers at once: another
//! program's SQLite database is refused and left byte for byte as it was, a
//! version past what 32 bits hold is "too new", not an integer error, and
//! two connections writing the same library queue instead of failing.

mod common;

use attache_core::{ErrorCode, Library};
use common::draft;

/// Makes an SQLite file as another program would, and returns its bytes.
fn foreign(path: &std::path::Path, sql: &str) -> Vec<u8> {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(sql).unwrap();
    drop(conn);
    std::fs::read(path).unwrap()
}

#[test]
fn another_programs_database_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    for (name, sql) in [
        (
            "places.sqlite3",
            "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places VALUES (1, 'x');",
        ),
        ("versioned.sqlite3", "CREATE TABLE notes (body TEXT); PRAGMA user_version = 3;"),
    ] {
        let path = dir.path().join(name);
        let bytes = foreign(&path, sql);
        let err = Library::open(&path).err().expect("refused");
        assert_eq!(err.code(), ErrorCode::NotALibrary, "{err}");
        assert!(err.to_string().contains(name) && err.to_string().contains("another program's"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} is byte for byte the same");
        assert!(!dir.path().join(format!("{name}-wal")).exists(), "{name} was not switched to WAL");
    }
}

#[test]
fn a_version_past_31_bits_is_too_new() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.sqlite3");
    let bytes = foreign(&path, "CREATE TABLE story (id INTEGER PRIMARY KEY); PRAGMA user_version = -1;");
    let err = Library::open(&path).err().expect("refused");
    assert_eq!(err.code(), ErrorCode::LibraryTooNew, "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn two_writers_at_once_queue_and_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.sqlite3");
    Library::open(&path).unwrap();
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let path = path.clone();
            std::thread::spawn(move || {
                let library = Library::open(&path).unwrap();
                (0..150)
                    .filter(|i| {
                        let body = format!("Desk {w} wrote story number {i} of the afternoon, about the talks.");
                        library.stories().add(draft(&format!("Story {w}-{i}"), &body), None).is_err()
                    })
                    .count()
            })
        })
        .collect();
    let failed: usize = writers.into_iter().map(|t| t.join().unwrap()).sum();
    assert_eq!(failed, 0, "every write waited for the other instead of failing");
    assert_eq!(Library::open(&path).unwrap().info().unwrap().stories, 300);
}
