//! Lists the officials of the travel records that the core ships
//! (`../attache-core/data/travels/`), so that a story naming "Blinken" alone
//! names a person: the file names are the officials' keys, and adding a
//! record file is all it takes.

#[path = "../attache-core/xml_files.rs"]
mod xml_files;

use std::fmt::Write as _;
use std::path::PathBuf;
use xml_files::xml_files;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let travels = manifest.join("../attache-core/data/travels");
    println!("cargo:rerun-if-changed={}", manifest.join("../attache-core/xml_files.rs").display());
    let mut code = String::new();
    code.push_str("/// Officials of the built-in travel records: (surname, given name), lower case.\n");
    code.push_str("pub const OFFICIAL_NAMES: &[(&str, &str)] = &[\n");
    for folder in ["secretaries", "presidents"] {
        let folder = travels.join(folder);
        println!("cargo:rerun-if-changed={}", folder.display());
        for path in xml_files(&folder) {
            let stem = path.file_stem().and_then(|n| n.to_str()).expect("a UTF-8 file name");
            let mut parts = stem.split('-');
            let (surname, given) = (parts.next().unwrap_or(stem), parts.next().unwrap_or(""));
            writeln!(code, "    ({surname:?}, {given:?}),").expect("a string");
        }
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("official_names.rs");
    std::fs::write(&out, code).expect("OUT_DIR is writable");
}
