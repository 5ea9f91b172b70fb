//! Web import against a news site on loopback: articles and transcripts are
//! read and kept with their evidence; every failure names the address and
//! leaves the library as it was, and the rest of a batch goes on.

mod common;

use attache_core::migrate::supported_version;
use attache_core::sources::SourceDraft;
use attache_core::web_pages::sha256_hex;
use attache_core::{Added, DuplicateReason, ErrorCode, ImportResult, Library};
use attache_web::{import_addresses, Limits, Target};
use common::{fixture, html, Reply, Site};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

fn library(dir: &tempfile::TempDir) -> Library {
    Library::open_at(&dir.path().join("library.sqlite3"), supported_version()).unwrap()
}

/// Limits short enough for a test to wait out.
fn quick() -> Limits {
    Limits { connect: Duration::from_secs(2), total: Duration::from_secs(2), ..Limits::default() }
}

fn import(library: &Library, addresses: &[String], target: &Target) -> Vec<ImportResult> {
    import_addresses(library, addresses, target, &quick(), &Arc::new(AtomicBool::new(false)), |_, _| {})
}

/// Everything an import can add: stories, sources and kept pages.
fn contents(library: &Library) -> (i64, usize, usize) {
    let (stories, _) = library.stories().counts().unwrap();
    let sources = library.sources().list(None).unwrap();
    let pages: usize = sources.iter().map(|s| library.web_pages().for_source(s.id).unwrap().len()).sum();
    let story_pages: usize =
        (1..=stories.max(0) + 5).filter_map(|id| library.web_pages().for_story(id).ok()).map(|p| p.len()).sum();
    (stories, sources.len(), pages + story_pages)
}

fn created(result: &ImportResult) -> i64 {
    match result.added {
        Some(Added::Created { id }) => id,
        ref other => panic!("{} was not imported: {other:?} {:?}", result.file, result.error),
    }
}

fn refused(result: &ImportResult) -> (ErrorCode, String) {
    let error = result.error.as_ref().unwrap_or_else(|| panic!("{} was not refused: {:?}", result.file, result.added));
    assert!(error.message.starts_with(&result.file), "the message names the address: {}", error.message);
    (error.code, error.message.clone())
}

#[test]
fn an_article_is_read_and_its_page_kept_as_evidence() {
    let page = fixture("web/article.html");
    let site = Site::start(vec![("/world/guinea", html(page.clone()))]);
    let dir = tempfile::tempdir().unwrap();
    let library = library(&dir);
    let results = import(&library, &[site.url("/world/guinea")], &Target::Stories);
    let story = library.stories().get(created(&results[0])).unwrap();
    assert_eq!(story.draft.headline, "Guinea’s Opposition Calls for Fresh Elections");
    assert_eq!(story.draft.outlet.as_deref(), Some("Voice of America"));
    assert_eq!(story.draft.byline.as_deref(), Some("VOA News"));
    assert_eq!(story.draft.published.map(|d| d.to_string()).as_deref(), Some("2015-10-12"));
    assert_eq!(story.draft.url.as_deref(), Some(site.url("/world/guinea").as_str()));
    assert!(story.draft.body.starts_with("The leader of Guinea’s main opposition"), "{}", story.draft.body);
    assert!(!story.draft.body.contains("tracking") && !story.draft.body.contains("Follow us"));
    let kept = library.web_pages().for_story(story.id).unwrap();
    assert_eq!(kept.len(), 1);
    let (evidence, bytes) = library.web_pages().bytes(kept[0].id).unwrap();
    assert_eq!(bytes, page, "the bytes kept are the bytes served");
    assert_eq!(evidence.sha256, sha256_hex(&page));
    assert_eq!((evidence.status, evidence.content_type.as_str(), evidence.size), (200, "text/html", page.len() as i64));
    assert_eq!(
        evidence.canonical_url.as_deref(),
        Some("https://www.voanews.com/a/guinea-opposition-calls-for-fresh-elections/3003569.html")
    );
    assert!(chrono::DateTime::parse_from_rfc3339(&evidence.fetched_at).is_ok(), "{}", evidence.fetched_at);
    assert!(library.web_pages().saved(kept[0].id).unwrap().text.contains("<script>window.tracking"));
}

#[test]
fn a_fetch_names_attache_and_sends_no_cookies_or_credentials() {
    let site = Site::start(vec![("/world/guinea", html(fixture("web/article.html")))]);
    let dir = tempfile::tempdir().unwrap();
    let library = library(&dir);
    created(&import(&library, &[site.url("/world/guinea")], &Target::Stories)[0]);
    let head = site.head("/world/guinea");
    assert!(head.starts_with("get /world/guinea http/1.1"), "{head}");
    assert!(head.contains("\r\nuser-agent: attache/"), "{head}");
    for header in ["cookie:", "authorization:"] {
        assert!(!head.contains(header), "{header} sent: {head}");
    }
}

#[test]
fn a_redirected_story_takes_the_final_address() {
    let site = Site::start(vec![
        ("/short", Reply::Redirect("/world/guinea".into())),
        ("/world/guinea", html(fixture("web/article.html"))),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let library = library(&dir);
    let results = import(&library, &[site.url("/short")], &Target::Stories);
    let story = library.stories().get(created(&results[0])).unwrap();
    assert_eq!(story.draft.url.as_deref(), Some(site.url("/world/guinea").as_str()));
    let evidence = &library.web_pages().for_story(story.id).unwrap()[0];
    assert_eq!(
        (evidence.address.as_str(), evidence.final_url.as_str()),
        (site.url("/short").as_str(), site.url("/world/guinea").as_str())
    );
}

#[test]
fn a_story_already_in_the_library_is_a_duplicate_and_not_fetched_again() {
    let article = fixture("web/article.html");
    // A print version naming the article by an address relative to its site.
    let print = String::from_utf8(article.clone())
        .unwrap()
        .replace("https://www.voanews.com/a/guinea-opposition-calls-for-fresh-elections/3003569.html", "/world/guinea")
        .replace("<p>Diallo said", "<p>Printed. Diallo said");
    let site = Site::start(vec![
        ("/world/guinea", html(article.clone())),
        ("/amp/guinea", html(article)),
        ("/print/guinea", html(print.into_bytes())),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let library = library(&dir);
    let first = created(&import(&library, &[site.url("/world/guinea")], &Target::Stories)[0]);
    let before = contents(&library);
    let again = [
        site.url("/world/guinea?utm_source=newsletter&utm_medium=email"),
        site.url("/amp/guinea"),
        site.url("/print/guinea"),
    ];
    let results = import(&library, &again, &Target::Stories);
    for result in &results {
        assert_eq!(
            result.added,
            Some(Added::Duplicate { id: first, reason: DuplicateReason::SameUrl }),
            "{}",
            result.file
        );
    }
    assert_eq!(site.hits("/world/guinea"), 1, "the address without tracking parameters is known: not fetched again");
    assert_eq!(site.hits("/amp/guinea"), 1, "another address is fetched, then known by its canonical address");
    assert_eq!(site.hits("/print/guinea"), 1, "a relative canonical address is read against the page's");
    assert_eq!(contents(&library), before);
}

#[test]
fn failures_name_the_address_and_leave_the_library_as_it_was() {
    let mut big = b"<html><body><p>".to_vec();
    big.resize(11 * 1024 * 1024, b'a');
    let routes = vec![
        ("/loop-a", Reply::Redirect("/loop-b".into())),
        ("/loop-b", Reply::Redirect("/loop-a".into())),
        ("/broken", Reply::Page { status: 500, content_type: "text/html", body: b"<html>oops</html>".to_vec() }),
        ("/slow", Reply::Stall(Duration::from_secs(5))),
        ("/big", html(big)),
        ("/endless", Reply::Endless(12 * 1024 * 1024)),
        ("/report.pdf", Reply::Page { status: 200, content_type: "application/pdf", body: b"%PDF-1.7".to_vec() }),
        ("/cut", Reply::CutShort { declared: 50_000, sent: fixture("web/article.html")[..2_000].to_vec() }),
    ];
    let site = Site::start(routes);
    let dir = tempfile::tempdir().unwrap();
    let library = library(&dir);
    let before = contents(&library);
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let cases = [
        ("/missing", ErrorCode::HttpStatus, "404"),
        ("/broken", ErrorCode::HttpStatus, "500"),
        ("/loop-a", ErrorCode::TooManyRedirects, "redirects more than 5 times"),
        ("/slow", ErrorCode::FetchTimeout, "did not arrive in time"),
        ("/big", ErrorCode::FileTooLarge, "at most 10 MB"),
        ("/endless", ErrorCode::FileTooLarge, "at most 10 MB"),
        ("/report.pdf", ErrorCode::UnsupportedFile, "is application/pdf"),
        ("/cut", ErrorCode::FetchFailed, "before the page was complete"),
    ];
    for target in [Target::Stories, Target::Sources(SourceDraft::default())] {
        let addresses: Vec<String> = cases.iter().map(|(path, _, _)| site.url(path)).collect();
        let results = import(&library, &addresses, &target);
        for ((path, code, words), result) in cases.iter().zip(&results) {
            let (got, message) = refused(result);
            assert_eq!(got, *code, "{path}: {message}");
            assert!(message.contains(words), "{path}: {message}");
        }
        let offline = import(&library, &[format!("http://127.0.0.1:{closed}/story")], &target);
        assert_eq!(refused(&offline[0]).0, ErrorCode::SiteUnreachable);
        // `.invalid` never resolves (RFC 6761), online or not.
        let unknown = import(&library, &["http://attache-test.invalid/story".into()], &target);
        let (code, message) = refused(&unknown[0]);
        assert_eq!(code, ErrorCode::SiteUnreachable);
        assert!(message.ends_with("its host name was not found (no such host, or this desk is offline)"), "{message}");
    }
    assert_eq!(contents(&library), before);
}

#[test]
fn a_page_in_windows_1252_is_decoded_as_its_markup_says() {
    let site = Site::start(vec![(
        "/ebola",
        Reply::Page { status: 200, content_type: "text/html", body: fixture("web/article-windows-1252.html") },
    )]);
    let dir = tempfile::tempdir().unwrap();
    let library = library(&dir);
    let story = library.stories().get(created(&import(&library, &[site.url("/ebola")], &Target::Stories)[0])).unwrap();
    let original = String::from_utf8(fixture("news/005-ebola-health-workers-front-lines.txt")).unwrap();
    let second = original.split("\n\n").nth(1).unwrap();
    assert!(story.draft.body.contains(second), "{}", story.draft.body);
}

#[test]
fn a_transcript_becomes_a_source_with_its_speaker_turns() {
    let name = "news-verification/01-hagel-pentagon-briefing-2015-01-22.txt";
    let site = Site::start(vec![(
        "/transcript",
        Reply::Page { status: 200, content_type: "text/plain; charset=utf-8", body: fixture(name) },
    )]);
    let dir = tempfile::tempdir().unwrap();
    let library = library(&dir);
    let meta = SourceDraft { issuer: Some("Department of Defense".into()), ..SourceDraft::default() };
    let results = import(&library, &[site.url("/transcript")], &Target::Sources(meta.clone()));
    let source = library.sources().get(created(&results[0])).unwrap();
    assert!(source.title.starts_with("Department of Defense Press Briefing by Secretary Hagel"), "{}", source.title);
    assert!(source.body.starts_with(&source.title), "a transcript keeps its first line");
    assert!(source.turns.iter().any(|t| t.label == "SECRETARY OF DEFENSE CHUCK HAGEL"));
    assert_eq!(source.url.as_deref(), Some(site.url("/transcript").as_str()));
    assert_eq!(source.issuer.as_deref(), Some("Department of Defense"));
    let kept = library.web_pages().for_source(source.id).unwrap();
    assert_eq!(library.web_pages().bytes(kept[0].id).unwrap().1, fixture(name));
    let again = import(&library, &[site.url("/transcript")], &Target::Sources(meta));
    assert_eq!(again[0].added, Some(Added::Duplicate { id: source.id, reason: DuplicateReason::SameUrl }));
    assert_eq!(site.hits("/transcript"), 1);
}

#[test]
fn a_batch_goes_on_past_a_failure_and_reports_each_address_in_order() {
    let site = Site::start(vec![
        ("/guinea", html(fixture("web/article.html"))),
        (
            "/ebola",
            Reply::Page { status: 200, content_type: "text/html", body: fixture("web/article-windows-1252.html") },
        ),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let library = library(&dir);
    let addresses = [site.url("/guinea"), site.url("/gone"), site.url("/ebola")];
    let mut progress = Vec::new();
    let results = import_addresses(
        &library,
        &addresses,
        &Target::Stories,
        &quick(),
        &Arc::new(AtomicBool::new(false)),
        |r, step| {
            progress.push((step.done, step.total, r.file.clone()));
        },
    );
    created(&results[0]);
    assert_eq!(refused(&results[1]).0, ErrorCode::HttpStatus);
    created(&results[2]);
    assert_eq!(
        progress,
        vec![(1, 3, addresses[0].clone()), (2, 3, addresses[1].clone()), (3, 3, addresses[2].clone())]
    );
    assert_eq!(library.stories().counts().unwrap().0, 2);
}

#[test]
fn a_cancelled_import_keeps_nothing_more() {
    let site = Site::start(vec![("/guinea", html(fixture("web/article.html")))]);
    let dir = tempfile::tempdir().unwrap();
    let library = library(&dir);
    let results = import_addresses(
        &library,
        &[site.url("/guinea")],
        &Target::Stories,
        &quick(),
        &Arc::new(AtomicBool::new(true)),
        |_, _| {},
    );
    assert_eq!(refused(&results[0]).0, ErrorCode::Cancelled);
    assert_eq!(contents(&library), (0, 0, 0));
}

#[test]
fn cancel_ends_the_wait_for_a_slow_server_and_keeps_nothing() {
    // The server stalls longer than the fetch's limit: without Cancel the
    // fetch would end as a timeout; with it, it ends as cancelled.
    let site = Site::start(vec![("/slow", Reply::Stall(Duration::from_secs(5)))]);
    let url = site.url("/slow");
    let dir = tempfile::tempdir().unwrap();
    let library = library(&dir);
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&cancel);
    let waiter = std::thread::spawn(move || {
        while site.hits("/slow") == 0 {
            std::thread::sleep(Duration::from_millis(20));
        }
        flag.store(true, Ordering::SeqCst);
        site
    });
    let limits = Limits { total: Duration::from_secs(4), ..quick() };
    let results = import_addresses(&library, &[url], &Target::Stories, &limits, &cancel, |_, _| {});
    assert_eq!(refused(&results[0]).0, ErrorCode::Cancelled);
    assert_eq!(contents(&library), (0, 0, 0));
    drop(waiter.join());
}

#[test]
fn addresses_attache_will_not_fetch_are_refused_before_any_request() {
    let dir = tempfile::tempdir().unwrap();
    let library = library(&dir);
    let results = import(
        &library,
        &["ftp://example.org/story.txt".into(), "https://editor:pw@example.org/a".into()],
        &Target::Stories,
    );
    for result in &results {
        assert_eq!(refused(result).0, ErrorCode::InvalidInput);
    }
}
