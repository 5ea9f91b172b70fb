//! Dates in news wording, resolved against a publication date.

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

#[test]
fn years_spans_and_times_ago() {
    assert_eq!(one("North Korea tested in 2006.", "2024-08-19"), "2006");
    assert!(resolve("He sent 1500 troops.", "2024-08-19").is_empty());
    assert_eq!(one("The contest ran Feb. 13-16 at the fort.", "2011-02-20"), "2011-02-13/2011-02-16");
    assert_eq!(one("French forces intervened 10 days ago.", "2013-01-21"), "2013-01-11");
    assert_eq!(one("Two days ago, the envoy spoke.", "2013-01-21"), "2013-01-19");
    assert_eq!(one("It will be secured by the end of the month.", "2004-08-16"), "2004-08");
    assert_eq!(one("Refugees came over the weekend.", "2004-08-16"), "2004-08-14/2004-08-15");
}

#[test]
fn only_a_nearby_word_of_the_future_looks_ahead() {
    let text = "The order, which Trump signed Tuesday, is one of several. Critics say it will erode the agency.";
    assert_eq!(resolve(text, "2025-02-21")[0].1.as_deref(), Some("2025-02-18"));
}

#[test]
fn a_verb_of_the_past_between_takes_the_date_back() {
    assert_eq!(one("Talks will resume soon, officials said on Sunday.", "2024-08-19"), "2024-08-18");
    assert_eq!(one("Officials said the talks will resume on Thursday.", "2024-08-19"), "2024-08-22");
}
