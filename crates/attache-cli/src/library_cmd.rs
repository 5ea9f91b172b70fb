//! `attache check`, `attache backup`, `attache restore` and `attache
//! salvage`: the library file itself, whole or damaged.

use crate::output::print_json;
use attache_core::salvage::{inspect, salvage};
use attache_core::{Error, ErrorCode, Library};
use clap::Args;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct CheckArgs {
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct EditorArgs {
    /// Your name, as the histories and the library's rows record their author;
    /// without it, the name set now is printed.
    name: Option<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct BackupArgs {
    /// Where to write the backup.
    path: PathBuf,
}

#[derive(Args)]
pub struct RestoreArgs {
    /// The backup to restore from.
    path: PathBuf,
}

/// Prints the schema version and integrity; exit code 1 when damaged.
pub fn check(path: &Path, args: CheckArgs) -> Result<ExitCode, Error> {
    let report = match Library::open(path).and_then(|library| library.check()) {
        Ok(report) if report.is_ok() => report,
        Ok(_) => return damaged(path, args.json),
        Err(err) if err.code() == ErrorCode::Corrupt => return damaged(path, args.json),
        Err(err) => return Err(err),
    };
    if args.json {
        print_json(&report);
    } else {
        let info = &report.info;
        println!("library: {}", info.path);
        println!("schema version: {} (this Attaché reads up to {})", info.schema_version, info.supported_version);
        println!("integrity: {}", report.integrity.join("; "));
        println!("stories: {} ({} in the trash)", info.stories, info.trashed);
        if let Some(reason) = &info.read_only {
            println!("read-only: {reason}; only reading works");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Reports a damaged library: SQLite's findings, which tables can still be
/// read, and how to recover; exits 1 with the code `corrupt`.
fn damaged(path: &Path, as_json: bool) -> Result<ExitCode, Error> {
    let report = inspect(path)?;
    if as_json {
        print_json(&json!({ "code": ErrorCode::Corrupt, "damage": report }));
    } else {
        println!("library: {} is damaged [corrupt]", report.path);
        println!("integrity: {}", report.integrity.join("; "));
        for table in &report.tables {
            match (&table.rows, &table.problem) {
                (Some(rows), _) => println!("  {}: {rows} rows readable", table.name),
                (None, problem) => println!("  {}: unreadable ({})", table.name, problem.as_deref().unwrap_or("?")),
            }
        }
        println!("to recover: {}", report.advice);
    }
    Ok(ExitCode::from(1))
}

#[derive(Args)]
pub struct SalvageArgs {
    /// The damaged library (only read).
    old: PathBuf,
    /// The new library to write (must not exist).
    new: PathBuf,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// Copies every readable row of a damaged library into a new one.
pub fn salvage_library(args: SalvageArgs) -> Result<ExitCode, Error> {
    let report = salvage(&args.old, &args.new)?;
    if args.json {
        print_json(&report);
        return Ok(ExitCode::SUCCESS);
    }
    for table in report.tables.iter().filter(|t| t.copied > 0 || !t.complete) {
        let lost = if table.complete { "" } else { "; rows on damaged pages were lost" };
        println!("{}: {} rows copied{lost}", table.name, table.copied);
    }
    println!("salvaged {} into {}", report.from, report.to);
    Ok(ExitCode::SUCCESS)
}

/// Writes a backup.
pub fn backup(library: &Library, args: BackupArgs) -> Result<ExitCode, Error> {
    library.backup_to(&args.path)?;
    println!("backed up {} to {}", library.path().display(), args.path.display());
    Ok(ExitCode::SUCCESS)
}

/// Restores from a backup, keeping the replaced content beside the library.
pub fn restore(library: &mut Library, args: RestoreArgs) -> Result<ExitCode, Error> {
    let kept = library.restore_from(&args.path)?;
    println!("restored {} from {}", library.path().display(), args.path.display());
    println!("the content it replaced is kept in {}", kept.display());
    Ok(ExitCode::SUCCESS)
}

/// `attache editor [NAME]`: the desk's editor name, shared with the app.
pub fn editor(library: &mut Library, args: EditorArgs) -> Result<ExitCode, Error> {
    if let Some(name) = &args.name {
        library.set_editor_name(name)?;
    }
    let name = library.editor_name()?;
    if args.json {
        print_json(&json!({ "editor": name }));
    } else {
        println!("{}", name.as_deref().unwrap_or("(no name set: attache editor \"Your Name\")"));
    }
    Ok(ExitCode::SUCCESS)
}
