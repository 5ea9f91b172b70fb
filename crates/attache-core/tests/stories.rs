//! Stories on a real library file: import, duplicates, revisions, trash, search.

mod common;

use attache_core::{Added, DuplicateReason, ErrorCode, StoryQuery};
use common::{draft, seed_fixture, Desk};

#[test]
fn importing_the_seed_fixture_gives_its_headline_and_body() {
    let desk = Desk::new();
    let results = attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {});
    let id = results[0].added.expect("imported").id();
    let story = desk.library.stories().get(id).unwrap();
    assert_eq!(
        story.draft.headline,
        "US Secretary of State Antony Blinken Pushes for Gaza Truce During High-Stakes Israel Visit"
    );
    assert!(story.draft.body.starts_with("US Secretary of State Antony Blinken, currently in Israel"));
    assert!(story.draft.body.ends_with("Herzog told Blinken."), "the scraped Comments line is dropped");
    assert_eq!(story.draft.published.map(|d| d.to_string()).as_deref(), Some("2024-08-19"));
    assert_eq!(story.origin.as_deref(), Some("seed-article-2024-08-19.txt"));
}

#[test]
fn duplicates_by_body_and_by_url_are_reported_not_doubled() {
    let desk = Desk::new();
    let first = desk.library.stories().add(draft("Talks", "“It is time,” he said."), None).unwrap();
    let again = desk.library.stories().add(draft("Talks (copy)", "\"It is time,\"   he said."), None).unwrap();
    assert_eq!(again, Added::Duplicate { id: first.id(), reason: DuplicateReason::SameBody });

    let mut linked = draft("Linked", "Different words entirely.");
    linked.url = Some("https://www.wire.example/talks/".into());
    let linked_id = desk.library.stories().add(linked, None).unwrap().id();
    let mut same_link = draft("Same link", "Other words again.");
    same_link.url = Some("http://wire.example/talks?utm_source=feed".into());
    assert_eq!(
        desk.library.stories().add(same_link, None).unwrap(),
        Added::Duplicate { id: linked_id, reason: DuplicateReason::SameUrl }
    );
    assert_eq!(desk.library.stories().search(&StoryQuery::default()).unwrap().total, 2);
}

#[test]
fn every_save_keeps_the_previous_revision_and_restoring_is_undoable() {
    let desk = Desk::new();
    let id = desk.library.stories().add(draft("First headline", "Body one."), None).unwrap().id();
    let mut edit = desk.library.stories().get(id).unwrap().draft;
    edit.headline = "Second headline".into();
    edit.tags = vec!["gaza".into(), " to check ".into(), "gaza".into()];
    let saved = desk.library.stories().update(id, edit.clone()).unwrap();
    assert_eq!(saved.draft.tags, ["gaza", "to check"]);
    desk.library.stories().update(id, edit).unwrap();
    let revisions = desk.library.stories().revisions(id).unwrap();
    assert_eq!(revisions.len(), 1, "saving unchanged fields writes no revision");
    assert_eq!(revisions[0].draft.headline, "First headline");

    let restored = desk.library.stories().restore_revision(id, 1).unwrap();
    assert_eq!(restored.draft.headline, "First headline");
    assert!(restored.draft.tags.is_empty());
    let revisions = desk.library.stories().revisions(id).unwrap();
    assert_eq!(revisions.len(), 2);
    assert_eq!(revisions[0].draft.headline, "Second headline");
    assert_eq!(revisions[0].draft.tags, ["gaza", "to check"]);
}

#[test]
fn trash_hides_restores_and_empties() {
    let desk = Desk::new();
    let keep = desk.library.stories().add(draft("Keep", "Herzog met Blinken."), None).unwrap().id();
    let gone = desk.library.stories().add(draft("Gone", "Herzog spoke again."), None).unwrap().id();
    let mut edit = desk.library.stories().get(gone).unwrap().draft;
    edit.body = "Herzog spoke once more.".into();
    desk.library.stories().update(gone, edit).unwrap();

    desk.library.stories().trash(gone).unwrap();
    let search = |trash| StoryQuery { text: Some("herzog".into()), trash, ..StoryQuery::default() };
    let ids = |page: attache_core::StoryPage| page.stories.iter().map(|s| s.id).collect::<Vec<_>>();
    assert_eq!(ids(desk.library.stories().search(&search(false)).unwrap()), [keep]);
    assert_eq!(desk.library.stories().search(&search(false)).unwrap().total, 1, "the count leaves out the trash");
    assert_eq!(ids(desk.library.stories().search(&search(true)).unwrap()), [gone]);

    desk.library.stories().untrash(gone).unwrap();
    assert_eq!(desk.library.stories().search(&search(false)).unwrap().total, 2);

    desk.library.stories().trash(gone).unwrap();
    assert_eq!(desk.library.stories().empty_trash().unwrap(), 1);
    assert_eq!(desk.library.stories().get(gone).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(desk.library.stories().search(&search(true)).unwrap().total, 0);
    let check = desk.library.check().unwrap();
    assert!(check.is_ok());
    assert_eq!((check.info.stories, check.info.trashed), (1, 0));
}

#[test]
fn search_ranks_headline_matches_first_and_highlights_the_snippet() {
    let desk = Desk::new();
    let in_body =
        desk.library.stories().add(draft("Talks in Doha", "Later, Herzog joined the talks."), None).unwrap().id();
    let in_headline =
        desk.library.stories().add(draft("Herzog meets Blinken", "The two met for an hour."), None).unwrap().id();
    desk.library.stories().add(draft("Unrelated", "Nothing about that here."), None).unwrap();
    let page =
        desk.library.stories().search(&StoryQuery { text: Some("herzog".into()), ..StoryQuery::default() }).unwrap();
    assert_eq!(page.total, 2);
    assert_eq!(page.stories.iter().map(|s| s.id).collect::<Vec<_>>(), [in_headline, in_body]);
    let snippet = page.stories[1].snippet.as_deref().unwrap();
    assert!(snippet.contains("\u{E000}Herzog\u{E001}"), "{snippet}");
}

#[test]
fn search_filters_by_date_outlet_and_tag() {
    let desk = Desk::new();
    let add = |headline: &str, outlet: &str, date: &str, tag: &str| {
        let mut d = draft(headline, &format!("{headline} about Gaza talks."));
        d.outlet = Some(outlet.into());
        d.published = date.parse().ok();
        d.tags = vec![tag.into()];
        desk.library.stories().add(d, None).unwrap().id()
    };
    let july = add("July story", "Wire", "2024-07-02", "ceasefire");
    let august = add("August story", "Ledger", "2024-08-19", "visit");
    let _september = add("September story", "Wire", "2024-09-05", "visit");
    let query =
        |q: StoryQuery| desk.library.stories().search(&q).unwrap().stories.iter().map(|s| s.id).collect::<Vec<_>>();
    let base = || StoryQuery { text: Some("gaza".into()), ..StoryQuery::default() };
    assert_eq!(query(StoryQuery { from: "2024-07-01".parse().ok(), to: "2024-08-31".parse().ok(), ..base() }).len(), 2);
    assert_eq!(query(StoryQuery { outlet: Some("ledger".into()), ..base() }), [august]);
    assert_eq!(query(StoryQuery { tag: Some("ceasefire".into()), ..base() }), [july]);
    assert_eq!(query(StoryQuery::default()).first(), Some(&_september), "newest first without words");
}

#[test]
fn a_story_needs_a_headline() {
    let desk = Desk::new();
    let err = desk.library.stories().add(draft("   ", "Body."), None).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
}

#[test]
fn phrases_and_prefixes_narrow_while_the_words_as_typed_rank_with_paging_and_the_trash_left_out() {
    let desk = Desk::new();
    let add = |headline: &str, body: &str| desk.library.stories().add(draft(headline, body), None).unwrap().id();
    let most =
        add("Safadi on the release of hostages", "Safadi said the release of hostages comes first. Safadi again.");
    let less = add("Talks in Amman", "Ayman Safadi spoke briefly on the release of hostages.");
    let prefix_only = add("Safadis meet", "The Safadis discussed the release of hostages at home.");
    let phrase_missing = add("Safadi in Cairo", "Safadi spoke of hostages and their release.");
    let trashed = add("Safadi, trashed", "Safadi on the release of hostages, once more.");
    desk.library.stories().trash(trashed).unwrap();
    let ids = |text: &str, offset: Option<u32>, limit: Option<u32>| {
        let page = desk.library.stories().search(&StoryQuery {
            text: Some(text.into()),
            offset,
            limit,
            ..StoryQuery::default()
        });
        let page = page.unwrap();
        (page.total, page.stories.iter().map(|s| s.id).collect::<Vec<_>>())
    };
    assert_eq!(ids("\"release of hostages\" safadi", None, None), (3, vec![most, less, prefix_only]));
    assert_eq!(ids("\"release of hostages\" safadi", Some(1), Some(1)), (3, vec![less]), "a later page");
    assert!(!ids("safadi", None, None).1.contains(&trashed));
    assert!(!ids("\"release of hostages\" safadi", None, None).1.contains(&phrase_missing));
    let page = desk
        .library
        .stories()
        .search(&StoryQuery { text: Some("\"release of hostages\" saf".into()), ..StoryQuery::default() });
    assert_eq!(page.unwrap().stories[0].snippet.as_deref().map(|s| s.contains('\u{E000}')), Some(true));
}

#[test]
fn filters_offer_the_outlets_and_tags_of_stories_outside_the_trash() {
    let desk = Desk::new();
    let add = |headline: &str, outlet: &str, tags: &[&str]| {
        let mut story = draft(headline, &format!("{headline}, the whole story."));
        story.outlet = Some(outlet.into());
        story.tags = tags.iter().map(|t| t.to_string()).collect();
        desk.library.stories().add(story, None).unwrap().id()
    };
    add("One", "the Wire", &["gaza"]);
    add("Two", "Daily Ledger", &["visit", "gaza"]);
    add("Three", "The Wire", &[]);
    let trashed = add("Four", "Evening Post", &["sanctions", "visit"]);
    desk.library.stories().trash(trashed).unwrap();
    let filters = desk.library.stories().filters().unwrap();
    assert_eq!(filters.outlets, ["Daily Ledger", "The Wire", "the Wire"].map(String::from));
    assert_eq!(filters.tags, ["gaza", "visit"].map(String::from));
    desk.library.stories().untrash(trashed).unwrap();
    let filters = desk.library.stories().filters().unwrap();
    assert!(filters.outlets.contains(&"Evening Post".to_string()));
    assert_eq!(filters.tags, ["gaza", "sanctions", "visit"].map(String::from));
}

#[test]
fn a_story_that_fails_to_write_leaves_nothing_and_the_rest_of_its_batch_is_added() {
    let desk = Desk::new();
    let mut bad = draft("Dated in the far future", "The library's check refuses a five-digit year.");
    bad.published = chrono::NaiveDate::from_ymd_opt(12024, 8, 19);
    bad.tags = vec!["future".into()];
    let outcomes = desk
        .library
        .stories()
        .add_all(vec![
            (draft("First", "The first story of the batch."), None),
            (bad, None),
            (draft("", "A story without a headline is refused before anything is written."), None),
            (draft("Last", "The last story of the batch."), None),
        ])
        .unwrap();
    assert!(matches!(outcomes[0], Ok(Added::Created { .. })));
    assert!(outcomes[1].is_err(), "{:?}", outcomes[1]);
    assert_eq!(outcomes[2].as_ref().unwrap_err().code(), ErrorCode::InvalidInput);
    assert!(matches!(outcomes[3], Ok(Added::Created { .. })));
    let listed = desk.library.stories().search(&StoryQuery::default()).unwrap();
    let mut headlines: Vec<String> = listed.stories.into_iter().map(|s| s.headline).collect();
    headlines.sort();
    assert_eq!(headlines, ["First", "Last"]);
    assert!(desk.library.stories().filters().unwrap().tags.is_empty(), "the failed story's tag is gone too");
}
