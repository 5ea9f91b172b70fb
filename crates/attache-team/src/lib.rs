//! Attaché's team library: a newsroom's desks share one library through the
//! newsroom's own PostgreSQL. Each desk keeps working in its SQLite library
//! (the core records its changes in an outbox); this crate is the server's
//! side: its schema (`migrations/team/`), connecting, pushing and pulling.

pub mod address;
pub mod connect;
pub mod pull;
pub mod push;
pub mod schema;
pub mod secret;
mod sync;

pub use attache_core::team::{SyncProgress, SyncReport};
pub use sync::{init, join, leave, sync};

/// The network runtime a desk's team work runs on: one thread, so a sync
/// can borrow the library it works on.
pub fn runtime() -> attache_core::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| attache_core::Error::Internal(format!("cannot start the network runtime: {e}")))
}
