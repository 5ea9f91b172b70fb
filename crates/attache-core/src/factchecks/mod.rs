//! The fact-check log: claims checked with a verdict on the newsroom's
//! rating scale, evidence, a workflow (open, in review, verified, published,
//! dropped) and a history that keeps every change.

mod history;
mod store;

pub use store::FactChecks;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a fact-check is in the newsroom's workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FactCheckStatus {
    Open,
    InReview,
    Verified,
    Published,
    Dropped,
}

impl FactCheckStatus {
    /// The word stored in the library.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::InReview => "in_review",
            Self::Verified => "verified",
            Self::Published => "published",
            Self::Dropped => "dropped",
        }
    }

    /// The status for a word as editors write it ("in review", "in_review").
    pub fn parse(word: &str) -> Option<Self> {
        let word = word.trim().to_lowercase().replace([' ', '-'], "_");
        [Self::Open, Self::InReview, Self::Verified, Self::Published, Self::Dropped]
            .into_iter()
            .find(|s| s.as_str() == word)
    }
}

/// A rating of the newsroom's scale, with what ClaimReview needs of it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Rating {
    pub id: i64,
    pub name: String,
    /// 1 (worst) to 5 (best), or none ("Unverifiable").
    pub value: Option<i64>,
    /// ClaimReview's `alternateName`.
    pub alternate_name: String,
    pub position: i64,
}

/// A fact-check as the editor starts it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, TS)]
pub struct FactCheckDraft {
    pub claim: String,
    pub claimant: Option<String>,
    /// The story it appeared in; its URL and date fill in what is not given.
    pub story_id: Option<i64>,
    pub appeared_url: Option<String>,
    pub appeared_date: Option<NaiveDate>,
    /// The quote or claim sentence of the story it was started from.
    pub origin_text: Option<String>,
    /// A rating name of the scale.
    pub verdict: Option<String>,
    pub summary: Option<String>,
}

/// What kind of thing a piece of evidence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    Source,
    Verification,
    TravelCheck,
    Url,
    Note,
}

impl EvidenceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Source => "source",
            Self::Verification => "verification",
            Self::TravelCheck => "travel_check",
            Self::Url => "url",
            Self::Note => "note",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        [Self::Source, Self::Verification, Self::TravelCheck, Self::Url, Self::Note]
            .into_iter()
            .find(|k| k.as_str() == word)
    }
}

/// A piece of evidence as the editor adds it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, TS)]
pub struct EvidenceDraft {
    pub kind: EvidenceKind,
    /// What it points at: a URL, a source id and passage, a story and claim (as text or JSON).
    pub reference: Option<String>,
    /// What it shows, in words.
    pub shows: String,
}

/// A piece of evidence of a fact-check.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Evidence {
    pub id: i64,
    pub kind: EvidenceKind,
    pub reference: Option<String>,
    pub shows: String,
    pub added_at: String,
}

/// A fact-check with its verdict and evidence.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FactCheck {
    pub id: i64,
    pub claim: String,
    pub claimant: Option<String>,
    pub story_id: Option<i64>,
    pub story_headline: Option<String>,
    pub appeared_url: Option<String>,
    pub appeared_date: Option<NaiveDate>,
    pub origin_text: Option<String>,
    pub status: FactCheckStatus,
    pub verdict: Option<Rating>,
    pub summary: String,
    pub created_at: String,
    pub updated_at: String,
    pub evidence: Vec<Evidence>,
}

/// One change in a fact-check's history.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FactCheckEvent {
    pub at: String,
    pub author: String,
    /// `created`, `status`, `verdict`, `summary` or `evidence`.
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Which fact-checks a listing shows.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, TS)]
pub struct FactCheckFilter {
    pub status: Option<FactCheckStatus>,
    /// A rating name.
    pub verdict: Option<String>,
    /// Part of the claimant's name, any case.
    pub claimant: Option<String>,
    /// Appeared (or, failing that, created) on or after / before these dates.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}
