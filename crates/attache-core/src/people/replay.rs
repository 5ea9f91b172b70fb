//! A merge or split made on another desk, carried out here. The team library
//! shares the editor's log of them (`person_event`), not the records, which
//! each desk makes as it reads its own stories: so the names an event moved
//! are moved between this desk's records, whatever their ids.

use crate::clock::now;
use crate::error::Result;
use rusqlite::{params, Connection, OptionalExtension};

/// Carries out a logged `merge` or `split` of `names`, `kept` being the name
/// shown for the record that stays. Any other kind changes nothing.
pub(crate) fn replay(tx: &Connection, kind: &str, names: &[String], kept: &str) -> Result<()> {
    match (kind, names.first()) {
        ("merge", Some(_)) => merge(tx, names, kept),
        ("split", Some(name)) => split(tx, name, kept),
        _ => Ok(()),
    }
}

/// Every name goes to the record that has `kept` (or any of them, or a new
/// one); records left without a name go.
fn merge(tx: &Connection, names: &[String], kept: &str) -> Result<()> {
    let owners: Vec<Option<i64>> = names.iter().map(|n| owner(tx, n)).collect::<Result<_>>()?;
    let target = match owner(tx, kept)?.or_else(|| owners.iter().flatten().next().copied()) {
        Some(id) => id,
        None => new_record(tx, kept, organization(tx, &owners)?)?,
    };
    for (name, from) in names.iter().zip(&owners) {
        match from {
            Some(id) if *id == target => {}
            Some(id) => move_name(tx, name, *id, target)?,
            None => {
                tx.execute("INSERT INTO person_name (name, person_id) VALUES (?1, ?2)", params![name, target])?;
            }
        }
    }
    for id in owners.iter().flatten().filter(|&&id| id != target) {
        tx.execute(
            "DELETE FROM person WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM person_name WHERE person_id = ?1)",
            [id],
        )?;
    }
    tx.execute("UPDATE person SET name = ?2, edited = 1 WHERE id = ?1", params![target, kept])?;
    Ok(())
}

/// `name` leaves its record for one of its own; the record it left shows
/// `kept` (or another of its names) if it showed `name`.
fn split(tx: &Connection, name: &str, kept: &str) -> Result<()> {
    let Some(from) = owner(tx, name)? else {
        let id = new_record(tx, name, false)?;
        tx.execute("INSERT INTO person_name (name, person_id) VALUES (?1, ?2)", params![name, id])?;
        return Ok(());
    };
    let others: Vec<String> = tx
        .prepare_cached("SELECT name FROM person_name WHERE person_id = ?1 AND name <> ?2 ORDER BY name")?
        .query_map(params![from, name], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if let Some(first) = others.first() {
        let organization = organization(tx, &[Some(from)])?;
        let id = new_record(tx, name, organization)?;
        move_name(tx, name, from, id)?;
        let remaining = others.iter().find(|n| n.eq_ignore_ascii_case(kept)).unwrap_or(first);
        tx.execute(
            "UPDATE person SET name = ?2 WHERE id = ?1 AND name = ?3 COLLATE NOCASE",
            params![from, remaining, name],
        )?;
    }
    tx.execute("UPDATE person SET edited = 1 WHERE id = ?1", [from])?;
    Ok(())
}

/// The record a name belongs to here.
fn owner(tx: &Connection, name: &str) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached("SELECT person_id FROM person_name WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?)
}

/// Whether the first of these records is an organization.
fn organization(tx: &Connection, records: &[Option<i64>]) -> Result<bool> {
    let Some(id) = records.iter().flatten().next() else { return Ok(false) };
    Ok(tx.query_row("SELECT organization FROM person WHERE id = ?1", [id], |r| r.get(0))?)
}

/// A new record the editor worked on.
fn new_record(tx: &Connection, name: &str, organization: bool) -> Result<i64> {
    tx.execute(
        "INSERT INTO person (name, organization, edited, created_at) VALUES (?1, ?2, 1, ?3)",
        params![name, organization, now()],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Moves a name, and the stories that write it so, from one record to another.
fn move_name(tx: &Connection, name: &str, from: i64, to: i64) -> Result<()> {
    tx.execute("UPDATE person_name SET person_id = ?1 WHERE name = ?2", params![to, name])?;
    tx.execute(
        "UPDATE story_person SET person_id = ?1 WHERE person_id = ?2 AND name = ?3 COLLATE NOCASE",
        params![to, from, name],
    )?;
    Ok(())
}
