//! Offices the records know: a story may name "Antony Blinken" or
//! "Volodymyr Zelenskyy" with no title and later call him "the top U.S.
//! diplomat" or "Ukraine's president", as a reader who knows them would.
//! Secretaries of State and Presidents by their terms, foreign leaders by
//! their visits to the United States.

use std::collections::HashMap;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/leaders.rs"));
include!(concat!(env!("OUT_DIR"), "/terms.rs"));

/// The office a Secretary of State or President named `name` ("Antony J.
/// Blinken", "Blinken") held on `on`. With no date, a name shared by two
/// officials, or a day outside every term, nothing: offices change hands.
pub fn official_office(name: &str, on: Option<chrono::NaiveDate>) -> Option<&'static str> {
    let on = on?;
    let words: Vec<String> = name.split(' ').map(str::to_lowercase).collect();
    let surname = words.iter().rev().find(|w| !matches!(w.as_str(), "jr." | "jr" | "sr." | "ii" | "iii"))?;
    let given = (words.len() > 1).then(|| words[0].trim_end_matches('.'));
    let answers = |row: &&(&str, &str, &str, &str, &str)| {
        row.0 == surname && given.is_none_or(|g| row.1.split('-').next().is_some_and(|first| first.starts_with(g)))
    };
    let mut found = TERMS.iter().filter(answers).filter(|row| serving(row, on));
    let first = found.next()?;
    found.all(|row| row.0 == first.0 && row.1 == first.1).then_some(first.2)
}

/// Who held `office` ("secretary" for the Secretary of State, or
/// "president") on `on`, as the records name them ("Antony J Blinken"):
/// the traveller of "the top U.S. diplomat's ninth trip".
pub fn office_holder(office: &str, on: chrono::NaiveDate) -> Option<String> {
    let title = match office {
        "secretary" => "U.S. Secretary of State",
        "president" => "U.S. President",
        _ => return None,
    };
    let (surname, given, ..) = TERMS.iter().filter(|row| row.2 == title).rfind(|row| serving(row, on))?;
    let capital = |w: &str| w[..1].to_uppercase() + &w[1..];
    let words: Vec<String> = given.split('-').chain([*surname]).filter(|w| !w.is_empty()).map(capital).collect();
    Some(words.join(" "))
}

/// True when the term of a row of `TERMS` holds `on`.
fn serving(row: &(&str, &str, &str, &str, &str), on: chrono::NaiveDate) -> bool {
    let started = row.3.parse::<chrono::NaiveDate>().is_ok_and(|d| d <= on);
    started && (row.4.is_empty() || row.4.parse::<chrono::NaiveDate>().is_ok_and(|d| on <= d))
}

/// The office a leader held on their visit nearest `on`, written as a
/// title that names the country: "President of Ukraine". With no date,
/// nothing: offices change hands.
pub fn leader_title(name: &str, on: Option<chrono::NaiveDate>) -> Option<String> {
    let on = on?;
    let from = LEADERS.partition_point(|row| row.0 < name);
    let visits = LEADERS[from..].iter().take_while(|row| row.0 == name);
    let distance = |date: &str| date.parse::<chrono::NaiveDate>().map_or(i64::MAX, |day| (on - day).num_days().abs());
    let (_, office, country, _) = visits.min_by_key(|row| distance(row.3))?;
    Some(format!("{office} of {country}"))
}

/// The leader of the visits records (since 1990) known by `surname`
/// ("Netanyahu"), by full name as written at the visit nearest `on` (the
/// latest with no date): a story may name them by surname alone, and the
/// records spell some names more than one way. Short surnames and
/// everyday words are left out ("Brown", "Major").
pub fn leader_by_surname(surname: &str, on: Option<chrono::NaiveDate>) -> Option<&'static str> {
    const EVERYDAY: [&str; 10] =
        ["Brown", "Young", "Black", "White", "Green", "Price", "Grant", "Major", "Howard", "Martin"];
    let plain = surname.chars().count() >= 5 && surname.chars().all(|c| c.is_alphabetic() || c == '-');
    if !plain || EVERYDAY.contains(&surname) || !surname.starts_with(char::is_uppercase) {
        return None;
    }
    let named = recent_by_surname().get(surname)?.iter().copied();
    let distance = |date: &str| match (on, date.parse::<chrono::NaiveDate>()) {
        (Some(on), Ok(day)) => (on - day).num_days().abs(),
        (None, Ok(day)) => -i64::from(chrono::Datelike::num_days_from_ce(&day)),
        _ => i64::MAX,
    };
    named.min_by_key(|row| distance(row.3)).map(|row| row.0)
}

/// The visits since 1990 by their leader's surname, built on first use: a
/// story asks about every single word that may be a name.
fn recent_by_surname() -> &'static HashMap<&'static str, Vec<&'static Leader>> {
    static INDEX: OnceLock<HashMap<&'static str, Vec<&'static Leader>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<&'static str, Vec<&'static Leader>> = HashMap::new();
        for row in LEADERS.iter().filter(|row| row.3 >= "1990") {
            index.entry(row.0.rsplit(' ').next().unwrap_or(row.0)).or_default().push(row);
        }
        index
    })
}

/// A row of `LEADERS`: (name, office, country, first day of a visit).
type Leader = (&'static str, &'static str, &'static str, &'static str);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_official_has_the_office_of_the_term_that_holds_the_day() {
        let day = |s: &str| s.parse::<chrono::NaiveDate>().ok();
        assert_eq!(official_office("Antony Blinken", day("2024-06-10")), Some("U.S. Secretary of State"));
        assert_eq!(official_office("Blinken", None), None);
        assert_eq!(official_office("Blinken", day("2026-01-05")), None);
        assert_eq!(official_office("Donald Trump", day("2019-03-01")), Some("U.S. President"));
        assert_eq!(official_office("Clinton", day("2010-05-01")), Some("U.S. Secretary of State"));
        assert_eq!(official_office("Hillary Clinton", day("2010-05-01")), Some("U.S. Secretary of State"));
    }

    #[test]
    fn the_holder_of_an_office_on_a_day_is_named() {
        let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        assert_eq!(office_holder("secretary", day("2024-01-09")).as_deref(), Some("Antony J Blinken"));
        assert_eq!(office_holder("president", day("2009-11-12")).as_deref(), Some("Barack Obama"));
        assert_eq!(office_holder("envoy", day("2009-11-12")), None);
    }

    #[test]
    fn a_recent_leader_is_known_by_surname_alone() {
        let day = |s: &str| s.parse::<chrono::NaiveDate>().ok();
        assert_eq!(leader_by_surname("Netanyahu", day("2024-07-24")), Some("Benjamin Netanyahu"));
        assert_eq!(leader_by_surname("Netanyahu", day("1997-02-12")), Some("Binyamin Netanyahu"));
        assert_eq!(leader_by_surname("Major", None), None);
        assert_eq!(leader_by_surname("Nobody", None), None);
    }

    #[test]
    fn a_leader_has_the_office_of_the_visit_nearest_the_day() {
        let day = |s: &str| s.parse::<chrono::NaiveDate>().ok();
        assert_eq!(leader_title("Volodymyr Zelenskyy", day("2025-02-04")).as_deref(), Some("President of Ukraine"));
        assert_eq!(leader_title("Benjamin Netanyahu", day("2024-07-24")).as_deref(), Some("Prime Minister of Israel"));
        assert_eq!(leader_title("Volodymyr Zelenskyy", None), None);
        assert_eq!(leader_title("Nobody Atall", day("2024-07-24")), None);
    }
}
