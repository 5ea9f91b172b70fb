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
/// or needing its `-wal` and `-shm` files: `immutable` when none exist (no
/// one is writing it), else read-only over the ones there.
pub(crate) fn read_only_uri(path: &Path) -> String {
    let mut encoded = String::new();
    for byte in path.display().to_string().bytes() {
        match byte {
            b'?' | b'#' | b'%' => encoded.push_str(&format!("%{byte:02X}")),
            _ => encoded.push(byte as char),
        }
    }
    let beside = |suffix: &str| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        Path::new(&name).exists()
    };
    let mode = if beside("-wal") || beside("-shm") { "mode=ro" } else { "immutable=1" };
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
