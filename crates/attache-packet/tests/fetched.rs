//! A packet names the web pages its story and sources were fetched from:
//! when, from where, and the SHA-256 of the bytes kept, in every format.

use attache_core::factchecks::FactCheckDraft;
use attache_core::packets::{gather, PacketSelection};
use attache_core::quotes::VerificationStatus;
use attache_core::sources::SourceDraft;
use attache_core::web_pages::{import_source_page, import_story_page, sha256_hex, FetchedPage};
use attache_core::Library;
use attache_packet::{export, render, Format};
use std::path::Path;

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn fetched(address: &str, content_type: &str, bytes: Vec<u8>) -> FetchedPage {
    FetchedPage {
        address: address.into(),
        final_url: address.into(),
        status: 200,
        content_type: content_type.into(),
        charset: None,
        fetched_at: "2026-11-30T14:02:00Z".into(),
        bytes,
    }
}

#[test]
fn every_format_lists_the_fetch_time_address_and_hash_of_each_page() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::open(&dir.path().join("library.sqlite3")).unwrap();
    let story_page = fetched(
        "https://news.example/blinken",
        "text/plain",
        fixture("../../../shared/fixtures/seed-article-2024-08-19.txt"),
    );
    let story = import_story_page(&library, &story_page).unwrap().id();
    let transcript = fetched(
        "https://state.example/remarks",
        "text/plain",
        fixture("../../tests/fixtures/remarks-before-meeting.txt"),
    );
    let source = import_source_page(&library, &transcript, &SourceDraft::default()).unwrap().id();
    let quote = library
        .quotes()
        .of_story(story)
        .unwrap()
        .quotes
        .into_iter()
        .find(|q| q.text.starts_with("It is time"))
        .unwrap();
    let check = library.sources().verify_against(&quote.text, quote.speaker.as_deref(), source).unwrap();
    library
        .quotes()
        .set_status(&quote.reference(), VerificationStatus::Verified, "", Some((source, check.check.verdict)))
        .unwrap();

    let check = FactCheckDraft {
        claim: "Blinken is on his ninth visit to the Middle East since October 7".into(),
        story_id: Some(story),
        verdict: Some("True".into()),
        ..FactCheckDraft::default()
    };
    library.factchecks().add(&check).unwrap();
    let packet = gather(&library, &PacketSelection { stories: vec![story], ..PacketSelection::default() }).unwrap();
    let reviews = attache_packet::claim_reviews(&packet);
    assert_eq!(
        reviews[0]["url"], "https://news.example/blinken",
        "the ClaimReview names the address the story came from"
    );
    let hashes = [sha256_hex(&story_page.bytes), sha256_hex(&transcript.bytes)];
    for format in [Format::Markdown, Format::Html, Format::Json] {
        // HTML escapes the slashes of addresses.
        let text = String::from_utf8(render(&packet, format, None).unwrap()).unwrap().replace("&#x2f;", "/");
        for (hash, address) in hashes.iter().zip(["https://news.example/blinken", "https://state.example/remarks"]) {
            assert!(text.contains(hash.as_str()), "{format:?} lacks {hash}");
            assert!(text.contains(address), "{format:?} lacks {address}");
        }
        assert!(text.contains("2026-11-30T14:02:00Z"), "{format:?} lacks the fetch time");
    }
    let pdf = dir.path().join("packet.pdf");
    export(&packet, Format::Pdf, &pdf, None).unwrap();
    let text = std::process::Command::new("pdftotext").arg(&pdf).arg("-").output().unwrap().stdout;
    let compact: String = String::from_utf8_lossy(&text).split_whitespace().collect();
    assert!(hashes.iter().all(|h| compact.contains(h.as_str())), "the PDF lists both hashes");
}
