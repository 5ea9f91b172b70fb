//! What the team library needs of the travel records beyond
//! their rows: a region's members as one field, and an official's term kept
//! in step when another desk's stop arrives.

use crate::error::Result;
use rusqlite::{params, Connection};

/// A region's members (country ids), in order.
pub(crate) fn region_members(conn: &Connection, region: i64) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT country_id FROM region_member WHERE region_id = ?1 ORDER BY country_id")?;
    let members = stmt.query_map([region], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(members)
}

/// Replaces a region's members with these country ids.
pub(crate) fn set_region_members(tx: &Connection, region: i64, members: &[String]) -> Result<()> {
    tx.prepare_cached("DELETE FROM region_member WHERE region_id = ?1")?.execute([region])?;
    let mut insert =
        tx.prepare_cached("INSERT OR IGNORE INTO region_member (region_id, country_id) VALUES (?1, ?2)")?;
    for member in members {
        insert.execute(params![region, member])?;
    }
    Ok(())
}

/// A stop arrived or changed: its official's term follows it.
pub(crate) fn stop_changed(tx: &Connection, stop: i64) -> Result<()> {
    let official = tx.query_row("SELECT official_id FROM stop WHERE id = ?1", [stop], |r| r.get(0));
    if let Ok(official) = official {
        super::import::update_term(tx, official)?;
    }
    Ok(())
}
