//! The analysis of each story as kept in the library: its quotes and claims,
//! rewritten whenever the story changes, and the editor's corrections, which
//! are kept apart and survive every re-analysis.

use super::Quotes;
use crate::analysis::Analysis;
use crate::analysis::ClaimKind;
use crate::analysis::Ordinal;
use crate::clock::now;
use crate::error::{Error, Result};
use crate::quotes::stored::{
    kind_column, stored_quote, QuoteRef, StoredClaim, StoredQuote, StoryReading, QUOTE_COLUMNS, QUOTE_JOINS,
};
use rusqlite::{params, Connection, OptionalExtension};

/// Stores a story's quotes and claims as read, replacing an earlier
/// reading's.
pub(crate) fn store_reading(conn: &Connection, story_id: i64, analysis: &Analysis) -> Result<()> {
    conn.execute("DELETE FROM quote WHERE story_id = ?1", [story_id])?;
    conn.execute("DELETE FROM claim WHERE story_id = ?1", [story_id])?;
    let mut quote = conn.prepare_cached(
        "INSERT INTO quote (story_id, start, \"end\", text, speaker, cue, kind, anchor)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for q in &analysis.quotes {
        let (start, end, kind) = (q.start as i64, q.end as i64, q.kind.as_str());
        quote.execute(params![story_id, start, end, q.text, q.speaker, q.cue, kind, q.anchor])?;
    }
    let mut claim = conn.prepare_cached(
        "INSERT INTO claim (story_id, start, \"end\", text, kind, ordinal) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for c in &analysis.claims {
        let ordinal =
            c.ordinal.as_ref().map(serde_json::to_string).transpose().map_err(|e| Error::Corrupt(e.to_string()))?;
        claim.execute(params![story_id, c.start as i64, c.end as i64, c.text, c.kind.as_str(), ordinal])?;
    }
    Ok(())
}

impl Quotes<'_> {
    /// The quotes and claims of one story, in text order.
    pub fn of_story(&self, story_id: i64) -> Result<StoryReading> {
        let story = self.library.stories().get(story_id)?;
        let quotes = self.quotes_of(Some(story.id))?;
        let mut stmt = self.library.conn().prepare_cached(
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
    pub fn list(&self, speaker: Option<&str>) -> Result<Vec<StoredQuote>> {
        match speaker {
            Some(speaker) => self.of_speaker(speaker),
            None => self.quotes_of(None),
        }
    }

    /// Fails unless the story has a `claim` (the table) with this text.
    pub(crate) fn require_found(&self, table: &'static str, story_id: i64, text: &str) -> Result<()> {
        let sql = format!("SELECT 1 FROM {table} WHERE story_id = ?1 AND text = ?2");
        let found: Option<i64> =
            self.library.conn().query_row(&sql, params![story_id, text], |r| r.get(0)).optional()?;
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
        let mut stmt = self.library.conn().prepare_cached(&format!(
            "{QUOTE_COLUMNS} FROM quote q {QUOTE_JOINS} WHERE (?1 IS NULL AND s.deleted_at IS NULL) OR q.story_id = ?1 ORDER BY {order}"
        ))?;
        let rows = stmt.query_map([story], stored_quote)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Dismisses a claim of a story as not worth checking (or, with
    /// `dismissed` false, brings it back). Kept by its sentence, so it holds
    /// through edits elsewhere and re-analysis.
    pub fn dismiss_claim(&self, story_id: i64, text: &str, dismissed: bool) -> Result<()> {
        self.require_found("claim", story_id, text)?;
        self.library.write(|tx| {
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

    /// The editor's word on who said a quote (`None`: no one can be named).
    /// It holds until changed, whatever re-analysis finds.
    pub fn fix_speaker(&self, quote: &QuoteRef, speaker: Option<&str>) -> Result<()> {
        let (text, _) = self.shown(quote)?;
        self.library.write(|tx| {
            tx.execute(
                "INSERT INTO quote_speaker_fix (story_id, anchor, text, speaker, fixed_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (story_id, anchor) DO UPDATE
                 SET text = excluded.text, speaker = excluded.speaker, fixed_at = excluded.fixed_at",
                params![quote.story_id, quote.anchor, text, speaker.map(str::trim).filter(|s| !s.is_empty()), now()],
            )?;
            Ok(())
        })
    }

    /// A quote as the library shows it: its words as the story now reads,
    /// and who said them (the editor's fix, else the analyzer's reading;
    /// `None` when neither names anyone). Fails when the story has no quote
    /// of that anchor.
    pub(crate) fn shown(&self, quote: &QuoteRef) -> Result<(String, Option<String>)> {
        let found = self
            .library
            .conn()
            .query_row(
                "SELECT q.text, CASE WHEN f.story_id IS NOT NULL THEN f.speaker ELSE q.speaker END FROM quote q
                 LEFT JOIN quote_speaker_fix f ON f.story_id = q.story_id AND f.anchor = q.anchor
                 WHERE q.story_id = ?1 AND q.anchor = ?2",
                params![quote.story_id, quote.anchor],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        found.ok_or_else(|| Error::InvalidInput(format!("story {} has no quote {}", quote.story_id, quote.anchor)))
    }
}

/// A story's ordinal claims not dismissed, in text order: the claim's
/// words, its character range and its parse.
pub(crate) fn ordinal_claims(conn: &Connection, story_id: i64) -> Result<Vec<(String, i64, i64, Ordinal)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT text, start, \"end\", ordinal FROM claim c WHERE story_id = ?1 AND ordinal IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM claim_dismissal d WHERE d.story_id = c.story_id AND d.text = c.text)
         ORDER BY start",
    )?;
    let rows = stmt.query_map([story_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, String>(3)?)))?;
    rows.map(|row| {
        let (text, start, end, json) = row?;
        let ordinal = serde_json::from_str(&json).map_err(|e| Error::Corrupt(format!("claim ordinal: {e}")))?;
        Ok((text, start, end, ordinal))
    })
    .collect()
}

/// A quote as a story outside the trash reported it, with the editor's
/// speaker where they fixed one.
pub(crate) struct ReportedQuote {
    pub story_id: i64,
    pub headline: String,
    pub published: Option<String>,
    pub text: String,
    pub speaker: Option<String>,
}

/// Hands every quote (not fragment) of the stories outside the trash to
/// `each`, oldest story first, one row at a time.
pub(crate) fn each_reported_quote(conn: &Connection, mut each: impl FnMut(ReportedQuote)) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT q.story_id, s.headline, s.published, q.text, coalesce(f.speaker, q.speaker)
         FROM quote q JOIN story s ON s.id = q.story_id
         LEFT JOIN quote_speaker_fix f ON f.story_id = q.story_id AND f.anchor = q.anchor
         WHERE s.deleted_at IS NULL AND q.kind = 'quote'
         ORDER BY s.published, q.story_id",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        each(ReportedQuote {
            story_id: r.get(0)?,
            headline: r.get(1)?,
            published: r.get(2)?,
            text: r.get(3)?,
            speaker: r.get(4)?,
        });
    }
    Ok(())
}
