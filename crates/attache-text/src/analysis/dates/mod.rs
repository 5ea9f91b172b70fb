//! Dates in news wording ("on Monday", "Oct. 7", "last week", "in July"),
//! resolved against the story's publication date.
//!
//! News writes dates relative to the day it is published: "on Monday" is the
//! most recent Monday on or before publication, "Oct. 7" the most recent
//! October 7 on or before it, unless the sentence looks ahead ("will",
//! "next"), when the coming one is meant.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

mod calendar;
mod relative;
pub use relative::count;
#[cfg(test)]
mod tests;
use std::borrow::Cow;

/// A date expression found in text, with what it resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range of the expression in the text given.
    pub span: (usize, usize),
    /// The resolved date: `YYYY-MM-DD`, `YYYY-MM` for a month, `YYYY` for a
    /// year, or `YYYY-MM-DD/YYYY-MM-DD` for a week or a span of days.
    pub resolved: Option<String>,
    /// The first day meant, for comparisons ("since October 7").
    pub day: Option<NaiveDate>,
}

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

const MONTHS: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sept", "sep"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

/// Words that make a sentence look ahead, so a bare date means the next one.
/// Verbs of the past that a date after them belongs to ("said on Sunday").
const PAST: &[&str] = &["said", "told", "announced", "added", "stated", "wrote", "reported", "confirmed", "met"];
const FUTURE: &[&str] = &["will", "next", "scheduled", "expected", "plans", "planned", "upcoming", "due"];

/// A word of the text: its lower-case form and byte range.
#[derive(Debug, Clone)]
pub(super) struct Word<'a> {
    /// Borrowed from the text when it is lower case already, as most words are.
    pub(super) lower: Cow<'a, str>,
    pub(super) start: usize,
    pub(super) end: usize,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let part_of_word = c.is_alphanumeric() || (c == '.' && start.is_some_and(|s| i - s <= 4));
        match (part_of_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let raw = &text[s..i];
                let trimmed = raw.trim_end_matches('.');
                let lower = if trimmed.chars().any(char::is_uppercase) {
                    Cow::Owned(trimmed.to_lowercase())
                } else {
                    Cow::Borrowed(trimmed)
                };
                out.push(Word { lower, start: s, end: s + raw.len() });
                start = None;
            }
            _ => {}
        }
    }
    out
}

pub(super) fn month_of(word: &str) -> Option<u32> {
    // From "may" to "september": most words are neither, and are not compared.
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    MONTHS.iter().position(|names| names.contains(&word)).map(|i| i as u32 + 1)
}

/// A month's full name for its name or abbreviation ("Oct" → "october"),
/// in lower case.
pub(crate) fn month_name(word: &str) -> Option<&'static str> {
    month_of(word).map(|m| MONTHS[m as usize - 1][0])
}

pub(super) fn weekday_of(word: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(name, _)| *name == word).map(|(_, day)| *day)
}

pub(super) fn day_number(word: &str) -> Option<u32> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix_ok = matches!(&word[digits.len()..], "" | "st" | "nd" | "rd" | "th");
    digits.parse().ok().filter(|d| (1..=31).contains(d) && suffix_ok)
}

pub(super) fn year_number(word: &str) -> Option<i32> {
    word.parse().ok().filter(|y| (1900..=2100).contains(y) && word.len() == 4)
}

pub(super) fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

pub(super) fn week_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
    (monday, monday + Duration::days(6))
}

/// What a date expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Meaning {
    Day(NaiveDate),
    Month(i32, u32),
    Week(NaiveDate),
    Year(i32),
    /// A span of days ("Feb. 13-16", "the weekend").
    Range(NaiveDate, NaiveDate),
    /// A date the text names but the publication date is needed to place.
    Unplaced,
}

impl Meaning {
    fn resolved(self) -> Option<String> {
        match self {
            Meaning::Day(day) => Some(iso(day)),
            Meaning::Month(year, month) => Some(format!("{year:04}-{month:02}")),
            Meaning::Week(day) => {
                let (start, end) = week_of(day);
                Some(format!("{}/{}", iso(start), iso(end)))
            }
            Meaning::Year(year) => Some(format!("{year:04}")),
            Meaning::Range(start, end) => Some(format!("{}/{}", iso(start), iso(end))),
            Meaning::Unplaced => None,
        }
    }

    fn first_day(self) -> Option<NaiveDate> {
        match self {
            Meaning::Day(day) => Some(day),
            Meaning::Month(year, month) => NaiveDate::from_ymd_opt(year, month, 1),
            Meaning::Week(day) => Some(week_of(day).0),
            Meaning::Year(year) => NaiveDate::from_ymd_opt(year, 1, 1),
            Meaning::Range(start, _) => Some(start),
            Meaning::Unplaced => None,
        }
    }
}

/// Finds and resolves every date expression in `text` (one sentence or
/// paragraph). Without a publication date, only expressions that carry a year
/// are resolved.
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    let words = words(text);
    let future: Vec<usize> = (0..words.len()).filter(|&i| FUTURE.contains(&words[i].lower.as_ref())).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // A sentence looks ahead where a word of the future stands near the
        // date ("will meet on Tuesday"), not anywhere in a long paragraph.
        let first_near = future.partition_point(|&f| f + 8 < i);
        // "Talks will resume next Thursday, officials said on Sunday": a verb
        // of the past between them takes the date back.
        let reported = |f: usize| (f + 1..i).any(|k| PAST.contains(&words[k].lower.as_ref()));
        let ahead = future[first_near..].iter().take_while(|&&f| f < i + 4).any(|&f| f >= i || !reported(f));
        let context = Context { text, words: &words, published, ahead };
        match context.read(i) {
            Some((len, meaning)) => {
                found.push(DateMention {
                    span: (words[i].start, words[i + len - 1].end),
                    resolved: meaning.resolved(),
                    day: meaning.first_day(),
                });
                i += len;
            }
            None => i += 1,
        }
    }
    found
}

pub(super) struct Context<'a> {
    pub(super) text: &'a str,
    pub(super) words: &'a [Word<'a>],
    pub(super) published: Option<NaiveDate>,
    pub(super) ahead: bool,
}

impl Context<'_> {
    pub(super) fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.lower.as_ref())
    }

    pub(super) fn capitalized(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| self.text[w.start..].starts_with(|c: char| c.is_uppercase()))
    }

    pub(super) fn place(&self, resolve: impl FnOnce(NaiveDate) -> Option<Meaning>) -> Meaning {
        self.published.and_then(resolve).unwrap_or(Meaning::Unplaced)
    }

    /// Reads a date expression starting at word `i`: its length in words and
    /// its meaning.
    fn read(&self, i: usize) -> Option<(usize, Meaning)> {
        self.range(i)
            .or_else(|| self.calendar_date(i))
            .or_else(|| self.month(i))
            .or_else(|| self.weekday(i))
            .or_else(|| self.relative(i))
            .or_else(|| self.ago(i))
            .or_else(|| self.end_of(i))
            .or_else(|| self.year(i))
    }
}
