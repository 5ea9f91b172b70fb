//! "Nth visit" claims checked from a small dated story, as an editor pastes
//! one: the check must agree or disagree exactly as the travel records do
//! when asked directly, whatever the wording; and a claim it cannot read
//! says "cannot check: …" with the missing piece, never a verdict.

mod common;

use attache_core::travels::JourneyQuery;
use attache_core::Library;
use chrono::NaiveDate;
use common::{draft, Desk};

/// The records' own answer: the ordinal of Blinken's journey on `on`.
fn records(library: &Library, scope: &str, since: Option<&str>, on: &str) -> u32 {
    let query = JourneyQuery {
        official: "Blinken".into(),
        region: Some(scope.into()),
        country: None,
        since: since.map(|d| d.parse().unwrap()),
        until: None,
        gap: None,
    };
    library.travels().ordinal(&query, on.parse().unwrap()).unwrap().ordinal.expect("a journey on that day")
}

/// Adds a story and checks its one ordinal claim: (claimed, agrees, explanation).
fn check(desk: &mut Desk, headline: &str, body: &str, published: &str) -> (u32, bool, String) {
    let mut story = draft(headline, body);
    story.published = Some(published.parse::<NaiveDate>().unwrap());
    let id = desk.library.stories().add(story, None).unwrap().id();
    let checks = attache_core::travels::check_story_claims(&desk.library, id).unwrap();
    assert_eq!(checks.len(), 1, "{body}: {checks:?}");
    let c = &checks[0];
    (c.claimed, c.agrees, c.explanation.clone())
}

fn nth(n: u32) -> String {
    attache_core::travels::nth(n)
}

#[test]
fn wordings_of_the_same_claim_are_checked_as_the_records_count() {
    let mut desk = Desk::new();
    let on = "2024-08-19";
    let n = records(&desk.library, "Middle East", Some("2023-10-07"), on);
    let bodies = [
        format!("Secretary of State Antony Blinken arrived in Israel on Monday, his {} trip to the Middle East since the war began.", nth(n)),
        format!("Antony Blinken met Israeli leaders in Tel Aviv. It is his {} visit to the region since the Oct. 7 attack by Hamas.", nth(n)),
        format!("Blinken's {} Middle East trip since Hamas launched its attack in early October took him to Tel Aviv on Monday.", nth(n)),
        format!("The top U.S. diplomat, Antony Blinken, landed in Israel on Monday. The visit is his {} to the Middle East since the conflict erupted in Gaza.", nth(n)),
        format!("Secretary Antony Blinken met Israeli President Isaac Herzog on Monday, on his {} trip to the Middle East since the war in Gaza began.", nth(n)),
    ];
    for body in &bodies {
        assert!(check(&mut desk, "Blinken in Israel", body, on).1, "{body}");
    }
    let wrong = format!(
        "Antony Blinken arrived in Israel on Monday, his {} trip to the Middle East since the war began.",
        nth(n + 1)
    );
    let (claimed, agrees, explanation) = check(&mut desk, "Blinken in Israel", &wrong, on);
    assert_eq!((claimed, agrees), (n + 1, false));
    assert!(explanation.starts_with(&format!("disagrees: the records make this the {}", nth(n))), "{explanation}");
}

#[test]
fn with_no_since_the_term_of_office_is_counted_and_named() {
    let mut desk = Desk::new();
    let on = "2024-08-19";
    let whole = records(&desk.library, "Middle East", None, on);
    let body =
        format!("Antony Blinken arrived in Israel on Monday, his {} trip to the Middle East as secretary.", nth(whole));
    let (_, agrees, explanation) = check(&mut desk, "Blinken in Israel", &body, on);
    assert!(agrees, "{explanation}");
    assert!(explanation.contains("over the term as secretary that began on 2021-01-26"), "{explanation}");
    let body = format!(
        "Antony Blinken arrived in Israel on Monday, his {} trip to the Middle East since taking office.",
        nth(whole)
    );
    let (_, agrees, explanation) = check(&mut desk, "Blinken in Israel", &body, on);
    assert!(agrees && explanation.contains("since taking office as secretary on 2021-01-26"), "{explanation}");
}

#[test]
fn a_claim_missing_a_piece_cannot_be_checked() {
    let mut desk = Desk::new();
    let on = "2024-08-19";
    let cases = [
        (
            "Antony Blinken arrived in Tel Aviv, his ninth trip to the Middle East since the summit in Rome.",
            "since “the summit in Rome”",
        ),
        ("Antony Blinken arrived in Tokyo, his ninth trip to the region since the war began.", "names no region"),
        ("Antony Blinken returned to Israel, his second visit to the country in a few days.", "within “in a few days”"),
    ];
    for (body, missing) in cases {
        let (_, agrees, explanation) = check(&mut desk, "Talks", body, on);
        assert!(!agrees && explanation.starts_with("cannot check: ") && explanation.contains(missing), "{explanation}");
    }
}

#[test]
fn a_count_within_a_span_counts_the_trips_of_that_span_before_publication() {
    let mut desk = Desk::new();
    let on = "2023-11-30";
    let n = records(&desk.library, "Middle East", Some("2023-09-30"), on);
    let body = format!("Antony Blinken is making his {} trip to the Middle East in less than two months.", nth(n));
    let (_, agrees, explanation) = check(&mut desk, "Talks", &body, on);
    assert!(agrees, "{explanation}");
    assert!(
        explanation.contains("(“in less than two months”, counted back from 2023-11-30 to 2023-09-30)"),
        "{explanation}"
    );
    let body = format!("Antony Blinken is making his {} trip to the Middle East in less than two months.", nth(n + 1));
    assert!(!check(&mut desk, "Talks", &body, on).1);
}

#[test]
fn the_ways_news_names_the_traveller_and_the_place_are_checked_as_the_records_count() {
    let mut desk = Desk::new();
    let on = "2024-08-19";
    let n = nth(records(&desk.library, "Middle East", Some("2023-10-07"), on));
    let bodies = [
        // A surname alone, with no title or cue beside it.
        format!("Blinken is making his {n} visit to the Middle East since October 7, when Hamas attacked Israel."),
        // The office alone: whoever held it on the day of publication.
        format!("America's top diplomat arrived in Tel Aviv on Sunday, on his {n} trip to the region since the war started."),
        // "for the Nth time".
        format!("Secretary Antony Blinken, in the region for the {n} time since October 7, met Israeli leaders."),
        // The speaker's own count.
        format!("Antony Blinken landed in Israel. “This is my {n} trip to the region since October 7,” Blinken said."),
    ];
    for body in &bodies {
        let (_, agrees, explanation) = check(&mut desk, "In Israel", body, on);
        assert!(agrees, "{body}: {explanation}");
    }
    let (_, _, explanation) = check(&mut desk, "In Israel", &bodies[1], on);
    assert!(explanation.contains("the claim names no one: the secretary on 2024-08-19 was Antony John Blinken"));
}

#[test]
fn a_country_is_found_by_the_name_news_gives_it() {
    let mut desk = Desk::new();
    let body = "Secretary of State Mike Pompeo met Kim Jong Un in Pyongyang on Sunday, his third trip to North Korea.";
    let (claimed, agrees, explanation) = check(&mut desk, "Pompeo in Pyongyang", body, "2018-10-07");
    assert!(agrees && claimed == 3, "{explanation}");
    assert!(explanation.contains("Korea, North"), "{explanation}");
}
