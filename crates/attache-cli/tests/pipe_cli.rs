//! `attache … | head`: a reader that closes the pipe early ends the output
//! quietly, as with any Unix tool, and never with a panic.

use std::io::{BufRead, BufReader};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};

#[test]
fn a_reader_that_stops_early_ends_the_output_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_attache"))
        .env_remove("ATTACHE_LIBRARY")
        .arg("--library")
        .arg(dir.path().join("library.sqlite3"))
        // About 170 KB of JSON: more than a pipe holds, so the write after
        // the reader has gone fails.
        .args(["travels", "journeys", "--official", "John Kerry", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert_eq!(first.trim(), "[", "the output began");
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.signal(), Some(libc::SIGPIPE), "ended by SIGPIPE: {:?}", output.status);
}
