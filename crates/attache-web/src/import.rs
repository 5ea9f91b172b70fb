//! A batch of web addresses into the library, one at a time: an address
//! already in the library is reported as a duplicate without fetching it
//! again; each other page is fetched and stored with its evidence in one
//! transaction. A failure is reported in its place and the batch goes on.

use crate::fetch::{cancelled, fetch, Limits};
use attache_core::sources::SourceDraft;
use attache_core::web_pages::{import_source_page, import_story_page};
use attache_core::{Added, DuplicateReason, Error, ErrorPayload, ImportProgress, ImportResult, Library};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// What the pages become.
#[derive(Debug, Clone)]
pub enum Target {
    /// Stories, read as HTML files are.
    Stories,
    /// Primary sources, with the editor's title, date, kind, issuer or URL
    /// over what each page says.
    Sources(SourceDraft),
}

/// Imports each address, handing each result to `each` once it is stored
/// (or refused); returns them all, in order. Once `cancel` is set, the
/// address being fetched and those after it are reported as cancelled.
pub fn import_addresses(
    library: &Library,
    addresses: &[String],
    target: &Target,
    limits: &Limits,
    cancel: &Arc<AtomicBool>,
    mut each: impl FnMut(&ImportResult, ImportProgress),
) -> Vec<ImportResult> {
    let total = addresses.len() as u32;
    let mut results = Vec::with_capacity(addresses.len());
    for address in addresses {
        let outcome = if cancel.load(Ordering::Relaxed) {
            Err(cancelled(address))
        } else {
            import_one(library, address, target, limits, cancel)
        };
        let (added, error) = match outcome {
            Ok(added) => (Some(added), None),
            Err(err) => (None, Some(ErrorPayload::from(&naming(err, address)))),
        };
        results.push(ImportResult { file: address.clone(), added, error });
        let step = ImportProgress { done: results.len() as u32, total, file: address.clone() };
        each(&results[results.len() - 1], step);
    }
    results
}

/// The error as the editor sees it: every message names the address.
fn naming(err: Error, address: &str) -> Error {
    match err {
        Error::Import { .. } => err,
        other => Error::import(Path::new(address), other.code(), other.to_string()),
    }
}

fn import_one(
    library: &Library,
    address: &str,
    target: &Target,
    limits: &Limits,
    cancel: &Arc<AtomicBool>,
) -> Result<Added, Error> {
    crate::web_address(address)?;
    let pages = library.web_pages();
    let known = match target {
        Target::Stories => pages.story_at(address)?,
        Target::Sources(_) => pages.source_at(address)?,
    };
    if let Some(id) = known {
        return Ok(Added::Duplicate { id, reason: DuplicateReason::SameUrl });
    }
    let page = fetch(address, limits, cancel)?;
    match target {
        Target::Stories => import_story_page(library, &page),
        Target::Sources(meta) => import_source_page(library, &page, meta),
    }
}
