//! Person records across a real library: stories naming the same person
//! share a record, the editor merges and splits records, and both decisions
//! hold through edits and re-analysis; bad requests change nothing.

mod common;

use attache_core::people::PersonRecord;
use attache_core::Library;
use common::{draft, seed_fixture, Desk};

/// A story where Secretary Blinken is named by his full middle name.
const DOHA: &str = "Secretary of State Antony John Blinken met Gulf foreign ministers in Doha on Tuesday.\n\
    “We are determined to get the hostages home and to bring this war to an end,” Blinken told reporters.";

/// A story naming him by surname only, beside Isaac Herzog.
const JERUSALEM: &str = "Israeli President Isaac Herzog thanked visiting envoys on Wednesday.\n\
    “There is no greater humanitarian cause than bringing back our hostages,” Herzog said. \
    Secretary Blinken, who joined him, said “we will keep working until it is done.”";

fn named(library: &Library, name: &str) -> PersonRecord {
    library.people().named(name).unwrap().unwrap_or_else(|| panic!("no record for {name}"))
}

#[test]
fn stories_naming_the_same_person_share_one_record() {
    let desk = Desk::new();
    attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {});
    desk.library.stories().add(draft("Herzog thanks envoys", JERUSALEM), None).unwrap();
    let blinken = named(&desk.library, "Antony Blinken");
    assert_eq!(named(&desk.library, "blinken").id, blinken.id, "a surname alone joins the one full name");
    assert_eq!(blinken.names, ["Antony Blinken", "Blinken"]);
    assert_eq!((blinken.stories, blinken.quotes), (2, 4), "three quotes in the seed, one in the second story");
    assert_eq!(blinken.titles[0], "US Secretary of State");
    let herzog = named(&desk.library, "Isaac Herzog");
    assert_eq!((herzog.stories, herzog.quotes), (2, 2));
    assert!(named(&desk.library, "Hamas").organization);
    let listed: Vec<String> = desk.library.people().list(Some("herz")).unwrap().into_iter().map(|p| p.name).collect();
    assert_eq!(listed, ["Isaac Herzog"]);
    let quoted = desk.library.quotes().list(Some("Blinken")).unwrap();
    assert_eq!(quoted.iter().filter(|q| q.kind == attache_core::analysis::QuoteKind::Quote).count(), 4);
    assert!(quoted.iter().all(|q| q.person.as_deref() == Some("Antony Blinken")));
}

#[test]
fn merges_and_splits_hold_through_edits_and_re_analysis() {
    let desk = Desk::new();
    attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {});
    let doha = desk.library.stories().add(draft("Blinken in Doha", DOHA), None).unwrap().id();
    let (antony, john) = (named(&desk.library, "Antony Blinken"), named(&desk.library, "Antony John Blinken"));
    assert_ne!(antony.id, john.id, "two full names are two records until the editor says otherwise");

    let merged = desk.library.people().merge(antony.id, &[john.id]).unwrap();
    assert_eq!((merged.name.as_str(), merged.stories, merged.quotes), ("Antony Blinken", 2, 4));
    assert!(desk.library.people().get(john.id).is_err(), "the merged record is gone");
    assert_eq!(
        desk.library
            .quotes()
            .list(Some("Antony John Blinken"))
            .unwrap()
            .iter()
            .filter(|q| q.kind == attache_core::analysis::QuoteKind::Quote)
            .count(),
        4
    );

    let mut edit = desk.library.stories().get(doha).unwrap().draft;
    edit.body.push_str("\nThe talks resume next week.");
    desk.library.stories().update(doha, edit).unwrap();
    assert_eq!(named(&desk.library, "Antony John Blinken").id, antony.id, "the merge holds after an edit");

    let split = desk.library.people().split(antony.id, "antony john blinken").unwrap();
    assert_eq!((split.name.as_str(), split.stories, split.quotes), ("Antony John Blinken", 1, 1));
    assert_eq!(desk.library.people().get(antony.id).unwrap().stories, 1);
    let mut edit = desk.library.stories().get(doha).unwrap().draft;
    edit.body.push_str(" Officials said little.");
    desk.library.stories().update(doha, edit).unwrap();
    assert_eq!(named(&desk.library, "Antony John Blinken").id, split.id, "the split holds after an edit");
}

#[test]
fn bad_merges_and_splits_are_refused_and_change_nothing() {
    let desk = Desk::new();
    attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {});
    let herzog = named(&desk.library, "Isaac Herzog");
    let before = desk.library.people().list(None).unwrap();
    let refused = [
        desk.library.people().merge(herzog.id, &[herzog.id]).unwrap_err().to_string(),
        desk.library.people().merge(herzog.id, &[]).unwrap_err().to_string(),
        desk.library.people().merge(herzog.id, &[9999]).unwrap_err().to_string(),
        desk.library.people().split(herzog.id, "Isaac Herzog").unwrap_err().to_string(),
        desk.library.people().split(herzog.id, "Antony Blinken").unwrap_err().to_string(),
    ];
    assert!(refused[0].contains("other person records"), "{}", refused[0]);
    assert!(refused[2].contains("9999"), "{}", refused[2]);
    assert!(refused[3].contains("the only name of Isaac Herzog"), "{}", refused[3]);
    assert!(refused[4].contains("is not a name of Isaac Herzog"), "{}", refused[4]);
    assert_eq!(desk.library.people().list(None).unwrap(), before, "the records are exactly as they were");
    let conn = rusqlite::Connection::open(desk.path()).unwrap();
    let events: i64 = conn.query_row("SELECT count(*) FROM person_event", [], |r| r.get(0)).unwrap();
    assert_eq!(events, 0, "nothing was logged");
}

#[test]
fn a_record_no_story_names_any_more_is_forgotten_unless_the_editor_worked_on_it() {
    let desk = Desk::new();
    let id = desk.library.stories().add(draft("Doha", DOHA), None).unwrap().id();
    let john = named(&desk.library, "Antony John Blinken");
    let mut edit = desk.library.stories().get(id).unwrap().draft;
    edit.body = "Ministers met in Doha on Tuesday.".into();
    desk.library.stories().update(id, edit).unwrap();
    assert!(desk.library.people().get(john.id).is_err());
    assert!(desk.library.people().list(None).unwrap().is_empty());
}

#[test]
fn a_records_counts_leave_out_the_trash_and_follow_the_editors_fixes() {
    let desk = Desk::new();
    attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {});
    let jerusalem = desk.library.stories().add(draft("Herzog thanks envoys", JERUSALEM), None).unwrap().id();
    assert_eq!((named(&desk.library, "Antony Blinken").stories, named(&desk.library, "Antony Blinken").quotes), (2, 4));
    desk.library.stories().trash(jerusalem).unwrap();
    let (blinken, herzog) = (named(&desk.library, "Antony Blinken"), named(&desk.library, "Isaac Herzog"));
    assert_eq!((blinken.stories, blinken.quotes), (1, 3));
    assert_eq!((herzog.stories, herzog.quotes), (1, 1));
    desk.library.stories().untrash(jerusalem).unwrap();
    let herzogs = desk.library.quotes().list(Some("Isaac Herzog")).unwrap();
    let quote = herzogs.iter().find(|q| q.story_id == jerusalem).expect("Herzog's quote in the second story");
    desk.library.quotes().fix_speaker(&quote.reference(), Some("Antony Blinken")).unwrap();
    assert_eq!(named(&desk.library, "Antony Blinken").quotes, 5);
    assert_eq!(named(&desk.library, "Isaac Herzog").quotes, 1);
}
