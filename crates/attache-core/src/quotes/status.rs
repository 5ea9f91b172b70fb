//! The editor's status for each quote (unverified, verified, disputed,
//! misquoted), kept as an append-only history with the author, the source
//! and verdict it rests on, and the differences the editor saw.

use super::Quotes;
use crate::clock::now;
use crate::error::{Error, Result};
use crate::quotes::stored::QuoteRef;
use crate::verify::{DiffOp, Verdict};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where the editor stands on a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VerificationStatus {
    Unverified,
    Verified,
    Disputed,
    Misquoted,
}

impl VerificationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unverified => "unverified",
            Self::Verified => "verified",
            Self::Disputed => "disputed",
            Self::Misquoted => "misquoted",
        }
    }

    /// The status for a word, as the CLI and the library write it.
    pub fn parse(word: &str) -> Option<Self> {
        [Self::Unverified, Self::Verified, Self::Disputed, Self::Misquoted].into_iter().find(|s| s.as_str() == word)
    }
}

/// One entry of a quote's status history.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct QuoteStatus {
    pub status: VerificationStatus,
    pub note: String,
    pub source_id: Option<i64>,
    pub verdict: Option<Verdict>,
    pub author: String,
    pub at: String,
}

impl Quotes<'_> {
    /// Records the editor's status for a quote (never replacing an earlier
    /// one); the author is the editor's name from preferences.
    pub fn set_status(
        &self,
        quote: &QuoteRef,
        status: VerificationStatus,
        note: &str,
        evidence: Option<(i64, Verdict)>,
    ) -> Result<QuoteStatus> {
        let (text, speaker) = self.shown(quote)?;
        // The differences the editor judged, kept with their judgment.
        let diff = match evidence {
            Some((source, _)) => {
                let diff = self.library.sources().verify_against(&text, speaker.as_deref(), source)?.check.diff;
                Some(serde_json::to_string(&diff).map_err(|e| Error::Internal(format!("a diff: {e}")))?)
            }
            None => None,
        };
        let author = self.library.editor_name()?.unwrap_or_else(|| "unnamed editor".into());
        let at = now();
        let verdict = evidence.map(|(_, v)| v.as_str());
        self.library.write(|tx| {
            tx.execute(
                "INSERT INTO quote_status (story_id, anchor, quote_text, status, note, source_id, verdict, author, at, diff)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    quote.story_id,
                    quote.anchor,
                    text,
                    status.as_str(),
                    note.trim(),
                    evidence.map(|e| e.0),
                    verdict,
                    author,
                    at,
                    diff
                ],
            )?;
            Ok(())
        })?;
        Ok(QuoteStatus {
            status,
            note: note.trim().into(),
            source_id: evidence.map(|e| e.0),
            verdict: evidence.map(|e| e.1),
            author,
            at,
        })
    }

    /// The differences the editor saw when they recorded the quote's latest
    /// status with evidence, as kept then; `None` for a status kept without
    /// them (recorded without evidence, or before they were kept).
    pub fn kept_diff(&self, quote: &QuoteRef) -> Result<Option<Vec<DiffOp>>> {
        let kept: Option<Option<String>> = self
            .library
            .conn()
            .query_row(
                "SELECT diff FROM quote_status WHERE story_id = ?1 AND anchor = ?2 ORDER BY id DESC LIMIT 1",
                params![quote.story_id, quote.anchor],
                |r| r.get(0),
            )
            .optional()?;
        kept.flatten()
            .map(|json| serde_json::from_str(&json).map_err(|e| Error::Corrupt(format!("a kept diff: {e}"))))
            .transpose()
    }

    /// A quote's status history, newest first.
    pub fn statuses(&self, quote: &QuoteRef) -> Result<Vec<QuoteStatus>> {
        let mut stmt = self.library.conn().prepare(
            "SELECT status, note, source_id, verdict, author, at FROM quote_status
             WHERE story_id = ?1 AND anchor = ?2 ORDER BY id DESC",
        )?;
        let rows = stmt.query_map(params![quote.story_id, quote.anchor], |r| {
            let word = |i: usize| r.get::<_, Option<String>>(i);
            Ok(QuoteStatus {
                status: VerificationStatus::parse(&r.get::<_, String>(0)?).unwrap_or(VerificationStatus::Unverified),
                note: r.get(1)?,
                source_id: r.get(2)?,
                verdict: word(3)?.as_deref().and_then(Verdict::parse),
                author: r.get(4)?,
                at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
