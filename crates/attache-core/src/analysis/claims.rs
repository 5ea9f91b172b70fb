//! Check-worthy claims: sentences with ordinals, figures, superlatives or
//! comparisons over time. An ordinal visit claim ("his ninth visit to the
//! Middle East since Hamas's October 7 attack") is also parsed into who,
//! how many, where and since when, for the visits timeline to check.

use super::dates::find_dates;
use super::mentions::{Reading, Refers};
use super::places::{COUNTRIES, REGIONS};
use chrono::NaiveDate;

/// What makes a sentence check-worthy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimKind {
    Ordinal,
    Figure,
    Superlative,
    Comparison,
}

impl ClaimKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Ordinal => "ordinal",
            ClaimKind::Figure => "figure",
            ClaimKind::Superlative => "superlative",
            ClaimKind::Comparison => "comparison",
        }
    }
}

/// An "Nth visit" claim: `{official, n, scope, since}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrdinalClaim {
    pub official: Option<String>,
    pub n: u32,
    pub scope: Option<String>,
    pub since: Option<NaiveDate>,
}

const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];
const SUPERLATIVES: &[&str] = &[
    "best",
    "worst",
    "largest",
    "biggest",
    "highest",
    "lowest",
    "most",
    "least",
    "greatest",
    "smallest",
    "longest",
    "deadliest",
    "last",
    "latest",
    "strongest",
    "weakest",
    "fastest",
    "record",
];
const COMPARISONS: &[&str] = &[
    "since",
    "than",
    "compared",
    "first time",
    "ever",
    "again",
    "anymore",
    "increase",
    "decline",
    "rose",
    "fell",
    "doubled",
];
const FIGURE_WORDS: &[&str] =
    &["percent", "%", "million", "billion", "thousand", "hundred", "dozens", "tons", "tonnes", "dollars"];

fn ordinal_number(word: &str) -> Option<u32> {
    if let Some(n) = ORDINALS.iter().position(|o| *o == word) {
        return Some(n as u32 + 1);
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th").then(|| digits.parse().ok()).flatten()
}

/// The kind of claim a sentence makes, if any.
pub fn kind_of(sentence: &str) -> Option<ClaimKind> {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '%').filter(|w| !w.is_empty()).collect();
    if words.iter().any(|w| ordinal_number(w).is_some_and(|n| n > 1)) {
        return Some(ClaimKind::Ordinal);
    }
    if words.iter().any(|w| {
        w.chars().any(|c| c.is_ascii_digit()) && w.len() > 1 && !w.starts_with("20") || FIGURE_WORDS.contains(w)
    }) {
        return Some(ClaimKind::Figure);
    }
    if words.iter().any(|w| SUPERLATIVES.contains(w)) {
        return Some(ClaimKind::Superlative);
    }
    if COMPARISONS.iter().any(|c| if c.contains(' ') { lower.contains(c) } else { words.contains(c) }) {
        return Some(ClaimKind::Comparison);
    }
    None
}

/// Parses an ordinal visit claim in `sentence` (bytes `start..end` of the
/// input): "his ninth visit to the Middle East since …".
pub fn ordinal_claim(
    input: &str,
    start: usize,
    end: usize,
    reading: &Reading,
    published: Option<NaiveDate>,
) -> Option<OrdinalClaim> {
    let sentence = &input[start..end];
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let at = words.iter().position(|w| ordinal_number(w.trim_matches(|c: char| !c.is_alphanumeric())).is_some())?;
    let noun = words.get(at + 1)?.trim_matches(|c: char| !c.is_alphanumeric());
    if !matches!(noun, "visit" | "trip" | "journey" | "tour") {
        return None;
    }
    let n = ordinal_number(words[at].trim_matches(|c: char| !c.is_alphanumeric()))?;
    let scope = REGIONS
        .words()
        .iter()
        .chain(COUNTRIES.words())
        .filter(|place| sentence.contains(*place))
        .max_by_key(|p| p.len())
        .map(|p| p.to_string());
    let since =
        lower.find(" since ").and_then(|i| find_dates(&sentence[i..], published).into_iter().find_map(|d| d.day));
    let official = reading.mentions.iter().filter(|m| m.start >= start && m.end <= end).find_map(|m| match m.refers {
        Refers::Entity(e) if !reading.entities[e].org => Some(reading.entities[e].name.clone()),
        _ => None,
    });
    Some(OrdinalClaim { official, n, scope, since })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_claims() {
        assert_eq!(kind_of("He is on his ninth visit to the region."), Some(ClaimKind::Ordinal));
        assert_eq!(kind_of("Exports rose 12 percent to $3 billion."), Some(ClaimKind::Figure));
        assert_eq!(kind_of("probably the best, maybe the last, opportunity"), Some(ClaimKind::Superlative));
        assert_eq!(kind_of("It was the first time since the war that they met."), Some(ClaimKind::Comparison));
        assert_eq!(kind_of("The talks went on."), None);
    }
}
