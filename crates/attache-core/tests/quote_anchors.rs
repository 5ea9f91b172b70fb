//! Quotes are referred to by their anchor (migration 0012): the same words
//! quoted twice are two quotes, a moved quote keeps its corrections, and a
//! library whose corrections were kept by words upgrades with each one on
//! its quote.

mod common;

use attache_core::analysis::quote_anchor;
use attache_core::quotes::VerificationStatus;
use attache_core::{Library, QuoteRef};
use common::{draft, write_old_story, Desk};
use rusqlite::Connection;

#[test]
fn the_same_words_quoted_twice_are_two_quotes_each_with_its_own_speaker() {
    let desk = Desk::new();
    let body = "“We will not stop,” Blinken said on Monday.\n\n“We will not stop,” Safadi answered in Amman.";
    let id = desk.library.stories().add(draft("Twice", body), None).unwrap().id();
    let quotes = desk.library.quotes().of_story(id).unwrap().quotes;
    let anchors: Vec<&str> = quotes.iter().map(|q| q.anchor.as_str()).collect();
    let first = quote_anchor("We will not stop");
    assert_eq!(anchors, [first.clone(), format!("{first}-2")]);

    desk.library.quotes().fix_speaker(&quotes[1].reference(), Some("Ayman Safadi")).unwrap();
    let status = desk.library.quotes().set_status(&quotes[0].reference(), VerificationStatus::Disputed, "", None);
    status.unwrap();
    let quotes = desk.library.quotes().of_story(id).unwrap().quotes;
    let fixed: Vec<bool> = quotes.iter().map(|q| q.speaker_fixed).collect();
    assert_eq!(fixed, [false, true], "the fix is the second quote's only");
    assert_eq!(desk.library.quotes().statuses(&quotes[0].reference()).unwrap().len(), 1);
    assert!(desk.library.quotes().statuses(&quotes[1].reference()).unwrap().is_empty());
}

#[test]
fn corrections_kept_by_words_upgrade_onto_their_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    let body = "Safadi said the talks were “closer than ever to a deal on the border, officials said” on Monday.\n\n\
                “We will keep working,” he added.";
    {
        // Schema 11: the editor moved the first quote's bounds, then fixed its
        // speaker and verified it by its new words; the second was disputed.
        drop(Library::open_at(&path, 11).unwrap());
        write_old_story(&path, "Talks", body);
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "INSERT INTO quote (story_id, start, \"end\", text, speaker, cue, kind)
             VALUES (1, 33, 73, 'closer than ever to a deal on the border', 'Ayman Safadi', 'said', 'quote'),
                    (1, 102, 123, 'We will keep working,', NULL, 'added', 'quote');
             INSERT INTO quote_bounds_fix (story_id, analyzed, words, fixed_at) VALUES
                 (1, 'closer than ever to a deal on the border, officials said',
                  'closer than ever to a deal on the border', '2024-08-20T10:00:00.000Z');
             INSERT INTO quote_speaker_fix (story_id, text, speaker, fixed_at)
             VALUES (1, 'closer than ever to a deal on the border', 'Ayman Safadi', '2024-08-20T10:00:00.000Z');
             INSERT INTO quote_status (story_id, quote_text, status, note, author, at) VALUES
                 (1, 'closer than ever to a deal on the border', 'verified', 'moved', 'Dana', '2024-08-20T10:00:00.000Z'),
                 (1, 'We will keep working,', 'disputed', 'second', 'Dana', '2024-08-20T10:01:00.000Z');",
        )
        .unwrap();
    }
    let library = Library::open(&path).unwrap();
    let moved =
        QuoteRef { story_id: 1, anchor: quote_anchor("closer than ever to a deal on the border, officials said") };
    let second = QuoteRef { story_id: 1, anchor: quote_anchor("We will keep working,") };
    let notes = |library: &Library, quote: &QuoteRef| -> Vec<String> {
        library.quotes().statuses(quote).unwrap().into_iter().map(|s| s.note).collect()
    };
    assert_eq!(notes(&library, &moved), ["moved"], "kept by the anchor of the words the analyzer found");
    assert_eq!(notes(&library, &second), ["second"]);

    // Read again by today's analyzer: the corrections are still the quotes'.
    attache_core::catch_up::analyze_pending(&library, |_, _| true).unwrap();
    let quotes = library.quotes().of_story(1).unwrap().quotes;
    let first = quotes.iter().find(|q| q.anchor == moved.anchor).expect("the moved quote");
    assert_eq!(first.text, "closer than ever to a deal on the border");
    assert!(first.bounds_fixed && first.speaker_fixed);
    assert_eq!(first.speaker.as_deref(), Some("Ayman Safadi"));
    assert_eq!(notes(&library, &moved), ["moved"]);
}
