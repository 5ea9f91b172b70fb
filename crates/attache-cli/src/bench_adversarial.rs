//! `attache bench adversarial`: the worst inputs known for story analysis,
//! generated at the size of the largest story Attaché imports, each timed
//! with the process's peak memory after it. Analysis must stay linear in a
//! story's length, so every case should take about as long as ordinary text
//! of the same size.

use attache_core::analysis::analyze;
use serde::Serialize;
use std::time::Instant;

#[derive(Serialize)]
struct Case {
    case: &'static str,
    bytes: usize,
    seconds: f64,
    /// Quotes and people read (null for an import case, which reads none).
    quotes: Option<usize>,
    people: Option<usize>,
    /// The process's peak resident memory so far (VmHWM), in MB.
    peak_mb: Option<f64>,
}

/// The worst cases, each about `bytes` long.
fn cases(bytes: usize) -> Vec<(&'static str, String)> {
    let fill = |unit: &str| unit.repeat(bytes / unit.len().max(1));
    let names: String = (0..bytes / 40).map(|i| format!("“We will go on,” said Name{i} Person{i}. ")).collect();
    vec![
        ("ordinary news paragraphs", fill("Blinken met Herzog in Jerusalem on Monday, officials said. “We are working to get this done,” Blinken said.\n\n")),
        ("many short quoted sentences", fill("“We are here now.” ")),
        ("many one-letter quotes", fill("“a” ")),
        ("unbalanced quotation marks", fill("“He said ” she “ and “ then ")),
        ("right-to-left quotes with bidi controls", fill("\u{202B}«قال الوزير» \u{202C}“\u{200F}نعم\u{200F}” he said. ")),
        ("many distinct speakers", names),
        ("many pronouns and no names", fill("“It is so,” he said. “It is not,” she said. ")),
        ("one giant paragraph without a full stop", fill("and the minister said that the talks would go on ")),
    ]
}

/// The process's peak resident memory, from /proc (Linux), in MB.
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Runs every case at `bytes` and prints one JSON line each.
pub fn run(bytes: usize) {
    // Import first: a page of 100,000 nested elements, which the HTML parser
    // alone would take hours over, read as a story is.
    let depth = 100_000;
    let page = format!("<html><body>{}<p>Words.</p>{}</body></html>", "<div>".repeat(depth), "</div>".repeat(depth));
    let started = Instant::now();
    attache_core::import::parse_html(&page);
    let report = Case {
        case: "import: 100,000 nested HTML elements",
        bytes: page.len(),
        seconds: started.elapsed().as_secs_f64(),
        quotes: None,
        people: None,
        peak_mb: peak_mb(),
    };
    println!("{}", serde_json::to_string(&report).unwrap_or_default());
    for (case, text) in cases(bytes) {
        let input = format!("Headline\n\n{text}");
        let started = Instant::now();
        let analysis = analyze(&input, "2024-08-19".parse().ok());
        let seconds = started.elapsed().as_secs_f64();
        let report = Case {
            case,
            bytes: input.len(),
            seconds,
            quotes: Some(analysis.quotes.len()),
            people: Some(analysis.people.len()),
            peak_mb: peak_mb(),
        };
        println!("{}", serde_json::to_string(&report).unwrap_or_default());
    }
}
