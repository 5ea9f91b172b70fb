//! Importing story files, with progress streamed to the UI.

use super::dialogs;
use crate::desk::Desk;
use attache_core::{ErrorPayload, ImportProgress, ImportResult};
use std::path::PathBuf;
use std::sync::Arc;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};

type Result<T> = std::result::Result<T, ErrorPayload>;

/// Imports the given files (dropped on the window).
#[tauri::command]
pub async fn import_files(
    desk: State<'_, Arc<Desk>>,
    paths: Vec<PathBuf>,
    on_progress: Channel<ImportProgress>,
) -> Result<Vec<ImportResult>> {
    import(&desk, paths, on_progress).await
}

/// Asks for files with the native dialog, then imports them; an empty list
/// when the editor cancels.
#[tauri::command]
pub async fn import_with_dialog<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Arc<Desk>>,
    on_progress: Channel<ImportProgress>,
) -> Result<Vec<ImportResult>> {
    match dialogs::pick_story_files(&app).await {
        Some(paths) => import(&desk, paths, on_progress).await,
        None => Ok(Vec::new()),
    }
}

async fn import(desk: &Arc<Desk>, paths: Vec<PathBuf>, progress: Channel<ImportProgress>) -> Result<Vec<ImportResult>> {
    desk.run(move |library| {
        // A closed channel only means the window stopped listening; the import goes on.
        Ok(attache_core::import::import_files(library, &paths, |step| drop(progress.send(step))))
    })
    .await
}
