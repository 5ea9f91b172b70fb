//! Foreign leaders the visits records hold, with their offices: a story may
//! name "Volodymyr Zelenskyy" with no title and later call him "the
//! president" or "Ukraine's president", as a reader who knows him would.

include!(concat!(env!("OUT_DIR"), "/leaders.rs"));

/// The office a leader held on their visit nearest `on` (or their latest
/// visit), written as a title that names the country: "President of Ukraine".
pub fn leader_title(name: &str, on: Option<chrono::NaiveDate>) -> Option<String> {
    let from = LEADERS.partition_point(|row| row.0 < name);
    let visits = LEADERS[from..].iter().take_while(|row| row.0 == name);
    let distance = |date: &str| match (on, date.parse::<chrono::NaiveDate>()) {
        (Some(on), Ok(day)) => (on - day).num_days().abs(),
        _ => -day_number(date),
    };
    let (_, office, country, _) = visits.min_by_key(|row| distance(row.3))?;
    Some(format!("{office} of {country}"))
}

/// A date's days since the common era, for "the latest" with no date to be near.
fn day_number(date: &str) -> i64 {
    date.parse::<chrono::NaiveDate>().map_or(0, |d| i64::from(chrono::Datelike::num_days_from_ce(&d)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_leader_has_the_office_of_the_visit_nearest_the_day() {
        assert_eq!(leader_title("Volodymyr Zelenskyy", None).as_deref(), Some("President of Ukraine"));
        assert_eq!(leader_title("Benjamin Netanyahu", None).as_deref(), Some("Prime Minister of Israel"));
        assert_eq!(leader_title("Nobody Atall", None), None);
    }
}
