//! The Fact-checks section: the log, one check's page, and starting a check
//! from a story's quote or claim.

use crate::desk::Desk;
use attache_core::factchecks::{
    EvidenceDraft, FactCheck, FactCheckDraft, FactCheckEvent, FactCheckFilter, FactCheckStatus, Rating,
};
use attache_core::ErrorPayload;
use std::sync::Arc;
use tauri::State;

type Result<T> = std::result::Result<T, ErrorPayload>;

/// The newsroom's rating scale.
#[tauri::command]
pub async fn list_ratings(desk: State<'_, Arc<Desk>>) -> Result<Vec<Rating>> {
    desk.run(|library| library.factchecks().ratings()).await
}

/// Adds a rating to the newsroom's scale, or changes one's number and
/// ClaimReview name.
#[tauri::command]
pub async fn set_rating(
    desk: State<'_, Arc<Desk>>,
    name: String,
    value: Option<i64>,
    alternate_name: String,
) -> Result<Rating> {
    desk.run(move |library| library.factchecks().set_rating(&name, value, &alternate_name)).await
}

/// Fact-checks matching the filter.
#[tauri::command]
pub async fn list_factchecks(desk: State<'_, Arc<Desk>>, filter: FactCheckFilter) -> Result<Vec<FactCheck>> {
    desk.run(move |library| library.factchecks().list(&filter)).await
}

/// One fact-check.
#[tauri::command]
pub async fn get_factcheck(desk: State<'_, Arc<Desk>>, id: i64) -> Result<FactCheck> {
    desk.run(move |library| library.factchecks().get(id)).await
}

/// Starts a fact-check typed by the editor.
#[tauri::command]
pub async fn add_factcheck(desk: State<'_, Arc<Desk>>, draft: FactCheckDraft) -> Result<FactCheck> {
    desk.run(move |library| library.factchecks().add(&draft)).await
}

/// Starts a fact-check from a story's quote or claim, filled in from it.
#[tauri::command]
pub async fn factcheck_from_story(desk: State<'_, Arc<Desk>>, story_id: i64, text: String) -> Result<FactCheck> {
    desk.run(move |library| library.factchecks().from_story(story_id, &text)).await
}

/// Moves a fact-check through the workflow.
#[tauri::command]
pub async fn set_factcheck_status(desk: State<'_, Arc<Desk>>, id: i64, status: FactCheckStatus) -> Result<FactCheck> {
    desk.run(move |library| library.factchecks().set_status(id, status)).await
}

/// Gives a fact-check a verdict of the scale.
#[tauri::command]
pub async fn set_factcheck_verdict(desk: State<'_, Arc<Desk>>, id: i64, verdict: String) -> Result<FactCheck> {
    desk.run(move |library| library.factchecks().set_verdict(id, &verdict)).await
}

/// Rewrites a fact-check's summary.
#[tauri::command]
pub async fn set_factcheck_summary(desk: State<'_, Arc<Desk>>, id: i64, summary: String) -> Result<FactCheck> {
    desk.run(move |library| library.factchecks().set_summary(id, &summary)).await
}

/// Adds evidence to a fact-check.
#[tauri::command]
pub async fn add_evidence(desk: State<'_, Arc<Desk>>, id: i64, draft: EvidenceDraft) -> Result<FactCheck> {
    desk.run(move |library| library.factchecks().add_evidence(id, &draft)).await
}

/// A fact-check's history, oldest first.
#[tauri::command]
pub async fn factcheck_log(desk: State<'_, Arc<Desk>>, id: i64) -> Result<Vec<FactCheckEvent>> {
    desk.run(move |library| library.factchecks().log(id)).await
}
