//! The analysis of each story as kept in the library: its quotes and claims,
//! rewritten whenever the story changes, and the editor's corrections, which
//! are kept apart and survive every re-analysis.

use crate::analysis::analyze;
use crate::analysis::ClaimKind;
use crate::clock::now;
use crate::error::{Error, Result};
use crate::library::Library;
use crate::stored_quotes::{
    kind_column, stored_quote, StoredClaim, StoredQuote, StoryReading, QUOTE_COLUMNS, QUOTE_JOINS,
};
use crate::story::StoryDraft;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

/// The analyzer's version: stories read by an older one are read again
/// (2: readings link stories to person records; 5: ordinal claims may name
/// an office instead of a person, a speaker's own count is a claim, and
/// speakers are read by the rules of this version).
pub const ANALYZER_VERSION: i64 = 5;

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

/// Reads a story's text and stores its quotes and claims, replacing what an
/// earlier reading stored.
pub(crate) fn store_reading(conn: &Connection, story_id: i64, draft: &StoryDraft) -> Result<()> {
    let text = format!("{}\n{}", draft.headline, draft.body);
    let mut analysis = analyze(&text, draft.published);
    crate::quote_bounds::apply_moves(conn, story_id, &text, &mut analysis.quotes)?;
    conn.execute("DELETE FROM quote WHERE story_id = ?1", [story_id])?;
    conn.execute("DELETE FROM claim WHERE story_id = ?1", [story_id])?;
    let mut quote = conn.prepare_cached(
        "INSERT INTO quote (story_id, start, \"end\", text, speaker, cue, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for q in &analysis.quotes {
        quote.execute(params![story_id, q.start as i64, q.end as i64, q.text, q.speaker, q.cue, q.kind.as_str()])?;
    }
    let mut claim = conn.prepare_cached(
        "INSERT INTO claim (story_id, start, \"end\", text, kind, ordinal) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for c in &analysis.claims {
        let ordinal =
            c.ordinal.as_ref().map(serde_json::to_string).transpose().map_err(|e| Error::Corrupt(e.to_string()))?;
        claim.execute(params![story_id, c.start as i64, c.end as i64, c.text, c.kind.as_str(), ordinal])?;
    }
    crate::people::link_story_people(conn, story_id, &analysis.people)?;
    conn.execute("UPDATE story SET analyzed_with = ?2 WHERE id = ?1", params![story_id, ANALYZER_VERSION])?;
    Ok(())
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
        self.write(|tx| drafts.iter().try_for_each(|(id, draft)| store_reading(tx, *id, draft)))
    }

    /// The quotes and claims of one story, in text order.
    pub fn story_reading(&self, story_id: i64) -> Result<StoryReading> {
        let story = self.story(story_id)?;
        let quotes = self.quotes_of(Some(story.id))?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT c.text, c.kind, c.start, c.\"end\", d.story_id IS NOT NULL FROM claim c
             LEFT JOIN claim_dismissal d ON d.story_id = c.story_id AND d.text = c.text
             WHERE c.story_id = ?1 ORDER BY c.start",
        )?;
        let claims = stmt
            .query_map([story.id], |r| {
                Ok(StoredClaim {
                    text: r.get(0)?,
                    kind: kind_column(r, 1, ClaimKind::parse)?,
                    start: r.get(2)?,
                    end: r.get(3)?,
                    dismissed: r.get(4)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(StoryReading { quotes, claims })
    }

    /// Quotes across the library (not in the trash), by speaker; or only
    /// those of one speaker, newest stories first: every name of their
    /// person record when the name has one, else matched case-insensitively
    /// by full name or surname.
    pub fn quotes(&self, speaker: Option<&str>) -> Result<Vec<StoredQuote>> {
        match speaker {
            Some(speaker) => self.quotes_of_speaker(speaker),
            None => self.quotes_of(None),
        }
    }

    /// Fails unless the story has a `quote` or `claim` (the table) with this text.
    pub(crate) fn require_found(&self, table: &'static str, story_id: i64, text: &str) -> Result<()> {
        let sql = format!("SELECT 1 FROM {table} WHERE story_id = ?1 AND text = ?2");
        let found: Option<i64> = self.conn().query_row(&sql, params![story_id, text], |r| r.get(0)).optional()?;
        match found {
            Some(_) => Ok(()),
            None => Err(Error::InvalidInput(format!("story {story_id} has no {table} “{text}”"))),
        }
    }

    /// The quotes of one story in text order, or of every story outside the
    /// trash by speaker, with the editor's fixes applied.
    fn quotes_of(&self, story: Option<i64>) -> Result<Vec<StoredQuote>> {
        let order = match story {
            Some(_) => "q.start",
            None => "who IS NULL, who COLLATE NOCASE, s.published DESC, q.story_id, q.start",
        };
        let mut stmt = self.conn().prepare_cached(&format!(
            "{QUOTE_COLUMNS} FROM quote q {QUOTE_JOINS} WHERE (?1 IS NULL AND s.deleted_at IS NULL) OR q.story_id = ?1 ORDER BY {order}"
        ))?;
        let rows = stmt.query_map([story], stored_quote)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Dismisses a claim of a story as not worth checking (or, with
    /// `dismissed` false, brings it back). Kept by its sentence, so it holds
    /// through edits elsewhere and re-analysis.
    pub fn dismiss_claim(&mut self, story_id: i64, text: &str, dismissed: bool) -> Result<()> {
        self.require_found("claim", story_id, text)?;
        self.write(|tx| {
            if dismissed {
                tx.execute(
                    "INSERT OR IGNORE INTO claim_dismissal (story_id, text, dismissed_at) VALUES (?1, ?2, ?3)",
                    params![story_id, text, now()],
                )?;
            } else {
                tx.execute("DELETE FROM claim_dismissal WHERE story_id = ?1 AND text = ?2", params![story_id, text])?;
            }
            Ok(())
        })
    }

    /// The editor's word on who said a quote in a story (`None`: no one can be
    /// named). It holds until changed, whatever re-analysis finds.
    pub fn fix_quote_speaker(&mut self, story_id: i64, text: &str, speaker: Option<&str>) -> Result<()> {
        self.require_found("quote", story_id, text)?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO quote_speaker_fix (story_id, text, speaker, fixed_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (story_id, text) DO UPDATE SET speaker = excluded.speaker, fixed_at = excluded.fixed_at",
                params![story_id, text, speaker.map(str::trim).filter(|s| !s.is_empty()), now()],
            )?;
            Ok(())
        })
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
