//! The editor's password for the team library's server: in the OS keyring
//! (the Secret Service on Linux desktops: GNOME Keyring, KWallet) where one
//! runs, else in a file beside the library only its owner can read.

mod file;
mod keyring;

pub use file::path;

use attache_core::Result;
use std::path::Path;

/// Where a password was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// In the OS keyring.
    Keyring,
    /// In the 0600 file beside the library ([`path`]): no keyring runs here.
    File,
}

/// Keeps the password of the library at `library`, in the keyring if one
/// runs (and then in no file), else in the file.
pub fn keep(library: &Path, password: &str) -> Result<Kept> {
    if keyring::keep(library, password) {
        file::keep(library, None)?;
        return Ok(Kept::Keyring);
    }
    file::keep(library, Some(password))?;
    Ok(Kept::File)
}

/// Forgets the password wherever it was kept.
pub fn forget(library: &Path) -> Result<()> {
    keyring::forget(library);
    file::keep(library, None)
}

/// The password kept for the library, if any: the keyring's, else the file's.
pub fn read(library: &Path) -> Result<Option<String>> {
    match keyring::read(library) {
        Some(password) => Ok(Some(password)),
        None => file::read(library),
    }
}

/// Where the library's password is kept, if anywhere.
pub fn kept(library: &Path) -> Option<Kept> {
    if keyring::read(library).is_some() {
        Some(Kept::Keyring)
    } else {
        path(library).exists().then_some(Kept::File)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where the password goes depends on whether a keyring runs: the test
    /// script runs this test without one and again under a Secret Service,
    /// saying which in `ATTACHE_TEST_KEYRING` (`absent` or `present`).
    #[test]
    fn the_password_goes_to_the_keyring_where_one_runs_else_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let library = dir.path().join("library.sqlite");
        let kept = keep(&library, "s3cret").unwrap();
        match std::env::var("ATTACHE_TEST_KEYRING").as_deref() {
            Ok("present") => assert_eq!(kept, Kept::Keyring),
            Ok("absent") => assert_eq!(kept, Kept::File),
            _ => {}
        }
        assert_eq!(path(&library).exists(), kept == Kept::File, "a file only without a keyring");
        assert_eq!(super::kept(&library), Some(kept));
        assert_eq!(read(&library).unwrap().as_deref(), Some("s3cret"));
        keep(&library, "changed").unwrap();
        assert_eq!(read(&library).unwrap().as_deref(), Some("changed"));
        forget(&library).unwrap();
        assert_eq!(read(&library).unwrap(), None);
        assert!(!path(&library).exists());
        assert_eq!(super::kept(&library), None);
    }
}
