//! Property tests of the readers of outside files: HTML, Markdown and plain
//! text pages, text in unknown encodings, .docx files (zip archives), the
//! official travel-record, visit and terms XML. Whatever the bytes, they
//! never panic, and a refusal names the file. Cases per run:
//! `PROPTEST_CASES` (default 256); the soak runs a million.

use attache_core::import::{decode_text, parse_html, parse_markdown, parse_plain, read_story_file};
use attache_core::travels::{read_terms, read_xml};
use attache_core::visits::read_visits;
use proptest::prelude::*;
use std::path::Path;

/// Markup-ish text: tags, entities, nesting and garbage in any order.
fn markup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<div>".to_string()),
        Just("</div>".to_string()),
        Just("<p>".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("<meta property=\"og:site_name\" content=\"<img src=x>\">".to_string()),
        Just("<title>&lt;b&gt;Talks&lt;/b&gt;</title>".to_string()),
        Just("&amp;&#x1F600;&#0;&bogus;".to_string()),
        Just("<trip who=\"x\"><start-date>2024-01-01</start-date><end-date>".to_string()),
        Just("<visit><visitor>".to_string()),
        Just("<country id=\"israel\">".to_string()),
        Just("<!-- -->".to_string()),
        Just("<![CDATA[".to_string()),
        Just("“".to_string()),
        "[ -~]{0,16}",
        "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|parts| parts.concat())
}

/// A real record file with a few of its bytes replaced.
fn mutated(real: &'static str) -> impl Strategy<Value = String> {
    prop::collection::vec((0..real.len(), "\\PC{0,3}"), 0..6).prop_map(move |edits| {
        let mut text = real.to_string();
        for (at, insert) in edits {
            let mut at = at.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text.insert_str(at, &insert);
        }
        text
    })
}

const TRIPS: &str = include_str!("../data/travels/secretaries/seward-william-henry.xml");
const VISITS: &str = include_str!("../data/visits/1870.xml");

proptest! {
    #[test]
    fn story_readers_never_panic(text in markup()) {
        let _ = parse_html(&text);
        let _ = parse_markdown(&text);
        let _ = parse_plain(&text);
    }

    #[test]
    fn decoding_any_bytes_never_panics_and_refusals_name_the_file(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Err(err) = decode_text(Path::new("page.html"), &bytes) {
            prop_assert!(err.to_string().contains("page.html"), "{err}");
        }
    }

    #[test]
    fn record_readers_never_panic_on_markup(text in markup()) {
        let errors = [
            read_xml(Path::new("r.xml"), &text).err(),
            read_visits(Path::new("r.xml"), &text).err(),
            read_terms(Path::new("r.xml"), &text).err(),
        ];
        for err in errors.into_iter().flatten() {
            prop_assert!(err.to_string().contains("r.xml"), "{err}");
        }
    }

    #[test]
    fn record_readers_never_panic_on_damaged_real_records(trips in mutated(TRIPS), visits in mutated(VISITS)) {
        let _ = read_xml(Path::new("seward.xml"), &trips);
        let _ = read_visits(Path::new("1870.xml"), &visits);
    }

    #[test]
    fn a_docx_of_any_bytes_is_refused_or_read_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2_000)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("story.docx");
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend(bytes);
        std::fs::write(&path, zip).unwrap();
        if let Err(err) = read_story_file(&path) {
            prop_assert!(err.to_string().contains("story.docx"), "{err}");
        }
    }
}
