//! The team library from the window: where the desk stands, joining, syncing
//! with progress, conflicts and leaving. Joining and syncing talk to the
//! server on a connection of their own to the library, so the window's
//! other commands never wait on the network.

use crate::background;
use crate::desk::Desk;
use attache_core::team::{Conflict, SyncProgress, SyncReport, TeamStatus};
use attache_core::ErrorPayload;
use std::sync::Arc;
use tauri::ipc::Channel;
use tauri::{AppHandle, Runtime, State};

type Result<T> = std::result::Result<T, ErrorPayload>;

/// Where the desk stands with its team library; `null` while it works alone.
#[tauri::command]
pub async fn team_status(desk: State<'_, Arc<Desk>>) -> Result<Option<TeamStatus>> {
    desk.run(|library| library.team().status()).await
}

/// Joins the library to the team library at `url` (a postgres:// address
/// without its password), signing in with `password`.
#[tauri::command]
pub async fn team_connect(desk: State<'_, Arc<Desk>>, url: String, password: String) -> Result<Option<TeamStatus>> {
    desk.run_apart(move |library, network| network.block_on(attache_team::join(library, &url, Some(&password), None)))
        .await?;
    desk.run(|library| library.team().status()).await
}

/// Pushes this desk's changes and pulls the others', with progress; the
/// stories that came are then read like any other in the background.
#[tauri::command]
pub async fn team_sync<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Arc<Desk>>,
    on_progress: Channel<SyncProgress>,
) -> Result<SyncReport> {
    let report = desk
        .run_apart(move |library, network| {
            // A closed channel only means the window stopped listening; the sync goes on.
            network.block_on(attache_team::sync(library, &mut |step| drop(on_progress.send(step))))
        })
        .await?;
    if report.pulled > 0 {
        background::catch_up_analysis(app, Arc::clone(&desk));
    }
    Ok(report)
}

/// The conflicts found while syncing and not yet resolved.
#[tauri::command]
pub async fn team_conflicts(desk: State<'_, Arc<Desk>>) -> Result<Vec<Conflict>> {
    desk.run(|library| library.team().conflicts()).await
}

/// Resolves a conflict: keeps the current value, or takes the other.
#[tauri::command]
pub async fn team_resolve(desk: State<'_, Arc<Desk>>, id: i64, take_other: bool) -> Result<()> {
    desk.run(move |library| library.team().resolve(id, take_other)).await
}

/// Leaves the team library; the desk keeps its library.
#[tauri::command]
pub async fn team_leave(desk: State<'_, Arc<Desk>>) -> Result<()> {
    desk.run(|library| attache_team::leave(library)).await
}
