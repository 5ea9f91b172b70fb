//! Questions about the travel records: an official's journeys within a
//! scope and dates, the ordinal of the journey on a date, the editor's
//! overrides and regions, and the records flagged for attention.

use super::journeys::{counted, describe_rule, group, journey_on, Basis, Override, Overrides};
use super::lookup;
use super::Travels;
use super::{Journey, JourneyAnswer, JourneyQuery, Official, OrdinalAnswer, Region, Stop, TravelFlag};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};

/// The journey rule's default gap, in days.
pub const DEFAULT_GAP: u32 = 1;

impl Travels<'_> {
    /// Every official in the travel records.
    pub fn officials(&self) -> Result<Vec<Official>> {
        lookup::officials(self.library.conn())
    }

    /// Every region with its members.
    pub fn regions(&self) -> Result<Vec<Region>> {
        lookup::regions(self.library.conn())
    }

    /// Creates or replaces a region's members (country ids or labels).
    pub fn set_region(&self, name: &str, countries: &[String]) -> Result<Region> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::InvalidInput("a region needs a name".into()));
        }
        self.library.write(|tx| {
            tx.execute("INSERT INTO region (name) VALUES (?1) ON CONFLICT (name) DO NOTHING", [name])?;
            let id: i64 = tx.query_row("SELECT id FROM region WHERE name = ?1", [name], |r| r.get(0))?;
            tx.execute("DELETE FROM region_member WHERE region_id = ?1", [id])?;
            for country in countries {
                let member = lookup::country_id(tx, country)?.unwrap_or_else(|| super::records::slug(country));
                tx.execute(
                    "INSERT OR IGNORE INTO region_member (region_id, country_id) VALUES (?1, ?2)",
                    params![id, member],
                )?;
            }
            Ok(())
        })?;
        let regions = self.regions()?;
        Ok(regions.into_iter().find(|r| r.name.eq_ignore_ascii_case(name)).expect("the region just written"))
    }

    /// Splits or joins an official's journeys at the stop starting on `day`
    /// in `country`, or (with `None`) returns to the rule there.
    pub fn set_journey_override(
        &self,
        official: &str,
        day: NaiveDate,
        country: &str,
        kind: Option<Override>,
    ) -> Result<()> {
        let official = lookup::official(self.library.conn(), official)?;
        let country = lookup::scope(self.library.conn(), None, Some(country))?.members.remove(0);
        let stops = stops_of(self.library.conn(), official.id)?;
        if !stops.iter().any(|s| s.start == day && s.country_id == country) {
            return Err(Error::InvalidInput(format!("{} has no stop in {country} starting on {day}", official.name)));
        }
        self.library.write(|tx| {
            let key = params![official.id, day.to_string(), country];
            match kind {
                Some(kind) => tx.execute(
                    "INSERT OR REPLACE INTO journey_override (official_id, day, country_id, kind) VALUES (?1, ?2, ?3, ?4)",
                    params![official.id, day.to_string(), country, kind.as_str()],
                )?,
                None => tx.execute("DELETE FROM journey_override WHERE official_id = ?1 AND day = ?2 AND country_id = ?3", key)?,
            };
            Ok(())
        })
    }

    /// An official's journeys, those visiting the scope numbered from 1
    /// within the dates asked.
    pub fn journeys(&self, query: &JourneyQuery) -> Result<JourneyAnswer> {
        self.journeys_of(lookup::official(self.library.conn(), &query.official)?, query)
    }

    /// The journeys of an official already found, as [`Library::journeys`].
    fn journeys_of(&self, official: Official, query: &JourneyQuery) -> Result<JourneyAnswer> {
        let conn = self.library.conn();
        let scope = lookup::scope(conn, query.region.as_deref(), query.country.as_deref())?;
        let gap = query.gap.unwrap_or(DEFAULT_GAP);
        let all = group(stops_of(conn, official.id)?, gap, &overrides_of(conn, official.id)?);
        let members = (scope.kind != super::ScopeKind::All).then_some(scope.members.as_slice());
        let journeys = counted(all, members, query.since, query.until);
        let data_ends = official.term_end;
        Ok(JourneyAnswer { official, scope, rule: describe_rule(gap), journeys, data_ends })
    }

    /// The ordinal of the journey on `on`: the k-th journey visiting the
    /// scope since `since`, in progress on that date or starting within days.
    /// With no `since`, the count starts when the official's term of office
    /// held on `on` began, and the answer names that term.
    pub fn ordinal(&self, query: &JourneyQuery, on: NaiveDate) -> Result<OrdinalAnswer> {
        let official = lookup::official(self.library.conn(), &query.official)?;
        let term = match query.since {
            Some(_) => None,
            None => super::terms::term_on(self.library.conn(), &official.key, &official.role, on)?,
        };
        let since = query.since.or(term.as_ref().map(|t| t.start));
        let answer = self.journeys_of(official, &JourneyQuery { until: None, since, ..query.clone() })?;
        let (journey, basis) = journey_on(&answer.journeys, on);
        let journey = journey.cloned();
        let last = journey.as_ref().map(|j| j.start).unwrap_or(on);
        let counted: Vec<Journey> = answer.journeys.into_iter().filter(|j| j.start <= last).collect();
        let warning = answer.data_ends.filter(|end| *end < on).map(|end| {
            format!("the records of {} end on {end}, before {on}: later journeys are not counted", answer.official.name)
        });
        Ok(OrdinalAnswer {
            ordinal: journey.as_ref().and_then(|j| j.ordinal),
            journey,
            basis,
            rule: answer.rule,
            official: answer.official,
            scope: answer.scope,
            since,
            on,
            counted,
            data_ends: answer.data_ends,
            warning,
            term,
        })
    }

    /// The journeys answering `query`, drawn as an SVG image.
    pub fn timeline_image(&self, query: &JourneyQuery) -> Result<String> {
        Ok(super::timeline_svg(&self.journeys(query)?, &self.regions()?))
    }

    /// An official's stops, in date order.
    pub fn stops(&self, official: &str) -> Result<Vec<Stop>> {
        let official = lookup::official(self.library.conn(), official)?;
        let mut stops = stops_of(self.library.conn(), official.id)?;
        stops.sort_by_key(|s| (s.start, s.end, s.id));
        Ok(stops)
    }

    /// Stops whose country id is not in the country table, for the editor.
    pub fn flags(&self) -> Result<Vec<TravelFlag>> {
        let mut stmt = self.library.conn().prepare(
            "SELECT id, source_file, record_id, country_id FROM stop
             WHERE country_id NOT IN (SELECT id FROM country) ORDER BY start",
        )?;
        let rows = stmt.query_map([], |r| {
            let country_id: String = r.get(3)?;
            Ok(TravelFlag {
                stop_id: r.get(0)?,
                source_file: r.get(1)?,
                record_id: r.get(2)?,
                problem: format!("the country id {country_id:?} is not in the country table"),
                country_id,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Every stop of one official.
pub(crate) fn stops_of(conn: &Connection, official: i64) -> Result<Vec<Stop>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, o.name, s.start, s.\"end\", s.country_id, coalesce(c.label, s.country_label), s.locale, s.remarks,
                s.counterparts, s.source_file, s.record_id, s.imported_at, c.id IS NOT NULL
         FROM stop s JOIN official o ON o.id = s.official_id LEFT JOIN country c ON c.id = s.country_id
         WHERE s.official_id = ?1",
    )?;
    let rows = stmt.query_map([official], stop_from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A date column of a row, refused as a conversion failure when it is not one.
pub(crate) fn date_column(r: &Row, i: usize) -> rusqlite::Result<NaiveDate> {
    let text: String = r.get(i)?;
    text.parse().map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
}

fn stop_from_row(r: &Row) -> rusqlite::Result<Stop> {
    let date = |i: usize| date_column(r, i);
    Ok(Stop {
        id: r.get(0)?,
        official: r.get(1)?,
        start: date(2)?,
        end: date(3)?,
        country_id: r.get(4)?,
        country: r.get(5)?,
        locale: r.get(6)?,
        remarks: r.get(7)?,
        counterparts: r.get(8)?,
        source_file: r.get(9)?,
        record_id: r.get(10)?,
        imported_at: r.get(11)?,
        known_country: r.get(12)?,
    })
}

/// The editor's overrides for one official.
fn overrides_of(conn: &Connection, official: i64) -> Result<Overrides> {
    let mut stmt = conn.prepare_cached("SELECT day, country_id, kind FROM journey_override WHERE official_id = ?1")?;
    let rows =
        stmt.query_map([official], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?)))?;
    let mut overrides = Overrides::new();
    for row in rows {
        let (day, country, kind) = row?;
        let kind = if kind == "join" { Override::Join } else { Override::Split };
        if let Ok(day) = day.parse() {
            overrides.insert((day, country), kind);
        }
    }
    Ok(overrides)
}

/// Which basis a verdict rests on, in words.
pub fn basis_words(basis: Basis) -> &'static str {
    match basis {
        Basis::InProgress => "the journey in progress on",
        Basis::Upcoming => "the journey starting within the week after",
        Basis::JustEnded => "the journey that ended within two days before",
        Basis::None => "no journey in progress or about to start on",
    }
}
