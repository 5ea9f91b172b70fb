//! The password kept beside the library in a file only its owner can read
//! (mode 0600), written whole: where no OS keyring runs.

use attache_core::{Error, Result};
use std::path::{Path, PathBuf};

/// Where the password of the library at `library` is kept.
pub fn path(library: &Path) -> PathBuf {
    let mut name = library.file_name().unwrap_or_default().to_os_string();
    name.push(".team-password");
    library.with_file_name(name)
}

/// Keeps the password (or forgets it, given `None`).
pub fn keep(library: &Path, password: Option<&str>) -> Result<()> {
    let file = path(library);
    let Some(password) = password else {
        return match std::fs::remove_file(&file) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::Io { path: file, source: e }),
            _ => Ok(()),
        };
    };
    let io = |e| Error::Io { path: file.clone(), source: e };
    let partial = file.with_extension("partial");
    {
        use std::io::Write as _;
        use std::os::unix::fs::OpenOptionsExt as _;
        let mut out = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&partial)
            .map_err(io)?;
        out.write_all(password.as_bytes()).map_err(io)?;
        out.sync_all().map_err(io)?;
    }
    std::fs::rename(&partial, &file).map_err(io)
}

/// The password kept, if any.
pub fn read(library: &Path) -> Result<Option<String>> {
    let file = path(library);
    match std::fs::read_to_string(&file) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::Io { path: file, source: e }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt as _;

    #[test]
    fn the_password_is_kept_for_its_owner_only_and_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let library = dir.path().join("library.sqlite");
        keep(&library, Some("s3cret")).unwrap();
        let mode = std::fs::metadata(path(&library)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(read(&library).unwrap().as_deref(), Some("s3cret"));
        keep(&library, None).unwrap();
        assert_eq!(read(&library).unwrap(), None);
    }
}
