//! Whether a library can be written where it lies. A library on a read-only
//! mount, in a folder the editor cannot write, or in a file they may only
//! read is opened for reading (lists, search, packets, check, backup) with
//! the reason kept, and only writes are refused: SQLite would otherwise fail
//! to open it at all, or leave files beside it that block the next user.

use std::path::Path;

/// Why the library at `path` (which exists) cannot be written, if it cannot.
pub(crate) fn read_only_reason(path: &Path) -> Option<String> {
    if !writable(path) {
        return Some(format!("the file {} is read-only here", path.display()));
    }
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    (!writable(folder)).then(|| {
        format!("its folder {} cannot be written (SQLite keeps its journal files beside the library)", folder.display())
    })
}

/// True when opening for writing failed because the disk cannot take a
/// write now (full, or failing): the library may still be read.
pub(crate) fn cannot_write_now(err: &crate::error::Error) -> bool {
    use crate::error::{Error, ErrorCode};
    let io = |e: &rusqlite::Error| {
        matches!(e.sqlite_error_code(), Some(rusqlite::ErrorCode::SystemIoFailure | rusqlite::ErrorCode::DiskFull))
    };
    err.code() == ErrorCode::DiskFull || matches!(err, Error::Database(e) if io(e))
}

/// Why a library that could not be opened for writing is read only: its
/// disk is full, or (when space remains) the disk failed the write.
pub(crate) fn full_disk_reason(path: &Path, err: &crate::error::Error) -> String {
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if free_bytes(folder) == Some(0) {
        format!("the disk holding {} is full", folder.display())
    } else {
        format!("the disk holding {} refused a write ({err})", folder.display())
    }
}

/// The bytes the current user may still write on the disk holding `folder`.
#[cfg(unix)]
fn free_bytes(folder: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c_path = std::ffi::CString::new(folder.as_os_str().as_bytes()).ok()?;
    // SAFETY: `statvfs` fills the zeroed struct from a NUL-terminated path.
    unsafe {
        let mut stat: libc::statvfs = std::mem::zeroed();
        (libc::statvfs(c_path.as_ptr(), &mut stat) == 0).then(|| stat.f_bavail as u64 * stat.f_frsize as u64)
    }
}

#[cfg(not(unix))]
fn free_bytes(_folder: &Path) -> Option<u64> {
    None
}

/// True when the current user may write the file or folder (the operating
/// system's answer, read-only mounts included).
#[cfg(unix)]
fn writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else { return false };
    // SAFETY: `access` reads a NUL-terminated path and touches nothing else.
    unsafe { libc::access(c_path.as_ptr(), libc::W_OK) == 0 }
}

#[cfg(not(unix))]
fn writable(path: &Path) -> bool {
    std::fs::metadata(path).map(|m| !m.permissions().readonly()).unwrap_or(false)
}

/// The `file:` URI that opens a library for reading without SQLite creating
/// or needing its `-wal` and `-shm` files: `immutable` when no write-ahead
/// log holds anything (none is there, or an empty one a failed open left on
/// a full disk), else read-only over the journal there.
pub(crate) fn read_only_uri(path: &Path) -> String {
    let mut encoded = String::new();
    for byte in path.display().to_string().bytes() {
        match byte {
            b'?' | b'#' | b'%' => encoded.push_str(&format!("%{byte:02X}")),
            _ => encoded.push(byte as char),
        }
    }
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    let logged = std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0);
    let mode = if logged { "mode=ro" } else { "immutable=1" };
    format!("file:{encoded}?{mode}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_uri_escapes_what_sqlite_would_read_as_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a?b#c%d.sqlite3");
        assert!(read_only_uri(&path).ends_with("a%3Fb%23c%25d.sqlite3?immutable=1"));
        std::fs::write(dir.path().join("a?b#c%d.sqlite3-wal"), b"").unwrap();
        assert!(read_only_uri(&path).ends_with("?immutable=1"), "an empty journal holds nothing");
        std::fs::write(dir.path().join("a?b#c%d.sqlite3-wal"), b"frames").unwrap();
        assert!(read_only_uri(&path).ends_with("?mode=ro"), "a writer's journal is read, not ignored");
    }

    #[test]
    fn a_writable_library_has_no_reason() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("library.sqlite3");
        std::fs::write(&path, b"").unwrap();
        assert_eq!(read_only_reason(&path), None);
    }
}
