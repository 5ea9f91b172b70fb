//! Pushing the desk's waiting changes: one PostgreSQL transaction per batch,
//! under the team library's lock, refused when another desk pushed since this
//! one last pulled (it pulls, finds any conflict, and pushes again). Each
//! change is applied once per (desk, seq): a retry after a crash or a lost
//! connection finds it in `team_change` and leaves it be.

use crate::connect::server_error;
use attache_core::team::{Change, SharedRow};
use attache_core::{Library, Result};
use serde_json::Value;
use tokio_postgres::Client;

/// Changes sent per transaction.
const BATCH: usize = 500;

/// How a push ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Pushed {
    /// Everything waiting is on the server: this many changes.
    Done(usize),
    /// Another desk pushed first: pull, then push again (this many were sent before).
    Behind(usize),
}

/// Pushes every waiting change, batch by batch.
pub async fn push(client: &mut Client, library: &Library, server: &str) -> Result<Pushed> {
    let failed = |e| server_error(server, e);
    let mut sent = 0;
    loop {
        let team = library.team();
        let Some(membership) = team.membership()? else { return Ok(Pushed::Done(sent)) };
        let changes = team.waiting(BATCH)?;
        if changes.is_empty() {
            return Ok(Pushed::Done(sent));
        }
        let tx = client.transaction().await.map_err(failed)?;
        let id = &membership.library;
        tx.execute("SELECT pg_advisory_xact_lock(hashtext('attache:' || $1))", &[id]).await.map_err(failed)?;
        let latest: i64 = tx
            .query_one("SELECT coalesce(max(seq), 0) FROM attache.team_row WHERE library_id = $1", &[id])
            .await
            .map_err(failed)?
            .get(0);
        if latest > membership.pulled {
            return Ok(Pushed::Behind(sent));
        }
        tx.execute(
            "INSERT INTO attache.team_desk (library_id, desk, last_sync) VALUES ($1, $2, now())
             ON CONFLICT (library_id, desk) DO UPDATE SET last_sync = now()",
            &[id, &membership.desk],
        )
        .await
        .map_err(failed)?;
        let mut newest = latest;
        for change in changes.iter().filter(|c| !c.fields.is_empty() || c.deleted.is_some()) {
            if let Some(seq) = apply(&tx, id, &membership.desk, change).await.map_err(failed)? {
                newest = seq;
                sent += 1;
            }
        }
        tx.commit().await.map_err(failed)?;
        team.acknowledge(&changes, newest)?;
    }
}

/// Merges one change into its row; `None` when the server already had it.
async fn apply(
    tx: &tokio_postgres::Transaction<'_>,
    library: &str,
    desk: &str,
    change: &Change,
) -> std::result::Result<Option<i64>, tokio_postgres::Error> {
    let author = change.fields.values().chain(&change.deleted).map(|s| s.author.as_str()).next().unwrap_or("");
    let sent = serde_json::to_value(change).unwrap_or(Value::Null);
    let new = tx
        .execute(
            "INSERT INTO attache.team_change (library_id, desk, desk_seq, tbl, uid, author, change)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
            &[&library, &desk, &change.seq, &change.table, &change.uid, &author, &sent],
        )
        .await?;
    if new == 0 {
        return Ok(None);
    }
    let current = tx
        .query_opt(
            "SELECT fields, deleted FROM attache.team_row WHERE library_id = $1 AND tbl = $2 AND uid = $3",
            &[&library, &change.table, &change.uid],
        )
        .await?;
    let mut row = match current {
        Some(found) => SharedRow {
            table: change.table.clone(),
            uid: change.uid.clone(),
            fields: serde_json::from_value(found.get(0)).unwrap_or_default(),
            deleted: found.get::<_, Option<Value>>(1).and_then(|d| serde_json::from_value(d).ok()),
            seq: 0,
        },
        None => SharedRow::from_change(change),
    };
    let was_deleted = row.is_deleted();
    row.merge(change);
    let fields = serde_json::to_value(&row.fields).unwrap_or(Value::Null);
    let deleted = row.deleted.as_ref().and_then(|d| serde_json::to_value(d).ok());
    let seq: i64 = tx
        .query_one(
            "INSERT INTO attache.team_row (library_id, tbl, uid, fields, deleted, seq)
             VALUES ($1, $2, $3, $4, $5, nextval('attache.team_seq'))
             ON CONFLICT (library_id, tbl, uid) DO UPDATE SET fields = $4, deleted = $5, seq = nextval('attache.team_seq')
             RETURNING seq",
            &[&library, &change.table, &change.uid, &fields, &deleted],
        )
        .await?
        .get(0);
    if was_deleted && !row.is_deleted() {
        revive(tx, library, &change.table, &change.uid).await?;
    }
    Ok(Some(seq))
}

/// A row deleted for good and kept because a desk edited it comes back with
/// what belonged to it: the server kept those rows (a deletion by cascade is
/// not sent), and sends them again to the desks that deleted them with it.
async fn revive(
    tx: &tokio_postgres::Transaction<'_>,
    library: &str,
    table: &str,
    uid: &str,
) -> std::result::Result<(), tokio_postgres::Error> {
    let mut parents = vec![(table.to_string(), uid.to_string())];
    while let Some((parent, parent_uid)) = parents.pop() {
        for (child, column) in attache_core::team::links_to(&parent) {
            let revived = tx
                .query(
                    "UPDATE attache.team_row SET seq = nextval('attache.team_seq')
                     WHERE library_id = $1 AND tbl = $2 AND deleted IS NULL AND fields -> $3 ->> 'value' = $4
                     RETURNING uid",
                    &[&library, &child, &column, &parent_uid],
                )
                .await?;
            parents.extend(revived.iter().map(|r| (child.to_string(), r.get::<_, String>(0))));
        }
    }
    Ok(())
}
