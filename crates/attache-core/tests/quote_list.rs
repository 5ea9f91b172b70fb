//! The Quotes section's pages: newest stories first, a page at a time,
//! narrowed by words or speaker, on a real library file.

mod common;

use attache_core::{Library, QuoteQuery, StoredQuote};
use chrono::NaiveDate;
use common::{draft, seed_fixture, Desk};

/// Adds a story published on `day` of August 2024.
fn story(library: &mut Library, day: u32, headline: &str, body: &str) -> i64 {
    let mut story = draft(headline, body);
    story.published = NaiveDate::from_ymd_opt(2024, 8, day);
    library.stories().add(story, None).unwrap().id()
}

fn page(library: &mut Library, query: QuoteQuery) -> (Vec<String>, bool) {
    let page = attache_core::quotes::page(library, &query).unwrap();
    (page.quotes.iter().map(|q| q.text.clone()).collect(), page.more)
}

fn texts(quotes: &[StoredQuote]) -> Vec<String> {
    quotes.iter().map(|q| q.text.clone()).collect()
}

/// Three stories on three days, each with quotes of Safadi and Herzog.
fn three_days() -> Desk {
    let mut desk = Desk::new();
    for day in [5, 7, 6] {
        story(
            &mut desk.library,
            day,
            &format!("Talks, day {day}"),
            &format!(
                "“We will keep working on day {day} until the deal is done,” Ayman Safadi said.\n\
                 “Every hostage must come home before the end of day {day},” Herzog told reporters."
            ),
        );
    }
    desk
}

#[test]
fn pages_run_newest_story_first_without_gaps_or_repeats() {
    let mut desk = three_days();
    let (first, more) = page(&mut desk.library, QuoteQuery { limit: Some(4), ..QuoteQuery::default() });
    assert!(more);
    assert_eq!(first.len(), 4);
    assert!(first[0].contains("day 7") && first[1].contains("day 7"), "{first:?}");
    assert!(first[2].contains("day 6") && first[3].contains("day 6"), "{first:?}");
    let (rest, more) = page(&mut desk.library, QuoteQuery { offset: Some(4), limit: Some(4), ..QuoteQuery::default() });
    assert!(!more);
    assert_eq!(rest.len(), 2);
    assert!(rest.iter().all(|q| q.contains("day 5")));
    let mut paged = [first, rest].concat();
    let mut all = texts(&desk.library.quotes().list(None).unwrap());
    paged.sort();
    all.sort();
    assert_eq!(paged, all);
}

#[test]
fn words_narrow_by_quote_speaker_or_person_record_in_any_case() {
    let mut desk = three_days();
    attache_core::import::import_files(&desk.library, &[seed_fixture()], |_| {});
    let (found, _) =
        page(&mut desk.library, QuoteQuery { text: Some("EVERY HOSTAGE".into()), ..QuoteQuery::default() });
    assert_eq!(found.len(), 3);
    let (found, _) = page(&mut desk.library, QuoteQuery { text: Some("safadi".into()), ..QuoteQuery::default() });
    assert_eq!(found.len(), 3, "by the speaker's name");
    let seed = attache_core::quotes::page(
        &mut desk.library,
        &QuoteQuery { text: Some("antony".into()), ..QuoteQuery::default() },
    );
    let seed = seed.unwrap().quotes;
    assert!(!seed.is_empty());
    assert!(seed.iter().all(|q| q.person.as_deref() == Some("Antony Blinken")));
    for nothing in ["xylophone", "%", "_"] {
        let (none, more) = page(&mut desk.library, QuoteQuery { text: Some(nothing.into()), ..QuoteQuery::default() });
        assert!(none.is_empty() && !more, "{nothing:?} found {none:?}");
    }
}

#[test]
fn a_speaker_is_a_person_record_with_all_its_names_or_a_surname() {
    let mut desk = three_days();
    story(&mut desk.library, 8, "Follow-up", "“The crossing will open on Thursday morning,” Safadi said.");
    let by_record = attache_core::quotes::page(
        &mut desk.library,
        &QuoteQuery { speaker: Some("Ayman Safadi".into()), ..QuoteQuery::default() },
    );
    let by_record = by_record.unwrap().quotes;
    assert_eq!(by_record.len(), 4, "written as Ayman Safadi and as Safadi");
    assert!(by_record[0].text.contains("Thursday"), "newest first");
    let (by_surname, _) =
        page(&mut desk.library, QuoteQuery { speaker: Some("herzog".into()), ..QuoteQuery::default() });
    assert_eq!(by_surname.len(), 3);
}

#[test]
fn fragments_trash_and_the_editors_speaker_fixes_are_respected() {
    let mut desk = three_days();
    let id = story(&mut desk.library, 9, "Short", "Herzog called it “a good day” and left.");
    let (quotes, _) = page(&mut desk.library, QuoteQuery { text: Some("good day".into()), ..QuoteQuery::default() });
    assert!(quotes.is_empty(), "fragments are left out unless asked for");
    let query = QuoteQuery { text: Some("good day".into()), fragments: true, ..QuoteQuery::default() };
    assert_eq!(page(&mut desk.library, query.clone()).0, ["a good day"]);
    desk.library.stories().trash(id).unwrap();
    assert!(page(&mut desk.library, query).0.is_empty(), "a trashed story's quotes are not listed");

    let day6 = attache_core::quotes::page(
        &mut desk.library,
        &QuoteQuery { text: Some("day 6 until".into()), ..QuoteQuery::default() },
    );
    let day6 = day6.unwrap().quotes.remove(0);
    desk.library.quotes().fix_speaker(&day6.reference(), Some("Isaac Herzog")).unwrap();
    let (safadi, _) = page(&mut desk.library, QuoteQuery { speaker: Some("safadi".into()), ..QuoteQuery::default() });
    assert_eq!(safadi.len(), 2, "the fixed quote is no longer Safadi's");
    let (herzog, _) =
        page(&mut desk.library, QuoteQuery { speaker: Some("Isaac Herzog".into()), ..QuoteQuery::default() });
    assert!(herzog.contains(&day6.text), "{herzog:?}");
    let (by_words, _) = page(&mut desk.library, QuoteQuery { text: Some("isaac".into()), ..QuoteQuery::default() });
    assert_eq!(by_words, std::slice::from_ref(&day6.text));
}
