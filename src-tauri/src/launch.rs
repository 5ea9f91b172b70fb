//! The app's command line: which library to open, and a start-up timing mode
//! for benchmarks.

use std::path::PathBuf;
use std::time::Instant;

/// How the app was asked to start.
pub struct Options {
    /// The library chosen by `--library`, else `ATTACHE_LIBRARY`, else the default.
    pub library: Option<PathBuf>,
    /// Print the time from start to the UI's first paint, then quit.
    pub measure_startup: bool,
    /// When the process started, as near as the app can tell.
    pub started: Instant,
}

impl Options {
    /// Reads `--library PATH` and `--measure-startup`; anything else is an error.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
        let started = Instant::now();
        let mut explicit = None;
        let mut measure_startup = false;
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--library" => explicit = Some(PathBuf::from(args.next().ok_or("--library needs a path")?)),
                "--measure-startup" => measure_startup = true,
                other => match other.strip_prefix("--library=") {
                    Some(path) => explicit = Some(PathBuf::from(path)),
                    None => return Err(format!("unknown argument {other:?}; usage: attache-app [--library PATH]")),
                },
            }
        }
        let library = attache_core::paths::resolve_library_path(explicit);
        Ok(Options { library, measure_startup, started })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Options, String> {
        Options::from_args(args.iter().map(|a| a.to_string()))
    }

    #[test]
    fn library_flag_in_both_spellings() {
        assert_eq!(parse(&["--library", "/tmp/a.sqlite3"]).unwrap().library, Some(PathBuf::from("/tmp/a.sqlite3")));
        assert_eq!(parse(&["--library=/tmp/b.sqlite3"]).unwrap().library, Some(PathBuf::from("/tmp/b.sqlite3")));
    }

    #[test]
    fn unknown_arguments_are_refused() {
        assert!(parse(&["--nope"]).is_err());
        assert!(parse(&["--library"]).is_err());
    }
}
