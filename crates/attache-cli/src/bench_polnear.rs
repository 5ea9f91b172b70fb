//! `attache bench attribution --polnear DIR`: the analyzer's direct quotes
//! and speakers scored against PolNeAR (political news with hand-annotated
//! source, cue and content spans), read from a local copy that is never
//! shipped: PolNeAR has no data licence. Its test split is read once, as its
//! authors ask, and GenderGapTracker's published figures are printed beside.
//! With `ATTACHE_POLNEAR_MISSES` set, each named speaker missed is printed
//! to stderr, for studying the train split (never the test split).

use attache_core::analysis::analyze;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One annotated attribution: its source and content, as text and character ranges.
struct Gold {
    content: (usize, usize),
    source: Option<String>,
}

#[derive(Serialize, Default)]
struct Report {
    split: String,
    articles: usize,
    gold_direct_quotes: usize,
    /// Quotes of six words or more found by Attaché.
    found_quotes: usize,
    /// Found quotes that overlap an annotated direct quote, and annotated
    /// direct quotes that a found quote overlaps.
    lenient_matches: usize,
    gold_found: usize,
    exact_matches: usize,
    lenient_precision: f64,
    lenient_recall: f64,
    exact_precision: f64,
    exact_recall: f64,
    /// Matched quotes whose annotated source names someone (not "he", "the official").
    named_sources: usize,
    named_speakers_right: usize,
    named_speaker_accuracy: f64,
    /// Matched quotes whose annotated source is a pronoun or a description.
    unnamed_sources: usize,
    unnamed_given_a_speaker: usize,
    gender_gap_tracker_published: &'static str,
}

/// Scores the analyzer on PolNeAR's `split` ("test", "dev" or "train") under `dir`.
pub fn run(dir: &Path, split: &str) -> Result<(), String> {
    let data = dir.join("data").join(split);
    let texts = files(&data.join("text"), "txt")?;
    let annotations = files(&data.join("attributions"), "ann")?;
    let mut report = Report { split: split.into(), ..Report::default() };
    for text_path in &texts {
        let stem = text_path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        // Several annotators may have read an article: the first annotation is scored.
        let Some(ann) =
            annotations.iter().find(|a| a.file_name().is_some_and(|n| n.to_string_lossy().starts_with(&stem)))
        else {
            continue;
        };
        let text = std::fs::read_to_string(text_path).map_err(|e| format!("{}: {e}", text_path.display()))?;
        let ann = std::fs::read_to_string(ann).map_err(|e| format!("{}: {e}", ann.display()))?;
        score_article(&text, &gold_quotes(&text, &ann), &mut report);
        report.articles += 1;
    }
    let ratio = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    report.lenient_precision = ratio(report.lenient_matches, report.found_quotes);
    report.lenient_recall = ratio(report.gold_found, report.gold_direct_quotes);
    report.exact_precision = ratio(report.exact_matches, report.found_quotes);
    report.exact_recall = ratio(report.exact_matches, report.gold_direct_quotes);
    report.named_speaker_accuracy = ratio(report.named_speakers_right, report.named_sources);
    report.gender_gap_tracker_published = "GGT V5.3 on its own 98 Canadian articles (direct and indirect quotes, not \
        PolNeAR): quotes P 0.846 R 0.827 F1 0.837 and speaker 0.860 at 0.3 overlap; P 0.770 R 0.752 and speaker 0.869 at 0.8";
    println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
    Ok(())
}

fn files(dir: &Path, extension: &str) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: {e} (is --polnear a PolNeAR checkout?)", dir.display()))?;
    let mut out: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    out.sort();
    Ok(out)
}

/// The direct quotes of an annotation: contents that open with a quotation
/// mark, with the text of their source. Brat offsets count characters.
fn gold_quotes(text: &str, ann: &str) -> Vec<Gold> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans: BTreeMap<String, (String, usize, usize)> = BTreeMap::new();
    let mut relations = Vec::new();
    for line in ann.lines() {
        let mut columns = line.split('\t');
        let (Some(id), Some(info)) = (columns.next(), columns.next()) else { continue };
        if id.starts_with('T') {
            let mut parts = info.split([' ', ';']);
            let kind = parts.next().unwrap_or_default().to_string();
            let start = parts.next().and_then(|s| s.parse().ok());
            let end = parts.next_back().and_then(|s| s.parse().ok());
            if let (Some(start), Some(end)) = (start, end) {
                spans.insert(id.to_string(), (kind, start, end));
            }
        } else if id.starts_with('E') {
            relations.push(info.to_string());
        }
    }
    let text_of =
        |(start, end): (usize, usize)| chars.get(start..end.min(chars.len())).map(|c| c.iter().collect::<String>());
    relations
        .iter()
        .filter_map(|relation| {
            let role = |name: &str| {
                relation
                    .split(' ')
                    .find_map(|part| part.strip_prefix(name))
                    .and_then(|id| spans.get(id))
                    .map(|s| (s.1, s.2))
            };
            let content = role("Content:")?;
            let opens = text_of(content)?.trim_start().starts_with(['“', '"']);
            opens.then(|| Gold { content, source: role("Source:").and_then(text_of) })
        })
        .collect()
}

/// Words that name no one: pronouns, articles and descriptions' nouns.
fn names_someone(source: &str) -> bool {
    const UNNAMED: &[&str] = &["He", "She", "They", "I", "We", "It", "The", "A", "An", "His", "Her", "Their", "You"];
    source.split_whitespace().any(|w| w.starts_with(char::is_uppercase) && !UNNAMED.contains(&w))
}

fn score_article(text: &str, gold: &[Gold], report: &mut Report) {
    let analysis = analyze(text, None);
    // Quotes of six words or more: PolNeAR leaves many scare quotes unannotated.
    let ours: Vec<_> = analysis.quotes.iter().filter(|q| q.kind == attache_core::analysis::QuoteKind::Quote).collect();
    report.gold_direct_quotes += gold.len();
    report.found_quotes += ours.len();
    let overlaps = |q: &attache_core::analysis::Quote, g: &Gold| q.start < g.content.1 && g.content.0 < q.end;
    report.gold_found += gold.iter().filter(|g| ours.iter().any(|q| overlaps(q, g))).count();
    let chars: Vec<char> = text.chars().collect();
    let strip = |s: &str| s.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    for quote in &ours {
        let Some(g) = gold.iter().find(|g| overlaps(quote, g)) else { continue };
        report.lenient_matches += 1;
        let gold_words: String = chars[g.content.0..g.content.1.min(chars.len())].iter().collect();
        report.exact_matches += usize::from(strip(&gold_words) == strip(&quote.text));
        let Some(source) = &g.source else { continue };
        if names_someone(source) {
            report.named_sources += 1;
            let right = quote.speaker.as_deref().is_some_and(|speaker| {
                speaker.split_whitespace().any(|w| w.len() > 2 && source.contains(w.trim_end_matches(['.', ','])))
            });
            report.named_speakers_right += usize::from(right);
            if !right && std::env::var_os("ATTACHE_POLNEAR_MISSES").is_some() {
                eprintln!("miss: {:?} said by {source:?}, not {:?}", quote.text, quote.speaker);
            }
        } else {
            report.unnamed_sources += 1;
            report.unnamed_given_a_speaker += usize::from(quote.speaker.is_some());
            if quote.speaker.is_some() && std::env::var_os("ATTACHE_POLNEAR_MISSES").is_some() {
                eprintln!("unnamed: {:?} said by {source:?}, given {:?}", quote.text, quote.speaker);
            }
        }
    }
}
