//! Pushing the desk's waiting changes: one PostgreSQL transaction per batch,
//! under the team library's lock, refused when another desk changed one of
//! the batch's rows since this one last pulled (it pulls, finds any
//! conflict, and pushes again). Each
//! change is applied once per (desk, seq): a retry after a crash or a lost
//! connection finds it in `team_change` and leaves it be.

use crate::connect::server_error;
use crate::pull::shared_row;
use attache_core::team::{Change, SharedRow};
use attache_core::{Library, Result};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
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
        // Other desks pushed since this one pulled: the batch waits only if
        // they changed one of its rows (a conflict would go unseen), not for
        // rows of theirs it does not touch; those come with the next pull.
        let others_pushed = latest > membership.pulled;
        if others_pushed && touched_since(&tx, id, membership.pulled, &changes).await.map_err(failed)? {
            return Ok(Pushed::Behind(sent));
        }
        tx.execute(
            "INSERT INTO attache.team_desk (library_id, desk, last_sync) VALUES ($1, $2, now())
             ON CONFLICT (library_id, desk) DO UPDATE SET last_sync = now()",
            &[id, &membership.desk],
        )
        .await
        .map_err(failed)?;
        let sending: Vec<&Change> = changes.iter().filter(|c| !c.fields.is_empty() || c.deleted.is_some()).collect();
        let (merged, newest) = merge(&tx, id, &membership.desk, &sending).await.map_err(failed)?;
        sent += merged;
        tx.commit().await.map_err(failed)?;
        // Up to date on the server only when no other desk's rows came between.
        team.acknowledge(&changes, if others_pushed { membership.pulled } else { newest.max(latest) })?;
    }
}

/// Whether another desk changed any row of this batch after the server's
/// row `pulled`, the last this desk applied.
async fn touched_since(
    tx: &tokio_postgres::Transaction<'_>,
    library: &str,
    pulled: i64,
    changes: &[Change],
) -> std::result::Result<bool, tokio_postgres::Error> {
    let tables: Vec<&str> = changes.iter().map(|c| c.table.as_str()).collect();
    let uids: Vec<&str> = changes.iter().map(|c| c.uid.as_str()).collect();
    let row = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM attache.team_row r
                            JOIN unnest($3::text[], $4::text[]) AS b (tbl, uid) ON r.tbl = b.tbl AND r.uid = b.uid
                            WHERE r.library_id = $1 AND r.seq > $2)",
            &[&library, &pulled, &tables, &uids],
        )
        .await?;
    Ok(row.get(0))
}

/// Merges a batch of changes into their rows, in three statements whatever
/// its size: the log keeps the changes it has not seen (by desk and seq), the
/// rows they change are read, merged here and written back. Returns how many
/// were new and the last sequence number its rows were given.
async fn merge(
    tx: &tokio_postgres::Transaction<'_>,
    library: &str,
    desk: &str,
    changes: &[&Change],
) -> std::result::Result<(usize, i64), tokio_postgres::Error> {
    let seqs: Vec<i64> = changes.iter().map(|c| c.seq).collect();
    let tables: Vec<&str> = changes.iter().map(|c| c.table.as_str()).collect();
    let uids: Vec<&str> = changes.iter().map(|c| c.uid.as_str()).collect();
    let authors: Vec<&str> = changes
        .iter()
        .map(|c| c.fields.values().chain(&c.deleted).map(|s| s.author.as_str()).next().unwrap_or(""))
        .collect();
    let sent: Vec<Value> = changes.iter().map(|c| serde_json::to_value(c).unwrap_or(Value::Null)).collect();
    let new: BTreeSet<i64> = tx
        .query(
            "INSERT INTO attache.team_change (library_id, desk, desk_seq, tbl, uid, author, change)
             SELECT $1, $2, x.s, x.t, x.u, x.a, x.c FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::jsonb[]) AS x (s, t, u, a, c)
             ON CONFLICT DO NOTHING RETURNING desk_seq",
            &[&library, &desk, &seqs, &tables, &uids, &authors, &sent],
        )
        .await?
        .iter()
        .map(|r| r.get(0))
        .collect();
    let fresh: Vec<&&Change> = changes.iter().filter(|c| new.contains(&c.seq)).collect();
    if fresh.is_empty() {
        return Ok((0, 0));
    }
    let (tables, uids): (Vec<&str>, Vec<&str>) = fresh.iter().map(|c| (c.table.as_str(), c.uid.as_str())).unzip();
    let mut rows: BTreeMap<(String, String), SharedRow> = tx
        .query(
            "SELECT r.tbl, r.uid, r.fields, r.deleted, r.seq FROM attache.team_row r
             JOIN unnest($2::text[], $3::text[]) AS m (tbl, uid) ON m.tbl = r.tbl AND m.uid = r.uid
             WHERE r.library_id = $1",
            &[&library, &tables, &uids],
        )
        .await?
        .iter()
        .map(|found| {
            let row = shared_row(found);
            ((row.table.clone(), row.uid.clone()), row)
        })
        .collect();
    let mut revived = Vec::new();
    for change in &fresh {
        let key = (change.table.clone(), change.uid.clone());
        let row = rows.entry(key).or_insert_with(|| SharedRow::from_change(change));
        let was_deleted = row.is_deleted();
        row.merge(change);
        if was_deleted && !row.is_deleted() {
            revived.push((change.table.clone(), change.uid.clone()));
        }
    }
    let (mut tables, mut uids, mut fields, mut deleted) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    // In the desk's order (parents first, then as it made them): the server
    // numbers them so, and other desks apply them in that order.
    for row in fresh.iter().filter_map(|c| rows.get(&(c.table.clone(), c.uid.clone()))) {
        tables.push(row.table.as_str());
        uids.push(row.uid.as_str());
        fields.push(serde_json::to_value(&row.fields).unwrap_or(Value::Null));
        deleted.push(row.deleted.as_ref().and_then(|d| serde_json::to_value(d).ok()));
    }
    let newest = tx
        .query(
            "INSERT INTO attache.team_row (library_id, tbl, uid, fields, deleted, seq)
             SELECT $1, x.t, x.u, x.f, x.d, nextval('attache.team_seq')
             FROM unnest($2::text[], $3::text[], $4::jsonb[], $5::jsonb[]) AS x (t, u, f, d)
             ON CONFLICT (library_id, tbl, uid) DO UPDATE SET fields = excluded.fields, deleted = excluded.deleted, seq = excluded.seq
             RETURNING seq",
            &[&library, &tables, &uids, &fields, &deleted],
        )
        .await?
        .iter()
        .map(|r| r.get::<_, i64>(0))
        .max()
        .unwrap_or(0);
    for (table, uid) in revived {
        revive(tx, library, &table, &uid).await?;
    }
    // Rows brought back are numbered after `newest`: this desk pulls them too.
    Ok((fresh.len(), newest))
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
