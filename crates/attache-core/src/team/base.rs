//! What a desk and the server last agreed each field of a shared row was:
//! a hash of the value, with the clock and desk of the change. A field whose
//! value no longer has that hash was changed on this desk since.

use crate::error::Result;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// One field as last agreed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Agreed(pub String, pub i64, pub String);

impl Agreed {
    /// The agreed value's hash.
    pub fn hash(&self) -> &str {
        &self.0
    }

    /// Whether a change stamped (clock, desk) comes after this one.
    pub fn before(&self, clock: i64, desk: &str) -> bool {
        (self.1, self.2.as_str()) < (clock, desk)
    }
}

/// A row's agreed fields by column.
pub(crate) type Base = BTreeMap<String, Agreed>;

/// A short, stable hash of a field's value.
pub(crate) fn hash(value: &Value) -> String {
    let digest = Sha256::digest(value.to_string().as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The row's agreed fields (empty when it was never shared).
pub(crate) fn read(conn: &Connection, table: &str, uid: &str) -> Result<Base> {
    let text: Option<String> = conn
        .prepare_cached("SELECT fields FROM team_base WHERE tbl = ?1 AND uid = ?2")?
        .query_row([table, uid], |r| r.get(0))
        .optional()?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default())
}

/// Keeps the row's agreed fields.
pub(crate) fn keep(tx: &Connection, table: &str, uid: &str, base: &Base) -> Result<()> {
    let text = serde_json::to_string(base).unwrap_or_default();
    tx.prepare_cached("INSERT OR REPLACE INTO team_base (tbl, uid, fields) VALUES (?1, ?2, ?3)")?
        .execute([table, uid, &text])?;
    Ok(())
}

/// Forgets the row: the next push sends all of it.
pub(crate) fn forget(tx: &Connection, table: &str, uid: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM team_base WHERE tbl = ?1 AND uid = ?2")?.execute([table, uid])?;
    Ok(())
}

/// Moves what was agreed for one uid to another.
pub(crate) fn rename(tx: &Connection, table: &str, from: &str, to: &str) -> Result<()> {
    tx.prepare_cached("UPDATE OR REPLACE team_base SET uid = ?3 WHERE tbl = ?1 AND uid = ?2")?
        .execute([table, from, to])?;
    tx.prepare_cached("UPDATE team_outbox SET uid = ?3 WHERE tbl = ?1 AND uid = ?2")?.execute([table, from, to])?;
    Ok(())
}
