//! "Nth visit" claims read in the context of their story: "his ninth trip"
//! is the trip of the person the story is about, "the region" is the region
//! the story named, "since the war began" is the event the story is about
//! (`events.rs`), and "since taking office" is the official's term. What the
//! story does not say is left unread, for the check to say so.

use super::dates::find_dates;
use super::events::{event_since, events};
use super::lexicon::TITLE_WORDS;
use super::mentions::{Gender, Reading, Refers};
use super::places::{COUNTRIES, REGIONS};
use super::tokens::tokens;
use chrono::NaiveDate;

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

/// Countries and peoples of the Middle East, as news desks count it: a
/// story that names none of the regions but one of these means the Middle
/// East by "the region".
const MIDDLE_EAST: &[&str] = &[
    "Israel",
    "Israeli",
    "Israelis",
    "Gaza",
    "Palestinian",
    "Palestinians",
    "Egypt",
    "Egyptian",
    "Jordan",
    "Jordanian",
    "Qatar",
    "Qatari",
    "Saudi",
    "Lebanon",
    "Lebanese",
    "Syria",
    "Syrian",
    "Iraq",
    "Iraqi",
    "Iran",
    "Iranian",
    "Yemen",
    "Yemeni",
    "Bahrain",
    "Kuwait",
    "Oman",
    "Emirati",
    "Hamas",
    "Hezbollah",
    "Houthis",
];

const TRAVEL_NOUNS: &[&str] = &["visit", "visits", "trip", "trips", "journey", "tour", "swing", "voyage", "mission"];

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
        if let Some((a, b)) = headline {
            let head = &input[a..b];
            for (e, entity) in reading.entities.iter().enumerate() {
                let surname = entity.name.rsplit(' ').next().unwrap_or(&entity.name);
                if !entity.org && head.contains(surname) {
                    counts[e] += 2;
                }
            }
        }
        let subject = counts.iter().enumerate().filter(|(_, c)| **c > 0).max_by_key(|(e, c)| (**c, usize::MAX - e));
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
        let (at, n) = lower.iter().enumerate().find_map(|(i, w)| {
            let inside = words[i].start >= clause.0 && words[i].end <= clause.1;
            inside.then(|| super::claims::ordinal_number(w).map(|n| (i, n))).flatten()
        })?;
        // "ninth trip", "ninth Middle East trip"; or "The visit to Egypt, his
        // 11th to the region".
        let travel = |i: &usize| TRAVEL_NOUNS.contains(&lower[*i].as_str());
        let after = (at + 1..lower.len().min(at + 5)).find(travel);
        let before = (lower.get(at + 1).is_none_or(|w| matches!(w.as_str(), "to" | "in" | "since" | "as" | "there")))
            .then(|| (0..at).rfind(travel))
            .flatten();
        let noun_end = match (after, before) {
            (Some(noun), _) => words[noun].end,
            (None, Some(_)) => words[at].end,
            (None, None) => return None,
        };
        let ordinal_at = words[at].start;
        let after_noun = noun_end;
        let official = self.official(start, ordinal_at, end);
        let (scope, scope_text) = self.scope(words[at].end, end, after_noun);
        let mut claim = OrdinalClaim { official, n, scope, scope_text, ..OrdinalClaim::default() };
        if let Some(since) = find_word(&self.input[after_noun..end], "since") {
            self.read_since(&mut claim, after_noun + since + "since".len(), end);
        }
        Some(claim)
    }

    /// The traveller: a name or description owning the ordinal ("Blinken's
    /// ninth", "the top US diplomat's ninth"), else the first person of the
    /// clause, else (for "his ninth" or no one) the person the story is about.
    fn official(&self, start: usize, ordinal_at: usize, end: usize) -> Option<String> {
        let reading = self.reading;
        let person = |e: usize| (!reading.entities[e].org).then_some(e);
        let in_clause = reading.between(start, end);
        let owner = in_clause.iter().rfind(|m| m.end <= ordinal_at && m.end + 4 >= ordinal_at.saturating_sub(2));
        let resolved = |refers: Refers| match refers {
            Refers::Entity(e) => person(e),
            Refers::Description(key) => self.described(key, start),
            _ => None,
        };
        let pronoun = self.input[start..ordinal_at].split_whitespace().last().map(str::to_lowercase);
        let gender = match pronoun.as_deref() {
            Some("his") => Some(Gender::Male),
            Some("her") => Some(Gender::Female),
            _ => None,
        };
        let fits = |e: &usize| gender.is_none_or(|g| reading.entities[*e].gender.is_none_or(|have| have == g));
        // "his ninth": the story's subject when the sentence names them before
        // it, else the first person before it; with no pronoun, anyone named.
        let named = |m: &&super::mentions::Mention| gender.is_none() || m.end <= ordinal_at;
        let mut people = in_clause.iter().filter(named).filter_map(|m| resolved(m.refers)).filter(fits);
        let found = owner
            .and_then(|m| resolved(m.refers))
            .or_else(|| people.clone().find(|e| Some(*e) == self.subject).or_else(|| people.next()));
        // "Blinken's ninth trip": an owner the reading did not take for a name.
        // ("the President's first trip" is a title's, found like "the secretary's".)
        let owner = self.input[start..ordinal_at].split_whitespace().last().unwrap_or("");
        let base = owner.strip_suffix("’s").or_else(|| owner.strip_suffix("'s"));
        let title = base.map(str::to_lowercase).filter(|b| TITLE_WORDS.contains(b));
        let owner_word = || {
            let base = base.filter(|_| title.is_none())?;
            (base.starts_with(char::is_uppercase) && base.chars().all(char::is_alphabetic)).then(|| base.to_string())
        };
        let titled = || title.as_deref().and_then(|t| self.titled(t, start));
        let name = |e: usize| reading.entities[e].name.clone();
        if title.is_some() && found.is_none() {
            // "the President's first trip" in a story that names no president: nobody.
            return titled().map(name);
        }
        found.map(name).or_else(owner_word).or_else(|| self.subject.filter(fits).map(name))
    }

    /// The person titled `key` named last before `before`, or the story's
    /// subject if titled so; nobody else.
    fn titled(&self, key: &str, before: usize) -> Option<usize> {
        let reading = self.reading;
        let has = |e: &usize| reading.entities[*e].titles.iter().any(|t| t.to_lowercase().contains(key));
        let earlier = reading.mentions.iter().filter(|m| m.start < before).rev();
        let person = |m: &super::mentions::Mention| match m.refers {
            Refers::Entity(e) if !reading.entities[e].org => Some(e),
            _ => None,
        };
        earlier.filter_map(person).find(has).or(self.subject.filter(has))
    }

    /// The person a description before `before` stands for ("the secretary"):
    /// the one titled so, else the person the story is about.
    fn described(&self, key: &str, before: usize) -> Option<usize> {
        self.titled(key, before).or(self.subject)
    }

    /// The place visited: one named after the ordinal, or for "the region"
    /// the region the story named last before it (or, with none, the one it
    /// named first after).
    fn scope(&self, from: usize, end: usize, after_noun: usize) -> (Option<String>, Option<String>) {
        let named = self.places().iter().filter(|(at, _, _)| *at >= from && *at < end);
        let until_since = find_word(&self.input[after_noun..end], "since").map_or(end, |i| after_noun + i);
        let rest = self.input[after_noun..until_since].to_ascii_lowercase();
        let vague_at = ["the region", "the area"].into_iter().filter_map(|v| rest.find(v).map(|at| (at, v))).min();
        let place = named.clone().find(|(at, _, _)| *at < until_since);
        // "his second trip to the region, visiting South Korea, …": the region, not its first stop.
        let vague_first = vague_at.is_some_and(|(at, _)| place.is_none_or(|(p, _, _)| after_noun + at < *p));
        if let Some((_, place, _)) = place.filter(|_| !vague_first) {
            return (Some(place.to_string()), None);
        }
        let vague = vague_at.map(|(_, v)| v);
        let Some(vague) = vague else { return (None, None) };
        let regions = self.places().iter().filter(|(_, _, region)| *region);
        let region = regions.clone().rfind(|(at, _, _)| *at < from).or(regions.clone().next()).map(|(_, r, _)| *r);
        let middle_east = || {
            let words = self.input.split(|c: char| !c.is_alphanumeric());
            words.into_iter().any(|w| MIDDLE_EAST.contains(&w)).then_some("Middle East")
        };
        (region.or_else(middle_east).map(str::to_string), Some(vague.to_string()))
    }

    /// Reads the words after "since": the official's term, an event of the
    /// gazetteer, or a date.
    fn read_since(&self, claim: &mut OrdinalClaim, from: usize, end: usize) {
        let after = self.input[from..end].trim();
        let folded = super::events::fold(after);
        // "since becoming chairman", "since taking office": the official's term.
        let becoming = folded.starts_with("becoming ") || folded.starts_with("being named ");
        if becoming || TERM_PHRASES.iter().any(|p| folded.starts_with(p)) {
            claim.since_term = true;
            return;
        }
        if let Some((event, _)) = event_since(after, self.input, events()) {
            claim.since = Some(event.date);
            return;
        }
        // "since June": the month reader needs the word before it.
        let first_words: String =
            std::iter::once("since").chain(after.split_whitespace().take(4)).collect::<Vec<_>>().join(" ");
        claim.since = find_dates(&first_words, self.published).into_iter().find_map(|d| d.day);
        if claim.since.is_none() {
            // Kept as written, up to the end of its phrase, for the check to name.
            let phrase = after.split([',', ';', '—', '–', '(']).next().unwrap_or(after);
            let words: Vec<&str> = phrase.split_whitespace().take(8).collect();
            claim.since_text = Some(words.join(" ").trim_end_matches(['.', '”', '"']).to_string());
        }
    }
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

/// Regions (true) and countries (false) named in the text, by byte offset;
/// the longest name wins where names overlap ("South Africa" over "Africa").
fn places_in(input: &str) -> Vec<(usize, &'static str, bool)> {
    let mut found: Vec<(usize, &'static str, bool)> = Vec::new();
    for (list, region) in [(&REGIONS, true), (&COUNTRIES, false)] {
        for place in list.words() {
            for (at, _) in input.match_indices(place) {
                let before = input[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after = input[at + place.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                if before && after {
                    found.push((at, place, region));
                }
            }
        }
    }
    found.sort_by_key(|(at, place, _)| (*at, usize::MAX - place.len()));
    let mut kept: Vec<(usize, &'static str, bool)> = Vec::new();
    for place in found {
        if kept.last().is_none_or(|last| place.0 >= last.0 + last.1.len()) {
            kept.push(place);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze;
    use crate::analysis::Ordinal;

    fn ordinal(text: &str, published: &str) -> Ordinal {
        let analysis = analyze(text, published.parse().ok());
        analysis.claims.into_iter().find_map(|c| c.ordinal).expect("an ordinal claim")
    }

    #[test]
    fn his_ninth_is_the_trip_of_the_person_the_story_is_about() {
        let text = "Blinken lands in Israel\n\nSecretary of State Antony Blinken arrived in Tel Aviv on Monday. \
                    It is his ninth trip to the Middle East since the war began, and he met Isaac Herzog.";
        let o = ordinal(text, "2024-08-19");
        assert_eq!(o.official.as_deref(), Some("Antony Blinken"));
        assert_eq!((o.n, o.scope.as_deref(), o.since.as_deref()), (9, Some("Middle East"), Some("2023-10-07")));
    }

    #[test]
    fn the_region_is_the_region_the_story_named() {
        let text = "Envoy returns\n\nAntony Blinken flew back to the Middle East on Tuesday. \
                    The visit to Egypt, his 11th to the region since Hamas launched its attack in early October, \
                    follows talks in Qatar.";
        let o = ordinal(text, "2024-10-22");
        assert_eq!((o.n, o.scope.as_deref(), o.since.as_deref()), (11, Some("Middle East"), Some("2023-10-07")));
        let text = "Envoy returns\n\nAntony Blinken flew back to the Middle East on Tuesday. \
                    It is his 11th trip to the region since the conflict erupted in Gaza.";
        let o = ordinal(text, "2024-10-22");
        assert_eq!((o.n, o.scope.as_deref(), o.since.as_deref()), (11, Some("Middle East"), Some("2023-10-07")));
    }

    #[test]
    fn since_taking_office_counts_the_term_and_no_since_counts_all() {
        let text =
            "Visit\n\nSecretary Mike Pompeo arrived in Seoul, his fourth visit to South Korea since taking office.";
        let o = ordinal(text, "2018-10-07");
        assert_eq!(
            (o.official.as_deref(), o.scope.as_deref(), o.since),
            (Some("Mike Pompeo"), Some("South Korea"), None)
        );
        assert!(o.since_term);
        let text = "Visit\n\nIt was Secretary John Kerry's third trip to Egypt.";
        let o = ordinal(text, "2014-09-13");
        assert_eq!((o.official.as_deref(), o.since_text, o.since_term), (Some("John Kerry"), None, false));
    }

    #[test]
    fn an_unknown_since_is_kept_as_written_and_left_unread() {
        let text = "Visit\n\nIt is Blinken's fifth trip to Jordan since the summit in Rome.";
        let o = ordinal(text, "2024-06-11");
        assert_eq!((o.since.as_deref(), o.since_text.as_deref()), (None, Some("the summit in Rome")));
    }
}
