//! The timeline of an official's term of office for a packet built around
//! one of their journeys or around them: every journey of the term, the
//! packet's own marked, so the reader sees where it falls.

use crate::error::{Error, Result};
use crate::library::Library;
use crate::travels::{Journey, JourneyQuery, Term};
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

/// An official's journeys over one term of office.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TermTimeline {
    /// The official's name as the records write it.
    pub official: String,
    pub term: Term,
    /// The last day drawn: the term's end, or the packet's date while in office.
    pub until: NaiveDate,
    pub journeys: Vec<TermJourney>,
}

/// One journey on a term's timeline.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TermJourney {
    /// Its number among the term's journeys.
    pub ordinal: u32,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Its countries, in order, each once.
    pub countries: Vec<String>,
    /// True for the journey the packet is built around.
    pub this_packet: bool,
    /// Where it starts along the term, and how much of it it spans, as
    /// percentages of the term's days (for drawing).
    pub offset_percent: f64,
    pub width_percent: f64,
}

/// The term timeline of the official a packet is about, held on `on`:
/// none when the name is no official of the records, or no term is known.
pub(super) fn term_timeline(
    library: &Library,
    official: &str,
    on: NaiveDate,
    journey: Option<&Journey>,
    today: NaiveDate,
) -> Result<Option<TermTimeline>> {
    let query = JourneyQuery {
        official: official.to_string(),
        region: None,
        country: None,
        since: None,
        until: None,
        gap: None,
    };
    let answer = match library.travels().ordinal(&query, on) {
        Ok(answer) => answer,
        Err(Error::InvalidInput(_)) | Err(Error::Ambiguous { .. }) => return Ok(None),
        Err(other) => return Err(other),
    };
    let Some(term) = answer.term else { return Ok(None) };
    let until = term.end.unwrap_or(today);
    let days = (until - term.start).num_days().max(1) as f64;
    let percent = |d: NaiveDate| (((d - term.start).num_days() as f64 / days) * 100.0).clamp(0.0, 100.0);
    let span =
        JourneyQuery { official: answer.official.key.clone(), since: Some(term.start), until: Some(until), ..query };
    let journeys = library
        .travels()
        .journeys(&span)?
        .journeys
        .into_iter()
        .map(|j| {
            let mut countries: Vec<String> = Vec::new();
            for stop in &j.stops {
                if !countries.contains(&stop.country) {
                    countries.push(stop.country.clone());
                }
            }
            let offset_percent = (percent(j.start) * 100.0).round() / 100.0;
            let width_percent = ((percent(j.end) - percent(j.start)).max(0.3) * 100.0).round() / 100.0;
            TermJourney {
                offset_percent,
                width_percent,
                ordinal: j.ordinal.unwrap_or(0),
                this_packet: journey.is_some_and(|p| p.start == j.start),
                start: j.start,
                end: j.end,
                countries,
            }
        })
        .collect();
    Ok(Some(TermTimeline { official: answer.official.name, term, until, journeys }))
}
