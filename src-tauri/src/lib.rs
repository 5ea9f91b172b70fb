//! Attaché's desktop shell: a thin Tauri layer over `attache-core`.
//!
//! Each command is a short async adapter that runs core work on a blocking
//! thread, so the window never freezes; errors cross IPC as `{code, message}`.

mod background;
mod commands;
mod desk;
mod launch;
mod webview;

use desk::Desk;
use std::process::ExitCode;
use std::sync::Arc;
pub use webview::prepare_environment;

/// Starts the app; returns when its window is closed.
pub fn run() -> ExitCode {
    let options = match launch::Options::from_args(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("attache-app: {message}");
            return ExitCode::from(2);
        }
    };
    let desk = Arc::new(Desk::open(options.library.clone()));
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup({
            let desk = Arc::clone(&desk);
            move |app| {
                webview::tune(app)?;
                background::catch_up_analysis(app.handle().clone(), desk);
                Ok(())
            }
        })
        .manage(desk)
        .manage(options)
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handlers.rs")))
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("attache-app: the window could not be started: {error}");
            ExitCode::FAILURE
        }
    }
}
