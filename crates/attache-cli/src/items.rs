//! The items of `attache import` and `attache source add`: files and web
//! addresses side by side, taken in runs of one kind so that files keep
//! their batched transactions and addresses are fetched in order.

use attache_core::{ImportResult, Library};
use attache_web::{import_addresses, is_web_address, Limits, Target};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Imports `items` in order, files through `files` and addresses as
/// `target`; `each` sees every result as soon as it is stored or refused.
pub fn import_items(
    library: &Library,
    items: &[String],
    target: &Target,
    mut files: impl FnMut(&[PathBuf], &mut dyn FnMut(&ImportResult)) -> Vec<ImportResult>,
    mut each: impl FnMut(&ImportResult),
) -> Vec<ImportResult> {
    let never = Arc::new(AtomicBool::new(false));
    let mut results = Vec::with_capacity(items.len());
    for run in items.chunk_by(|a, b| is_web_address(a) == is_web_address(b)) {
        if is_web_address(&run[0]) {
            results.extend(import_addresses(library, run, target, &Limits::default(), &never, |r, _| each(r)));
        } else {
            let paths: Vec<PathBuf> = run.iter().map(PathBuf::from).collect();
            results.extend(files(&paths, &mut each));
        }
    }
    results
}
