//! The library as a whole: its state, backups, and start-up timing.

use super::dialogs;
use crate::desk::Desk;
use crate::launch::Options;
use attache_core::{ErrorPayload, LibraryCheck, LibraryInfo};
use std::sync::Arc;
use tauri::{AppHandle, Runtime, State};

type Result<T> = std::result::Result<T, ErrorPayload>;

/// The library's path, schema version and counts; fails with the reason when
/// the library could not be opened. Cheap: the app calls it at start-up.
#[tauri::command]
pub async fn library_info(desk: State<'_, Arc<Desk>>) -> Result<LibraryInfo> {
    desk.run(|library| library.info()).await
}

/// SQLite's integrity check of the whole library file (slow on large ones).
#[tauri::command]
pub async fn check_library(desk: State<'_, Arc<Desk>>) -> Result<LibraryCheck> {
    desk.run(|library| library.check()).await
}

/// Asks where to write a backup, then writes it; the path, or `None` when
/// the editor cancels.
#[tauri::command]
pub async fn backup_with_dialog<R: Runtime>(app: AppHandle<R>, desk: State<'_, Arc<Desk>>) -> Result<Option<String>> {
    let suggested = format!("attache-backup-{}.sqlite3", chrono::Local::now().format("%Y-%m-%d"));
    let Some(dest) = dialogs::choose_backup_destination(&app, &suggested).await else { return Ok(None) };
    let shown = dest.display().to_string();
    desk.run(move |library| library.backup_to(&dest)).await?;
    Ok(Some(shown))
}

/// Asks for a backup, then restores the library from it; returns where the
/// replaced content was kept, or `None` when the editor cancels.
#[tauri::command]
pub async fn restore_with_dialog<R: Runtime>(app: AppHandle<R>, desk: State<'_, Arc<Desk>>) -> Result<Option<String>> {
    let Some(src) = dialogs::pick_backup(&app).await else { return Ok(None) };
    let kept = desk.run(move |library| library.restore_from(&src)).await?;
    Ok(Some(kept.display().to_string()))
}

/// Called by the UI once it has painted; with `--measure-startup`, prints the
/// time since start and quits. Returns the milliseconds.
#[tauri::command]
pub fn first_paint<R: Runtime>(app: AppHandle<R>, options: State<'_, Options>, desk: State<'_, Arc<Desk>>) -> u64 {
    let millis = options.started.elapsed().as_millis() as u64;
    if options.measure_startup {
        let library = desk.path().map(|p| p.display().to_string()).unwrap_or_default();
        println!("first_paint_ms={millis} library={library}");
        app.exit(0);
    }
    millis
}
