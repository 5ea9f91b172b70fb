//! Stable ids (migration 0011): every row an editor creates or changes, and a
//! colleague would see, carries a UUIDv7 next to its local key, with its
//! times and author. Libraries of every older schema upgrade with their data
//! intact and every row given an id. New rows, written by any path, get
//! theirs, and the desk's editor name.

mod common;

use attache_core::analysis::quote_anchor;
use attache_core::factchecks::{EvidenceDraft, EvidenceKind, FactCheckDraft};
use attache_core::quotes::VerificationStatus;
use attache_core::{Added, Library, QuoteRef};
use common::{draft, snapshot, write_old_story, Desk};
use rusqlite::Connection;
use std::collections::HashSet;
use std::path::Path;

/// The tables whose rows carry stable ids.
const TABLES: &[&str] = &[
    "story",
    "story_revision",
    "source",
    "quote_status",
    "quote_speaker_fix",
    "quote_bounds_fix",
    "claim_dismissal",
    "person",
    "person_event",
    "factcheck",
    "factcheck_event",
    "factcheck_evidence",
    "rating",
    "stop",
    "region",
    "journey_override",
];

/// True for a UUIDv7 as text: 8-4-4-4-12 lower-case hex digits, version 7,
/// variant 10.
fn is_uuid7(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    let lengths: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    lengths == [8, 4, 4, 4, 12]
        && text.chars().all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c))
        && groups[2].starts_with('7')
        && groups[3].starts_with(['8', '9', 'a', 'b'])
}

/// A row's table, id, times and author.
type Identity = (String, Option<String>, Option<String>, Option<String>, Option<String>);

/// Every row of every table: (table, uid, created_at, updated_at, author).
fn rows(path: &Path) -> Vec<Identity> {
    let conn = Connection::open(path).unwrap();
    let mut all = Vec::new();
    for table in TABLES {
        let sql = format!("SELECT uid, created_at, updated_at, author FROM {table}");
        let mut stmt = conn.prepare(&sql).unwrap();
        let found = stmt.query_map([], |r| Ok((table.to_string(), r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)));
        all.extend(found.unwrap().map(Result::unwrap));
    }
    all
}

/// Every row has a well-formed id of its own, and its times and author.
fn all_identified(path: &Path) -> usize {
    let rows = rows(path);
    let mut seen = HashSet::new();
    for (table, uid, created, updated, author) in &rows {
        let uid = uid.as_deref().unwrap_or_else(|| panic!("a row of {table} without an id"));
        assert!(is_uuid7(uid), "{table}: {uid}");
        assert!(seen.insert(uid.to_string()), "{table}: {uid} twice");
        assert!(created.is_some() && updated.is_some() && author.is_some(), "{table} {uid}");
    }
    rows.len()
}

/// A library's editor work of every kind, written through the core.
fn write_work(library: &mut Library) -> i64 {
    library.set_editor_name("Dana Reyes").unwrap();
    let Added::Created { id } = library.stories().add(draft("Blinken in Israel", BODY), None).unwrap() else {
        panic!("a new story")
    };
    let mut changed = draft("Blinken in Israel again", BODY);
    changed.published = "2024-08-19".parse().ok();
    library.stories().update(id, changed).unwrap();
    let quote = QuoteRef { story_id: id, anchor: quote_anchor("We are at a decisive moment,") };
    library.quotes().fix_speaker(&quote, Some("Antony Blinken")).unwrap();
    library.quotes().set_status(&quote, VerificationStatus::Verified, "checked", None).unwrap();
    let claim = library.quotes().of_story(id).unwrap().claims[0].text.clone();
    library.quotes().dismiss_claim(id, &claim, true).unwrap();
    write_shared_work(library, id);
    id
}

const BODY: &str =
    "Antony Blinken arrived in Tel Aviv on Monday, his ninth trip to the Middle East since the war began.\n\n\
                    “We are at a decisive moment,” Blinken said.";

/// A fact-check with its evidence, and a region.
fn write_shared_work(library: &mut Library, id: i64) {
    let factcheck = FactCheckDraft { claim: "His ninth trip".into(), story_id: Some(id), ..FactCheckDraft::default() };
    let factcheck = library.factchecks().add(&factcheck).unwrap();
    let evidence = EvidenceDraft { kind: EvidenceKind::Note, reference: None, shows: "The record counts nine".into() };
    library.factchecks().add_evidence(factcheck.id, &evidence).unwrap();
    library.travels().set_region("Gulf", &["Qatar".into(), "Bahrain".into()]).unwrap();
}

/// The same work in a library of schema 9, as the Attaché of that schema
/// wrote it: what today's core writes in later columns (a revision, the
/// reading, the editor's corrections of a quote by its words) in that
/// schema's SQL.
fn write_work_of_schema_9(library: &mut Library, path: &Path) {
    library.set_editor_name("Dana Reyes").unwrap();
    write_old_story(path, "Blinken in Israel again", BODY);
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(
        "INSERT INTO story_revision (story_id, number, headline, outlet, byline, published, url, tags, body, saved_at)
         SELECT id, 1, 'Blinken in Israel', outlet, byline, NULL, url, '[]', body, created_at FROM story;
         INSERT INTO quote (story_id, start, \"end\", text, speaker, cue, kind)
         VALUES (1, 129, 157, 'We are at a decisive moment,', 'Antony Blinken', 'said', 'quote');
         INSERT INTO claim (story_id, start, \"end\", text, kind) VALUES (1, 24, 125, 'his ninth trip', 'ordinal');
         INSERT INTO quote_speaker_fix (story_id, text, speaker, fixed_at)
         VALUES (1, 'We are at a decisive moment,', 'Antony Blinken', '2024-08-20T10:00:00.000Z');
         INSERT INTO quote_status (story_id, quote_text, status, note, author, at)
         VALUES (1, 'We are at a decisive moment,', 'verified', 'checked', 'Dana Reyes', '2024-08-20T10:00:00.000Z');
         INSERT INTO claim_dismissal (story_id, text, dismissed_at) VALUES (1, 'his ninth trip', '2024-08-20T10:00:00.000Z');",
    )
    .unwrap();
    write_shared_work(library, 1);
}

#[test]
fn new_rows_get_an_id_their_times_and_the_editors_name() {
    let mut desk = Desk::new();
    let id = write_work(&mut desk.library);
    assert!(all_identified(desk.path()) > 4_000, "the built-in stops too");
    let conn = Connection::open(desk.path()).unwrap();
    let (uid, author): (String, String) =
        conn.query_row("SELECT uid, author FROM story WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!(author, "Dana Reyes");
    let region_author: String =
        conn.query_row("SELECT author FROM region WHERE name = 'Gulf'", [], |r| r.get(0)).unwrap();
    assert_eq!(region_author, "Dana Reyes");
    // An edit keeps the id; the histories stay append-only.
    desk.library.stories().update(id, draft("A third headline", "Blinken met Herzog.")).unwrap();
    let again: String = conn.query_row("SELECT uid FROM story WHERE id = ?1", [id], |r| r.get(0)).unwrap();
    assert_eq!(again, uid);
    let edit = conn.execute("UPDATE quote_status SET note = 'rewritten'", []);
    assert!(edit.is_err(), "the quote status history is append-only");
}

#[test]
fn an_id_is_ordered_by_the_time_its_row_was_written() {
    let desk = Desk::new();
    let first = desk.library.stories().add(draft("One", "First story body."), None).unwrap().id();
    let second = desk.library.stories().add(draft("Two", "Second story body."), None).unwrap().id();
    let conn = Connection::open(desk.path()).unwrap();
    let uid =
        |id: i64| -> String { conn.query_row("SELECT uid FROM story WHERE id = ?1", [id], |r| r.get(0)).unwrap() };
    // The first 48 bits are milliseconds since 1970: this year, and in order.
    let millis = |uid: &str| i64::from_str_radix(&uid.replace('-', "")[..12], 16).unwrap();
    let now = chrono::Utc::now().timestamp_millis();
    assert!((now - millis(&uid(first))).abs() < 600_000, "{}", uid(first));
    assert!(millis(&uid(first)) <= millis(&uid(second)));
}

#[test]
fn a_library_of_schema_9_upgrades_with_its_data_intact_and_every_row_identified() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let mut old = Library::open_at(&path, 9).unwrap();
        write_work_of_schema_9(&mut old, &path);
    }
    let before = snapshot(&path);
    let library = Library::open(&path).unwrap();
    assert_eq!(snapshot(&path), before, "stories, tags and revisions are unchanged");
    assert!(all_identified(&path) > 10);
    let conn = Connection::open(&path).unwrap();
    let author: String = conn.query_row("SELECT author FROM factcheck", [], |r| r.get(0)).unwrap();
    assert_eq!(author, "Dana Reyes", "the desk's editor wrote what the library held");
    assert_eq!(library.factchecks().log(1).unwrap().len(), 2, "the history is whole");
    let quote = QuoteRef { story_id: 1, anchor: quote_anchor("We are at a decisive moment,") };
    assert_eq!(library.quotes().statuses(&quote).unwrap()[0].note, "checked", "the status is the quote's");
}

#[test]
fn a_library_of_the_first_schema_upgrades_with_every_row_identified() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        drop(Library::open_at(&path, 1).unwrap());
        write_old_story(&path, "Herzog meets Blinken", "They met in Tel Aviv.");
    }
    drop(Library::open(&path).unwrap());
    assert!(all_identified(&path) > 1);
    let conn = Connection::open(&path).unwrap();
    let (created, uid): (String, String) =
        conn.query_row("SELECT created_at, uid FROM story", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    let millis = i64::from_str_radix(&uid.replace('-', "")[..12], 16).unwrap();
    let written = chrono::DateTime::parse_from_rfc3339(&created).unwrap().timestamp_millis();
    assert_eq!(millis, written, "an old row's id carries the time it was written");
}
