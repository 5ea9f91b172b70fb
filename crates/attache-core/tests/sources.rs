//! Primary sources on real library files: stored with their turns, found by
//! search, quotes verified against one or all of them, the editor's statuses
//! kept as an append-only history, and bad input refused cleanly.

mod common;

use attache_core::analysis::quote_anchor;
use attache_core::analysis::QuoteKind;
use attache_core::packets::PacketSelection;
use attache_core::quotes::VerificationStatus;
use attache_core::sources::{SourceDraft, SourceKind};
use attache_core::verify::Verdict;
use attache_core::{ErrorCode, QuoteRef};
use common::{seed_fixture, Desk};
use std::path::Path;

fn corpus(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../attache-text/tests/corpus/verification").join(name)
}

fn desk_with_sources() -> (Desk, i64, i64) {
    let desk = Desk::new();
    let meta = SourceDraft { date: "2024-08-19".parse().ok(), ..SourceDraft::default() };
    let jerusalem = desk.library.sources().import_file(&corpus("jerusalem-remarks.txt"), &meta).unwrap();
    let briefing = desk.library.sources().import_file(&corpus("press-briefing.txt"), &SourceDraft::default()).unwrap();
    (desk, jerusalem, briefing)
}

#[test]
fn a_transcript_is_stored_with_its_turns_and_found_by_search() {
    let (desk, jerusalem, briefing) = desk_with_sources();
    let source = desk.library.sources().get(jerusalem).unwrap();
    assert_eq!(source.title, "Secretary Blinken and President Herzog Before Their Meeting, Jerusalem");
    assert_eq!(source.kind, SourceKind::Transcript, "speaker turns make it a transcript");
    let labels: Vec<&str> = source.turns.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["PRESIDENT HERZOG", "SECRETARY BLINKEN", "PRESIDENT HERZOG"]);
    let found: Vec<i64> = desk.library.sources().list(Some("Rafah")).unwrap().iter().map(|s| s.id).collect();
    assert_eq!(found, [briefing]);
    assert_eq!(desk.library.sources().list(None).unwrap().len(), 2);
}

#[test]
fn a_quote_is_verified_against_one_source_or_found_across_all() {
    let (desk, jerusalem, briefing) = desk_with_sources();
    let one = desk
        .library
        .sources()
        .verify_against("It's time for it to get done", Some("Antony Blinken"), jerusalem)
        .unwrap();
    assert_eq!(one.check.verdict, Verdict::Minor);
    assert_eq!(one.check.span.as_ref().unwrap().text, "It is time for it to get done");
    let found = desk
        .library
        .sources()
        .verify_in_library("we do not support a major military operation in Rafah", None, 5)
        .unwrap();
    assert_eq!(found[0].source_id, Some(briefing));
    assert_eq!(found[0].check.verdict, Verdict::Exact);
    assert_eq!(found[0].check.speaker_in_source.as_deref(), Some("Mr Miller"));
    let nothing = desk.library.sources().verify_in_library("zebras quarrel about marmalade", None, 5).unwrap();
    assert!(nothing.is_empty());
}

#[test]
fn quote_statuses_are_kept_with_author_and_never_rewritten() {
    let (desk, jerusalem, _) = desk_with_sources();
    let story = attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {})[0].added.unwrap().id();
    let quote = desk
        .library
        .quotes()
        .of_story(story)
        .unwrap()
        .quotes
        .into_iter()
        .find(|q| q.kind == attache_core::analysis::QuoteKind::Quote)
        .unwrap();
    desk.library
        .quotes()
        .set_status(&quote.reference(), VerificationStatus::Disputed, "wording differs", None)
        .unwrap();
    desk.library.set_editor_name("Dana Editor").unwrap();
    let evidence = Some((jerusalem, Verdict::Minor));
    desk.library
        .quotes()
        .set_status(&quote.reference(), VerificationStatus::Verified, "matches the transcript", evidence)
        .unwrap();
    let history = desk.library.quotes().statuses(&quote.reference()).unwrap();
    let seen: Vec<(VerificationStatus, &str)> = history.iter().map(|h| (h.status, h.author.as_str())).collect();
    assert_eq!(seen, [(VerificationStatus::Verified, "Dana Editor"), (VerificationStatus::Disputed, "unnamed editor")]);
    assert_eq!((history[0].source_id, history[0].verdict), (Some(jerusalem), Some(Verdict::Minor)));
    let conn = rusqlite::Connection::open(desk.path()).unwrap();
    let err = conn.execute("UPDATE quote_status SET status = 'verified'", []).unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    let nowhere = QuoteRef { story_id: story, anchor: quote_anchor("words no story has") };
    let missing = desk.library.quotes().set_status(&nowhere, VerificationStatus::Verified, "", None);
    assert_eq!(missing.unwrap_err().code(), ErrorCode::InvalidInput);
}

#[test]
fn a_status_keeps_the_differences_the_editor_saw_and_packets_show_those() {
    let (desk, jerusalem, _) = desk_with_sources();
    let story = attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {})[0].added.unwrap().id();
    let reading = desk.library.quotes().of_story(story).unwrap();
    let seed = reading.quotes.iter().find(|q| q.text.starts_with("It is time")).expect("the seed's quote");
    let quote = seed.reference();
    let plain =
        reading.quotes.iter().find(|q| q.kind == QuoteKind::Quote && q.reference() != quote).unwrap().reference();
    desk.library.quotes().set_status(&plain, VerificationStatus::Disputed, "no source yet", None).unwrap();
    assert_eq!(desk.library.quotes().kept_diff(&plain).unwrap(), None, "no evidence, no differences");
    desk.library
        .quotes()
        .set_status(&quote, VerificationStatus::Verified, "", Some((jerusalem, Verdict::Minor)))
        .unwrap();
    let kept = desk.library.quotes().kept_diff(&quote).unwrap().expect("kept with the status");
    let seen =
        desk.library.sources().verify_against(&seed.text, seed.speaker.as_deref(), jerusalem).unwrap().check.diff;
    assert!(!kept.is_empty());
    assert_eq!(kept, seen, "what the verification panel showed the editor");

    // The packet shows what was kept, not a new check: a kept diff that a new
    // check would never give shows as it was.
    let conn = rusqlite::Connection::open(desk.path()).unwrap();
    conn.execute("DROP TRIGGER quote_status_is_append_only", []).unwrap();
    let marked = r#"[{"op":"replace","reported":"kept","source":"as seen"}]"#;
    conn.execute("UPDATE quote_status SET diff = ?1 WHERE anchor = ?2", rusqlite::params![marked, quote.anchor])
        .unwrap();
    let selection = PacketSelection { stories: vec![story], ..PacketSelection::default() };
    let packet = attache_core::packets::gather(&desk.library, &selection).unwrap();
    let shown = packet.quotes.iter().find(|q| q.text.starts_with("It is time")).unwrap();
    assert_eq!((shown.diff[0].reported.as_str(), shown.diff[0].source.as_str()), ("kept", "as seen"));
}

#[test]
fn bad_sources_and_quotes_are_refused_and_nothing_is_written() {
    let (desk, _, _) = desk_with_sources();
    let empty = desk.file("empty.txt", "  \n   \n");
    assert_eq!(
        desk.library.sources().import_file(&empty, &SourceDraft::default()).unwrap_err().code(),
        ErrorCode::EmptyFile
    );
    let pdf = desk.file("remarks.pdf", "%PDF-1.4");
    assert_eq!(
        desk.library.sources().import_file(&pdf, &SourceDraft::default()).unwrap_err().code(),
        ErrorCode::UnsupportedFile
    );
    assert_eq!(desk.library.sources().list(None).unwrap().len(), 2, "nothing was added");
    assert_eq!(desk.library.sources().verify_in_library("  … ", None, 5).unwrap_err().code(), ErrorCode::InvalidInput);
    let draft = SourceDraft { title: "Untitled".into(), body: " ".into(), ..SourceDraft::default() };
    assert_eq!(desk.library.sources().add(&draft).unwrap_err().code(), ErrorCode::InvalidInput);
}

#[test]
fn a_twenty_megabyte_transcript_is_searched_to_its_last_turn() {
    let desk = Desk::new();
    let turn =
        "SECRETARY BLINKEN: We continue to work with our partners on every part of the proposal.\nQ: Thank you.\n";
    let mut big = String::from("A very long transcript\n");
    while big.len() < 20 * 1024 * 1024 {
        big.push_str(turn);
    }
    big.push_str("PRESIDENT HERZOG: We will never give up on our hostages, not for one day.\n");
    let path = desk.file("long.txt", &big);
    let id = desk.library.sources().import_file(&path, &SourceDraft::default()).unwrap();
    let check = desk
        .library
        .sources()
        .verify_against("We will never give up on our hostages", Some("Antony Blinken"), id)
        .unwrap()
        .check;
    assert_eq!((check.verdict, check.misattributed), (Verdict::Exact, Some(true)));
    assert_eq!(check.speaker_in_source.as_deref(), Some("President Herzog"));
}

#[test]
fn quotes_in_other_scripts_and_quotes_longer_than_the_source_get_clear_verdicts() {
    let desk = Desk::new();
    let body = "PRESIDENT HERZOG: Мы хотим мира. نريد السلام. 我们要和平。\nSECRETARY BLINKEN: We continue to work.\n";
    let id = desk
        .library
        .sources()
        .add(&SourceDraft { title: "Remarks".into(), body: body.into(), ..SourceDraft::default() })
        .unwrap();
    let check = desk.library.sources().verify_against("Мы хотим мира", Some("Isaac Herzog"), id).unwrap().check;
    assert_eq!((check.verdict, check.misattributed), (Verdict::Exact, Some(false)));
    assert_eq!(desk.library.sources().verify_against("نريد السلام", None, id).unwrap().check.verdict, Verdict::Exact);
    assert_eq!(desk.library.sources().verify_against("我们要和平", None, id).unwrap().check.verdict, Verdict::Exact);
    let longer = "We continue to work with our partners on every part of the proposal and then some more";
    let c = desk.library.sources().verify_against(longer, None, id).unwrap().check;
    assert_eq!(c.verdict, Verdict::Altered, "the source's words are there, the rest is not: {:?}", c.diff);
}

#[test]
fn the_same_statement_in_several_stories_is_grouped_with_each_versions_diff() {
    let (desk, jerusalem, _) = desk_with_sources();
    let story = |headline: &str, quote: &str| {
        format!("{headline}\nBlinken spoke in Jerusalem. “{quote},” Blinken said on Monday.\n")
    };
    let files = [
        desk.file("a.txt", story("Talks in Jerusalem", "It is time for it to get done")),
        desk.file("b.txt", story("Blinken urges a deal", "It's time for it to get done")),
        desk.file("c.txt", story("A push for a truce", "It is time for the deal to be signed")),
        desk.file("d.txt", story("Unrelated", "We will meet the ministers in Cairo next week")),
    ];
    attache_core::import::import_files(&desk.library, &files, |_| {});
    let versions = desk.library.sources().drift(jerusalem, "It is time for it to get done").unwrap();
    let seen: Vec<(&str, Verdict)> = versions.iter().map(|v| (v.headline.as_str(), v.check.verdict)).collect();
    assert_eq!(
        seen,
        [
            ("Talks in Jerusalem", Verdict::Exact),
            ("Blinken urges a deal", Verdict::Minor),
            ("A push for a truce", Verdict::Altered)
        ]
    );
}

#[test]
fn turns_resolve_to_person_records_and_records_decide_misattribution() {
    let (desk, jerusalem, _) = desk_with_sources();
    let quote = "It's time for it to get done";
    let before = desk.library.sources().verify_against(quote, Some("Antony Blinken"), jerusalem).unwrap();
    assert_eq!(before.person_in_source, None, "no story names him yet: no record to resolve to");
    attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {});
    let one = desk.library.sources().verify_against(quote, Some("Antony Blinken"), jerusalem).unwrap();
    assert_eq!(one.check.speaker_in_source.as_deref(), Some("Secretary Blinken"));
    assert_eq!(one.person_in_source.as_deref(), Some("Antony Blinken"));
    assert_eq!(one.check.misattributed, Some(false));
    let wrong = desk.library.sources().verify_against(quote, Some("Isaac Herzog"), jerusalem).unwrap();
    assert_eq!(wrong.check.misattributed, Some(true), "Herzog's record is not the turn's");
    assert_eq!(wrong.person_in_source.as_deref(), Some("Antony Blinken"));
    assert_eq!(desk.library.people().of_label("Q").unwrap(), None);
    let turns = desk.library.sources().get(jerusalem).unwrap().turns;
    let people: Vec<Option<&str>> = turns.iter().map(|t| t.person.as_deref()).collect();
    assert_eq!(people, [Some("Isaac Herzog"), Some("Antony Blinken"), Some("Isaac Herzog")]);
    assert_eq!(
        desk.library.people().of_label("PRESIDENT HERZOG").unwrap().map(|p| p.name).as_deref(),
        Some("Isaac Herzog")
    );
}
