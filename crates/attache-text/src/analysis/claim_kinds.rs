//! What makes a clause check-worthy, word by word: a count or amount
//! ("five people", "12 percent", "tens of thousands"), an ordinal of an
//! event ("his ninth visit", "the third meeting"), a superlative ("the
//! largest", "the first black airmen", "never before") or a comparison
//! ("more than", "doubled", "fell"). Dates, years, unit names ("the 198th
//! Army Band"), offices ("the 34th president") and model numbers ("C-17")
//! are not claims.

use super::claims::{ordinal_number, ClaimKind};
use super::lexicon::{Fnv, WordSet};
use std::borrow::Cow;

/// Nouns after an ordinal that make it an ordinal of events.
static EVENTS: WordSet = WordSet::new(&[
    "travel",
    "visit",
    "visits",
    "trip",
    "trips",
    "journey",
    "tour",
    "swing",
    "time",
    "times",
    "meeting",
    "meetings",
    "session",
    "round",
    "test",
    "tests",
    "attack",
    "attacks",
    "term",
    "summit",
    "day",
    "week",
    "month",
    "year",
    "straight",
    "consecutive",
    "launch",
    "strike",
    "strikes",
    "election",
    "elections",
    "mission",
    "deployment",
    "conference",
]);

/// Nouns of travel, for which even a first is an ordinal claim.
static TRAVEL: WordSet = WordSet::new(&["visit", "visits", "trip", "trips", "journey", "tour", "swing", "travel"]);

/// Words that count or measure.
static AMOUNTS: WordSet = WordSet::new(&[
    "percent",
    "%",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "thousand",
    "thousands",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "half",
    "majority",
    "tons",
    "tonnes",
    "dollars",
    "terabytes",
    "kilometers",
    "miles",
    "twice",
    "triple",
]);

/// Number words that count when a word follows ("five people", "two days").
static NUMBER_WORDS: WordSet = WordSet::new(&[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "eighteen",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "thirteen",
    "fourteen",
    "sixteen",
    "seventeen",
    "nineteen",
]);

static SUPERLATIVES: WordSet = WordSet::new(&[
    "best",
    "worst",
    "largest",
    "biggest",
    "highest",
    "lowest",
    "greatest",
    "smallest",
    "longest",
    "deadliest",
    "strongest",
    "weakest",
    "fastest",
    "newest",
    "oldest",
    "youngest",
    "fewest",
    "heaviest",
    "worst-ever",
    "unprecedented",
    "nowhere",
]);

/// Words ending in "-est" that are no superlative.
const NOT_EST: &[&str] = &[
    "interest",
    "request",
    "protest",
    "contest",
    "harvest",
    "earnest",
    "suggest",
    "conquest",
    "arrest",
    "midwest",
    "southwest",
    "northwest",
    "manifest",
    "unrest",
    "digest",
    "inquest",
    "behest",
    "latest",
    "invest",
    "honest",
    "modest",
    "forest",
    "attest",
    "detest",
    "infest",
    "bequest",
    "interests",
    "requests",
    "protests",
];

static COMPARISONS: WordSet = WordSet::new(&[
    "than",
    "compared",
    "doubled",
    "tripled",
    "halved",
    "increased",
    "decreased",
    "declined",
    "rose",
    "fell",
    "dropped",
    "surged",
    "soared",
    "plunged",
    "fewer",
    "increase",
    "decline",
    "jumped",
]);

static MONTHS: WordSet = WordSet::new(&[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]);

/// Offices and units an ordinal numbers without making a claim.
static NUMBERED: WordSet =
    WordSet::new(&["president", "secretary", "anniversary", "annual", "century", "amendment", "floor"]);

/// The nouns that end a unit's name after its number ("412th Test Wing").
static UNITS: WordSet = WordSet::new(&[
    "fleet",
    "wing",
    "battalion",
    "brigade",
    "division",
    "regiment",
    "squadron",
    "company",
    "group",
    "corps",
    "army",
    "command",
    "force",
    "district",
    "circuit",
    "infantry",
    "cavalry",
    "airlift",
    "engineers",
    "detachment",
    "congress",
    "parliament",
    "session",
    "precinct",
    "district",
    "street",
    "avenue",
    "amendment",
]);

/// A word of a clause, as written and in lower case (borrowed when it is
/// already), with what it is to the rules.
struct Word<'a> {
    lower: Cow<'a, str>,
    text: &'a str,
    class: u16,
}

/// The kind of claim a clause makes, if any. Words inside quotation marks
/// are the speaker's, not the story's, and are left out before this is asked.
pub fn kind_of(clause: &str) -> Option<ClaimKind> {
    let words: Vec<Word> = clause
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '“' | '”' | '"'))
        .map(|w| w.trim_matches(|c: char| matches!(c, '.' | '!' | '?' | '\'' | '’')))
        .filter(|w| !w.is_empty())
        .map(|text| {
            let lower = if text.chars().any(char::is_uppercase) {
                Cow::Owned(text.to_lowercase())
            } else {
                Cow::Borrowed(text)
            };
            Word { class: class_of(&lower), lower, text }
        })
        .collect();
    let at = |i: usize| words.get(i).map_or("", |w| w.lower.as_ref());
    let is = |i: usize, class: u16| words.get(i).is_some_and(|w| w.class & class != 0);
    let ordinal = (0..words.len()).any(|i| {
        let Some(n) = ordinal_number(at(i)) else { return false };
        // "first" counts only trips and visits ("her first trip abroad"); a
        // first of anything else is a superlative.
        let travel = || (i + 1..words.len().min(i + 4)).any(|k| is(k, C_TRAVEL));
        // "ninth visit", or "The visit is his ninth to the region".
        // "his 12th and likely final trip": a trip a few words further on.
        let after = || {
            (i + 1..words.len().min(i + 4)).any(|k| is(k, C_EVENT))
                || (i + 1..words.len().min(i + 5)).any(|k| is(k, C_TRAVEL))
        };
        let before = || matches!(at(i + 1), "to" | "since" | "in" | "as" | "") && (0..i).any(|k| is(k, C_EVENT));
        let numbered = || (i + 1..words.len().min(i + 3)).any(|k| is(k, C_NUMBERED));
        // "the second multilateral exercise of its kind".
        let of_its_kind = || (i + 1..words.len().min(i + 6)).any(|k| at(k) == "of" && at(k + 2) == "kind");
        // "the 412th Test Wing", "the 5th and 7th Fleet": a unit's name.
        let capital = |k: usize| words.get(k).is_some_and(|w| w.text.starts_with(char::is_uppercase));
        let unit = || {
            let name = (i + 1..words.len().min(i + 5))
                .take_while(|&k| capital(k) || at(k) == "and" || ordinal_number(at(k)).is_some());
            name.clone().any(&capital) && name.into_iter().any(|k| UNITS.contains(at(k)))
        };
        (n > 1 || travel()) && (after() || before() || n > 1 && of_its_kind()) && !numbered() && !unit()
    });
    if ordinal {
        return Some(ClaimKind::Ordinal);
    }
    // "28 years old", "two days ago": an age or a time, not a count.
    let time = |i: usize| at(i + 2) == "ago" || at(i + 1) == "years" && at(i + 2) == "old";
    let figure = (0..words.len()).any(|i| {
        let word = &words[i];
        if word.lower.starts_with('$') || is(i, C_AMOUNT) {
            return true;
        }
        if is(i, C_NUMBER_WORD) {
            // "the two leaders", "both sides": a definite group, not a count.
            let definite =
                i > 0 && matches!(at(i - 1), "the" | "these" | "those" | "both" | "its" | "their" | "his" | "her");
            return words.get(i + 1).is_some_and(|w| w.text.starts_with(char::is_lowercase)) && !time(i) && !definite;
        }
        let digits = word.lower.chars().filter(char::is_ascii_digit).count();
        if digits == 0 || !word.lower.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '$' | '%')) {
            return false;
        }
        let year =
            digits == 4 && word.lower.len() == 4 && (1800..2100).contains(&word.lower.parse::<u32>().unwrap_or(0));
        let day = i > 0 && is(i - 1, C_MONTH);
        // "Carrier Strike Group 12", "(DDG 111)": a number in a name.
        let designation = i > 0 && words[i - 1].text.starts_with(char::is_uppercase) && !is(i - 1, C_MONTH);
        let amount = digits > 1 || word.lower.contains(['$', '%']) || is(i + 1, C_AMOUNT);
        amount && !year && !day && !designation && !time(i)
    });
    if figure {
        return Some(ClaimKind::Figure);
    }
    // "the hardest hit", "North Korea's only major ally": after an article or an owner.
    let owned = |i: usize| {
        let before = at(i.wrapping_sub(1));
        matches!(before, "the" | "its" | "their" | "his" | "her") || before.ends_with("'s") || before.ends_with("’s")
    };
    let superlative = (0..words.len()).any(|i| {
        let w = at(i);
        let est = w.len() >= 6 && w.ends_with("est") && w.chars().all(char::is_alphabetic) && !NOT_EST.contains(&w);
        let only = w == "only" && words.get(i + 1).is_some_and(|n| n.text.starts_with(char::is_lowercase));
        // "did her best to answer", "best practices", "the most recent
        // changes", "the first lady", "never seen": idioms, not superlatives.
        let idiom = match w {
            "best" => {
                matches!(at(i.wrapping_sub(1)), "his" | "her" | "their" | "our" | "my" | "its" | "your" | "at")
                    || matches!(at(i + 1), "practices" | "practice" | "wishes" | "regards")
            }
            "most" => at(i + 1) == "recent",
            "first" => at(i + 1) == "lady",
            _ => false,
        };
        // "has never had an outbreak before": a first, as "never seen" is not.
        let never_before = w == "never" && (i + 1..words.len().min(i + 8)).any(|k| at(k) == "before");
        let superlative = is(i, C_SUPERLATIVE)
            || never_before
            || (est || only) && owned(i)
            || matches!(w, "most" | "least") && at(i.wrapping_sub(1)) == "the"
            || w == "first" && matches!(at(i.wrapping_sub(1)), "the" | "its" | "their" | "america's")
            || w == "record"
                && (matches!(at(i.wrapping_sub(1)), "a" | "new")
                    || matches!(at(i + 1), "high" | "low" | "number" | "levels" | "level"));
        superlative && !idiom
    });
    if superlative {
        return Some(ClaimKind::Superlative);
    }
    let compares = (0..words.len()).any(|i| is(i, C_COMPARISON) || at(i) == "up" && at(i + 1) == "from");
    compares.then_some(ClaimKind::Comparison)
}

/// What a word is to the rules above, as bits: one look-up a word.
const C_EVENT: u16 = 1;
const C_TRAVEL: u16 = 2;
const C_AMOUNT: u16 = 4;
const C_NUMBER_WORD: u16 = 8;
const C_SUPERLATIVE: u16 = 16;
const C_COMPARISON: u16 = 32;
const C_MONTH: u16 = 64;
const C_NUMBERED: u16 = 128;

fn class_of(word: &str) -> u16 {
    type Classes = std::collections::HashMap<&'static str, u16, std::hash::BuildHasherDefault<Fnv>>;
    static CLASSES: std::sync::OnceLock<Classes> = std::sync::OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        let mut map = Classes::default();
        for (set, class) in [
            (&EVENTS, C_EVENT),
            (&TRAVEL, C_TRAVEL),
            (&AMOUNTS, C_AMOUNT),
            (&NUMBER_WORDS, C_NUMBER_WORD),
            (&SUPERLATIVES, C_SUPERLATIVE),
            (&COMPARISONS, C_COMPARISON),
            (&MONTHS, C_MONTH),
            (&NUMBERED, C_NUMBERED),
        ] {
            for word in set.words() {
                *map.entry(*word).or_insert(0) |= class;
            }
        }
        map
    });
    classes.get(word).copied().unwrap_or(0)
}

/// "his third to Southeast Asia", the second count of "his fifth visit to
/// the Indo-Pacific and his third to Southeast Asia": an ordinal that leaves
/// its noun to the clause before (`sentence` holds both).
pub fn elliptic_ordinal(clause: &str, sentence: &str) -> bool {
    let words: Vec<String> = clause.split_whitespace().take(3).map(str::to_lowercase).collect();
    let owner = words.first().is_some_and(|w| matches!(w.as_str(), "his" | "her" | "their" | "its"));
    let ordinal = words.get(1).is_some_and(|w| ordinal_number(w).is_some());
    // "his third to Southeast Asia", "his fourth as chairman".
    let to = words.get(2).is_some_and(|w| matches!(w.as_str(), "to" | "in" | "as"));
    if !(owner && ordinal && to) {
        return false;
    }
    let before = &sentence[..sentence.find(clause).unwrap_or(0)].to_lowercase();
    before.split(|c: char| !c.is_alphanumeric()).any(|w| TRAVEL.contains(w))
}

#[cfg(test)]
#[path = "claim_kinds_tests.rs"]
mod tests;
