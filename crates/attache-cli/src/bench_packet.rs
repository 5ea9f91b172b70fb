//! `attache bench packet`: renders a large briefing packet (about 30 pages:
//! 100 quotes, 40 fact-checks) to PDF and times it, and writes the same
//! packet's HTML beside the library for the WeasyPrint baseline
//! (`scripts/packet-baseline.py`). Figures, not assertions.

use crate::bench_travels::percentile;
use crate::output::print_json;
use crate::synth;
use attache_core::factchecks::{EvidenceDraft, EvidenceKind, FactCheckDraft};
use attache_core::packets::PacketSelection;
use attache_core::{Error, Library};
use attache_packet::{render, Format};
use serde::Serialize;
use std::path::Path;
use std::time::Instant;

#[derive(Serialize)]
struct PacketReport {
    stories: usize,
    quotes: usize,
    factchecks: usize,
    pdf_bytes: usize,
    pdf_p50_ms: f64,
    pdf_max_ms: f64,
    html_p50_ms: f64,
}

/// Builds the library at `path` (new), then times five renders of each format.
pub fn run(path: &Path) -> Result<(), Error> {
    let mut library = Library::open(path)?;
    let drafts = (0..400).map(|i| (synth::story(i), None)).collect();
    let ids: Vec<i64> = library.add_stories(drafts)?.into_iter().filter_map(|a| a.ok().map(|a| a.id())).collect();
    library.analyze_pending(|_, _| true)?;
    // Stories until the packet holds 100 quotes.
    let (mut chosen, mut quotes) = (Vec::new(), 0);
    for id in ids {
        let found = library.story_reading(id)?.quotes.iter().filter(|q| q.kind == "quote").count();
        if found == 0 || quotes + found > 100 {
            continue;
        }
        chosen.push(id);
        quotes += found;
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
            summary: Some(
                "The records and the transcript were compared; the figure is explained in the evidence below.".into(),
            ),
            ..FactCheckDraft::default()
        };
        let check = library.add_factcheck(&draft)?;
        let note = EvidenceDraft {
            kind: EvidenceKind::Note,
            reference: None,
            shows: "the official transcript of the briefing".into(),
        };
        library.add_evidence(check.id, &note)?;
    }
    let packet = library.packet(&PacketSelection {
        stories: chosen.clone(),
        title: Some("Benchmark packet".into()),
        ..PacketSelection::default()
    })?;
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
    });
    eprintln!("PDF and HTML for the page count and the WeasyPrint baseline: {}", out.display());
    Ok(())
}
