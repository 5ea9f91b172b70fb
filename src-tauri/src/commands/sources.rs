//! Primary sources and the verification of quotes against them: the
//! verification panel's commands, and the editor's name for its history.

use super::dialogs;
use crate::desk::Desk;
use attache_core::quotes::{QuoteStatus, VerificationStatus};
use attache_core::sources::{DriftVersion, Source, SourceDraft, SourceSummary, Verification};
use attache_core::verify::Verdict;
use attache_core::{ErrorPayload, QuoteRef};
use std::sync::Arc;
use tauri::{AppHandle, Runtime, State};

type Result<T> = std::result::Result<T, ErrorPayload>;

/// Every source, or those matching words.
#[tauri::command]
pub async fn list_sources(desk: State<'_, Arc<Desk>>, search: Option<String>) -> Result<Vec<SourceSummary>> {
    desk.run(move |library| library.sources().list(search.as_deref())).await
}

/// One source with its text and turns.
#[tauri::command]
pub async fn get_source(desk: State<'_, Arc<Desk>>, id: i64) -> Result<Source> {
    desk.run(move |library| library.sources().get(id)).await
}

/// Stores a pasted source; returns its id.
#[tauri::command]
pub async fn add_source(desk: State<'_, Arc<Desk>>, draft: SourceDraft) -> Result<i64> {
    desk.run(move |library| library.sources().add(&draft)).await
}

/// Asks for a source file with the native dialog and stores it; null when cancelled.
#[tauri::command]
pub async fn import_source_with_dialog<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Arc<Desk>>,
) -> Result<Option<i64>> {
    match dialogs::pick_source_file(&app).await {
        Some(path) => {
            desk.run(move |library| library.sources().import_file(&path, &SourceDraft::default())).await.map(Some)
        }
        None => Ok(None),
    }
}

/// Checks a quote against one source, or finds its best sources in the library.
#[tauri::command]
pub async fn verify_quote(
    desk: State<'_, Arc<Desk>>,
    quote: String,
    speaker: Option<String>,
    source_id: Option<i64>,
) -> Result<Vec<Verification>> {
    desk.run(move |library| match source_id {
        Some(id) => library.sources().verify_against(&quote, speaker.as_deref(), id).map(|v| vec![v]),
        None => library.sources().verify_in_library(&quote, speaker.as_deref(), 5),
    })
    .await
}

/// Other stories' versions of the statement a quote matches in a source.
#[tauri::command]
pub async fn quote_drift(desk: State<'_, Arc<Desk>>, source_id: i64, quote: String) -> Result<Vec<DriftVersion>> {
    desk.run(move |library| library.sources().drift(source_id, &quote)).await
}

/// Records the editor's status for a quote (kept with every earlier one).
#[tauri::command]
pub async fn set_quote_status(
    desk: State<'_, Arc<Desk>>,
    quote: QuoteRef,
    status: VerificationStatus,
    note: String,
    source_id: Option<i64>,
    verdict: Option<Verdict>,
) -> Result<QuoteStatus> {
    let evidence = source_id.zip(verdict);
    desk.run(move |library| library.quotes().set_status(&quote, status, &note, evidence)).await
}

/// A quote's status history, newest first.
#[tauri::command]
pub async fn quote_statuses(desk: State<'_, Arc<Desk>>, quote: QuoteRef) -> Result<Vec<QuoteStatus>> {
    desk.run(move |library| library.quotes().statuses(&quote)).await
}

/// The editor's name, if set.
#[tauri::command]
pub async fn editor_name(desk: State<'_, Arc<Desk>>) -> Result<Option<String>> {
    desk.run(|library| library.editor_name()).await
}

/// Sets the editor's name for every history from now on.
#[tauri::command]
pub async fn set_editor_name(desk: State<'_, Arc<Desk>>, name: String) -> Result<()> {
    desk.run(move |library| library.set_editor_name(&name)).await
}
