//! `attache import`, `attache stories` and `attache show`.

use crate::output::{print_json, ImportJson, StoryJson};
use attache_core::{Added, Error, ImportResult, Library, StoryQuery};
use attache_web::Target;
use chrono::NaiveDate;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct ImportArgs {
    /// The files or web addresses (http, https) to import; a page is kept
    /// as evidence with its story.
    #[arg(required = true, value_name = "FILE_OR_URL")]
    files: Vec<String>,
    /// Print a JSON array instead of one line per file.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct StoriesArgs {
    /// Words to search for (ranked full-text search).
    #[arg(long)]
    search: Option<String>,
    /// Published on or after (YYYY-MM-DD).
    #[arg(long)]
    from: Option<NaiveDate>,
    /// Published on or before (YYYY-MM-DD).
    #[arg(long)]
    to: Option<NaiveDate>,
    /// Only this outlet.
    #[arg(long)]
    outlet: Option<String>,
    /// Only stories with this tag.
    #[arg(long)]
    tag: Option<String>,
    /// List the trash.
    #[arg(long)]
    trash: bool,
    /// At most this many.
    #[arg(long, default_value_t = 200)]
    limit: u32,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct ShowArgs {
    /// The story's id.
    id: i64,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Imports files; exit code 1 when any failed.
pub fn import(library: &mut Library, args: ImportArgs) -> Result<ExitCode, Error> {
    // Each item's line is printed once the transaction holding it commits,
    // so a killed import has printed only what it stored.
    let print = |r: &ImportResult| {
        if !args.json {
            println!("{}", line(r));
        }
    };
    let files = |paths: &[PathBuf], each: &mut dyn FnMut(&ImportResult)| {
        attache_core::import::import_files_each(library, paths, |r, _| each(r))
    };
    let results = crate::items::import_items(library, &args.files, &Target::Stories, files, print);
    let failed = results.iter().any(|r| r.error.is_some());
    if args.json {
        print_json(&results.iter().map(ImportJson::from).collect::<Vec<_>>());
    }
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// One file's line, whatever its name holds: control characters (a newline,
/// an escape) are written as escapes, as `ls` quotes them.
pub(crate) fn line(r: &ImportResult) -> String {
    let file = escaped(&r.file);
    match (&r.added, &r.error) {
        (Some(Added::Created { id }), _) => format!("imported {id} {file}"),
        (Some(Added::Duplicate { id, .. }), _) => format!("duplicate {id} {file}"),
        (None, Some(error)) => format!("error {}", escaped(&error.message)),
        (None, None) => format!("error {file}: not imported"),
    }
}

/// `text` with its control characters escaped ("a\nb" for a newline), so
/// that it stays on one line; quoted when anything was escaped.
fn escaped(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_string();
    }
    let inner: String =
        text.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect();
    format!("'{inner}'")
}

/// Lists or searches stories.
pub fn stories(library: &Library, args: StoriesArgs) -> Result<ExitCode, Error> {
    let page = library.stories().search(&StoryQuery {
        text: args.search,
        from: args.from,
        to: args.to,
        outlet: args.outlet,
        tag: args.tag,
        trash: args.trash,
        limit: Some(args.limit),
        offset: None,
    })?;
    if args.json {
        print_json(&page.stories.iter().map(StoryJson::from).collect::<Vec<_>>());
    } else {
        for s in &page.stories {
            let date = s.published.map(|d| d.to_string()).unwrap_or_else(|| "----------".into());
            println!("{:>6}  {date}  {}", s.id, s.headline);
        }
        eprintln!("{} of {} stories", page.stories.len(), page.total);
    }
    Ok(ExitCode::SUCCESS)
}

/// Shows one story.
pub fn show(library: &Library, args: ShowArgs) -> Result<ExitCode, Error> {
    let story = library.stories().get(args.id)?;
    let pages = library.web_pages().for_story(story.id)?;
    if args.json {
        let pages = Some(pages).filter(|p| !p.is_empty());
        print_json(&StoryJson { pages, ..StoryJson::from(&story) });
    } else {
        let d = &story.draft;
        println!("{}", d.headline);
        let meta: Vec<String> = [d.outlet.clone(), d.byline.clone(), d.published.map(|p| p.to_string()), d.url.clone()]
            .into_iter()
            .flatten()
            .collect();
        if !meta.is_empty() {
            println!("{}", meta.join(" · "));
        }
        if !d.tags.is_empty() {
            println!("tags: {}", d.tags.join(", "));
        }
        for page in &pages {
            println!("{}", crate::pages_cmd::evidence_line(page));
        }
        println!("\n{}", d.body);
    }
    Ok(ExitCode::SUCCESS)
}
