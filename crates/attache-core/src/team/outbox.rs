//! The desk's changes waiting for the server: each shared row the outbox
//! names, read as it is now, with the fields that differ from what the desk
//! and the server last agreed; and, once the server has them, their removal.

use super::base::{self, Agreed};
use super::row;
use super::shared::{self, rank};
use super::wire::{Change, Stamped};
use crate::error::Result;
use rusqlite::Connection;
use serde_json::Value;

/// The changes waiting, parents first, for at most `limit` rows.
pub(crate) fn waiting(conn: &Connection, desk: &str, author: &str, limit: usize) -> Result<Vec<Change>> {
    let mut stmt = conn.prepare_cached(
        "SELECT tbl, uid, max(seq), max(hlc) FROM team_outbox GROUP BY tbl, uid ORDER BY min(seq) LIMIT ?1",
    )?;
    let rows: Vec<(String, String, i64, i64)> = stmt
        .query_map([limit as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut changes = Vec::new();
    for (table_name, uid, seq, clock) in rows {
        let stamp = |value: Value| Stamped { value, clock, desk: desk.to_string(), author: author.to_string() };
        let mut change =
            Change { table: table_name.clone(), uid: uid.clone(), seq, fields: Default::default(), deleted: None };
        if let Some(table) = shared::table(&table_name) {
            let agreed = base::read(conn, &table_name, &uid)?;
            match row::read(conn, table, &uid)? {
                Some(fields) => {
                    for (column, value) in fields {
                        if agreed.get(&column).is_none_or(|a| a.hash() != base::hash(&value)) {
                            change.fields.insert(column, stamp(value));
                        }
                    }
                }
                None if !agreed.is_empty() => change.deleted = Some(stamp(Value::Null)),
                None => {}
            }
        }
        changes.push(change);
    }
    changes.sort_by_key(|c| (rank(&c.table), c.seq));
    Ok(changes)
}

/// Removes changes the server has from the outbox, and keeps what they sent
/// as agreed. A row changed again since stays waiting.
pub(crate) fn acknowledge(tx: &Connection, changes: &[Change]) -> Result<()> {
    let mut remove = tx.prepare_cached("DELETE FROM team_outbox WHERE tbl = ?1 AND uid = ?2 AND seq <= ?3")?;
    for change in changes {
        remove.execute(rusqlite::params![change.table, change.uid, change.seq])?;
        if change.deleted.is_some() {
            base::forget(tx, &change.table, &change.uid)?;
        } else if !change.fields.is_empty() {
            let mut agreed = base::read(tx, &change.table, &change.uid)?;
            for (column, stamped) in &change.fields {
                agreed.insert(column.clone(), Agreed(base::hash(&stamped.value), stamped.clock, stamped.desk.clone()));
            }
            base::keep(tx, &change.table, &change.uid, &agreed)?;
        }
    }
    Ok(())
}
