//! The fact-check log on real library files: starting a check from a story,
//! the workflow, verdicts on the editable scale, evidence, and a history
//! that keeps every earlier verdict and summary.

mod common;

use attache_core::factchecks::{EvidenceDraft, EvidenceKind, FactCheckDraft, FactCheckFilter, FactCheckStatus};
use attache_core::ErrorCode;
use common::{seed_fixture, Desk};

fn seeded() -> (Desk, i64) {
    let desk = Desk::new();
    let id = attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {})[0].added.unwrap().id();
    (desk, id)
}

#[test]
fn a_check_started_from_a_story_takes_its_date_and_keeps_every_change() {
    let (desk, story) = seeded();
    let draft = FactCheckDraft {
        claim: "Blinken is on his ninth visit to the Middle East since October 7".into(),
        claimant: Some("The Wire".into()),
        story_id: Some(story),
        verdict: Some("mostly TRUE".into()),
        summary: Some("First reading.".into()),
        ..FactCheckDraft::default()
    };
    let check = desk.library.factchecks().add(&draft).unwrap();
    assert_eq!(check.appeared_date.map(|d| d.to_string()).as_deref(), Some("2024-08-19"), "from the story");
    assert_eq!(check.status, FactCheckStatus::Open);
    assert_eq!(check.verdict.as_ref().map(|r| (r.name.as_str(), r.value)), Some(("Mostly true", Some(4))));
    desk.library.set_editor_name("Dana Editor").unwrap();
    desk.library.factchecks().set_verdict(check.id, "True").unwrap();
    desk.library.factchecks().set_summary(check.id, "The records make it the ninth.").unwrap();
    desk.library.factchecks().set_status(check.id, FactCheckStatus::InReview).unwrap();
    let log = desk.library.factchecks().log(check.id).unwrap();
    let seen: Vec<(&str, Option<&str>, Option<&str>, &str)> =
        log.iter().map(|e| (e.field.as_str(), e.before.as_deref(), e.after.as_deref(), e.author.as_str())).collect();
    assert_eq!(
        seen,
        [
            ("created", None, Some(draft.claim.as_str()), "unnamed editor"),
            ("verdict", None, Some("Mostly true"), "unnamed editor"),
            ("summary", None, Some("First reading."), "unnamed editor"),
            ("verdict", Some("Mostly true"), Some("True"), "Dana Editor"),
            ("summary", Some("First reading."), Some("The records make it the ninth."), "Dana Editor"),
            ("status", Some("open"), Some("in_review"), "Dana Editor"),
        ]
    );
    let conn = rusqlite::Connection::open(desk.path()).unwrap();
    assert!(conn
        .execute("UPDATE factcheck_event SET after = 'x'", [])
        .unwrap_err()
        .to_string()
        .contains("append-only"));
}

#[test]
fn publishing_needs_a_verified_check_with_a_verdict() {
    let (desk, _) = seeded();
    let check = desk
        .library
        .factchecks()
        .add(&FactCheckDraft { claim: "A claim".into(), ..FactCheckDraft::default() })
        .unwrap();
    let err = desk.library.factchecks().set_status(check.id, FactCheckStatus::Published).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "fact-check {} is open and has no verdict: only a verified check with a verdict can be published",
            check.id
        )
    );
    desk.library.factchecks().set_verdict(check.id, "False").unwrap();
    desk.library.factchecks().set_status(check.id, FactCheckStatus::Verified).unwrap();
    assert_eq!(
        desk.library.factchecks().set_status(check.id, FactCheckStatus::Published).unwrap().status,
        FactCheckStatus::Published
    );
    assert_eq!(desk.library.factchecks().log(check.id).unwrap().len(), 4, "created, verdict, two statuses");
}

#[test]
fn listings_filter_by_status_verdict_claimant_and_date() {
    let (mut desk, story) = seeded();
    let add = |desk: &mut Desk, claim: &str, claimant: &str, verdict: &str| {
        let draft = FactCheckDraft {
            claim: claim.into(),
            claimant: Some(claimant.into()),
            verdict: Some(verdict.into()),
            story_id: Some(story),
            ..FactCheckDraft::default()
        };
        desk.library.factchecks().add(&draft).unwrap().id
    };
    let a = add(&mut desk, "Ninth visit", "Antony Blinken", "True");
    let b = add(&mut desk, "No greater cause", "Isaac Herzog", "Unverifiable");
    desk.library.factchecks().set_status(b, FactCheckStatus::Dropped).unwrap();
    let ids = |filter: FactCheckFilter| {
        desk.library.factchecks().list(&filter).unwrap().iter().map(|f| f.id).collect::<Vec<_>>()
    };
    assert_eq!(ids(FactCheckFilter::default()), [b, a]);
    assert_eq!(ids(FactCheckFilter { status: Some(FactCheckStatus::Dropped), ..Default::default() }), [b]);
    assert_eq!(ids(FactCheckFilter { verdict: Some("true".into()), ..Default::default() }), [a]);
    assert_eq!(ids(FactCheckFilter { claimant: Some("herzog".into()), ..Default::default() }), [b]);
    assert_eq!(ids(FactCheckFilter { from: "2024-08-20".parse().ok(), ..Default::default() }), Vec::<i64>::new());
    assert_eq!(ids(FactCheckFilter { to: "2024-08-19".parse().ok(), ..Default::default() }).len(), 2);
}

#[test]
fn evidence_says_what_it_shows_and_bad_input_is_refused() {
    let (desk, _) = seeded();
    let check = desk
        .library
        .factchecks()
        .add(&FactCheckDraft { claim: "A claim".into(), ..FactCheckDraft::default() })
        .unwrap();
    let url = EvidenceDraft {
        kind: EvidenceKind::Url,
        reference: Some("https://example.org".into()),
        shows: "the itinerary".into(),
    };
    let with = desk.library.factchecks().add_evidence(check.id, &url).unwrap();
    assert_eq!(with.evidence.len(), 1);
    assert_eq!(with.evidence[0].shows, "the itinerary");
    let empty = EvidenceDraft { shows: " ".into(), ..url };
    assert_eq!(desk.library.factchecks().add_evidence(check.id, &empty).unwrap_err().code(), ErrorCode::InvalidInput);
    let unknown = desk.library.factchecks().set_verdict(check.id, "Pants on fire").unwrap_err();
    assert!(
        unknown.to_string().starts_with("no rating \"Pants on fire\" on the scale (True, Mostly true,"),
        "{unknown}"
    );
    assert_eq!(desk.library.factchecks().add(&FactCheckDraft::default()).unwrap_err().code(), ErrorCode::InvalidInput);
    assert_eq!(desk.library.factchecks().get(999).unwrap_err().code(), ErrorCode::NotFound);
    let scale = desk.library.factchecks().set_rating("Pants on fire", Some(1), "Pants on Fire").unwrap();
    assert_eq!(scale.position, 8, "a new rating goes to the end of the scale");
    assert!(desk.library.factchecks().set_verdict(check.id, "pants on fire").is_ok());
}

#[test]
fn one_click_from_a_claim_fills_the_check_and_brings_the_travel_records_evidence() {
    let (desk, story) = seeded();
    let reading = desk.library.quotes().of_story(story).unwrap();
    let ninth =
        reading.claims.iter().find(|c| c.kind == attache_core::analysis::ClaimKind::Ordinal).unwrap().text.clone();
    let check = desk.library.factchecks().from_story(story, &ninth).unwrap();
    assert_eq!(check.claim, ninth);
    assert_eq!(check.story_id, Some(story));
    assert_eq!(check.evidence.len(), 1);
    assert_eq!(check.evidence[0].kind, EvidenceKind::TravelCheck);
    assert!(
        check.evidence[0].shows.starts_with("agrees: the records make this the 9th journey"),
        "{}",
        check.evidence[0].shows
    );
    let quote = reading.quotes.iter().find(|q| q.speaker.as_deref() == Some("Isaac Herzog")).unwrap();
    let from_quote = desk.library.factchecks().from_story(story, &quote.text).unwrap();
    assert_eq!(from_quote.claimant.as_deref(), Some("Isaac Herzog"));
    assert!(!from_quote.claim.ends_with(','), "the trailing comma of the quote is dropped");
    assert_eq!(
        desk.library.factchecks().from_story(story, "never written").unwrap_err().code(),
        ErrorCode::InvalidInput
    );
}
