//! Damaged libraries: what can still be read of one (`attache check`, when
//! SQLite reports damage), and copying every readable row into a new
//! library (`attache salvage OLD NEW`), so an editor without a backup loses
//! only what the damage took. The damaged file is opened read-only and
//! never changed.

use crate::error::{Error, Result};
use crate::library::Library;
use crate::migrate;
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::path::Path;

/// One table of a damaged library: its rows, or why they cannot be counted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableState {
    pub name: String,
    pub rows: Option<i64>,
    pub problem: Option<String>,
}

/// What `attache check` reports of a library SQLite finds damaged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DamageReport {
    pub path: String,
    /// `PRAGMA integrity_check` lines, or the error that stopped it.
    pub integrity: Vec<String>,
    pub tables: Vec<TableState>,
    /// How to recover, in words.
    pub advice: String,
}

/// What `attache salvage` copied of each table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableCopy {
    pub name: String,
    pub copied: usize,
    /// Rows read but refused by the new library (a broken constraint).
    pub skipped: usize,
    /// False when damage stopped the reading somewhere: rows on a damaged
    /// page are lost.
    pub complete: bool,
}

/// The result of `attache salvage`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SalvageReport {
    pub from: String,
    pub to: String,
    pub tables: Vec<TableCopy>,
}

/// Reads what it can of the library at `path`, changing nothing.
pub fn inspect(path: &Path) -> Result<DamageReport> {
    let conn = open_read_only(path)?;
    let integrity = match integrity_lines(&conn) {
        Ok(lines) => lines,
        Err(e) => vec![format!("the check stopped: {e}")],
    };
    let tables = match table_names(&conn) {
        Ok(names) => names.into_iter().map(|name| count(&conn, name)).collect(),
        Err(e) => vec![TableState { name: "sqlite_master".into(), rows: None, problem: Some(e.to_string()) }],
    };
    let advice = format!(
        "restore a backup (`attache --library {0} restore BACKUP`), or copy every readable story, source and \
         fact-check into a new library (`attache salvage {0} NEW`)",
        path.display()
    );
    Ok(DamageReport { path: path.display().to_string(), integrity, tables, advice })
}

/// Copies every readable row of the library at `old` into a new library at
/// `new` (which must not exist), then brings it up to date. Derived data
/// (the search index) is rebuilt as the rows arrive.
pub fn salvage(old: &Path, new: &Path) -> Result<SalvageReport> {
    if new.exists() {
        return Err(Error::InvalidInput(format!("{} exists: salvage writes a new library only", new.display())));
    }
    let source = open_read_only(old)?;
    let version = migrate::current_version(&source).map_err(|e| Error::from_sqlite(old, e))?;
    let supported = migrate::supported_version();
    if version > supported {
        return Err(Error::LibraryTooNew { path: old.to_path_buf(), found: version, supported });
    }
    if version == 0 {
        return Err(Error::NotALibrary { path: old.to_path_buf() });
    }
    let target = Library::open_at(new, version)?;
    let names = copyable_tables(target.conn())?;
    target.conn().pragma_update(None, "foreign_keys", false)?;
    let tables =
        target.write(|tx| names.iter().map(|name| copy_table(&source, tx, name)).collect::<Result<Vec<_>>>())?;
    drop(target);
    Library::open(new)?;
    Ok(SalvageReport { from: old.display().to_string(), to: new.display().to_string(), tables })
}

fn open_read_only(path: &Path) -> Result<Connection> {
    if !path.is_file() {
        return Err(Error::InvalidInput(format!("{} is not a library file", path.display())));
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Connection::open_with_flags(path, flags).map_err(|e| Error::from_sqlite(path, e))
}

fn integrity_lines(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let lines = stmt.query_map([], |row| row.get(0))?.collect();
    lines
}

fn table_names(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")?;
    let names = stmt.query_map([], |row| row.get(0))?.collect();
    names
}

fn count(conn: &Connection, name: String) -> TableState {
    match conn.query_row(&format!("SELECT count(*) FROM \"{}\"", name.replace('"', "\"\"")), [], |r| r.get(0)) {
        Ok(rows) => TableState { name, rows: Some(rows), problem: None },
        Err(e) => TableState { name, rows: None, problem: Some(e.to_string()) },
    }
}

/// The tables whose rows are the library's own, in the order the migrations
/// made them (parents before children): not SQLite's, and not the search
/// index, which the new library builds from the stories.
fn copyable_tables(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'story_search%' ORDER BY rowid",
    )?;
    let names = stmt.query_map([], |row| row.get(0))?.collect::<Result<Vec<String>, _>>()?;
    Ok(names)
}

/// Copies one table's readable rows, so that a damaged page costs only the
/// rows on it: a table with row ids is read on past the damage (from the
/// next row id that can be reached), one without them up to it.
fn copy_table(source: &Connection, target: &rusqlite::Transaction, name: &str) -> Result<TableCopy> {
    let quoted = format!("\"{}\"", name.replace('"', "\"\""));
    let mut copy = TableCopy { name: name.to_string(), copied: 0, skipped: 0, complete: true };
    let columns = target.prepare(&format!("SELECT * FROM {quoted}"))?.column_count();
    let marks = vec!["?"; columns].join(", ");
    let mut write = target.prepare(&format!("INSERT OR REPLACE INTO {quoted} VALUES ({marks})"))?;
    let mut put = |values: Vec<Value>| match write.execute(rusqlite::params_from_iter(values)) {
        Ok(_) => copy.copied += 1,
        Err(_) => copy.skipped += 1,
    };
    let has_rowid = source.prepare(&format!("SELECT rowid FROM {quoted} LIMIT 0")).is_ok();
    if !has_rowid {
        copy.complete = walk(source, &format!("SELECT * FROM {quoted}"), [], columns, 0, &mut |_, v| put(v)).is_some();
        return Ok(copy);
    }
    let last: Option<i64> =
        source.query_row(&format!("SELECT max(rowid) FROM {quoted}"), [], |r| r.get(0)).unwrap_or(None);
    let sql = format!("SELECT * FROM {quoted} WHERE rowid >= ?1 ORDER BY rowid");
    let rowid_sql = format!("SELECT rowid FROM {quoted} WHERE rowid >= ?1 ORDER BY rowid");
    let mut from = i64::MIN;
    let mut skip = 1;
    loop {
        let mut reached = from;
        let done = walk(source, &sql, [from], columns, 1, &mut |id, v| {
            reached = id;
            put(v)
        });
        if done.is_some() {
            break;
        }
        copy.complete = false;
        // Past the damage: the next row id an index seek still reaches.
        let base = if reached == i64::MIN { 0 } else { reached };
        let next = (base.saturating_add(skip)..=last.unwrap_or(i64::MIN))
            .step_by(skip as usize)
            .take(64)
            .find_map(|id| source.query_row(&rowid_sql, [id], |r| r.get::<_, i64>(0)).ok());
        match next {
            Some(id) if id > reached => from = id,
            _ => break,
        }
        skip = skip.saturating_mul(2).min(1 << 20);
    }
    Ok(copy)
}

/// Reads the rows of `sql` (with the row id first when `rowid_first`),
/// handing each row's values to `each`; `None` when damage stopped it.
fn walk<P: rusqlite::Params>(
    source: &Connection,
    sql: &str,
    params: P,
    columns: usize,
    rowid_first: usize,
    each: &mut dyn FnMut(i64, Vec<Value>),
) -> Option<()> {
    let sql = if rowid_first == 1 { sql.replacen("SELECT *", "SELECT rowid, *", 1) } else { sql.to_string() };
    let mut read = source.prepare(&sql).ok()?;
    let mut rows = read.query(params).ok()?;
    loop {
        let row = rows.next().ok()?;
        let Some(row) = row else { return Some(()) };
        let id = if rowid_first == 1 { row.get::<_, i64>(0).ok()? } else { 0 };
        let values = (rowid_first..rowid_first + columns)
            .map(|i| row.get::<_, Value>(i))
            .collect::<rusqlite::Result<Vec<_>>>()
            .ok()?;
        each(id, values);
    }
}
