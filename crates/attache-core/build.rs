//! Lists the built-in reference data (`data/travels/`, `data/visits/`) and
//! the migrations (`migrations/`) for the core to compile in, so that adding
//! a file is all it takes: no list kept by hand that must agree with a folder.

#[path = "xml_files.rs"]
mod xml_files;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use xml_files::xml_files;

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
    std::fs::write(out.with_file_name("migrations.rs"), migrations(&manifest.join("../../migrations")))
        .expect("OUT_DIR is writable");
}

/// The migrations of `migrations/`, in order: `NNNN_what.sql`, numbered from
/// 0001 with no gap, so that a new file is all it takes to add one and a
/// missing or doubled number fails the build.
fn migrations(folder: &Path) -> String {
    println!("cargo:rerun-if-changed={}", folder.display());
    let entries = std::fs::read_dir(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    let mut code = String::from("/// Every migration, in order (from `migrations/`, listed at build time).\n");
    code.push_str("pub const MIGRATIONS: &[Migration] = &[\n");
    for (index, path) in files.iter().enumerate() {
        let name = path.file_name().and_then(|n| n.to_str()).expect("a UTF-8 file name");
        let number: usize = name.get(..4).and_then(|n| n.parse().ok()).unwrap_or(0);
        assert!(
            number == index + 1 && name.as_bytes().get(4) == Some(&b'_'),
            "migrations/{name}: expected the number {:04}, then '_'",
            index + 1
        );
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(code, "    Migration {{ name: {name:?}, sql: include_str!({:?}) }},", path.display().to_string())
            .expect("a string");
    }
    code.push_str("];\n");
    code
}
