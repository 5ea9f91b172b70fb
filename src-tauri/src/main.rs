//! The Attaché desktop app's entry point.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    attache_app::prepare_environment();
    attache_app::run()
}
