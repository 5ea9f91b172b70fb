//! Dates a calendar names: "Oct. 7", "October 7, 2023", "in July",
//! "on Monday", "Feb. 13-16" and a bare year ("in 2011").

use super::{day_number, month_of, weekday_of, year_number, Context, Meaning};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

impl Context<'_> {
    /// "October 7, 2023", "Oct. 7", "7 October 2023", with "on" before it.
    pub(super) fn calendar_date(&self, i: usize) -> Option<(usize, Meaning)> {
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
    pub(super) fn month(&self, i: usize) -> Option<(usize, Meaning)> {
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
    pub(super) fn weekday(&self, i: usize) -> Option<(usize, Meaning)> {
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

    /// "Feb. 13-16": a span of days within one month.
    pub(super) fn range(&self, i: usize) -> Option<(usize, Meaning)> {
        let month = month_of(self.word(i)).filter(|_| self.capitalized(i))?;
        let words = self.words;
        let (a, b) = (words.get(i + 1)?, words.get(i + 2)?);
        let joined = &self.text[a.end..b.start];
        if !matches!(joined, "-" | "–" | "—" | " to ") {
            return None;
        }
        let (first, last) = (day_number(self.word(i + 1))?, day_number(self.word(i + 2))?);
        if first >= last {
            return None;
        }
        let meaning = self.place(|p| {
            let start = nearest(month, first, p, self.ahead)?;
            let end = NaiveDate::from_ymd_opt(start.year(), month, last)?;
            Some(Meaning::Range(start, end))
        });
        Some((3, meaning))
    }

    /// "2011", "in 2006": a year, unless a count follows it ("1500 troops").
    pub(super) fn year(&self, i: usize) -> Option<(usize, Meaning)> {
        let year = year_number(self.word(i))?;
        let next = self.word(i + 1);
        let counted = next.ends_with('s') && !next.is_empty() && !self.capitalized(i + 1) && next != "as";
        (!counted).then_some((1, Meaning::Year(year)))
    }
}

/// The most recent `month`/`day` on or before `published` (or the next one
/// on or after it, when `ahead`).
pub(super) fn nearest(month: u32, day: u32, published: NaiveDate, ahead: bool) -> Option<NaiveDate> {
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
