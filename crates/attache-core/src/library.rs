//! The library: one SQLite file, opened safely and kept consistent.
//!
//! Opening refuses a file that is not SQLite or that a newer Attaché wrote
//! (before anything is changed), then turns on WAL, foreign keys and a busy
//! timeout and applies pending migrations. Every write goes through
//! [`Library::write`], one transaction per user action.

use crate::error::{Error, Result};
use crate::migrate;
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;
use ts_rs::TS;

/// How long a write waits for another process's lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open library.
pub struct Library {
    conn: Connection,
    path: PathBuf,
    /// Why it can only be read, when it can only be read.
    read_only: Option<String>,
}

/// What the app shows of a library at a glance; cheap to read at start-up.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LibraryInfo {
    /// The library file.
    pub path: String,
    /// The schema version of the library.
    pub schema_version: u32,
    /// The newest schema version this binary knows.
    pub supported_version: u32,
    /// Stories not in the trash.
    pub stories: i64,
    /// Stories in the trash.
    pub trashed: i64,
    /// Set when the library can only be read here, saying why.
    pub read_only: Option<String>,
}

/// The result of `attache check`: the library's info and SQLite's integrity
/// check, which reads the whole file.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LibraryCheck {
    /// Path, versions and counts.
    #[serde(flatten)]
    pub info: LibraryInfo,
    /// `PRAGMA integrity_check` lines; `["ok"]` when all is well.
    pub integrity: Vec<String>,
}

impl LibraryCheck {
    /// True when SQLite found no damage.
    pub fn is_ok(&self) -> bool {
        self.integrity == ["ok"]
    }
}

impl Library {
    /// Opens the library and migrates it only up to schema `version`; for
    /// tests of upgrades.
    pub fn open_at(path: &Path, version: u32) -> Result<Library> {
        let read_only = path.is_file().then(|| crate::access::read_only_reason(path)).flatten();
        match Self::open_as(path, version, read_only.clone()) {
            // A disk full to the last byte cannot hold the journal files that
            // reading with them needs: the library is read without them.
            Err(err) if read_only.is_none() && path.is_file() && crate::access::cannot_write_now(&err) => {
                Self::open_as(path, version, Some(crate::access::full_disk_reason(path, &err)))
            }
            opened => opened,
        }
    }

    /// Opens the library for writing, or (with a reason) for reading only.
    fn open_as(path: &Path, version: u32, read_only: Option<String>) -> Result<Library> {
        let mut conn = connect(path, read_only.is_some())?;
        let sqlite = |e| Error::from_sqlite(path, e);
        match &read_only {
            None => {
                migrate::migrate_to(&mut conn, version).map_err(sqlite)?;
            }
            Some(reason) if migrate::current_version(&conn).map_err(sqlite)? < version => {
                let reason = format!("it must be upgraded to this version of Attaché first, and {reason}");
                return Err(Error::ReadOnly { path: path.to_path_buf(), reason });
            }
            Some(_) => {}
        }
        Ok(Library { conn, path: path.to_path_buf(), read_only })
    }

    /// Why the library can only be read, when it can only be read.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// The library file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The connection, for reads.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The connection, for restoring and migrating.
    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Runs `action` in one transaction: all of it is written, or none.
    ///
    /// It takes `&self` so that every store can write through the one
    /// connection; a write begun inside another is refused by SQLite with an
    /// error, never nested.
    pub(crate) fn write<T>(&self, action: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let path = self.path.clone();
        if let Some(reason) = &self.read_only {
            return Err(Error::ReadOnly { path, reason: format!("{reason}; it was opened for reading only") });
        }
        // BEGIN IMMEDIATE: a write takes the write lock at once, so that two
        // writers queue on the busy timeout instead of one failing when it
        // upgrades a read lock another writer holds.
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(|e| Error::from_sqlite(&path, e))?;
        let value = action(&tx).map_err(|e| e.on_library(&path))?;
        tx.commit().map_err(|e| Error::from_sqlite(&path, e))?;
        Ok(value)
    }

    /// Maps an SQLite error on this library to the error an editor can act on.
    pub(crate) fn sqlite_error(&self, err: rusqlite::Error) -> Error {
        Error::from_sqlite(&self.path, err)
    }

    /// Path, schema version and counts.
    pub fn info(&self) -> Result<LibraryInfo> {
        let (stories, trashed) = self.stories().counts()?;
        Ok(LibraryInfo {
            path: self.path.display().to_string(),
            schema_version: migrate::current_version(&self.conn)?,
            supported_version: migrate::supported_version(),
            stories,
            trashed,
            read_only: self.read_only.clone(),
        })
    }

    /// Checks the schema version and the whole file's integrity.
    pub fn check(&self) -> Result<LibraryCheck> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let integrity = stmt.query_map([], |row| row.get(0))?.collect::<Result<Vec<String>, _>>()?;
        Ok(LibraryCheck { info: self.info()?, integrity })
    }

    /// The desk's editor, whose name histories and shared rows record: set
    /// once in preferences.
    pub fn editor_name(&self) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT value FROM preference WHERE key = 'editor_name'", [], |r| r.get(0))
            .optional()?)
    }

    /// Sets the editor's name used in every history from now on.
    pub fn set_editor_name(&self, name: &str) -> Result<()> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::InvalidInput("the editor's name is empty".into()));
        }
        self.write(|tx| {
            tx.execute("INSERT OR REPLACE INTO preference (key, value) VALUES ('editor_name', ?1)", [name])?;
            Ok(())
        })
    }

    /// Limits the library file to `pages` pages, as a full disk would; for
    /// tests of what a failed write leaves behind.
    pub fn limit_size_for_tests(&self, pages: u32) -> Result<()> {
        self.conn.pragma_update(None, "max_page_count", pages)?;
        Ok(())
    }
}

/// Opens the file, refuses what is not ours to change, then sets the
/// connection up. Nothing is written before the checks pass.
/// A `read_only` library is opened for reading without journal files, and
/// nothing of it is set that would need a write.
pub(crate) fn connect(path: &Path, read_only: bool) -> Result<Connection> {
    if path.is_dir() {
        return Err(Error::InvalidInput(format!("{} is a folder, not a library file", path.display())));
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|source| Error::ReadOnly {
            path: path.to_path_buf(),
            reason: format!("cannot create the folder {}: {source}", parent.display()),
        })?;
    }
    let sqlite = |e| Error::from_sqlite(path, e);
    let conn = if read_only {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Connection::open_with_flags(crate::access::read_only_uri(path), flags).map_err(sqlite)?
    } else {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Connection::open_with_flags(path, flags).map_err(sqlite)?
    };
    conn.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;
    let found = migrate::current_version(&conn).map_err(sqlite)?;
    let supported = migrate::supported_version();
    if found > supported {
        return Err(Error::LibraryTooNew { path: path.to_path_buf(), found, supported });
    }
    if !is_ours(&conn, found).map_err(sqlite)? {
        return Err(Error::ForeignDatabase { path: path.to_path_buf() });
    }
    if read_only {
        conn.pragma_update(None, "foreign_keys", true).map_err(sqlite)?;
        return Ok(conn);
    }
    // Larger pages suit stories of several kilobytes and their search index;
    // SQLite applies this only to a library that has no pages yet.
    conn.pragma_update(None, "page_size", 8192).map_err(sqlite)?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0)).map_err(sqlite)?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::ReadOnly {
            path: path.to_path_buf(),
            reason: format!("SQLite could not switch it to WAL mode (still {mode})"),
        });
    }
    conn.pragma_update(None, "foreign_keys", true).map_err(sqlite)?;
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(sqlite)?;
    // 8 MB of pages kept by SQLite itself: the operating system caches the
    // file too, so a larger cache mostly doubles memory without speeding
    // search (measured with `attache bench search` on 100,000 stories).
    conn.pragma_update(None, "cache_size", -8_192).map_err(sqlite)?;
    // Copy the WAL into the library every 128 MB of changes, not SQLite's
    // default 8 MB: importing many stories rewrites the same index pages
    // again and again, and each checkpoint copies them again (imports of
    // 100,000 stories run about 10% faster). The WAL file is cut back to
    // that size after a checkpoint, never left larger.
    conn.pragma_update(None, "wal_autocheckpoint", WAL_CHECKPOINT_PAGES).map_err(sqlite)?;
    conn.pragma_update(None, "journal_size_limit", WAL_CHECKPOINT_PAGES * 8192).map_err(sqlite)?;
    Ok(conn)
}

/// True for an empty file or one of Attaché's: another program's SQLite file
/// (its own tables, no story table) is never taken over.
fn is_ours(conn: &Connection, version: u32) -> rusqlite::Result<bool> {
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    if objects == 0 {
        return Ok(version == 0);
    }
    let story: i64 =
        conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'story'", [], |r| r.get(0))?;
    Ok(story == 1 && version > 0)
}

/// Pages written to the WAL between checkpoints (of 8 KB each).
const WAL_CHECKPOINT_PAGES: i64 = 16_384;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connections_use_wal_foreign_keys_a_busy_timeout_and_large_checkpoints() {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::open(&dir.path().join("library.sqlite3")).unwrap();
        let number =
            |name: &str| library.conn().query_row(&format!("PRAGMA {name}"), [], |r| r.get::<_, i64>(0)).unwrap();
        let mode: String = library.conn().query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        assert_eq!(number("foreign_keys"), 1);
        assert_eq!(number("busy_timeout"), BUSY_TIMEOUT.as_millis() as i64);
        assert_eq!(number("page_size"), 8192);
        assert_eq!(number("wal_autocheckpoint"), WAL_CHECKPOINT_PAGES);
        assert_eq!(number("journal_size_limit"), WAL_CHECKPOINT_PAGES * 8192);
    }
}
