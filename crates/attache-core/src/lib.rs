//! Attaché's core: the library of stories and everything done with it,
//! without any desktop dependency, so it builds and tests in seconds and
//! serves the app, the command-line tool and the tests alike.

mod access;
mod backup;
pub mod catch_up;
mod clock;
pub mod dedupe;
mod error;
pub mod factchecks;
pub mod files;
pub mod import;
mod library;
pub mod migrate;
pub mod packets;
pub mod paths;
pub mod people;
pub mod quotes;
pub mod record_files;
mod revisions;
pub mod salvage;
mod search;
mod snippet;
pub mod sources;
mod stores;
mod stories;
mod story;
mod story_reader;
pub mod team;
pub mod travels;
pub mod visits;
pub mod web_pages;

/// The pure reading of text (crate `attache-text`), under the core's name.
pub use attache_text::{analysis, verify};
pub use catch_up::AnalysisProgress;
pub use error::{Error, ErrorCode, ErrorPayload, Result};
pub use import::{ImportProgress, ImportResult};
pub use library::{Library, LibraryCheck, LibraryInfo};
pub use quotes::{QuotePage, QuoteQuery};
pub use quotes::{QuoteRef, StoredClaim, StoredQuote, StoryReading};
pub use search::{fts_query, StoryFilters, StoryPage, StoryQuery};
pub use snippet::{HIGHLIGHT_END, HIGHLIGHT_START};
pub use story::{Added, DuplicateReason, Revision, Stories, Story, StoryDraft, StorySummary};
pub use story_reader::ANALYZER_VERSION;

#[cfg(test)]
mod bindings;
