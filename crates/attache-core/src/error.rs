//! Errors of the core, each with a stable machine-readable code.
//!
//! The UI and scripts branch on [`ErrorCode`], never on message text; messages
//! are for people and name the file or record and the problem.

use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// What went wrong, as a stable code that crosses IPC and the CLI's `--json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The library file is not an SQLite database.
    NotALibrary,
    /// The library was written by a newer Attaché and is left untouched.
    LibraryTooNew,
    /// The library (or its folder) cannot be written.
    ReadOnly,
    /// The disk (or the library's size limit) is full.
    DiskFull,
    /// Another process holds the library busy past the timeout.
    Busy,
    /// A file could not be read or written.
    Io,
    /// An imported file is empty.
    EmptyFile,
    /// An imported file is not text.
    BinaryFile,
    /// An imported file's text encoding is neither UTF-8 nor Windows-1252.
    UnknownEncoding,
    /// An imported file is larger than Attaché accepts.
    FileTooLarge,
    /// An imported file's type is not one Attaché reads.
    UnsupportedFile,
    /// An imported file does not follow its format (the message says where).
    MalformedFile,
    /// A value given by the user is not acceptable (named in the message).
    InvalidInput,
    /// The record asked for does not exist.
    NotFound,
    /// A name fits more than one person; the message lists the candidates.
    Ambiguous,
    /// The library's own data is damaged.
    Corrupt,
    /// Anything else from SQLite; the message carries its words.
    Database,
    /// A packet could not be laid out or written in its format (a broken
    /// template, a renderer's failure): not the editor's input.
    Render,
    /// A fault of the app itself (a background task failed).
    Internal,
    /// The team library's server cannot be reached (the message says why).
    ServerUnreachable,
    /// The team library's server refused the user name or password.
    AuthFailed,
    /// The server's user may not read or write this team library.
    Forbidden,
    /// The team library's server was set up by a newer Attaché.
    ServerTooNew,
    /// The desk has not joined a team library.
    NotInTeam,
    /// The team library's server failed otherwise; the message carries its words.
    Server,
    /// A web address's site cannot be reached (offline, no such host, refused).
    SiteUnreachable,
    /// A web page did not arrive in time.
    FetchTimeout,
    /// A web server answered with an error status (404, 500…), named in the message.
    HttpStatus,
    /// A web address redirects too often, or in a loop.
    TooManyRedirects,
    /// A web page's transfer failed part way (the message says how).
    FetchFailed,
    /// The editor cancelled before this item was done; nothing of it was kept.
    Cancelled,
}

/// An error of the core. `Display` is the message shown to people.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file at `path` is not an SQLite database.
    #[error("{} is not an Attaché library (not an SQLite database)", path.display())]
    NotALibrary { path: PathBuf },
    /// The file at `path` is another program's SQLite database.
    #[error("{} is another program's SQLite database, not an Attaché library; it was not changed", path.display())]
    ForeignDatabase { path: PathBuf },
    /// The library's schema version is newer than this binary knows.
    #[error(
        "{} was written by a newer version of Attaché (library version {found}, this version reads up to {supported}); it was not changed. Update Attaché to open it.",
        path.display()
    )]
    LibraryTooNew { path: PathBuf, found: u32, supported: u32 },
    /// The library cannot be written.
    #[error("{} cannot be written: {reason}", path.display())]
    ReadOnly { path: PathBuf, reason: String },
    /// The disk is full; the write was rolled back.
    #[error("the disk holding {} is full; nothing was written", path.display())]
    DiskFull { path: PathBuf },
    /// The library stayed locked by another process.
    #[error("{} is busy (another program is writing to it); try again", path.display())]
    Busy { path: PathBuf },
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    /// An import was refused; `code` says why and `problem` says it in words.
    #[error("{}: {problem}", path.display())]
    Import { path: PathBuf, code: ErrorCode, problem: String },
    /// A value from the user is not acceptable.
    #[error("{0}")]
    InvalidInput(String),
    /// A name the user gave fits several people: never a silent guess.
    #[error("{name:?} could be any of: {}; give more of the name", candidates.join("; "))]
    Ambiguous { name: String, candidates: Vec<String> },
    /// No record of that kind with that id.
    #[error("no {kind} with id {id}")]
    NotFound { kind: &'static str, id: i64 },
    /// Data in the library is not what Attaché wrote.
    #[error("the library's data is damaged: {0}")]
    Corrupt(String),
    /// A packet could not be rendered; the message says which part failed.
    #[error("{0}")]
    Render(String),
    /// A fault of Attaché itself, not of the input or the library.
    #[error("{0}")]
    Internal(String),
    /// The team library's server failed; `code` says how.
    #[error("{message}")]
    Team { code: ErrorCode, message: String },
    /// Another SQLite error; damage to the file reads as `corrupt`, with
    /// what to do.
    #[error("{}", database_message(.0))]
    Database(#[from] rusqlite::Error),
}

impl Error {
    /// The stable code of this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::NotALibrary { .. } | Error::ForeignDatabase { .. } => ErrorCode::NotALibrary,
            Error::LibraryTooNew { .. } => ErrorCode::LibraryTooNew,
            Error::ReadOnly { .. } => ErrorCode::ReadOnly,
            Error::DiskFull { .. } => ErrorCode::DiskFull,
            Error::Busy { .. } => ErrorCode::Busy,
            Error::Io { .. } => ErrorCode::Io,
            Error::Import { code, .. } => *code,
            Error::InvalidInput(_) => ErrorCode::InvalidInput,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Ambiguous { .. } => ErrorCode::Ambiguous,
            Error::Corrupt(_) => ErrorCode::Corrupt,
            Error::Render(_) => ErrorCode::Render,
            Error::Internal(_) => ErrorCode::Internal,
            Error::Team { code, .. } => *code,
            Error::Database(e) if is_damage(e) => ErrorCode::Corrupt,
            Error::Database(_) => ErrorCode::Database,
        }
    }

    /// A failure of the team library's server.
    pub fn team(code: ErrorCode, message: impl Into<String>) -> Self {
        Error::Team { code, message: message.into() }
    }

    /// An import refusal for `path`.
    pub fn import(path: &Path, code: ErrorCode, problem: impl Into<String>) -> Self {
        Error::Import { path: path.to_path_buf(), code, problem: problem.into() }
    }

    /// Gives a generic database error the meaning it has on the library at
    /// `path` (disk full, read-only…); other errors pass through.
    pub fn on_library(self, path: &Path) -> Self {
        match self {
            Error::Database(inner) => Error::from_sqlite(path, inner),
            other => other,
        }
    }

    /// Turns an SQLite failure on the library at `path` into the error an
    /// editor can act on (disk full, read-only, busy, not a database).
    pub fn from_sqlite(path: &Path, err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as Sqlite;
        let path = path.to_path_buf();
        match err.sqlite_error_code() {
            Some(Sqlite::DiskFull) => Error::DiskFull { path },
            Some(Sqlite::ReadOnly) | Some(Sqlite::CannotOpen) | Some(Sqlite::PermissionDenied) => {
                Error::ReadOnly { path, reason: err.to_string() }
            }
            Some(Sqlite::DatabaseBusy) | Some(Sqlite::DatabaseLocked) => Error::Busy { path },
            Some(Sqlite::NotADatabase) => Error::NotALibrary { path },
            _ => Error::Database(err),
        }
    }
}

/// True when SQLite says the file itself is damaged.
fn is_damage(err: &rusqlite::Error) -> bool {
    err.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt)
}

/// A database error in words; damage comes with the way out.
fn database_message(err: &rusqlite::Error) -> String {
    if is_damage(err) {
        format!(
            "the library file is damaged ({err}): `attache check` shows what can still be read; restore a backup \
             (`attache restore BACKUP`) or copy what can be read into a new library (`attache salvage LIBRARY NEW`)"
        )
    } else {
        format!("database error: {err}")
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error as it crosses a boundary (IPC, `--json`): a code to branch on and
/// a message to show.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ErrorPayload {
    /// What went wrong, stable across versions.
    pub code: ErrorCode,
    /// What to tell the editor.
    pub message: String,
}

impl From<&Error> for ErrorPayload {
    fn from(err: &Error) -> Self {
        ErrorPayload { code: err.code(), message: err.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disk_full_from_sqlite_keeps_the_path() {
        let sqlite = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL), None);
        let err = Error::from_sqlite(Path::new("/x/lib.sqlite3"), sqlite);
        assert_eq!(err.code(), ErrorCode::DiskFull);
        assert!(err.to_string().contains("/x/lib.sqlite3"));
    }

    #[test]
    fn payload_serializes_code_in_snake_case() {
        let err = Error::NotFound { kind: "story", id: 7 };
        let json = serde_json::to_value(ErrorPayload::from(&err)).unwrap();
        assert_eq!(json["code"], "not_found");
        assert_eq!(json["message"], "no story with id 7");
    }
}
