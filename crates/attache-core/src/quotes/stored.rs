//! The quotes and claims a library keeps of its stories, as the app, the
//! CLI and packets see them, and the SQL that reads a quote with the
//! editor's corrections (speaker fixes, moved bounds) and its person record.

use crate::analysis::{ClaimKind, QuoteKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A quote of a story, as the app and the editor's corrections refer to it:
/// the story and the quote's anchor, which the analyzer gives it and which
/// stays when the editor moves the quote's bounds (see the analysis'
/// `anchor.rs`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QuoteRef {
    /// The story the quote is in.
    pub story_id: i64,
    /// The quote's anchor in that story.
    pub anchor: String,
}

/// A quote found in a story of the library.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StoredQuote {
    /// The story it is in.
    pub story_id: i64,
    /// Its anchor in the story: with `story_id`, how it is referred to.
    pub anchor: String,
    /// That story's headline.
    pub headline: String,
    /// The words inside the quotation marks.
    pub text: String,
    /// Who said it: the editor's correction if there is one, else the analyzer's reading.
    pub speaker: Option<String>,
    /// True when the speaker is the editor's correction.
    pub speaker_fixed: bool,
    /// The cue word ("said").
    pub cue: Option<String>,
    /// A quote, or a fragment under six words.
    pub kind: QuoteKind,
    /// Character offsets in the story text (headline, newline, body).
    pub start: i64,
    pub end: i64,
    /// The person record the speaker's name belongs to, by its name.
    pub person: Option<String>,
    /// True when the editor moved the quote's boundaries.
    pub bounds_fixed: bool,
}

impl StoredQuote {
    /// How the app and the editor's corrections refer to this quote.
    pub fn reference(&self) -> QuoteRef {
        QuoteRef { story_id: self.story_id, anchor: self.anchor.clone() }
    }
}

/// A check-worthy claim found in a story.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StoredClaim {
    /// The sentence.
    pub text: String,
    /// What makes it check-worthy.
    pub kind: ClaimKind,
    /// Character offsets in the story text (headline, newline, body).
    pub start: i64,
    pub end: i64,
    /// True when the editor dismissed it as not worth checking.
    pub dismissed: bool,
}

/// Everything read in one story, for the story view.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StoryReading {
    /// Its quotes, in text order.
    pub quotes: Vec<StoredQuote>,
    /// Its claims, in text order.
    pub claims: Vec<StoredClaim>,
}

/// The columns `stored_quote` reads, from `QUOTE_JOINS` of quotes `q`.
pub(crate) const QUOTE_COLUMNS: &str = "SELECT q.story_id, s.headline, q.text,
        CASE WHEN f.story_id IS NOT NULL THEN f.speaker ELSE q.speaker END AS who,
        f.story_id IS NOT NULL, q.cue, q.kind, q.start, q.\"end\", p.name, b.story_id IS NOT NULL, q.anchor";

/// Joins quotes `q` to their stories `s`, the editor's speaker fixes `f`,
/// the person record `p` of the speaker `who` (the fix if there is one, else
/// the analyzer's reading) and moved bounds `b` (where the editor's words
/// still stand).
pub(crate) const QUOTE_JOINS: &str = "JOIN story s ON s.id = q.story_id
     LEFT JOIN quote_speaker_fix f ON f.story_id = q.story_id AND f.anchor = q.anchor
     LEFT JOIN person_name n ON n.name = (CASE WHEN f.story_id IS NOT NULL THEN f.speaker ELSE q.speaker END)
     LEFT JOIN person p ON p.id = n.person_id
     LEFT JOIN quote_bounds_fix b ON b.story_id = q.story_id AND b.anchor = q.anchor AND b.words = q.text";

/// A row of `QUOTE_COLUMNS`.
pub(crate) fn stored_quote(r: &rusqlite::Row) -> rusqlite::Result<StoredQuote> {
    Ok(StoredQuote {
        story_id: r.get(0)?,
        anchor: r.get(11)?,
        headline: r.get(1)?,
        text: r.get(2)?,
        speaker: r.get(3)?,
        speaker_fixed: r.get(4)?,
        cue: r.get(5)?,
        kind: kind_column(r, 6, QuoteKind::parse)?,
        start: r.get(7)?,
        end: r.get(8)?,
        person: r.get(9)?,
        bounds_fixed: r.get(10)?,
    })
}

/// A kind stored as its word, read back as the type; a word Attaché never
/// wrote is damage.
pub(crate) fn kind_column<T>(r: &rusqlite::Row, i: usize, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let word: String = r.get(i)?;
    parse(&word).ok_or_else(|| {
        let problem = format!("unknown kind {word:?}");
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, problem.into())
    })
}
