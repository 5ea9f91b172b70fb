//! A row deleted for good on one desk while another desk worked on it,
//! through one real PostgreSQL: work on what the deletion would take with it
//! (a quote verified) keeps the story; work on what merely points at it (a
//! fact-check) does not bring it back.

mod common;

use attache_core::factchecks::FactCheckDraft;
use attache_core::quotes::{QuoteRef, VerificationStatus};
use attache_core::{Library, StoryDraft};
use attache_team::sync;
use common::{desk, newsroom};

async fn sync_all(a: &Library, b: &Library) {
    for library in [a, b, a, b] {
        sync(library, &mut |_| {}).await.unwrap();
    }
}

/// The story's local id on a desk, by its headline, if the desk has it.
fn story_named(library: &Library, headline: &str) -> Option<i64> {
    let conn = rusqlite::Connection::open(library.path()).unwrap();
    conn.query_row("SELECT id FROM story WHERE headline = ?1", [headline], |r| r.get(0)).ok()
}

fn deleted_for_good(library: &Library, id: i64) {
    library.stories().trash(id).unwrap();
    assert_eq!(library.stories().empty_trash().unwrap(), 1);
}

/// A story added on desk a and synced to b: its id on each.
async fn one_story_on_both(a: &Library, b: &Library) -> (i64, i64) {
    let draft = StoryDraft { headline: "Talks in Doha".into(), body: BODY.into(), ..Default::default() };
    let on_a = a.stories().add(draft, None).unwrap().id();
    sync_all(a, b).await;
    (on_a, story_named(b, "Talks in Doha").expect("the story reached desk b"))
}

const BODY: &str = "The talks resumed in Doha.\n\n\"We will not stop until the hostages are home,\" the minister said.";

#[tokio::test]
async fn a_quote_verified_on_one_desk_keeps_the_story_the_other_deleted_for_good() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, a, b) = newsroom(dir.path(), desk).await;
    let (on_a, on_b) = one_story_on_both(&a, &b).await;
    attache_core::catch_up::analyze_pending(&b, |_, _| true).unwrap();
    let quote = b.quotes().of_story(on_b).unwrap().quotes.remove(0);
    let verified = QuoteRef { story_id: on_b, anchor: quote.anchor.clone() };
    b.quotes().set_status(&verified, VerificationStatus::Verified, "checked against the readout", None).unwrap();
    deleted_for_good(&a, on_a);
    sync_all(&a, &b).await;
    for library in [&a, &b] {
        let id = story_named(library, "Talks in Doha").expect("the story is kept on both desks");
        let statuses = library.quotes().statuses(&QuoteRef { story_id: id, anchor: quote.anchor.clone() }).unwrap();
        assert_eq!(
            statuses.iter().map(|s| (s.status, s.note.as_str())).collect::<Vec<_>>(),
            [(VerificationStatus::Verified, "checked against the readout")],
            "the verification is kept on {}",
            library.path().display()
        );
    }
}

#[tokio::test]
async fn a_fact_check_changed_on_one_desk_does_not_bring_back_the_story_the_other_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, a, b) = newsroom(dir.path(), desk).await;
    let (on_a, on_b) = one_story_on_both(&a, &b).await;
    let claim =
        FactCheckDraft { claim: "The talks resumed in Doha".into(), story_id: Some(on_b), ..Default::default() };
    let check = b.factchecks().add(&claim).unwrap();
    deleted_for_good(&a, on_a);
    sync_all(&a, &b).await;
    for library in [&a, &b] {
        assert_eq!(story_named(library, "Talks in Doha"), None, "the story stays deleted");
        let checks = library.factchecks().list(&Default::default()).unwrap();
        assert_eq!(checks.len(), 1, "the fact-check is kept");
        assert_eq!(checks[0].claim, "The talks resumed in Doha");
    }
    assert_eq!(b.factchecks().get(check.id).unwrap().story_id, None);
}
