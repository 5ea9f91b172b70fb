//! The open library, shared by the commands. Core work runs on a blocking
//! thread so the window never waits on SQLite.

use attache_core::{ErrorCode, ErrorPayload, Library};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The library the app was started on, or why it could not be opened.
pub struct Desk {
    path: Option<PathBuf>,
    library: Mutex<Result<Library, ErrorPayload>>,
    /// Set when the editor stops the background reading of stories.
    stop_reading: AtomicBool,
    /// Set when the editor cancels a web import.
    stop_fetching: Arc<AtomicBool>,
}

impl Desk {
    /// Opens the library at `path`. A failure is kept, not fatal: the window
    /// still opens and shows the editor what is wrong.
    pub fn open(path: Option<PathBuf>) -> Desk {
        let library = match &path {
            Some(path) => Library::open(path).map_err(|e| ErrorPayload::from(&e)),
            None => Err(ErrorPayload {
                code: ErrorCode::InvalidInput,
                message: "no home folder is known; start Attaché with --library PATH".into(),
            }),
        };
        Desk {
            path,
            library: Mutex::new(library),
            stop_reading: AtomicBool::new(false),
            stop_fetching: Arc::new(AtomicBool::new(false)),
        }
    }

    /// The library file's path, if one was chosen.
    pub fn path(&self) -> Option<&PathBuf> {
        self.path.as_ref()
    }

    /// Asks the background reading of stories to stop after its current step.
    pub fn stop_reading(&self) {
        self.stop_reading.store(true, Ordering::SeqCst);
    }

    /// Whether the editor asked the reading to stop; the request is used up.
    pub fn reading_stopped(&self) -> bool {
        self.stop_reading.swap(false, Ordering::SeqCst)
    }

    /// Cancels the web import under way: the page being fetched and the
    /// addresses after it are left out.
    pub fn stop_fetching(&self) {
        self.stop_fetching.store(true, Ordering::SeqCst);
    }

    /// A new web import's cancel flag: cleared, and set by [`Desk::stop_fetching`].
    pub fn fetching(&self) -> Arc<AtomicBool> {
        self.stop_fetching.store(false, Ordering::SeqCst);
        Arc::clone(&self.stop_fetching)
    }

    /// Runs `work` on a connection of its own to the library, on a blocking
    /// thread: long work (fetching pages) that must not hold the connection
    /// the window's commands share.
    pub async fn run_own<T, F>(self: &Arc<Self>, work: F) -> Result<T, ErrorPayload>
    where
        T: Send + 'static,
        F: FnOnce(&Library) -> attache_core::Result<T> + Send + 'static,
    {
        let path = self.path.clone();
        tauri::async_runtime::spawn_blocking(move || {
            let path = path.ok_or_else(|| attache_core::Error::InvalidInput("no library is open".into()))?;
            work(&Library::open_at(&path, attache_core::migrate::supported_version())?)
        })
        .await
        .unwrap_or_else(|join| Err(attache_core::Error::Internal(format!("a task failed: {join}"))))
        .map_err(|e| ErrorPayload::from(&e))
    }

    /// Runs `work` on a connection of its own to the library, on a blocking
    /// thread with a network runtime: long network work (the team library's
    /// sync) that must not hold the connection the window's commands share.
    pub async fn run_apart<T, F>(self: &Arc<Self>, work: F) -> Result<T, ErrorPayload>
    where
        T: Send + 'static,
        F: FnOnce(&Library, &tokio::runtime::Runtime) -> attache_core::Result<T> + Send + 'static,
    {
        self.run_own(move |library| work(library, &attache_team::runtime()?)).await
    }

    /// Runs `work` on the library on a blocking thread.
    pub async fn run<T, F>(self: &Arc<Self>, work: F) -> Result<T, ErrorPayload>
    where
        T: Send + 'static,
        F: FnOnce(&mut Library) -> attache_core::Result<T> + Send + 'static,
    {
        let desk = Arc::clone(self);
        tauri::async_runtime::spawn_blocking(move || {
            // A panic in another command cannot leave a transaction half-done
            // (SQLite rolls it back), so a poisoned lock is safe to take.
            let mut guard = desk.library.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            match guard.as_mut() {
                Ok(library) => work(library).map_err(|e| ErrorPayload::from(&e)),
                Err(open_error) => Err(open_error.clone()),
            }
        })
        .await
        .unwrap_or_else(|join| {
            Err(ErrorPayload { code: ErrorCode::Internal, message: format!("a task failed: {join}") })
        })
    }
}
