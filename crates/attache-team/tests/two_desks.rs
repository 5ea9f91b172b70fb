//! Two and three desks against one real PostgreSQL: every shared kind
//! round-trips, offline edits converge, conflicts are recorded and
//! resolvable, and a library deleted on one desk while edited on another
//! keeps the edit.

mod common;

use attache_core::factchecks::{EvidenceDraft, EvidenceKind, FactCheckDraft, FactCheckFilter};
use attache_core::{Library, StoryDraft};
use attache_team::{init, join, sync, SyncReport};
use common::{desk, newsroom};

async fn synced(library: &Library) -> SyncReport {
    sync(library, &mut |_| {}).await.unwrap()
}

fn story(headline: &str, body: &str) -> StoryDraft {
    StoryDraft { headline: headline.into(), body: body.into(), tags: vec!["mideast".into()], ..Default::default() }
}

/// The stories on a desk, as (local id, uid), read from its file.
fn stories(library: &Library) -> Vec<(i64, String)> {
    let conn = rusqlite::Connection::open(library.path()).unwrap();
    let mut stmt = conn.prepare("SELECT id, uid FROM story ORDER BY id").unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
}

#[tokio::test]
async fn a_story_and_its_fact_check_with_history_and_evidence_reach_the_other_desk() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, a, b) = newsroom(dir.path(), desk).await;
    let added = a
        .stories()
        .add(story("Talks in Cairo", "Blinken said \"We are close.\" It was his ninth visit."), None)
        .unwrap();
    let check = a
        .factchecks()
        .add(&FactCheckDraft {
            claim: "It was his ninth visit.".into(),
            story_id: Some(added.id()),
            ..Default::default()
        })
        .unwrap();
    a.factchecks().set_verdict(check.id, "Mostly true").unwrap();
    a.factchecks()
        .add_evidence(
            check.id,
            &EvidenceDraft {
                kind: EvidenceKind::Url,
                reference: Some("https://example.org".into()),
                shows: "the itinerary".into(),
            },
        )
        .unwrap();
    let pushed = synced(&a).await;
    assert!(pushed.pushed >= 5, "{pushed:?}");

    let report = synced(&b).await;
    assert!(report.pulled >= 5, "{report:?}");
    let on_b = b.factchecks().list(&FactCheckFilter::default()).unwrap();
    assert_eq!(on_b.len(), 1);
    let theirs = &on_b[0];
    assert_eq!(theirs.claim, "It was his ninth visit.");
    assert_eq!(theirs.verdict.as_ref().map(|r| r.name.as_str()), Some("Mostly true"));
    assert_eq!(theirs.evidence.iter().map(|e| e.shows.as_str()).collect::<Vec<_>>(), ["the itinerary"]);
    assert_eq!(theirs.story_headline.as_deref(), Some("Talks in Cairo"));
    let history = b.factchecks().log(theirs.id).unwrap();
    assert_eq!(history.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(), ["created", "verdict", "evidence"]);
    assert!(history.iter().all(|e| e.author == "ana"), "{history:?}");
    let story_b = b.stories().get(theirs.story_id.unwrap()).unwrap();
    assert_eq!(stories(&b)[0].1, stories(&a)[0].1, "one story, known by one id");
    assert_eq!(story_b.draft.headline, "Talks in Cairo");
    assert_eq!(story_b.draft.tags, ["mideast"]);

    b.factchecks().set_summary(theirs.id, "The records make it the ninth.").unwrap();
    synced(&b).await;
    synced(&a).await;
    assert_eq!(a.factchecks().get(check.id).unwrap().summary, "The records make it the ninth.");
    let fields: Vec<String> =
        a.factchecks().log(check.id).unwrap().into_iter().map(|e| format!("{}:{}", e.field, e.author)).collect();
    assert_eq!(fields, ["created:ana", "verdict:ana", "evidence:ana", "summary:ben"]);
}

#[tokio::test]
async fn the_same_field_changed_on_two_desks_apart_keeps_the_later_and_records_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, a, b) = newsroom(dir.path(), desk).await;
    let added = a.stories().add(story("Talks", "Body."), None).unwrap();
    synced(&a).await;
    synced(&b).await;
    let b_id = stories(&b)[0].0;

    let mut draft_a = story("Talks in Cairo", "Body.");
    draft_a.tags = vec!["mideast".into()];
    a.stories().update(added.id(), draft_a).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    b.stories().update(b_id, story("Talks in Riyadh", "Body.")).unwrap();

    synced(&a).await;
    let report = synced(&b).await;
    assert_eq!(report.conflicts, 1, "{report:?}");
    synced(&a).await;
    assert_eq!(
        a.stories().get(added.id()).unwrap().draft.headline,
        "Talks in Riyadh",
        "the later edit is current everywhere"
    );
    assert_eq!(b.stories().get(b_id).unwrap().draft.headline, "Talks in Riyadh");

    let conflicts = b.team().conflicts().unwrap();
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    let conflict = &conflicts[0];
    assert_eq!(
        (conflict.field.as_str(), conflict.kept.as_str(), conflict.other.as_str()),
        ("headline", "\"Talks in Riyadh\"", "\"Talks in Cairo\"")
    );
    assert_eq!((conflict.kept_author.as_str(), conflict.other_author.as_str()), ("ben", "ana"));
    assert_eq!(b.team().status().unwrap().unwrap().conflicts, 1);

    for (library, id) in [(&a, added.id()), (&b, b_id)] {
        let kept: Vec<String> =
            library.stories().revisions(id).unwrap().into_iter().map(|r| r.draft.headline).collect();
        assert!(
            kept.contains(&"Talks in Cairo".to_string()),
            "the text that lost is a revision on both desks: {kept:?}"
        );
    }

    b.team().resolve(conflict.id, true).unwrap();
    assert!(b.team().conflicts().unwrap().is_empty());
    synced(&b).await;
    synced(&a).await;
    assert_eq!(
        a.stories().get(added.id()).unwrap().draft.headline,
        "Talks in Cairo",
        "the value taken back reaches every desk"
    );
    assert_eq!(b.stories().get(b_id).unwrap().draft.headline, "Talks in Cairo");
}

#[tokio::test]
async fn a_story_trashed_on_one_desk_and_edited_on_another_keeps_the_edit_in_the_trash() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, a, b) = newsroom(dir.path(), desk).await;
    let added = a.stories().add(story("Talks", "Body."), None).unwrap();
    synced(&a).await;
    synced(&b).await;
    let b_id = stories(&b)[0].0;
    a.stories().trash(added.id()).unwrap();
    b.stories().update(b_id, story("Talks, revised", "Body, revised.")).unwrap();
    synced(&a).await;
    synced(&b).await;
    synced(&a).await;
    for (library, id) in [(&a, added.id()), (&b, b_id)] {
        let kept = library.stories().get(id).unwrap();
        assert_eq!(kept.draft.headline, "Talks, revised");
        assert!(kept.deleted_at.is_some(), "still in the trash");
        assert_eq!(library.stories().revisions(id).unwrap().len(), 1, "the replaced text is a revision on both desks");
    }
}

#[tokio::test]
async fn three_desks_editing_apart_converge_and_nothing_waits() {
    let dir = tempfile::tempdir().unwrap();
    let (server, a, b) = newsroom(dir.path(), desk).await;
    let cy = server.editor("cy", "cy-pw").await;
    init(&server.admin_url(), None, "newsroom", std::slice::from_ref(&cy)).await.unwrap();
    let c = desk(dir.path(), "cy");
    join(&c, &server.url(&cy, "cy-pw"), None, None).await.unwrap();
    for (i, library) in [&a, &b, &c].into_iter().enumerate() {
        let added = library.stories().add(story(&format!("Story {i}"), &format!("Body {i}.")), None).unwrap();
        library
            .factchecks()
            .add(&FactCheckDraft { claim: format!("Claim {i}"), story_id: Some(added.id()), ..Default::default() })
            .unwrap();
        library.factchecks().set_rating(&format!("Rating {i}"), Some(3), "").unwrap();
    }
    for _ in 0..2 {
        for library in [&a, &b, &c] {
            synced(library).await;
        }
    }
    let claims = |library: &Library| {
        let mut claims: Vec<String> =
            library.factchecks().list(&FactCheckFilter::default()).unwrap().into_iter().map(|f| f.claim).collect();
        claims.sort();
        claims
    };
    let ratings =
        |library: &Library| library.factchecks().ratings().unwrap().into_iter().map(|r| r.name).collect::<Vec<_>>();
    for library in [&a, &b, &c] {
        assert_eq!(claims(library), ["Claim 0", "Claim 1", "Claim 2"]);
        assert_eq!(library.team().status().unwrap().unwrap().waiting, 0);
        assert_eq!(ratings(library).len(), ratings(&a).len(), "the built-in scale is one scale, not three");
        assert!(ratings(library).iter().any(|r| r == "Rating 2"));
    }
}
