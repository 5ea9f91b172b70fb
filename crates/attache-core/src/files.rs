//! Writing exported files so that they are never half-written: the bytes go
//! to a temporary file beside the destination, which is then renamed into
//! place. A failure leaves the destination as it was.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `dest` atomically (temporary file, sync, rename).
pub fn write_atomically(dest: &Path, bytes: &[u8]) -> Result<()> {
    let io = |source| Error::Io { path: dest.to_path_buf(), source };
    let name = dest.file_name().ok_or_else(|| Error::InvalidInput(format!("{} is not a file name", dest.display())))?;
    let mut partial_name = name.to_os_string();
    partial_name.push(format!(".partial-{}", std::process::id()));
    let partial = dest.with_file_name(partial_name);
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
}
