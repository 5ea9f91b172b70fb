//! `attache packet`: a briefing packet around stories, a journey, a person
//! or dates, written to a file whole (never half-written).

use attache_core::packets::{PacketParts, PacketSelection};
use attache_core::{Error, Library};
use attache_packet::{export, Format};
use chrono::NaiveDate;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct PacketArgs {
    /// Stories to include (repeat the option for several).
    #[arg(long = "story", value_name = "ID")]
    stories: Vec<i64>,
    /// A journey, as `travels journeys --json` names it: OFFICIAL-KEY/START, e.g. blinken-antony-j/2024-08-18.
    #[arg(long, value_name = "ID")]
    journey: Option<String>,
    /// A person: the stories quoting them and checks of their claims.
    #[arg(long, value_name = "NAME")]
    person: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    since: Option<NaiveDate>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    until: Option<NaiveDate>,
    /// pdf, html, md, docx or json.
    #[arg(long)]
    format: String,
    /// The file to write.
    #[arg(long)]
    out: PathBuf,
    #[arg(long)]
    title: Option<String>,
    /// Leave a part out: cover, summary, itinerary, people, quotes, factchecks, claim_checks, sources.
    #[arg(long, value_name = "PART")]
    without: Vec<String>,
    /// A folder whose packet.md.j2 / packet.html.j2 replace the built-in layouts.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
}

/// Builds and writes a packet; prints the file written.
pub fn run(library: &Library, args: PacketArgs) -> Result<ExitCode, Error> {
    let format = Format::parse(&args.format).ok_or_else(|| {
        Error::InvalidInput(format!("no packet format {:?}: pdf, html, md, docx or json", args.format))
    })?;
    let (journey_official, journey_start) = match &args.journey {
        Some(id) => {
            let (key, start) = id.rsplit_once('/').ok_or_else(|| bad_journey(id))?;
            (Some(key.to_string()), Some(start.parse().map_err(|_| bad_journey(id))?))
        }
        None => (None, None),
    };
    let selection = PacketSelection {
        stories: args.stories,
        journey_official,
        journey_start,
        person: args.person,
        since: args.since,
        until: args.until,
        title: args.title,
        parts: parts_without(&args.without)?,
    };
    let packet = attache_core::packets::gather(library, &selection)?;
    export(&packet, format, &args.out, args.templates.as_deref())?;
    println!("{}", args.out.display());
    Ok(ExitCode::SUCCESS)
}

fn bad_journey(id: &str) -> Error {
    Error::InvalidInput(format!(
        "{id:?} is not a journey id: give OFFICIAL-KEY/YYYY-MM-DD, as `travels journeys --json` prints"
    ))
}

fn parts_without(names: &[String]) -> Result<PacketParts, Error> {
    let mut parts = PacketParts::default();
    for name in names {
        let part = match name.as_str() {
            "cover" => &mut parts.cover,
            "summary" => &mut parts.summary,
            "itinerary" => &mut parts.itinerary,
            "people" => &mut parts.people,
            "quotes" => &mut parts.quotes,
            "factchecks" => &mut parts.factchecks,
            "claim_checks" => &mut parts.claim_checks,
            "sources" => &mut parts.sources,
            other => return Err(Error::InvalidInput(format!("no packet part {other:?}"))),
        };
        *part = false;
    }
    Ok(parts)
}
