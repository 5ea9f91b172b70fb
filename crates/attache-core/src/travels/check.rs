//! Checking a story's "Nth visit" claims against the travel records, for the
//! story's publication date, with the count shown so the editor can judge it.

use super::{JourneyQuery, OrdinalAnswer};
use crate::analysis::Ordinal;
use crate::error::{Error, Result};
use crate::library::Library;
use attache_text::analysis::window_start;
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

/// One ordinal claim of a story, checked.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ClaimCheck {
    /// The claim's sentence.
    pub claim: String,
    /// Its character offsets in the story text.
    pub start: i64,
    pub end: i64,
    /// The number the story claims ("ninth" → 9).
    pub claimed: u32,
    /// The number the records give, when they give one.
    pub records: Option<u32>,
    /// True when the two agree.
    pub agrees: bool,
    /// The verdict in words: "agrees…", "disagrees: the records make this the 8th…".
    pub explanation: String,
    /// The count behind the verdict, when the claim could be checked.
    pub work: Option<OrdinalAnswer>,
}

/// Checks every ordinal claim of a story against the travel records.
pub fn check_story_claims(library: &Library, story_id: i64) -> Result<Vec<ClaimCheck>> {
    let on = crate::stories::published_on(library.conn(), story_id)?;
    let claims = crate::quotes::reading::ordinal_claims(library.conn(), story_id)?;
    Ok(claims
        .into_iter()
        .map(|(claim, start, end, ordinal)| check_ordinal(library, claim, start, end, &ordinal, on))
        .collect())
}

/// Checks one ordinal claim as of `on`; a claim that cannot be checked
/// says why instead of failing the others.
pub fn check_ordinal(
    library: &Library,
    claim: String,
    start: i64,
    end: i64,
    ordinal: &Ordinal,
    on: Option<NaiveDate>,
) -> ClaimCheck {
    let unchecked = |why: String| ClaimCheck {
        claim: claim.clone(),
        start,
        end,
        claimed: ordinal.n,
        records: None,
        agrees: false,
        explanation: format!("cannot check: {why}"),
        work: None,
    };
    if let Some(why) = unreadable(ordinal, on) {
        return unchecked(why);
    }
    let Some(on) = on else {
        return unchecked("the claim is incomplete".into());
    };
    // "The top U.S. diplomat's ninth trip": whoever held the office that day.
    let holder = match (&ordinal.official, &ordinal.office) {
        (Some(official), _) => Ok(official.clone()),
        (None, Some(role)) => match super::terms::holder_on(library.conn(), role, on) {
            Ok(Some(key)) => Ok(key),
            Ok(None) => Err(format!("the claim names the office of {role}, and no term of it includes {on}")),
            Err(err) => Err(err.to_string()),
        },
        (None, None) => Err("the claim is incomplete".into()),
    };
    let official = match holder {
        Ok(official) => official,
        Err(why) => return unchecked(why),
    };
    // "his third trip in less than two months": the trips of that span
    // before publication.
    let window = ordinal.since_text.as_deref().filter(|w| ordinal.since.is_none() && is_window(w));
    let since = ordinal.since.as_deref().and_then(|d| d.parse().ok()).or_else(|| window_start(window?, on));
    let answer = match answer_for(library, &official, ordinal.scope.as_deref(), since, on) {
        Ok(answer) => answer,
        Err(err) => return unchecked(err.to_string()),
    };
    let records = answer.ordinal;
    let agrees = records == Some(ordinal.n);
    let mut explanation = explain(&answer, ordinal.n, agrees, ordinal.since_term);
    if let (Some(window), Some(since)) = (window, since) {
        explanation += &format!(" (“{window}”, counted back from {on} to {since})");
    }
    if let (None, Some(role)) = (&ordinal.official, &ordinal.office) {
        explanation += &format!(" (the claim names no one: the {role} on {on} was {})", answer.official.name);
    }
    ClaimCheck { claim, start, end, claimed: ordinal.n, records, agrees, explanation, work: Some(answer) }
}

/// The ordinal for a claim's scope: a region by that name, else a country.
fn answer_for(
    library: &Library,
    official: &str,
    scope: Option<&str>,
    since: Option<NaiveDate>,
    on: NaiveDate,
) -> Result<OrdinalAnswer> {
    let query = |region: Option<&str>, country: Option<&str>| JourneyQuery {
        official: official.to_string(),
        region: region.map(str::to_string),
        country: country.map(str::to_string),
        since,
        until: None,
        gap: None,
    };
    match library.travels().ordinal(&query(scope, None), on) {
        Err(Error::InvalidInput(m)) if m.starts_with("no region named") => {
            library.travels().ordinal(&query(None, scope), on)
        }
        other => other,
    }
}

/// Why a claim cannot be checked, naming the missing piece; `None` when
/// every part of it was read.
fn unreadable(ordinal: &Ordinal, on: Option<NaiveDate>) -> Option<String> {
    if on.is_none() {
        return Some("the story has no publication date to count to".into());
    }
    if ordinal.official.is_none() && ordinal.office.is_none() {
        return Some("the claim does not say whose visit it is, and the story is about no one person".into());
    }
    if let (None, Some(vague)) = (&ordinal.scope, &ordinal.scope_text) {
        return Some(format!("the claim counts visits to “{vague}”, and the story names no region"));
    }
    match (&ordinal.since, &ordinal.since_text) {
        (None, Some(window)) if is_window(window) => on
            .and_then(|on| window_start(window, on))
            .is_none()
            .then(|| format!("the claim counts within “{window}”, a span Attaché cannot count from the records")),
        (None, Some(words)) if !ordinal.since_term => Some(format!(
            "the claim counts since “{words}”, which is neither a date nor an event Attaché knows (data/events.tsv)"
        )),
        _ => None,
    }
}

/// Whether a claim's unread words are a span it counts within ("in less than
/// a week") rather than a "since" Attaché does not know.
fn is_window(words: &str) -> bool {
    words.starts_with("in ") || words.starts_with("within ")
}

/// The verdict and the count behind it, in one sentence.
fn explain(answer: &OrdinalAnswer, claimed: u32, agrees: bool, term: bool) -> String {
    let since = match (&answer.term, answer.since) {
        (Some(t), _) if term => format!(" since taking office as {} on {}", t.role, t.start),
        (Some(t), _) => {
            format!(" over the term as {} that began on {}, as the claim gives no \"since\"", t.role, t.start)
        }
        (None, Some(d)) => format!(" since {d}"),
        (None, None) => " over the whole of the official's record (no term of office is known)".to_string(),
    };
    let what = format!("journey of {} visiting {}{since}", answer.official.name, answer.scope.name);
    let counted = format!("{} journeys counted", answer.counted.len());
    let warning = answer.warning.as_ref().map(|w| format!("; {w}")).unwrap_or_default();
    match (&answer.journey, answer.ordinal) {
        (Some(j), Some(n)) => {
            let places: Vec<&str> = j.stops.iter().map(|s| s.country.as_str()).collect();
            let basis = super::query::basis_words(answer.basis);
            let leader = format!("{}: the records make this the {}", if agrees { "agrees" } else { "disagrees" }, nth(n));
            format!(
                "{leader} {what} ({basis} {}: {} to {}, {}; {counted}){warning}",
                answer.on,
                j.start,
                j.end,
                places.join(", ")
            )
        }
        _ => format!(
            "disagrees: the records show no {what} in progress on {} or starting within a week (claimed the {}; {counted}){warning}",
            answer.on,
            nth(claimed)
        ),
    }
}

/// 1 → "1st", 2 → "2nd", 11 → "11th".
pub fn nth(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::nth;

    #[test]
    fn ordinal_suffixes() {
        let got: Vec<String> = [1, 2, 3, 4, 8, 11, 12, 13, 21, 22, 101, 111].into_iter().map(nth).collect();
        assert_eq!(got, ["1st", "2nd", "3rd", "4th", "8th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]);
    }
}
