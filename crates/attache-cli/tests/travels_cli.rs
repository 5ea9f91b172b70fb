//! `attache travels …` and `attache claims check` as scripts use them: the
//! JSON fields the contract names, on real temporary libraries.

mod common;

use common::{json, run, shared};

#[test]
fn ordinal_prints_the_contract_fields() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["travels", "ordinal", "--official", "Antony Blinken", "--region", "Middle East"];
    let answer = json(dir.path(), &[&args[..], &["--since", "2023-10-07", "--on", "2024-08-19", "--json"]].concat());
    assert_eq!(answer["ordinal"], 9);
    assert_eq!(answer["basis"], "in_progress");
    assert_eq!(answer["journey"]["start"], "2024-08-18");
    assert_eq!(answer["journey"]["end"], "2024-08-20");
    let countries: Vec<&str> =
        answer["journey"]["stops"].as_array().unwrap().iter().map(|s| s["country"].as_str().unwrap()).collect();
    assert_eq!(countries, ["Israel", "Egypt", "Qatar"]);
    assert!(answer["rule"].as_str().unwrap().contains("no more than 1 day"));
}

#[test]
fn journeys_are_numbered_within_the_country_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let args =
        ["travels", "journeys", "--official", "Antony John Blinken", "--country", "ISRAEL", "--since", "2023-10-07"];
    let journeys = json(dir.path(), &[&args[..], &["--until", "2023-12-31", "--json"]].concat());
    let list = journeys.as_array().unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list[0]["ordinal"], 1);
    assert_eq!(list[2]["start"], "2023-11-28");
    for field in ["country", "locale", "start", "end"] {
        assert!(list[0]["stops"][0].get(field).is_some(), "{field}");
    }
}

#[test]
fn import_prints_counts_and_claims_check_agrees_on_the_seed() {
    let dir = tempfile::tempdir().unwrap();
    let output = run(dir.path(), &["travels", "import", &shared("travels/blinken-antony-j.xml")]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.ends_with("blinken-antony-j.xml: 0 stops added, 241 duplicates skipped, 0 flagged\n"), "{text}");
    assert!(run(dir.path(), &["import", &shared("seed-article-2024-08-19.txt")]).status.success());
    let checks = json(dir.path(), &["claims", "check", "1", "--json"]);
    assert_eq!(checks.as_array().unwrap().len(), 1);
    assert_eq!(checks[0]["claimed"], 9);
    assert_eq!(checks[0]["records"], 9);
    assert_eq!(checks[0]["agrees"], true);
    assert!(checks[0]["explanation"].as_str().unwrap().starts_with("agrees"));
}

#[test]
fn a_malformed_record_file_fails_with_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.xml");
    std::fs::write(&bad, "<trips>\n<trip>\n</trips>\n").unwrap();
    let output = run(dir.path(), &["travels", "import", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("bad.xml: malformed XML at line 3, column 1"), "{stderr}");
    assert!(stderr.contains("[malformed_file]"), "{stderr}");
}

#[test]
fn the_timeline_is_drawn_as_an_svg_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("visits.svg");
    let args = ["travels", "timeline", "--official", "Blinken", "--region", "Middle East", "--since", "2023-10-07"];
    let output = run(dir.path(), &[&args[..], &["--until", "2024-08-31", "--out", out.to_str().unwrap()]].concat());
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("Antony John Blinken: journeys, Middle East"));
    assert!(svg.contains(">9. 2024-08-18 to 2024-08-20<"), "nine journeys, numbered");
    assert!(
        svg.contains("<title>Israel, Tel Aviv: 2024-08-19 to 2024-08-19</title>") || svg.contains("<title>Israel,")
    );
    assert!(svg.ends_with("</svg>"));
}

#[test]
fn a_presidents_ordinal_on_a_fresh_library_names_the_term_it_counted() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["travels", "ordinal", "--official", "President Biden", "--country", "Israel", "--on", "2023-10-18"];
    let answer = json(dir.path(), &[&args[..], &["--json"]].concat());
    assert_eq!((answer["ordinal"].as_u64(), answer["journey"]["start"].as_str()), (Some(2), Some("2023-10-18")));
    assert_eq!(
        (answer["term"]["role"].as_str(), answer["term"]["start"].as_str()),
        (Some("president"), Some("2021-01-20"))
    );
    let output = run(dir.path(), &["travels", "ordinal", "--official", "Roosevelt", "--on", "1945-02-04"]);
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("Franklin D. Roosevelt") && message.contains("Theodore Roosevelt"), "{message}");
}

#[test]
fn visits_ordinal_prints_the_contract_fields() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["visits", "ordinal", "--visitor", "Isaac Herzog", "--on", "2024-11-12", "--json"];
    let answer = json(dir.path(), &args);
    assert_eq!(answer["ordinal"], 3);
    assert_eq!(answer["basis"], "in_progress");
    assert_eq!(answer["visit"]["visitor"], "President Isaac Herzog");
    assert_eq!(answer["visit"]["start"], "2024-11-12");
    assert!(answer["rule"].as_str().unwrap().contains("each recorded visit"));
    let by_country = json(
        dir.path(),
        &["visits", "ordinal", "--country", "israel", "--since", "2023-10-07", "--on", "2024-11-12", "--json"],
    );
    assert_eq!(by_country["ordinal"], 2, "Netanyahu in July 2024, then Herzog");
}
