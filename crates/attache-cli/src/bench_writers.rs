//! `attache bench writers`: two other `attache` processes import stories
//! into one library for a while, as desks and scripts do, while this one
//! re-reads its stories as the app does in the background. Counts the
//! calls that failed and the rows lost (stories acknowledged but missing).
//! Figures, not assertions.

use crate::output::print_json;
use attache_core::{Error, Library};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

#[derive(Serialize)]
struct WritersReport {
    seconds: f64,
    processes: usize,
    imports: usize,
    failed_imports: usize,
    rereads: usize,
    failed_rereads: usize,
    stories_stored: usize,
    stories_lost: usize,
    first_failure: Option<String>,
}

/// What one importing process did.
#[derive(Default)]
struct Tally {
    imports: usize,
    failed: usize,
    failure: Option<String>,
}

/// Runs the writers on a new library at `path` for `seconds`.
pub fn run(path: &Path, seconds: u64) -> Result<(), Error> {
    Library::open(path)?;
    let program = std::env::current_exe().map_err(|source| Error::Io { path: PathBuf::from("attache"), source })?;
    let folder = tempfile_folder(path)?;
    let until = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let writers: Vec<_> = (0..2)
        .map(|desk| {
            let (program, library, folder) = (program.clone(), path.to_path_buf(), folder.clone());
            std::thread::spawn(move || import_until(&program, &library, &folder, desk, until))
        })
        .collect();
    let library = Library::open(path)?;
    let (mut rereads, mut failed_rereads, mut after, mut failure) = (0, 0, 0, None);
    while Instant::now() < until {
        match attache_core::catch_up::reanalyze_after(&library, after, 20) {
            Ok((_, next)) => {
                rereads += 1;
                after = next.unwrap_or(0);
            }
            Err(err) => {
                failed_rereads += 1;
                failure.get_or_insert(format!("re-reading: {err}"));
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let tallies: Vec<Tally> = writers.into_iter().map(|w| w.join().unwrap_or_default()).collect();
    let imports: usize = tallies.iter().map(|t| t.imports).sum();
    let stored = attache_core::catch_up::story_count(&library)?;
    let _ = std::fs::remove_dir_all(&folder);
    print_json(&WritersReport {
        seconds: started.elapsed().as_secs_f64(),
        processes: tallies.len(),
        imports,
        failed_imports: tallies.iter().map(|t| t.failed).sum(),
        rereads,
        failed_rereads,
        stories_stored: stored,
        stories_lost: imports.saturating_sub(stored),
        first_failure: tallies.into_iter().find_map(|t| t.failure).or(failure),
    });
    Ok(())
}

/// One desk: writes a new story file and imports it with `attache import`,
/// again and again until `until`.
fn import_until(program: &Path, library: &Path, folder: &Path, desk: usize, until: Instant) -> Tally {
    let mut tally = Tally::default();
    let mut n = 0;
    while Instant::now() < until {
        n += 1;
        let file = folder.join(format!("desk{desk}-{n}.txt"));
        let text = format!("Desk {desk}, story {n}\n\nThe minister said on Monday that desk {desk} filed story {n}.");
        if std::fs::write(&file, text).is_err() {
            continue;
        }
        let output = Command::new(program).arg("--library").arg(library).arg("import").arg(&file).output();
        match output {
            Ok(out) if out.status.success() => tally.imports += 1,
            Ok(out) => {
                tally.failed += 1;
                tally.failure.get_or_insert(String::from_utf8_lossy(&out.stdout).trim().to_string());
            }
            Err(err) => {
                tally.failed += 1;
                tally.failure.get_or_insert(err.to_string());
            }
        }
    }
    tally
}

/// A folder beside the library for the story files the desks write.
fn tempfile_folder(library: &Path) -> Result<PathBuf, Error> {
    let folder = library.with_extension("writers");
    std::fs::create_dir_all(&folder).map_err(|source| Error::Io { path: folder.clone(), source })?;
    Ok(folder)
}
