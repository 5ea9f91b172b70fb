//! Importing files: formats, encodings and every kind of bad input, each
//! refused by name with the library left exactly as it was.

mod common;

use attache_core::{ErrorCode, StoryQuery};
use common::{snapshot, Desk};

#[test]
fn bad_files_are_refused_by_name_and_leave_nothing_behind() {
    let desk = Desk::new();
    let before = snapshot(desk.path());
    let cases = [
        (desk.file("empty.txt", ""), ErrorCode::EmptyFile),
        (desk.file("blank.md", "  \n\n "), ErrorCode::EmptyFile),
        (desk.file("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"), ErrorCode::BinaryFile),
        (desk.file("mystery.txt", b"Headline\nbytes \x81\x8d\x90 here"), ErrorCode::UnknownEncoding),
        (desk.file("huge.txt", vec![b'a'; 50 * 1024 * 1024]), ErrorCode::FileTooLarge),
        (desk.file("report.pdf", "%PDF-1.7"), ErrorCode::UnsupportedFile),
        (desk.dir.path().join("missing.txt"), ErrorCode::Io),
    ];
    let paths: Vec<_> = cases.iter().map(|(p, _)| p.clone()).collect();
    let results = attache_core::import::import_files(&desk.library, &paths, |_| {});
    for ((path, code), result) in cases.iter().zip(&results) {
        let error = result.error.as_ref().unwrap_or_else(|| panic!("{} was imported", path.display()));
        assert_eq!(error.code, *code, "{}", error.message);
        assert!(error.message.starts_with(&path.display().to_string()), "{}", error.message);
        assert!(result.added.is_none());
    }
    assert_eq!(snapshot(desk.path()), before);
}

#[test]
fn windows_1252_text_is_imported() {
    let desk = Desk::new();
    let file = desk.file("cp1252.txt", b"Caf\xe9 talks\n\x93We are close,\x94 the minister said.");
    let results = attache_core::import::import_files(&desk.library, &[file], |_| {});
    let story = desk.library.stories().get(results[0].added.unwrap().id()).unwrap();
    assert_eq!(story.draft.headline, "Café talks");
    assert_eq!(story.draft.body, "“We are close,” the minister said.");
}

#[test]
fn a_good_file_among_bad_ones_is_imported_and_progress_counts_every_file() {
    let desk = Desk::new();
    let good = desk.file("good.md", "# Talks resume\n\nNegotiators met in Doha.");
    let bad = desk.file("bad.txt", "");
    let mut seen = Vec::new();
    let results = attache_core::import::import_files(&desk.library, &[bad, good], |p| seen.push((p.done, p.total)));
    assert_eq!(seen, [(1, 2), (2, 2)]);
    assert!(results[0].error.is_some());
    assert!(results[1].added.is_some());
    assert_eq!(desk.library.stories().search(&StoryQuery::default()).unwrap().total, 1);
}

#[test]
fn hostile_html_is_reduced_to_text() {
    let desk = Desk::new();
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/hostile-story.html"))
        .unwrap();
    let file = desk.file("hostile.html", html);
    let results = attache_core::import::import_files(&desk.library, &[file], |_| {});
    let story = desk.library.stories().get(results[0].added.expect("imported").id()).unwrap();
    assert_eq!(story.draft.outlet.as_deref(), Some("The Hostile Herald"));
    assert!(story.draft.body.contains("Herzog"), "{}", story.draft.body);
    let everything = format!("{:?}", story.draft);
    for hostile in ["<script", "onerror", "javascript:", "<img", "<iframe", "__pwned"] {
        assert!(!everything.contains(hostile), "{hostile} survived: {everything}");
    }
}

#[test]
fn a_story_is_imported_with_its_reading_or_not_at_all() {
    let desk = Desk::new();
    let quoted = desk.file("quoted.txt", "Talks resume\n“We are close,” Herzog said on Monday.");
    let plain = desk.file("plain.txt", "Talks resume in Doha\nNegotiators met again on Monday.");
    // A library that cannot keep this quote's reading: the story must not be
    // kept without it.
    let conn = rusqlite::Connection::open(desk.path()).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER no_herzog BEFORE INSERT ON quote WHEN NEW.speaker LIKE '%Herzog%'
         BEGIN SELECT RAISE(ABORT, 'no room for this reading'); END;",
    )
    .unwrap();
    let results = attache_core::import::import_files(&desk.library, &[&quoted, &plain], |_| {});
    assert!(results[0].added.is_none(), "a story whose reading failed is not kept");
    let error = results[0].error.as_ref().expect("the failure is reported");
    assert!(error.message.starts_with(&quoted.display().to_string()), "{}", error.message);
    let kept = results[1].added.expect("the other story is imported").id();
    assert_eq!(desk.library.stories().search(&StoryQuery::default()).unwrap().total, 1);
    assert_eq!(
        attache_core::catch_up::pending_analysis(&desk.library).unwrap(),
        0,
        "the kept story was read in its own write"
    );
    conn.execute_batch("DROP TRIGGER no_herzog").unwrap();
    let again = attache_core::import::import_files(&desk.library, &[&quoted], |_| {});
    let id = again[0].added.expect("imported once the reading can be kept").id();
    assert_ne!(id, kept);
    let reading = desk.library.quotes().of_story(id).unwrap();
    assert_eq!(reading.quotes[0].speaker.as_deref(), Some("Herzog"));
}
