//! Reading a story: its direct quotes with their speakers, check-worthy
//! claims, people, places and dates. Rules, not models: fast (a story in well
//! under a millisecond), offline, and explainable to an editor; where the
//! text does not make something clear the result says so (a null speaker, an
//! unresolved date) instead of guessing.

mod anchor;
mod attribution;
mod claim_kinds;
mod claims;
mod colon;
mod cue;
pub mod dates;
mod descriptions;
mod discourse;
pub mod events;
mod given_names;
pub mod leaders;
mod lexicon;
mod mentions;
mod name_words;
mod names;
mod officials;
mod ordinals;
#[cfg(test)]
mod people_tests;
mod places;
mod quotes;
#[cfg(test)]
mod reference_tests;
mod resolve;
mod spaces;
#[cfg(test)]
mod speaker_tests;
mod text;
mod titles;
mod tokens;
#[cfg(test)]
mod wire_tests;

use chrono::NaiveDate;
use serde::Serialize;

pub use anchor::quote_anchor;
pub use ordinals::window_start;
pub use quotes::FRAGMENT_WORDS;

pub use claims::ClaimKind;

/// Whether a quotation is a quote or a fragment of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Six words or more: a sentence someone said.
    Quote,
    /// Under six words: a phrase quoted inside the reporter's sentence.
    Fragment,
}

impl QuoteKind {
    /// The word stored and printed for it.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Quote => "quote",
            QuoteKind::Fragment => "fragment",
        }
    }

    /// The kind a stored word names.
    pub fn parse(word: &str) -> Option<Self> {
        [QuoteKind::Quote, QuoteKind::Fragment].into_iter().find(|k| k.as_str() == word)
    }
}

/// A quote as reported: the words inside the marks, who said them and how.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The words inside the quotation marks.
    pub text: String,
    /// The name the editor's corrections keep the quote by (see `anchor.rs`):
    /// made from the words the analyzer found, it stays when the editor moves
    /// the quote's bounds.
    pub anchor: String,
    /// The speaker's full name (or organization), or null when the text does
    /// not make it clear.
    pub speaker: Option<String>,
    /// The cue word that attributes it ("said", "told", "according").
    pub cue: Option<String>,
    /// Character offsets of `text` in the input.
    pub start: usize,
    pub end: usize,
    /// A quote, or a fragment under six words.
    pub kind: QuoteKind,
    /// `continued` (goes on from the previous paragraph), `continues`, `unterminated`.
    pub flags: Vec<&'static str>,
}

/// An "Nth visit" claim, ready to check against travel records.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Ordinal {
    /// The traveller, or null when the story does not say who.
    pub official: Option<String>,
    pub n: u32,
    /// The region or country visited, or null when the story does not say.
    pub scope: Option<String>,
    /// The day counted from (`YYYY-MM-DD`), or null.
    pub since: Option<String>,
    /// The words after "since", as written, when they are neither a date
    /// nor a known event (the claim cannot be checked until they are).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since_text: Option<String>,
    /// True when the claim counts from the official's start of term
    /// ("since taking office").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub since_term: bool,
    /// The vague place as written ("the region"), when it stands for the scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope_text: Option<String>,
    /// With no official named, the office whose holder on the day of
    /// publication travelled: `secretary` ("the top U.S. diplomat's ninth
    /// trip") or `president`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
}

impl From<ordinals::OrdinalClaim> for Ordinal {
    fn from(o: ordinals::OrdinalClaim) -> Self {
        Ordinal {
            official: o.official,
            n: o.n,
            scope: o.scope,
            since: o.since.map(|d| d.to_string()),
            since_text: o.since_text,
            since_term: o.since_term,
            scope_text: o.scope_text,
            office: o.office.map(str::to_string),
        }
    }
}

/// A check-worthy sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub text: String,
    /// What makes it check-worthy.
    pub kind: ClaimKind,
    pub start: usize,
    pub end: usize,
    pub ordinal: Option<Ordinal>,
}

/// A person or organization mentioned, with the titles written before them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    pub name: String,
    pub titles: Vec<String>,
    /// How many times they are named.
    pub mentions: usize,
    /// True for an organization.
    pub organization: bool,
}

/// A place named, and how often.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    pub name: String,
    pub mentions: usize,
}

/// A date expression and what it means given the publication date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateRef {
    pub text: String,
    pub resolved: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// Everything read from one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    pub people: Vec<Person>,
    pub places: Vec<Place>,
    pub dates: Vec<DateRef>,
}

/// Reads `written` (headline on the first line, as at import), resolving
/// dates against `published`.
pub fn analyze(written: &str, published: Option<NaiveDate>) -> Analysis {
    let plain = spaces::plain_spaces(written);
    let input: &str = &plain;
    let as_written = spaces::AsWritten::new(written, input);
    let (headline, paragraphs) = text::layout(input);
    let offsets = text::CharOffsets::new(input);
    let mut reading = mentions::Reading::default();
    if let Some(h) = headline {
        reading.note_headline(&input[h.start..h.end]);
    }
    let words: Vec<Vec<tokens::Token>> = paragraphs.iter().map(|p| tokens::tokens(input, p.start, p.end)).collect();
    // A subheading ("Defense Budgets Climb") names no one who speaks.
    for (p, words) in paragraphs.iter().zip(&words) {
        if !text::is_subheading(input, *p) {
            reading.read(input, words);
        }
    }
    reading.learn_offices(published);
    let spans = quotes::find_quotes(input, &paragraphs);
    let attributions = attribution::attribute(input, &paragraphs, &spans, &reading);
    let speakers: Vec<Option<usize>> = attributions.iter().map(|a| a.speaker).collect();
    let anchors = anchor::anchors(spans.iter().map(|q| &input[q.start..q.end]));
    let quotes = spans
        .iter()
        .zip(attributions)
        .zip(anchors)
        .map(|((q, a), anchor)| Quote {
            text: as_written.words(q.start, q.end, &offsets),
            anchor,
            speaker: a.speaker.map(|e| reading.entities[e].name.clone()),
            cue: a.cue,
            start: offsets.of(q.start),
            end: offsets.of(q.end),
            kind: if q.is_fragment(input) { QuoteKind::Fragment } else { QuoteKind::Quote },
            flags: [(q.continued, "continued"), (q.continues, "continues"), (q.unterminated, "unterminated")]
                .into_iter()
                .filter_map(|(on, flag)| on.then_some(flag))
                .collect(),
        })
        .collect();
    let mut claims = Vec::new();
    let mut dates = Vec::new();
    let context = ordinals::Context::new(input, headline.map(|h| (h.start, h.end)), &reading, published);
    for (index, p) in paragraphs.iter().enumerate() {
        for sentence in text::sentences(input, p.start, p.end) {
            let first_claim = claims.len();
            for (start, end) in claims::clauses(input, sentence.0, sentence.1) {
                let unquoted = claims::unquoted(input, (start, end), &spans);
                let elliptic = || {
                    let whole = &input[sentence.0..sentence.1];
                    claim_kinds::elliptic_ordinal(&unquoted, whole).then_some(claims::ClaimKind::Ordinal)
                };
                let Some(kind) = claim_kinds::kind_of(&unquoted).or_else(elliptic) else { continue };
                let travel = kind == claims::ClaimKind::Ordinal;
                let ordinal =
                    travel.then(|| context.ordinal_claim(sentence, (start, end))).flatten().map(Ordinal::from);
                let kind = if ordinal.is_some() { claims::ClaimKind::Ordinal } else { kind };
                claims.push(Claim {
                    text: as_written.words(start, end, &offsets),
                    kind,
                    start: offsets.of(start),
                    end: offsets.of(end),
                    ordinal,
                });
            }
            share_since(&mut claims[first_claim..], &input[sentence.0..sentence.1]);
        }
        // "This is my ninth trip to the region," Blinken said: the speaker's count.
        let first = spans.partition_point(|q| q.paragraph < index);
        for (q, speaker) in spans[first..].iter().zip(&speakers[first..]).take_while(|(q, _)| q.paragraph == index) {
            let speaker = speaker.map(|e| reading.entities[e].name.clone());
            if let Some(o) = context.spoken_ordinal((q.start, q.end), speaker) {
                let (start, end) = (offsets.of(q.start), offsets.of(q.end));
                let text = as_written.words(q.start, q.end, &offsets);
                claims.push(Claim { text, kind: ClaimKind::Ordinal, start, end, ordinal: Some(Ordinal::from(o)) });
            }
        }
        for d in dates::find_dates(&input[p.start..p.end], published) {
            let (start, end) = (p.start + d.span.0, p.start + d.span.1);
            dates.push(DateRef {
                text: as_written.words(start, end, &offsets),
                resolved: d.resolved,
                start: offsets.of(start),
                end: offsets.of(end),
            });
        }
    }
    let people = reading
        .entities
        .iter()
        .map(|e| Person {
            name: e.name.clone(),
            titles: e.titles.clone(),
            mentions: e.mentions.len(),
            organization: e.org,
        })
        .collect();
    claims.sort_by_key(|c| c.start);
    Analysis { quotes, claims, people, places: places_in(input, &words), dates }
}

/// The places named, longest name first ("New York" before "York"), in the
/// order of their first mention; `words` are each paragraph's words.
fn places_in(input: &str, words: &[Vec<tokens::Token>]) -> Vec<Place> {
    let mut found: Vec<Place> = Vec::new();
    for words in words {
        let mut i = 0;
        while i < words.len() {
            if !words[i].capitalized(input) {
                i += 1;
                continue;
            }
            let longest = (1..=4).rev().find_map(|len| {
                let last = words.get(i + len - 1)?;
                let name = &input[words[i].start..last.start + last.base(input).len()];
                let known =
                    places::COUNTRIES.contains(name) || places::CITIES.contains(name) || places::REGIONS.contains(name);
                known.then_some((len, name))
            });
            match longest {
                Some((len, name)) => {
                    match found.iter_mut().find(|p| p.name == name) {
                        Some(place) => place.mentions += 1,
                        None => found.push(Place { name: name.to_string(), mentions: 1 }),
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
    found
}

/// "his ninth visit to Israel since the war began and his ninth to the
/// region": counts joined in one sentence, one of them elliptic, share the
/// one "since" written (`sentence` holds them all).
fn share_since(claims: &mut [Claim], sentence: &str) {
    let elliptic = claims.iter().any(|c| claim_kinds::elliptic_ordinal(&c.text, sentence));
    let has = |o: &Ordinal| o.since.is_some() || o.since_term || o.since_text.is_some();
    let written = claims.iter().filter_map(|c| c.ordinal.as_ref()).find(|o| has(o)).cloned();
    let Some(written) = written.filter(|_| elliptic) else { return };
    for o in claims.iter_mut().filter_map(|c| c.ordinal.as_mut()).filter(|o| !has(o)) {
        o.since.clone_from(&written.since);
        o.since_term = written.since_term;
        o.since_text.clone_from(&written.since_text);
    }
}
