//! `attache people`: the library's person records, and the editor's merges
//! and splits of them.

use crate::output::print_json;
use attache_core::people::PersonRecord;
use attache_core::{Error, Library};
use clap::{Args, Subcommand};
use std::process::ExitCode;

#[derive(Args)]
pub struct PeopleArgs {
    #[command(subcommand)]
    action: Option<PeopleAction>,
    /// Only records with a name containing this (any case).
    #[arg(long)]
    search: Option<String>,
    /// Print JSON.
    #[arg(long, global = true)]
    json: bool,
}

#[derive(Subcommand)]
enum PeopleAction {
    /// Merge records into the first: their names, stories and quotes become its own.
    Merge {
        /// The record kept.
        into: i64,
        /// The records merged into it.
        #[arg(required = true)]
        others: Vec<i64>,
    },
    /// Split one name off a record into a record of its own.
    Split {
        id: i64,
        /// The name to split off, as the record lists it.
        name: String,
    },
}

/// Lists person records, or merges or splits them.
pub fn run(library: &mut Library, args: PeopleArgs) -> Result<ExitCode, Error> {
    let records = match args.action {
        None => library.people().list(args.search.as_deref())?,
        Some(PeopleAction::Merge { into, others }) => vec![library.people().merge(into, &others)?],
        Some(PeopleAction::Split { id, name }) => vec![library.people().split(id, &name)?],
    };
    if args.json {
        print_json(&records);
    } else {
        records.iter().for_each(print_line);
    }
    Ok(ExitCode::SUCCESS)
}

fn print_line(p: &PersonRecord) {
    let also: Vec<&str> = p.names.iter().skip(1).map(String::as_str).collect();
    let also = if also.is_empty() { String::new() } else { format!(" (also {})", also.join(", ")) };
    let titles = p.titles.first().map(|t| format!(", {t}")).unwrap_or_default();
    println!("{}\t{}{titles}{also}: {} stories, {} quotes", p.id, p.name, p.stories, p.quotes);
}
