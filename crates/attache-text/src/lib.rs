//! Attaché's reading of text, kept pure: no database, no files, no clock.
//! `analysis` finds a story's quotes and speakers, claims, people, places and
//! dates; `verify` lines a reported quote up against the source's words. The
//! core stores what these return; here they can be fuzzed and benchmarked
//! alone.

pub mod analysis;
pub mod verify;
