//! The reading of ordinal claims, on sentences written to show each rule.

use crate::analysis::analyze;
use crate::analysis::Ordinal;

fn ordinal(text: &str, published: &str) -> Ordinal {
    let analysis = analyze(text, published.parse().ok());
    analysis.claims.into_iter().find_map(|c| c.ordinal).expect("an ordinal claim")
}

#[test]
fn his_ninth_is_the_trip_of_the_person_the_story_is_about() {
    let text = "Blinken lands in Israel\n\nSecretary of State Antony Blinken arrived in Tel Aviv on Monday. \
                It is his ninth trip to the Middle East since the war began, and he met Isaac Herzog.";
    let o = ordinal(text, "2024-08-19");
    assert_eq!(o.official.as_deref(), Some("Antony Blinken"));
    assert_eq!((o.n, o.scope.as_deref(), o.since.as_deref()), (9, Some("Middle East"), Some("2023-10-07")));
}

#[test]
fn the_region_is_the_region_the_story_named() {
    let text = "Envoy returns\n\nAntony Blinken flew back to the Middle East on Tuesday. \
                The visit to Egypt, his 11th to the region since Hamas launched its attack in early October, \
                follows talks in Qatar.";
    let o = ordinal(text, "2024-10-22");
    assert_eq!((o.n, o.scope.as_deref(), o.since.as_deref()), (11, Some("Middle East"), Some("2023-10-07")));
    let text = "Envoy returns\n\nAntony Blinken flew back to the Middle East on Tuesday. \
                It is his 11th trip to the region since the conflict erupted in Gaza.";
    let o = ordinal(text, "2024-10-22");
    assert_eq!((o.n, o.scope.as_deref(), o.since.as_deref()), (11, Some("Middle East"), Some("2023-10-07")));
}

#[test]
fn since_taking_office_counts_the_term_and_no_since_counts_all() {
    let text = "Visit\n\nSecretary Mike Pompeo arrived in Seoul, his fourth visit to South Korea since taking office.";
    let o = ordinal(text, "2018-10-07");
    assert_eq!((o.official.as_deref(), o.scope.as_deref(), o.since), (Some("Mike Pompeo"), Some("South Korea"), None));
    assert!(o.since_term);
    let text = "Visit\n\nIt was Secretary John Kerry's third trip to Egypt.";
    let o = ordinal(text, "2014-09-13");
    assert_eq!((o.official.as_deref(), o.since_text, o.since_term), (Some("John Kerry"), None, false));
}

#[test]
fn an_unknown_since_is_kept_as_written_and_left_unread() {
    let text = "Visit\n\nIt is Blinken's fifth trip to Jordan since the summit in Rome.";
    let o = ordinal(text, "2024-06-11");
    assert_eq!((o.since.as_deref(), o.since_text.as_deref()), (None, Some("the summit in Rome")));
}

#[test]
fn a_surname_the_travel_records_know_is_the_traveller() {
    let text = "Blinken in Israel\n\nBlinken is making his ninth visit to the Middle East since October 7, \
                when Hamas militants attacked southern Israel.";
    let o = ordinal(text, "2024-08-19");
    assert_eq!(o.official.as_deref(), Some("Blinken"));
    assert_eq!((o.scope.as_deref(), o.since.as_deref()), (Some("Middle East"), Some("2023-10-07")));
}

#[test]
fn for_the_nth_time_counts_where_they_went() {
    let text = "Visit\n\nBlinken was in Israel on Thursday for the third time since the start of the war.";
    let o = ordinal(text, "2023-11-30");
    assert_eq!((o.n, o.scope.as_deref(), o.since.as_deref()), (3, Some("Israel"), Some("2023-10-07")));
    let text = "Visit\n\nIt is the fifth time Blinken has visited the Middle East since the conflict began.";
    let o = ordinal(text, "2024-02-06");
    assert_eq!((o.n, o.scope.as_deref(), o.since.as_deref()), (5, Some("Middle East"), Some("2023-10-07")));
    let text =
        "Visit\n\nSecretary Antony Blinken, in the region for the sixth time since October 7, met Saudi officials.";
    assert_eq!(ordinal(text, "2024-03-21").scope.as_deref(), Some("Middle East"));
}

#[test]
fn an_office_named_alone_is_left_to_the_check_to_fill() {
    let text = "Visit\n\nIt is the top U.S. diplomat's ninth trip to the region since the war began in Gaza.";
    let o = ordinal(text, "2024-08-19");
    assert_eq!((o.official, o.office.as_deref()), (None, Some("secretary")));
    let text = "Visit\n\nThis is the President's first trip to Asia.";
    assert_eq!(ordinal(text, "2009-11-12").office.as_deref(), Some("president"));
    let text = "Visit\n\nIt was the Israeli president's first trip to Asia.";
    assert_eq!(ordinal(text, "2009-11-12").office, None, "another country's president is not the one of the records");
}

#[test]
fn a_description_that_stands_for_no_one_named_leaves_the_traveller_unknown() {
    let text = "Talks\n\nAustin will meet Indonesian Defense Minister Prabowo Subianto. \
                This is the secretary's fifth visit to the region and his third to Southeast Asia.";
    let analysis = crate::analysis::analyze(text, "2023-11-13".parse().ok());
    let third = analysis.claims.iter().filter_map(|c| c.ordinal.as_ref()).find(|o| o.n == 3).expect("the third");
    assert_eq!(third.official, None);
}

#[test]
fn a_regional_tour_is_a_tour_of_the_region_the_story_named() {
    let text = "Tour\n\nBlinken landed in Jordan. He is on his seventh regional tour since the war started in Gaza.";
    assert_eq!(ordinal(text, "2024-04-30").scope.as_deref(), Some("Middle East"));
    let text = "Tour\n\nBlinken arrived in Israel on Monday. It is the ninth such trip since the war began.";
    assert_eq!(ordinal(text, "2024-08-19").scope.as_deref(), Some("Middle East"));
}

#[test]
fn a_speaker_counting_their_own_trips_is_the_traveller() {
    let text = "Visit\n\nSecretary of State Antony Blinken arrived in Jordan on Sunday. \
                “This is my fourth trip to the region since October 7,” Blinken told reporters.";
    let o = ordinal(text, "2024-01-07");
    assert_eq!((o.official.as_deref(), o.n), (Some("Antony Blinken"), 4));
    assert_eq!((o.scope.as_deref(), o.since.as_deref()), (Some("Middle East"), Some("2023-10-07")));
}

#[test]
fn a_window_is_kept_as_written_and_counts_back_from_publication() {
    let text = "Visit\n\nPompeo arrived in Pyongyang for his third visit to North Korea this year.";
    let o = ordinal(text, "2018-10-07");
    assert_eq!((o.scope.as_deref(), o.since.as_deref()), (Some("North Korea"), Some("2018-01-01")));
    let text =
        "Visit\n\nBlinken flew to Israel. He returned on Monday, his second visit to the country in less than a week.";
    let o = ordinal(text, "2023-10-16");
    assert_eq!((o.scope.as_deref(), o.since_text.as_deref()), (Some("Israel"), Some("in less than a week")));
    let day = |d: &str| d.parse().ok();
    let start = |window: &str, published: &str| super::window_start(window, published.parse().unwrap());
    assert_eq!(start("in less than a week", "2023-10-16"), day("2023-10-09"));
    assert_eq!(start("in less than two months", "2023-11-30"), day("2023-09-30"));
    assert_eq!(start("within 18 months", "2024-07-31"), day("2023-01-31"));
    assert_eq!(start("in recent years", "2024-07-31"), None);
    assert_eq!(start("in a few days", "2024-07-31"), None);
}

#[test]
fn a_month_after_the_event_is_not_the_day_counted_from() {
    let text = "Visit\n\nIt will be her first visit to the region since the Lebanon conflict in July.";
    assert_eq!(ordinal(text, "2006-09-28").since, None);
    let text = "Visit\n\nBlinken is on his second visit since Hamas militants stormed across the border on Oct. 7.";
    assert_eq!(ordinal(text, "2023-11-03").since.as_deref(), Some("2023-10-07"));
}

#[test]
fn an_ordinal_set_off_after_its_visit_counts_the_place_of_that_visit() {
    let text = "Visit\n\nSecretary Condoleezza Rice said this visit to Egypt -- her third as secretary -- \
                would also take her to talks with the United States Congress.";
    let o = ordinal(text, "2006-10-03");
    assert_eq!((o.n, o.scope.as_deref()), (3, Some("Egypt")));
}

#[test]
fn official_travel_is_a_trip() {
    let text = "Trip\n\nSecretary of State Hillary Clinton left for Asia, her first official travel since \
                taking office.";
    let o = ordinal(text, "2009-02-15");
    assert_eq!((o.official.as_deref(), o.n), (Some("Hillary Clinton"), 1));
    assert!(o.since_term);
}

#[test]
fn a_headline_shortening_of_a_region_is_the_region() {
    let text = "Envoy returns\n\nBlinken is on his eighth Mideast trip since the Israel-Hamas war began.";
    let o = ordinal(text, "2024-06-10");
    assert_eq!((o.n, o.scope.as_deref(), o.since.as_deref()), (8, Some("Middle East"), Some("2023-10-07")));
}

#[test]
fn the_ordinal_of_the_trip_is_read_past_another_ordinal() {
    let text = "Envoy in Egypt\n\nAntony Blinken flew to the Middle East on Monday. \
                He landed in Egypt, the first stop of his eighth regional tour since the conflict erupted.";
    let o = ordinal(text, "2024-06-10");
    assert_eq!((o.n, o.scope.as_deref(), o.since.as_deref()), (8, Some("Middle East"), Some("2023-10-07")));
}

#[test]
fn a_surname_the_headline_gives_is_the_subject_the_chairman_stands_for() {
    let text = "Danforth, Israeli Counterpart Pledge Partnership\n\n\
                Gantz said the two leaders had “very fruitful” discussions. He said to Danforth, “We can meet any \
                challenge.” In his return comments, the chairman said this visit to Israel -- his fourth as \
                chairman -- serves two purposes.";
    let o = ordinal(text, "2012-08-02");
    assert_eq!((o.official.as_deref(), o.n, o.scope.as_deref()), (Some("Danforth"), 4, Some("Israel")));
}

#[test]
fn a_count_since_a_war_with_no_place_counts_visits_where_the_war_is() {
    let text = "Envoy back\n\nSecretary of State Antony Blinken arrived in Israel on Sunday on his ninth trip since \
                the war began, pressing for a ceasefire in Gaza.";
    let o = ordinal(text, "2024-08-19");
    assert_eq!((o.n, o.scope.as_deref(), o.since.as_deref()), (9, Some("Middle East"), Some("2023-10-07")));
    let text = "Envoy back\n\nAntony Blinken is on his fourth trip since the attacks of September 11.";
    let o = ordinal(text, "2002-01-10");
    assert_eq!(o.scope, None, "an event with no place leaves the count to all journeys");
}

#[test]
fn a_trip_by_the_top_diplomat_is_the_secretarys() {
    let text = "Envoy back\n\nIt was the 11th trip by America's top diplomat to the Middle East since Oct. 7.";
    let analysis = analyze(text, "2024-10-22".parse().ok());
    let claim = analysis.claims.into_iter().find_map(|c| c.ordinal).expect("an ordinal claim");
    assert_eq!((claim.official, claim.office.as_deref(), claim.n), (None, Some("secretary"), 11));
}

#[test]
fn a_trip_a_few_words_after_its_ordinal_is_still_counted() {
    let o = ordinal("Envoy back\n\nIt is Blinken's 12th and likely final trip to Jordan.", "2024-12-12");
    assert_eq!((o.official.as_deref(), o.n, o.scope.as_deref()), (Some("Blinken"), 12, Some("Jordan")));
}

#[test]
fn joined_counts_share_the_since_written_once() {
    let text = "Envoy back\n\nIt was Blinken's ninth visit to Israel since Oct. 7 and his ninth to the Middle East.";
    let analysis = analyze(text, "2024-08-19".parse().ok());
    let counts: Vec<_> = analysis.claims.into_iter().filter_map(|c| c.ordinal).collect();
    let read: Vec<_> = counts.iter().map(|o| (o.scope.as_deref(), o.since.as_deref())).collect();
    assert_eq!(read, [(Some("Israel"), Some("2023-10-07")), (Some("Middle East"), Some("2023-10-07"))]);
}
