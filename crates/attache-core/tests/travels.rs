//! The travel records on real library files: the built-in record, imports
//! and their refusals, journeys, ordinals, overrides and claim checks.

mod common;

use attache_core::travels::{Basis, JourneyQuery, Override};
use attache_core::{ErrorCode, Library};
use common::{seed_fixture, Desk};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/travels").join(name)
}

fn query(official: &str, region: Option<&str>, since: Option<&str>) -> JourneyQuery {
    JourneyQuery {
        official: official.into(),
        region: region.map(str::to_string),
        country: None,
        since: since.map(|d| d.parse().unwrap()),
        until: None,
        gap: None,
    }
}

fn stop_count(library: &Library) -> i64 {
    library.travels().officials().unwrap().iter().map(|o| o.stops).sum()
}

#[test]
fn a_fresh_library_has_the_built_in_record_without_its_duplicates() {
    let desk = Desk::new();
    let officials = desk.library.travels().officials().unwrap();
    assert_eq!(officials.len(), 55, "34 Secretaries and 21 Presidents");
    let blinken = officials.iter().find(|o| o.key == "blinken-antony-j").unwrap();
    assert_eq!(blinken.name, "Antony John Blinken");
    assert_eq!(blinken.stops, 239, "241 records, two of them duplicates");
    assert_eq!(blinken.term_start.unwrap().to_string(), "2021-03-15");
    assert!(desk.library.travels().flags().unwrap().is_empty(), "every country id of the record is in the table");
}

#[test]
fn the_seed_claim_is_the_ninth_middle_east_journey_since_october_7() {
    let desk = Desk::new();
    for name in ["Antony Blinken", "Blinken", "Antony John Blinken", "blinken-antony-j"] {
        let answer = desk
            .library
            .travels()
            .ordinal(&query(name, Some("middle east"), Some("2023-10-07")), "2024-08-19".parse().unwrap())
            .unwrap();
        assert_eq!(answer.ordinal, Some(9), "{name}");
        assert_eq!(answer.basis, Basis::InProgress);
        let journey = answer.journey.unwrap();
        assert_eq!((journey.start.to_string(), journey.end.to_string()), ("2024-08-18".into(), "2024-08-20".into()));
        assert_eq!(answer.counted.len(), 9);
        assert!(answer.scope.members.contains(&"west-bank".to_string()));
        assert!(answer.warning.is_none());
    }
}

#[test]
fn a_date_between_journeys_counts_the_one_starting_within_a_week() {
    let desk = Desk::new();
    let on = |d: &str| {
        desk.library
            .travels()
            .ordinal(&query("Blinken", Some("Middle East"), Some("2023-10-07")), d.parse().unwrap())
            .unwrap()
    };
    let upcoming = on("2024-08-14");
    assert_eq!((upcoming.ordinal, upcoming.basis), (Some(9), Basis::Upcoming));
    // A story dated the day after a return tells of the trip just made.
    let just_over = on("2024-08-21");
    assert_eq!((just_over.ordinal, just_over.basis), (Some(9), Basis::JustEnded));
    let none = on("2024-07-20");
    assert_eq!((none.ordinal, none.basis), (None, Basis::None));
    assert_eq!(none.counted.len(), 8, "the journeys so far are still shown");
    let late = on("2026-01-10");
    assert!(late.warning.unwrap().contains("end on 2025-01-"), "the record ends in January 2025");
}

#[test]
fn journeys_by_country_and_dates_with_a_wider_gap() {
    let desk = Desk::new();
    let mut q = query("Blinken", None, Some("2024-01-01"));
    q.country = Some("israel".into());
    q.until = Some("2024-12-31".parse().unwrap());
    let israel = desk.library.travels().journeys(&q).unwrap();
    assert_eq!(israel.scope.name, "Israel");
    assert_eq!(israel.journeys.iter().map(|j| j.ordinal.unwrap()).collect::<Vec<_>>(), (1..=7).collect::<Vec<_>>());
    assert!(israel.journeys.iter().all(|j| j.stops.iter().any(|s| s.country_id == "israel")));
    let all = desk.library.travels().journeys(&query("Blinken", None, None)).unwrap().journeys.len();
    let wider = desk
        .library
        .travels()
        .journeys(&JourneyQuery { gap: Some(10), ..query("Blinken", None, None) })
        .unwrap()
        .journeys
        .len();
    assert!(wider < all, "a gap of 10 days joins journeys ({wider} < {all})");
}

#[test]
fn a_split_made_by_hand_survives_a_re_import() {
    let desk = Desk::new();
    let on = "2024-08-19".parse().unwrap();
    desk.library
        .travels()
        .set_journey_override("Blinken", "2024-08-19".parse().unwrap(), "egypt", Some(Override::Split))
        .unwrap_err();
    let stops = desk.library.travels().stops("Blinken").unwrap();
    let egypt = stops.iter().find(|s| s.country_id == "egypt" && s.start.to_string().starts_with("2024-08")).unwrap();
    desk.library.travels().set_journey_override("Blinken", egypt.start, "Egypt", Some(Override::Split)).unwrap();
    attache_core::record_files::import_travel_files(&desk.library, &[fixture("blinken-antony-j.xml")]).unwrap();
    let answer =
        desk.library.travels().ordinal(&query("Blinken", Some("Middle East"), Some("2023-10-07")), on).unwrap();
    assert_eq!(answer.journey.unwrap().stops.len(), 1, "Israel alone: Egypt starts a journey of its own");
    let next = desk.library.travels().journeys(&query("Blinken", Some("Middle East"), Some("2023-10-07"))).unwrap();
    assert_eq!(next.journeys.len(), 13);
}

#[test]
fn importing_the_same_record_again_adds_nothing() {
    let desk = Desk::new();
    let result =
        attache_core::record_files::import_travel_files(&desk.library, &[fixture("blinken-antony-j.xml")]).unwrap();
    assert_eq!((result[0].added, result[0].duplicates), (0, 241));
}

#[test]
fn a_new_officials_file_is_imported_with_duplicates_skipped_and_unknown_ids_flagged() {
    let desk = Desk::new();
    let xml = std::fs::read_to_string(fixture("blinken-antony-j.xml")).unwrap().replace("blinken-antony-j", "doe-jane");
    let xml = xml.replace("Antony John Blinken", "Jane Q. Doe").replace("\"west-bank\"", "\"atlantis\"");
    let file = desk.file("doe.xml", xml);
    let result = attache_core::record_files::import_travel_files(&desk.library, &[file]).unwrap();
    assert_eq!((result[0].added, result[0].duplicates), (239, 2));
    let unknown: Vec<&str> = result[0]
        .flagged
        .iter()
        .filter(|f| f.problem.contains("country table"))
        .map(|f| f.country_id.as_str())
        .collect();
    assert_eq!(unknown, ["atlantis"; 6], "the six West Bank stops, under an id the table lacks");
    assert_eq!(desk.library.travels().stops("Jane Doe").unwrap().len(), 239);
    assert_eq!(
        desk.library.travels().stops("Doe").unwrap()[0].source_file,
        desk.dir.path().join("doe.xml").display().to_string()
    );
}

#[test]
fn a_malformed_file_imports_nothing_and_says_where() {
    let desk = Desk::new();
    let good =
        desk.file("good.csv", "official,start,end,country,locale\nJane Doe,2024-03-01,2024-03-02,Israel,Jerusalem\n");
    let bad = desk.file("bad.xml", "<trips>\n<trip who=\"x\"><id>1</id>\n</trips>\n");
    let before = stop_count(&desk.library);
    let err = attache_core::record_files::import_travel_files(&desk.library, &[good.clone(), bad]).unwrap_err();
    assert_eq!(err.code(), ErrorCode::MalformedFile);
    assert!(err.to_string().contains("bad.xml: malformed XML at line 3, column"), "{err}");
    assert_eq!(stop_count(&desk.library), before, "the good file was not imported either");
    let backwards = desk.file("back.csv", "official,start,end,country\nJane Doe,2024-03-05,2024-03-02,Israel\n");
    let err = attache_core::record_files::import_travel_files(&desk.library, &[backwards]).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("back.csv: line 2 (record line 2): the stop ends (2024-03-02) before it starts (2024-03-05)"),
        "{err}"
    );
    let text = desk.file("notes.txt", "x");
    assert_eq!(
        attache_core::record_files::import_travel_files(&desk.library, &[text]).unwrap_err().code(),
        ErrorCode::UnsupportedFile
    );
    let result = attache_core::record_files::import_travel_files(&desk.library, &[good]).unwrap();
    assert_eq!(result[0].added, 1);
    assert_eq!(desk.library.travels().stops("Jane Doe").unwrap()[0].country_id, "israel", "the label mapped to the id");
}

#[test]
fn a_file_over_the_limit_is_refused_before_reading() {
    let desk = Desk::new();
    let path = desk.dir.path().join("huge.xml");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(100 * 1024 * 1024).unwrap();
    let err = attache_core::record_files::import_travel_files(&desk.library, &[path]).unwrap_err();
    assert_eq!(err.code(), ErrorCode::FileTooLarge);
    assert!(err.to_string().contains("huge.xml: the file is 100 MB"), "{err}");
}

#[test]
fn stops_typed_by_hand_are_added_edited_and_checked() {
    let desk = Desk::new();
    let draft = |start: &str, end: &str| attache_core::travels::StopDraft {
        official: "Antony Blinken".into(),
        start: start.parse().unwrap(),
        end: end.parse().unwrap(),
        country: "Kuwait".into(),
        locale: "Kuwait City".into(),
        remarks: "Met with the Emir.".into(),
    };
    let id = desk.library.travels().add_stop(&draft("2025-01-10", "2025-01-11")).unwrap();
    let stop = desk.library.travels().stops("Blinken").unwrap().into_iter().find(|s| s.id == id).unwrap();
    assert_eq!(
        (stop.country_id.as_str(), stop.source_file.as_str(), stop.counterparts.as_str()),
        ("kuwait", "editor", "the Emir")
    );
    assert_eq!(
        desk.library.travels().add_stop(&draft("2025-01-12", "2025-01-11")).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
    assert_eq!(
        desk.library.travels().add_stop(&draft("2025-01-10", "2025-01-11")).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
    desk.library.travels().update_stop(id, &draft("2025-01-12", "2025-01-13")).unwrap();
    let officials = desk.library.travels().officials().unwrap();
    let blinken = officials.iter().find(|o| o.key == "blinken-antony-j").unwrap();
    assert_eq!(blinken.term_end.unwrap().to_string(), "2025-01-13");
}

#[test]
fn regions_are_editable() {
    let desk = Desk::new();
    let region = desk
        .library
        .travels()
        .set_region("Gulf", &["Qatar".into(), "bahrain".into(), "United Arab Emirates".into()])
        .unwrap();
    assert_eq!(region.members, ["bahrain", "qatar", "united-arab-emirates"]);
    let since = query("Blinken", Some("gulf"), Some("2023-10-07"));
    assert_eq!(desk.library.travels().journeys(&since).unwrap().journeys.len(), 8);
    let err = desk.library.travels().journeys(&query("Blinken", Some("Atlantis"), None)).unwrap_err();
    assert_eq!(err.to_string(), "no region named \"Atlantis\"");
    let err = desk.library.travels().journeys(&query("Talleyrand", None, None)).unwrap_err();
    assert_eq!(err.to_string(), "no official named \"Talleyrand\" in the travel records");
}

#[test]
fn the_seed_storys_ninth_visit_claim_agrees_with_the_records() {
    let desk = Desk::new();
    let imported = attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {});
    let id = imported[0].added.unwrap().id();
    let checks = attache_core::travels::check_story_claims(&desk.library, id).unwrap();
    assert_eq!(checks.len(), 1);
    let check = &checks[0];
    assert_eq!((check.claimed, check.records, check.agrees), (9, Some(9), true));
    assert!(check.explanation.starts_with("agrees: the records make this the 9th journey"), "{}", check.explanation);
    assert_eq!(check.work.as_ref().unwrap().counted.len(), 9);
}
