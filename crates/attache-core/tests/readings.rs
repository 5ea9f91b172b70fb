//! Quotes and claims kept in the library: read at import and on every edit,
//! caught up for older libraries, and the editor's corrections surviving
//! every re-analysis.

mod common;

use attache_core::analysis::quote_anchor;
use attache_core::{Library, QuoteRef, StoryQuery};
use common::{draft, seed_fixture, write_old_story, Desk};

fn speakers(library: &Library, who: Option<&str>) -> Vec<(String, Option<String>)> {
    library.quotes().list(who).unwrap().into_iter().map(|q| (q.text.chars().take(12).collect(), q.speaker)).collect()
}

#[test]
fn importing_the_seed_stores_its_quotes_by_speaker() {
    let desk = Desk::new();
    attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {});
    let all = desk.library.quotes().list(None).unwrap();
    assert_eq!(all.len(), 6);
    let blinken = desk.library.quotes().list(Some("blinken")).unwrap();
    assert_eq!(blinken.len(), 5, "three quotes and two fragments");
    assert!(blinken.iter().all(|q| q.speaker.as_deref() == Some("Antony Blinken")));
    let herzog = desk.library.quotes().list(Some("Isaac Herzog")).unwrap();
    assert_eq!(herzog.len(), 1);
    assert_eq!(
        herzog[0].headline,
        "US Secretary of State Antony Blinken Pushes for Gaza Truce During High-Stakes Israel Visit"
    );
}

#[test]
fn an_editors_speaker_fix_survives_edits_and_re_analysis() {
    let desk = Desk::new();
    let body = "“We are closer than ever to a deal on the border,” a senior official said on Monday.";
    let id = desk.library.stories().add(draft("Talks", body), None).unwrap().id();
    let quote = QuoteRef { story_id: id, anchor: quote_anchor("We are closer than ever to a deal on the border,") };
    assert_eq!(speakers(&desk.library, None), [("We are close".into(), None)]);

    desk.library.quotes().fix_speaker(&quote, Some("Ayman Safadi")).unwrap();
    let mut edit = desk.library.stories().get(id).unwrap().draft;
    edit.body = format!("{body}\nThe talks resume next week.");
    desk.library.stories().update(id, edit).unwrap();
    attache_core::catch_up::analyze_pending(&desk.library, |_, _| true).unwrap();
    let quotes = desk.library.quotes().list(Some("safadi")).unwrap();
    assert_eq!(quotes.len(), 1);
    assert!(quotes[0].speaker_fixed);
    let nowhere = QuoteRef { story_id: id, anchor: quote_anchor("words nobody wrote") };
    assert!(desk.library.quotes().fix_speaker(&nowhere, None).is_err());
}

#[test]
fn stories_of_an_older_library_are_read_when_catching_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        drop(Library::open_at(&path, 2).unwrap());
        write_old_story(&path, "Old story", "“It is time,” Herzog said.");
    }
    let library = Library::open(&path).unwrap();
    assert!(library.quotes().list(None).unwrap().is_empty(), "nothing read yet");
    let mut seen = Vec::new();
    let read = attache_core::catch_up::analyze_pending(&library, |done, total| {
        seen.push((done, total));
        true
    });
    assert_eq!(read.unwrap(), 1);
    assert_eq!(seen, [(1, 1)]);
    assert_eq!(library.quotes().list(None).unwrap()[0].text, "It is time,");
    assert_eq!(attache_core::catch_up::analyze_pending(&library, |_, _| true).unwrap(), 0, "nothing left to read");
    assert_eq!(library.stories().search(&StoryQuery::default()).unwrap().total, 1);
}

#[test]
fn trashed_stories_keep_their_quotes_out_of_the_list() {
    let desk = Desk::new();
    let id =
        desk.library.stories().add(draft("Talks", "“It is time for a deal now,” Blinken said."), None).unwrap().id();
    assert_eq!(desk.library.quotes().list(None).unwrap().len(), 1);
    desk.library.stories().trash(id).unwrap();
    assert!(desk.library.quotes().list(None).unwrap().is_empty());
}

#[test]
fn a_storys_reading_lists_its_quotes_and_claims_in_text_order() {
    let desk = Desk::new();
    let results = attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {});
    let id = results[0].added.unwrap().id();
    let reading = desk.library.quotes().of_story(id).unwrap();
    let starts: Vec<i64> = reading.quotes.iter().map(|q| q.start).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(reading.quotes.first().map(|q| q.text.as_str()), Some("last"));
    assert!(reading
        .claims
        .iter()
        .any(|c| c.kind == attache_core::analysis::ClaimKind::Ordinal && c.text.contains("ninth visit")));
    let text: Vec<char> = format!(
        "{}\n{}",
        desk.library.stories().get(id).unwrap().draft.headline,
        desk.library.stories().get(id).unwrap().draft.body
    )
    .chars()
    .collect();
    let q = &reading.quotes[1];
    assert_eq!(text[q.start as usize..q.end as usize].iter().collect::<String>(), q.text);
}

#[test]
fn a_dismissed_claim_stays_dismissed_through_edits() {
    let desk = Desk::new();
    let body = "It was his ninth visit to the region this year.";
    let id = desk.library.stories().add(draft("Visit", body), None).unwrap().id();
    let claim = desk.library.quotes().of_story(id).unwrap().claims[0].text.clone();
    desk.library.quotes().dismiss_claim(id, &claim, true).unwrap();
    let mut edit = desk.library.stories().get(id).unwrap().draft;
    edit.body = format!("{body}\nHe flies home on Friday.");
    desk.library.stories().update(id, edit).unwrap();
    assert!(desk.library.quotes().of_story(id).unwrap().claims.iter().find(|c| c.text == claim).unwrap().dismissed);
    desk.library.quotes().dismiss_claim(id, &claim, false).unwrap();
    assert!(!desk.library.quotes().of_story(id).unwrap().claims[0].dismissed);
    assert!(desk.library.quotes().dismiss_claim(id, "no such sentence", true).is_err());
}

#[test]
fn moved_quote_boundaries_hold_through_edits_and_lapse_when_the_words_go() {
    let desk = Desk::new();
    let body = "Safadi said the talks were “closer than ever to a deal on the border, officials said” on Monday.";
    let id = desk.library.stories().add(draft("Talks", body), None).unwrap().id();
    let analyzed = desk.library.quotes().of_story(id).unwrap().quotes.remove(0);
    assert_eq!(analyzed.text, "closer than ever to a deal on the border, officials said");
    desk.library.quotes().fix_speaker(&analyzed.reference(), Some("Ayman Safadi")).unwrap();

    let moved =
        desk.library.quotes().move_bounds(&analyzed.reference(), "closer than ever to a deal on the border").unwrap();
    assert_eq!(moved.anchor, analyzed.anchor, "a moved quote keeps its anchor");
    assert_eq!((moved.kind.as_str(), moved.bounds_fixed), ("quote", true));
    assert_eq!(moved.speaker.as_deref(), Some("Ayman Safadi"), "the speaker fix follows the quote");
    let text: Vec<char> = format!("Talks\n{body}").chars().collect();
    assert_eq!(text[moved.start as usize..moved.end as usize].iter().collect::<String>(), moved.text);

    let mut edit = desk.library.stories().get(id).unwrap().draft;
    edit.body = format!("In Amman, {body}");
    desk.library.stories().update(id, edit).unwrap();
    let quote = &desk.library.quotes().of_story(id).unwrap().quotes[0];
    assert_eq!((quote.text.as_str(), quote.bounds_fixed), ("closer than ever to a deal on the border", true));
    assert_eq!(quote.start, moved.start + 10, "found again after the words before it changed");
    let again = desk.library.quotes().move_bounds(&quote.reference(), "closer than ever to a deal").unwrap();
    assert_eq!(again.kind, attache_core::analysis::QuoteKind::Quote);

    let mut edit = desk.library.stories().get(id).unwrap().draft;
    edit.body = "Safadi said the talks were “nearly at a deal on the border, officials said” on Monday.".into();
    desk.library.stories().update(id, edit).unwrap();
    let quote = &desk.library.quotes().of_story(id).unwrap().quotes[0];
    assert_eq!((quote.text.as_str(), quote.bounds_fixed), ("nearly at a deal on the border, officials said", false));
}

#[test]
fn a_move_to_words_away_from_the_quote_is_refused_and_changes_nothing() {
    let desk = Desk::new();
    let body = "“We will keep working until it is done,” Blinken said in Doha. Talks resume on Monday.";
    let id = desk.library.stories().add(draft("Doha", body), None).unwrap().id();
    let before = desk.library.quotes().of_story(id).unwrap();
    let quote = before.quotes[0].reference();
    let nowhere = QuoteRef { story_id: id, anchor: quote_anchor("not a quote here") };
    let refused = [
        desk.library.quotes().move_bounds(&quote, "Talks resume on Monday").unwrap_err().to_string(),
        desk.library.quotes().move_bounds(&quote, "words nobody wrote").unwrap_err().to_string(),
        desk.library.quotes().move_bounds(&quote, "  ").unwrap_err().to_string(),
        desk.library.quotes().move_bounds(&nowhere, "Doha").unwrap_err().to_string(),
    ];
    assert!(refused[0].contains("is not in the story where the quote"), "{}", refused[0]);
    assert!(refused[3].contains("has no quote"), "{}", refused[3]);
    assert_eq!(desk.library.quotes().of_story(id).unwrap(), before);
}
