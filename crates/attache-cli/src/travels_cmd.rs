//! `attache travels …` and `attache claims check`: the official travel
//! records, the journeys and ordinals built from them, and the check of a
//! story's "Nth visit" claims.

use crate::output::print_json;
use attache_core::travels::{Journey, JourneyQuery, Stop};
use attache_core::{Error, Library};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum TravelsCommand {
    /// Import travel records (.xml in the official format, or .csv), all in one transaction.
    Import(ImportArgs),
    /// An official's journeys, numbered within a region or country and dates.
    Journeys(JourneysArgs),
    /// The ordinal of the journey on a date ("the ninth visit since …").
    Ordinal(OrdinalArgs),
    /// Draw the journeys as an SVG image (for packets and documents).
    Timeline(TimelineArgs),
}

#[derive(Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    scope: ScopeArgs,
    #[command(flatten)]
    dates: DateArgs,
    /// The SVG file to write (replaced whole, never half-written).
    #[arg(long)]
    out: PathBuf,
}

#[derive(Args)]
pub struct ImportArgs {
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct ScopeArgs {
    /// The official, by name as written ("Antony Blinken", "Blinken").
    #[arg(long)]
    official: String,
    /// A region by name ("Middle East").
    #[arg(long, conflicts_with = "country")]
    region: Option<String>,
    /// A country by id or label ("israel", "Israel").
    #[arg(long)]
    country: Option<String>,
    /// The journey rule: a stop starting at most N days after the previous one ends continues the journey.
    #[arg(long, value_name = "N")]
    gap: Option<u32>,
}

/// Journeys starting within these dates.
#[derive(Args)]
pub struct DateArgs {
    #[arg(long, value_name = "YYYY-MM-DD")]
    since: Option<NaiveDate>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    until: Option<NaiveDate>,
}

#[derive(Args)]
pub struct JourneysArgs {
    #[command(flatten)]
    scope: ScopeArgs,
    #[command(flatten)]
    dates: DateArgs,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct OrdinalArgs {
    #[command(flatten)]
    scope: ScopeArgs,
    /// Count journeys starting on or after this date; without it, the count
    /// starts with the official's term of office held on --on.
    #[arg(long, value_name = "YYYY-MM-DD")]
    since: Option<NaiveDate>,
    /// The date the ordinal is asked for (a story's publication date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    on: NaiveDate,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Subcommand)]
pub enum ClaimsCommand {
    /// Check a story's "Nth visit" claims against the travel records.
    Check(CheckArgs),
}

#[derive(Args)]
pub struct CheckArgs {
    story_id: i64,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Runs a `travels` subcommand.
pub fn travels(library: &mut Library, command: TravelsCommand) -> Result<ExitCode, Error> {
    match command {
        TravelsCommand::Import(args) => import(library, args),
        TravelsCommand::Journeys(args) => journeys(library, args),
        TravelsCommand::Ordinal(args) => ordinal(library, args),
        TravelsCommand::Timeline(args) => {
            let svg = library.travels().timeline_image(&query(args.scope, args.dates.since, args.dates.until))?;
            attache_core::files::write_atomically(&args.out, svg.as_bytes())?;
            println!("{}", args.out.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn import(library: &mut Library, args: ImportArgs) -> Result<ExitCode, Error> {
    let results = attache_core::record_files::import_travel_files(library, &args.files)?;
    if args.json {
        print_json(&results);
        return Ok(ExitCode::SUCCESS);
    }
    for r in &results {
        println!(
            "{}: {} stops added, {} duplicates skipped, {} flagged",
            r.file,
            r.added,
            r.duplicates,
            r.flagged.len()
        );
        for flag in &r.flagged {
            let record = flag.record_id.as_deref().unwrap_or("-");
            println!("  flagged record {record}: {}", flag.problem);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn query(scope: ScopeArgs, since: Option<NaiveDate>, until: Option<NaiveDate>) -> JourneyQuery {
    JourneyQuery {
        official: scope.official,
        region: scope.region,
        country: scope.country,
        since,
        until,
        gap: scope.gap,
    }
}

fn journeys(library: &Library, args: JourneysArgs) -> Result<ExitCode, Error> {
    let answer = library.travels().journeys(&query(args.scope, args.dates.since, args.dates.until))?;
    if args.json {
        let with_id = |j: &Journey| {
            let mut value = journey_json(j);
            value["id"] = json!(format!("{}/{}", answer.official.key, j.start));
            value
        };
        print_json(&answer.journeys.iter().map(with_id).collect::<Vec<_>>());
        return Ok(ExitCode::SUCCESS);
    }
    println!("{} — {} ({})", answer.official.name, answer.scope.name, answer.rule);
    for j in &answer.journeys {
        println!("{:>3}. {}", j.ordinal.unwrap_or(0), journey_line(j));
    }
    Ok(ExitCode::SUCCESS)
}

fn ordinal(library: &Library, args: OrdinalArgs) -> Result<ExitCode, Error> {
    let answer = library.travels().ordinal(&query(args.scope, args.since, None), args.on)?;
    if args.json {
        let mut value = serde_json::to_value(&answer).map_err(|e| Error::InvalidInput(e.to_string()))?;
        value["journey"] = answer.journey.as_ref().map(journey_json).unwrap_or(Value::Null);
        value["counted"] = answer.counted.iter().map(journey_json).collect();
        print_json(&value);
        return Ok(ExitCode::SUCCESS);
    }
    match (&answer.ordinal, &answer.journey) {
        (Some(n), Some(j)) => println!("{n}: {}", journey_line(j)),
        _ => println!("no journey of {} to {} on {}", answer.official.name, answer.scope.name, answer.on),
    }
    println!("rule: {}", answer.rule);
    if let Some(term) = &answer.term {
        let end = term.end.map(|d| d.to_string()).unwrap_or_else(|| "in office".into());
        println!("counted from the term as {} held on {}: {} to {end}", term.role, answer.on, term.start);
    }
    for j in &answer.counted {
        println!("  {:>3}. {}", j.ordinal.unwrap_or(0), journey_line(j));
    }
    if let Some(warning) = &answer.warning {
        println!("warning: {warning}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs a `claims` subcommand.
pub fn claims(library: &Library, command: ClaimsCommand) -> Result<ExitCode, Error> {
    let ClaimsCommand::Check(args) = command;
    let checks = attache_core::travels::check_story_claims(library, args.story_id)?;
    if args.json {
        print_json(&checks);
        return Ok(ExitCode::SUCCESS);
    }
    for c in &checks {
        println!("{}\n  {}", c.claim, c.explanation);
    }
    Ok(ExitCode::SUCCESS)
}

/// A journey in the contract's shape, with every stop's fields kept.
fn journey_json(j: &Journey) -> Value {
    json!({
        "ordinal": j.ordinal,
        "start": j.start,
        "end": j.end,
        "stops": j.stops.iter().map(stop_json).collect::<Vec<_>>(),
    })
}

fn stop_json(s: &Stop) -> Value {
    json!({
        "country": s.country,
        "country_id": s.country_id,
        "locale": s.locale,
        "start": s.start,
        "end": s.end,
        "remarks": s.remarks,
        "counterparts": s.counterparts,
        "source_file": s.source_file,
        "record_id": s.record_id,
    })
}

fn journey_line(j: &Journey) -> String {
    let stops: Vec<String> = j.stops.iter().map(|s| format!("{} ({})", s.country, s.locale)).collect();
    format!("{} to {}: {}", j.start, j.end, stops.join(", "))
}
