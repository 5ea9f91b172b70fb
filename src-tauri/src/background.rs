//! Work the app does on its own after start: reading the stories that this
//! version's analyzer has not read yet (those of an older library), in small
//! steps so that the editor's commands are served in between.

use crate::desk::Desk;
use std::sync::Arc;

/// Stories read per step; each step holds the library for a few milliseconds.
const STEP: usize = 50;

/// Starts reading pending stories in the background.
pub fn catch_up_analysis(desk: Arc<Desk>) {
    tauri::async_runtime::spawn(async move {
        // Stops when nothing is left, or on an error (the stories stay marked
        // unread and are read at the next start or import).
        while let Ok(read) = desk.run(|library| library.analyze_some(STEP)).await {
            if read == 0 {
                break;
            }
        }
    });
}
