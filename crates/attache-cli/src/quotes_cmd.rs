//! `attache quotes` and `attache reanalyze`: the quotes stored in the library,
//! and catching up on stories not yet read by this version's analyzer.

use crate::output::print_json;
use attache_core::{Error, Library};
use clap::Args;
use std::process::ExitCode;

#[derive(Args)]
pub struct QuotesArgs {
    /// Only quotes by this speaker (full name or surname, any case).
    #[arg(long)]
    speaker: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Lists stored quotes.
pub fn quotes(library: &Library, args: QuotesArgs) -> Result<ExitCode, Error> {
    let quotes = library.quotes().list(args.speaker.as_deref())?;
    if args.json {
        print_json(&quotes);
        return Ok(ExitCode::SUCCESS);
    }
    for q in &quotes {
        let speaker = q.speaker.as_deref().unwrap_or("(no clear speaker)");
        println!("{speaker}: “{}” (story {}, {})", q.text, q.story_id, q.kind.as_str());
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct ReanalyzeArgs {
    /// Read every story again, not only those this version has not read.
    #[arg(long)]
    all: bool,
}

/// Stories read per transaction by `--all`.
const STEP: usize = 200;

/// Reads the stories the current analyzer has not read yet, or all of them.
pub fn reanalyze(library: &mut Library, args: ReanalyzeArgs) -> Result<ExitCode, Error> {
    let show = |done: usize, total: usize| eprint!("\ranalysed {done} of {total}");
    let read = if args.all {
        let total = attache_core::catch_up::story_count(library)?;
        let (mut done, mut after) = (0, 0);
        while let (read, Some(last)) = attache_core::catch_up::reanalyze_after(library, after, STEP)? {
            (done, after) = (done + read, last);
            show(done, total);
        }
        done
    } else {
        attache_core::catch_up::analyze_pending(library, |done, total| {
            show(done, total);
            true
        })?
    };
    eprintln!();
    println!("analysed {read} stories");
    Ok(ExitCode::SUCCESS)
}
