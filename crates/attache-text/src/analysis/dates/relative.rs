//! Dates relative to the day of publication: "yesterday", "last week",
//! "two days ago", "the end of the month", "the weekend".

use super::{Context, Meaning};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Counts written in words, for "two days ago".
const COUNTS: &[&str] = &["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// A count of days, weeks, months or years, in words or digits ("two",
/// "a", "10"), as "two days ago" and "in less than two months" write it.
pub fn count(word: &str) -> Option<u32> {
    match COUNTS.iter().position(|c| *c == word) {
        // "a", "an" and "one" are all one.
        Some(k) => Some(k.max(2) as u32 - 1),
        None => word.parse().ok().filter(|n| (1..=1000).contains(n)),
    }
}

impl Context<'_> {
    /// "yesterday", "today", "tomorrow", "last week", "this month", "next year".
    pub(super) fn relative(&self, i: usize) -> Option<(usize, Meaning)> {
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
            "month" => self.place(|p| Some(month_from(p, shift))),
            "year" => self.place(|p| Some(Meaning::Year(p.year() + shift))),
            _ => return None,
        };
        Some((2, meaning))
    }
    /// "two days ago", "10 days ago", "a year ago".
    pub(super) fn ago(&self, i: usize) -> Option<(usize, Meaning)> {
        let n = i64::from(count(self.word(i))?);
        if self.word(i + 2) != "ago" {
            return None;
        }
        let meaning = match self.word(i + 1).trim_end_matches('s') {
            "day" => self.place(|p| Some(Meaning::Day(p - Duration::days(n)))),
            "week" => self.place(|p| Some(Meaning::Week(p - Duration::weeks(n)))),
            "month" => self.place(|p| Some(month_from(p, -(n as i32)))),
            "year" => self.place(|p| Some(Meaning::Year(p.year() - n as i32))),
            _ => return None,
        };
        Some((3, meaning))
    }

    /// "the end of the month", "the beginning of the year", "the end of last
    /// year", "the weekend".
    pub(super) fn end_of(&self, i: usize) -> Option<(usize, Meaning)> {
        if self.word(i) != "the" {
            return None;
        }
        if self.word(i + 1) == "weekend" {
            let weekend = |p: NaiveDate| {
                let back = (p.weekday().num_days_from_monday() + 7 - Weekday::Sat.num_days_from_monday()) % 7;
                let saturday = p - Duration::days(i64::from(back));
                Some(Meaning::Range(saturday, saturday + Duration::days(1)))
            };
            return Some((2, self.place(weekend)));
        }
        if !matches!(self.word(i + 1), "end" | "beginning" | "start" | "middle") || self.word(i + 2) != "of" {
            return None;
        }
        let shift = match self.word(i + 3) {
            "the" | "this" => 0,
            "last" => -1,
            "next" => 1,
            _ => return None,
        };
        let meaning = match self.word(i + 4) {
            "month" => self.place(|p| Some(month_from(p, shift))),
            "year" => self.place(|p| Some(Meaning::Year(p.year() + shift))),
            _ => return None,
        };
        Some((5, meaning))
    }
}

/// The month `shift` months from the one `day` is in.
fn month_from(day: NaiveDate, shift: i32) -> Meaning {
    let months = day.year() * 12 + day.month0() as i32 + shift;
    Meaning::Month(months.div_euclid(12), months.rem_euclid(12) as u32 + 1)
}
