//! Work the app does on its own after start: reading the stories that this
//! version's analyzer has not read yet (those of an older library), in small
//! steps so that the editor's commands are served in between, with progress
//! sent to the window as `analysis-progress` events.

use crate::desk::Desk;
use attache_core::AnalysisProgress;
use std::sync::Arc;
use tauri::{AppHandle, Emitter};

/// Stories read per step; each step holds the library for a few milliseconds.
const STEP: usize = 50;

/// The event the window listens to for progress.
pub const ANALYSIS_PROGRESS: &str = "analysis-progress";

/// Starts reading pending stories in the background.
pub fn catch_up_analysis(app: AppHandle, desk: Arc<Desk>) {
    tauri::async_runtime::spawn(async move {
        let Ok(total) = desk.run(|library| library.pending_analysis()).await else { return };
        let mut done = 0;
        // Stops when nothing is left, or on an error (the stories stay marked
        // unread and are read at the next start or import).
        while let Ok(read) = desk.run(|library| library.analyze_some(STEP)).await {
            if read == 0 {
                break;
            }
            done += read;
            let progress = AnalysisProgress { done: done as u32, total: total.max(done) as u32 };
            // A window that is not listening yet simply misses a step.
            drop(app.emit(ANALYSIS_PROGRESS, progress));
        }
    });
}
