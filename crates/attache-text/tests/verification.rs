//! Accuracy of quote verification on labelled pairs: those written for the
//! project (`tests/corpus/verification/`) and real published quotes against
//! real transcripts (`tests/fixtures/news-verification/` at the top of the
//! repository), whose every third pair is held back from tuning and scored
//! apart. Prints the accuracy and a confusion matrix for each, and fails
//! below the floors.

use attache_text::verify::{check, Verdict};
use serde::Deserialize;
use std::path::Path;

/// The share of pairs whose verdict and misattribution must both be right.
const MIN_ACCURACY: f64 = 0.95;
/// Floors on the real pairs' verdicts, just under what was measured: the
/// tuned two thirds and the held-back third.
/// Measured 0.938 and 1.000 (from 0.812 and 0.750 before the rules changed);
/// with the second batch of 26 real pairs, measured before any rule changed,
/// 0.980 and 0.917.
const MIN_NEWS_TUNED: f64 = 0.97;
const MIN_NEWS_HELD_BACK: f64 = 0.91;
const VERDICTS: [&str; 4] = ["exact", "minor", "altered", "absent"];

#[derive(Deserialize)]
struct Pair {
    source: String,
    speaker: Option<String>,
    quote: String,
    verdict: String,
    misattributed: bool,
    why: String,
}

/// Verdict accuracy over `pairs` (sources read from `dir`), printed under `name`.
fn verdict_accuracy(name: &str, dir: &Path, pairs: &[&Pair], show_wrong: bool) -> f64 {
    let mut matrix = [[0usize; 4]; 4];
    let mut wrong = Vec::new();
    for pair in pairs {
        let source = std::fs::read_to_string(dir.join(&pair.source)).unwrap();
        let got = check(&pair.quote, pair.speaker.as_deref(), &source);
        let expected = VERDICTS.iter().position(|v| *v == pair.verdict).expect("a known verdict");
        let found = VERDICTS.iter().position(|v| *v == got.verdict.as_str()).unwrap();
        matrix[expected][found] += 1;
        if expected != found && show_wrong {
            let diff: Vec<String> = got
                .diff
                .iter()
                .filter(|d| d.op != "equal")
                .map(|d| format!("{} {:?}/{:?}", d.op, d.reported, d.source))
                .collect();
            wrong.push(format!(
                "  expected {} got {} ({}): {:?} {diff:?}",
                pair.verdict,
                got.verdict.as_str(),
                pair.why,
                pair.quote
            ));
        }
    }
    let right: usize = (0..4).map(|i| matrix[i][i]).sum();
    let accuracy = right as f64 / pairs.len().max(1) as f64;
    println!("{name}: {} pairs, verdict accuracy {accuracy:.3} ({right}/{})", pairs.len(), pairs.len());
    println!("expected \\ found  {}", VERDICTS.map(|v| format!("{v:>8}")).join(""));
    for (i, row) in matrix.iter().enumerate() {
        println!("{:>16}  {}", VERDICTS[i], row.map(|n| format!("{n:>8}")).join(""));
    }
    for line in &wrong {
        println!("{line}");
    }
    accuracy
}

#[test]
fn verdicts_on_real_quotes_against_real_transcripts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/news-verification");
    let pairs: Vec<Pair> = serde_json::from_str(&std::fs::read_to_string(dir.join("pairs.json")).unwrap()).unwrap();
    assert!(pairs.len() >= 40, "at least 40 labelled pairs");
    let part = |held: bool| pairs.iter().enumerate().filter(|(i, _)| (i % 3 == 2) == held).map(|(_, p)| p).collect();
    let (tuned, held_back): (Vec<&Pair>, Vec<&Pair>) = (part(false), part(true));
    let tuned_accuracy = verdict_accuracy("real pairs, tuned part", &dir, &tuned, true);
    let held_back_accuracy = verdict_accuracy("real pairs, held-back part", &dir, &held_back, false);
    assert!(tuned_accuracy >= MIN_NEWS_TUNED, "tuned part: {tuned_accuracy:.3}");
    assert!(held_back_accuracy >= MIN_NEWS_HELD_BACK, "held-back part: {held_back_accuracy:.3}");
}

#[test]
fn verdicts_on_the_labelled_pairs_meet_the_target() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/verification");
    let pairs: Vec<Pair> = serde_json::from_str(&std::fs::read_to_string(dir.join("pairs.json")).unwrap()).unwrap();
    assert!(pairs.len() >= 40, "at least 40 labelled pairs");
    let mut matrix = [[0usize; 4]; 4];
    let (mut right, mut misattribution_right) = (0, 0);
    let mut wrong = Vec::new();
    for pair in &pairs {
        let source = std::fs::read_to_string(dir.join(&pair.source)).unwrap();
        let got = check(&pair.quote, pair.speaker.as_deref(), &source);
        let expected = VERDICTS.iter().position(|v| *v == pair.verdict).expect("a known verdict");
        let found = [Verdict::Exact, Verdict::Minor, Verdict::Altered, Verdict::Absent]
            .iter()
            .position(|v| *v == got.verdict)
            .unwrap();
        matrix[expected][found] += 1;
        misattribution_right += usize::from(got.misattributed.unwrap_or(false) == pair.misattributed);
        if expected == found && got.misattributed.unwrap_or(false) == pair.misattributed {
            right += 1;
        } else {
            wrong.push(format!(
                "  expected {}{} got {}{} ({}): {:?}",
                pair.verdict,
                if pair.misattributed { " misattributed" } else { "" },
                got.verdict.as_str(),
                if got.misattributed == Some(true) { " misattributed" } else { "" },
                pair.why,
                pair.quote
            ));
        }
    }
    let accuracy = right as f64 / pairs.len() as f64;
    println!("quote verification: {} pairs, accuracy {accuracy:.3}", pairs.len());
    println!("misattribution right: {misattribution_right} of {}", pairs.len());
    println!("expected \\ found  {}", VERDICTS.map(|v| format!("{v:>8}")).join(""));
    for (i, row) in matrix.iter().enumerate() {
        println!("{:>16}  {}", VERDICTS[i], row.map(|n| format!("{n:>8}")).join(""));
    }
    for line in &wrong {
        println!("{line}");
    }
    assert!(accuracy >= MIN_ACCURACY, "accuracy {accuracy:.3} is below {MIN_ACCURACY}");
}
