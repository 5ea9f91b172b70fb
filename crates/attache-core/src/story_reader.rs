//! The story reader: a story's text read and what was read kept, in the
//! writer's transaction. The text is analysed (crate `attache-text`), the
//! editor's moved quote bounds are applied (`quote_bounds`), the quotes and
//! claims are stored (`readings`) and the people named are linked to their
//! records (`people`). Every writer of a story calls this one step, and the
//! stores it calls know nothing of each other. Stories read by an older
//! analyzer are read again here, in batches, as the app does in the background.

use crate::analysis::analyze;
use crate::error::Result;
use crate::library::Library;
pub use crate::readings::ANALYZER_VERSION;
use crate::story::StoryDraft;
use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

/// Progress of reading stories in the background, for the app's status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct AnalysisProgress {
    /// Stories read so far.
    pub done: u32,
    /// Stories to read in all.
    pub total: u32,
    /// True when the editor stopped the reading before the end: the stories
    /// not reached keep their earlier reading.
    pub stopped: bool,
}

/// Reads a story's text and keeps what was read, replacing an earlier reading.
pub(crate) fn read_story(conn: &Connection, story_id: i64, draft: &StoryDraft) -> Result<()> {
    let text = format!("{}\n{}", draft.headline, draft.body);
    let mut analysis = analyze(&text, draft.published);
    crate::quote_bounds::apply_moves(conn, story_id, &text, &mut analysis.quotes)?;
    crate::readings::store_reading(conn, story_id, &analysis)?;
    crate::people::link_story_people(conn, story_id, &analysis.people)
}

/// How many stories an analyzer older than `?1` read (or none did).
const COUNT_UNREAD: &str = "SELECT count(*) FROM story WHERE analyzed_with < ?1";

/// The first `?2` of those stories, oldest reading first, then by id: the
/// order of the reading index, so nothing is sorted and no row is read.
const FIRST_UNREAD: &str = "SELECT id FROM story WHERE analyzed_with < ?1 ORDER BY analyzed_with, id LIMIT ?2";

/// Stories analysed per transaction when catching up.
const STORIES_PER_TRANSACTION: usize = 100;

impl Library {
    /// Reads every story not yet read by this analyzer (new imports, stories
    /// of an older library), reporting `(done, total)` after each batch and
    /// stopping early when `progress` returns false. Returns how many were read.
    pub fn analyze_pending(&mut self, mut progress: impl FnMut(usize, usize) -> bool) -> Result<usize> {
        let total = self.pending_analysis()?;
        let mut done = 0;
        while done < total {
            let read = self.analyze_some(STORIES_PER_TRANSACTION)?;
            if read == 0 {
                break;
            }
            done += read;
            if !progress(done, total) {
                break;
            }
        }
        Ok(done)
    }

    /// How many stories this analyzer has not read yet (none in a library
    /// that can only be read: its stories are shown as last read).
    pub fn pending_analysis(&self) -> Result<usize> {
        if self.read_only().is_some() {
            return Ok(0);
        }
        let count: i64 = self.conn().query_row(COUNT_UNREAD, [ANALYZER_VERSION], |r| r.get(0))?;
        Ok(count as usize)
    }

    /// Reads up to `limit` stories not read yet, in one transaction; returns
    /// how many. Lets a caller (the app) read a large library in small steps
    /// and let other work through in between.
    pub fn analyze_some(&mut self, limit: usize) -> Result<usize> {
        let pending: Vec<i64> = {
            let mut stmt = self.conn().prepare_cached(FIRST_UNREAD)?;
            let ids =
                stmt.query_map(params![ANALYZER_VERSION, limit as i64], |r| r.get(0))?.collect::<Result<_, _>>()?;
            ids
        };
        self.analyze_stories(&pending)?;
        Ok(pending.len())
    }

    /// Reads again, whatever analyzer read them before, up to `limit` stories
    /// with ids above `after`, in one transaction. Returns how many were read
    /// and the last id, for the next step (none when no story is left).
    pub fn reanalyze_after(&mut self, after: i64, limit: usize) -> Result<(usize, Option<i64>)> {
        let ids: Vec<i64> = {
            let mut stmt = self.conn().prepare_cached("SELECT id FROM story WHERE id > ?1 ORDER BY id LIMIT ?2")?;
            let ids = stmt.query_map(params![after, limit as i64], |r| r.get(0))?.collect::<Result<_, _>>()?;
            ids
        };
        self.analyze_stories(&ids)?;
        Ok((ids.len(), ids.last().copied()))
    }

    /// How many stories the library holds, the trash included.
    pub fn story_count(&self) -> Result<usize> {
        let count: i64 = self.conn().query_row("SELECT count(*) FROM story", [], |r| r.get(0))?;
        Ok(count as usize)
    }

    /// Reads the given stories in one transaction.
    pub(crate) fn analyze_stories(&mut self, ids: &[i64]) -> Result<()> {
        let drafts: Vec<(i64, StoryDraft)> =
            ids.iter().map(|&id| self.story(id).map(|s| (id, s.draft))).collect::<Result<_>>()?;
        self.write(|tx| drafts.iter().try_for_each(|(id, draft)| read_story(tx, *id, draft)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
