//! Reading and editing stories.

use crate::desk::Desk;
use attache_core::{
    import::parse_plain, Added, ErrorPayload, Revision, Story, StoryDraft, StoryFilters, StoryPage, StoryQuery,
};
use std::sync::Arc;
use tauri::State;

type Result<T> = std::result::Result<T, ErrorPayload>;

/// Lists or searches stories.
#[tauri::command]
pub async fn list_stories(desk: State<'_, Arc<Desk>>, query: StoryQuery) -> Result<StoryPage> {
    desk.run(move |library| library.stories().search(&query)).await
}

/// The outlets and tags to filter by.
#[tauri::command]
pub async fn story_filters(desk: State<'_, Arc<Desk>>) -> Result<StoryFilters> {
    desk.run(|library| library.stories().filters()).await
}

/// One story, whole.
#[tauri::command]
pub async fn get_story(desk: State<'_, Arc<Desk>>, id: i64) -> Result<Story> {
    desk.run(move |library| library.stories().get(id)).await
}

/// A story from pasted text: the first line is the headline.
#[tauri::command]
pub async fn create_story(desk: State<'_, Arc<Desk>>, text: String) -> Result<Added> {
    desk.run(move |library| library.stories().add(parse_plain(&text), None)).await
}

/// Saves a story's fields, keeping the previous state as a revision.
#[tauri::command]
pub async fn update_story(desk: State<'_, Arc<Desk>>, id: i64, draft: StoryDraft) -> Result<Story> {
    desk.run(move |library| library.stories().update(id, draft)).await
}

/// A story's earlier states, newest first.
#[tauri::command]
pub async fn list_revisions(desk: State<'_, Arc<Desk>>, id: i64) -> Result<Vec<Revision>> {
    desk.run(move |library| library.stories().revisions(id)).await
}

/// Makes an earlier state current again.
#[tauri::command]
pub async fn restore_revision(desk: State<'_, Arc<Desk>>, id: i64, number: i64) -> Result<Story> {
    desk.run(move |library| library.stories().restore_revision(id, number)).await
}

/// Moves a story to the trash.
#[tauri::command]
pub async fn trash_story(desk: State<'_, Arc<Desk>>, id: i64) -> Result<()> {
    desk.run(move |library| library.stories().trash(id)).await
}

/// Brings a story back from the trash.
#[tauri::command]
pub async fn untrash_story(desk: State<'_, Arc<Desk>>, id: i64) -> Result<()> {
    desk.run(move |library| library.stories().untrash(id)).await
}

/// Deletes the trash for good; returns how many stories went.
#[tauri::command]
pub async fn empty_trash(desk: State<'_, Arc<Desk>>) -> Result<usize> {
    desk.run(|library| library.stories().empty_trash()).await
}
