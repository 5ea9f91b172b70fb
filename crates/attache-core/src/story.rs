//! Stories: the news articles in a library, as the app and the CLI see them.

use crate::library::Library;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The stories store: the only writer of stories, their tags, revisions and trash, and the reader of their search index.
pub struct Stories<'a> {
    pub(crate) library: &'a Library,
}

/// The fields of a story an editor writes: what paste, import and edit carry.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct StoryDraft {
    /// The headline; never empty.
    pub headline: String,
    /// The publication it appeared in.
    pub outlet: Option<String>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// The publication date (YYYY-MM-DD).
    #[ts(type = "string | null")]
    pub published: Option<NaiveDate>,
    /// Where it was published.
    pub url: Option<String>,
    /// The editor's tags.
    pub tags: Vec<String>,
    /// The text, as plain text.
    pub body: String,
}

impl StoryDraft {
    /// Trims every field, drops empty optional ones, sorts and dedupes tags,
    /// and refuses a draft without a headline.
    pub fn normalized(mut self) -> crate::Result<Self> {
        self.headline = self.headline.trim().to_string();
        if self.headline.is_empty() {
            return Err(crate::Error::InvalidInput("a story needs a headline".into()));
        }
        let clean = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        self.outlet = clean(self.outlet);
        self.byline = clean(self.byline);
        self.url = clean(self.url);
        self.body = self.body.trim().to_string();
        let mut tags: Vec<String> = self.tags.iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
        tags.sort();
        tags.dedup();
        self.tags = tags;
        Ok(self)
    }
}

/// A story in the library.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Story {
    /// The story's id in this library.
    pub id: i64,
    /// The editable fields.
    #[serde(flatten)]
    pub draft: StoryDraft,
    /// The file it was imported from, if any.
    pub origin: Option<String>,
    /// When it entered the library (RFC 3339).
    pub created_at: String,
    /// When it was last saved (RFC 3339).
    pub updated_at: String,
    /// When it was moved to the trash, if it is there.
    pub deleted_at: Option<String>,
}

/// A story as listed: everything but the body, plus a search snippet.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StorySummary {
    /// The story's id.
    pub id: i64,
    /// The headline.
    pub headline: String,
    /// The publication.
    pub outlet: Option<String>,
    /// The author.
    pub byline: Option<String>,
    /// The publication date.
    #[ts(type = "string | null")]
    pub published: Option<NaiveDate>,
    /// The URL.
    pub url: Option<String>,
    /// The tags.
    pub tags: Vec<String>,
    /// For a search: the best passage of the body, matches between U+E000 and
    /// U+E001 (private-use marks the UI turns into highlights, never HTML).
    pub snippet: Option<String>,
    /// True when the story is in the trash.
    pub in_trash: bool,
}

/// One earlier state of a story, kept when a save replaced it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Revision {
    /// 1 for the first state replaced, counting up.
    pub number: i64,
    /// The fields as they were.
    pub draft: StoryDraft,
    /// When a save replaced this state (RFC 3339).
    pub saved_at: String,
}

/// What happened to one story offered to the library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Added {
    /// A new story with this id.
    Created {
        /// The new story's id.
        id: i64,
    },
    /// The library already has it; nothing was added.
    Duplicate {
        /// The existing story's id.
        id: i64,
        /// What matched.
        reason: DuplicateReason,
    },
}

impl Added {
    /// The id of the story created, or of the one it duplicates.
    pub fn id(self) -> i64 {
        match self {
            Added::Created { id } | Added::Duplicate { id, .. } => id,
        }
    }
}

/// Why a story counts as one the library already has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateReason {
    /// The same URL.
    SameUrl,
    /// The same body once case, typography and spacing are set aside.
    SameBody,
}

/// Reads a story's fields from a row: the headline and the four after it
/// from column `first`, the body from column `body` (tags are read apart).
pub(crate) fn draft_from_row(row: &rusqlite::Row, first: usize, body: usize) -> rusqlite::Result<StoryDraft> {
    Ok(StoryDraft {
        headline: row.get(first)?,
        outlet: row.get(first + 1)?,
        byline: row.get(first + 2)?,
        published: crate::clock::parse_stored_date(row.get(first + 3)?)?,
        url: row.get(first + 4)?,
        tags: Vec::new(),
        body: row.get(body)?,
    })
}
