//! Journeys and ordinals, computed from stops by a rule the editor can see:
//! a stop that starts no more than `gap` days after the journey so far ends
//! continues it, unless the editor split or joined it there by hand.

use super::{Journey, Stop};
use chrono::{Days, NaiveDate};
use serde::Serialize;
use std::collections::HashMap;
use ts_rs::TS;

/// How many days ahead a coming journey counts as "the" visit of a date:
/// news previews count the trip about to start.
pub const UPCOMING_DAYS: u64 = 7;

/// How many days after a journey ended it is still "the" visit of a date,
/// when none is in progress or coming: a story dated the day after the
/// return (or a day later where the reader lives) tells of the trip just made.
pub const RECENT_DAYS: u64 = 2;

/// An editor's override of the rule at one stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Override {
    /// A new journey starts at this stop, whatever the gap.
    Split,
    /// This stop continues the previous journey, whatever the gap.
    Join,
}

impl Override {
    /// The word stored in the library.
    pub fn as_str(self) -> &'static str {
        match self {
            Override::Split => "split",
            Override::Join => "join",
        }
    }
}

/// Overrides by (stop start day, country id).
pub type Overrides = HashMap<(NaiveDate, String), Override>;

/// Groups stops (of one official) into journeys.
pub fn group(mut stops: Vec<Stop>, gap: u32, overrides: &Overrides) -> Vec<Journey> {
    stops.sort_by_key(|s| (s.start, s.end, s.id));
    let mut journeys: Vec<Journey> = Vec::new();
    for stop in stops {
        let rule = overrides.get(&(stop.start, stop.country_id.clone())).copied();
        let continues = match (journeys.last(), rule) {
            (None, _) | (_, Some(Override::Split)) => false,
            (Some(_), Some(Override::Join)) => true,
            (Some(last), None) => stop.start <= last.end.checked_add_days(Days::new(gap.into())).unwrap_or(last.end),
        };
        match journeys.last_mut() {
            Some(last) if continues => {
                last.end = last.end.max(stop.end);
                last.stops.push(stop);
            }
            _ => journeys.push(Journey { ordinal: None, start: stop.start, end: stop.end, stops: vec![stop] }),
        }
    }
    journeys
}

/// Keeps the journeys that visited one of `countries` (all when `None`) and
/// start within `since..=until`, numbered from 1 in date order.
pub fn counted(
    journeys: Vec<Journey>,
    countries: Option<&[String]>,
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
) -> Vec<Journey> {
    let visits = |j: &Journey| countries.is_none_or(|set| j.stops.iter().any(|s| set.contains(&s.country_id)));
    journeys
        .into_iter()
        .filter(|j| since.is_none_or(|d| j.start >= d) && until.is_none_or(|d| j.start <= d))
        .filter(visits)
        .enumerate()
        .map(|(i, j)| Journey { ordinal: Some(i as u32 + 1), ..j })
        .collect()
}

/// Which journey a date belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The official was on this journey on the date.
    InProgress,
    /// The journey starts within [`UPCOMING_DAYS`] after the date.
    Upcoming,
    /// The journey ended within [`RECENT_DAYS`] before the date, and none
    /// is in progress or about to start.
    JustEnded,
    /// None of these: no journey is in progress, about to start or just over.
    None,
}

/// The journey of `on` among numbered journeys: the one in progress, else the
/// next one starting within [`UPCOMING_DAYS`].
pub fn journey_on(numbered: &[Journey], on: NaiveDate) -> (Option<&Journey>, Basis) {
    span_on(numbered, on, |j| (j.start, j.end))
}

/// The item of `on` among items spanning dates (journeys, visits): the one
/// in progress, else the next one starting within [`UPCOMING_DAYS`], else
/// the last one ended within [`RECENT_DAYS`].
pub fn span_on<T>(items: &[T], on: NaiveDate, span: impl Fn(&T) -> (NaiveDate, NaiveDate)) -> (Option<&T>, Basis) {
    if let Some(item) = items.iter().find(|i| span(i).0 <= on && on <= span(i).1) {
        return (Some(item), Basis::InProgress);
    }
    let horizon = on.checked_add_days(Days::new(UPCOMING_DAYS)).unwrap_or(on);
    if let Some(item) = items.iter().find(|i| on < span(i).0 && span(i).0 <= horizon) {
        return (Some(item), Basis::Upcoming);
    }
    let since = on.checked_sub_days(Days::new(RECENT_DAYS)).unwrap_or(on);
    match items.iter().rfind(|i| since <= span(i).1 && span(i).1 < on) {
        Some(item) => (Some(item), Basis::JustEnded),
        None => (None, Basis::None),
    }
}

/// The rule in words, as every answer shows it.
pub fn describe_rule(gap: u32) -> String {
    let days = if gap == 1 { "1 day".to_string() } else { format!("{gap} days") };
    format!(
        "a stop that starts no more than {days} after the previous stop ends continues the journey \
         (unless split or joined by hand); on a date, the journey in progress counts, else the next one \
         starting within {UPCOMING_DAYS} days, else one that ended within {RECENT_DAYS} days before"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::travels::test_stop as stop;

    fn spans(journeys: &[Journey]) -> Vec<(String, String)> {
        journeys.iter().map(|j| (j.start.to_string(), j.end.to_string())).collect()
    }

    fn sample() -> Vec<Stop> {
        vec![
            stop(1, "2024-01-01", "2024-01-02", "israel"),
            stop(2, "2024-01-03", "2024-01-03", "jordan"),
            stop(3, "2024-01-06", "2024-01-07", "france"),
            stop(4, "2024-02-01", "2024-02-02", "egypt"),
        ]
    }

    #[test]
    fn a_gap_of_one_day_continues_a_journey_and_more_starts_another() {
        let journeys = group(sample(), 1, &Overrides::new());
        assert_eq!(
            spans(&journeys),
            [
                ("2024-01-01".into(), "2024-01-03".into()),
                ("2024-01-06".into(), "2024-01-07".into()),
                ("2024-02-01".into(), "2024-02-02".into())
            ]
        );
        assert_eq!(group(sample(), 3, &Overrides::new()).len(), 2);
    }

    #[test]
    fn overrides_split_and_join_whatever_the_gap() {
        let mut overrides = Overrides::new();
        overrides.insert(("2024-01-03".parse().unwrap(), "jordan".into()), Override::Split);
        overrides.insert(("2024-01-06".parse().unwrap(), "france".into()), Override::Join);
        let journeys = group(sample(), 1, &overrides);
        assert_eq!(
            spans(&journeys)[..2],
            [("2024-01-01".into(), "2024-01-02".into()), ("2024-01-03".into(), "2024-01-07".into())]
        );
    }

    #[test]
    fn counting_keeps_journeys_that_visited_the_scope_since_the_date() {
        let journeys = group(sample(), 1, &Overrides::new());
        let scope = vec!["egypt".to_string(), "jordan".to_string()];
        let numbered = counted(journeys, Some(&scope), Some("2024-01-02".parse().unwrap()), None);
        assert_eq!(spans(&numbered), [("2024-02-01".into(), "2024-02-02".into())]);
        assert_eq!(numbered[0].ordinal, Some(1));
    }

    #[test]
    fn a_date_belongs_to_the_journey_in_progress_or_the_one_about_to_start() {
        let numbered = counted(group(sample(), 1, &Overrides::new()), None, None, None);
        let on = |d: &str| {
            let (j, basis) = journey_on(&numbered, d.parse().unwrap());
            (j.and_then(|j| j.ordinal), basis)
        };
        assert_eq!(on("2024-01-02"), (Some(1), Basis::InProgress));
        assert_eq!(on("2024-01-04"), (Some(2), Basis::Upcoming));
        assert_eq!(on("2024-01-25"), (Some(3), Basis::Upcoming));
        assert_eq!(on("2024-01-24"), (None, Basis::None));
    }
}
