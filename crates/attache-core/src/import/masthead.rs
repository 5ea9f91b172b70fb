//! The lines a copied article carries around its headline: its date
//! ("Published August 19, 2024 10:30 AM", "Date: 2024-08-19"), its byline
//! ("By Jane Doe"). They say when the story was published, which its "on
//! Monday" and "his ninth visit" are read against, and are not its text.
//! A story's dateline ("WASHINGTON, Aug. 19, 2024 —") dates it too.

use attache_text::analysis::dates::find_dates;
use chrono::NaiveDate;

/// How many lines around a headline are looked at for its masthead.
const MOST_LINES: usize = 6;

/// A line's words that may stand beside a date in a masthead: what the date
/// is ("Published", "Posted on"), a time of day and its zone, a weekday.
const BESIDE_A_DATE: &[&str] = &[
    "published",
    "posted",
    "date",
    "dated",
    "first",
    "on",
    "at",
    "am",
    "pm",
    "a",
    "m",
    "p",
    "et",
    "edt",
    "est",
    "gmt",
    "utc",
    "bst",
    "cet",
    "cest",
    "pt",
    "pdt",
    "pst",
    "ct",
    "cdt",
    "cst",
    "local",
    "time",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Words saying a date is not when the story was published ("Updated").
const NOT_PUBLISHED: &[&str] = &["updated", "modified", "last", "edited", "revised"];

/// What a story's masthead lines say.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Masthead {
    /// When the story was published, if a line says so.
    pub published: Option<NaiveDate>,
    /// Who wrote it ("Jane Doe", from "By Jane Doe").
    pub byline: Option<String>,
}

/// Reads the masthead lines at the start of `lines` (blank lines between
/// them included): what they say, and how many lines they take.
pub(crate) fn read(lines: &[&str]) -> (Masthead, usize) {
    let mut masthead = Masthead::default();
    let mut taken = 0;
    for line in lines.iter().take(MOST_LINES) {
        let line = line.trim();
        if line.is_empty() {
            taken += 1;
            continue;
        }
        if let Some(name) = byline(line) {
            masthead.byline.get_or_insert(name);
        } else if let Some(line_date) = date_line(line) {
            if let Some(day) = line_date {
                masthead.published.get_or_insert(day);
            }
        } else {
            break;
        }
        taken += 1;
    }
    (masthead, taken)
}

/// The date a metadata value names ("2024-08-19", "August 19, 2024"), read
/// as a masthead's date line is.
pub(crate) fn date_value(value: &str) -> Option<NaiveDate> {
    date_line(value).flatten()
}

/// Whether the line is only a date with what may stand beside it: `None`
/// when it is not; `Some(None)` for a date that is not the publication's
/// ("Updated Aug. 20, 2024"), a line to drop all the same.
fn date_line(line: &str) -> Option<Option<NaiveDate>> {
    if line.len() > 80 {
        return None;
    }
    let text = line.split_once(':').filter(|(label, _)| is_label(label)).map_or(line, |(_, value)| value);
    let label = line.len() != text.len();
    let mut updated = label && NOT_PUBLISHED.iter().any(|w| line.to_lowercase().starts_with(w));
    if let Some(day) = iso_date(text) {
        return Some(Some(day).filter(|_| !updated));
    }
    let mentions = find_dates(text, None);
    let day = mentions.iter().find(|m| m.resolved.as_ref().is_some_and(|r| r.len() == 10))?;
    let mut rest = String::with_capacity(text.len());
    let mut at = 0;
    for mention in &mentions {
        rest.push_str(&text[at..mention.span.0]);
        rest.push(' ');
        at = mention.span.1;
    }
    rest.push_str(&text[at..]);
    for word in rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let lower = word.to_lowercase();
        if NOT_PUBLISHED.contains(&lower.as_str()) {
            updated = true;
        } else if !(BESIDE_A_DATE.contains(&lower.as_str())
            || word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
    }
    Some(day.day.filter(|_| !updated))
}

/// An ISO 8601 date or date-time ("2024-08-19", "2024-08-19T10:30:00Z").
fn iso_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let time = text.get(10..)?;
    let time_only = time.is_empty() || time.starts_with(['T', ' ']) && time.len() <= 20;
    time_only.then(|| NaiveDate::parse_from_str(&text[..10], "%Y-%m-%d").ok()).flatten()
}

/// A metadata label before a colon: "Published", "Date", "Last updated".
fn is_label(label: &str) -> bool {
    let lower = label.trim().to_lowercase();
    !lower.is_empty() && lower.split_whitespace().all(|w| BESIDE_A_DATE.contains(&w) || NOT_PUBLISHED.contains(&w))
}

/// The name on a byline ("By Jane Doe", "By Jim Garamone, DoD News"), or a
/// labelled one ("Author: Jane Doe"): a few capitalised words.
fn byline(line: &str) -> Option<String> {
    let name = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .or_else(|| ["Author:", "Byline:", "By:"].iter().find_map(|label| line.strip_prefix(label)))?
        .trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase) || ["and", "of", "de", "van", "von"].contains(w);
    (!words.is_empty() && words.len() <= 8 && words.iter().all(capitalised)).then(|| name.to_string())
}

/// The date of a dateline opening the story ("WASHINGTON, Aug. 19, 2024 —",
/// "TEL AVIV, Israel, October 22, 2024 -"): the place in capitals, the date
/// with its year, a dash.
pub(crate) fn dateline_date(body: &str) -> Option<NaiveDate> {
    let head: String = body.trim_start().chars().take(80).collect();
    let (place, _) = head.split_once(',')?;
    if place.is_empty() || place.chars().any(|c| c.is_lowercase()) || !place.chars().any(char::is_uppercase) {
        return None;
    }
    let mentions = find_dates(&head, None);
    let day = mentions.iter().find(|m| m.resolved.as_ref().is_some_and(|r| r.len() == 10))?;
    let between = &head[place.len()..day.span.0];
    let after = head[day.span.1..].trim_start_matches([' ', '(', ')', 'A', 'P', '.', 'M']);
    let dash = after.starts_with(['—', '–', '-']);
    let place_words = between.split(',').all(|p| p.split_whitespace().all(|w| w.starts_with(char::is_uppercase)));
    (dash && place_words).then_some(day.day).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Option<NaiveDate> {
        Some(text.parse().unwrap())
    }

    #[test]
    fn date_lines_in_the_ways_sites_print_them() {
        for (line, expected) in [
            ("August 19, 2024", "2024-08-19"),
            ("Published: Aug. 19, 2024", "2024-08-19"),
            ("Published August 19, 2024 10:30 AM EDT", "2024-08-19"),
            ("Monday, August 19, 2024", "2024-08-19"),
            ("Date: 2024-08-19", "2024-08-19"),
            ("19 August 2024", "2024-08-19"),
            ("Posted on Oct. 22, 2024 at 9:15 a.m.", "2024-10-22"),
        ] {
            assert_eq!(read(&[line]), (Masthead { published: day(expected), byline: None }, 1), "{line}");
        }
    }

    #[test]
    fn an_updated_date_is_dropped_but_is_not_the_publication_date() {
        let lines = ["Updated: August 20, 2024", "Published August 19, 2024", "Text of the story."];
        assert_eq!(read(&lines), (Masthead { published: day("2024-08-19"), byline: None }, 2));
        assert_eq!(read(&["Last updated Aug. 20, 2024"]).0.published, None);
    }

    #[test]
    fn a_byline_and_a_date_then_the_story() {
        let lines = ["By Jim Garamone, DoD News", "", "Oct. 22, 2024", "", "Secretary Austin met troops on Monday."];
        let (masthead, taken) = read(&lines);
        assert_eq!(masthead.byline.as_deref(), Some("Jim Garamone, DoD News"));
        assert_eq!(masthead.published, day("2024-10-22"));
        assert_eq!(taken, 4);
    }

    #[test]
    fn sentences_with_dates_are_story_text() {
        for line in [
            "On August 19, 2024, Blinken arrived in Israel.",
            "Oct. 7, 2023: the day that changed the region",
            "By the time talks resumed on Monday, the ceasefire had collapsed.",
            "Since October 7, 2023",
        ] {
            assert_eq!(read(&[line]).1, 0, "{line}");
        }
    }

    #[test]
    fn a_dateline_dates_the_story() {
        assert_eq!(dateline_date("WASHINGTON, Aug. 19, 2024 — Secretary Blinken said"), day("2024-08-19"));
        assert_eq!(dateline_date("TEL AVIV, Israel, October 22, 2024 - The top U.S. diplomat"), day("2024-10-22"));
        assert_eq!(dateline_date("WASHINGTON — Secretary Blinken said on Aug. 19, 2024 - that"), None);
        assert_eq!(dateline_date("In Washington, Aug. 19, 2024 — talks"), None);
    }
}
