//! `attache source add`, `attache sources` and `attache verify`: primary
//! sources in the library, and reported quotes checked against them.

use crate::output::{print_json, ImportJson};
use attache_core::sources::{read_source_file, SourceDraft, SourceKind, Verification};
use attache_core::verify::{check, Verdict};
use attache_core::{Added, Error, ErrorPayload, ImportResult, Library};
use attache_web::Target;
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum SourceCommand {
    /// Add source files (.txt, .md, .html or .docx) or web pages (http,
    /// https; the page is kept as evidence) to the library; prints each new
    /// source's id on its own line.
    Add(AddArgs),
    /// The web pages kept for a source: when and from where each was fetched, and its hash.
    Pages(PagesArgs),
}

#[derive(Args)]
pub struct PagesArgs {
    /// The source's id.
    id: i64,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Kind {
    Transcript,
    Statement,
    Readout,
    Release,
    Interview,
    Other,
}

#[derive(Args)]
pub struct AddArgs {
    /// The files or web addresses to add.
    #[arg(required = true, value_name = "FILE_OR_URL")]
    items: Vec<String>,
    /// The title (only with one item).
    #[arg(long)]
    title: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<NaiveDate>,
    /// What it is (default: transcript when it has speaker turns, else other).
    #[arg(long, value_enum)]
    kind: Option<Kind>,
    #[arg(long)]
    issuer: Option<String>,
    /// The address the source was published at (only with one item).
    #[arg(long)]
    url: Option<String>,
    /// Print a JSON array instead of one line per item.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct SourcesArgs {
    /// Only sources with these words (ranked).
    #[arg(long)]
    search: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct VerifyArgs {
    /// The quote as the story printed it.
    #[arg(long)]
    quote: String,
    /// A source file to check against (need not be in the library); without
    /// it, the library's sources are searched.
    #[arg(long)]
    source: Option<PathBuf>,
    /// Who the story says said it.
    #[arg(long)]
    speaker: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

impl VerifyArgs {
    /// A source file was given: the check needs no library.
    pub fn has_source(&self) -> bool {
        self.source.is_some()
    }
}

/// Runs a `source` subcommand.
pub fn source(library: &Library, command: SourceCommand) -> Result<ExitCode, Error> {
    let args = match command {
        SourceCommand::Add(args) => args,
        SourceCommand::Pages(args) => return pages(library, &args),
    };
    let kind = args.kind.map(|k| match k {
        Kind::Transcript => SourceKind::Transcript,
        Kind::Statement => SourceKind::Statement,
        Kind::Readout => SourceKind::Readout,
        Kind::Release => SourceKind::Release,
        Kind::Interview => SourceKind::Interview,
        Kind::Other => SourceKind::Other,
    });
    let meta = SourceDraft {
        title: args.title.unwrap_or_default(),
        date: args.date,
        kind,
        issuer: args.issuer,
        url: args.url,
        ..SourceDraft::default()
    };
    if args.items.len() > 1 && (meta.title.trim().len() + meta.url.as_ref().map_or(0, String::len)) > 0 {
        return Err(Error::InvalidInput(
            "--title and --url name one source: give them with one file or address".into(),
        ));
    }
    let print = |r: &ImportResult| {
        if !args.json {
            println!("{}", added_line(r));
        }
    };
    let files = |paths: &[PathBuf], each: &mut dyn FnMut(&ImportResult)| {
        let add = |path: &PathBuf| {
            let (added, error) = match library.sources().import_file(path, &meta) {
                Ok(id) => (Some(Added::Created { id }), None),
                Err(err) => (None, Some(ErrorPayload::from(&err))),
            };
            let result = ImportResult { file: path.display().to_string(), added, error };
            each(&result);
            result
        };
        paths.iter().map(add).collect()
    };
    let target = Target::Sources(meta.clone());
    let results = crate::items::import_items(library, &args.items, &target, files, print);
    if args.json {
        print_json(&results.iter().map(ImportJson::from).collect::<Vec<_>>());
    }
    Ok(if results.iter().any(|r| r.error.is_some()) { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Lists the pages kept for a source.
fn pages(library: &Library, args: &PagesArgs) -> Result<ExitCode, Error> {
    library.sources().get(args.id)?;
    let pages = library.web_pages().for_source(args.id)?;
    if args.json {
        print_json(&pages);
    } else {
        for page in &pages {
            println!("{}", crate::pages_cmd::evidence_line(page));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A new source's id alone (as scripts read it); a duplicate or a failure
/// in words, as `attache import` prints them.
fn added_line(r: &ImportResult) -> String {
    match r.added {
        Some(Added::Created { id }) => id.to_string(),
        _ => crate::stories_cmd::line(r),
    }
}

/// Lists the library's sources.
pub fn sources(library: &Library, args: SourcesArgs) -> Result<ExitCode, Error> {
    let found = library.sources().list(args.search.as_deref())?;
    if args.json {
        print_json(&found);
        return Ok(ExitCode::SUCCESS);
    }
    for s in &found {
        let date = s.date.map(|d| d.to_string()).unwrap_or_else(|| "undated".into());
        println!("{}\t{date}\t{}\t{}", s.id, s.kind.as_str(), s.title);
    }
    Ok(ExitCode::SUCCESS)
}

/// Checks a quote against a file, or against the library's sources.
pub fn verify(library: Option<&Library>, args: VerifyArgs) -> Result<ExitCode, Error> {
    if !args.quote.chars().any(char::is_alphanumeric) {
        return Err(Error::InvalidInput("the quote is empty: give the words to verify with --quote".into()));
    }
    let speaker = args.speaker.as_deref();
    let result = match (&args.source, library) {
        (Some(path), _) => {
            let draft = read_source_file(path)?;
            let check = check(&args.quote, speaker, &draft.body);
            Verification {
                check,
                source: path.display().to_string(),
                source_id: None,
                source_meta: None,
                person_in_source: None,
            }
        }
        (None, Some(library)) => match library.sources().verify_in_library(&args.quote, speaker, 1)?.into_iter().next()
        {
            Some(best) => best,
            None => Verification {
                check: check(&args.quote, speaker, ""),
                source: String::new(),
                source_id: None,
                source_meta: None,
                person_in_source: None,
            },
        },
        (None, None) => return Err(Error::InvalidInput("no library to search: give --source FILE".into())),
    };
    if args.json {
        let mut value = serde_json::to_value(&result).map_err(|e| Error::Internal(e.to_string()))?;
        if result.source.is_empty() {
            value["source"] = serde_json::Value::Null;
        }
        print_json(&value);
        return Ok(ExitCode::SUCCESS);
    }
    let c = &result.check;
    let attribution = match (c.misattributed, speaker) {
        (Some(true), _) => ", misattributed",
        (Some(false), _) => "",
        (None, None) => ", speaker not checked: none given (--speaker)",
        (None, Some(_)) if c.verdict == Verdict::Absent => ", speaker cannot be checked: no passage says it",
        (None, Some(_)) => ", speaker cannot be checked: the source labels no speaker there",
    };
    println!("{} (score {:.2}){attribution}", c.verdict.as_str(), c.score);
    if c.verdict != Verdict::Absent {
        println!("source: {}", result.source);
        if let Some(who) = &c.speaker_in_source {
            println!("speaker in source: {who}");
        }
        for d in c.diff.iter().filter(|d| d.op != "equal") {
            println!("  {}: “{}” → “{}”", d.op, d.reported, d.source);
        }
    }
    Ok(ExitCode::SUCCESS)
}
