//! Attaché's desktop shell: a thin Tauri layer over `attache-core`.
//!
//! Each command is a short async adapter that runs core work on a blocking
//! thread, so the window never freezes; errors cross IPC as `{code, message}`.

mod background;
mod commands;
mod desk;
mod launch;
mod webview;

pub use background::catch_up_analysis;
pub use commands::ChosenFiles;
pub use desk::Desk;
pub use launch::Options;
use std::process::ExitCode;
use std::sync::Arc;
use tauri::ipc::Invoke;
use tauri::Runtime;
pub use webview::prepare_environment;

/// Every app command, registered with Tauri: the handler list `build.rs`
/// writes from the commands' one declaration (`surface.rs`). The app runs it
/// on the real window; the browser tests' server (`examples/serve-test.rs`)
/// on Tauri's mock runtime.
pub fn invoke_handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    include!(concat!(env!("OUT_DIR"), "/handlers.rs"))
}

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
        .invoke_handler(invoke_handler())
        .run(tauri::generate_context!());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("attache-app: the window could not be started: {error}");
            ExitCode::FAILURE
        }
    }
}
