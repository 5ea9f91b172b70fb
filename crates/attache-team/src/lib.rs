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
