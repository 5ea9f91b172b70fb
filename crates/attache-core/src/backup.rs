//! Backing up and restoring a library with SQLite's online backup API.
//!
//! Both work while the app has the library open. A backup is written to a
//! temporary file beside its destination and renamed into place, so a failed
//! backup never leaves a half-written file. A restore first checks the backup,
//! then keeps the library it replaces beside it, so nothing is lost.

use crate::error::{Error, Result};
use crate::library::Library;
use crate::migrate;
use rusqlite::{Connection, OpenFlags, MAIN_DB};
use std::path::{Path, PathBuf};

impl Library {
    /// Writes a consistent copy of the library to `dest`.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        if dest == self.path() {
            return Err(Error::InvalidInput(format!("{} is the library itself; choose another file", dest.display())));
        }
        crate::files::remove_stale_partials(dest);
        let partial = crate::files::partial_path(dest);
        let result = self
            .conn()
            .backup(MAIN_DB, &partial, None::<fn(rusqlite::backup::Progress)>)
            .map_err(|e| Error::from_sqlite(dest, e))
            .and_then(|()| {
                std::fs::rename(&partial, dest).map_err(|source| Error::Io { path: dest.to_path_buf(), source })
            });
        if result.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        result
    }

    /// Replaces the library's content with the backup at `src`, after checking
    /// that it is a sound Attaché library. The content replaced is first saved
    /// beside the library; its path is returned.
    pub fn restore_from(&mut self, src: &Path) -> Result<PathBuf> {
        let version = check_backup(src)?;
        let kept = self
            .path()
            .with_extension(format!("before-restore-{}.sqlite3", chrono::Utc::now().format("%Y%m%dT%H%M%S")));
        self.backup_to(&kept)?;
        let path = self.path().to_path_buf();
        self.conn_mut()
            .restore(MAIN_DB, src, None::<fn(rusqlite::backup::Progress)>)
            .map_err(|e| Error::from_sqlite(&path, e))?;
        if version < migrate::supported_version() {
            migrate::migrate_to(self.conn_mut(), migrate::supported_version())
                .map_err(|e| Error::from_sqlite(&path, e))?;
        }
        Ok(kept)
    }
}

/// Opens `src` read-only and checks it can be restored; returns its version.
fn check_backup(src: &Path) -> Result<u32> {
    if !src.is_file() {
        return Err(Error::Io {
            path: src.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such backup file"),
        });
    }
    let sqlite = |e| Error::from_sqlite(src, e);
    let conn = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(sqlite)?;
    let version = migrate::current_version(&conn).map_err(sqlite)?;
    let supported = migrate::supported_version();
    if version > supported {
        return Err(Error::LibraryTooNew { path: src.to_path_buf(), found: version, supported });
    }
    let has_stories: bool = conn
        .query_row("SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = 'story'", [], |r| r.get(0))
        .map_err(sqlite)?;
    if version == 0 || !has_stories {
        return Err(Error::NotALibrary { path: src.to_path_buf() });
    }
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(sqlite)?;
    if integrity != "ok" {
        return Err(Error::Corrupt(format!("{} fails SQLite's integrity check: {integrity}", src.display())));
    }
    Ok(version)
}
