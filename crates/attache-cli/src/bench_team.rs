//! `attache bench team`: the team library's speed against a real PostgreSQL.
//! One desk fills a library and pushes it; a new desk joins and pulls all of
//! it (timed); then one desk changes stories and each side's sync is timed;
//! and the same edits on the same library before and after it joined (the
//! median of five rounds each) show what recording a change for the team
//! adds to a local write.

use crate::output::print_json;
use crate::synth;
use attache_core::migrate::supported_version;
use attache_core::{Error, Library};
use serde::Serialize;
use std::path::Path;
use std::time::Instant;

#[derive(Serialize)]
struct TeamReport {
    stories: u64,
    first_push_seconds: f64,
    new_desk_pull_seconds: f64,
    new_desk_rows: usize,
    changes: usize,
    incremental_push_seconds: f64,
    incremental_pull_seconds: f64,
    local_edits_alone_seconds: f64,
    local_edits_joined_seconds: f64,
    joined_write_overhead_percent: f64,
}

/// Runs the benchmark with desks in the new folder `folder`, against the
/// server at `server` (an administrator's address: it makes a library of its own).
pub fn run(server: &str, folder: &Path, stories: u64, changes: usize) -> Result<(), Error> {
    std::fs::create_dir_all(folder).map_err(|e| Error::Io { path: folder.to_path_buf(), source: e })?;
    let network = attache_team::runtime()?;
    let name = format!(
        "bench-{}",
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_millis()
    );
    network.block_on(attache_team::init(server, None, &name, &[]))?;
    let desk = |file: &str| Library::open_at(&folder.join(file), supported_version());
    let first = desk("first.sqlite3")?;
    fill(&first, stories)?;
    // The same edits on the same library, before it joins and after.
    let local_edits_alone_seconds = edit(&first, changes, Vec::new())?;
    network.block_on(attache_team::join(&first, server, None, Some(&name)))?;
    let quiet = &mut |_| {};
    let started = Instant::now();
    network.block_on(attache_team::sync(&first, quiet))?;
    let first_push_seconds = started.elapsed().as_secs_f64();

    let second = desk("second.sqlite3")?;
    network.block_on(attache_team::join(&second, server, None, Some(&name)))?;
    let started = Instant::now();
    let pulled = network.block_on(attache_team::sync(&second, quiet))?;
    let new_desk_pull_seconds = started.elapsed().as_secs_f64();

    let first_joined_round = edit_once(&first, changes)?;
    let started = Instant::now();
    network.block_on(attache_team::sync(&first, quiet))?;
    let incremental_push_seconds = started.elapsed().as_secs_f64();
    let started = Instant::now();
    network.block_on(attache_team::sync(&second, quiet))?;
    let incremental_pull_seconds = started.elapsed().as_secs_f64();
    let local_edits_joined_seconds = edit(&first, changes, vec![first_joined_round])?;
    print_json(&TeamReport {
        stories,
        first_push_seconds,
        new_desk_pull_seconds,
        new_desk_rows: pulled.pulled,
        changes,
        incremental_push_seconds,
        incremental_pull_seconds,
        local_edits_alone_seconds,
        local_edits_joined_seconds,
        joined_write_overhead_percent: 100.0 * (local_edits_joined_seconds / local_edits_alone_seconds - 1.0),
    });
    Ok(())
}

fn fill(library: &Library, stories: u64) -> Result<(), Error> {
    let mut next = 0;
    while next < stories {
        let end = (next + 1_000).min(stories);
        for outcome in library.stories().add_all((next..end).map(|i| (synth::story(i), None)).collect())? {
            outcome?;
        }
        next = end;
        eprint!("\rfilled {next} of {stories}");
    }
    eprintln!();
    Ok(())
}

/// Rounds of edits timed for each side of the write overhead: the median
/// is reported, since one round on a busy machine can be off by more than
/// the overhead measured.
const EDIT_ROUNDS: usize = 5;

/// The median seconds of `done` and more rounds of [`edit_once`], up to [`EDIT_ROUNDS`].
fn edit(library: &Library, count: usize, mut done: Vec<f64>) -> Result<f64, Error> {
    while done.len() < EDIT_ROUNDS {
        done.push(edit_once(library, count)?);
    }
    done.sort_by(f64::total_cmp);
    Ok(done[EDIT_ROUNDS / 2])
}

/// Changes the headline of the first `count` stories, one save each; the seconds taken.
fn edit_once(library: &Library, count: usize) -> Result<f64, Error> {
    let ids: Vec<i64> = library
        .stories()
        .search(&attache_core::StoryQuery { limit: Some(count as u32), ..Default::default() })?
        .stories
        .into_iter()
        .map(|s| s.id)
        .collect();
    let started = Instant::now();
    for id in ids {
        let mut draft = library.stories().get(id)?.draft;
        draft.headline.push_str(" (updated)");
        library.stories().update(id, draft)?;
    }
    Ok(started.elapsed().as_secs_f64())
}
