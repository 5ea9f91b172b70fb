//! Applying the server's rows on this desk, field by field: a field this
//! desk did not change since it last agreed takes the server's value when
//! that is later; a field both changed keeps the later value and records the
//! other as a conflict. Nothing applied here goes back into the outbox.

use super::base::{self, Agreed, Base};
use super::row::{self, Fields};
use super::shared::{self, SharedTable};
use super::wire::{SharedRow, Stamped};
use crate::clock::now;
use crate::error::Result;
use rusqlite::{params, Connection};
use serde_json::Value;

/// The desk applying: its id and editor, for the conflicts it records.
pub(crate) struct Desk<'a> {
    pub id: &'a str,
    pub author: &'a str,
}

/// Applies one row; returns the conflicts it recorded.
pub(crate) fn apply(tx: &Connection, desk: &Desk, shared_row: &SharedRow) -> Result<usize> {
    let Some(table) = shared::table(&shared_row.table) else { return Ok(0) };
    tx.prepare_cached("DELETE FROM team_orphan WHERE tbl = ?1 AND uid = ?2")?.execute([table.name, &shared_row.uid])?;
    let live: Fields = shared_row.fields.iter().map(|(c, s)| (c.clone(), s.value.clone())).collect();
    let uid = shared_row.uid.clone();
    let mut local = row::read(tx, table, &uid)?;
    if local.is_none() {
        if let Some(other) = row::same_row(tx, table, &live)? {
            // The same row, made here before it was named by its natural key
            // (natural.rs): it takes the name every desk gives it.
            row::rename(tx, table, &other, &uid)?;
            base::rename(tx, table.name, &other, &uid)?;
            local = row::read(tx, table, &uid)?;
        }
    }
    let waiting = waiting_clock(tx, table.name, &uid)?;
    if shared_row.is_deleted() {
        if local.is_some() {
            if waiting.is_some() || owned_waiting(tx, table, &uid)? {
                // Deleted elsewhere while edited here (the row, or what its
                // deletion would take with it, like a quote verified here):
                // the edit is kept, and sent whole, after the deletion, so
                // every desk keeps it.
                let after = shared_row.deleted.as_ref().map_or(0, |d| d.clock) + 1;
                send_again(tx, table, &uid, after)?;
            } else {
                row::delete(tx, table, &uid)?;
                base::forget(tx, table.name, &uid)?;
            }
        }
        return Ok(0);
    }
    let mut agreed = base::read(tx, table.name, &uid)?;
    let Some(local) = local else {
        if !parents_here(tx, table, &live)? {
            // What it belongs to is not here (yet): it waits for it.
            let text = serde_json::to_string(shared_row).unwrap_or_default();
            tx.prepare_cached("INSERT OR REPLACE INTO team_orphan (tbl, uid, row) VALUES (?1, ?2, ?3)")?
                .execute(params![table.name, uid, text])?;
            return Ok(0);
        }
        // New here, or deleted here while another desk edited it: the edit is
        // kept, and what belonged to it here is asked of the server again.
        if !agreed.is_empty() {
            tx.prepare_cached("INSERT OR IGNORE INTO team_refetch (tbl, uid) VALUES (?1, ?2)")?
                .execute([table.name, &uid])?;
        }
        row::write(tx, table, &uid, &renumbered(tx, table, live)?, false)?;
        for (column, stamped) in &shared_row.fields {
            agreed.insert(column.clone(), stamp(stamped));
        }
        keep_numbered(tx, table, &uid, &mut agreed)?;
        base::keep(tx, table.name, &uid, &agreed)?;
        return Ok(0);
    };
    let mut writes = Fields::new();
    let mut conflicts = 0;
    let mut lost = Vec::new();
    for (column, theirs) in &shared_row.fields {
        let known = agreed.get(column);
        if known.is_some_and(|k| !k.before(theirs.clock, &theirs.desk)) {
            continue;
        }
        if table.name == "story_revision" && column == "number" {
            // Numbered on each desk (`renumbered`): another desk's number is not taken.
            agreed.insert(column.clone(), stamp(theirs));
            continue;
        }
        let ours = local.get(column).cloned().unwrap_or(Value::Null);
        // Never agreed: changed here only if waiting to be sent (a built-in
        // stop another desk corrected is not changed here).
        let changed_here = known.map_or(waiting.is_some(), |k| k.hash() != base::hash(&ours));
        if changed_here && base::hash(&ours) != base::hash(&theirs.value) {
            let mine = Stamped {
                value: ours,
                clock: waiting.unwrap_or_default(),
                desk: desk.id.to_string(),
                author: desk.author.to_string(),
            };
            let (kept, other) = if mine.after(theirs) { (&mine, theirs) } else { (theirs, &mine) };
            if !shared::BOOKKEEPING.contains(&column.as_str()) {
                record(tx, table, &uid, column, kept, other)?;
                conflicts += 1;
            }
            if table.name == "story" && shared::TEXT.contains(&column.as_str()) {
                lost.push((column.clone(), other.clone()));
            }
            if !mine.after(theirs) {
                writes.insert(column.clone(), theirs.value.clone());
            }
        } else if !changed_here && base::hash(&ours) != base::hash(&theirs.value) {
            writes.insert(column.clone(), theirs.value.clone());
        }
        agreed.insert(column.clone(), stamp(theirs));
    }
    if !writes.is_empty() {
        row::write(tx, table, &uid, &writes, true)?;
        keep_bookkeeping(tx, table, &uid, &local, &writes)?;
    }
    if !lost.is_empty() {
        keep_lost(tx, &uid, &lost)?;
    }
    keep_numbered(tx, table, &uid, &mut agreed)?;
    base::keep(tx, table.name, &uid, &agreed)?;
    Ok(conflicts)
}

/// Applies the rows waiting for their parents whose parents have come,
/// until no more can be; returns the conflicts found.
pub(crate) fn adopt_orphans(tx: &Connection, desk: &Desk) -> Result<usize> {
    let mut conflicts = 0;
    loop {
        let waiting: Vec<String> =
            tx.prepare("SELECT row FROM team_orphan")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        let mut adopted = 0;
        for text in waiting {
            let Ok(orphan) = serde_json::from_str::<SharedRow>(&text) else { continue };
            let Some(table) = shared::table(&orphan.table) else { continue };
            let live: Fields = orphan.fields.iter().map(|(c, s)| (c.clone(), s.value.clone())).collect();
            if parents_here(tx, table, &live)? {
                conflicts += apply(tx, desk, &orphan)?;
                adopted += 1;
            }
        }
        if adopted == 0 {
            return Ok(conflicts);
        }
    }
}

/// Ratings, stops and regions have triggers (migration 0011) that stamp a
/// change leaving `updated_at` as it was with now and this desk's editor: a
/// change from another desk keeps its own stamp. Found by the triggers
/// themselves, so a table given such a trigger later is covered too.
fn keep_bookkeeping(tx: &Connection, table: &SharedTable, uid: &str, local: &Fields, writes: &Fields) -> Result<()> {
    if writes.contains_key("updated_at") || !restamps(tx, table)? {
        return Ok(());
    }
    let stamp: Fields = ["updated_at", "author"]
        .into_iter()
        .filter_map(|c| writes.get(c).or_else(|| local.get(c)).map(|v| (c.to_string(), v.clone())))
        .collect();
    // Written only when the trigger did stamp the row: writing `updated_at`
    // unchanged would itself set the trigger off.
    let now = row::read(tx, table, uid)?.unwrap_or_default();
    if stamp.get("updated_at").is_some_and(|kept| now.get("updated_at") != Some(kept)) {
        row::write(tx, table, uid, &stamp, true)?;
    }
    Ok(())
}

/// Whether an update of the table's rows is restamped by a trigger.
fn restamps(tx: &Connection, table: &SharedTable) -> Result<bool> {
    let found = tx
        .prepare_cached(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?1
             AND sql LIKE '%AFTER UPDATE%' AND sql LIKE '%SET updated_at = strftime(%'",
        )?
        .query_row([table.name], |r| r.get(0))?;
    Ok(found)
}

/// Sends a row whole again, stamped after `after`, with the rows that belong
/// to it (a story's revisions and quote statuses went with its deletion).
fn send_again(tx: &Connection, table: &SharedTable, uid: &str, after: i64) -> Result<()> {
    base::forget(tx, table.name, uid)?;
    tx.prepare_cached("INSERT INTO team_outbox (tbl, uid, hlc) SELECT ?1, ?2, max(clock + 1, ?3) FROM team_desk")?
        .execute(params![table.name, uid, after])?;
    for (child, _, child_uid) in children(tx, table, uid)? {
        send_again(tx, child, &child_uid, after)?;
    }
    Ok(())
}

/// Whether a row that the row's deletion would take with it (a foreign key
/// `ON DELETE CASCADE`: a story's quote statuses and revisions, not the
/// fact-checks that merely point at it) has a change waiting to be pushed.
fn owned_waiting(tx: &Connection, table: &SharedTable, uid: &str) -> Result<bool> {
    for (child, column, child_uid) in children(tx, table, uid)? {
        let cascades: bool = tx
            .prepare_cached(
                "SELECT count(*) > 0 FROM pragma_foreign_key_list(?1) WHERE \"from\" = ?2 AND on_delete = 'CASCADE'",
            )?
            .query_row([child.name, column], |r| r.get(0))?;
        if cascades && (waiting_clock(tx, child.name, &child_uid)?.is_some() || owned_waiting(tx, child, &child_uid)?) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The shared rows pointing at a row: each one's table, the column that
/// points, and its uid.
fn children(
    tx: &Connection,
    table: &SharedTable,
    uid: &str,
) -> Result<Vec<(&'static SharedTable, &'static str, String)>> {
    let mut found = Vec::new();
    for child in shared::SHARED {
        for (column, parent) in child.links.iter().filter(|(_, parent)| *parent == table.name) {
            let sql = format!(
                "SELECT uid FROM \"{}\" WHERE \"{column}\" = (SELECT id FROM \"{parent}\" WHERE uid = ?1) AND uid IS NOT NULL",
                child.name
            );
            for child_uid in tx.prepare(&sql)?.query_map([uid], |r| r.get::<_, String>(0))? {
                found.push((child, *column, child_uid?));
            }
        }
    }
    Ok(found)
}

/// Whether every row this one points at is on the desk.
fn parents_here(tx: &Connection, table: &SharedTable, live: &Fields) -> Result<bool> {
    for (column, parent) in table.links {
        if let Some(Value::String(uid)) = live.get(*column) {
            if !row::exists(tx, parent, uid)? {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// A story's headline or body that lost a conflict is kept as a revision of
/// the story, under its editor's name: a revision this desk makes, so it is
/// shared like any other.
fn keep_lost(tx: &Connection, uid: &str, lost: &[(String, Stamped)]) -> Result<()> {
    let text = |field: &str| lost.iter().find(|(c, _)| c == field).and_then(|(_, s)| s.value.as_str());
    let author = lost.first().map_or("", |(_, s)| s.author.as_str());
    tx.execute("UPDATE team_desk SET applying = 0", [])?;
    crate::revisions::keep_lost_text(tx, uid, text("headline"), text("body"), author)?;
    tx.execute("UPDATE team_desk SET applying = 1", [])?;
    Ok(())
}

fn stamp(stamped: &Stamped) -> Agreed {
    Agreed(base::hash(&stamped.value), stamped.clock, stamped.desk.clone())
}

/// A revision's number counts per story on each desk: two desks that saved
/// the same story apart both made revision N, so the one applied second is
/// numbered after the story's last.
fn renumbered(tx: &Connection, table: &SharedTable, mut live: Fields) -> Result<Fields> {
    if table.name != "story_revision" {
        return Ok(live);
    }
    let (Some(Value::String(story)), Some(number)) = (live.get("story_id"), live.get("number").and_then(Value::as_i64))
    else {
        return Ok(live);
    };
    let last: Option<i64> = tx.query_row(
        "SELECT max(r.number) FROM story_revision r JOIN story s ON s.id = r.story_id
         WHERE s.uid = ?1 AND EXISTS (SELECT 1 FROM story_revision t WHERE t.story_id = r.story_id AND t.number = ?2)",
        params![story, number],
        |r| r.get(0),
    )?;
    if let Some(last) = last {
        live.insert("number".into(), Value::from(last + 1));
    }
    Ok(live)
}

/// The number a revision has on this desk is what this desk agrees it is,
/// so that a renumbered revision is not sent back.
fn keep_numbered(tx: &Connection, table: &SharedTable, uid: &str, agreed: &mut Base) -> Result<()> {
    if table.name != "story_revision" {
        return Ok(());
    }
    if let (Some(fields), Some(number)) = (row::read(tx, table, uid)?, agreed.get_mut("number")) {
        number.0 = base::hash(fields.get("number").unwrap_or(&Value::Null));
    }
    Ok(())
}

/// The clock of this desk's latest change to the row still waiting to be pushed.
fn waiting_clock(conn: &Connection, table: &str, uid: &str) -> Result<Option<i64>> {
    let clock = conn
        .prepare_cached("SELECT max(hlc) FROM team_outbox WHERE tbl = ?1 AND uid = ?2")?
        .query_row([table, uid], |r| r.get(0))?;
    Ok(clock)
}

fn record(tx: &Connection, table: &SharedTable, uid: &str, field: &str, kept: &Stamped, other: &Stamped) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO team_conflict (tbl, uid, field, kept, kept_author, kept_clock, other, other_author, other_clock, found_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        table.name,
        uid,
        field,
        kept.value.to_string(),
        kept.author,
        kept.clock,
        other.value.to_string(),
        other.author,
        other.clock,
        now()
    ])?;
    Ok(())
}
