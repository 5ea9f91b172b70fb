//! The team library on this desk: joining and leaving it, the changes
//! waiting for the server, applying the server's rows, and the conflicts
//! found. The server side (PostgreSQL) is crate `attache-team`'s; this
//! module is what the desk keeps in its own library, and the one writer of
//! shared rows that come from other desks (by the declaration in `shared.rs`).

mod apply;
mod base;
mod conflicts;
mod natural;
mod outbox;
mod row;
mod shared;
mod wire;

pub use conflicts::Conflict;
pub use shared::links_to;
pub use wire::{Change, SharedRow, Stamped, StampedFields};

use crate::error::Result;
use crate::library::Library;
use rusqlite::OptionalExtension;
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

/// The library's team membership, changes waiting and conflicts.
pub struct Team<'a> {
    pub(crate) library: &'a Library,
}

/// This desk's membership of a team library.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Membership {
    /// This desk's id.
    pub desk: String,
    /// The server's address, without its password.
    pub server: String,
    /// The team library's id on the server.
    pub library: String,
    /// The server's sequence this desk has applied up to.
    pub pulled: i64,
    /// When the desk last synced, if it has.
    pub last_sync: Option<String>,
}

/// Where the desk stands with its team library (`attache team status --json`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct TeamStatus {
    /// The server's address, without its password.
    pub server: String,
    /// The team library's id.
    pub library: String,
    /// When the desk last synced.
    pub last_sync: Option<String>,
    /// Shared rows changed here and not yet on the server.
    pub waiting: i64,
    /// Conflicts found and not yet resolved.
    pub conflicts: i64,
}

/// What a sync did (`attache team sync --json`).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct SyncReport {
    /// Changes of this desk the server took.
    pub pushed: usize,
    /// Rows of the server applied here.
    pub pulled: usize,
    /// Conflicts found.
    pub conflicts: usize,
}

/// How far a sync's pull has come: rows applied of those to pull.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct SyncProgress {
    pub done: usize,
    pub total: usize,
}

impl Team<'_> {
    /// The desk's membership, or `None` when it works alone.
    pub fn membership(&self) -> Result<Option<Membership>> {
        Ok(self
            .library
            .conn()
            .query_row("SELECT desk, server, library, pulled, last_sync FROM team_desk", [], |r| {
                Ok(Membership {
                    desk: r.get(0)?,
                    server: r.get(1)?,
                    library: r.get(2)?,
                    pulled: r.get(3)?,
                    last_sync: r.get(4)?,
                })
            })
            .optional()?)
    }

    /// Joins the team library `library` on `server`: the desk gets an id,
    /// and every shared row it holds waits to be pushed.
    pub fn join(&self, server: &str, library: &str) -> Result<Membership> {
        self.library.write(|tx| {
            tx.execute("DELETE FROM team_desk", [])?;
            tx.execute(
                "INSERT INTO team_desk (one, desk, server, library, clock)
                 VALUES (1, lower(hex(randomblob(16))), ?1, ?2, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))",
                [server, library],
            )?;
            tx.execute("DELETE FROM team_outbox", [])?;
            tx.execute("DELETE FROM team_base", [])?;
            tx.execute("DELETE FROM team_orphan", [])?;
            tx.execute("DELETE FROM team_refetch", [])?;
            for table in shared::SHARED {
                let sql = format!(
                    "INSERT INTO team_outbox (tbl, uid, hlc) SELECT ?1, uid, (SELECT clock FROM team_desk) FROM ({})",
                    table.shared_uids()
                );
                tx.execute(&sql, [table.name])?;
            }
            Ok(())
        })?;
        self.membership()?.ok_or_else(|| crate::Error::Internal("the desk's membership was not kept".into()))
    }

    /// Leaves the team library: the desk keeps its library, and records no
    /// more changes for a server. Conflicts found stay until resolved.
    pub fn leave(&self) -> Result<()> {
        self.library.write(|tx| {
            tx.execute("DELETE FROM team_desk", [])?;
            tx.execute("DELETE FROM team_outbox", [])?;
            tx.execute("DELETE FROM team_base", [])?;
            tx.execute("DELETE FROM team_orphan", [])?;
            tx.execute("DELETE FROM team_refetch", [])?;
            Ok(())
        })
    }

    /// Where the desk stands, or `None` when it works alone.
    pub fn status(&self) -> Result<Option<TeamStatus>> {
        let Some(membership) = self.membership()? else { return Ok(None) };
        let conn = self.library.conn();
        let waiting =
            conn.query_row("SELECT count(*) FROM (SELECT DISTINCT tbl, uid FROM team_outbox)", [], |r| r.get(0))?;
        let conflicts =
            conn.query_row("SELECT count(*) FROM team_conflict WHERE resolved_at IS NULL", [], |r| r.get(0))?;
        Ok(Some(TeamStatus {
            server: membership.server,
            library: membership.library,
            last_sync: membership.last_sync,
            waiting,
            conflicts,
        }))
    }

    /// The changes waiting for the server, for at most `limit` rows, parents
    /// first. Rows with a natural key are first given the uid every desk
    /// gives them (`natural.rs`).
    pub fn waiting(&self, limit: usize) -> Result<Vec<Change>> {
        let Some(membership) = self.membership()? else { return Ok(Vec::new()) };
        self.library.write(|tx| {
            tx.execute("UPDATE team_desk SET applying = 1", [])?;
            natural::name_waiting_rows(tx)?;
            tx.execute("UPDATE team_desk SET applying = 0", [])?;
            Ok(())
        })?;
        let author = self.library.editor_name()?.unwrap_or_default();
        outbox::waiting(self.library.conn(), &membership.desk, &author, limit)
    }

    /// The server has these changes, and nothing of other desks' up to its
    /// row `pulled`: they leave the outbox, and the desk is up to date there.
    pub fn acknowledge(&self, changes: &[Change], pulled: i64) -> Result<()> {
        self.library.write(|tx| {
            outbox::acknowledge(tx, changes)?;
            tx.execute("UPDATE team_desk SET pulled = max(pulled, ?1)", [pulled])?;
            Ok(())
        })
    }

    /// The rows these rows point at that are neither on the desk nor among
    /// them, as (table, uid): the server is asked for them first.
    pub fn missing_parents(&self, rows: &[SharedRow]) -> Result<Vec<(String, String)>> {
        let mut missing = Vec::new();
        for shared_row in rows {
            let Some(table) = shared::table(&shared_row.table) else { continue };
            for (column, parent) in table.links {
                let Some(serde_json::Value::String(uid)) = shared_row.fields.get(*column).map(|s| &s.value) else {
                    continue;
                };
                let in_batch = rows.iter().any(|r| r.table == *parent && &r.uid == uid);
                let pair = (parent.to_string(), uid.clone());
                if !in_batch && !missing.contains(&pair) && !row::exists(self.library.conn(), parent, uid)? {
                    missing.push(pair);
                }
            }
        }
        Ok(missing)
    }

    /// Applies the server's rows in one transaction, parents first, and
    /// notes that the desk has everything up to `pulled`. Returns the
    /// number of conflicts found.
    pub fn apply(&self, rows: &[SharedRow], pulled: i64) -> Result<usize> {
        let Some(membership) = self.membership()? else { return Ok(0) };
        let author = self.library.editor_name()?.unwrap_or_default();
        let desk = apply::Desk { id: &membership.desk, author: &author };
        let mut ordered: Vec<&SharedRow> = rows.iter().collect();
        ordered.sort_by_key(|r| (shared::rank(&r.table), r.seq));
        let latest = rows.iter().flat_map(|r| r.fields.values().map(|f| f.clock)).max().unwrap_or_default();
        self.library.write(|tx| {
            tx.execute("UPDATE team_desk SET applying = 1", [])?;
            let mut conflicts = 0;
            for shared_row in ordered {
                conflicts += apply::apply(tx, &desk, shared_row)?;
            }
            conflicts += apply::adopt_orphans(tx, &desk)?;
            tx.execute(
                "UPDATE team_desk SET applying = 0, pulled = max(pulled, ?1), clock = max(clock, ?2)",
                [pulled, latest],
            )?;
            Ok(conflicts)
        })
    }

    /// Every shared row on the desk as the wire carries it, by (table, uid):
    /// what the desks and the server must agree on once all have synced.
    pub fn shared_rows(&self) -> Result<BTreeMap<(String, String), BTreeMap<String, serde_json::Value>>> {
        let conn = self.library.conn();
        let mut rows = BTreeMap::new();
        for table in shared::SHARED {
            let sql = table.shared_uids();
            let uids: Vec<String> =
                conn.prepare(&sql)?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            for uid in uids {
                if let Some(fields) = row::read(conn, table, &uid)? {
                    rows.insert((table.name.to_string(), uid), fields);
                }
            }
        }
        Ok(rows)
    }

    /// Rows brought back here whose own rows the server is to send again.
    pub fn refetch(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.library.conn().prepare("SELECT tbl, uid FROM team_refetch")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }

    /// The server sent these rows' own rows again.
    pub fn refetched(&self, rows: &[(String, String)]) -> Result<()> {
        self.library.write(|tx| {
            let mut remove = tx.prepare_cached("DELETE FROM team_refetch WHERE tbl = ?1 AND uid = ?2")?;
            for (table, uid) in rows {
                remove.execute([table, uid])?;
            }
            Ok(())
        })
    }

    /// Notes that a sync finished now.
    pub fn synced(&self) -> Result<()> {
        self.library.write(|tx| {
            tx.execute("UPDATE team_desk SET last_sync = ?1", [crate::clock::now()])?;
            Ok(())
        })
    }
}
