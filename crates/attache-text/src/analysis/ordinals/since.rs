//! From when a count runs: "since" an event, a date or taking office, or
//! within a window ("this year").

use super::{find_word, Context, OrdinalClaim};
use crate::analysis::dates::find_dates;
use crate::analysis::events::{event_described, event_since, events};
use crate::analysis::lexicon::TITLE_WORDS;
use chrono::{Datelike, Days, Months, NaiveDate};

/// Words after "since" that mean the official's start of term.
const TERM_PHRASES: &[&str] = &[
    "taking office",
    "he took office",
    "she took office",
    "assuming office",
    "he assumed office",
    "she assumed office",
    "becoming secretary",
    "becoming president",
    "becoming america's top diplomat",
    "being sworn in",
    "he was sworn in",
    "she was sworn in",
    "his confirmation",
    "her confirmation",
    "his swearing in",
    "her swearing in",
    "his appointment",
    "her appointment",
    "his inauguration",
    "her inauguration",
    "entering office",
    "he became secretary",
    "she became secretary",
    "he became president",
    "she became president",
];

impl Context<'_> {
    /// A count within a window and not "since": "this year" counts from the
    /// first of January of the publication's year; any other window ("in less
    /// than a week", "in eight months") is kept as written, for the check to
    /// count it back from the publication date (`window_start`).
    pub(super) fn read_window(&self, claim: &mut OrdinalClaim, rest: &str) {
        let folded = crate::analysis::events::fold(rest);
        if find_word(&folded, "this year").is_some() {
            claim.since = self.published.and_then(|p| NaiveDate::from_ymd_opt(p.year(), 1, 1));
            return;
        }
        let words: Vec<&str> = folded.split(' ').collect();
        let units = ["day", "days", "week", "weeks", "month", "months", "year", "years"];
        let window = words.iter().position(|w| *w == "in" || *w == "within").and_then(|at| {
            let unit = (at + 1..words.len().min(at + 5)).find(|&i| units.contains(&words[i].trim_end_matches(',')))?;
            Some(words[at..=unit].join(" "))
        });
        claim.since_text = window.map(|w| w.trim_end_matches(',').to_string());
    }

    /// Reads the words after "since": the official's term, an event of the
    /// gazetteer, or a date.
    pub(super) fn read_since(&self, claim: &mut OrdinalClaim, from: usize, end: usize) {
        let after = self.input[from..end].trim();
        let folded = crate::analysis::events::fold(after);
        // "since becoming chairman", "since taking office": the official's term.
        if TERM_PHRASES.iter().any(|p| folded.starts_with(p)) || names_taking_office(&folded) {
            claim.since_term = true;
            return;
        }
        let listed = event_since(after, self.input, events(), self.published).map(|(event, _)| event);
        if let Some(event) = listed.or_else(|| event_described(after, self.input, events(), self.published)) {
            claim.since = Some(event.date);
            // "his ninth trip since the war began": where that war is.
            if claim.scope.is_none() && claim.scope_text.is_none() {
                claim.scope.clone_from(&event.place);
            }
            return;
        }
        // "since June", or a day further on ("since Hamas stormed the border
        // on Oct. 7"); a month or year further on is the time of some other
        // event ("since the conflict in July"), not the day counted from.
        let phrase = after.split([';', '—', '–', '(']).next().unwrap_or(after);
        let words: String =
            std::iter::once("since").chain(phrase.split_whitespace().take(10)).collect::<Vec<_>>().join(" ");
        let next_to_since = words.split(' ').take(4).map(str::len).sum::<usize>() + 3;
        let day = |d: &crate::analysis::dates::DateMention| d.resolved.as_ref().is_some_and(|r| r.len() == 10);
        claim.since = find_dates(&words, self.published)
            .into_iter()
            .filter(|d| d.span.1 <= next_to_since || day(d))
            .find_map(|d| d.day);
        if claim.since.is_none() {
            // Kept as written, up to the end of its phrase, for the check to name.
            let phrase = after.split([',', ';', '—', '–', '(']).next().unwrap_or(after);
            let words: Vec<&str> = phrase.split_whitespace().take(8).collect();
            claim.since_text = Some(words.join(" ").trim_end_matches(['.', '”', '"']).to_string());
        }
    }
}

/// The first day of a window ending on `published`, as a claim keeps it
/// ("in less than two months", "within a week", "in the past 10 days"):
/// the trips it counts are those of that span before publication.
pub fn window_start(window: &str, published: NaiveDate) -> Option<NaiveDate> {
    let words: Vec<&str> = window.split_whitespace().collect();
    let (unit, count) = words.split_last()?;
    // The number stands right before its unit: "in a few days" gives none.
    let number = count.last().and_then(|w| crate::analysis::dates::count(w))?;
    let unit = unit.trim_end_matches(',').trim_end_matches('s');
    match unit {
        "day" => published.checked_sub_days(Days::new(number.into())),
        "week" => published.checked_sub_days(Days::new(7 * u64::from(number))),
        "month" => published.checked_sub_months(Months::new(number)),
        "year" => published.checked_sub_months(Months::new(12 * number)),
        _ => None,
    }
}

/// True when the words after "since" name a start of office in words the
/// list does not hold: "becoming chairman", "I've been secretary of
/// defense", "he was confirmed", "his swearing-in".
fn names_taking_office(folded: &str) -> bool {
    let words: Vec<&str> = folded.split(' ').take(5).collect();
    let office_word = |w: &&str| {
        matches!(*w, "office" | "sworn" | "swearing" | "inauguration" | "inaugurated" | "confirmation" | "confirmed")
    };
    let becoming = matches!(words.first(), Some(&("becoming" | "being")));
    let been_title = words
        .windows(2)
        .any(|pair| matches!(pair[0], "been" | "became") && (TITLE_WORDS.contains(pair[1]) || pair[1] == "defense"));
    becoming || been_title || words.iter().take(4).any(office_word)
}
