//! Where the library lives: `--library`, then `ATTACHE_LIBRARY`, then the OS
//! data folder of the app's identifier, the same for the app and the CLI.

use std::path::PathBuf;

/// The app's identifier, as in `tauri.conf.json`; names the data folder.
pub const APP_IDENTIFIER: &str = "org.attache.desk";

/// The environment variable that chooses a library when no flag does.
pub const LIBRARY_ENV: &str = "ATTACHE_LIBRARY";

/// The library's file name inside the data folder.
pub const LIBRARY_FILE: &str = "library.sqlite3";

/// The default library: `$XDG_DATA_HOME/<identifier>/library.sqlite3`, else
/// `~/.local/share/<identifier>/library.sqlite3` (on macOS,
/// `~/Library/Application Support`; on Windows, `%APPDATA%`).
pub fn default_library_path() -> Option<PathBuf> {
    data_home().map(|dir| dir.join(APP_IDENTIFIER).join(LIBRARY_FILE))
}

fn data_home() -> Option<PathBuf> {
    let non_empty = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if cfg!(windows) {
        return non_empty("APPDATA");
    }
    let home = non_empty("HOME");
    if cfg!(target_os = "macos") {
        return home.map(|h| h.join("Library").join("Application Support"));
    }
    non_empty("XDG_DATA_HOME").or_else(|| home.map(|h| h.join(".local").join("share")))
}

/// The library to open: the explicit path if given, else `ATTACHE_LIBRARY`,
/// else the default. `None` only when no home folder is known.
pub fn resolve_library_path(explicit: Option<PathBuf>) -> Option<PathBuf> {
    explicit
        .or_else(|| std::env::var_os(LIBRARY_ENV).filter(|v| !v.is_empty()).map(PathBuf::from))
        .or_else(default_library_path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_path_wins() {
        let chosen = resolve_library_path(Some(PathBuf::from("/tmp/desk.sqlite3")));
        assert_eq!(chosen, Some(PathBuf::from("/tmp/desk.sqlite3")));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_default_ends_in_the_identifier_folder() {
        if let Some(path) = default_library_path() {
            assert!(path.ends_with("org.attache.desk/library.sqlite3"), "{}", path.display());
        }
    }
}
