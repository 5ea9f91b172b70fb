//! Pulling what changed on the server since the desk last pulled, page by
//! page, each page applied in one local transaction with the rows it points
//! at (a fact-check's story changed later sits on a later page).

use crate::connect::server_error;
use attache_core::team::{SharedRow, SyncProgress};
use attache_core::{Library, Result};
use serde_json::Value;
use tokio_postgres::{Client, Row};

/// Rows applied per local transaction.
const PAGE: i64 = 2_000;

/// What a pull applied.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pulled {
    pub rows: usize,
    pub conflicts: usize,
}

/// Pulls and applies everything after the desk's last pulled row.
pub async fn pull(
    client: &Client,
    library: &Library,
    server: &str,
    progress: &mut dyn FnMut(SyncProgress),
) -> Result<Pulled> {
    let failed = |e| server_error(server, e);
    let team = library.team();
    let Some(start) = team.membership()? else { return Ok(Pulled::default()) };
    let total: i64 = client
        .query_one(
            "SELECT count(*) FROM attache.team_row WHERE library_id = $1 AND seq > $2",
            &[&start.library, &start.pulled],
        )
        .await
        .map_err(failed)?
        .get(0);
    let mut pulled = Pulled::default();
    loop {
        let Some(membership) = team.membership()? else { return Ok(pulled) };
        let page: Vec<SharedRow> = client
            .query(
                "SELECT tbl, uid, fields, deleted, seq FROM attache.team_row
                 WHERE library_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
                &[&membership.library, &membership.pulled, &PAGE],
            )
            .await
            .map_err(failed)?
            .iter()
            .map(shared_row)
            .collect();
        let Some(last) = page.last().map(|r| r.seq) else { return Ok(pulled) };
        let mut rows = page;
        let count = rows.len();
        loop {
            let missing = team.missing_parents(&rows)?;
            if missing.is_empty() {
                break;
            }
            let (tables, uids): (Vec<String>, Vec<String>) = missing.into_iter().unzip();
            let parents = client
                .query(
                    "SELECT r.tbl, r.uid, r.fields, r.deleted, r.seq FROM attache.team_row r
                     JOIN unnest($2::text[], $3::text[]) AS m (tbl, uid) ON m.tbl = r.tbl AND m.uid = r.uid
                     WHERE r.library_id = $1",
                    &[&membership.library, &tables, &uids],
                )
                .await
                .map_err(failed)?;
            if parents.is_empty() {
                break;
            }
            rows.extend(parents.iter().map(shared_row));
        }
        pulled.conflicts += team.apply(&rows, last)?;
        pulled.conflicts += refetch(client, library, server, &membership.library, last).await?;
        pulled.rows += count;
        progress(SyncProgress { done: pulled.rows, total: (total.max(0) as usize).max(pulled.rows) });
    }
}

/// Asks the server again for the rows of rows this desk brought back (a
/// story it had deleted, kept for another desk's edit): its own copies went
/// with the deletion.
async fn refetch(client: &Client, library: &Library, server: &str, id: &str, pulled: i64) -> Result<usize> {
    let team = library.team();
    let mut conflicts = 0;
    loop {
        let wanted = team.refetch()?;
        if wanted.is_empty() {
            return Ok(conflicts);
        }
        let mut rows = Vec::new();
        for (table, uid) in &wanted {
            for (child, column) in attache_core::team::links_to(table) {
                let found = client
                    .query(
                        "SELECT tbl, uid, fields, deleted, seq FROM attache.team_row
                         WHERE library_id = $1 AND tbl = $2 AND fields -> $3 ->> 'value' = $4",
                        &[&id, &child, &column, uid],
                    )
                    .await
                    .map_err(|e| server_error(server, e))?;
                rows.extend(found.iter().map(shared_row));
            }
        }
        team.refetched(&wanted)?;
        conflicts += team.apply(&rows, pulled)?;
    }
}

/// A row of `attache.team_row` read as (tbl, uid, fields, deleted, seq).
pub(crate) fn shared_row(row: &Row) -> SharedRow {
    SharedRow {
        table: row.get(0),
        uid: row.get(1),
        fields: serde_json::from_value(row.get::<_, Value>(2)).unwrap_or_default(),
        deleted: row.get::<_, Option<Value>>(3).and_then(|d| serde_json::from_value(d).ok()),
        seq: row.get(4),
    }
}
