//! Writing and reading stories: create with duplicate detection, edit
//! (keeping revisions, `revisions.rs`), trash and restore. Each public method is one transaction.

use crate::clock::now;
use crate::dedupe::{body_key, url_key};
use crate::error::{Error, Result};
use crate::search::StoryFilters;
use crate::story::{draft_from_row, Added, DuplicateReason, Stories, Story, StoryDraft};
use crate::story_reader::{keep_reading, read_draft, Read, ANALYZER_VERSION};
use rusqlite::{params, Connection, OptionalExtension, Row};

impl Stories<'_> {
    /// How many stories are outside the trash, and how many in it: each
    /// answered from the listing index, not the rows.
    pub fn counts(&self) -> Result<(i64, i64)> {
        let conn = self.library.conn();
        let count = |sql: &str| conn.query_row(sql, [], |row| row.get::<_, i64>(0));
        let live = count("SELECT count(*) FROM story WHERE deleted_at IS NULL")?;
        Ok((live, count("SELECT count(*) FROM story WHERE deleted_at IS NOT NULL")?))
    }

    /// Adds a story unless the library already has it (same URL, or same
    /// normalized body). `origin` records the file it came from.
    pub fn add(&self, draft: StoryDraft, origin: Option<&str>) -> Result<Added> {
        let draft = draft.normalized()?;
        let read = read_draft(&draft);
        self.library.write(|tx| add_read(tx, &draft, origin, read))
    }

    /// Adds many stories in one transaction, each with its reading (quotes,
    /// claims, people), as pasting one does; a story that fails leaves
    /// nothing behind and is reported in its place, the others are added.
    /// The stories are read before the transaction opens.
    ///
    /// The batch is first written straight through. A savepoint per story
    /// would make FTS5 write its pending index out at every one, as a segment
    /// it must later merge: 10-20% of an import's time. Only if
    /// a write fails is the batch rolled back and written again with a
    /// savepoint per story, so the failing one is undone alone.
    pub fn add_all(&self, drafts: Vec<(StoryDraft, Option<String>)>) -> Result<Vec<Result<Added>>> {
        let path = self.library.path().to_path_buf();
        let count = drafts.len();
        let (mut valid, mut invalid) = (Vec::with_capacity(count), Vec::new());
        for (index, (draft, origin)) in drafts.into_iter().enumerate() {
            match draft.normalized() {
                Ok(draft) => valid.push((index, draft, origin)),
                Err(err) => invalid.push((index, err.on_library(&path))),
            }
        }
        let reads: Vec<Read> = valid.iter().map(|(_, draft, _)| read_draft(draft)).collect();
        let straight = self.library.write(|tx| {
            let stories = valid.iter().zip(reads);
            stories
                .map(|((_, draft, origin), read)| add_read(tx, draft, origin.as_deref(), read))
                .collect::<Result<Vec<_>>>()
        });
        let written: Vec<Result<Added>> = match straight {
            Ok(added) => added.into_iter().map(Ok).collect(),
            Err(_) => self.library.write(|tx| {
                let mut outcomes = Vec::with_capacity(valid.len());
                // The readings went with the failed batch; a failure is rare
                // enough that the stories are read again.
                for (_, draft, origin) in &valid {
                    tx.execute_batch("SAVEPOINT story")?;
                    let outcome =
                        add_read(tx, draft, origin.as_deref(), read_draft(draft)).map_err(|e| e.on_library(&path));
                    let close = if outcome.is_ok() { "RELEASE story" } else { "ROLLBACK TO story; RELEASE story" };
                    tx.execute_batch(close)?;
                    outcomes.push(outcome);
                }
                Ok(outcomes)
            })?,
        };
        // Back in the order given: each refused draft where it stood.
        let mut written = written.into_iter();
        let mut invalid = invalid.into_iter().peekable();
        Ok((0..count)
            .filter_map(|index| match invalid.next_if(|(at, _)| *at == index) {
                Some((_, err)) => Some(Err(err)),
                None => written.next(),
            })
            .collect())
    }

    /// The story with this id, trashed or not.
    pub fn get(&self, id: i64) -> Result<Story> {
        self.library
            .conn()
            .query_row(
                "SELECT id, headline, outlet, byline, published, url, body, origin, created_at, updated_at, deleted_at
                 FROM story WHERE id = ?1",
                [id],
                story_from_row,
            )
            .optional()?
            .ok_or(Error::NotFound { kind: "story", id })
            .and_then(|mut story| {
                story.draft.tags = tags_of(self.library.conn(), id)?;
                Ok(story)
            })
    }

    /// Saves new fields for a story, keeping the state it replaces as a
    /// revision. Saving unchanged fields writes nothing.
    pub fn update(&self, id: i64, draft: StoryDraft) -> Result<Story> {
        let draft = draft.normalized()?;
        let current = self.get(id)?;
        if current.draft == draft {
            return Ok(current);
        }
        let read = read_draft(&draft);
        self.library.write(|tx| {
            crate::revisions::keep_revision(tx, &current)?;
            tx.execute(
                "UPDATE story SET headline = ?2, outlet = ?3, byline = ?4, published = ?5, url = ?6, body = ?7,
                        body_key = ?8, updated_at = ?9, url_key = ?10 WHERE id = ?1",
                params![
                    id,
                    draft.headline,
                    draft.outlet,
                    draft.byline,
                    draft.published.map(|d| d.to_string()),
                    draft.url,
                    draft.body,
                    body_key(&draft.body),
                    now(),
                    draft.url.as_deref().map(url_key)
                ],
            )?;
            set_tags(tx, id, &draft.tags)?;
            keep_read(tx, id, read)
        })?;
        self.get(id)
    }

    /// Moves a story to the trash.
    pub fn trash(&self, id: i64) -> Result<()> {
        self.set_trashed(id, Some(now()))
    }

    /// Brings a story back from the trash.
    pub fn untrash(&self, id: i64) -> Result<()> {
        self.set_trashed(id, None)
    }

    fn set_trashed(&self, id: i64, at: Option<String>) -> Result<()> {
        let changed = self
            .library
            .write(|tx| Ok(tx.execute("UPDATE story SET deleted_at = ?2 WHERE id = ?1", params![id, at])?))?;
        if changed == 0 {
            return Err(Error::NotFound { kind: "story", id });
        }
        Ok(())
    }

    /// Deletes every story in the trash for good, with its revisions; returns
    /// how many.
    pub fn empty_trash(&self) -> Result<usize> {
        self.library.write(|tx| Ok(tx.execute("DELETE FROM story WHERE deleted_at IS NOT NULL", [])?))
    }

    /// The outlets and tags of the stories not in the trash, for filters.
    pub fn filters(&self) -> Result<StoryFilters> {
        // Each distinct value is read from its index, then kept if one story
        // outside the trash has it: a few look-ups per outlet or tag, where
        // checking every story for the trash read the whole library (0.5 s
        // on 100,000 stories, while the window waited to open).
        Ok(StoryFilters {
            outlets: self.strings(
                "SELECT o.outlet FROM (SELECT DISTINCT outlet FROM story WHERE outlet IS NOT NULL) AS o
                 WHERE EXISTS (SELECT 1 FROM story AS s WHERE s.outlet = o.outlet COLLATE NOCASE
                               AND s.outlet = o.outlet AND s.deleted_at IS NULL)
                 ORDER BY o.outlet COLLATE NOCASE, o.outlet",
            )?,
            tags: self.strings(
                "SELECT t.tag FROM (SELECT DISTINCT tag FROM story_tag) AS t
                 WHERE EXISTS (SELECT 1 FROM story_tag AS st JOIN story AS s ON s.id = st.story_id
                               WHERE st.tag = t.tag AND s.deleted_at IS NULL)
                 ORDER BY t.tag",
            )?,
        })
    }

    fn strings(&self, sql: &str) -> Result<Vec<String>> {
        let mut stmt = self.library.conn().prepare(sql)?;
        let values = stmt.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
        Ok(values)
    }
}

/// How many stories an analyzer older than `?1` read (or none did).
const COUNT_UNREAD: &str = "SELECT count(*) FROM story WHERE analyzed_with < ?1";

/// The first `?2` of those stories, oldest reading first, then by id: the
/// order of the reading index, so nothing is sorted and no row is read.
const FIRST_UNREAD: &str = "SELECT id FROM story WHERE analyzed_with < ?1 ORDER BY analyzed_with, id LIMIT ?2";

/// How many stories an analyzer older than `version` read.
pub(crate) fn count_read_before(conn: &Connection, version: i64) -> Result<usize> {
    let count: i64 = conn.query_row(COUNT_UNREAD, [version], |r| r.get(0))?;
    Ok(count as usize)
}

/// The first `limit` stories an analyzer older than `version` read.
pub(crate) fn ids_read_before(conn: &Connection, version: i64, limit: usize) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(FIRST_UNREAD)?;
    let ids = stmt.query_map(params![version, limit as i64], |r| r.get(0))?.collect::<Result<_, _>>()?;
    Ok(ids)
}

/// Up to `limit` story ids above `after`, in order.
pub(crate) fn ids_after(conn: &Connection, after: i64, limit: usize) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM story WHERE id > ?1 ORDER BY id LIMIT ?2")?;
    let ids = stmt.query_map(params![after, limit as i64], |r| r.get(0))?.collect::<Result<_, _>>()?;
    Ok(ids)
}

/// How many stories the library holds, the trash included.
pub(crate) fn count_all(conn: &Connection) -> Result<usize> {
    let count: i64 = conn.query_row("SELECT count(*) FROM story", [], |r| r.get(0))?;
    Ok(count as usize)
}

/// The day a story was published, if it says (a story that is not there is
/// an error).
pub(crate) fn published_on(conn: &Connection, id: i64) -> Result<Option<chrono::NaiveDate>> {
    let published: Option<Option<String>> =
        conn.query_row("SELECT published FROM story WHERE id = ?1", [id], |r| r.get(0)).optional()?;
    let published = published.ok_or(Error::NotFound { kind: "story", id })?;
    Ok(published.and_then(|d| d.parse().ok()))
}

/// Inserts `draft` with what was read of it, unless it duplicates a story
/// already there.
fn add_read(tx: &Connection, draft: &StoryDraft, origin: Option<&str>, read: Read) -> Result<Added> {
    let added = insert_story(tx, draft, origin)?;
    if let Added::Created { id } = added {
        keep_read(tx, id, read)?;
    }
    Ok(added)
}

/// Keeps what was read of story `id` and marks it read by this analyzer:
/// every writer of a reading goes through here, so the mark and the reading
/// never disagree.
pub(crate) fn keep_read(tx: &Connection, id: i64, read: Read) -> Result<()> {
    keep_reading(tx, id, read)?;
    tx.prepare_cached("UPDATE story SET analyzed_with = ?2 WHERE id = ?1")?.execute(params![id, ANALYZER_VERSION])?;
    Ok(())
}

/// Inserts `draft` inside `tx` unless it duplicates a story already there.
pub(crate) fn insert_story(tx: &Connection, draft: &StoryDraft, origin: Option<&str>) -> Result<Added> {
    let body_key = body_key(&draft.body);
    if let Some(added) = find_duplicate(tx, draft, &body_key)? {
        return Ok(added);
    }
    let at = now();
    // Cached: preparing it also compiles the search index's trigger, which
    // costs as much as a small story's insert.
    tx.prepare_cached(
        "INSERT INTO story (headline, outlet, byline, published, url, url_key, body, body_key, origin, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
    )?
    .execute(params![
            draft.headline,
            draft.outlet,
            draft.byline,
            draft.published.map(|d| d.to_string()),
            draft.url,
            draft.url.as_deref().map(url_key),
            draft.body,
            body_key,
            origin,
            at
        ],
    )?;
    let id = tx.last_insert_rowid();
    set_tags(tx, id, &draft.tags)?;
    Ok(Added::Created { id })
}

fn find_duplicate(tx: &Connection, draft: &StoryDraft, body_key: &str) -> Result<Option<Added>> {
    if let Some(url) = draft.url.as_deref().map(url_key) {
        let same_url: Option<i64> = tx
            .prepare_cached("SELECT id FROM story WHERE url_key = ?1 ORDER BY id LIMIT 1")?
            .query_row([url], |row| row.get(0))
            .optional()?;
        if let Some(id) = same_url {
            return Ok(Some(Added::Duplicate { id, reason: DuplicateReason::SameUrl }));
        }
    }
    let same_body: Option<i64> = tx
        .prepare_cached("SELECT id FROM story WHERE body_key = ?1 ORDER BY id LIMIT 1")?
        .query_row([body_key], |row| row.get(0))
        .optional()?;
    Ok(same_body.map(|id| Added::Duplicate { id, reason: DuplicateReason::SameBody }))
}

/// Replaces a story's tags.
pub(crate) fn set_tags(tx: &Connection, id: i64, tags: &[String]) -> Result<()> {
    tx.prepare_cached("DELETE FROM story_tag WHERE story_id = ?1")?.execute([id])?;
    let mut insert = tx.prepare_cached("INSERT INTO story_tag (story_id, tag) VALUES (?1, ?2)")?;
    for tag in tags {
        insert.execute(params![id, tag])?;
    }
    Ok(())
}

/// Marks a story as not yet read by any analyzer, so the catch-up reads it
/// (a story whose text came from another desk).
pub(crate) fn mark_unread(tx: &Connection, id: i64) -> Result<()> {
    tx.prepare_cached("UPDATE story SET analyzed_with = 0 WHERE id = ?1")?.execute([id])?;
    Ok(())
}

pub(crate) fn tags_of(conn: &rusqlite::Connection, id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT tag FROM story_tag WHERE story_id = ?1 ORDER BY tag")?;
    let tags = stmt.query_map([id], |row| row.get(0))?.collect::<Result<_, _>>()?;
    Ok(tags)
}

/// Reads headline, outlet, byline, published, url from `first` on, and the
/// body from column `body`; tags are left empty for the caller.
fn story_from_row(row: &Row) -> rusqlite::Result<Story> {
    Ok(Story {
        id: row.get(0)?,
        draft: draft_from_row(row, 1, 6)?,
        origin: row.get(7)?,
        created_at: row.get(8)?,
        updated_at: row.get(9)?,
        deleted_at: row.get(10)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Library;

    /// Both questions asked at every start are answered from the reading
    /// index, never by walking every story's row (and its text).
    #[test]
    fn unread_stories_are_found_from_the_index() {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::open(&dir.path().join("library.sqlite3")).unwrap();
        for sql in [COUNT_UNREAD, FIRST_UNREAD] {
            let mut plan = library.conn().prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
            let args = [ANALYZER_VERSION, 10];
            let args = rusqlite::params_from_iter(&args[..plan.parameter_count()]);
            let steps: Vec<String> = plan.query_map(args, |row| row.get(3)).unwrap().map(Result::unwrap).collect();
            assert!(steps.iter().any(|s| s.contains("INDEX story_by_reading")), "{sql}: {steps:?}");
            assert!(!steps.iter().any(|s| s.starts_with("SCAN story")), "{sql}: {steps:?}");
        }
    }
}
