//! A story's earlier states: each save keeps the state it replaces, restoring
//! one is itself a save, and a text another desk's edit replaced while the
//! two desks were apart is kept the same way, so no editor's words are lost.

use crate::clock::now;
use crate::error::{Error, Result};
use crate::story::{draft_from_row, Revision, Stories, Story};
use rusqlite::{params, Connection, Transaction};

impl Stories<'_> {
    /// The earlier states of a story, newest first.
    pub fn revisions(&self, id: i64) -> Result<Vec<Revision>> {
        self.get(id)?;
        let mut stmt = self.library.conn().prepare(
            "SELECT number, headline, outlet, byline, published, url, tags, body, saved_at
             FROM story_revision WHERE story_id = ?1 ORDER BY number DESC",
        )?;
        let rows = stmt.query_map([id], |row| {
            let tags: String = row.get(6)?;
            Ok((row.get::<_, i64>(0)?, draft_from_row(row, 1, 7)?, tags, row.get::<_, String>(8)?))
        })?;
        rows.map(|row| {
            let (number, mut draft, tags, saved_at) = row?;
            draft.tags = serde_json::from_str(&tags)
                .map_err(|e| Error::Corrupt(format!("tags of revision {number} of story {id}: {e}")))?;
            Ok(Revision { number, draft, saved_at })
        })
        .collect()
    }

    /// Makes revision `number` the current state; the state it replaces is
    /// kept as a new revision, so restoring is itself undoable.
    pub fn restore_revision(&self, id: i64, number: i64) -> Result<Story> {
        let revision = self
            .revisions(id)?
            .into_iter()
            .find(|r| r.number == number)
            .ok_or_else(|| Error::InvalidInput(format!("story {id} has no revision {number}")))?;
        self.update(id, revision.draft)
    }
}

/// Keeps a story's state as its next revision, before a save replaces it.
pub(crate) fn keep_revision(tx: &Transaction, story: &Story) -> Result<()> {
    let d = &story.draft;
    let tags = serde_json::to_string(&d.tags).map_err(|e| Error::Corrupt(e.to_string()))?;
    tx.execute(
        "INSERT INTO story_revision (story_id, number, headline, outlet, byline, published, url, tags, body, saved_at)
         VALUES (?1, (SELECT coalesce(max(number), 0) + 1 FROM story_revision WHERE story_id = ?1),
                 ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            story.id,
            d.headline,
            d.outlet,
            d.byline,
            d.published.map(|p| p.to_string()),
            d.url,
            tags,
            d.body,
            now()
        ],
    )?;
    Ok(())
}

/// Keeps as the story's next revision its current state with the headline
/// or body another desk's edit replaced (a conflict found while syncing),
/// under the name of the editor who wrote it.
pub(crate) fn keep_lost_text(
    tx: &Connection,
    story_uid: &str,
    headline: Option<&str>,
    body: Option<&str>,
    author: &str,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO story_revision (story_id, number, headline, outlet, byline, published, url, tags, body, saved_at, author)
         SELECT s.id, (SELECT coalesce(max(number), 0) + 1 FROM story_revision WHERE story_id = s.id),
                coalesce(?2, s.headline), s.outlet, s.byline, s.published, s.url,
                (SELECT json_group_array(tag) FROM (SELECT tag FROM story_tag WHERE story_id = s.id ORDER BY tag)),
                coalesce(?3, s.body), ?4, ?5
         FROM story s WHERE s.uid = ?1",
    )?
    .execute(params![story_uid, headline, body, now(), author])?;
    Ok(())
}
