//! Conflicts: a field two desks changed while apart. The later change is
//! current; the other is kept here, with who made it, until an editor keeps
//! the current value or takes the other (which is then a change of its own,
//! pushed like any other).

use super::{row, shared, Team};
use crate::clock::now;
use crate::error::{Error, Result};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::Value;
use ts_rs::TS;

/// A conflict found while syncing (`attache team conflicts --json`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Conflict {
    /// Its id, to resolve it by.
    pub id: i64,
    /// The shared table and the row's stable id.
    pub table: String,
    pub uid: String,
    /// What the row is, in words: a story's headline, a fact-check's claim.
    pub what: String,
    /// The field both desks changed.
    pub field: String,
    /// The current value (JSON), and who wrote it.
    pub kept: String,
    pub kept_author: String,
    /// The value set aside (JSON), and who wrote it.
    pub other: String,
    pub other_author: String,
    /// When this desk found it.
    pub found_at: String,
}

impl Team<'_> {
    /// The conflicts not yet resolved, oldest first.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        let conn = self.library.conn();
        let mut stmt = conn.prepare(
            "SELECT id, tbl, uid, field, kept, kept_author, other, other_author, found_at
             FROM team_conflict WHERE resolved_at IS NULL ORDER BY id",
        )?;
        let found: Vec<Conflict> = stmt
            .query_map([], |r| {
                Ok(Conflict {
                    id: r.get(0)?,
                    table: r.get(1)?,
                    uid: r.get(2)?,
                    what: String::new(),
                    field: r.get(3)?,
                    kept: r.get(4)?,
                    kept_author: r.get(5)?,
                    other: r.get(6)?,
                    other_author: r.get(7)?,
                    found_at: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        found.into_iter().map(|c| Ok(Conflict { what: self.what(&c.table, &c.uid)?, ..c })).collect()
    }

    /// Resolves a conflict: keeps the current value, or (`take_other`)
    /// sets the field to the value set aside, as this desk's own change.
    pub fn resolve(&self, id: i64, take_other: bool) -> Result<()> {
        self.library.write(|tx| {
            let found: Option<(String, String, String, String)> = tx
                .query_row(
                    "SELECT tbl, uid, field, other FROM team_conflict WHERE id = ?1 AND resolved_at IS NULL",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            let Some((table_name, uid, field, other)) = found else {
                return Err(Error::NotFound { kind: "unresolved conflict", id });
            };
            if take_other {
                let table = shared::table(&table_name)
                    .ok_or_else(|| Error::Corrupt(format!("conflict {id} names no shared table ({table_name})")))?;
                let value: Value = serde_json::from_str(&other)
                    .map_err(|e| Error::Corrupt(format!("conflict {id}'s value is not JSON: {e}")))?;
                if !row::exists(tx, &table_name, &uid)? {
                    return Err(Error::InvalidInput(format!(
                        "the {table_name} of conflict {id} is no longer in the library"
                    )));
                }
                row::write(tx, table, &uid, &[(field, value)].into_iter().collect(), true)?;
            }
            tx.execute(
                "UPDATE team_conflict SET resolved_at = ?2, resolution = ?3 WHERE id = ?1",
                params![id, now(), if take_other { "other" } else { "kept" }],
            )?;
            Ok(())
        })
    }

    fn what(&self, table_name: &str, uid: &str) -> Result<String> {
        let conn = self.library.conn();
        let fields = match shared::table(table_name) {
            Some(table) => row::read(conn, table, uid)?,
            None => None,
        };
        let named = fields.and_then(|f| {
            ["headline", "claim", "title", "name", "quote_text", "text"]
                .iter()
                .find_map(|c| f.get(*c).and_then(Value::as_str).map(String::from))
        });
        Ok(format!("{table_name} {}", named.map_or_else(|| uid.to_string(), |n| format!("“{n}”"))))
    }
}
