//! Questions about visits to the United States: a visitor's or a country's
//! visits numbered within dates, the ordinal of the visit on a date, and
//! every country's visits for the timeline's lanes.

use super::names::{same_person, visitor_name};
use super::{describe_visit_rule, CountryVisits, Visit, VisitOrdinalAnswer, VisitQuery};
use crate::error::{Error, Result};
use crate::library::Library;
use crate::travels::journeys::span_on;
use crate::travels::words;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row};

/// The visits store: the only reader of foreign leaders' visits to the United States.
pub struct Visits<'a> {
    pub(crate) library: &'a Library,
}

impl Visits<'_> {
    /// The visits answering `query`, those starting within its dates
    /// numbered from 1; with who or what was counted, in words.
    pub fn list(&self, query: &VisitQuery) -> Result<(Vec<Visit>, String)> {
        let conn = self.library.conn();
        let country = match query.country.as_deref() {
            Some(text) => Some(visitor_country(conn, text)?),
            None => None,
        };
        let mut visits = match &country {
            Some(id) => load(conn, "WHERE v.country_id = ?1", [id])?,
            None => load(conn, "WHERE ?1 = ?1", [""])?,
        };
        let mut counted_as = visits.first().map(|v| format!("visits from {}", v.country)).unwrap_or_default();
        if let Some(name) = query.visitor.as_deref() {
            let wanted = words(name);
            if wanted.is_empty() {
                return Err(Error::InvalidInput("no visitor named: give a name such as \"Isaac Herzog\"".into()));
            }
            visits.retain(|v| {
                let have = words(&v.visitor);
                wanted.iter().all(|w| have.contains(w))
            });
            let Some(last) = visits.last() else {
                let place = country.as_deref().map(|c| format!(" from {c}")).unwrap_or_default();
                return Err(Error::InvalidInput(format!("no visit by {name:?}{place} in the records")));
            };
            counted_as = match &country {
                Some(_) => format!("visits by a {name} from {}", last.country),
                None => {
                    one_person(name, &visits)?;
                    format!("{} ({})", visitor_name(&last.visitor), last.country)
                }
            };
        } else if country.is_none() {
            return Err(Error::InvalidInput("give a visitor (--visitor) or a country (--country)".into()));
        }
        let mut n = 0;
        for visit in visits.iter_mut() {
            let within = query.since.is_none_or(|d| visit.start >= d) && query.until.is_none_or(|d| visit.start <= d);
            if within {
                n += 1;
                visit.ordinal = Some(n);
            }
        }
        visits.retain(|v| v.ordinal.is_some());
        Ok((visits, counted_as))
    }

    /// The ordinal of the visit on `on`: the k-th visit since `since`, in
    /// progress on that date or starting within days.
    pub fn ordinal(&self, query: &VisitQuery, on: NaiveDate) -> Result<VisitOrdinalAnswer> {
        let (visits, counted_as) = self.list(&VisitQuery { until: None, ..query.clone() })?;
        let (visit, basis) = span_on(&visits, on, |v| (v.start, v.end));
        let visit = visit.cloned();
        let last = visit.as_ref().map(|v| v.start).unwrap_or(on);
        let data_ends: Option<NaiveDate> = self
            .library
            .conn()
            .query_row("SELECT max(\"end\") FROM visit", [], |r| r.get::<_, Option<String>>(0))?
            .and_then(|d| d.parse().ok());
        let warning = data_ends
            .filter(|end| *end < on)
            .map(|end| format!("the visit records end on {end}, before {on}: later visits are not counted"));
        Ok(VisitOrdinalAnswer {
            ordinal: visit.as_ref().and_then(|v| v.ordinal),
            visit,
            basis,
            rule: describe_visit_rule(),
            counted_as,
            since: query.since,
            on,
            counted: visits.into_iter().filter(|v| v.start <= last).collect(),
            data_ends,
            warning,
        })
    }

    /// Every country's visits to the United States, countries by name.
    pub fn by_country(&self) -> Result<Vec<CountryVisits>> {
        let mut lanes: Vec<CountryVisits> = Vec::new();
        let mut visits = load(self.library.conn(), "WHERE ?1 = ?1", [""])?;
        visits.sort_by(|a, b| a.country.cmp(&b.country).then(a.start.cmp(&b.start)));
        for visit in visits {
            match lanes.last_mut() {
                Some(lane) if lane.country_id == visit.country_id => lane.visits.push(visit),
                _ => lanes.push(CountryVisits {
                    country_id: visit.country_id.clone(),
                    country: visit.country.clone(),
                    visits: vec![visit],
                }),
            }
        }
        Ok(lanes)
    }
}

/// The country id for an id or label: the country table's, else one the
/// visit records use that the table lacks ("eswatini", "niue").
fn visitor_country(conn: &Connection, text: &str) -> Result<String> {
    if let Some(id) = crate::travels::country_id(conn, text)? {
        return Ok(id);
    }
    conn.query_row(
        "SELECT country_id FROM visit WHERE country_id = lower(?1) OR country_label = ?1 COLLATE NOCASE LIMIT 1",
        [text.trim()],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::InvalidInput(format!("no country {text:?} in the country table or the visit records")))
}

/// Refuses a name that fits several people, listing them.
fn one_person(name: &str, visits: &[Visit]) -> Result<()> {
    let mut people: Vec<&Visit> = Vec::new();
    for v in visits.iter().rev() {
        if !people.iter().any(|p| p.country_id == v.country_id && same_person(&p.visitor, &v.visitor)) {
            people.push(v);
        }
    }
    if people.len() > 1 {
        let candidates = people.iter().map(|v| format!("{} ({}, {})", v.visitor, v.country, v.start)).collect();
        return Err(Error::Ambiguous { name: name.to_string(), candidates });
    }
    Ok(())
}

/// Visits in date order, filtered by a clause over `v`.
fn load(conn: &Connection, filter: &str, params: [&str; 1]) -> Result<Vec<Visit>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT v.id, v.visitor, v.country_id, coalesce(c.label, v.country_label), v.start, v.\"end\", v.description,
                v.source_file, v.record_id
         FROM visit v LEFT JOIN country c ON c.id = v.country_id {filter} ORDER BY v.start, v.id"
    ))?;
    let rows = stmt.query_map(params, visit_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn visit_from_row(r: &Row) -> rusqlite::Result<Visit> {
    let date = |i: usize| crate::travels::date_column(r, i);
    Ok(Visit {
        id: r.get(0)?,
        ordinal: None,
        visitor: r.get(1)?,
        country_id: r.get(2)?,
        country: r.get(3)?,
        start: date(4)?,
        end: date(5)?,
        description: r.get(6)?,
        source_file: r.get(7)?,
        record_id: r.get(8)?,
    })
}
