//! `attache check` and `attache salvage` on a damaged library, as an editor
//! would run them after "database disk image is malformed".

mod common;

use common::run;
use std::io::{Seek, SeekFrom, Write};

#[test]
fn check_reports_the_damage_and_salvage_copies_the_rest_out() {
    let dir = tempfile::tempdir().unwrap();
    let stories: Vec<String> = (0..40)
        .map(|i| {
            let file = dir.path().join(format!("story-{i}.txt"));
            let body = format!("Talks, part {i}\n\nStory number {i}. ")
                + &"The minister said the talks would resume. ".repeat(120);
            std::fs::write(&file, body).unwrap();
            file.display().to_string()
        })
        .collect();
    let mut import = vec!["import"];
    import.extend(stories.iter().map(String::as_str));
    assert!(run(dir.path(), &import).status.success());
    let library = dir.path().join("library.sqlite3");
    let bytes = std::fs::read(&library).unwrap();
    let needle = b"Story number 20. ";
    let at = bytes.windows(needle.len()).position(|w| w == needle).expect("the text is in the file") as u64;
    let mut file = std::fs::OpenOptions::new().write(true).open(&library).unwrap();
    file.seek(SeekFrom::Start(at / 8192 * 8192)).unwrap();
    file.write_all(&[0x5A; 8192]).unwrap();
    drop(file);

    let check = run(dir.path(), &["check", "--json"]);
    assert_eq!(check.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(report["code"], "corrupt");
    assert!(report["damage"]["advice"].as_str().unwrap().contains("attache salvage"));
    let text = String::from_utf8(run(dir.path(), &["check"]).stdout).unwrap();
    assert!(text.contains("is damaged [corrupt]") && text.contains("to recover:"), "{text}");
    let listing = run(dir.path(), &["stories", "--search", "minister"]);
    assert!(String::from_utf8_lossy(&listing.stderr).contains("[corrupt]"));

    let new = dir.path().join("salvaged.sqlite3");
    let salvaged = run(dir.path(), &["salvage", library.to_str().unwrap(), new.to_str().unwrap()]);
    assert!(salvaged.status.success(), "{}", String::from_utf8_lossy(&salvaged.stderr));
    let out = String::from_utf8(salvaged.stdout).unwrap();
    assert!(out.contains("rows on damaged pages were lost"), "{out}");
    let listed = std::process::Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(["--library", new.to_str().unwrap(), "stories", "--json"])
        .output()
        .unwrap();
    let list: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let count = list.as_array().unwrap().len();
    assert!((37..40).contains(&count), "{count} of 40 stories salvaged");
}
