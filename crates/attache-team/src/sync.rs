//! A desk joining its team library, syncing with it and leaving it: pull,
//! then push, and pull again whenever another desk pushed in between, so
//! that every conflict is found on the desk that holds both values.

use crate::address::Address;
use crate::connect::{connect, server_error};
use crate::pull::pull;
use crate::push::{push, Pushed};
use crate::{schema, secret};
use attache_core::team::{Membership, SyncProgress, SyncReport};
use attache_core::{Error, ErrorCode, Library, Result};

/// Rounds of pull-then-push before a sync gives up on a busy server.
const ROUNDS: usize = 20;

/// Sets up the team library `name` on the server at `url` (run once, by
/// whoever administers the database), letting `members` in.
pub async fn init(url: &str, password: Option<&str>, name: &str, members: &[String]) -> Result<String> {
    let address = Address::parse(url, password)?;
    let mut client = connect(&address).await?;
    schema::init(&mut client, &address.shown, name, members).await
}

/// Joins this desk to the team library on the server at `url` (`name`
/// chooses one when the user belongs to several). Checks the server first:
/// a wrong password or an unreachable server changes nothing here.
pub async fn join(library: &Library, url: &str, password: Option<&str>, name: Option<&str>) -> Result<Membership> {
    let address = Address::parse(url, password)?;
    let client = connect(&address).await?;
    schema::check(&client, &address.shown).await?;
    let found: Vec<(String, String)> = client
        .query("SELECT id, name FROM attache.team_library ORDER BY name", &[])
        .await
        .map_err(|e| server_error(&address.shown, e))?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .filter(|(_, n): &(String, String)| name.is_none_or(|wanted| wanted == n))
        .collect();
    let id = match found.as_slice() {
        [(id, _)] => id.clone(),
        [] => {
            return Err(Error::team(
                ErrorCode::Forbidden,
                format!(
                    "{} has no team library {}this user belongs to: ask whoever administers it to run `attache team init` with `--member`",
                    address.shown,
                    name.map(|n| format!("{n:?} ")).unwrap_or_default()
                ),
            ))
        }
        several => {
            let names: Vec<&str> = several.iter().map(|(_, n)| n.as_str()).collect();
            return Err(Error::InvalidInput(format!("{} holds several team libraries ({}): name one", address.shown, names.join(", "))));
        }
    };
    match address.password() {
        Some(password) => secret::keep(library.path(), &password).map(|_| ())?,
        None => secret::forget(library.path())?,
    }
    library.team().join(&address.shown, &id)
}

/// Syncs the desk with its team library: pull, push, until both agree.
pub async fn sync(library: &Library, progress: &mut dyn FnMut(SyncProgress)) -> Result<SyncReport> {
    let membership = library.team().membership()?.ok_or_else(|| {
        Error::team(
            ErrorCode::NotInTeam,
            "this library has not joined a team library: `attache team connect URL` first",
        )
    })?;
    let password = secret::read(library.path())?;
    let address = Address::parse(&membership.server, password.as_deref())?;
    let mut client = connect(&address).await?;
    schema::check(&client, &address.shown).await?;
    let mut report = SyncReport::default();
    for _ in 0..ROUNDS {
        let pulled = pull(&client, library, &address.shown, progress).await?;
        report.pulled += pulled.rows;
        report.conflicts += pulled.conflicts;
        match push(&mut client, library, &address.shown).await? {
            Pushed::Done(sent) => {
                report.pushed += sent;
                library.team().synced()?;
                return Ok(report);
            }
            Pushed::Behind(sent) => report.pushed += sent,
        }
    }
    Err(Error::team(ErrorCode::Server, format!("{}: other desks kept pushing; sync again", address.shown)))
}

/// Leaves the team library: the desk keeps its library and forgets the password.
pub fn leave(library: &Library) -> Result<()> {
    library.team().leave()?;
    secret::forget(library.path())
}
