//! Rows that are the same thing on every desk get the same `uid` on every
//! desk: the rating "False" of the built-in scale, a speaker fix of one quote,
//! a dismissed claim. Their uid is made from their natural key (with links as
//! the uids of the rows they point at), so two desks that made such a row
//! apart share one row rather than two.

use super::base;
use super::row;
use super::shared::{SharedTable, SHARED};
use crate::error::Result;
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use sha2::{Digest, Sha256};

/// The uid every desk gives a row with this natural key.
pub(crate) fn uid_for(table: &SharedTable, key: &[String]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(table.name.as_bytes());
    for value in key {
        hasher.update([0]);
        hasher.update(value.as_bytes());
    }
    let hex: String = hasher.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-8{}-{}-{}", &hex[..8], &hex[8..12], &hex[13..16], &hex[16..20], &hex[20..32])
}

/// Gives the rows waiting in the outbox that have a natural key the uid made
/// from it (before they are first pushed), moving what the outbox and the
/// agreed fields say to the new uid. A row is named by the first of its
/// table's keys that it has every column of.
pub(crate) fn name_waiting_rows(tx: &Connection) -> Result<()> {
    for table in SHARED {
        let mut named = std::collections::HashSet::new();
        for (k, key) in table.natural.iter().enumerate() {
            let columns: Vec<String> = key.iter().map(|c| format!("\"{c}\"")).collect();
            let complete = |key: &[&str]| key.iter().map(|c| format!("\"{c}\" IS NOT NULL")).collect::<Vec<_>>();
            // Not a row an earlier key names.
            let earlier: Vec<String> =
                table.natural[..k].iter().map(|key| format!("NOT ({})", complete(key).join(" AND "))).collect();
            let conditions: Vec<String> = complete(key).into_iter().chain(earlier).collect();
            let sql = format!(
                "SELECT uid, {} FROM \"{}\" WHERE uid IN (SELECT uid FROM team_outbox WHERE tbl = ?1) AND {}",
                columns.join(", "),
                table.name,
                conditions.join(" AND ")
            );
            let mut stmt = tx.prepare(&sql)?;
            let rows: Vec<(String, Vec<String>)> = stmt
                .query_map([table.name], |r| {
                    let raw = (1..=key.len()).map(|i| r.get_ref(i).map(text)).collect::<rusqlite::Result<_>>()?;
                    Ok((r.get(0)?, raw))
                })?
                .collect::<rusqlite::Result<_>>()?;
            for (uid, raw) in rows {
                let name = uid_for(table, &key_of(tx, table, key, &raw)?);
                if name != uid && !named.contains(&name) {
                    row::rename(tx, table, &uid, &name)?;
                    base::rename(tx, table.name, &uid, &name)?;
                    named.insert(name);
                }
            }
        }
    }
    Ok(())
}

/// The natural key of a row read from its table: links become uids.
fn key_of(conn: &Connection, table: &SharedTable, key: &[&str], raw: &[String]) -> Result<Vec<String>> {
    key.iter()
        .zip(raw)
        .map(|(column, value)| match table.link(column) {
            Some(target) => Ok(row::uid_of_id(conn, target, value.parse().unwrap_or_default())?.unwrap_or_default()),
            None => Ok(fold(table, column, value.clone())),
        })
        .collect()
}

/// A rating's or a region's name is matched without regard to case (its
/// column is NOCASE).
fn fold(table: &SharedTable, column: &str, value: String) -> String {
    if matches!(table.name, "rating" | "region") && column == "name" {
        value.to_lowercase()
    } else {
        value
    }
}

fn text(value: ValueRef<'_>) -> String {
    match value {
        ValueRef::Null | ValueRef::Blob(_) => String::new(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
    }
}
