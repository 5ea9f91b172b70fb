//! The server's schema: `attache team init` applies `migrations/team/` in
//! one transaction, creates the team library and lets its members in;
//! every desk checks the schema is one it knows before it touches a row.

use crate::connect::server_error;
use attache_core::{Error, ErrorCode, Result};
use tokio_postgres::Client;

include!(concat!(env!("OUT_DIR"), "/server_migrations.rs"));

/// The server schema this build writes.
pub fn supported_version() -> i32 {
    SERVER_MIGRATIONS.len() as i32
}

/// The server's schema version: 0 before `attache team init`.
pub async fn version(client: &Client, server: &str) -> Result<i32> {
    let exists = client
        .query_one("SELECT to_regclass('attache.team_schema') IS NOT NULL", &[])
        .await
        .map_err(|e| server_error(server, e))?
        .get::<_, bool>(0);
    if !exists {
        return Ok(0);
    }
    let row =
        client.query_opt("SELECT version FROM attache.team_schema", &[]).await.map_err(|e| server_error(server, e))?;
    Ok(row.map_or(0, |r| r.get(0)))
}

/// Refuses a server set up by a newer Attaché, or not set up at all.
pub async fn check(client: &Client, server: &str) -> Result<()> {
    match version(client, server).await? {
        0 => Err(Error::team(
            ErrorCode::NotFound,
            format!("{server} holds no team library yet: whoever administers the database runs `attache team init` first"),
        )),
        found if found > supported_version() => Err(Error::team(
            ErrorCode::ServerTooNew,
            format!(
                "{server} was set up by a newer Attaché (team schema {found}; this version knows up to {}): update Attaché",
                supported_version()
            ),
        )),
        _ => Ok(()),
    }
}

/// Brings the server's schema up to date, creates the team library `name`
/// when it is new, and lets `members` (roles or groups) in. Returns the
/// library's id.
pub async fn init(client: &mut Client, server: &str, name: &str, members: &[String]) -> Result<String> {
    let failed = |e| server_error(server, e);
    let from = version(client, server).await?;
    if from > supported_version() {
        check(client, server).await?;
    }
    let tx = client.transaction().await.map_err(failed)?;
    for (_, sql) in &SERVER_MIGRATIONS[from as usize..] {
        tx.batch_execute(sql).await.map_err(failed)?;
    }
    tx.execute("DELETE FROM attache.team_schema", &[]).await.map_err(failed)?;
    tx.execute("INSERT INTO attache.team_schema (version) VALUES ($1)", &[&supported_version()])
        .await
        .map_err(failed)?;
    tx.execute(
        "INSERT INTO attache.team_library (id, name) VALUES (md5(random()::text || clock_timestamp()::text), $1)
         ON CONFLICT (name) DO NOTHING",
        &[&name],
    )
    .await
    .map_err(failed)?;
    let id: String =
        tx.query_one("SELECT id FROM attache.team_library WHERE name = $1", &[&name]).await.map_err(failed)?.get(0);
    for member in members {
        let role = format!("\"{}\"", member.replace('"', "\"\""));
        let grants = format!(
            "GRANT USAGE ON SCHEMA attache TO {role};
             GRANT SELECT ON attache.team_schema, attache.team_library, attache.team_member TO {role};
             GRANT SELECT, INSERT, UPDATE ON attache.team_row, attache.team_desk TO {role};
             GRANT SELECT, INSERT ON attache.team_change TO {role};
             GRANT USAGE ON SEQUENCE attache.team_seq TO {role};"
        );
        tx.batch_execute(&grants).await.map_err(|e| {
            let err = server_error(server, e);
            Error::team(err.code(), format!("{err} (is {member:?} a role on this server?)"))
        })?;
        tx.execute(
            "INSERT INTO attache.team_member (library_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[&id, member],
        )
        .await
        .map_err(failed)?;
    }
    tx.commit().await.map_err(failed)?;
    Ok(id)
}
