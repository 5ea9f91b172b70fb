//! Briefing packets from a real library: the seed story, a fact-check with a
//! verdict and the travel records, exported to PDF, Markdown, HTML and JSON-LD;
//! bad selections, hostile titles and unwritable paths handled cleanly.

use attache_core::factchecks::FactCheckDraft;
use attache_core::packets::{PacketParts, PacketSelection};
use attache_core::quotes::VerificationStatus;
use attache_core::sources::SourceDraft;
use attache_core::Library;
use attache_packet::{export, render, Format};
use serde_json::Value;
use std::path::Path;

fn library() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(&dir.path().join("library.sqlite3")).unwrap();
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/seed-article-2024-08-19.txt");
    attache_core::import::import_files(&library, &[seed], |_| {});
    let draft = FactCheckDraft {
        claim: "Blinken is on his ninth visit to the Middle East since October 7".into(),
        claimant: Some("The Wire".into()),
        story_id: Some(1),
        verdict: Some("True".into()),
        summary: Some("The official record counts nine journeys.".into()),
        ..FactCheckDraft::default()
    };
    library.factchecks().add(&draft).unwrap();
    verify_the_second_quote(&mut library);
    (dir, library)
}

/// The seed's "It is time for it to get done…" checked against the
/// transcript and marked verified, so packets carry its differences.
fn verify_the_second_quote(library: &mut Library) {
    let transcript = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/remarks-before-meeting.txt");
    let body = std::fs::read_to_string(&transcript).unwrap();
    let source = library
        .sources()
        .add(&SourceDraft { title: "Remarks before the meeting".into(), body, ..SourceDraft::default() })
        .unwrap();
    let quote =
        library.quotes().of_story(1).unwrap().quotes.into_iter().find(|q| q.text.starts_with("It is time")).unwrap();
    let check = library.sources().verify_against(&quote.text, quote.speaker.as_deref(), source).unwrap();
    library
        .quotes()
        .set_status(&quote.reference(), VerificationStatus::Verified, "", Some((source, check.check.verdict)))
        .unwrap();
}

fn journey() -> PacketSelection {
    PacketSelection {
        journey_official: Some("blinken-antony-j".into()),
        journey_start: "2024-08-18".parse().ok(),
        ..PacketSelection::default()
    }
}

fn text(library: &Library, selection: &PacketSelection, format: Format) -> String {
    String::from_utf8(render(&attache_core::packets::gather(library, selection).unwrap(), format, None).unwrap())
        .unwrap()
}

#[test]
fn a_journey_packet_in_markdown_has_every_part() {
    let (_dir, library) = library();
    let md = text(&library, &journey(), Format::Markdown);
    assert!(md.contains("# Briefing: blinken-antony-j, journey of 2024-08-18 to 2024-08-20"), "{md}");
    for heading in
        ["## Summary", "## Itinerary", "## People", "## Key quotes", "## Fact-checks", "## Claim checks", "## Sources"]
    {
        assert!(md.contains(heading), "{heading}");
    }
    assert!(md.contains("| 2024-08-18 – 2024-08-19 | Israel | Tel Aviv |"));
    assert!(md.contains("verdict: **True**"));
    assert!(md.contains("**verified** (minor against the source)"));
    assert!(md.contains("Against the source: It is time for it to get done ~~It is~~ **It’s** also time"), "{md}");
    assert!(md.contains("agrees: the records make this the 9th journey"));
    // The term's timeline: Blinken's 88 journeys as Secretary, this one the 77th.
    assert!(md.contains("## The term"), "{md}");
    assert!(md.contains("secretary from 2021-01-26 to 2025-01-20: 88 journeys abroad; this packet's is number 77."));
    assert!(md.contains("77. **2024-08-18 to 2024-08-20: Israel, Egypt, Qatar**"), "{md}");
    let without =
        PacketSelection { parts: PacketParts { quotes: false, people: false, ..PacketParts::default() }, ..journey() };
    let md = text(&library, &without, Format::Markdown);
    assert!(!md.contains("## Key quotes") && !md.contains("## People") && md.contains("## Fact-checks"));
}

#[test]
fn the_json_export_holds_a_claim_review_for_each_checked_claim() {
    let (_dir, library) = library();
    let json: Value = serde_json::from_str(&text(
        &library,
        &PacketSelection { stories: vec![1], ..Default::default() },
        Format::Json,
    ))
    .unwrap();
    let review = &json["claimReviews"][0];
    assert_eq!(review["@context"], "https://schema.org");
    assert_eq!(review["@type"], "ClaimReview");
    assert_eq!(review["claimReviewed"], "Blinken is on his ninth visit to the Middle East since October 7");
    assert_eq!(review["reviewRating"]["ratingValue"], 5);
    assert_eq!(
        (review["reviewRating"]["bestRating"].as_i64(), review["reviewRating"]["worstRating"].as_i64()),
        (Some(5), Some(1))
    );
    assert_eq!(review["reviewRating"]["alternateName"], "True");
    assert_eq!(review["itemReviewed"]["@type"], "Claim");
    assert_eq!(review["itemReviewed"]["author"]["name"], "The Wire");
    assert_eq!(review["itemReviewed"]["datePublished"], "2024-08-19");
    assert!(review["itemReviewed"]["appearance"].is_object());
    assert_eq!(review["author"]["name"], "unnamed editor");
    assert!(review["datePublished"].is_string() && review.get("url").is_some());
    assert_eq!(json["quotes"].as_array().unwrap().len(), 4);
    assert_eq!(
        json["stories"][0]["headline"],
        "US Secretary of State Antony Blinken Pushes for Gaza Truce During High-Stakes Israel Visit"
    );
}

#[test]
fn hostile_titles_are_escaped_in_html_and_markdown() {
    let (_dir, library) = library();
    let title = r#"<script>alert(1)</script> #1 $5 {{ packet }} "quoted" שלום"#;
    let selection = PacketSelection { stories: vec![1], title: Some(title.into()), ..Default::default() };
    let html = text(&library, &selection, Format::Html);
    assert!(
        html.contains("<h1>&lt;script&gt;alert(1)&lt;&#x2f;script&gt; #1 $5 {{ packet }} &quot;quoted&quot; שלום</h1>"),
        "{}",
        &html[..900]
    );
    assert!(!html.contains("<script>"));
    assert!(html.contains("{{ packet }}"), "template syntax in data stays text");
    assert!(html.contains("שלום"));
    let md = text(&library, &selection, Format::Markdown);
    assert!(md.contains(r"\<script\>alert(1)\</script\> \#1 \$5 {{ packet }}"), "{}", &md[..300]);
}

#[test]
fn nothing_selected_and_unwritable_paths_are_refused_without_a_partial_file() {
    let (dir, library) = library();
    let err = attache_core::packets::gather(&library, &PacketSelection::default()).unwrap_err();
    assert!(err.to_string().starts_with("the packet has no stories"), "{err}");
    let none =
        PacketSelection { since: "1999-01-01".parse().ok(), until: "1999-12-31".parse().ok(), ..Default::default() };
    assert!(attache_core::packets::gather(&library, &none).is_err());
    let packet =
        attache_core::packets::gather(&library, &PacketSelection { stories: vec![1], ..Default::default() }).unwrap();
    let out = dir.path().join("missing-folder/packet.html");
    let err = export(&packet, Format::Html, &out, None).unwrap_err();
    assert!(err.to_string().contains("missing-folder/packet.html"), "{err}");
    assert!(!out.parent().unwrap().exists());
    let docx = dir.path().join("missing-folder/p.docx");
    assert!(export(&packet, Format::Docx, &docx, None).is_err());
    assert!(!docx.parent().unwrap().exists());
    let ok = dir.path().join("p.html");
    export(&packet, Format::Html, &ok, None).unwrap();
    assert!(std::fs::read_to_string(&ok).unwrap().ends_with("</html>"));
}

#[test]
fn a_newsrooms_template_replaces_the_built_in_layout() {
    let (dir, library) = library();
    std::fs::write(
        dir.path().join("packet.md.j2"),
        "NEWSROOM {{ packet.title | md }}: {{ packet.stories | length }} stories",
    )
    .unwrap();
    let packet = attache_core::packets::gather(
        &library,
        &PacketSelection { stories: vec![1], title: Some("Gaza #2".into()), ..Default::default() },
    )
    .unwrap();
    let md = String::from_utf8(render(&packet, Format::Markdown, Some(dir.path())).unwrap()).unwrap();
    assert_eq!(md, "NEWSROOM Gaza \\#2: 1 stories");
    std::fs::write(dir.path().join("packet.md.j2"), "{% if %}").unwrap();
    let err = render(&packet, Format::Markdown, Some(dir.path())).unwrap_err();
    assert!(err.to_string().contains("packet.md.j2 is broken"), "{err}");
}

/// The text of a PDF, and its page count, as poppler reads them.
fn pdf_text(pdf: &Path) -> (String, usize) {
    let text =
        std::process::Command::new("pdftotext").args(["-layout"]).arg(pdf).arg("-").output().expect("pdftotext runs");
    let info = std::process::Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo runs");
    let warnings = String::from_utf8_lossy(&info.stderr).into_owned();
    assert!(warnings.is_empty(), "poppler reads the packet without warnings: {warnings}");
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    let pages = info.lines().find_map(|l| l.strip_prefix("Pages:")).and_then(|n| n.trim().parse().ok()).unwrap_or(0);
    (String::from_utf8_lossy(&text.stdout).into_owned(), pages)
}

#[test]
fn the_pdf_packet_has_its_headings_quotes_verdicts_and_pages() {
    let (dir, library) = library();
    let title = r#"Blinken #9: $5 {draft} "quoted""#;
    let packet =
        attache_core::packets::gather(&library, &PacketSelection { title: Some(title.into()), ..journey() }).unwrap();
    let out = dir.path().join("packet.pdf");
    export(&packet, Format::Pdf, &out, None).unwrap();
    let (text, pages) = pdf_text(&out);
    assert!(pages >= 3, "a cover with contents, then the parts: {pages} pages");
    for expected in [
        "FOR INTERNAL USE",
        title,
        "Contents",
        "Summary",
        "Itinerary",
        "People",
        "Key quotes",
        "Fact-checks",
        "Claim checks",
        "Sources",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from the PDF text");
    }
    assert!(text.contains("Tel Aviv"));
    assert!(["18 Aug", "19 Aug", "20 Aug"].iter().all(|day| text.contains(day)), "the itinerary's timeline");
    assert!(text.contains("The term") && text.contains("88 journeys abroad"), "the term's timeline");
    assert!(text.contains("It is time for it to get done"));
    assert!(text.contains("Verdict: True"));
    assert!(text.contains("verified (minor)") && text.contains("Against the source: It is time"));
    assert!(text.contains("agrees: the records make this the 9th journey"));
    let compact: String = text.split_whitespace().collect();
    assert!(compact.contains(&format!("2/{pages}")) && compact.contains(&format!("{pages}/{pages}")), "page numbers");
}

/// The paragraphs of a Word document, tables' cells included, as docx-rs
/// reads them back, each with its paragraph style.
fn docx_paragraphs(bytes: &[u8]) -> Vec<(Option<String>, String)> {
    use docx_rs::{DocumentChild, TableCellContent, TableChild, TableRowChild};
    let docx = docx_rs::read_docx(bytes).expect("docx-rs reads the packet back");
    let styled = |p: &docx_rs::Paragraph| (p.property.style.as_ref().map(|s| s.val.clone()), p.raw_text());
    let mut out = Vec::new();
    for child in &docx.document.children {
        match child {
            DocumentChild::Paragraph(p) => out.push(styled(p)),
            DocumentChild::Table(t) => {
                for TableChild::TableRow(row) in &t.rows {
                    for TableRowChild::TableCell(cell) in &row.cells {
                        out.extend(cell.children.iter().filter_map(|c| match c {
                            TableCellContent::Paragraph(p) => Some(styled(p)),
                            _ => None,
                        }));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_docx_packet_reads_back_with_its_headings_itinerary_quotes_and_verdicts() {
    let (dir, library) = library();
    let title = r#"Blinken #9: $5 {draft} "quoted" שלום"#;
    let packet =
        attache_core::packets::gather(&library, &PacketSelection { title: Some(title.into()), ..journey() }).unwrap();
    let out = dir.path().join("packet.docx");
    export(&packet, Format::Docx, &out, None).unwrap();
    let paragraphs = docx_paragraphs(&std::fs::read(&out).unwrap());
    let heading = |level: &str, text: &str| paragraphs.iter().any(|(s, t)| s.as_deref() == Some(level) && t == text);
    assert!(heading("Heading1", title), "the title, unescaped: {:?}", &paragraphs[..3]);
    for part in ["Summary", "Itinerary", "People", "Key quotes", "Fact-checks", "Claim checks", "Sources"] {
        assert!(heading("Heading2", part), "{part} missing");
    }
    let all: Vec<&str> = paragraphs.iter().map(|(_, t)| t.as_str()).collect();
    assert!(all.contains(&"Tel Aviv"), "the itinerary's table cells");
    assert!(all.iter().any(|t| t.contains("It is time for it to get done")));
    assert!(all.iter().any(|t| t.contains("verdict: True")));
    assert!(all.iter().any(|t| t.contains("Against the source: It is time for it to get done It is It’s also")));
    assert!(all.iter().any(|t| t.contains("agrees: the records make this the 9th journey")));
}

#[test]
fn a_broken_pdf_template_is_refused_with_its_error() {
    let (dir, library) = library();
    std::fs::write(dir.path().join("packet.typ"), "#let p = json(\"packet.json\")\n#p.no_such_field").unwrap();
    let packet =
        attache_core::packets::gather(&library, &PacketSelection { stories: vec![1], ..Default::default() }).unwrap();
    let out = dir.path().join("broken.pdf");
    let err = export(&packet, Format::Pdf, &out, Some(dir.path())).unwrap_err();
    assert!(err.to_string().starts_with("the PDF template is broken"), "{err}");
    assert!(!out.exists(), "no partial file");
}

#[test]
fn a_packet_about_an_official_draws_the_term_and_one_about_anyone_else_does_not() {
    let (_dir, library) = library();
    let about = |person: &str| PacketSelection { person: Some(person.into()), ..PacketSelection::default() };
    let packet = attache_core::packets::gather(&library, &about("Blinken")).unwrap();
    let term = packet.term.expect("Blinken is an official of the records");
    assert_eq!((term.term.role.as_str(), term.journeys.len()), ("secretary", 88));
    assert!(term.journeys.iter().all(|j| !j.this_packet), "no journey is the packet's own");
    let html = String::from_utf8(
        render(&attache_core::packets::gather(&library, &about("Blinken")).unwrap(), Format::Html, None).unwrap(),
    )
    .unwrap();
    assert!(html.contains("class=\"term-bar\"") && html.contains("<h2>The term</h2>"), "{html}");
    let packet = attache_core::packets::gather(&library, &about("Herzog")).unwrap();
    assert!(packet.term.is_none(), "Herzog is in no travel record of the library");
}
