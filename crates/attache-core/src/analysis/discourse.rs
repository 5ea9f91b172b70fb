//! Speakers across sentences and paragraphs: real stories attribute once
//! and then quote on. A quotation continued over paragraphs keeps its
//! speaker; a paragraph of quotation alone continues the paragraph before;
//! a quote after "Blinken told reporters:" or in a paragraph whose first
//! sentence has a speaker takes that speaker.

use super::attribution::{cue_in, sentence_start, Attribution};
use super::mentions::Reading;
use super::quotes::QuoteSpan;
use super::text::Paragraph;

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

/// A paragraph that is nothing but quotation, with no cue of its own,
/// goes on with the speaker of the paragraph before it: real stories
/// attribute once and then quote on.
pub(super) fn continue_paragraphs(
    input: &str,
    paragraphs: &[Paragraph],
    quotes: &[QuoteSpan],
    out: &mut [Attribution],
) {
    for i in 0..quotes.len() {
        let p = quotes[i].paragraph;
        if out[i].speaker.is_some() || out[i].cue.is_some() || p == 0 {
            continue;
        }
        let here: Vec<usize> = (0..quotes.len()).filter(|&k| quotes[k].paragraph == p).collect();
        if here.iter().any(|&k| out[k].cue.is_some()) || !only_quotation(input, paragraphs[p], &here, quotes) {
            continue;
        }
        let before = (0..i).rev().take_while(|&k| quotes[k].paragraph + 1 >= p).find(|&k| quotes[k].paragraph + 1 == p);
        if let Some(k) = before.filter(|&k| out[k].speaker.is_some()) {
            out[i] = Attribution { speaker: out[k].speaker, cue: None };
        }
    }
}

/// True when the paragraph's words outside its quotes are a few at most.
fn only_quotation(input: &str, p: Paragraph, here: &[usize], quotes: &[QuoteSpan]) -> bool {
    let mut outside = 0;
    let mut at = p.start;
    for &k in here {
        outside += input[at..quotes[k].open.max(at)].split_whitespace().count();
        at = quotes[k].close.max(at);
    }
    outside += input[at..p.end.max(at)].split_whitespace().count();
    outside <= 2
}

/// A quote with no cue of its own takes the speaker of what introduces it:
/// a previous paragraph ending in a colon ("Blinken told reporters:"), or
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
        let first_here = (0..i).all(|j| quotes[j].paragraph != k);
        let lead = (p.start, sentence_start(input, p, quotes[i].open, inside));
        // Only a quotation that is a sentence of its own, not a phrase
        // quoted inside the reporter's sentence.
        let own_sentence = input[lead.1..quotes[i].open].trim().is_empty() && !quotes[i].is_fragment(input);
        let found = if !own_sentence {
            None
        } else if first_here && lead.0 == lead.1 && k > 0 && input[..p.start].trim_end().ends_with(':') {
            let before = paragraphs[k - 1];
            let from = sentence_start(input, before, before.end, inside);
            cue_in(input, (from, before.end), before, inside, reading, &out[..i])
        } else if lead.0 < lead.1 {
            cue_in(input, lead, p, inside, reading, &out[..i])
        } else {
            None
        };
        if let Some(found) = found.filter(|f| f.speaker.is_some()) {
            out[i] = found;
        }
    }
}
