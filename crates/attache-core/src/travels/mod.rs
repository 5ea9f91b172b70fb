//! The official travel records: officials, their stops abroad, the journeys
//! those stops make, and the ordinals ("his ninth visit to the Middle East
//! since October 7") that news stories claim, answered with the work shown.

mod arrivals;
mod check;
mod import;
pub mod journeys;
mod lookup;
mod names;
mod query;
mod records;
mod svg;
mod terms;

use crate::library::Library;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The travels store: the only reader and writer of officials' stops, terms, regions and journey edits.
pub struct Travels<'a> {
    pub(crate) library: &'a Library,
}

pub(crate) use arrivals::{region_members, set_region_members, stop_changed};
pub use check::{check_ordinal, check_story_claims, nth, ClaimCheck};
pub(crate) use import::store_records;
pub use journeys::{Basis, Override};
pub(crate) use lookup::country_id;
pub(crate) use names::words;
pub(crate) use query::date_column;
pub(crate) use records::{normalize_space, parse_xml};
pub use records::{read_csv, read_xml, StopRecord};
pub use svg::timeline_svg;
pub(crate) use terms::{is_terms_document, store_terms};
pub use terms::{read_terms, Term};

/// A person whose travels are recorded.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Official {
    pub id: i64,
    /// The records' stable key, such as `blinken-antony-j`.
    pub key: String,
    /// The name as the records write it.
    pub name: String,
    /// `secretary`, `president`, or what the records say.
    pub role: String,
    /// The first and last days abroad in the records.
    pub term_start: Option<NaiveDate>,
    pub term_end: Option<NaiveDate>,
    /// How many stops are recorded.
    pub stops: i64,
}

/// One stop abroad, with where the record came from.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Stop {
    pub id: i64,
    /// The official's name.
    pub official: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The record's country id (`israel`, `west-bank`).
    pub country_id: String,
    /// The country's label: the country table's, else the record's.
    pub country: String,
    pub locale: String,
    pub remarks: String,
    /// People met, as the remarks name them.
    pub counterparts: String,
    /// The file the record came from, or `editor` for a stop typed by hand.
    pub source_file: String,
    /// The record's id in that file.
    pub record_id: Option<String>,
    /// When it was imported or typed (RFC 3339).
    pub imported_at: String,
    /// False when the country id is not in the country table (flagged).
    pub known_country: bool,
}

/// Consecutive stops of one official: one trip abroad.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Journey {
    /// Its number among the journeys counted by the question asked.
    pub ordinal: Option<u32>,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub stops: Vec<Stop>,
}

/// A stop as the editor types it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, TS)]
pub struct StopDraft {
    /// The official's name (matched as in every query, or a new official).
    pub official: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// A country id or label.
    pub country: String,
    #[serde(default)]
    pub locale: String,
    #[serde(default)]
    pub remarks: String,
}

/// What one travel-record file added to the library.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TravelImport {
    pub file: String,
    /// Stops added.
    pub added: usize,
    /// Records skipped because the library already had the same stop.
    pub duplicates: usize,
    /// Records kept but flagged for the editor.
    pub flagged: Vec<TravelFlag>,
}

/// A record kept but needing the editor's eye.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TravelFlag {
    /// The stop in the library.
    pub stop_id: i64,
    /// Where it came from: file and record id.
    pub source_file: String,
    pub record_id: Option<String>,
    pub country_id: String,
    /// What is wrong, in words.
    pub problem: String,
}

/// What journeys and ordinals are counted against: a region, a country, or
/// every journey.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Scope {
    /// A region, a country, or every journey.
    pub kind: ScopeKind,
    /// The region's name or the country's label.
    pub name: String,
    /// The country ids counted.
    pub members: Vec<String>,
}

/// What a scope counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ScopeKind {
    Region,
    Country,
    All,
}

/// A named, editable set of countries.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Region {
    pub id: i64,
    pub name: String,
    /// Country ids.
    pub members: Vec<String>,
}

/// A question about an official's journeys.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, TS)]
pub struct JourneyQuery {
    pub official: String,
    /// A region name, or a country id or label; none for every journey.
    pub region: Option<String>,
    pub country: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// The journey rule's gap in days (default 1).
    pub gap: Option<u32>,
}

/// The journeys answering a [`JourneyQuery`], with the work shown.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct JourneyAnswer {
    pub official: Official,
    pub scope: Scope,
    pub rule: String,
    pub journeys: Vec<Journey>,
    /// The last day the official's records cover.
    pub data_ends: Option<NaiveDate>,
}

/// The ordinal of the journey on a date: "the ninth visit".
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct OrdinalAnswer {
    /// The journey's number, or none when no journey is in progress or coming.
    pub ordinal: Option<u32>,
    pub journey: Option<Journey>,
    pub basis: Basis,
    pub rule: String,
    pub official: Official,
    pub scope: Scope,
    pub since: Option<NaiveDate>,
    pub on: NaiveDate,
    /// Every journey counted up to the answer (or up to the date).
    pub counted: Vec<Journey>,
    pub data_ends: Option<NaiveDate>,
    /// Set when the records end before the date asked about.
    pub warning: Option<String>,
    /// The term of office counted over when no "since" was given (or
    /// "since taking office" was): its start is where the count begins.
    pub term: Option<Term>,
}

/// A stop for unit tests: one official, a country id used as its label too.
#[cfg(test)]
pub(crate) fn test_stop(id: i64, start: &str, end: &str, country: &str) -> Stop {
    Stop {
        id,
        official: "Jane Doe".into(),
        start: start.parse().expect("a test date"),
        end: end.parse().expect("a test date"),
        country_id: country.into(),
        country: country.into(),
        locale: String::new(),
        remarks: String::new(),
        counterparts: String::new(),
        source_file: "t".into(),
        record_id: None,
        imported_at: String::new(),
        known_country: true,
    }
}
