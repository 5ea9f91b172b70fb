//! `attache check`, `attache backup` and `attache restore`.

use crate::output::print_json;
use attache_core::{Error, Library};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct CheckArgs {
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
pub fn check(library: &Library, args: CheckArgs) -> Result<ExitCode, Error> {
    let report = library.check()?;
    if args.json {
        print_json(&report);
    } else {
        let info = &report.info;
        println!("library: {}", info.path);
        println!("schema version: {} (this Attaché reads up to {})", info.schema_version, info.supported_version);
        println!("integrity: {}", report.integrity.join("; "));
        println!("stories: {} ({} in the trash)", info.stories, info.trashed);
    }
    Ok(if report.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(1) })
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
