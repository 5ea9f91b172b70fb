//! `attache people` as scripts use it: person records listed, merged and
//! split, with the JSON fields the app's types carry.

mod common;

use common::{json, run, shared};

#[test]
fn people_are_listed_merged_and_split_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let doha = dir.path().join("doha.txt");
    std::fs::write(
        &doha,
        "Blinken in Doha\nSecretary of State Antony John Blinken met ministers in Doha.\n\
         “We are determined to get the hostages home and to end this war,” Blinken told reporters.",
    )
    .unwrap();
    assert!(run(dir.path(), &["import", &shared("seed-article-2024-08-19.txt"), doha.to_str().unwrap()])
        .status
        .success());
    let people = json(dir.path(), &["people", "--search", "blinken", "--json"]);
    let names: Vec<&str> = people.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Antony Blinken", "Antony John Blinken"]);
    for field in ["id", "name", "organization", "names", "titles", "stories", "quotes"] {
        assert!(people[0].get(field).is_some(), "{field}");
    }
    let (kept, other) = (people[0]["id"].to_string(), people[1]["id"].to_string());
    let merged = json(dir.path(), &["people", "merge", &kept, &other, "--json"]);
    assert_eq!((merged[0]["stories"].as_i64(), merged[0]["quotes"].as_i64()), (Some(2), Some(4)));
    let again = run(dir.path(), &["reanalyze", "--all"]);
    assert_eq!(String::from_utf8_lossy(&again.stdout), "analysed 2 stories\n");
    let after = json(dir.path(), &["people", "--search", "john", "--json"]);
    assert_eq!(after[0]["id"], merged[0]["id"], "the merge holds when every story is read again");
    let split = json(dir.path(), &["people", "split", &kept, "Antony John Blinken", "--json"]);
    assert_eq!(split[0]["name"], "Antony John Blinken");
    let refused = run(dir.path(), &["people", "split", &kept, "Nobody Atall"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("“Nobody Atall” is not a name of Antony Blinken"));
}
