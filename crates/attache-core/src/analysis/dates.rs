//! Dates in news wording ("on Monday", "Oct. 7", "last week", "in July"),
//! resolved against the story's publication date.
//!
//! News writes dates relative to the day it is published: "on Monday" is the
//! most recent Monday on or before publication, "Oct. 7" the most recent
//! October 7 on or before it, unless the sentence looks ahead ("will",
//! "next"), when the coming one is meant.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::borrow::Cow;

/// A date expression found in text, with what it resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range of the expression in the text given.
    pub span: (usize, usize),
    /// The resolved date: `YYYY-MM-DD`, `YYYY-MM` for a month, `YYYY` for a
    /// year, or `YYYY-MM-DD/YYYY-MM-DD` for a week.
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
const FUTURE: &[&str] = &["will", "next", "scheduled", "expected", "plans", "planned", "upcoming", "due"];

/// A word of the text: its lower-case form and byte range.
#[derive(Debug, Clone)]
struct Word<'a> {
    /// Borrowed from the text when it is lower case already, as most words are.
    lower: Cow<'a, str>,
    start: usize,
    end: usize,
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
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

fn month_of(word: &str) -> Option<u32> {
    MONTHS.iter().position(|names| names.contains(&word)).map(|i| i as u32 + 1)
}

fn weekday_of(word: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(name, _)| *name == word).map(|(_, day)| *day)
}

fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix_ok = matches!(&word[digits.len()..], "" | "st" | "nd" | "rd" | "th");
    digits.parse().ok().filter(|d| (1..=31).contains(d) && suffix_ok)
}

fn year_number(word: &str) -> Option<i32> {
    word.parse().ok().filter(|y| (1900..=2100).contains(y) && word.len() == 4)
}

/// The most recent `month`/`day` on or before `published` (or the next one
/// on or after it, when `ahead`).
fn nearest(month: u32, day: u32, published: NaiveDate, ahead: bool) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(published.year(), month, day)?;
    Some(match (ahead, this_year > published, this_year < published) {
        (false, true, _) => NaiveDate::from_ymd_opt(published.year() - 1, month, day)?,
        (true, _, true) => NaiveDate::from_ymd_opt(published.year() + 1, month, day)?,
        _ => this_year,
    })
}

fn weekday_near(weekday: Weekday, published: NaiveDate, ahead: bool, skip_week: bool) -> NaiveDate {
    let back = (published.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
    if ahead {
        let forward = (7 - back) % 7;
        published + Duration::days(i64::from(if skip_week && forward == 0 { 7 } else { forward }))
    } else {
        published - Duration::days(i64::from(if skip_week && back == 0 { 7 } else { back }))
    }
}

fn iso(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

fn week_of(day: NaiveDate) -> (NaiveDate, NaiveDate) {
    let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
    (monday, monday + Duration::days(6))
}

/// What a date expression means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meaning {
    Day(NaiveDate),
    Month(i32, u32),
    Week(NaiveDate),
    Year(i32),
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
            Meaning::Unplaced => None,
        }
    }

    fn first_day(self) -> Option<NaiveDate> {
        match self {
            Meaning::Day(day) => Some(day),
            Meaning::Month(year, month) => NaiveDate::from_ymd_opt(year, month, 1),
            Meaning::Week(day) => Some(week_of(day).0),
            Meaning::Year(year) => NaiveDate::from_ymd_opt(year, 1, 1),
            Meaning::Unplaced => None,
        }
    }
}

/// Finds and resolves every date expression in `text` (one sentence or
/// paragraph). Without a publication date, only expressions that carry a year
/// are resolved.
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMention> {
    let words = words(text);
    let ahead = words.iter().any(|w| FUTURE.contains(&w.lower.as_ref()));
    let context = Context { text, words: &words, published, ahead };
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
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

struct Context<'a> {
    text: &'a str,
    words: &'a [Word<'a>],
    published: Option<NaiveDate>,
    ahead: bool,
}

impl Context<'_> {
    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| w.lower.as_ref())
    }

    fn capitalized(&self, i: usize) -> bool {
        self.words.get(i).is_some_and(|w| self.text[w.start..].starts_with(|c: char| c.is_uppercase()))
    }

    fn place(&self, resolve: impl FnOnce(NaiveDate) -> Option<Meaning>) -> Meaning {
        self.published.and_then(resolve).unwrap_or(Meaning::Unplaced)
    }

    /// Reads a date expression starting at word `i`: its length in words and
    /// its meaning.
    fn read(&self, i: usize) -> Option<(usize, Meaning)> {
        self.calendar_date(i).or_else(|| self.month(i)).or_else(|| self.weekday(i)).or_else(|| self.relative(i))
    }

    /// "October 7, 2023", "Oct. 7", "7 October 2023", with "on" before it.
    fn calendar_date(&self, i: usize) -> Option<(usize, Meaning)> {
        let on = usize::from(self.word(i) == "on");
        let (first, second) = (self.word(i + on), self.word(i + on + 1));
        let (month, day) = match (month_of(first), day_number(second), day_number(first), month_of(second)) {
            (Some(m), Some(d), _, _) if self.capitalized(i + on) => (m, d),
            (_, _, Some(d), Some(m)) if self.capitalized(i + on + 1) => (m, d),
            _ => return None,
        };
        if let Some(year) = year_number(self.word(i + on + 2)) {
            return Some((on + 3, Meaning::Day(NaiveDate::from_ymd_opt(year, month, day)?)));
        }
        Some((on + 2, self.place(|p| nearest(month, day, p, self.ahead).map(Meaning::Day))))
    }

    /// "in July", "last July", "since March 2022".
    fn month(&self, i: usize) -> Option<(usize, Meaning)> {
        let lead = self.word(i);
        if !matches!(lead, "in" | "last" | "since" | "until" | "by" | "early" | "late" | "mid" | "this" | "next") {
            return None;
        }
        let month = month_of(self.word(i + 1)).filter(|_| self.capitalized(i + 1))?;
        if day_number(self.word(i + 2)).is_some() {
            return None;
        }
        if let Some(year) = year_number(self.word(i + 2)) {
            return Some((3, Meaning::Month(year, month)));
        }
        let meaning = self.place(|p| {
            let ahead = self.ahead || lead == "next";
            let year = if ahead {
                if month >= p.month() {
                    p.year()
                } else {
                    p.year() + 1
                }
            } else if month < p.month() || (month == p.month() && lead != "last") {
                p.year()
            } else {
                p.year() - 1
            };
            Some(Meaning::Month(year, month))
        });
        Some((2, meaning))
    }

    /// "on Monday", "Later on Monday", "last Friday", "next Tuesday".
    fn weekday(&self, i: usize) -> Option<(usize, Meaning)> {
        let mut len = 0;
        let mut skip_week = false;
        let mut ahead = self.ahead;
        if matches!(self.word(i), "later" | "earlier") && self.word(i + 1) == "on" {
            len = 2;
        } else if self.word(i) == "on" {
            len = 1;
        } else if matches!(self.word(i), "last" | "next" | "this") {
            skip_week = self.word(i) != "this";
            ahead = self.word(i) == "next";
            len = 1;
        }
        let weekday = weekday_of(self.word(i + len)).filter(|_| self.capitalized(i + len))?;
        Some((len + 1, self.place(|p| Some(Meaning::Day(weekday_near(weekday, p, ahead, skip_week))))))
    }

    /// "yesterday", "today", "tomorrow", "last week", "this month", "next year".
    fn relative(&self, i: usize) -> Option<(usize, Meaning)> {
        let day = |offset: i64| self.place(|p| Some(Meaning::Day(p + Duration::days(offset))));
        match self.word(i) {
            "yesterday" => return Some((1, day(-1))),
            "today" => return Some((1, day(0))),
            "tomorrow" => return Some((1, day(1))),
            _ => {}
        }
        let shift: i32 = match self.word(i) {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        let meaning = match self.word(i + 1) {
            "week" => self.place(|p| Some(Meaning::Week(p + Duration::weeks(shift.into())))),
            "month" => self.place(|p| {
                let months = p.year() * 12 + p.month0() as i32 + shift;
                Some(Meaning::Month(months.div_euclid(12), months.rem_euclid(12) as u32 + 1))
            }),
            "year" => self.place(|p| Some(Meaning::Year(p.year() + shift))),
            _ => return None,
        };
        Some((2, meaning))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolve(text: &str, published: &str) -> Vec<(String, Option<String>)> {
        let published = published.parse().ok();
        find_dates(text, published).into_iter().map(|d| (text[d.span.0..d.span.1].to_string(), d.resolved)).collect()
    }

    fn one(text: &str, published: &str) -> String {
        let found = resolve(text, published);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0].1.clone().unwrap_or_default()
    }

    #[test]
    fn weekdays_are_the_most_recent_on_or_before_publication() {
        assert_eq!(
            resolve("Blinken emphasized on Monday that", "2024-08-19"),
            [("on Monday".into(), Some("2024-08-19".into()))]
        );
        assert_eq!(one("Later on Monday, Blinken is scheduled to meet", "2024-08-19"), "2024-08-19");
        assert_eq!(one("The talks ended on Friday.", "2024-08-19"), "2024-08-16");
        assert_eq!(one("They met last Monday.", "2024-08-19"), "2024-08-12");
        assert_eq!(one("They will meet next Monday.", "2024-08-19"), "2024-08-26");
        assert_eq!(one("He will fly to Cairo on Wednesday.", "2024-08-19"), "2024-08-21");
        assert_eq!(one("Later on Monday, Blinken is scheduled to meet", "2024-08-19"), "2024-08-19");
    }

    #[test]
    fn month_and_day_take_the_nearest_year() {
        assert_eq!(one("since Hamas's October 7 attack", "2024-08-19"), "2023-10-07");
        assert_eq!(one("on Oct. 7", "2024-08-19"), "2023-10-07");
        assert_eq!(one("on 7 October 2023", "2025-01-01"), "2023-10-07");
        assert_eq!(one("by Aug. 3rd", "2024-08-19"), "2024-08-03");
        assert_eq!(one("The vote is expected on Sept. 3", "2024-08-19"), "2024-09-03");
        assert_eq!(one("On October 7, 2023, militants attacked", "2024-08-19"), "2023-10-07");
    }

    #[test]
    fn weeks_months_and_relative_days() {
        assert_eq!(one("Negotiators met last week", "2024-08-19"), "2024-08-12/2024-08-18");
        assert_eq!(one("He visited in July", "2024-08-19"), "2024-07");
        assert_eq!(one("He visited in September", "2024-08-19"), "2023-09");
        assert_eq!(one("He visited in July 2022", "2024-08-19"), "2022-07");
        assert_eq!(one("She arrived yesterday", "2024-08-19"), "2024-08-18");
        assert_eq!(one("prices rose last month", "2024-01-10"), "2023-12");
    }

    #[test]
    fn words_that_only_look_like_dates_are_left_alone() {
        assert!(resolve("It may be the last chance, he said.", "2024-08-19").is_empty());
        assert!(resolve("the monday meeting of the march committee", "2024-08-19").is_empty());
    }

    #[test]
    fn without_a_publication_date_only_full_dates_resolve() {
        assert_eq!(resolve("on Monday", ""), [("on Monday".into(), None)]);
        assert_eq!(one("on October 7, 2023", ""), "2023-10-07");
    }
}
