//! `attache`: the command-line tool over Attaché's core, for scripting, batch
//! work, benchmarks and tests. Its commands and JSON fields are a contract
//! other tools depend on.

mod analyze_cmd;
mod bench;
mod bench_adversarial;
mod bench_packet;
mod bench_polnear;
mod bench_team;
mod bench_team_desks;
mod bench_travels;
mod bench_verify;
mod bench_writers;
mod factcheck_cmd;
mod items;
mod library_cmd;
mod output;
mod packet_cmd;
mod pages_cmd;
mod people_cmd;
mod quotes_cmd;
mod sources_cmd;
mod stories_cmd;
mod synth;
mod team_cmd;
mod travels_cmd;
mod visits_cmd;

use attache_core::{paths, Error, Library};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Attaché: a desk's library of stories, from the command line.
#[derive(Parser)]
#[command(name = "attache", version, about)]
struct Cli {
    /// The library file (default: $ATTACHE_LIBRARY, else the app's data folder).
    #[arg(long, global = true, value_name = "PATH")]
    library: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import stories from files (.txt, .md, .html) or web addresses, one story each.
    Import(stories_cmd::ImportArgs),
    /// List stories, or search them.
    Stories(stories_cmd::StoriesArgs),
    /// Show one story.
    Show(stories_cmd::ShowArgs),
    /// Write a web page kept as evidence exactly as it was received.
    Page(pages_cmd::PageArgs),
    /// Check the library's schema version and integrity.
    Check(library_cmd::CheckArgs),
    /// Your name as editor, which histories and shared rows record (print it, or set it).
    Editor(library_cmd::EditorArgs),
    /// Write a backup copy of the library.
    Backup(library_cmd::BackupArgs),
    /// Replace the library's content with a backup (the current content is kept beside it).
    Restore(library_cmd::RestoreArgs),
    /// List the quotes stored in the library, by speaker.
    Quotes(quotes_cmd::QuotesArgs),
    /// List person records, or merge or split them.
    People(people_cmd::PeopleArgs),
    /// Read the stories this version of Attaché has not analysed yet (or, with --all, every story again).
    Reanalyze(quotes_cmd::ReanalyzeArgs),
    /// Read a text's quotes, speakers, claims, people, places and dates (stores nothing).
    Analyze(analyze_cmd::AnalyzeArgs),
    /// Primary sources (transcripts, statements, readouts): add them from files or web addresses.
    #[command(subcommand)]
    Source(sources_cmd::SourceCommand),
    /// List the library's sources, or search them.
    Sources(sources_cmd::SourcesArgs),
    /// Check a reported quote against a source file or the library's sources.
    Verify(sources_cmd::VerifyArgs),
    /// Official travel records: import them, list journeys, count ordinals.
    #[command(subcommand)]
    Travels(travels_cmd::TravelsCommand),
    /// The fact-check log: add, list, set, log, evidence.
    #[command(subcommand)]
    Factcheck(factcheck_cmd::FactCheckCommand),
    /// Export a briefing packet (pdf, html, md, docx, json).
    Packet(packet_cmd::PacketArgs),
    /// Check a story's claims against the records.
    #[command(subcommand)]
    Claims(travels_cmd::ClaimsCommand),
    /// Foreign leaders' visits to the United States: list them, count ordinals.
    #[command(subcommand)]
    Visits(visits_cmd::VisitsCommand),
    /// Copy every readable story, source and fact-check of a damaged library into a new one.
    Salvage(library_cmd::SalvageArgs),
    /// Benchmarks: synthetic libraries, import throughput, search latency.
    #[command(subcommand)]
    Bench(bench::BenchCommand),
    /// The newsroom's team library: init, connect, sync, status, conflicts, resolve, leave.
    #[command(subcommand)]
    Team(team_cmd::TeamCommand),
}

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!(
                "attache: {err} [{}]",
                serde_json::to_value(err.code()).unwrap_or_default().as_str().unwrap_or("error")
            );
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    let path = paths::resolve_library_path(cli.library)
        .ok_or_else(|| Error::InvalidInput("no home folder is known; pass --library PATH".into()))?;
    match cli.command {
        Command::Bench(command) => return bench::run(command, &path),
        Command::Analyze(args) => return analyze_cmd::run(args),
        Command::Verify(args) if args.has_source() => return sources_cmd::verify(None, args),
        Command::Check(args) => return library_cmd::check(&path, args),
        Command::Salvage(args) => return library_cmd::salvage_library(args),
        Command::Team(team_cmd::TeamCommand::Init(args)) => return team_cmd::init(args),
        _ => {}
    }
    let mut library = Library::open(&path)?;
    match cli.command {
        Command::Import(args) => stories_cmd::import(&mut library, args),
        Command::Page(args) => pages_cmd::page(&library, args),
        Command::Stories(args) => stories_cmd::stories(&library, args),
        Command::Show(args) => stories_cmd::show(&library, args),
        Command::Backup(args) => library_cmd::backup(&library, args),
        Command::Editor(args) => library_cmd::editor(&mut library, args),
        Command::Restore(args) => library_cmd::restore(&mut library, args),
        Command::Quotes(args) => quotes_cmd::quotes(&library, args),
        Command::People(args) => people_cmd::run(&mut library, args),
        Command::Reanalyze(args) => quotes_cmd::reanalyze(&mut library, args),
        Command::Source(command) => sources_cmd::source(&library, command),
        Command::Sources(args) => sources_cmd::sources(&library, args),
        Command::Verify(args) => sources_cmd::verify(Some(&library), args),
        Command::Travels(command) => travels_cmd::travels(&mut library, command),
        Command::Claims(command) => travels_cmd::claims(&library, command),
        Command::Visits(command) => visits_cmd::run(&library, command),
        Command::Factcheck(command) => factcheck_cmd::run(&mut library, command),
        Command::Packet(args) => packet_cmd::run(&library, args),
        Command::Team(command) => team_cmd::run(&library, &path, command),
        Command::Bench(_) | Command::Analyze(_) | Command::Check(_) | Command::Salvage(_) => {
            unreachable!("handled before the library is opened")
        }
    }
}

/// A reader that stops early (`attache travels journeys … | head`) ends the
/// output as it ends any Unix tool's: quietly, by the default action of
/// SIGPIPE, rather than with a panic on the failed write. Every write to the
/// library is committed before its line is printed, so nothing is cut short.
fn quiet_on_closed_pipe() {
    // SAFETY: restores one signal's default action before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
