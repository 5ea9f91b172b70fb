//! Lists the built-in reference data (`data/travels/`, `data/visits/`) for
//! the core to compile in, so that adding a record file is all it takes to
//! ship it: no list kept by hand that must agree with the folder.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let data = manifest.join("data");
    println!("cargo:rerun-if-changed={}", data.display());
    let mut code = String::new();
    for (constant, folders) in
        [("TRAVEL_FILES", &["travels/secretaries", "travels/presidents"][..]), ("VISIT_FILES", &["visits"][..])]
    {
        writeln!(code, "/// Built-in files: (name, XML).\npub const {constant}: &[(&str, &str)] = &[")
            .expect("a string");
        for folder in folders {
            for path in xml_files(&data.join(folder)) {
                println!("cargo:rerun-if-changed={}", path.display());
                let name = path.file_name().and_then(|n| n.to_str()).expect("a UTF-8 file name");
                writeln!(code, "    ({name:?}, include_str!({:?})),", path.display().to_string()).expect("a string");
            }
        }
        code.push_str("];\n");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("reference_files.rs");
    std::fs::write(&out, code).expect("OUT_DIR is writable");
}

/// The `.xml` files of a folder, sorted by name.
fn xml_files(folder: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    files.sort();
    files
}
