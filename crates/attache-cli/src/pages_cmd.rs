//! `attache page`: a web page kept as evidence, written out exactly as it
//! was received, so its hash can be checked with any tool.

use attache_core::web_pages::PageEvidence;
use attache_core::{Error, Library};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// `attache page ID [--out FILE]`.
#[derive(Args)]
pub struct PageArgs {
    /// The saved page's id (`attache show STORY` lists a story's pages).
    id: i64,
    /// Write the bytes to this file instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// One line of evidence: when, from where, and the hash.
pub fn evidence_line(page: &PageEvidence) -> String {
    format!(
        "fetched {} from {} (HTTP {}, {}, {} bytes, sha256 {}); saved page {}",
        page.fetched_at, page.final_url, page.status, page.content_type, page.size, page.sha256, page.id
    )
}

/// Writes a saved page's bytes, checked against their hash first.
pub fn page(library: &Library, args: PageArgs) -> Result<ExitCode, Error> {
    let (evidence, bytes) = library.web_pages().bytes(args.id)?;
    match &args.out {
        Some(path) => attache_core::files::write_atomically(path, &bytes)?,
        None => std::io::stdout()
            .write_all(&bytes)
            .map_err(|source| Error::Io { path: PathBuf::from("standard output"), source })?,
    }
    eprintln!("{}", evidence_line(&evidence));
    Ok(ExitCode::SUCCESS)
}
