//! A sentence that ends on a colon introduces the quotation after it:
//! "Kasich resisted: “…”", "When Trump suggested …, Rubio fired back
//! forcefully: “…”", or a paragraph ending "… Donald Trump issued the
//! following statement:" before a paragraph of quotation. With no cue of
//! its own, its subject speaks.

use super::cue::is_cue;
use super::lexicon::{describes_a_name, FUNCTION_CAPS, TITLE_WORDS};
use super::mentions::Reading;
use super::quotes::Attribution;
use super::resolve::{resolve, Scope};
use super::text::{sentence_start, Paragraph};
use super::tokens::tokens;

/// Words that open a sentence with a clause or phrase before its subject
/// ("When Trump suggested …, Rubio fired back:").
const OPENERS: &[&str] = &[
    "When",
    "While",
    "As",
    "After",
    "Before",
    "Although",
    "Though",
    "Because",
    "If",
    "Once",
    "Since",
    "Until",
    "Whereas",
    "Following",
    "Asked",
    "In",
    "At",
    "During",
    "On",
];

/// The subject of the sentence of `paragraph` that ends on a colon right
/// before `upto`, when that sentence has no cue of its own.
pub(super) fn subject_before_colon(
    input: &str,
    paragraph: Paragraph,
    upto: usize,
    inside: &dyn Fn(usize) -> bool,
    reading: &Reading,
    done: &[Attribution],
) -> Option<Attribution> {
    let lead = input[paragraph.start..upto].trim_end();
    let colon = paragraph.start + lead.strip_suffix(':')?.len();
    // After a quote closing the sentence before ("Clinton: “…” Bush: “…”").
    let start = sentence_start(input, paragraph, colon, inside);
    let closed = input[start..colon].char_indices().rfind(|(_, c)| matches!(c, '”' | '"'));
    let start = closed.map_or(start, |(at, c)| start + at + c.len_utf8());
    let opener = tokens(input, start, colon).first().is_some_and(|w| OPENERS.contains(&w.text(input)));
    let clause = if opener { start + input[start..colon].find(", ")? + 2 } else { start };
    let outside = |at: usize| !inside(at);
    if tokens(input, clause, colon).iter().any(|w| outside(w.start) && is_cue(w.text(input))) {
        return None;
    }
    let subject = reading.between(clause, colon).iter().find(|m| outside(m.start))?;
    // "Ohio Gov. John Kasich resisted:", "Republican presidential nominee
    // Donald Trump issued …:", not "Her message to Netanyahu:".
    let lead = input[clause..subject.start].trim();
    let titled = lead.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase) && !FUNCTION_CAPS.contains(w)
            || TITLE_WORDS.contains(&w.trim_end_matches('.').to_lowercase())
    }) || describes_a_name(lead);
    if !titled || subject.owner(input) {
        return None;
    }
    let scope = Scope { input, paragraph, inside };
    let speaker = resolve(subject, reading, done, upto, scope)?;
    Some(Attribution { speaker: Some(speaker), cue: None })
}
