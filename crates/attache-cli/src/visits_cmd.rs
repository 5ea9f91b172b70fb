//! `attache visits …`: foreign leaders' and heads of state's visits to the
//! United States, listed and counted ("Herzog's third visit to the White
//! House"), in the same shape as `attache travels ordinal`.

use crate::output::print_json;
use attache_core::visits::{Visit, VisitQuery};
use attache_core::{Error, Library};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde_json::{json, Value};
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum VisitsCommand {
    /// A visitor's or a country's visits, numbered within dates.
    List(ListArgs),
    /// The ordinal of the visit on a date ("his third visit since …").
    Ordinal(OrdinalArgs),
}

/// Whose visits: a visitor as written, a country, or a visitor's words
/// within a country ("crown prince" from Saudi Arabia).
#[derive(Args)]
pub struct WhoArgs {
    /// The visitor, by name as written ("Isaac Herzog", "Netanyahu").
    #[arg(long, required_unless_present = "country")]
    visitor: Option<String>,
    /// The visitor's country, by id or label ("israel", "Saudi Arabia").
    #[arg(long)]
    country: Option<String>,
    /// Count visits starting on or after this date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    since: Option<NaiveDate>,
}

#[derive(Args)]
pub struct ListArgs {
    #[command(flatten)]
    who: WhoArgs,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct OrdinalArgs {
    #[command(flatten)]
    who: WhoArgs,
    /// The date the ordinal is asked for (a story's publication date).
    #[arg(long, value_name = "YYYY-MM-DD")]
    on: NaiveDate,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Runs a `visits` subcommand.
pub fn run(library: &Library, command: VisitsCommand) -> Result<ExitCode, Error> {
    match command {
        VisitsCommand::List(args) => {
            let (visits, counted_as) = library.visits().list(&query(args.who))?;
            if args.json {
                print_json(&visits.iter().map(visit_json).collect::<Vec<_>>());
                return Ok(ExitCode::SUCCESS);
            }
            println!("{counted_as}");
            for v in &visits {
                println!("{:>3}. {}", v.ordinal.unwrap_or(0), visit_line(v));
            }
        }
        VisitsCommand::Ordinal(args) => {
            let answer = library.visits().ordinal(&query(args.who), args.on)?;
            if args.json {
                let mut value = serde_json::to_value(&answer).map_err(|e| Error::Internal(e.to_string()))?;
                value["visit"] = answer.visit.as_ref().map(visit_json).unwrap_or(Value::Null);
                value["counted"] = answer.counted.iter().map(visit_json).collect();
                print_json(&value);
                return Ok(ExitCode::SUCCESS);
            }
            match (&answer.ordinal, &answer.visit) {
                (Some(n), Some(v)) => println!("{n}: {}", visit_line(v)),
                _ => {
                    println!("no visit of {} in progress on {} or starting within a week", answer.counted_as, answer.on)
                }
            }
            println!("counted: {}", answer.counted_as);
            println!("rule: {}", answer.rule);
            for v in &answer.counted {
                println!("  {:>3}. {}", v.ordinal.unwrap_or(0), visit_line(v));
            }
            if let Some(warning) = &answer.warning {
                println!("warning: {warning}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn query(who: WhoArgs) -> VisitQuery {
    VisitQuery { visitor: who.visitor, country: who.country, since: who.since, until: None }
}

/// A visit in the contract's shape.
fn visit_json(v: &Visit) -> Value {
    json!({
        "ordinal": v.ordinal,
        "visitor": v.visitor,
        "country": v.country,
        "country_id": v.country_id,
        "start": v.start,
        "end": v.end,
        "description": v.description,
        "source_file": v.source_file,
        "record_id": v.record_id,
    })
}

fn visit_line(v: &Visit) -> String {
    format!("{} to {}: {} ({}) {}", v.start, v.end, v.visitor, v.country, v.description)
}
