//! The Visits section: officials, stops, journeys, ordinals, regions, the
//! import of travel records, and the check of a story's "Nth visit" claims.

use super::dialogs;
use crate::desk::Desk;
use attache_core::travels::{
    ClaimCheck, JourneyAnswer, JourneyQuery, Official, OrdinalAnswer, Override, Region, Stop, StopDraft, TravelFlag,
    TravelImport,
};
use attache_core::visits::{CountryVisits, VisitOrdinalAnswer, VisitQuery};
use attache_core::ErrorPayload;
use chrono::NaiveDate;
use std::sync::Arc;
use tauri::{AppHandle, Runtime, State};

type Result<T> = std::result::Result<T, ErrorPayload>;

/// Every official in the travel records.
#[tauri::command]
pub async fn list_officials(desk: State<'_, Arc<Desk>>) -> Result<Vec<Official>> {
    desk.run(|library| library.travels().officials()).await
}

/// Every region with its countries.
#[tauri::command]
pub async fn list_regions(desk: State<'_, Arc<Desk>>) -> Result<Vec<Region>> {
    desk.run(|library| library.travels().regions()).await
}

/// Creates or replaces a region.
#[tauri::command]
pub async fn set_region(desk: State<'_, Arc<Desk>>, name: String, countries: Vec<String>) -> Result<Region> {
    desk.run(move |library| library.travels().set_region(&name, &countries)).await
}

/// An official's stops, in date order.
#[tauri::command]
pub async fn list_stops(desk: State<'_, Arc<Desk>>, official: String) -> Result<Vec<Stop>> {
    desk.run(move |library| library.travels().stops(&official)).await
}

/// An official's journeys, numbered within a scope and dates.
#[tauri::command]
pub async fn list_journeys(desk: State<'_, Arc<Desk>>, query: JourneyQuery) -> Result<JourneyAnswer> {
    desk.run(move |library| library.travels().journeys(&query)).await
}

/// The ordinal of the journey on a date, with the count shown.
#[tauri::command]
pub async fn journey_ordinal(desk: State<'_, Arc<Desk>>, query: JourneyQuery, on: NaiveDate) -> Result<OrdinalAnswer> {
    desk.run(move |library| library.travels().ordinal(&query, on)).await
}

/// Every country's visits to the United States, for the timeline's lanes.
#[tauri::command]
pub async fn list_visits_by_country(desk: State<'_, Arc<Desk>>) -> Result<Vec<CountryVisits>> {
    desk.run(|library| library.visits().by_country()).await
}

/// The ordinal of a foreign leader's visit to the United States on a date.
#[tauri::command]
pub async fn visit_ordinal(desk: State<'_, Arc<Desk>>, query: VisitQuery, on: NaiveDate) -> Result<VisitOrdinalAnswer> {
    desk.run(move |library| library.visits().ordinal(&query, on)).await
}

/// Adds a stop typed by the editor.
#[tauri::command]
pub async fn add_stop(desk: State<'_, Arc<Desk>>, draft: StopDraft) -> Result<i64> {
    desk.run(move |library| library.travels().add_stop(&draft)).await
}

/// Changes a stop.
#[tauri::command]
pub async fn update_stop(desk: State<'_, Arc<Desk>>, id: i64, draft: StopDraft) -> Result<()> {
    desk.run(move |library| library.travels().update_stop(id, &draft)).await
}

/// Splits or joins journeys at a stop, or returns to the rule there (`kind` null).
#[tauri::command]
pub async fn set_journey_override(
    desk: State<'_, Arc<Desk>>,
    official: String,
    day: NaiveDate,
    country: String,
    kind: Option<Override>,
) -> Result<()> {
    desk.run(move |library| library.travels().set_journey_override(&official, day, &country, kind)).await
}

/// Records kept but flagged for the editor.
#[tauri::command]
pub async fn travel_flags(desk: State<'_, Arc<Desk>>) -> Result<Vec<TravelFlag>> {
    desk.run(|library| library.travels().flags()).await
}

/// Asks for travel-record files with the native dialog, then imports them
/// in one transaction; an empty list when the editor cancels.
#[tauri::command]
pub async fn import_travels_with_dialog<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Arc<Desk>>,
) -> Result<Vec<TravelImport>> {
    match dialogs::pick_travel_records(&app).await {
        Some(paths) => desk.run(move |library| attache_core::record_files::import_travel_files(library, &paths)).await,
        None => Ok(Vec::new()),
    }
}

/// Checks a story's "Nth visit" claims against the records.
#[tauri::command]
pub async fn check_story_claims(desk: State<'_, Arc<Desk>>, story_id: i64) -> Result<Vec<ClaimCheck>> {
    desk.run(move |library| attache_core::travels::check_story_claims(library, story_id)).await
}

/// Draws the journeys answering `query` as an SVG image and saves it where
/// the editor chooses (never half-written); the path, or null when cancelled.
#[tauri::command]
pub async fn export_timeline_with_dialog<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Arc<Desk>>,
    query: JourneyQuery,
) -> Result<Option<String>> {
    let svg = desk
        .run({
            let query = query.clone();
            move |library| library.travels().timeline_image(&query)
        })
        .await?;
    let suggested = format!("{} journeys.svg", query.official);
    let Some(path) =
        dialogs::choose_export_destination(&app, "Export the timeline", &suggested, ("SVG image", "svg")).await
    else {
        return Ok(None);
    };
    attache_core::files::write_atomically(&path, svg.as_bytes()).map_err(|e| ErrorPayload::from(&e))?;
    Ok(Some(path.display().to_string()))
}
