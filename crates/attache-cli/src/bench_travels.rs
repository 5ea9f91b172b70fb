//! `attache bench travels`: imports a travel record the size of the whole
//! Secretary and President record and times journey and ordinal queries.
//! Figures, not assertions.

use crate::output::print_json;
use attache_core::travels::{JourneyQuery, REFERENCE_RECORDS};
use attache_core::{Error, Library};
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::path::Path;
use std::time::Instant;

#[derive(Serialize)]
struct TravelsReport {
    officials: usize,
    stops_in_file: usize,
    stops_added: usize,
    import_seconds: f64,
    queries: usize,
    journeys_p50_ms: f64,
    journeys_p95_ms: f64,
    ordinal_p50_ms: f64,
    ordinal_p95_ms: f64,
}

/// Writes `officials` copies of the built-in record (each a different
/// official, shifted by whole years) into one XML file beside the library,
/// imports it into a new library at `path`, and times `queries` questions.
pub fn run(path: &Path, officials: usize, queries: usize) -> Result<(), Error> {
    let (_, xml) = REFERENCE_RECORDS[0];
    let body =
        &xml[xml.find("<trips>").map(|i| i + "<trips>".len()).unwrap_or(0)..xml.rfind("</trips>").unwrap_or(xml.len())];
    let mut file = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<trips>\n");
    for k in 0..officials {
        let copy = body
            .replace("blinken-antony-j", &format!("official-{k}"))
            .replace("Antony John Blinken", &format!("Official Number{k}"));
        file.push_str(&shift_years(&copy, k as i32 * 4));
    }
    file.push_str("</trips>\n");
    let records = path.with_extension("travels.xml");
    std::fs::write(&records, &file).map_err(|source| Error::Io { path: records.clone(), source })?;
    let mut library = Library::open(path)?;
    let started = Instant::now();
    let imported = library.import_travel_files(std::slice::from_ref(&records))?;
    let import_seconds = started.elapsed().as_secs_f64();
    let mut journeys = Vec::new();
    let mut ordinals = Vec::new();
    for i in 0..queries {
        let query = JourneyQuery {
            official: format!("Official Number{}", i % officials),
            region: Some("Middle East".into()),
            country: None,
            since: NaiveDate::from_ymd_opt(2021 + (i % officials) as i32 * 4, 6, 1),
            until: None,
            gap: None,
        };
        let on = query.since.and_then(|d| d.checked_add_days(Days::new(400))).unwrap_or_default();
        let started = Instant::now();
        library.journeys(&query)?;
        journeys.push(started.elapsed().as_secs_f64() * 1e3);
        let started = Instant::now();
        library.ordinal(&query, on)?;
        ordinals.push(started.elapsed().as_secs_f64() * 1e3);
    }
    print_json(&TravelsReport {
        officials,
        stops_in_file: file.matches("<trip ").count(),
        stops_added: imported.iter().map(|r| r.added).sum(),
        import_seconds,
        queries,
        journeys_p50_ms: percentile(&mut journeys, 0.50),
        journeys_p95_ms: percentile(&mut journeys, 0.95),
        ordinal_p50_ms: percentile(&mut ordinals, 0.50),
        ordinal_p95_ms: percentile(&mut ordinals, 0.95),
    });
    Ok(())
}

/// Moves every date (YYYY-) in the record `years` back in time.
fn shift_years(xml: &str, years: i32) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(at) = rest.find("-date>20") {
        let (head, tail) = rest.split_at(at + "-date>".len());
        out.push_str(head);
        let year: i32 = tail[..4].parse().unwrap_or(2000);
        out.push_str(&(year - years).to_string());
        rest = &tail[4..];
    }
    out.push_str(rest);
    out
}

/// The `p` quantile of the samples (sorted in place).
pub fn percentile(samples: &mut [f64], p: f64) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples.get(((samples.len() as f64 - 1.0) * p).round() as usize).copied().unwrap_or(0.0)
}
