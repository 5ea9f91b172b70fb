//! Accuracy of quote verification on the labelled pairs of
//! `tests/corpus/verification/`: prints the accuracy and a confusion matrix,
//! and fails below the target.

use attache_core::verify::{check, Verdict};
use serde::Deserialize;
use std::path::Path;

/// The share of pairs whose verdict and misattribution must both be right.
const MIN_ACCURACY: f64 = 0.95;
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
        misattribution_right += usize::from(got.misattributed == pair.misattributed);
        if expected == found && got.misattributed == pair.misattributed {
            right += 1;
        } else {
            wrong.push(format!(
                "  expected {}{} got {}{} ({}): {:?}",
                pair.verdict,
                if pair.misattributed { " misattributed" } else { "" },
                got.verdict.as_str(),
                if got.misattributed { " misattributed" } else { "" },
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
