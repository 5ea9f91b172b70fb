//! The story reader: a story's text read and what was read kept, in the
//! writer's transaction. The text is analysed (crate `attache-text`), the
//! editor's moved quote bounds are applied (`quote_bounds`), the quotes and
//! claims are stored (`readings`) and the people named are linked to their
//! records (`people`). Every writer of a story calls this one step, and the
//! stores it calls know nothing of each other.

use crate::analysis::analyze;
use crate::error::Result;
pub use crate::readings::ANALYZER_VERSION;
use crate::story::StoryDraft;
use rusqlite::Connection;

/// Reads a story's text and keeps what was read, replacing an earlier reading.
pub(crate) fn read_story(conn: &Connection, story_id: i64, draft: &StoryDraft) -> Result<()> {
    let text = format!("{}\n{}", draft.headline, draft.body);
    let mut analysis = analyze(&text, draft.published);
    crate::quote_bounds::apply_moves(conn, story_id, &text, &mut analysis.quotes)?;
    crate::readings::store_reading(conn, story_id, &analysis)?;
    crate::people::link_story_people(conn, story_id, &analysis.people)
}
