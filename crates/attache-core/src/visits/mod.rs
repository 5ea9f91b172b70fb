//! Visits of foreign leaders and heads of state to the United States: the
//! other direction of diplomatic travel, counted as journeys are ("Herzog's
//! third visit to the White House", "the first visit by a Saudi crown
//! prince since …"), with the work shown.

mod names;
mod query;

pub use query::Visits;
mod records;

use crate::travels::Basis;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use names::{same_person, visitor_name};
pub(crate) use records::store_visits;
pub use records::{read_visits, VisitRecord};

/// One recorded visit to the United States.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Visit {
    pub id: i64,
    /// Its number among the visits counted by the question asked.
    pub ordinal: Option<u32>,
    /// The visitor as the record writes it, title included.
    pub visitor: String,
    pub country_id: String,
    /// The country's label: the country table's, else the record's.
    pub country: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// What the record says of it ("Official Working Visit.").
    pub description: String,
    pub source_file: String,
    pub record_id: Option<String>,
}

/// A question about visits: by a visitor (as an editor writes the name), from
/// a country, or a visitor's words within a country ("crown prince" from
/// Saudi Arabia), within dates.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, TS)]
pub struct VisitQuery {
    pub visitor: Option<String>,
    /// A country id or label.
    pub country: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

/// The ordinal of the visit on a date: "his third visit".
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct VisitOrdinalAnswer {
    /// The visit's number, or none when no visit is in progress or coming.
    pub ordinal: Option<u32>,
    pub visit: Option<Visit>,
    pub basis: Basis,
    pub rule: String,
    /// Who or what was counted, in words ("President Isaac Herzog (Israel)").
    pub counted_as: String,
    pub since: Option<NaiveDate>,
    pub on: NaiveDate,
    /// Every visit counted up to the answer (or up to the date).
    pub counted: Vec<Visit>,
    /// The last day the visit records cover.
    pub data_ends: Option<NaiveDate>,
    /// Set when the records end before the date asked about.
    pub warning: Option<String>,
}

/// The visits of one country, for the Visits section's lanes.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CountryVisits {
    pub country_id: String,
    pub country: String,
    pub visits: Vec<Visit>,
}

/// The counting rule, in words, as every answer shows it.
pub fn describe_visit_rule() -> String {
    format!(
        "each recorded visit to the United States counts once; on a date, the visit in progress counts, \
         else the next one starting within {} days",
        crate::travels::journeys::UPCOMING_DAYS
    )
}
