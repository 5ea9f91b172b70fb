//! Story analysis against labelled texts: the seed article's exact quotes,
//! speakers, claim and dates, and precision, recall, F1 and speaker accuracy
//! over the labelled corpus in `tests/corpus/quotes/` and, separately, over
//! the held-out texts in `tests/corpus/quotes-heldout/` that rules are never
//! tuned on (printed with
//! `cargo test -p attache-text --test analysis -- --nocapture`).

use attache_text::analysis::analyze;
use serde::Deserialize;
use std::path::Path;

fn seed() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/seed-article-2024-08-19.txt"),
    )
    .expect("seed fixture")
}

#[test]
fn the_seed_article_reads_as_an_editor_would() {
    let text = seed();
    let analysis = analyze(&text, "2024-08-19".parse().ok());
    let quotes: Vec<(String, Option<&str>)> = analysis
        .quotes
        .iter()
        .filter(|q| q.kind == attache_text::analysis::QuoteKind::Quote)
        .map(|q| (q.text.chars().take(16).collect(), q.speaker.as_deref()))
        .collect();
    assert_eq!(
        quotes,
        [
            ("This is a decisi".to_string(), Some("Antony Blinken")),
            ("It is time for i".to_string(), Some("Antony Blinken")),
            ("We’re working to".to_string(), Some("Antony Blinken")),
            ("There is no grea".to_string(), Some("Isaac Herzog")),
        ]
    );
    let fragments: Vec<&str> = analysis
        .quotes
        .iter()
        .filter(|q| q.kind == attache_text::analysis::QuoteKind::Fragment)
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(fragments, ["last", "fraught moment"]);
    let second = &analysis.quotes[2];
    assert_eq!((second.cue.as_deref(), second.speaker.as_deref()), (Some("said"), Some("Antony Blinken")));
    let chars: Vec<char> = text.chars().collect();
    let span: String = chars[second.start..second.end].iter().collect();
    assert_eq!(span, second.text, "offsets are character offsets into the input");

    let ordinal = analysis.claims.iter().find_map(|c| c.ordinal.clone()).expect("the ninth-visit claim");
    assert_eq!(ordinal.official.as_deref(), Some("Antony Blinken"));
    assert_eq!(ordinal.n, 9);
    assert_eq!(ordinal.scope.as_deref(), Some("Middle East"));
    assert_eq!(ordinal.since.as_deref(), Some("2023-10-07"));

    let monday = analysis.dates.iter().find(|d| d.text == "on Monday").expect("on Monday");
    assert_eq!(monday.resolved.as_deref(), Some("2024-08-19"));
}

#[derive(Deserialize)]
struct Labels {
    published: String,
    quotes: Vec<Label>,
}

#[derive(Deserialize)]
struct Label {
    text: String,
    speaker: Option<String>,
    kind: String,
}

/// Scores over the labelled texts in `tests/corpus/{set}`: (true positives,
/// predicted, labelled, speakers right).
fn score_corpus(set: &str, verbose: bool) -> (usize, usize, usize, usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(set);
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("corpus").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    let (mut hits, mut predicted, mut labelled, mut speakers) = (0, 0, 0, 0);
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let text = std::fs::read_to_string(path).expect("text");
        let labels: Labels =
            serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).expect("labels")).expect("JSON");
        let analysis = analyze(&text, labels.published.parse().ok());
        predicted += analysis.quotes.len();
        labelled += labels.quotes.len();
        let mut unused: Vec<&Label> = labels.quotes.iter().collect();
        for quote in &analysis.quotes {
            let Some(at) = unused.iter().position(|l| l.text == quote.text) else {
                if verbose {
                    println!("{}: extra quote {:?}", path.display(), quote.text);
                }
                continue;
            };
            let label = unused.remove(at);
            hits += 1;
            assert_eq!(quote.kind.as_str(), label.kind, "{}: kind of {:?}", path.display(), quote.text);
            if quote.speaker == label.speaker {
                speakers += 1;
            } else if verbose {
                println!(
                    "{}: {:?} said by {:?}, not {:?}",
                    path.file_name().unwrap().to_string_lossy(),
                    &quote.text[..quote.text.len().min(40)],
                    label.speaker,
                    quote.speaker
                );
            }
        }
        if verbose {
            for label in unused {
                println!("{}: missed {:?}", path.display(), label.text);
            }
        }
    }
    (hits, predicted, labelled, speakers)
}

/// Scores one set of labelled texts, prints the figures and returns
/// (labelled quotes, F1, speaker accuracy).
fn report(set: &str) -> (usize, f64, f64) {
    let (hits, predicted, labelled, speakers) = score_corpus(set, true);
    let precision = hits as f64 / predicted as f64;
    let recall = hits as f64 / labelled as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    let speaker_accuracy = speakers as f64 / hits as f64;
    println!(
        "{set}: {labelled} labelled, {predicted} found, {hits} right; precision {precision:.3}, recall {recall:.3}, F1 {f1:.3}; speaker accuracy {speaker_accuracy:.3} ({speakers}/{hits})"
    );
    (labelled, f1, speaker_accuracy)
}

#[test]
fn quotes_and_speakers_in_the_labelled_corpus() {
    let (labelled, f1, speaker_accuracy) = report("quotes");
    assert!(labelled >= 120, "the corpus has {labelled} labelled quotes");
    assert!(f1 >= 0.95, "F1 {f1:.3}");
    assert!(speaker_accuracy >= MIN_SPEAKER_ACCURACY, "speaker accuracy {speaker_accuracy:.3}");
}

#[test]
fn quotes_and_speakers_in_the_held_out_texts() {
    let (labelled, f1, speaker_accuracy) = report("quotes-heldout");
    assert!(labelled >= 30, "the held-out set has {labelled} labelled quotes");
    assert!(f1 >= 0.95, "F1 {f1:.3}");
    assert!(speaker_accuracy >= MIN_HELD_OUT_SPEAKER_ACCURACY, "speaker accuracy {speaker_accuracy:.3}");
}

/// The speaker accuracy reached so far (0.984 on 191 quotes), kept as a
/// floor so it cannot slip back.
const MIN_SPEAKER_ACCURACY: f64 = 0.98;

/// The speaker accuracy measured on the held-out texts, rounded down: 0.872
/// on 39 quotes, both before the rules were tuned on the corpus and after.
const MIN_HELD_OUT_SPEAKER_ACCURACY: f64 = 0.87;
