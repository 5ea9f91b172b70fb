//! The OS keyring, through the `keyring` crate: one entry per library file,
//! named by its full path. Every failure (no Secret Service on this
//! machine, a locked or refused keyring) reads as "no keyring", so the
//! caller falls back to the file.

use std::path::Path;

/// The keyring's service name for Attaché's team passwords.
const SERVICE: &str = "Attaché team library";

fn entry(library: &Path) -> Option<::keyring::Entry> {
    let absolute = std::path::absolute(library).unwrap_or_else(|_| library.to_path_buf());
    ::keyring::Entry::new(SERVICE, &absolute.to_string_lossy()).ok()
}

/// Keeps the password; false when no keyring took it.
pub fn keep(library: &Path, password: &str) -> bool {
    entry(library).is_some_and(|e| e.set_password(password).is_ok())
}

/// The password the keyring holds for the library, if it runs and has one.
pub fn read(library: &Path) -> Option<String> {
    entry(library)?.get_password().ok()
}

/// Forgets the library's password, if the keyring runs and has one.
pub fn forget(library: &Path) {
    if let Some(entry) = entry(library) {
        let _ = entry.delete_credential();
    }
}
