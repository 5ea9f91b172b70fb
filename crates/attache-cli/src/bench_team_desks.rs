//! `attache bench team-desks`: many desks at once against one team library.
//! Each desk (its own library file and thread) logs a fact-check, syncs,
//! and again, for the time asked; then every desk syncs until all agree.
//! Reported: changes the server took per second, how long syncs took (median,
//! 95th percentile, longest), the server's CPU when it runs on this machine,
//! and whether any change was lost or applied twice, counted on every desk.

use crate::output::print_json;
use attache_core::factchecks::{FactCheckDraft, FactCheckFilter};
use attache_core::migrate::supported_version;
use attache_core::{Error, Library};
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use std::time::{Duration, Instant};

#[derive(Serialize)]
struct DesksReport {
    desks: usize,
    seconds: f64,
    /// Fact-checks logged across all desks.
    changes_made: usize,
    /// Shared rows the server took per second (a fact-check is two or three).
    rows_pushed_per_second: f64,
    /// Rows desks applied from the server per second, over the run.
    rows_pulled_per_second: f64,
    syncs: usize,
    sync_median_seconds: f64,
    sync_p95_seconds: f64,
    sync_longest_seconds: f64,
    /// Syncs that returned an error (they are retried by the next one).
    syncs_failed: usize,
    /// The PostgreSQL server's processes' CPU time over the run, as a share
    /// of one core; none when the server is not on this machine.
    server_cpu_percent_of_one_core: Option<f64>,
    /// Fact-checks missing from a desk once all synced, summed over desks.
    lost: usize,
    /// Fact-checks present twice on a desk, summed over desks.
    doubled: usize,
}

/// What one desk did.
#[derive(Default)]
struct DeskRun {
    made: usize,
    pushed: usize,
    pulled: usize,
    syncs: Vec<f64>,
    failed: usize,
}

/// Runs `desks` desks for `seconds` against the server at `server` (an
/// administrator's address: it makes a team library of its own), in `folder`.
pub fn run(server: &str, folder: &Path, desks: usize, seconds: u64) -> Result<(), Error> {
    std::fs::create_dir_all(folder).map_err(|e| Error::Io { path: folder.to_path_buf(), source: e })?;
    let name = format!(
        "desks-{}",
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_millis()
    );
    attache_team::runtime()?.block_on(attache_team::init(server, None, &name, &[]))?;
    let libraries = (0..desks)
        .map(|i| {
            let library = Library::open_at(&folder.join(format!("desk-{i}.sqlite3")), supported_version())?;
            library.set_editor_name(&format!("desk {i}"))?;
            attache_team::runtime()?.block_on(attache_team::join(&library, server, None, Some(&name)))?;
            Ok(library)
        })
        .collect::<Result<Vec<_>, Error>>()?;
    let cpu_before = server_cpu_ticks();
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    // Each desk's library goes to its thread and comes back with what it did.
    let handles: Vec<_> = libraries
        .into_iter()
        .enumerate()
        .map(|(i, library)| std::thread::spawn(move || (desk_run(i, &library, deadline), library)))
        .collect();
    let mut runs = Vec::new();
    let mut libraries = Vec::new();
    for handle in handles {
        let (run, library) = handle.join().map_err(|_| Error::Internal("a desk's thread panicked".into()))?;
        runs.push(run);
        libraries.push(library);
    }
    let elapsed = started.elapsed().as_secs_f64();
    let cpu = cpu_before.zip(server_cpu_ticks()).map(|(a, b)| (b - a) as f64 / TICKS_PER_SECOND / elapsed * 100.0);
    settle(&libraries)?;
    let made = runs.iter().map(|r| r.made).sum::<usize>();
    let (lost, doubled) = count_lost_and_doubled(&libraries, made)?;
    let mut syncs: Vec<f64> = runs.iter().flat_map(|r| r.syncs.iter().copied()).collect();
    syncs.sort_by(f64::total_cmp);
    let at = |share: f64| syncs.get(((syncs.len() as f64 * share) as usize).min(syncs.len().saturating_sub(1)));
    print_json(&DesksReport {
        desks,
        seconds: elapsed,
        changes_made: made,
        rows_pushed_per_second: runs.iter().map(|r| r.pushed).sum::<usize>() as f64 / elapsed,
        rows_pulled_per_second: runs.iter().map(|r| r.pulled).sum::<usize>() as f64 / elapsed,
        syncs: syncs.len(),
        sync_median_seconds: at(0.5).copied().unwrap_or_default(),
        sync_p95_seconds: at(0.95).copied().unwrap_or_default(),
        sync_longest_seconds: syncs.last().copied().unwrap_or_default(),
        syncs_failed: runs.iter().map(|r| r.failed).sum(),
        server_cpu_percent_of_one_core: cpu,
        lost,
        doubled,
    });
    Ok(())
}

/// One desk until the deadline: a fact-check logged, a sync, a pause.
fn desk_run(index: usize, library: &Library, deadline: Instant) -> DeskRun {
    let mut run = DeskRun::default();
    let Ok(network) = attache_team::runtime() else { return run };
    while Instant::now() < deadline {
        let claim = format!("desk {index} change {}", run.made);
        if library.factchecks().add(&FactCheckDraft { claim, ..Default::default() }).is_ok() {
            run.made += 1;
        }
        let started = Instant::now();
        match network.block_on(attache_team::sync(library, &mut |_| {})) {
            Ok(report) => {
                run.syncs.push(started.elapsed().as_secs_f64());
                run.pushed += report.pushed;
                run.pulled += report.pulled;
            }
            Err(_) => run.failed += 1,
        }
        // Desks do not all sync in step: each waits up to a second.
        std::thread::sleep(Duration::from_millis((index as u64 * 37 + run.made as u64 * 101) % 1_000));
    }
    run
}

/// Syncs every desk until a whole round moves nothing.
fn settle(libraries: &[Library]) -> Result<(), Error> {
    let network = attache_team::runtime()?;
    for _ in 0..SETTLE_ROUNDS {
        let mut quiet = true;
        for library in libraries {
            let report = network.block_on(attache_team::sync(library, &mut |_| {}))?;
            quiet &= report.pushed == 0 && report.pulled == 0;
        }
        if quiet {
            return Ok(());
        }
    }
    Err(Error::Internal(format!("the desks did not agree after {SETTLE_ROUNDS} rounds of syncs")))
}

const SETTLE_ROUNDS: usize = 10;

/// Fact-checks missing from each desk and present more than once, summed.
fn count_lost_and_doubled(libraries: &[Library], made: usize) -> Result<(usize, usize), Error> {
    let (mut lost, mut doubled) = (0, 0);
    for library in libraries {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for check in library.factchecks().list(&FactCheckFilter::default())? {
            *seen.entry(check.claim).or_default() += 1;
        }
        lost += made.saturating_sub(seen.len());
        doubled += seen.values().filter(|&&n| n > 1).count();
    }
    Ok((lost, doubled))
}

/// Clock ticks in a second of /proc's CPU times (USER_HZ, 100 on Linux).
const TICKS_PER_SECOND: f64 = 100.0;

/// CPU ticks used so far by PostgreSQL on this machine: the postmaster's own
/// and its exited children's, plus those of its children now running.
fn server_cpu_ticks() -> Option<u64> {
    let mut total = 0;
    let mut found = false;
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else { continue };
        let Some((name, rest)) = stat.split_once(") ").and_then(|(head, rest)| Some((head.split_once(" (")?.1, rest)))
        else {
            continue;
        };
        if name != "postgres" {
            continue;
        }
        let fields: Vec<u64> = rest.split(' ').skip(11).take(4).filter_map(|f| f.parse().ok()).collect();
        let [user, system, children_user, children_system] = fields[..] else { continue };
        found = true;
        total += user + system + children_user + children_system;
    }
    found.then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_servers_cpu_is_read_only_where_postgres_runs() {
        let ticks = server_cpu_ticks();
        let running = std::fs::read_dir("/proc")
            .unwrap()
            .flatten()
            .any(|e| std::fs::read_to_string(e.path().join("comm")).is_ok_and(|c| c.trim() == "postgres"));
        assert_eq!(ticks.is_some(), running);
    }
}
