//! Schema migrations: the numbered SQL files of `migrations/`, applied in order.
//!
//! The files are compiled into the binary, so a library always meets the
//! schema its Attaché was built with. `PRAGMA user_version` records how many
//! have been applied; all pending ones run in one transaction, so an upgrade
//! either completes or leaves the library exactly as it was.

use rusqlite::Connection;

/// One migration: its file name (for messages) and its SQL.
pub struct Migration {
    /// The file name under `migrations/`, such as `0001_library.sql`.
    pub name: &'static str,
    /// The SQL, run as one batch.
    pub sql: &'static str,
}

// Append only: a released file never changes.
include!(concat!(env!("OUT_DIR"), "/migrations.rs"));

/// The schema version this binary writes: the number of migrations it has.
pub fn supported_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// The library's schema version, from `PRAGMA user_version`.
pub fn current_version(conn: &Connection) -> rusqlite::Result<u32> {
    // SQLite keeps a signed 32-bit number: a version of 2³¹ or more reads
    // back negative, and is the same bits as an unsigned one.
    conn.query_row("PRAGMA user_version", [], |row| row.get::<_, i64>(0)).map(|v| v as i32 as u32)
}

/// Applies the migrations after the library's version, up to `target`, in one
/// transaction. Returns the version reached.
pub fn migrate_to(conn: &mut Connection, target: u32) -> rusqlite::Result<u32> {
    let from = current_version(conn)?;
    if from >= target {
        return Ok(from);
    }
    register_functions(conn)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    for migration in &MIGRATIONS[from as usize..target as usize] {
        tx.execute_batch(migration.sql)?;
    }
    tx.pragma_update(None, "user_version", target)?;
    tx.commit()?;
    Ok(target)
}

/// The functions of Attaché's own that migrations call: `quote_anchor(text)`,
/// the anchor the analyzer gives a quote of these words (0012 keys the
/// editor's corrections by it).
fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function("quote_anchor", 1, flags, |ctx| {
        Ok(ctx.get::<Option<String>>(0)?.map(|text| crate::analysis::quote_anchor(&text)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migration_files_are_numbered_in_order() {
        for (index, migration) in MIGRATIONS.iter().enumerate() {
            let expected = format!("{:04}_", index + 1);
            assert!(migration.name.starts_with(&expected), "{} should start with {expected}", migration.name);
        }
    }

    #[test]
    fn every_migration_applies_to_an_empty_database() {
        let mut conn = Connection::open_in_memory().unwrap();
        let reached = migrate_to(&mut conn, supported_version()).unwrap();
        assert_eq!(reached, supported_version());
        assert_eq!(current_version(&conn).unwrap(), supported_version());
    }

    #[test]
    fn a_failing_migration_leaves_the_version_unchanged() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, 1).unwrap();
        conn.execute_batch("CREATE TABLE story_search (x)").unwrap();
        assert!(migrate_to(&mut conn, 2).is_err());
        assert_eq!(current_version(&conn).unwrap(), 1);
    }
}
