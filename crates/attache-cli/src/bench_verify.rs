//! `attache bench verify`: times quote alignment against a 20,000-word
//! transcript, and the search for a quote's source across a library of
//! 2,000 sources (about 10 million words). Writes the transcript and quotes
//! beside the library for the Python baseline (`scripts/verify-baseline.py`).
//! Figures, not assertions.

use crate::bench_travels::percentile;
use crate::output::print_json;
use attache_core::sources::SourceDraft;
use attache_core::verify::{check, Prepared, Verdict};
use attache_core::{Error, Library};
use serde::Serialize;
use std::path::Path;
use std::time::Instant;

#[derive(Serialize)]
struct VerifyReport {
    transcript_words: usize,
    quote_words: usize,
    align_p50_ms: f64,
    align_p95_ms: f64,
    check_with_tokenizing_p50_ms: f64,
    sources: usize,
    library_words: usize,
    search_queries: usize,
    search_p50_ms: f64,
    search_p95_ms: f64,
    search_found_right_source: f64,
}

/// A synthetic transcript of at least `words` words, in speaker turns. Its
/// words follow Zipf's law over a 50,000-word vocabulary whose rarer words
/// are longer, as in real language, so full-text search meets a realistic
/// spread of common and rare terms.
fn transcript(seed: u64, words: usize) -> String {
    let mut rng = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407) | 1;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let labels = ["SECRETARY BLINKEN", "Q", "FOREIGN MINISTER SAFADI"];
    let mut text = String::from("Remarks to the press\n");
    let mut count = 0;
    while count < words {
        text.push_str(labels[(next() % 3) as usize]);
        text.push(':');
        for i in 0..40 + next() % 80 {
            // Zipf by inverse transform: rank ≈ N^u for a uniform u.
            let u = (next() % 1_000_000) as f64 / 1_000_000.0;
            let rank = (50_000f64.powf(u) as u64).max(1);
            text.push(' ');
            text.push_str(&pseudo_word(rank));
            if i % 15 == 14 {
                text.push('.');
            }
        }
        text.push_str(".\n");
        count += 80;
    }
    text
}

/// The word of a vocabulary rank: frequent ranks are short syllable strings, rare ranks longer ones.
fn pseudo_word(rank: u64) -> String {
    const SYLLABLES: [&str; 16] =
        ["ta", "ro", "mi", "ke", "lu", "sa", "po", "ne", "di", "va", "gor", "lin", "bre", "sto", "que", "an"];
    let mut word = String::new();
    let mut r = rank;
    loop {
        word.push_str(SYLLABLES[(r % 16) as usize]);
        r /= 16;
        if r == 0 {
            break;
        }
    }
    word
}

/// `len` consecutive words of `text` from word `at`, with every 20th word changed.
fn quote_from(text: &str, at: usize, len: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().filter(|w| !w.ends_with(':')).collect();
    let start = at % words.len().saturating_sub(len).max(1);
    words[start..(start + len).min(words.len())]
        .iter()
        .enumerate()
        .map(|(i, w)| if i % 20 == 19 { "reportedly" } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs the benchmark; `path` is a new library file.
pub fn run(path: &Path, sources: usize, queries: usize) -> Result<(), Error> {
    let long = transcript(0, 20_000);
    let prepared = Prepared::new(&long);
    let quotes: Vec<String> = (0..queries).map(|i| quote_from(&long, i * 7919, 60)).collect();
    let mut align = Vec::new();
    for quote in &quotes {
        let started = Instant::now();
        let c = prepared.check(quote, None);
        align.push(started.elapsed().as_secs_f64() * 1e3);
        debug_assert_ne!(c.verdict, Verdict::Absent);
    }
    let mut whole: Vec<f64> = quotes
        .iter()
        .take(20)
        .map(|quote| {
            let started = Instant::now();
            check(quote, None, &long);
            started.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    let out = path.with_extension("verify");
    std::fs::create_dir_all(&out).map_err(|source| Error::Io { path: out.clone(), source })?;
    let write = |name: &str, text: String| {
        std::fs::write(out.join(name), text).map_err(|source| Error::Io { path: out.join(name), source })
    };
    write("transcript.txt", long.clone())?;
    write("quotes.txt", quotes.join("\n"))?;

    let library = Library::open(path)?;
    let mut library_words = 0;
    let mut bodies = Vec::new();
    for k in 0..sources {
        let body = transcript(k as u64 + 1, 5_000);
        library_words += body.split_whitespace().count();
        let draft = SourceDraft { title: format!("Synthetic transcript {k}"), body, ..SourceDraft::default() };
        let id = library.sources().add(&draft)?;
        bodies.push((id, draft.body));
        if k % 100 == 99 {
            eprint!("\rsources {} of {sources}", k + 1);
        }
    }
    eprintln!();
    let (mut search, mut right) = (Vec::new(), 0);
    for i in 0..queries {
        let (id, body) = &bodies[(i * 131) % bodies.len()];
        let quote = quote_from(body, i * 104_729, 25);
        let started = Instant::now();
        let found = library.sources().verify_in_library(&quote, None, 5)?;
        search.push(started.elapsed().as_secs_f64() * 1e3);
        right += usize::from(found.first().and_then(|f| f.source_id) == Some(*id));
    }
    print_json(&VerifyReport {
        transcript_words: long.split_whitespace().count(),
        quote_words: 60,
        align_p50_ms: percentile(&mut align, 0.5),
        align_p95_ms: percentile(&mut align, 0.95),
        check_with_tokenizing_p50_ms: percentile(&mut whole, 0.5),
        sources,
        library_words,
        search_queries: queries,
        search_p50_ms: percentile(&mut search, 0.5),
        search_p95_ms: percentile(&mut search, 0.95),
        search_found_right_source: right as f64 / queries.max(1) as f64,
    });
    eprintln!("transcript and quotes for the Python baseline: {}", out.display());
    Ok(())
}
