//! "Nth visit" claims read in the context of their story: "his ninth trip"
//! is the trip of the person the story is about, "the region" is the region
//! the story named, "since the war began" is the event the story is about
//! (`events.rs`), and "since taking office" is the official's term. What the
//! story does not say is left unread, for the check to say so.

mod place;
mod since;
#[cfg(test)]
mod tests;
mod traveller;

use super::mentions::{Reading, Refers};
use super::tokens::tokens;
use chrono::NaiveDate;
use place::places_in;
pub use since::window_start;

/// An "Nth visit" claim: `{official, n, scope, since}`, with the words each
/// part was read from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OrdinalClaim {
    pub official: Option<String>,
    pub n: u32,
    pub scope: Option<String>,
    pub since: Option<NaiveDate>,
    /// The words after "since", as written, when they are neither a date
    /// nor an event the gazetteer knows.
    pub since_text: Option<String>,
    /// True when the claim counts from the official's start of term.
    pub since_term: bool,
    /// With no official named: the office whose holder travelled
    /// ("secretary" for "the top U.S. diplomat", "president").
    pub office: Option<&'static str>,
    /// "the region" and the like, as written, when the claim names no place.
    pub scope_text: Option<String>,
}

/// What the story around a claim says: who it is about and which regions
/// and countries it names, in text order.
pub struct Context<'a> {
    pub input: &'a str,
    pub reading: &'a Reading,
    /// The person the story is about: named most often (the headline counts).
    pub subject: Option<usize>,
    /// Regions and countries named, with their byte offsets: found the
    /// first time a claim needs them, since most stories have no ordinal.
    places: std::cell::OnceCell<Vec<(usize, &'static str, bool)>>,
    pub published: Option<NaiveDate>,
}

/// An ordinal that counts trips, as [`Context::travel_ordinal`] finds it.
struct Found {
    at: usize,
    n: u32,
    after: Option<usize>,
    before: Option<usize>,
    time: bool,
    visited_after: bool,
}

const TRAVEL_NOUNS: &[&str] =
    &["visit", "visits", "trip", "trips", "journey", "tour", "swing", "voyage", "mission", "travel"];

impl<'a> Context<'a> {
    /// The context of a story: `headline` is the headline's byte range.
    pub fn new(
        input: &'a str,
        headline: Option<(usize, usize)>,
        reading: &'a Reading,
        published: Option<NaiveDate>,
    ) -> Self {
        let mut counts = vec![0usize; reading.entities.len()];
        for m in &reading.mentions {
            if let Refers::Entity(e) = m.refers {
                counts[e] += usize::from(!reading.entities[e].org);
            }
        }
        // The headline counts twice, and names the subject when counts tie.
        let mut headlined = vec![false; reading.entities.len()];
        if let Some((a, b)) = headline {
            let head = &input[a..b];
            for (e, entity) in reading.entities.iter().enumerate() {
                let surname = entity.name.rsplit(' ').next().unwrap_or(&entity.name);
                if !entity.org && head.contains(surname) {
                    counts[e] += 2;
                    headlined[e] = true;
                }
            }
        }
        let subject = counts
            .iter()
            .enumerate()
            .filter(|(_, c)| **c > 0)
            .max_by_key(|(e, c)| (**c, headlined[*e], usize::MAX - e));
        Context { input, reading, subject: subject.map(|(e, _)| e), places: std::cell::OnceCell::new(), published }
    }

    fn places(&self) -> &[(usize, &'static str, bool)] {
        self.places.get_or_init(|| places_in(self.input))
    }

    /// Reads an ordinal visit claim whose ordinal is in `clause`, a part of
    /// `sentence` (byte ranges of the input).
    pub fn ordinal_claim(&self, sentence: (usize, usize), clause: (usize, usize)) -> Option<OrdinalClaim> {
        let (start, end) = sentence;
        let words = tokens(self.input, start, end);
        let lower: Vec<String> = words.iter().map(|w| w.text(self.input).to_lowercase()).collect();
        // "the first stop of his eighth regional tour": the ordinal of a trip.
        let Found { at, n, after, before, time, visited_after } = (0..lower.len())
            .filter(|&i| words[i].start >= clause.0 && words[i].end <= clause.1)
            .find_map(|i| self.travel_ordinal(&words, &lower, i))?;
        let noun_end = match (after, before) {
            _ if time => words[at + 1].end,
            (Some(noun), _) => words[noun].end,
            (None, Some(_)) => words[at].end,
            (None, None) => return None,
        };
        let ordinal_at = words[at].start;
        let after_noun = noun_end;
        let official = self.official(start, ordinal_at, end);
        let office = official
            .is_none()
            .then(|| self.office(start, ordinal_at).or_else(|| self.office_after(noun_end, end)))
            .flatten();
        // "this visit to Israel -- his fourth as chairman": with no place of
        // its own after it, the place of the visit named before the ordinal.
        let own_place = lower.get(at + 1).is_some_and(|w| matches!(w.as_str(), "to" | "in"));
        let (scope, scope_text) = match before.filter(|_| after.is_none() && !own_place && !time) {
            Some(noun) => self.scope(words[noun].end, words[at].start, words[noun].end),
            None if time && !visited_after => {
                let first_word = words.iter().position(|w| w.start >= clause.0).unwrap_or(0);
                self.scope(words[first_word].start, end, words[first_word].start)
            }
            None => self.scope(words[at].end, end, after_noun),
        };
        // "his seventh regional tour", "the ninth such trip": the region the
        // story named.
        let regional = after.is_some_and(|noun| lower[at + 1..noun].iter().any(|w| w == "regional" || w == "such"));
        let (scope, scope_text) = match (scope, scope_text) {
            (None, None) if regional => self.region_named(words[at].end, "the region"),
            found => found,
        };
        let mut claim = OrdinalClaim { official, office, n, scope, scope_text, ..OrdinalClaim::default() };
        if let Some(since) = find_word(&self.input[after_noun..end], "since") {
            self.read_since(&mut claim, after_noun + since + "since".len(), end);
        } else {
            self.read_window(&mut claim, &self.input[after_noun..clause.1.max(after_noun)]);
        }
        Some(claim)
    }

    /// The ordinal at word `i` when it counts trips: its number, the travel
    /// noun after it ("ninth trip", "ninth Middle East trip") or before it
    /// ("The visit to Egypt, his 11th to the region"), or "for the third time".
    fn travel_ordinal(&self, words: &[super::tokens::Token], lower: &[String], at: usize) -> Option<Found> {
        // "First, I start this trip…": a first point, not a first trip.
        let listing = words[at].capitalized(self.input) && self.input[words[at].end..].starts_with(',');
        let n = super::claims::ordinal_number(&lower[at]).filter(|_| !listing)?;
        let travel = |i: &usize| TRAVEL_NOUNS.contains(&lower[*i].as_str());
        let after = (at + 1..lower.len().min(at + 5)).find(travel);
        let before = (lower.get(at + 1).is_none_or(|w| matches!(w.as_str(), "to" | "in" | "since" | "as" | "there")))
            .then(|| (0..at).rfind(travel))
            .flatten();
        // "was in Israel for the third time" (the place is the one before),
        // "the fifth time Blinken has visited the region".
        let time_word = lower.get(at + 1).is_some_and(|w| w == "time");
        let visited_after = time_word && (at + 2..lower.len().min(at + 7)).any(|i| visiting(lower, i));
        // ", in the region for the sixth time": an aside says where someone is.
        let aside = |i: usize| lower[i] == "in" && self.input[..words[i].start].trim_end().ends_with(',');
        let time = time_word && (visited_after || (0..at).any(|i| visiting(lower, i) || aside(i)));
        (time || after.is_some() || before.is_some()).then_some(Found { at, n, after, before, time, visited_after })
    }

    /// A count the speaker gives of their own trips inside a quotation
    /// ("This is my ninth trip to the region since October 7"): read as the
    /// story's own claims are, with the speaker as the traveller.
    pub fn spoken_ordinal(&self, quote: (usize, usize), speaker: Option<String>) -> Option<OrdinalClaim> {
        let text = &self.input[quote.0..quote.1];
        let own = find_word(text, "my").is_some() || find_word(text, "our").is_some();
        if !own || super::claim_kinds::kind_of(text) != Some(super::claims::ClaimKind::Ordinal) {
            return None;
        }
        let mut claim = self.ordinal_claim(quote, quote)?;
        let words = tokens(self.input, quote.0, quote.1);
        let at =
            words.iter().position(|w| super::claims::ordinal_number(&w.text(self.input).to_lowercase()).is_some())?;
        let owner = at.checked_sub(1).map(|i| words[i].text(self.input).to_lowercase());
        if !matches!(owner.as_deref(), Some("my" | "our")) {
            return None;
        }
        claim.official = speaker;
        claim.office = None;
        Some(claim)
    }
}

/// True when word `i` says someone went or was somewhere ("visited",
/// "arrived", "was in"), for "… for the third time".
fn visiting(lower: &[String], i: usize) -> bool {
    let w = lower[i].as_str();
    let presence =
        w == "in" && i > 0 && matches!(lower[i - 1].as_str(), "is" | "was" | "were" | "be" | "been" | "back");
    presence
        || ["visit", "travel", "arriv", "return", "land", "flew", "flies", "went", "toured", "back"]
            .iter()
            .any(|stem| w.starts_with(stem))
}

/// The byte offset of `word` as a whole word in `text`.
fn find_word(text: &str, word: &str) -> Option<usize> {
    // ASCII folding keeps every byte offset where it was.
    let lower = text.to_ascii_lowercase();
    lower.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = lower[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = lower[i + word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}
