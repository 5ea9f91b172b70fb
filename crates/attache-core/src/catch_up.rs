//! Catching up: stories read by an older analyzer (new imports, stories of
//! an older library) are read again in batches, one transaction each, as the
//! app does in the background, with progress and a way to stop.

use crate::error::Result;
use crate::library::Library;
use crate::story_reader::{read_draft, Read, ANALYZER_VERSION};
use serde::Serialize;
use ts_rs::TS;

/// Progress of reading stories in the background, for the app's status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct AnalysisProgress {
    /// Stories read so far.
    pub done: u32,
    /// Stories to read in all.
    pub total: u32,
    /// True when the editor stopped the reading before the end: the stories
    /// not reached keep their earlier reading.
    pub stopped: bool,
}

/// Stories analysed per transaction when catching up.
const STORIES_PER_TRANSACTION: usize = 100;

/// Reads every story not yet read by this analyzer (new imports, stories
/// of an older library), reporting `(done, total)` after each batch and
/// stopping early when `progress` returns false. Returns how many were read.
pub fn analyze_pending(library: &Library, mut progress: impl FnMut(usize, usize) -> bool) -> Result<usize> {
    let total = pending_analysis(library)?;
    let mut done = 0;
    while done < total {
        let read = analyze_some(library, STORIES_PER_TRANSACTION)?;
        if read == 0 {
            break;
        }
        done += read;
        if !progress(done, total) {
            break;
        }
    }
    Ok(done)
}

/// How many stories this analyzer has not read yet (none in a library
/// that can only be read: its stories are shown as last read).
pub fn pending_analysis(library: &Library) -> Result<usize> {
    if library.read_only().is_some() {
        return Ok(0);
    }
    crate::stories::count_read_before(library.conn(), ANALYZER_VERSION)
}

/// Reads up to `limit` stories not read yet, in one transaction; returns
/// how many. Lets a caller (the app) read a large library in small steps
/// and let other work through in between.
pub fn analyze_some(library: &Library, limit: usize) -> Result<usize> {
    let pending = crate::stories::ids_read_before(library.conn(), ANALYZER_VERSION, limit)?;
    analyze_stories(library, &pending)?;
    Ok(pending.len())
}

/// Reads again, whatever analyzer read them before, up to `limit` stories
/// with ids above `after`, in one transaction. Returns how many were read
/// and the last id, for the next step (none when no story is left).
pub fn reanalyze_after(library: &Library, after: i64, limit: usize) -> Result<(usize, Option<i64>)> {
    let ids = crate::stories::ids_after(library.conn(), after, limit)?;
    analyze_stories(library, &ids)?;
    Ok((ids.len(), ids.last().copied()))
}

/// How many stories the library holds, the trash included.
pub fn story_count(library: &Library) -> Result<usize> {
    crate::stories::count_all(library.conn())
}

/// Reads the given stories, then keeps what was read in one transaction.
fn analyze_stories(library: &Library, ids: &[i64]) -> Result<()> {
    let reads: Vec<(i64, Read)> =
        ids.iter().map(|&id| library.stories().get(id).map(|s| (id, read_draft(&s.draft)))).collect::<Result<_>>()?;
    library.write(|tx| reads.into_iter().try_for_each(|(id, read)| crate::stories::keep_read(tx, id, read)))
}
