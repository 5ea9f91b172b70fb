//! The editor's corrections to person records: merging records that are one
//! person, and splitting off a name that belongs to someone else. Both move
//! names between records, which is what later readings look up, so they
//! hold through re-analysis; both are logged with the editor's name.

use super::People;
use super::PersonRecord;
use crate::clock::now;
use crate::error::{Error, Result};
use rusqlite::{params, Transaction};

impl People<'_> {
    /// Merges `others` into `into`: their names, stories and quotes become
    /// `into`'s, and their records go.
    pub fn merge(&self, into: i64, others: &[i64]) -> Result<PersonRecord> {
        let kept = self.get(into)?;
        if others.is_empty() || others.contains(&into) {
            return Err(Error::InvalidInput("merge needs other person records than the one kept".into()));
        }
        let merged = others.iter().map(|&id| self.get(id)).collect::<Result<Vec<_>>>()?;
        let author = self.library.editor_name()?.unwrap_or_else(|| "unnamed editor".into());
        self.library.write(|tx| {
            for other in &merged {
                tx.execute("UPDATE person_name SET person_id = ?1 WHERE person_id = ?2", params![into, other.id])?;
                tx.execute("UPDATE story_person SET person_id = ?1 WHERE person_id = ?2", params![into, other.id])?;
                tx.execute("DELETE FROM person WHERE id = ?1", [other.id])?;
            }
            tx.execute("UPDATE person SET edited = 1 WHERE id = ?1", [into])?;
            let shown: Vec<&str> = merged.iter().map(|p| p.name.as_str()).collect();
            let detail = format!("{} merged into {}", shown.join(", "), kept.name);
            let names: Vec<&String> = kept.names.iter().chain(merged.iter().flat_map(|p| &p.names)).collect();
            log(tx, &author, "merge", &detail, &names, &kept.name)
        })?;
        self.get(into)
    }

    /// Splits the name `name` off record `id` into a new record of its own,
    /// with the stories that write it so; returns the new record.
    pub fn split(&self, id: i64, name: &str) -> Result<PersonRecord> {
        let record = self.get(id)?;
        let Some(written) = record.names.iter().find(|n| n.eq_ignore_ascii_case(name.trim())).cloned() else {
            return Err(Error::InvalidInput(format!("“{}” is not a name of {}", name.trim(), record.name)));
        };
        let Some(remaining) = record.names.iter().find(|n| **n != written).cloned() else {
            return Err(Error::InvalidInput(format!(
                "“{written}” is the only name of {}: nothing to split",
                record.name
            )));
        };
        let author = self.library.editor_name()?.unwrap_or_else(|| "unnamed editor".into());
        let new_id = self.library.write(|tx| {
            tx.execute(
                "INSERT INTO person (name, organization, edited, created_at) VALUES (?1, ?2, 1, ?3)",
                params![written, record.organization, now()],
            )?;
            let new_id = tx.last_insert_rowid();
            tx.execute("UPDATE person_name SET person_id = ?1 WHERE name = ?2", params![new_id, written])?;
            tx.execute(
                "UPDATE story_person SET person_id = ?1 WHERE person_id = ?2 AND name = ?3 COLLATE NOCASE",
                params![new_id, id, written],
            )?;
            if record.name == written {
                tx.execute("UPDATE person SET name = ?2 WHERE id = ?1", params![id, remaining])?;
            }
            tx.execute("UPDATE person SET edited = 1 WHERE id = ?1", [id])?;
            let stays = if record.name == written { &remaining } else { &record.name };
            log(tx, &author, "split", &format!("{written} split off {}", record.name), &[&written], stays)?;
            Ok(new_id)
        })?;
        self.get(new_id)
    }
}

/// Logs an edit: in words, and as the names it moved and the name the
/// record that stays shows, so another desk can carry it out (`replay`).
fn log(tx: &Transaction, author: &str, kind: &str, detail: &str, names: &[&String], kept: &str) -> Result<()> {
    let names = serde_json::to_string(names).map_err(|e| Error::Internal(e.to_string()))?;
    tx.execute(
        "INSERT INTO person_event (at, author, kind, detail, names, kept) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![now(), author, kind, detail, names, kept],
    )?;
    Ok(())
}
