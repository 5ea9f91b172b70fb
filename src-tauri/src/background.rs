//! Work the app does on its own: reading stories for their quotes, claims
//! and people, either those this version's analyzer has not read yet (an
//! older library, at start) or all of them again (when the editor asks). It
//! goes in small steps so the editor's commands are served in between, sends
//! its progress to the window as `analysis-progress` events, and stops after
//! the current step when the editor asks.

use crate::desk::Desk;
use attache_core::{AnalysisProgress, Library};
use std::sync::Arc;
use tauri::{AppHandle, Emitter, Runtime};

/// Stories read per step; each step holds the library for a few milliseconds.
const STEP: usize = 50;

/// The event the window listens to for progress.
pub const ANALYSIS_PROGRESS: &str = "analysis-progress";

/// One step of reading: given where the last step ended, reads some stories
/// and says how many, and where it ended.
type Step = fn(&mut Library, i64) -> attache_core::Result<(usize, i64)>;

/// Starts reading the stories this analyzer has not read yet.
pub fn catch_up_analysis<R: Runtime>(app: AppHandle<R>, desk: Arc<Desk>) {
    tauri::async_runtime::spawn(async move {
        let Ok(total) = desk.run(|library| attache_core::catch_up::pending_analysis(library)).await else { return };
        read_in_steps(&app, &desk, total, |library, _| Ok((attache_core::catch_up::analyze_some(library, STEP)?, 0)))
            .await;
    });
}

/// Starts reading every story again, from the first.
pub fn reanalyze_library<R: Runtime>(app: AppHandle<R>, desk: Arc<Desk>) {
    tauri::async_runtime::spawn(async move {
        let Ok(total) = desk.run(|library| attache_core::catch_up::story_count(library)).await else { return };
        read_in_steps(&app, &desk, total, |library, after| {
            let (read, last) = attache_core::catch_up::reanalyze_after(library, after, STEP)?;
            Ok((read, last.unwrap_or(after)))
        })
        .await;
    });
}

/// Runs `step` until it reads nothing, fails, or the editor stops it. A
/// failure leaves the stories not reached as they were: they are read at
/// the next start or edit.
async fn read_in_steps<R: Runtime>(app: &AppHandle<R>, desk: &Arc<Desk>, total: usize, step: Step) {
    desk.reading_stopped();
    let (mut done, mut cursor) = (0, 0);
    while let Ok((read, next)) = desk.run(move |library| step(library, cursor)).await {
        done += read;
        cursor = next;
        let stopped = desk.reading_stopped();
        let progress = AnalysisProgress { done: done as u32, total: total.max(done) as u32, stopped };
        // A window that is not listening yet simply misses a step.
        drop(app.emit(ANALYSIS_PROGRESS, progress));
        if read == 0 || stopped {
            break;
        }
    }
}
