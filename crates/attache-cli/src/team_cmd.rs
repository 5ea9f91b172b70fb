//! `attache team`: joining a newsroom's team library on its PostgreSQL,
//! syncing with it, its status and conflicts, and leaving it.

use crate::output::print_json;
use attache_core::{Error, Library};
use clap::{Args, Subcommand};
use serde_json::json;
use std::path::Path;
use std::process::ExitCode;

/// The team library's commands.
#[derive(Subcommand)]
pub enum TeamCommand {
    /// Set up the team library on the server (once, by whoever administers the database).
    Init(InitArgs),
    /// Join this desk's library to the team library at URL; everything it holds is shared.
    Connect(ConnectArgs),
    /// Push this desk's changes and pull the others'.
    Sync(JsonArgs),
    /// Where this desk stands: server, library, last sync, changes waiting, conflicts.
    Status(JsonArgs),
    /// The conflicts found while syncing: fields two desks changed apart.
    Conflicts(JsonArgs),
    /// Resolve a conflict: keep the current value, or take the other.
    Resolve(ResolveArgs),
    /// Leave the team library; the desk keeps its library.
    Leave,
}

#[derive(Args)]
pub struct InitArgs {
    /// The server: postgres://ADMIN[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=verify-full]
    url: String,
    /// The team library's name.
    #[arg(long, default_value = "newsroom")]
    name: String,
    /// A PostgreSQL role (an editor, or a group of editors) let in; repeat for more.
    #[arg(long = "member", value_name = "ROLE")]
    members: Vec<String>,
}

#[derive(Args)]
pub struct ConnectArgs {
    /// The server: postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=verify-full];
    /// the password may come from $ATTACHE_TEAM_PASSWORD instead.
    url: String,
    /// Which team library, when the user belongs to several.
    #[arg(long)]
    name: Option<String>,
}

#[derive(Args)]
pub struct JsonArgs {
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct ResolveArgs {
    /// The conflict's id (`attache team conflicts`).
    id: i64,
    /// Take the value set aside instead of keeping the current one.
    #[arg(long)]
    take_other: bool,
}

/// `attache team init`, which needs no library.
pub fn init(args: InitArgs) -> Result<ExitCode, Error> {
    let password = std::env::var("ATTACHE_TEAM_PASSWORD").ok();
    let id = attache_team::runtime()?.block_on(attache_team::init(
        &args.url,
        password.as_deref(),
        &args.name,
        &args.members,
    ))?;
    println!("team library {:?} ({id}) is ready; members: {}", args.name, args.members.join(", "));
    Ok(ExitCode::SUCCESS)
}

/// The other `attache team` commands, on the desk's library.
pub fn run(library: &Library, path: &Path, command: TeamCommand) -> Result<ExitCode, Error> {
    match command {
        TeamCommand::Init(args) => init(args),
        TeamCommand::Connect(args) => {
            let password = std::env::var("ATTACHE_TEAM_PASSWORD").ok();
            let joined = attache_team::runtime()?.block_on(attache_team::join(
                library,
                &args.url,
                password.as_deref(),
                args.name.as_deref(),
            ))?;
            println!("{} joined the team library at {}; `attache team sync` shares it", path.display(), joined.server);
            match attache_team::secret::kept(path) {
                Some(attache_team::secret::Kept::Keyring) => println!("the password is kept in the OS keyring"),
                Some(attache_team::secret::Kept::File) => println!(
                    "no OS keyring runs here: the password is kept in {} (only you can read it)",
                    attache_team::secret::path(path).display()
                ),
                None => {}
            }
            Ok(ExitCode::SUCCESS)
        }
        TeamCommand::Sync(args) => {
            let json = args.json;
            let report = attache_team::runtime()?.block_on(attache_team::sync(library, &mut |p| {
                if !json {
                    eprint!("\rpulled {} of {}", p.done, p.total);
                }
            }))?;
            // Stories from other desks come unread: read them as the app would.
            let read = attache_core::catch_up::analyze_pending(library, |_, _| true)?;
            if json {
                print_json(&report);
            } else {
                eprintln!();
                println!(
                    "pushed {}, pulled {}, conflicts {}; {read} stories read",
                    report.pushed, report.pulled, report.conflicts
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        TeamCommand::Status(args) => {
            let status = library.team().status()?;
            if args.json {
                match status {
                    Some(status) => print_json(&status),
                    None => print_json(
                        &json!({"server": null, "library": null, "last_sync": null, "waiting": 0, "conflicts": 0}),
                    ),
                }
            } else {
                match status {
                    Some(s) => println!(
                        "{} · last sync {} · {} changes waiting · {} conflicts",
                        s.server,
                        s.last_sync.as_deref().unwrap_or("never"),
                        s.waiting,
                        s.conflicts
                    ),
                    None => println!("this desk works alone: `attache team connect URL` joins a team library"),
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        TeamCommand::Conflicts(args) => {
            let conflicts = library.team().conflicts()?;
            if args.json {
                print_json(&conflicts);
            } else if conflicts.is_empty() {
                println!("no conflicts");
            } else {
                for c in conflicts {
                    println!(
                        "{}\t{}: {}\tkept {} ({})\tother {} ({})",
                        c.id, c.what, c.field, c.kept, c.kept_author, c.other, c.other_author
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        TeamCommand::Resolve(args) => {
            library.team().resolve(args.id, args.take_other)?;
            println!(
                "conflict {} resolved: {}",
                args.id,
                if args.take_other { "took the other value" } else { "kept the current value" }
            );
            Ok(ExitCode::SUCCESS)
        }
        TeamCommand::Leave => {
            attache_team::leave(library)?;
            println!("{} left its team library and keeps everything it holds", path.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}
