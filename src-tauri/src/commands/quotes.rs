//! Quotes and claims read in stories, and the editor's corrections.

use crate::desk::Desk;
use attache_core::{ErrorPayload, QuotePage, QuoteQuery, QuoteRef, StoredQuote, StoryReading};
use std::sync::Arc;
use tauri::State;

type Result<T> = std::result::Result<T, ErrorPayload>;

/// A page of the library's quotes, newest stories first, narrowed by words or speaker.
#[tauri::command]
pub async fn list_quotes(desk: State<'_, Arc<Desk>>, query: QuoteQuery) -> Result<QuotePage> {
    desk.run(move |library| attache_core::quotes::page(library, &query)).await
}

/// The quotes and claims of one story.
#[tauri::command]
pub async fn story_reading(desk: State<'_, Arc<Desk>>, id: i64) -> Result<StoryReading> {
    desk.run(move |library| library.quotes().of_story(id)).await
}

/// The editor's word on who said a quote (`None`: no one can be named).
#[tauri::command]
pub async fn fix_quote_speaker(desk: State<'_, Arc<Desk>>, quote: QuoteRef, speaker: Option<String>) -> Result<()> {
    desk.run(move |library| library.quotes().fix_speaker(&quote, speaker.as_deref())).await
}

/// The editor's word on which words a quote spans; returns the quote as it
/// now reads.
#[tauri::command]
pub async fn move_quote(desk: State<'_, Arc<Desk>>, quote: QuoteRef, words: String) -> Result<StoredQuote> {
    desk.run(move |library| library.quotes().move_bounds(&quote, &words)).await
}

/// Dismisses a claim as not worth checking, or brings it back.
#[tauri::command]
pub async fn dismiss_claim(desk: State<'_, Arc<Desk>>, story_id: i64, text: String, dismissed: bool) -> Result<()> {
    desk.run(move |library| library.quotes().dismiss_claim(story_id, &text, dismissed)).await
}
