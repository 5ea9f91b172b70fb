//! Pages kept as evidence on a real library file: stored with their story
//! or source in one transaction, checked against their hash when read,
//! gone with their story, and added to libraries of the version before.

mod common;

use attache_core::sources::SourceDraft;
use attache_core::web_pages::{import_source_page, import_story_page, sha256_hex, FetchedPage};
use attache_core::{Added, ErrorCode, Library};
use common::{draft, Desk};

fn page(address: &str, content_type: &str, body: &str) -> FetchedPage {
    FetchedPage {
        address: address.into(),
        final_url: address.into(),
        status: 200,
        content_type: content_type.into(),
        charset: None,
        fetched_at: "2026-11-30T14:02:00Z".into(),
        bytes: body.as_bytes().to_vec(),
    }
}

const ARTICLE: &str = r#"<html><head><title>Talks resume in Doha</title>
    <link rel="canonical" href="https://news.example/world/doha-talks"></head><body><article>
    <h1>Talks resume in Doha</h1><p>Negotiators met in Doha on Monday for a third day of talks on a ceasefire.</p>
    <p>"We are closer than we have been," a senior official told reporters after the meeting ended.</p></article></body></html>"#;

#[test]
fn a_page_that_is_not_read_stores_nothing() {
    let desk = Desk::new();
    let err =
        import_story_page(&desk.library, &page("https://news.example/a.pdf", "application/pdf", "%PDF")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::UnsupportedFile);
    assert_eq!(
        err.to_string(),
        "https://news.example/a.pdf: is application/pdf, not a web page or text Attaché reads (HTML or plain text)"
    );
    let err = import_story_page(
        &desk.library,
        &page("https://news.example/empty", "text/html", "<html><body></body></html>"),
    )
    .unwrap_err();
    assert_eq!(err.code(), ErrorCode::EmptyFile);
    assert_eq!(desk.library.stories().counts().unwrap(), (0, 0));
}

#[test]
fn a_story_page_is_known_by_every_address_it_answers_to() {
    let desk = Desk::new();
    let mut fetched = page("https://t.example/x?utm_source=feed", "text/html", ARTICLE);
    fetched.final_url = "https://news.example/world/doha-talks?ref=home".into();
    let Added::Created { id } = import_story_page(&desk.library, &fetched).unwrap() else { panic!("not created") };
    let pages = desk.library.web_pages();
    for address in [
        "https://t.example/x",
        "https://news.example/world/doha-talks?ref=home",
        "http://www.news.example/world/doha-talks/",
    ] {
        assert_eq!(pages.story_at(address).unwrap(), Some(id), "{address}");
    }
    assert_eq!(pages.story_at("https://news.example/world/other").unwrap(), None);
    desk.library.stories().trash(id).unwrap();
    assert_eq!(pages.story_at("https://t.example/x").unwrap(), Some(id), "a trashed story counts, as for files");
}

#[test]
fn a_saved_page_whose_bytes_changed_is_reported_as_damaged() {
    let desk = Desk::new();
    let id = import_story_page(&desk.library, &page("https://news.example/doha", "text/html", ARTICLE)).unwrap().id();
    let kept = desk.library.web_pages().for_story(id).unwrap()[0].clone();
    assert_eq!(kept.sha256, sha256_hex(ARTICLE.as_bytes()));
    assert_eq!(desk.library.web_pages().saved(kept.id).unwrap().text, ARTICLE);
    let other = flate_of(b"something else");
    let conn = rusqlite::Connection::open(desk.path()).unwrap();
    conn.execute("UPDATE web_page SET compressed = ?1 WHERE id = ?2", rusqlite::params![other, kept.id]).unwrap();
    assert_eq!(desk.library.web_pages().saved(kept.id).unwrap_err().code(), ErrorCode::Corrupt);
}

fn flate_of(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn a_page_goes_with_its_story_when_the_trash_is_emptied() {
    let desk = Desk::new();
    let id = import_story_page(&desk.library, &page("https://news.example/doha", "text/html", ARTICLE)).unwrap().id();
    desk.library.stories().trash(id).unwrap();
    desk.library.stories().empty_trash().unwrap();
    let conn = rusqlite::Connection::open(desk.path()).unwrap();
    let left: i64 = conn.query_row("SELECT count(*) FROM web_page", [], |r| r.get(0)).unwrap();
    assert_eq!(left, 0);
}

#[test]
fn a_source_page_keeps_the_editors_title_over_the_pages() {
    let desk = Desk::new();
    let meta = SourceDraft { title: "Doha readout".into(), ..SourceDraft::default() };
    let id = import_source_page(&desk.library, &page("https://news.example/doha", "text/html", ARTICLE), &meta)
        .unwrap()
        .id();
    let source = desk.library.sources().get(id).unwrap();
    assert_eq!((source.title.as_str(), source.url.as_deref()), ("Doha readout", Some("https://news.example/doha")));
    assert_eq!(desk.library.web_pages().for_source(id).unwrap().len(), 1);
}

#[test]
fn a_library_of_version_17_takes_pages_after_its_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let old = Library::open_at(&path, 17).unwrap();
        old.stories().add(draft("Old story", "Kept from before the upgrade."), None).unwrap();
    }
    let library = Library::open_at(&path, attache_core::migrate::supported_version()).unwrap();
    assert_eq!(library.info().unwrap().schema_version, 18);
    assert_eq!(library.stories().get(1).unwrap().draft.headline, "Old story");
    assert!(library.web_pages().for_story(1).unwrap().is_empty());
    let id = import_story_page(&library, &page("https://news.example/doha", "text/html", ARTICLE)).unwrap().id();
    assert_eq!(library.web_pages().for_story(id).unwrap().len(), 1);
}
