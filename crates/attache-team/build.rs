//! Lists the team server's migrations (`migrations/team/`) for the crate to
//! compile in, numbered from 0001 with no gap: adding a file is all it takes.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let folder = manifest.join("../../migrations/team");
    println!("cargo:rerun-if-changed={}", folder.display());
    let entries = std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    let mut code = String::from("/// The server's migrations, in order (`migrations/team/`): (name, SQL).\n");
    code.push_str("pub const SERVER_MIGRATIONS: &[(&str, &str)] = &[\n");
    for (index, path) in files.iter().enumerate() {
        let name = path.file_name().and_then(|n| n.to_str()).expect("a UTF-8 file name");
        let number: usize = name.get(..4).and_then(|n| n.parse().ok()).unwrap_or(0);
        assert!(number == index + 1, "migrations/team/{name}: expected the number {:04}", index + 1);
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(code, "    ({name:?}, include_str!({:?})),", path.display().to_string()).expect("a string");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("server_migrations.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
