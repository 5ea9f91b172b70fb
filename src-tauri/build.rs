//! Builds the Tauri context. The commands come from one declaration, the
//! `#[tauri::command]` functions of `src/commands/` (read by `surface.rs`):
//! Tauri generates one permission per command, and the handler list the app
//! registers is written here, so neither is a list kept by hand.

// The capability and the TypeScript client are checked by tests/surface.rs.
#[path = "surface.rs"]
#[allow(dead_code)]
mod surface;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=src/commands");
    println!("cargo:rerun-if-changed=surface.rs");
    let commands = match surface::read(std::path::Path::new("src/commands")) {
        Ok(commands) => commands,
        Err(error) => {
            eprintln!("error: the app's commands could not be read: {error}");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("handlers.rs");
    if let Err(error) = std::fs::write(&out, surface::handlers(&commands)) {
        eprintln!("error: {}: {error}", out.display());
        std::process::exit(1);
    }
    // Tauri keeps the names for the life of the build.
    let names: Vec<&'static str> = commands.into_iter().map(|c| &*Box::leak(c.name.into_boxed_str())).collect();
    let manifest = tauri_build::AppManifest::new().commands(Box::leak(names.into_boxed_slice()));
    if let Err(error) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        eprintln!("error: tauri build step failed: {error:#}");
        std::process::exit(1);
    }
}
