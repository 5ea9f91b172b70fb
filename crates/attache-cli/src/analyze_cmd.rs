//! `attache analyze`: reads a text (a file, or `-` for standard input) the
//! way the library reads a story, without storing anything.

use crate::output::print_json;
use attache_core::analysis::analyze;
use attache_core::import::decode_text;
use attache_core::Error;
use chrono::NaiveDate;
use clap::Args;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct AnalyzeArgs {
    /// The text to read (headline on the first line), or `-` for standard input.
    file: PathBuf,
    /// Print JSON instead of a readable summary.
    #[arg(long)]
    json: bool,
    /// The publication date that news wording ("on Monday") is read against.
    #[arg(long)]
    published: Option<NaiveDate>,
}

/// Prints the analysis of one text as JSON.
pub fn run(args: AnalyzeArgs) -> Result<ExitCode, Error> {
    let io = |source| Error::Io { path: args.file.clone(), source };
    let bytes = if args.file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(io)?;
        bytes
    } else {
        std::fs::read(&args.file).map_err(io)?
    };
    let analysis = analyze(&decode_text(&args.file, &bytes)?, args.published);
    if args.json {
        print_json(&analysis);
        return Ok(ExitCode::SUCCESS);
    }
    for quote in &analysis.quotes {
        let speaker = quote.speaker.as_deref().unwrap_or("(no clear speaker)");
        println!("{:<8} {speaker}: “{}”", quote.kind.as_str(), quote.text);
    }
    for claim in &analysis.claims {
        println!("claim ({}) {}", claim.kind.as_str(), claim.text);
    }
    for date in &analysis.dates {
        println!("date {} = {}", date.text, date.resolved.as_deref().unwrap_or("?"));
    }
    Ok(ExitCode::SUCCESS)
}
