//! The story reader: a story's text read and what was read kept, in the
//! writer's transaction. The text is analysed (crate `attache-text`), the
//! editor's moved quote bounds are applied (`quotes::bounds`), the quotes and
//! claims are stored (`quotes::reading`) and the people named are linked to their
//! records (`people`). Every writer of a story reads it before its
//! transaction opens (`read_draft`) and keeps the reading inside it, with
//! the story (`keep_reading`, through `stories::keep_read`, which also marks
//! the story read by this version); the stores it calls know nothing of
//! each other.

use crate::analysis::{analyze, Analysis};
use crate::error::Result;
use crate::story::StoryDraft;
use rusqlite::Connection;

/// The analyzer's version: stories read by an older one are read again
/// (2: readings link stories to person records; 5: ordinal claims may name
/// an office instead of a person, a speaker's own count is a claim, and
/// speakers are read by the rules of this version; 6: a foreign leader the
/// story never titled is known by the office the visits records give, and
/// names inside a quotation are not whom "he" stands for).
pub const ANALYZER_VERSION: i64 = 6;

/// A story's text as read, before it is kept: reading needs no library, so
/// a batch is read before its transaction opens and the write stays short.
pub(crate) struct Read {
    text: String,
    analysis: Analysis,
}

/// Reads a draft's headline and body against its publication date.
pub(crate) fn read_draft(draft: &StoryDraft) -> Read {
    let text = format!("{}\n{}", draft.headline, draft.body);
    let analysis = analyze(&text, draft.published);
    Read { text, analysis }
}

/// Keeps what was read of story `story_id`, replacing an earlier reading,
/// with the editor's moved quote bounds applied.
pub(crate) fn keep_reading(conn: &Connection, story_id: i64, read: Read) -> Result<()> {
    let Read { text, mut analysis } = read;
    crate::quotes::bounds::apply_moves(conn, story_id, &text, &mut analysis.quotes)?;
    crate::quotes::reading::store_reading(conn, story_id, &analysis)?;
    crate::people::link_story_people(conn, story_id, &analysis.people)
}
