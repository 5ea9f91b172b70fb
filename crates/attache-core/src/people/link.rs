//! Linking a story to person records as it is read: each name the story
//! gives is looked up among the names records are known by; a surname alone
//! goes to the one person whose full name ends with it; any other name
//! starts a record of its own.

use crate::analysis::Person;
use crate::clock::now;
use crate::error::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};

/// Replaces the people a story names with those of its latest reading, and
/// forgets records no story names any more unless the editor worked on them.
pub(crate) fn link_story_people(conn: &Connection, story_id: i64, people: &[Person]) -> Result<()> {
    let before: Vec<i64> = conn
        .prepare_cached("SELECT DISTINCT person_id FROM story_person WHERE story_id = ?1")?
        .query_map([story_id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    conn.execute("DELETE FROM story_person WHERE story_id = ?1", [story_id])?;
    let mut insert = conn.prepare_cached(
        "INSERT OR REPLACE INTO story_person (story_id, person_id, name, titles, mentions)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for person in people {
        let id = record_for(conn, &person.name, person.organization)?;
        let titles = serde_json::to_string(&person.titles).map_err(|e| Error::Corrupt(e.to_string()))?;
        insert.execute(params![story_id, id, person.name, titles, person.mentions as i64])?;
    }
    let mut forget = conn.prepare_cached(
        "DELETE FROM person WHERE id = ?1 AND edited = 0
         AND NOT EXISTS (SELECT 1 FROM story_person WHERE person_id = ?1)",
    )?;
    for id in before {
        forget.execute([id])?;
    }
    Ok(())
}

/// The record a name belongs to, made if no record has it.
fn record_for(conn: &Connection, name: &str, organization: bool) -> Result<i64> {
    let known: Option<i64> = conn
        .prepare_cached("SELECT person_id FROM person_name WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?;
    if let Some(id) = known {
        return Ok(id);
    }
    if !organization && !name.contains(' ') {
        let owners: Vec<i64> = conn
            .prepare_cached(
                "SELECT DISTINCT n.person_id FROM person_name n JOIN person p ON p.id = n.person_id
                 WHERE p.organization = 0 AND n.name LIKE '% ' || ?1",
            )?
            .query_map([name], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        if let [only] = owners[..] {
            conn.execute("INSERT INTO person_name (name, person_id) VALUES (?1, ?2)", params![name, only])?;
            return Ok(only);
        }
    }
    conn.execute(
        "INSERT INTO person (name, organization, created_at) VALUES (?1, ?2, ?3)",
        params![name, organization, now()],
    )?;
    let id = conn.last_insert_rowid();
    conn.execute("INSERT INTO person_name (name, person_id) VALUES (?1, ?2)", params![name, id])?;
    Ok(id)
}
