//! Person records, the editor's merges and splits, and reading the whole
//! library again (which is what links stories to records).

use crate::background;
use crate::desk::Desk;
use attache_core::people::PersonRecord;
use attache_core::ErrorPayload;
use std::sync::Arc;
use tauri::{AppHandle, Runtime, State};

type Result<T> = std::result::Result<T, ErrorPayload>;

/// Every person record, or those with a name containing `search`.
#[tauri::command]
pub async fn list_people(desk: State<'_, Arc<Desk>>, search: Option<String>) -> Result<Vec<PersonRecord>> {
    desk.run(move |library| library.people().list(search.as_deref())).await
}

/// Merges `others` into the record `into`.
#[tauri::command]
pub async fn merge_people(desk: State<'_, Arc<Desk>>, into: i64, others: Vec<i64>) -> Result<PersonRecord> {
    desk.run(move |library| library.people().merge(into, &others)).await
}

/// Splits the name `name` off record `id` into a record of its own.
#[tauri::command]
pub async fn split_person(desk: State<'_, Arc<Desk>>, id: i64, name: String) -> Result<PersonRecord> {
    desk.run(move |library| library.people().split(id, &name)).await
}

/// Starts reading every story again in the background; progress arrives as
/// `analysis-progress` events.
#[tauri::command]
pub async fn reanalyze_library<R: Runtime>(app: AppHandle<R>, desk: State<'_, Arc<Desk>>) -> Result<()> {
    background::reanalyze_library(app, Arc::clone(&desk));
    Ok(())
}

/// Stops the background reading after its current step.
#[tauri::command]
pub async fn stop_analysis(desk: State<'_, Arc<Desk>>) -> Result<()> {
    desk.stop_reading();
    Ok(())
}
