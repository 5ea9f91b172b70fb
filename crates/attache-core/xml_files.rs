//! The `.xml` files of a data folder, for the build scripts of this crate and
//! of `attache-text`, which list the built-in records at build time.

use std::path::{Path, PathBuf};

/// The `.xml` files of a folder, sorted by name.
pub fn xml_files(folder: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    files.sort();
    files
}
