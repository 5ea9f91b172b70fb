//! Importing stories and sources from web addresses (issue "Import stories
//! and sources from a web address"): each page is fetched within limits
//! (`fetch.rs`), read as an HTML or text file is, and stored with the page
//! kept as evidence by the core's `web_pages` store (`import.rs`).
//!
//! The core makes no network calls; this crate is the only one that does,
//! besides the team library's connection to its server.

mod address;
mod fetch;
mod import;

pub use address::{is_web_address, web_address};
pub use fetch::{fetch, Limits, USER_AGENT};
pub use import::{import_addresses, Target};
