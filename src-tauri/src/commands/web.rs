//! Importing stories and sources from web addresses, with progress and
//! Cancel, and reading the pages kept as evidence.

use crate::desk::Desk;
use attache_core::sources::SourceDraft;
use attache_core::web_pages::{PageEvidence, SavedPage};
use attache_core::{ErrorPayload, ImportProgress, ImportResult};
use attache_web::{Limits, Target};
use std::sync::Arc;
use tauri::ipc::Channel;
use tauri::State;

type Result<T> = std::result::Result<T, ErrorPayload>;

/// Fetches each address and stores it as a story (or, with `as_sources`, a
/// source), its page kept as evidence; each address's result in order.
/// Runs on a connection of its own, so the window stays usable meanwhile.
#[tauri::command]
pub async fn import_addresses(
    desk: State<'_, Arc<Desk>>,
    addresses: Vec<String>,
    as_sources: bool,
    on_progress: Channel<ImportProgress>,
) -> Result<Vec<ImportResult>> {
    let cancel = desk.fetching();
    let target = if as_sources { Target::Sources(SourceDraft::default()) } else { Target::Stories };
    desk.run_own(move |library| {
        let each = |_: &ImportResult, step| drop(on_progress.send(step));
        Ok(attache_web::import_addresses(library, &addresses, &target, &Limits::default(), &cancel, each))
    })
    .await
}

/// Cancels the web import under way.
#[tauri::command]
pub async fn cancel_web_import(desk: State<'_, Arc<Desk>>) -> Result<()> {
    desk.stop_fetching();
    Ok(())
}

/// The pages kept for a story, newest first.
#[tauri::command]
pub async fn story_pages(desk: State<'_, Arc<Desk>>, id: i64) -> Result<Vec<PageEvidence>> {
    desk.run(move |library| library.web_pages().for_story(id)).await
}

/// The pages kept for a source, newest first.
#[tauri::command]
pub async fn source_pages(desk: State<'_, Arc<Desk>>, id: i64) -> Result<Vec<PageEvidence>> {
    desk.run(move |library| library.web_pages().for_source(id)).await
}

/// A kept page as text (its markup shown, never rendered), checked against its hash.
#[tauri::command]
pub async fn saved_page(desk: State<'_, Arc<Desk>>, id: i64) -> Result<SavedPage> {
    desk.run(move |library| library.web_pages().saved(id)).await
}
