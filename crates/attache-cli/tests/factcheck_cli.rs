//! `attache factcheck …`, `attache source add` and `attache verify` as
//! scripts use them: the JSON fields the contract names, on real libraries.

mod common;

use common::{json, repo, run, shared};

#[test]
fn a_fact_check_is_added_changed_and_its_history_printed() {
    let dir = tempfile::tempdir().unwrap();
    assert!(run(dir.path(), &["import", &shared("seed-article-2024-08-19.txt")]).status.success());
    let added = json(
        dir.path(),
        &[
            "factcheck",
            "add",
            "--claim",
            "His ninth visit",
            "--claimant",
            "The Wire",
            "--story",
            "1",
            "--verdict",
            "Mostly true",
            "--json",
        ],
    );
    for field in ["id", "claim", "claimant", "story_id", "appeared_date", "status", "verdict", "summary", "evidence"] {
        assert!(added.get(field).is_some(), "{field}");
    }
    assert_eq!((added["status"].as_str(), added["verdict"]["name"].as_str()), (Some("open"), Some("Mostly true")));
    assert!(run(dir.path(), &["factcheck", "set", "1", "--verdict", "True"]).status.success());
    assert!(run(dir.path(), &["factcheck", "set", "1", "--status", "in review"]).status.success());
    let refused = run(dir.path(), &["factcheck", "set", "1", "--status", "published"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("only a verified check with a verdict can be published"));
    let listed = json(dir.path(), &["factcheck", "list", "--status", "in review", "--json"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let log = json(dir.path(), &["factcheck", "log", "1", "--json"]);
    let fields: Vec<&str> = log.as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["created", "verdict", "verdict", "status"]);
    assert_eq!((log[2]["before"].as_str(), log[2]["after"].as_str()), (Some("Mostly true"), Some("True")));
}

#[test]
fn verify_prints_the_contract_fields_for_a_file_and_for_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let source = repo("tests/fixtures/remarks-before-meeting.txt");
    let args = [
        "verify",
        "--quote",
        "It’s time for it to get done",
        "--source",
        &source,
        "--speaker",
        "Isaac Herzog",
        "--json",
    ];
    let found = json(dir.path(), &args);
    for field in ["verdict", "score", "misattributed", "source", "span", "speaker_in_source", "diff"] {
        assert!(found.get(field).is_some(), "{field}");
    }
    assert_eq!((found["verdict"].as_str(), found["misattributed"].as_bool()), (Some("minor"), Some(true)));
    assert_eq!(found["span"]["text"], "It is time for it to get done");
    assert_eq!(found["diff"][0], serde_json::json!({"op": "replace", "reported": "It’s", "source": "It is"}));
    let id = run(dir.path(), &["source", "add", &source, "--date", "2024-08-19", "--kind", "transcript"]);
    assert_eq!(String::from_utf8(id.stdout).unwrap(), "1\n");
    let in_library = json(dir.path(), &["verify", "--quote", "no greater humanitarian cause", "--json"]);
    assert_eq!(in_library["verdict"], "exact");
    assert_eq!(in_library["speaker_in_source"], "President Herzog");
    let absent = json(dir.path(), &["verify", "--quote", "zebras and marmalade", "--json"]);
    assert_eq!((absent["verdict"].as_str(), absent["span"].is_null()), (Some("absent"), true));
    let empty = run(dir.path(), &["verify", "--quote", " ", "--source", &source]);
    assert_eq!(empty.status.code(), Some(2));
}

#[test]
fn verify_says_why_a_speaker_was_not_checked() {
    let dir = tempfile::tempdir().unwrap();
    let source = repo("tests/fixtures/remarks-before-meeting.txt");
    let first_line = |extra: &[&str]| {
        let mut args = vec!["verify", "--source", &source];
        args.extend_from_slice(extra);
        let out = run(dir.path(), &args);
        String::from_utf8(out.stdout).unwrap().lines().next().unwrap_or_default().to_string()
    };
    let quote = "no greater humanitarian cause";
    assert_eq!(first_line(&["--quote", quote]), "exact (score 1.00), speaker not checked: none given (--speaker)");
    assert_eq!(first_line(&["--quote", quote, "--speaker", "Isaac Herzog"]), "exact (score 1.00)");
    let absent = first_line(&["--quote", "zebras and marmalade", "--speaker", "Isaac Herzog"]);
    assert!(absent.ends_with("speaker cannot be checked: no passage says it"), "{absent}");
}

#[test]
fn a_packet_is_exported_in_every_format_and_a_bad_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    assert!(run(dir.path(), &["import", &shared("seed-article-2024-08-19.txt")]).status.success());
    let magic: [(&str, &[u8]); 5] =
        [("pdf", b"%PDF"), ("docx", b"PK"), ("html", b"<!doctype"), ("md", b"# "), ("json", b"{")];
    for (format, start) in magic {
        let out = dir.path().join(format!("packet.{format}"));
        let done = run(
            dir.path(),
            &["packet", "--story", "1", "--format", format, "--out", out.to_str().unwrap(), "--title", "Gaza #2"],
        );
        assert!(done.status.success(), "{format}: {}", String::from_utf8_lossy(&done.stderr));
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.to_ascii_lowercase().starts_with(&start.to_ascii_lowercase()), "{format}");
    }
    let out = dir.path().join("packet.odt");
    let refused = run(dir.path(), &["packet", "--story", "1", "--format", "odt", "--out", out.to_str().unwrap()]);
    assert!(!refused.status.success() && !out.exists());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no packet format \"odt\""));
}

#[test]
fn the_rating_scale_is_printed_changed_and_extended() {
    let dir = tempfile::tempdir().unwrap();
    let scale = json(dir.path(), &["factcheck", "ratings"]);
    assert_eq!(scale.as_array().unwrap().len(), 7);
    let changed = json(
        dir.path(),
        &["factcheck", "ratings", "Misleading", "--value", "1", "--alternate-name", "Misleading (context)"],
    );
    let misleading = changed.as_array().unwrap().iter().find(|r| r["name"] == "Misleading").unwrap().clone();
    assert_eq!(
        (misleading["value"].as_i64(), misleading["alternate_name"].as_str()),
        (Some(1), Some("Misleading (context)"))
    );
    let added = json(dir.path(), &["factcheck", "ratings", "Needs context"]);
    assert_eq!(added.as_array().unwrap().last().unwrap()["alternate_name"], "Needs context");
    let refused = run(dir.path(), &["factcheck", "ratings", "Odd", "--value", "9"]);
    assert!(!refused.status.success());
    assert_eq!(
        json(dir.path(), &["factcheck", "ratings"]).as_array().unwrap().len(),
        8,
        "nothing added by the refusal"
    );
}
