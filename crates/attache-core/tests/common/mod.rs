//! Helpers shared by the integration tests: a library in a fresh temporary
//! folder, and story files written there.

#![allow(dead_code)]

use attache_core::{Library, StoryDraft};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A new library in its own temporary folder (removed on drop).
pub struct Desk {
    pub dir: TempDir,
    pub library: Library,
}

impl Desk {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Desk {
        let dir = tempfile::tempdir().expect("temporary folder");
        let library = Library::open(&dir.path().join("library.sqlite3")).expect("library opens");
        Desk { dir, library }
    }

    /// Writes `bytes` to a file named `name` in the desk's folder.
    pub fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).expect("file written");
        path
    }

    pub fn path(&self) -> &Path {
        self.library.path()
    }
}

/// A draft with a headline and body.
pub fn draft(headline: &str, body: &str) -> StoryDraft {
    StoryDraft { headline: headline.into(), body: body.into(), ..StoryDraft::default() }
}

/// Writes a story as a library of an older schema held it, by hand: the
/// app's own writers keep a reading the first schemas have no tables for.
/// The story's columns are those of the first schema, which none removed.
pub fn write_old_story(library_path: &Path, headline: &str, body: &str) {
    let conn = rusqlite::Connection::open(library_path).expect("reopen");
    conn.execute(
        "INSERT INTO story (headline, body, body_key, created_at, updated_at)
         VALUES (?1, ?2, ?3, '2024-08-19T09:30:00.000Z', '2024-08-19T09:30:00.000Z')",
        rusqlite::params![headline, body, attache_core::dedupe::body_key(body)],
    )
    .expect("an old story written");
}

/// The seed article the project started from.
pub fn seed_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/seed-article-2024-08-19.txt")
}

/// Every row of every user table, to compare a library before and after.
pub fn snapshot(library_path: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(library_path).expect("reopen");
    let mut out = Vec::new();
    // The columns of the first schema: an upgrade may add columns, never change these.
    let tables = [
        ("story", "id, headline, outlet, byline, published, url, url_key, body_key, origin, created_at, updated_at, deleted_at, body"),
        ("story_tag", "story_id, tag"),
        ("story_revision", "id, story_id, number, headline, outlet, byline, published, url, tags, body, saved_at"),
    ];
    for (table, columns) in tables {
        let mut stmt = conn.prepare(&format!("SELECT {columns} FROM {table} ORDER BY 1, 2")).expect("select");
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |row| {
                let values: Vec<String> =
                    (0..columns).map(|i| format!("{:?}", row.get_ref(i).expect("value"))).collect();
                Ok(format!("{table}: {}", values.join(" | ")))
            })
            .expect("rows");
        out.extend(rows.map(|r| r.expect("row")));
    }
    out
}

/// Every `.rs` file under `dir`, into `out`.
pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}
