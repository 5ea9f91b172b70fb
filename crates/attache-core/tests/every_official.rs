//! Every Secretary's and President's travel and foreign leaders' visits,
//! built in: ordinals on a fresh library (nothing imported) checked against
//! counts made from the XML files (`data/travels/`, `data/visits/`) with the
//! journeys' dates, names as editors write them, terms of office, and the
//! upgrade of an older library that keeps the editor's corrections.

mod common;

use attache_core::travels::{read_xml, Basis, JourneyQuery, Override};
use attache_core::visits::VisitQuery;
use attache_core::{ErrorCode, Library};
use chrono::NaiveDate;
use common::Desk;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn ask(official: &str, region: Option<&str>, country: Option<&str>, since: Option<&str>) -> JourneyQuery {
    JourneyQuery {
        official: official.into(),
        region: region.map(str::to_string),
        country: country.map(str::to_string),
        since: since.map(day),
        until: None,
        gap: None,
    }
}

/// (official as written, region, country, since, on) → (ordinal, journey start, journey end).
type Case = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
    u32,
    &'static str,
    &'static str,
);

/// Counted from the XML: stops sorted by start, duplicates dropped, a stop
/// starting at most a day after the journey so far ends continues it.
const CASES: &[Case] = &[
    // Seward, 1866: four stops, each a journey (Denmark's islands, Santo Domingo, Haiti, Cuba's Spain).
    ("William H. Seward", None, None, None, "1866-01-20", 4, "1866-01-20", "1866-01-23"),
    // Theodore Roosevelt's one journey abroad: Panama, 1906.
    ("Theodore Roosevelt", None, None, None, "1906-11-15", 1, "1906-11-14", "1906-11-17"),
    // Wilson's second journey to France: the peace conference's second stay.
    ("Woodrow Wilson", None, Some("France"), None, "1919-03-14", 2, "1919-03-14", "1919-06-28"),
    // FDR's 27th journey abroad as President: Malta, Yalta and Egypt.
    ("FDR", None, None, Some("1933-03-04"), "1945-02-04", 27, "1945-02-02", "1945-02-15"),
    // Marshall's first: the Moscow conference of 1947.
    ("George Marshall", None, None, None, "1947-03-10", 1, "1947-03-06", "1947-04-25"),
    // Nixon in China, the 9th journey of his presidency and his 1st to China.
    ("President Nixon", None, None, Some("1969-01-20"), "1972-02-21", 9, "1972-02-21", "1972-02-28"),
    ("Richard Nixon", None, Some("China"), Some("1969-01-20"), "1972-02-21", 1, "1972-02-21", "1972-02-28"),
    // Kissinger's 6th Middle East journey since the October War began.
    ("Kissinger", Some("Middle East"), None, Some("1973-10-06"), "1974-05-01", 6, "1974-04-28", "1974-05-31"),
    // Albright's 1st Middle East journey as Secretary.
    ("Madeleine Albright", Some("Middle East"), None, Some("1997-01-23"), "1997-09-10", 1, "1997-09-09", "1997-09-15"),
    // Hillary Clinton's 12th journey to East Asia and the Pacific as Secretary.
    (
        "Secretary Clinton",
        Some("East Asia and the Pacific"),
        None,
        Some("2009-01-21"),
        "2012-07-08",
        12,
        "2012-07-06",
        "2012-07-16",
    ),
    // Obama's 24th and last journey to Europe as President.
    (
        "Barack Obama",
        Some("Europe and Eurasia"),
        None,
        Some("2009-01-20"),
        "2016-11-16",
        24,
        "2016-11-15",
        "2016-11-20",
    ),
    // Biden's second visit to Israel as President.
    ("Joe Biden", None, Some("Israel"), Some("2021-01-20"), "2023-10-18", 2, "2023-10-18", "2023-10-18"),
    // Rubio's first journey as Secretary, to Central America.
    ("Marco Rubio", None, None, Some("2025-01-21"), "2025-02-01", 1, "2025-02-01", "2025-02-06"),
];

#[test]
fn ordinals_of_officials_of_every_era_on_a_fresh_library() {
    let desk = Desk::new();
    for &(official, region, country, since, on, n, start, end) in CASES {
        let answer = desk.library.travels().ordinal(&ask(official, region, country, since), day(on)).unwrap();
        let journey = answer.journey.unwrap_or_else(|| panic!("{official} on {on}: no journey"));
        assert_eq!(answer.ordinal, Some(n), "{official} on {on}");
        assert_eq!((journey.start, journey.end), (day(start), day(end)), "{official} on {on}");
    }
}

#[test]
fn with_no_since_the_count_starts_with_the_term_held_on_the_day() {
    let desk = Desk::new();
    // Trump's first journey of his first term: Saudi Arabia, Israel, Rome, Brussels.
    let answer = desk.library.travels().ordinal(&ask("Donald Trump", None, None, None), day("2017-05-21")).unwrap();
    assert_eq!(answer.ordinal, Some(1));
    let term = answer.term.expect("the term used is named");
    assert_eq!((term.role.as_str(), term.start, term.end), ("president", day("2017-01-20"), Some(day("2021-01-20"))));
    // Blinken's record starts after his term did: the same count either way.
    let answer =
        desk.library.travels().ordinal(&ask("Blinken", Some("Middle East"), None, None), day("2024-08-19")).unwrap();
    assert_eq!(answer.term.unwrap().start, day("2021-01-26"));
    assert_eq!(answer.since, Some(day("2021-01-26")));
    // An explicit date is kept, and no term is named.
    let answer =
        desk.library.travels().ordinal(&ask("Blinken", None, None, Some("2023-10-07")), day("2024-08-19")).unwrap();
    assert_eq!((answer.since, answer.term), (Some(day("2023-10-07")), None));
}

#[test]
fn names_as_editors_write_them_and_ambiguity_answered_with_candidates() {
    let desk = Desk::new();
    let key = |name: &str| desk.library.travels().stops(name).map(|s| s[0].official.clone());
    assert_eq!(key("Joe Biden").unwrap(), "Joseph R. Biden");
    assert_eq!(key("President Biden").unwrap(), "Joseph R. Biden");
    assert_eq!(key("Mike Pompeo").unwrap(), "Michael R. Pompeo");
    assert_eq!(key("Hillary Clinton").unwrap(), "Hillary Rodham Clinton");
    assert_eq!(key("Secretary Clinton").unwrap(), "Hillary Rodham Clinton");
    assert_eq!(key("President Clinton").unwrap(), "William J. Clinton");
    assert_eq!(key("Kissinger").unwrap(), "Henry A. (Heinz Alfred) Kissinger");
    for (name, candidates) in [
        ("Clinton", &["Hillary Rodham Clinton", "William J. Clinton"][..]),
        ("Bush", &["George H.W. Bush", "George W. Bush"][..]),
        ("Roosevelt", &["Franklin D. Roosevelt", "Theodore Roosevelt"][..]),
    ] {
        let err = key(name).unwrap_err();
        assert_eq!(err.code(), ErrorCode::Ambiguous, "{name}");
        for candidate in candidates {
            assert!(err.to_string().contains(candidate), "{name}: {err}");
        }
    }
}

#[test]
fn visits_to_the_united_states_are_counted_by_visitor_and_by_country() {
    let desk = Desk::new();
    let visitor = |name: &str, since: Option<&str>| VisitQuery {
        visitor: Some(name.into()),
        since: since.map(day),
        ..VisitQuery::default()
    };
    // Isaac Herzog: 2022-10-26, 2023-07-18, 2024-11-12.
    let answer = desk.library.visits().ordinal(&visitor("Isaac Herzog", None), day("2023-07-18")).unwrap();
    assert_eq!((answer.ordinal, answer.basis), (Some(2), Basis::InProgress));
    assert_eq!(answer.visit.unwrap().end, day("2023-07-20"));
    // "Herzog" is also Chaim Herzog of Israel and Roman Herzog of Germany.
    let err = desk.library.visits().ordinal(&visitor("Herzog", None), day("2023-07-18")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Ambiguous);
    assert!(err.to_string().contains("Chaim Herzog") && err.to_string().contains("Roman Herzog"), "{err}");
    // Netanyahu, spelled Binyamin, Benyamin and Benjamin: one person, 29 visits.
    let answer = desk.library.visits().ordinal(&visitor("Netanyahu", None), day("2020-01-27")).unwrap();
    assert_eq!(answer.ordinal, Some(26));
    let answer = desk.library.visits().ordinal(&visitor("Netanyahu", Some("2009-01-01")), day("2020-01-27")).unwrap();
    assert_eq!(answer.ordinal, Some(18), "eight visits of the 1990s not counted");
    // The first visit by a Saudi crown prince: a visitor's words within a country.
    let prince = VisitQuery {
        visitor: Some("crown prince".into()),
        country: Some("Saudi Arabia".into()),
        since: Some(day("1990-01-01")),
        until: None,
    };
    let answer = desk.library.visits().ordinal(&prince, day("2018-03-20")).unwrap();
    assert_eq!(answer.ordinal, Some(1));
    assert_eq!(answer.visit.unwrap().visitor, "Crown Prince Mohammed bin Salman");
    assert!(answer.rule.contains("each recorded visit"));
}

#[test]
fn an_older_library_upgrades_and_keeps_the_editors_corrections() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    let xml = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/travels/secretaries/blinken-antony-j.xml"),
    )
    .unwrap();
    let corrected;
    {
        // A library of schema 9, which had only Blinken's record built in.
        let old = Library::open_at(&path, 9).unwrap();
        let file = "built-in:blinken-antony-j.xml";
        old.travels().import_records(file, &read_xml(std::path::Path::new(file), &xml).unwrap()).unwrap();
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute("INSERT INTO reference_load (name, loaded_at) VALUES ('blinken-antony-j.xml', 'then')", [])
            .unwrap();
        let stops = old.travels().stops("Blinken").unwrap();
        let egypt = stops.iter().find(|s| s.country_id == "egypt" && s.start == day("2024-08-20")).unwrap();
        old.travels().set_journey_override("Blinken", egypt.start, "Egypt", Some(Override::Split)).unwrap();
        let first = &stops[0];
        let draft = attache_core::travels::StopDraft {
            official: "Blinken".into(),
            start: first.start,
            end: first.end,
            country: first.country_id.clone(),
            locale: "Corrected by the desk".into(),
            remarks: first.remarks.clone(),
        };
        old.travels().update_stop(first.id, &draft).unwrap();
        corrected = first.id;
        old.travels().set_region("Gulf", &["Qatar".into(), "Bahrain".into()]).unwrap();
    }
    let library = Library::open(&path).unwrap();
    let stops = library.travels().stops("Blinken").unwrap();
    assert_eq!(stops.len(), 239, "the record was not loaded a second time");
    let first = stops.iter().find(|s| s.id == corrected).unwrap();
    assert_eq!(first.locale, "Corrected by the desk");
    let answer = library
        .travels()
        .ordinal(&ask("Blinken", Some("Middle East"), None, Some("2023-10-07")), day("2024-08-19"))
        .unwrap();
    assert_eq!(answer.journey.unwrap().stops.len(), 1, "the split at Egypt is kept");
    assert_eq!(
        library.travels().regions().unwrap().iter().find(|r| r.name == "Gulf").unwrap().members,
        ["bahrain", "qatar"]
    );
    assert_eq!(library.travels().officials().unwrap().len(), 55, "every other official added");
    let herzog = VisitQuery { visitor: Some("Isaac Herzog".into()), ..VisitQuery::default() };
    assert_eq!(library.visits().list(&herzog).unwrap().0.len(), 3, "visits added");
    drop(library);
    // Importing a newer edition of the record keeps the correction too.
    let library = Library::open(&path).unwrap();
    let newer = dir.path().join("blinken-antony-j.xml");
    std::fs::write(&newer, &xml).unwrap();
    let result = attache_core::record_files::import_travel_files(&library, &[newer]).unwrap();
    assert_eq!(result[0].added, 0, "every record already held, one of them corrected");
    assert_eq!(library.travels().stops("Blinken").unwrap().len(), 239);
}

#[test]
fn visits_from_a_country_the_table_lacks_are_counted_by_its_records_id() {
    let desk = Desk::new();
    let query = VisitQuery { country: Some("eswatini".into()), ..VisitQuery::default() };
    let (visits, counted_as) = desk.library.visits().list(&query).unwrap();
    assert!(!visits.is_empty() && counted_as.contains("Eswatini"), "{counted_as}");
    let query = VisitQuery { country: Some("Atlantis".into()), ..VisitQuery::default() };
    assert_eq!(desk.library.visits().list(&query).unwrap_err().code(), ErrorCode::InvalidInput);
}
