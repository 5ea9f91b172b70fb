//! Speakers across sentences and paragraphs: real stories attribute once
//! and then quote on. A quotation continued over paragraphs keeps its
//! speaker; a paragraph of quotation alone continues the paragraph before;
//! a quote after "Blinken told reporters:" or in a paragraph whose first
//! sentence has a speaker takes that speaker.

use super::cue::cue_in;
use super::mentions::Reading;
use super::quotes::{Attribution, QuoteSpan};
use super::text::{sentence_start, Paragraph};

/// Quotes with no cue of their own: a quotation continued over paragraphs
/// takes the speaker of its other parts; a quote right after an attributed
/// one in the same paragraph takes that speaker.
pub(super) fn carry_over(quotes: &[QuoteSpan], out: &mut [Attribution]) {
    for i in (0..quotes.len()).rev() {
        if out[i].speaker.is_none() && quotes[i].continues && i + 1 < quotes.len() && quotes[i + 1].continued {
            out[i] = Attribution { speaker: out[i + 1].speaker, cue: out[i + 1].cue.clone() };
        }
    }
    for i in 1..quotes.len() {
        let same_paragraph = quotes[i - 1].paragraph == quotes[i].paragraph;
        if out[i].speaker.is_none() && out[i].cue.is_none() && (quotes[i].continued || same_paragraph) {
            out[i] = Attribution { speaker: out[i - 1].speaker, cue: out[i - 1].cue.clone() };
        }
    }
}

/// A paragraph that is nothing but quotation, or that opens on a sentence
/// of quotation and names no one outside its quotes, with no cue of its
/// own, goes on with the speaker of the paragraph before it: real stories
/// attribute once and then quote on.
pub(super) fn continue_paragraphs(
    input: &str,
    paragraphs: &[Paragraph],
    quotes: &[QuoteSpan],
    reading: &Reading,
    out: &mut [Attribution],
) {
    let ranges = by_paragraph(quotes);
    for (k, here) in ranges.iter().enumerate().filter(|(k, here)| *k > 0 && here.start < here.end) {
        let quiet = here.clone().all(|i| out[i].cue.is_none());
        let before = ranges[k - 1].end.checked_sub(1).filter(|&i| ranges[k - 1].contains(&i));
        let Some(speaker) = before.and_then(|i| out[i].speaker) else { continue };
        let p = paragraphs[k];
        if !quiet
            || !only_quotation(input, p, here.clone(), quotes)
                && !opens_on_quotation(input, p, here.clone(), quotes, reading)
        {
            continue;
        }
        for i in here.clone() {
            if out[i].speaker.is_none() {
                out[i] = Attribution { speaker: Some(speaker), cue: None };
            }
        }
    }
}

/// The quotes of each paragraph, as a range of quote indices: quotes are in
/// text order, so each paragraph's are together.
pub(super) fn by_paragraph(quotes: &[QuoteSpan]) -> Vec<std::ops::Range<usize>> {
    let count = quotes.last().map_or(0, |q| q.paragraph + 1);
    let mut ranges = vec![0..0; count];
    for (i, q) in quotes.iter().enumerate() {
        let range = &mut ranges[q.paragraph];
        if range.start == range.end {
            *range = i..i + 1;
        } else {
            range.end = i + 1;
        }
    }
    ranges
}

/// True when the paragraph's words outside its quotes are a few at most.
fn only_quotation(input: &str, p: Paragraph, here: std::ops::Range<usize>, quotes: &[QuoteSpan]) -> bool {
    let mut outside = 0;
    let mut at = p.start;
    for k in here {
        outside += input[at..quotes[k].open.max(at)].split_whitespace().count();
        at = quotes[k].close.max(at);
    }
    outside += input[at..p.end.max(at)].split_whitespace().count();
    outside <= 2
}

/// True when the paragraph opens on a sentence of quotation ("“We’ve seen
/// case after case …” and “…” but …") and names no one outside its quotes.
fn opens_on_quotation(
    input: &str,
    p: Paragraph,
    here: std::ops::Range<usize>,
    quotes: &[QuoteSpan],
    reading: &Reading,
) -> bool {
    let first = &quotes[here.start];
    let opens = input[p.start..first.open].trim().is_empty()
        && !first.is_fragment(input)
        && input[first.start..first.end].starts_with(char::is_uppercase);
    let inside = |at: usize| here.clone().any(|k| quotes[k].open <= at && at < quotes[k].close);
    opens && reading.between(p.start, p.end).iter().all(|m| inside(m.start))
}

/// How much of a paragraph before a quote is read for its lead sentence.
const LEAD_WINDOW: usize = 2_000;

/// The nearest character boundary at or before `at`.
fn floor_boundary(input: &str, mut at: usize) -> usize {
    while !input.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A quote with no cue of its own takes the speaker of what introduces it:
/// a previous paragraph ending in a colon ("Blinken told reporters:") or
/// with a cue in its last sentence (before a paragraph of quotation alone), or
/// an earlier sentence of its own paragraph with a cue ("Blinken spoke to
/// reporters in Doha. “…”").
pub(super) fn introduced(
    input: &str,
    paragraphs: &[Paragraph],
    quotes: &[QuoteSpan],
    inside: &dyn Fn(usize) -> bool,
    reading: &Reading,
    out: &mut [Attribution],
) {
    for i in 0..quotes.len() {
        if out[i].speaker.is_some() || out[i].cue.is_some() || quotes[i].continued {
            continue;
        }
        let k = quotes[i].paragraph;
        let p = paragraphs[k];
        // Only a paragraph's first quote: those after it take its speaker
        // (`carry_over`), and a paragraph of thousands stays linear.
        if i > 0 && quotes[i - 1].paragraph == k {
            continue;
        }
        // The lead is read within the sentence window, not a giant paragraph.
        let lead_end = sentence_start(input, p, quotes[i].open, inside);
        let lead = (p.start.max(floor_boundary(input, lead_end.saturating_sub(LEAD_WINDOW))), lead_end);
        // Only a quotation that is a sentence of its own, not a phrase
        // quoted inside the reporter's sentence.
        let own_sentence = input[lead.1..quotes[i].open].trim().is_empty() && !quotes[i].is_fragment(input);
        // "Blinken told reporters:", or "Dave Hutcheson, a rescue worker,
        // says the man was in good shape." before a paragraph of quotation
        // alone: the speaker of the paragraph before's last sentence.
        let after_colon = input[..p.start].trim_end().ends_with(':');
        let quiet_before = i == 0 || quotes[i - 1].paragraph + 1 < k;
        let alone = || {
            let end = (i..quotes.len()).take_while(|&j| quotes[j].paragraph == k).last().map_or(i, |j| j + 1);
            only_quotation(input, p, i..end, quotes)
        };
        let found = if !own_sentence {
            None
        } else if lead.0 == lead.1 && k > 0 && (after_colon || quiet_before && alone()) {
            let before = paragraphs[k - 1];
            let from = sentence_start(input, before, before.end, inside);
            let cue = cue_in(input, (from, before.end), before, inside, reading, &out[..i]);
            // "Mr. Ban made the comment to China's state television." and
            // then his words: the subject of a paragraph of no quotation.
            // "… Donald Trump issued the following statement:" and then his words.
            let colon = || super::colon::subject_before_colon(input, before, before.end, inside, reading, &out[..i]);
            cue.filter(|f| f.speaker.is_some()).or_else(|| after_colon.then(colon).flatten()).or_else(|| {
                quiet_before.then(|| subject_of_sentence(input, (from, before), inside, reading, &out[..i])).flatten()
            })
        } else if lead.0 < lead.1 {
            cue_in(input, lead, p, inside, reading, &out[..i])
        } else {
            None
        };
        let found = found.filter(|f| f.speaker.is_some());
        // "KHARTOUM, Sudan (Reuters) — “…”": a dateline before a quote of its own.
        let before = input[lead.1..quotes[i].open].trim();
        let dateline = before.ends_with(['—', '–', '-']) && before.split_whitespace().count() <= 8;
        let alone = (own_sentence || dateline && !quotes[i].is_fragment(input)).then_some(());
        if let Some(found) = found.or_else(|| alone.and_then(|_| named_after(input, p, &quotes[i], reading))) {
            out[i] = found;
        }
    }
}

/// How many words may open a sentence before its subject ("U.S. President").
const SUBJECT_WITHIN: usize = 3;

/// The person or organization a sentence (from `from` to the end of
/// paragraph `p`) opens on, when it is its subject: named within its first
/// few words and not as an owner ("Ban's aide").
fn subject_of_sentence(
    input: &str,
    (from, p): (usize, Paragraph),
    inside: &dyn Fn(usize) -> bool,
    reading: &Reading,
    done: &[Attribution],
) -> Option<Attribution> {
    let first = reading.between(from, p.end).iter().find(|m| !inside(m.start))?;
    if first.owner(input) || input[from..first.start].split_whitespace().count() > SUBJECT_WITHIN {
        return None;
    }
    let scope = super::resolve::Scope { input, paragraph: p, inside };
    let speaker = super::resolve::resolve(first, reading, done, first.start, scope)?;
    Some(Attribution { speaker: Some(speaker), cue: None })
}

/// Nouns of speech that a following sentence names a quote by: "That was
/// the warning from U.N. envoy Ramtane Lamamra".
const SPEECH_NOUNS: &[&str] = &[
    "warning",
    "message",
    "words",
    "word",
    "assessment",
    "verdict",
    "plea",
    "appeal",
    "comment",
    "comments",
    "remarks",
    "statement",
    "view",
    "reaction",
    "response",
    "answer",
    "promise",
    "pledge",
    "message",
];

/// The speaker a sentence after a quote names by pointing back at it ("That
/// was the warning from …", "Those were the words of …"): a person named
/// right after a noun of speech and "from", "of" or "by".
fn named_after(input: &str, p: Paragraph, quote: &QuoteSpan, reading: &Reading) -> Option<Attribution> {
    let rest = input[quote.close..p.end].trim_start();
    let start = p.end - rest.len();
    let pointing = ["That ", "This ", "Those ", "These ", "Such "].iter().any(|d| rest.starts_with(d));
    let end = start + super::text::sentence_end(input, start, p.end).saturating_sub(start).min(400);
    if !pointing || end <= start {
        return None;
    }
    let words: Vec<&str> = input[start..end].split_whitespace().collect();
    let noun = words.iter().position(|w| SPEECH_NOUNS.contains(&w.trim_end_matches(',')))?;
    let preposition = words.get(noun + 1).filter(|w| matches!(**w, "from" | "of" | "by"))?;
    let after = start + input[start..end].find(&format!(" {preposition} "))? + preposition.len() + 2;
    let person = reading.between(after, end).iter().find(|m| {
        matches!(m.refers, super::mentions::Refers::Entity(e) if !reading.entities[e].org)
            && input[after..m.start].split_whitespace().count() <= 4
    })?;
    let super::mentions::Refers::Entity(e) = person.refers else { return None };
    Some(Attribution { speaker: Some(e), cue: Some(words[noun].to_string()) })
}
