//! The commands the UI invokes, grouped by what they work on. Each is a short
//! adapter from IPC arguments to a core call.

pub mod factchecks;
pub mod import;
pub mod library;
pub mod packets;
pub mod people;
pub mod quotes;
pub mod sources;
pub mod stories;
pub mod team;
pub mod travels;
pub mod web;

mod dialogs;
pub use dialogs::ChosenFiles;
