//! The fact-check history: every change written as an event with the value
//! before and after, by the editor named in preferences.

use super::FactCheckEvent;
use super::FactChecks;
use crate::error::Result;
use rusqlite::{params, Transaction};

/// Writes one event of a fact-check's history.
pub(super) fn record(
    tx: &Transaction,
    id: i64,
    at: &str,
    author: &str,
    field: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<()> {
    tx.execute(
        "INSERT INTO factcheck_event (factcheck_id, at, author, field, before, after) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, at, author, field, before, after],
    )?;
    Ok(())
}

impl FactChecks<'_> {
    /// A fact-check's history, oldest first.
    pub fn log(&self, id: i64) -> Result<Vec<FactCheckEvent>> {
        self.get(id)?;
        let mut stmt = self.library.conn().prepare(
            "SELECT at, author, field, before, after FROM factcheck_event WHERE factcheck_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(FactCheckEvent {
                at: r.get(0)?,
                author: r.get(1)?,
                field: r.get(2)?,
                before: r.get(3)?,
                after: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Who is changing things: the editor's name, or "unnamed editor".
    pub(super) fn author(&self) -> Result<String> {
        Ok(self.library.editor_name()?.unwrap_or_else(|| "unnamed editor".into()))
    }
}
