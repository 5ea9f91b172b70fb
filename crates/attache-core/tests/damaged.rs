//! A damaged library file: every command fails with the code `corrupt` and
//! says how to recover, `check` reports what can still be read, and
//! `salvage` copies every readable story, source and fact-check into a new
//! library, the damaged file left exactly as it was.

mod common;

use attache_core::factchecks::{FactCheckDraft, FactCheckFilter};
use attache_core::salvage::{inspect, salvage};
use attache_core::sources::SourceDraft;
use attache_core::{ErrorCode, Library, StoryQuery};
use common::draft;
use std::io::{Seek, SeekFrom, Write};
use std::path::Path;

const STORIES: usize = 60;

/// A library of 60 stories of a few pages each, a source and a fact-check,
/// closed (so that everything is in the main file).
fn library(path: &Path) {
    let library = Library::open(path).unwrap();
    let body = |i: usize| format!("Story number {i}. ") + &"The minister said the talks would resume. ".repeat(120);
    let drafts = (0..STORIES).map(|i| (draft(&format!("Talks, part {i}"), &body(i)), None)).collect();
    library.stories().add_all(drafts).unwrap();
    let source = SourceDraft {
        title: "Transcript of the briefing".into(),
        issuer: None,
        date: None,
        url: None,
        kind: None,
        body: "MS. BRUCE: The talks will resume on Monday.".into(),
        origin: None,
    };
    library.sources().add(&source).unwrap();
    let check = FactCheckDraft { claim: "The talks will resume on Monday.".into(), ..FactCheckDraft::default() };
    library.factchecks().add(&check).unwrap();
}

/// Overwrites with noise the page holding the text of story 30 (and what
/// shares that page with it).
fn damage(path: &Path) {
    let bytes = std::fs::read(path).unwrap();
    let needle = b"Story number 30. ";
    let at = bytes.windows(needle.len()).position(|w| w == needle).expect("the story's text is in the file") as u64;
    let page = 8192;
    let mut file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    file.seek(SeekFrom::Start(at / page * page)).unwrap();
    file.write_all(&vec![0xA5; page as usize]).unwrap();
}

#[test]
fn a_damaged_library_is_reported_and_salvaged_into_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("library.sqlite3");
    library(&path);
    damage(&path);
    let before = std::fs::read(&path).unwrap();

    // Commands that read the damaged pages fail with `corrupt` and the way out.
    let everything = StoryQuery { limit: Some(1_000), ..StoryQuery::default() };
    let err = Library::open(&path)
        .and_then(|library| {
            library.stories().search(&StoryQuery { text: Some("minister".into()), ..everything.clone() })?;
            library.check().map(|_| ())
        })
        .err();
    if let Some(err) = &err {
        assert_eq!(err.code(), ErrorCode::Corrupt, "{err}");
        assert!(err.to_string().contains("attache salvage"), "{err}");
    }
    let report = inspect(&path).unwrap();
    assert_ne!(report.integrity, ["ok"], "the damage is found");
    let story = report.tables.iter().find(|t| t.name == "story").unwrap();
    assert!(report.tables.iter().any(|t| t.name == "factcheck" && t.rows == Some(1)), "{:?}", report.tables);
    assert!(report.advice.contains("salvage"), "{}", report.advice);

    let new = dir.path().join("salvaged.sqlite3");
    let result = salvage(&path, &new).unwrap();
    let stories = result.tables.iter().find(|t| t.name == "story").unwrap();
    // One page lost: story 30, and perhaps a neighbour sharing its page.
    assert!(stories.copied >= STORIES - 3 && stories.copied < STORIES, "{stories:?} (story table: {story:?})");
    assert!(!stories.complete, "the loss is reported");
    let library = Library::open(&new).unwrap();
    assert!(library.check().unwrap().is_ok(), "the new library is whole");
    assert_eq!(library.stories().search(&everything).unwrap().total as usize, stories.copied);
    let found = library.stories().search(&StoryQuery { text: Some("minister".into()), ..everything }).unwrap();
    assert_eq!(found.total as usize, stories.copied, "the search index is rebuilt");
    assert_eq!(library.sources().list(None).unwrap().len(), 1);
    assert_eq!(library.factchecks().list(&FactCheckFilter::default()).unwrap().len(), 1);
    assert_eq!(std::fs::read(&path).unwrap(), before, "the damaged file is not changed");
    assert_eq!(
        salvage(&path, &new).unwrap_err().code(),
        ErrorCode::InvalidInput,
        "an existing file is not overwritten"
    );
}
