//! Writing exported files so that they are never half-written: the bytes go
//! to a temporary file beside the destination (`NAME.PID.attache-partial`,
//! so a person who sees one knows what it is), which is then renamed into
//! place. A failure leaves the destination as it was, and the partial file
//! of a process that was killed is removed the next time the same file is
//! written.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What a partial file's name ends with.
const PARTIAL: &str = "attache-partial";

/// The temporary file `dest` is written to by this process.
pub fn partial_path(dest: &Path) -> PathBuf {
    let mut name = dest.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".{}.{PARTIAL}", std::process::id()));
    dest.with_file_name(name)
}

/// Removes the partial files (and SQLite journals) that processes no longer
/// running left beside `dest`. Where live processes cannot be told (no
/// `/proc`), nothing is removed.
pub fn remove_stale_partials(dest: &Path) {
    let (Some(folder), Some(name)) = (dest.parent(), dest.file_name().and_then(|n| n.to_str())) else { return };
    let folder = if folder.as_os_str().is_empty() { Path::new(".") } else { folder };
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(rest) = file.to_str().and_then(|f| f.strip_prefix(name)).and_then(|r| r.strip_prefix('.')) else {
            continue;
        };
        let Some((pid, kind)) = rest.split_once('.') else { continue };
        let ours = kind == PARTIAL || kind == format!("{PARTIAL}-journal");
        let dead = pid.parse::<u32>().is_ok_and(|pid| !Path::new(&format!("/proc/{pid}")).exists());
        if ours && dead {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to `dest` atomically (temporary file, sync, rename).
pub fn write_atomically(dest: &Path, bytes: &[u8]) -> Result<()> {
    let io = |source| Error::Io { path: dest.to_path_buf(), source };
    dest.file_name().ok_or_else(|| Error::InvalidInput(format!("{} is not a file name", dest.display())))?;
    remove_stale_partials(dest);
    let partial = partial_path(dest);
    let written = std::fs::File::create(&partial).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    if let Err(source) = written.and_then(|()| std::fs::rename(&partial, dest)) {
        let _ = std::fs::remove_file(&partial);
        return Err(io(source));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_leaves_nothing_behind_on_failure() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.svg");
        write_atomically(&dest, b"<svg/>").unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"<svg/>");
        let missing = dir.path().join("no-such-folder/out.svg");
        let err = write_atomically(&missing, b"x").unwrap_err();
        assert!(err.to_string().starts_with(&missing.display().to_string()), "{err}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no partial file left");
    }

    #[test]
    fn a_killed_writers_partial_file_is_removed_the_next_time() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("packet.pdf");
        // A process that has ended: its partial files are stale.
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let stale = dir.path().join(format!("packet.pdf.{dead}.attache-partial"));
        std::fs::write(&stale, b"half a packet").unwrap();
        std::fs::write(dir.path().join(format!("packet.pdf.{dead}.attache-partial-journal")), b"j").unwrap();
        let other = dir.path().join("other.pdf.1.attache-partial");
        std::fs::write(&other, b"someone else's").unwrap();
        write_atomically(&dest, b"%PDF").unwrap();
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, ["other.pdf.1.attache-partial", "packet.pdf"], "only the dead writer's files of this name go");
    }
}
