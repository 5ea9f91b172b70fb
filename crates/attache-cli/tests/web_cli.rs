//! `attache import URL…`, `attache source add URL…`, `attache show` and
//! `attache page` against a news site on loopback: addresses beside files,
//! one line or one JSON object per item, the page kept as evidence.

mod common;
#[path = "../../attache-web/tests/common/mod.rs"]
mod site;

use common::{json, repo, run};
use site::{fixture, html, Reply, Site};

#[test]
fn addresses_import_beside_files_and_keep_their_pages() {
    let site = Site::start(vec![
        ("/guinea", html(fixture("web/article.html"))),
        (
            "/transcript",
            Reply::Page { status: 200, content_type: "text/plain", body: fixture("remarks-before-meeting.txt") },
        ),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = repo("tests/fixtures/news/005-ebola-health-workers-front-lines.txt");
    let items = [file.clone(), site.url("/guinea"), site.url("/gone"), site.url("/guinea?utm_source=x")];
    let mut args = vec!["import", "--json"];
    args.extend(items.iter().map(String::as_str));
    let out = run(dir.path(), &args);
    assert_eq!(out.status.code(), Some(1), "one item failed");
    let results: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> = results.as_array().unwrap().iter().map(|r| r["file"].as_str().unwrap()).collect();
    assert_eq!(files, items.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!((results[0]["id"].as_i64(), results[1]["id"].as_i64()), (Some(1), Some(2)));
    assert!(results[2]["error"].as_str().unwrap().contains("the server answered 404"), "{}", results[2]);
    assert_eq!(results[3]["duplicate_of"].as_i64(), Some(2));

    let story = json(dir.path(), &["show", "2", "--json"]);
    assert_eq!(story["url"].as_str(), Some(site.url("/guinea").as_str()));
    let page = &story["pages"][0];
    let page_id = page["id"].as_i64().unwrap().to_string();
    let written = run(dir.path(), &["page", &page_id]);
    assert_eq!(written.stdout, fixture("web/article.html"), "the page is written as it was received");
    assert!(String::from_utf8_lossy(&written.stderr).contains(page["sha256"].as_str().unwrap()));
    let shown = String::from_utf8(run(dir.path(), &["show", "2"]).stdout).unwrap();
    assert!(shown.contains(&format!("from {} (HTTP 200, text/html", site.url("/guinea"))), "{shown}");

    let added = run(dir.path(), &["source", "add", &site.url("/transcript"), "--kind", "transcript"]);
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    assert_eq!(String::from_utf8(added.stdout).unwrap().trim(), "1", "a new source's id alone, as before");
    let again = run(dir.path(), &["source", "add", &site.url("/transcript")]);
    assert_eq!(String::from_utf8(again.stdout).unwrap().trim(), format!("duplicate 1 {}", site.url("/transcript")));
    let sources = json(dir.path(), &["sources", "--json"]);
    assert_eq!(sources[0]["url"].as_str(), Some(site.url("/transcript").as_str()));
    let pages = json(dir.path(), &["source", "pages", "1", "--json"]);
    assert_eq!(pages[0]["final_url"].as_str(), Some(site.url("/transcript").as_str()));
    assert_eq!(pages[0]["size"].as_u64(), Some(fixture("remarks-before-meeting.txt").len() as u64));
}
