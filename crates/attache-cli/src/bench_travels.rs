//! `attache bench travels`: creates a new library (which loads every
//! built-in Secretary's and President's record, their terms and the visits
//! to the United States, as at an editor's first start) and times journey,
//! ordinal and visit-ordinal queries on the full record. Figures, not
//! assertions.

use crate::output::print_json;
use attache_core::travels::JourneyQuery;
use attache_core::visits::VisitQuery;
use attache_core::{Error, Library};
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::path::Path;
use std::time::Instant;

#[derive(Serialize)]
struct TravelsReport {
    officials: usize,
    stops: i64,
    visits: usize,
    first_open_seconds: f64,
    queries: usize,
    journeys_p50_ms: f64,
    journeys_p95_ms: f64,
    ordinal_p50_ms: f64,
    ordinal_p95_ms: f64,
    visit_ordinal_p50_ms: f64,
    visit_ordinal_p95_ms: f64,
}

/// Creates the library at `path` and times `queries` questions of each kind,
/// spread over every official and every country with visits.
pub fn run(path: &Path, queries: usize) -> Result<(), Error> {
    let started = Instant::now();
    let library = Library::open(path)?;
    let first_open_seconds = started.elapsed().as_secs_f64();
    let officials = library.travels().officials()?;
    let lanes = library.visits().by_country()?;
    let regions = ["Middle East", "Europe and Eurasia", "East Asia and the Pacific", "Western Hemisphere"];
    let (mut journeys, mut ordinals, mut visit_ordinals) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..queries {
        let official = &officials[i % officials.len()];
        let (Some(first), Some(last)) = (official.term_start, official.term_end) else { continue };
        let on = midway(first, last, i);
        let query = JourneyQuery {
            official: official.key.clone(),
            region: Some(regions[i % regions.len()].into()),
            country: None,
            since: None,
            until: None,
            gap: None,
        };
        let started = Instant::now();
        library.travels().journeys(&query)?;
        journeys.push(started.elapsed().as_secs_f64() * 1e3);
        let started = Instant::now();
        library.travels().ordinal(&query, on)?;
        ordinals.push(started.elapsed().as_secs_f64() * 1e3);
        let lane = &lanes[i % lanes.len()];
        let (first, last) = (lane.visits[0].start, lane.visits[lane.visits.len() - 1].end);
        let visits = VisitQuery { country: Some(lane.country_id.clone()), ..VisitQuery::default() };
        let started = Instant::now();
        library.visits().ordinal(&visits, midway(first, last, i))?;
        visit_ordinals.push(started.elapsed().as_secs_f64() * 1e3);
    }
    print_json(&TravelsReport {
        officials: officials.len(),
        stops: officials.iter().map(|o| o.stops).sum(),
        visits: lanes.iter().map(|l| l.visits.len()).sum(),
        first_open_seconds,
        queries,
        journeys_p50_ms: percentile(&mut journeys, 0.50),
        journeys_p95_ms: percentile(&mut journeys, 0.95),
        ordinal_p50_ms: percentile(&mut ordinals, 0.50),
        ordinal_p95_ms: percentile(&mut ordinals, 0.95),
        visit_ordinal_p50_ms: percentile(&mut visit_ordinals, 0.50),
        visit_ordinal_p95_ms: percentile(&mut visit_ordinals, 0.95),
    });
    Ok(())
}

/// A date between `first` and `last`, a different one for each `i`.
fn midway(first: NaiveDate, last: NaiveDate, i: usize) -> NaiveDate {
    let span = (last - first).num_days().max(0) as u64;
    first.checked_add_days(Days::new((i as u64 * 7919) % (span + 1))).unwrap_or(first)
}

/// The `p` quantile of the samples (sorted in place).
pub fn percentile(samples: &mut [f64], p: f64) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples.get(((samples.len() as f64 - 1.0) * p).round() as usize).copied().unwrap_or(0.0)
}
