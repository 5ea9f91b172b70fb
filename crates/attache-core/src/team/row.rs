//! A shared row on this desk, read as the wire carries it (fields by column,
//! links as the uids of the rows they point at) and written back from it.
//! Column names from the server are checked against the table's own.

use super::shared::{SharedTable, MEMBERS, TAGS};
use crate::error::{Error, Result};
use rusqlite::types::{Value as Sql, ValueRef};
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;
use std::collections::BTreeMap;

/// A row's shared fields by column.
pub(crate) type Fields = BTreeMap<String, Value>;

/// The shared columns of a table: every column but its local ones and its
/// `uid`, which names the row rather than being one of its fields.
pub(crate) fn columns(conn: &Connection, table: &SharedTable) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM pragma_table_info(?1)")?;
    let names = stmt.query_map([table.name], |row| row.get::<_, String>(0))?;
    let mut shared = Vec::new();
    for name in names {
        let name = name?;
        if name != "uid" && !table.local.contains(&name.as_str()) {
            shared.push(name);
        }
    }
    Ok(shared)
}

/// The row with this uid, as the wire carries it, or `None`.
pub(crate) fn read(conn: &Connection, table: &SharedTable, uid: &str) -> Result<Option<Fields>> {
    let columns = columns(conn, table)?;
    let list = columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ");
    let sql = format!("SELECT {list} FROM \"{}\" WHERE uid = ?1", table.name);
    let mut stmt = conn.prepare_cached(&sql)?;
    let values: Option<Vec<Value>> =
        stmt.query_row([uid], |row| (0..columns.len()).map(|i| row.get_ref(i).map(json)).collect()).optional()?;
    let Some(values) = values else { return Ok(None) };
    let mut fields = Fields::new();
    for (column, value) in columns.into_iter().zip(values) {
        let value = match (table.link(&column), value) {
            (Some(target), Value::Number(id)) => uid_of(conn, target, id.as_i64().unwrap_or_default())?,
            (_, value) => value,
        };
        fields.insert(column, value);
    }
    if table.name == "story" {
        let id = local_id(conn, "story", uid)?.unwrap_or_default();
        fields.insert(TAGS.into(), serde_json::to_value(crate::stories::tags_of(conn, id)?).unwrap_or_default());
    }
    if table.name == "region" {
        let id = local_id(conn, "region", uid)?.unwrap_or_default();
        fields.insert(MEMBERS.into(), Value::from(crate::travels::region_members(conn, id)?));
    }
    Ok(Some(fields))
}

/// Writes fields to the row with this uid: an update when it exists, else
/// a new row (then `fields` must hold every column the table requires).
/// Returns the row's local id, where the table has one.
pub(crate) fn write(tx: &Connection, table: &SharedTable, uid: &str, fields: &Fields, exists: bool) -> Result<()> {
    let known = columns(tx, table)?;
    let mut names = Vec::new();
    let mut values = Vec::new();
    for (column, value) in fields {
        if column == TAGS && table.name == "story" || column == MEMBERS && table.name == "region" {
            continue;
        }
        if !known.contains(column) {
            return Err(Error::InvalidInput(format!(
                "the team library sent a field `{column}` that {} does not have",
                table.name
            )));
        }
        let value = match (table.link(column), value) {
            (Some(target), Value::String(uid)) => local_id(tx, target, uid)?.map_or(Sql::Null, Sql::Integer),
            (_, value) => sql(value),
        };
        names.push(format!("\"{column}\""));
        values.push(value);
    }
    values.push(Sql::Text(uid.to_string()));
    if exists && !names.is_empty() {
        let set = names.iter().enumerate().map(|(i, n)| format!("{n} = ?{}", i + 1)).collect::<Vec<_>>();
        let sql = format!("UPDATE \"{}\" SET {} WHERE uid = ?{}", table.name, set.join(", "), values.len());
        tx.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(values))?;
    } else if !exists {
        if table.name == "stop" {
            // When it came to this desk: its own, as a record imported here.
            names.push("imported_at".into());
            values.insert(values.len() - 1, Sql::Text(crate::clock::now()));
        }
        names.push("uid".into());
        let marks = (1..=values.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
        let sql = format!("INSERT INTO \"{}\" ({}) VALUES ({marks})", table.name, names.join(", "));
        tx.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(values))?;
    }
    if table.name == "story" {
        let id = local_id(tx, "story", uid)?.unwrap_or_default();
        if let Some(tags) = fields.get(TAGS) {
            let tags: Vec<String> = serde_json::from_value(tags.clone()).unwrap_or_default();
            crate::stories::set_tags(tx, id, &tags)?;
        }
        if !exists || fields.contains_key("body") || fields.contains_key("headline") {
            crate::stories::mark_unread(tx, id)?;
        }
    }
    if table.name == "region" {
        if let Some(members) = fields.get(MEMBERS) {
            let id = local_id(tx, "region", uid)?.unwrap_or_default();
            let members: Vec<String> = serde_json::from_value(members.clone()).unwrap_or_default();
            crate::travels::set_region_members(tx, id, &members)?;
        }
    }
    if table.name == "stop" {
        let id = local_id(tx, "stop", uid)?.unwrap_or_default();
        crate::travels::stop_changed(tx, id)?;
    }
    if table.name == "person_event" && !exists {
        let text = |column: &str| fields.get(column).and_then(Value::as_str).unwrap_or_default().to_string();
        let names: Vec<String> = serde_json::from_str(&text("names")).unwrap_or_default();
        crate::people::replay(tx, &text("kind"), &names, &text("kept"))?;
    }
    if table.name == "source" && (!exists || fields.contains_key("body")) {
        let id = local_id(tx, "source", uid)?.unwrap_or_default();
        crate::sources::keep_turns(tx, id)?;
    }
    Ok(())
}

/// Deletes the row with this uid.
pub(crate) fn delete(tx: &Connection, table: &SharedTable, uid: &str) -> Result<()> {
    tx.prepare_cached(&format!("DELETE FROM \"{}\" WHERE uid = ?1", table.name))?.execute([uid])?;
    Ok(())
}

/// Changes a row's uid (two desks made the same rating apart; one id stays).
pub(crate) fn rename(tx: &Connection, table: &SharedTable, from: &str, to: &str) -> Result<()> {
    tx.prepare_cached(&format!("UPDATE \"{}\" SET uid = ?2 WHERE uid = ?1", table.name))?.execute([from, to])?;
    Ok(())
}

/// The uid of the row that has the same natural key as these fields: the
/// first key the fields have every column of.
pub(crate) fn same_row(conn: &Connection, table: &SharedTable, fields: &Fields) -> Result<Option<String>> {
    'keys: for key in table.natural {
        let mut conditions = Vec::new();
        let mut values = Vec::new();
        for column in *key {
            let value = match (table.link(column), fields.get(*column)) {
                // An incomplete key names no row: the next key may.
                (_, None | Some(Value::Null)) => continue 'keys,
                (Some(target), Some(Value::String(uid))) => {
                    local_id(conn, target, uid)?.map_or(Sql::Null, Sql::Integer)
                }
                (_, Some(value)) => sql(value),
            };
            values.push(value);
            conditions.push(format!("\"{column}\" = ?{}", values.len()));
        }
        let sql = format!("SELECT uid FROM \"{}\" WHERE {}", table.name, conditions.join(" AND "));
        let found =
            conn.prepare_cached(&sql)?.query_row(rusqlite::params_from_iter(values), |r| r.get(0)).optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

/// Whether a row of this table with this uid is on the desk.
pub(crate) fn exists(conn: &Connection, table: &str, uid: &str) -> Result<bool> {
    let sql = format!("SELECT 1 FROM \"{table}\" WHERE uid = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row([uid], |_| Ok(())).optional()?.is_some())
}

fn local_id(conn: &Connection, table: &str, uid: &str) -> Result<Option<i64>> {
    let sql = format!("SELECT id FROM \"{table}\" WHERE uid = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row(params![uid], |r| r.get(0)).optional()?)
}

fn uid_of(conn: &Connection, table: &str, id: i64) -> Result<Value> {
    Ok(uid_of_id(conn, table, id)?.map_or(Value::Null, Value::String))
}

/// The uid of the row of `table` with local id `id`.
pub(crate) fn uid_of_id(conn: &Connection, table: &str, id: i64) -> Result<Option<String>> {
    let sql = format!("SELECT uid FROM \"{table}\" WHERE id = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row([id], |r| r.get(0)).optional()?)
}

fn json(value: ValueRef<'_>) -> Value {
    match value {
        ValueRef::Null | ValueRef::Blob(_) => Value::Null,
        ValueRef::Integer(i) => Value::from(i),
        ValueRef::Real(f) => Value::from(f),
        ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
    }
}

fn sql(value: &Value) -> Sql {
    match value {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::Number(n) => n.as_i64().map_or_else(|| Sql::Real(n.as_f64().unwrap_or_default()), Sql::Integer),
        Value::String(s) => Sql::Text(s.clone()),
        other => Sql::Text(other.to_string()),
    }
}
