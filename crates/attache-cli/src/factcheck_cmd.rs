//! `attache factcheck …`: the fact-check log from the command line: start a
//! check, list them, change a verdict, status or summary, read the history.

use crate::output::print_json;
use attache_core::factchecks::{
    EvidenceDraft, EvidenceKind, FactCheck, FactCheckDraft, FactCheckFilter, FactCheckStatus,
};
use attache_core::{Error, Library};
use chrono::NaiveDate;
use clap::{ArgGroup, Args, Subcommand};
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum FactCheckCommand {
    /// Start a fact-check; prints it.
    Add(AddArgs),
    /// List fact-checks, most recently changed first.
    List(ListArgs),
    /// Change a fact-check's verdict, status or summary (every earlier value is kept).
    Set(SetArgs),
    /// Print a fact-check's history.
    Log(LogArgs),
    /// Add evidence to a fact-check.
    Evidence(EvidenceArgs),
    /// Print the newsroom's rating scale, or add a rating to it or change one.
    Ratings(RatingArgs),
}

#[derive(Args)]
pub struct AddArgs {
    #[arg(long)]
    claim: String,
    #[arg(long)]
    claimant: Option<String>,
    /// The story it appeared in (its URL and date are taken from it).
    #[arg(long)]
    story: Option<i64>,
    /// A rating of the scale ("True", "Mostly false", …).
    #[arg(long)]
    verdict: Option<String>,
    #[arg(long)]
    summary: Option<String>,
    #[arg(long)]
    url: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<NaiveDate>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct ListArgs {
    /// open, "in review", verified, published or dropped.
    #[arg(long)]
    status: Option<String>,
    #[arg(long)]
    verdict: Option<String>,
    #[arg(long)]
    claimant: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
#[command(group(ArgGroup::new("change").required(true).args(["verdict", "status", "summary"])))]
pub struct SetArgs {
    id: i64,
    #[arg(long)]
    verdict: Option<String>,
    #[arg(long)]
    status: Option<String>,
    #[arg(long)]
    summary: Option<String>,
    /// Print the fact-check as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct LogArgs {
    id: i64,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct EvidenceArgs {
    id: i64,
    /// source, verification, travel_check, url or note.
    #[arg(long)]
    kind: String,
    /// What it shows, in words.
    #[arg(long)]
    shows: String,
    /// What it points at (a URL, a source id…).
    #[arg(long)]
    reference: Option<String>,
}

#[derive(Args)]
pub struct RatingArgs {
    /// The rating to add or change ("Mostly true"); none prints the scale.
    name: Option<String>,
    /// Its number, 1 (worst) to 5 (best); none for ratings like "Unverifiable".
    #[arg(long)]
    value: Option<i64>,
    /// ClaimReview's `alternateName` (default: the name).
    #[arg(long)]
    alternate_name: Option<String>,
}

/// Runs a `factcheck` subcommand.
pub fn run(library: &mut Library, command: FactCheckCommand) -> Result<ExitCode, Error> {
    match command {
        FactCheckCommand::Add(a) => {
            let draft = FactCheckDraft {
                claim: a.claim,
                claimant: a.claimant,
                story_id: a.story,
                appeared_url: a.url,
                appeared_date: a.date,
                origin_text: None,
                verdict: a.verdict,
                summary: a.summary,
            };
            show(&library.factchecks().add(&draft)?, a.json);
        }
        FactCheckCommand::List(a) => {
            let filter = FactCheckFilter {
                status: a.status.as_deref().map(status).transpose()?,
                verdict: a.verdict,
                claimant: a.claimant,
                ..FactCheckFilter::default()
            };
            let found = library.factchecks().list(&filter)?;
            if a.json {
                print_json(&found);
            } else {
                found.iter().for_each(|f| println!("{}", line(f)));
            }
        }
        FactCheckCommand::Set(a) => {
            let changed = match (a.verdict, a.status, a.summary) {
                (Some(v), _, _) => library.factchecks().set_verdict(a.id, &v)?,
                (_, Some(s), _) => library.factchecks().set_status(a.id, status(&s)?)?,
                (_, _, Some(text)) => library.factchecks().set_summary(a.id, &text)?,
                _ => return Err(Error::InvalidInput("give --verdict, --status or --summary".into())),
            };
            show(&changed, a.json);
        }
        FactCheckCommand::Log(a) => {
            let log = library.factchecks().log(a.id)?;
            if a.json {
                print_json(&log);
            } else {
                for e in &log {
                    let change = match (&e.before, &e.after) {
                        (Some(b), Some(after)) => format!("{b} → {after}"),
                        (None, Some(after)) => after.clone(),
                        _ => String::new(),
                    };
                    println!("{} {} {}: {change}", e.at, e.author, e.field);
                }
            }
        }
        FactCheckCommand::Ratings(a) => {
            if let Some(name) = &a.name {
                library.factchecks().set_rating(name, a.value, a.alternate_name.as_deref().unwrap_or(name))?;
            }
            print_json(&library.factchecks().ratings()?);
        }
        FactCheckCommand::Evidence(a) => {
            let kind = EvidenceKind::parse(&a.kind).ok_or_else(|| {
                Error::InvalidInput(format!(
                    "no evidence kind {:?}: source, verification, travel_check, url or note",
                    a.kind
                ))
            })?;
            let check = library
                .factchecks()
                .add_evidence(a.id, &EvidenceDraft { kind, reference: a.reference, shows: a.shows })?;
            println!("{}", line(&check));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn status(word: &str) -> Result<FactCheckStatus, Error> {
    FactCheckStatus::parse(word).ok_or_else(|| {
        Error::InvalidInput(format!("no status {word:?}: open, in review, verified, published or dropped"))
    })
}

fn show(check: &FactCheck, json: bool) {
    if json {
        print_json(check);
    } else {
        println!("{}", line(check));
    }
}

fn line(f: &FactCheck) -> String {
    let verdict = f.verdict.as_ref().map(|r| r.name.as_str()).unwrap_or("no verdict");
    format!("{}\t{}\t{verdict}\t{}", f.id, f.status.as_str().replace('_', " "), f.claim)
}
