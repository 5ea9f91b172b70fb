//! `attache bench packet`: renders a large briefing packet (about 30 pages:
//! 100 quotes, 40 fact-checks) to PDF and times it, and writes the same
//! packet's HTML beside the library for the WeasyPrint baseline
//! (`scripts/packet-baseline.py`). Figures, not assertions.

use crate::bench_travels::percentile;
use crate::output::print_json;
use crate::synth;
use attache_core::factchecks::{EvidenceDraft, EvidenceKind, FactCheckDraft};
use attache_core::packets::PacketSelection;
use attache_core::quotes::VerificationStatus;
use attache_core::sources::SourceDraft;
use attache_core::{Error, Library, StoredQuote};
use attache_packet::{render, Format};
use serde::Serialize;
use std::path::Path;
use std::time::Instant;

/// A fact-check's summary of the length newsrooms write (about 210 words).
const SUMMARY: &str = "The claim counts rounds of talks since the spring. The ministry's published \
    schedule lists each round with its date and venue, and the transcripts of the briefings after each \
    round confirm which meetings the ministry itself called a round. Two meetings in May were technical \
    sessions, not rounds, by the ministry's own description at the time, so the count depends on whether \
    they are included. The verdict reflects the ministry's own count; the story's wording is compared with \
    the transcript in the evidence below, with the differences marked. The minister's office was asked for \
    comment and pointed to the same schedule. Counting every meeting the ministry listed, technical \
    sessions included, gives a higher figure than the one the minister used, and counting only the rounds \
    attended by both delegations' heads gives a lower one. Reporters at the briefing asked about the \
    difference; the spokesperson's answer is quoted in the transcript cited below. Earlier statements by \
    the same office used the narrower count, which is the one this check applies. The story that carried \
    the claim did not say which count it used, and its editors have been told of this check.";

/// Evidence items of the kinds a real check cites.
const EVIDENCE: [(EvidenceKind, &str); 6] = [
    (EvidenceKind::Note, "the official transcript of the briefing after the latest round"),
    (EvidenceKind::Url, "the ministry's published schedule of rounds since March"),
    (EvidenceKind::Note, "two May meetings described at the time as technical sessions"),
    (EvidenceKind::Url, "the joint statement issued after the first round, which numbers it"),
    (EvidenceKind::Note, "the spokesperson's answer on the count, from the same briefing"),
    (EvidenceKind::Url, "the office's earlier statements, all using the narrower count"),
];

/// Checks a story's quotes against a transcript made from them with a few
/// words changed, and marks them verified, so the packet shows their diffs.
fn verify_quotes(library: &mut Library, story: i64) -> Result<(), Error> {
    let quotes: Vec<StoredQuote> = library
        .quotes()
        .of_story(story)?
        .quotes
        .into_iter()
        .filter(|q| q.kind == attache_core::analysis::QuoteKind::Quote)
        .collect();
    let body = quotes
        .iter()
        .map(|q| format!("SECRETARY SMITH: {}", q.text.replacen(" the ", " that ", 1)))
        .collect::<Vec<_>>();
    let body = body.join("\n");
    let draft = SourceDraft { title: format!("Transcript for story {story}"), body, ..SourceDraft::default() };
    let source = library.sources().add(&draft)?;
    for quote in quotes {
        let verdict = library.sources().verify_against(&quote.text, None, source)?.check.verdict;
        library.quotes().set_status(&quote.reference(), VerificationStatus::Verified, "", Some((source, verdict)))?;
    }
    Ok(())
}

#[derive(Serialize)]
struct PacketReport {
    stories: usize,
    quotes: usize,
    factchecks: usize,
    pdf_bytes: usize,
    pdf_p50_ms: f64,
    pdf_max_ms: f64,
    html_p50_ms: f64,
    /// As poppler's `pdfinfo` counts them (null without poppler-utils).
    pdf_pages: Option<usize>,
}

/// Builds the library at `path` (new), then times five renders of each format.
pub fn run(path: &Path) -> Result<(), Error> {
    let mut library = Library::open(path)?;
    let drafts = (0..400).map(|i| (synth::story(i), None)).collect();
    let ids: Vec<i64> = library.stories().add_all(drafts)?.into_iter().filter_map(|a| a.ok().map(|a| a.id())).collect();
    attache_core::catch_up::analyze_pending(&library, |_, _| true)?;
    // Stories until the packet holds 100 quotes.
    let (mut chosen, mut quotes) = (Vec::new(), 0);
    for id in ids {
        let found = library
            .quotes()
            .of_story(id)?
            .quotes
            .iter()
            .filter(|q| q.kind == attache_core::analysis::QuoteKind::Quote)
            .count();
        if found == 0 || quotes + found > 100 {
            continue;
        }
        chosen.push(id);
        quotes += found;
    }
    for id in &chosen {
        verify_quotes(&mut library, *id)?;
    }
    let ratings = ["True", "Mostly true", "Half true", "Mostly false", "False", "Misleading", "Unverifiable"];
    for k in 0..40 {
        let draft = FactCheckDraft {
            claim: format!(
                "Claim {k}: the minister said the talks had reached their {}th round since the spring.",
                k + 2
            ),
            claimant: Some(format!("Official {k}")),
            story_id: chosen.get(k % chosen.len().max(1)).copied(),
            verdict: Some(ratings[k % ratings.len()].into()),
            summary: Some(SUMMARY.into()),
            ..FactCheckDraft::default()
        };
        let check = library.factchecks().add(&draft)?;
        for (kind, shows) in EVIDENCE {
            let item = EvidenceDraft { kind, reference: None, shows: shows.into() };
            library.factchecks().add_evidence(check.id, &item)?;
        }
    }
    let packet = attache_core::packets::gather(
        &library,
        &PacketSelection {
            stories: chosen.clone(),
            title: Some("Benchmark packet".into()),
            ..PacketSelection::default()
        },
    )?;
    let time = |format: Format| -> Result<(Vec<f64>, usize), Error> {
        let mut times = Vec::new();
        let mut size = 0;
        for _ in 0..5 {
            let started = Instant::now();
            size = render(&packet, format, None)?.len();
            times.push(started.elapsed().as_secs_f64() * 1e3);
        }
        Ok((times, size))
    };
    let (mut pdf, pdf_bytes) = time(Format::Pdf)?;
    let (mut html, _) = time(Format::Html)?;
    let out = path.with_extension("packet");
    std::fs::create_dir_all(&out).map_err(|source| Error::Io { path: out.clone(), source })?;
    let write = |name: &str, bytes: Vec<u8>| {
        std::fs::write(out.join(name), bytes).map_err(|source| Error::Io { path: out.join(name), source })
    };
    write("packet.pdf", render(&packet, Format::Pdf, None)?)?;
    write("packet.html", render(&packet, Format::Html, None)?)?;
    print_json(&PacketReport {
        stories: packet.stories.len(),
        quotes: packet.quotes.len(),
        factchecks: packet.factchecks.len(),
        pdf_bytes,
        pdf_p50_ms: percentile(&mut pdf, 0.5),
        pdf_max_ms: percentile(&mut pdf, 1.0),
        html_p50_ms: percentile(&mut html, 0.5),
        pdf_pages: pages(&out.join("packet.pdf")),
    });
    eprintln!("PDF and HTML for the page count and the WeasyPrint baseline: {}", out.display());
    Ok(())
}

/// The page count of a PDF, from poppler's `pdfinfo`.
fn pages(pdf: &Path) -> Option<usize> {
    let info = std::process::Command::new("pdfinfo").arg(pdf).output().ok()?;
    String::from_utf8_lossy(&info.stdout).lines().find_map(|l| l.strip_prefix("Pages:")?.trim().parse().ok())
}
