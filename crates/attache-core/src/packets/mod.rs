//! Briefing packets: what goes into one. The editor chooses stories (by
//! hand, by journey, by person or by dates) and the parts to include; this
//! module gathers the stories, quotes with their verification status,
//! fact-checks, claim checks, the itinerary and the sources into a
//! [`Packet`] that the renderers (crate `attache-packet`) turn into files.

mod gather;
mod term;

pub use gather::gather;
pub use term::{TermJourney, TermTimeline};

use crate::factchecks::FactCheck;
use crate::quotes::QuoteStatus;
use crate::sources::SourceSummary;
use crate::travels::{ClaimCheck, Journey};
use crate::verify::DiffOp;
use crate::web_pages::PageEvidence;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A step of a packet's export, for a progress bar: `done` of `total`
/// steps, the current one named ("gathering", "rendering", "writing").
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ExportStep {
    pub done: u32,
    pub total: u32,
    pub step: String,
}

/// The parts of a packet, each of which the editor can switch off.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PacketParts {
    pub cover: bool,
    pub summary: bool,
    pub itinerary: bool,
    pub people: bool,
    pub quotes: bool,
    pub factchecks: bool,
    pub claim_checks: bool,
    pub sources: bool,
}

impl Default for PacketParts {
    fn default() -> Self {
        PacketParts {
            cover: true,
            summary: true,
            itinerary: true,
            people: true,
            quotes: true,
            factchecks: true,
            claim_checks: true,
            sources: true,
        }
    }
}

/// What a packet is built around.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct PacketSelection {
    /// Stories chosen by hand.
    pub stories: Vec<i64>,
    /// A journey: the official and the journey's first day.
    pub journey_official: Option<String>,
    pub journey_start: Option<NaiveDate>,
    /// A person: stories quoting them, and checks of their claims.
    pub person: Option<String>,
    /// Stories published within these dates.
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub title: Option<String>,
    pub parts: PacketParts,
}

/// A story as a packet lists it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PacketStory {
    pub id: i64,
    pub headline: String,
    pub outlet: Option<String>,
    pub byline: Option<String>,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
    /// The page it was imported from, as kept (when it came from the web).
    pub fetched: Option<PageEvidence>,
}

/// A source as a packet lists it, with the page it was fetched from.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PacketSource {
    /// The source as listings show it (its fields, flattened).
    #[serde(flatten)]
    pub source: SourceSummary,
    /// The page it was imported from, as kept (when it came from the web).
    pub fetched: Option<PageEvidence>,
}

/// A quote with its latest verification status and, when that status names
/// a source, the word differences from it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PacketQuote {
    pub story_id: i64,
    pub headline: String,
    pub text: String,
    pub speaker: Option<String>,
    pub status: Option<QuoteStatus>,
    /// The quote against its source, word by word; empty with no source.
    pub diff: Vec<DiffOp>,
}

/// A person of the packet with their quotes.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PacketPerson {
    pub name: String,
    pub quotes: Vec<String>,
}

/// Everything a packet holds, ready to render.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Packet {
    pub title: String,
    /// The day it was made.
    pub date: NaiveDate,
    pub prepared_by: String,
    pub parts: PacketParts,
    /// One line on what the packet covers.
    pub summary: String,
    pub stories: Vec<PacketStory>,
    pub itinerary: Option<Journey>,
    /// The journeys of the term of the official the packet is about (its
    /// journey's, or the person's when they are an official of the records).
    pub term: Option<TermTimeline>,
    pub people: Vec<PacketPerson>,
    pub quotes: Vec<PacketQuote>,
    pub factchecks: Vec<FactCheck>,
    pub claim_checks: Vec<ClaimCheck>,
    pub sources: Vec<PacketSource>,
}
