//! The editor's merges and splits of person records shared through one real
//! PostgreSQL: each desk makes its own records as it reads, and the names a
//! merge or split moved are moved on the other desk too.

mod common;

use attache_core::{Library, StoryDraft};
use attache_team::sync;
use common::{desk, newsroom};

const STORIES: [(&str, &str); 2] = [
    (
        "Blinken in Cairo",
        "Secretary of State Antony J. Blinken arrived in Cairo on Monday.\n\n\
         “We are working for a ceasefire every day,” Antony J. Blinken said.",
    ),
    (
        "Talks resume",
        "Antony Blinken met ministers in Doha.\n\n“There is no time to lose in these talks,” Antony Blinken said.",
    ),
];

async fn sync_both(a: &Library, b: &Library) {
    for library in [a, b, a] {
        sync(library, &mut |_| {}).await.unwrap();
    }
}

/// The person records naming Blinken on a desk: each one's names, sorted.
fn blinkens(library: &Library) -> Vec<Vec<String>> {
    let mut records: Vec<Vec<String>> = library
        .people()
        .list(Some("Blinken"))
        .unwrap()
        .into_iter()
        .map(|p| {
            let mut names = p.names;
            names.sort();
            names
        })
        .collect();
    records.sort();
    records
}

fn id_of(library: &Library, name: &str) -> i64 {
    library.people().named(name).unwrap().unwrap_or_else(|| panic!("a record named {name}")).id
}

#[tokio::test]
async fn a_merge_on_one_desk_and_a_split_on_the_other_hold_on_both() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, a, b) = newsroom(dir.path(), desk).await;
    for (headline, body) in STORIES {
        a.stories()
            .add(StoryDraft { headline: headline.into(), body: body.into(), ..Default::default() }, None)
            .unwrap();
    }
    sync_both(&a, &b).await;
    attache_core::catch_up::analyze_pending(&b, |_, _| true).unwrap();
    assert_eq!(blinkens(&a).len(), 2, "two records before the merge: {:?}", blinkens(&a));
    assert_eq!(blinkens(&b), blinkens(&a), "the other desk read the same records");

    a.people().merge(id_of(&a, "Antony J. Blinken"), &[id_of(&a, "Antony Blinken")]).unwrap();
    let merged = blinkens(&a);
    assert_eq!(merged.len(), 1);
    sync_both(&a, &b).await;
    assert_eq!(blinkens(&b), merged, "the merge holds on the other desk");
    assert_eq!(b.people().named("Antony Blinken").unwrap().unwrap().name, "Antony J. Blinken");

    b.people().split(id_of(&b, "Antony J. Blinken"), "Antony Blinken").unwrap();
    let split = blinkens(&b);
    assert_eq!(split.len(), 2);
    sync_both(&a, &b).await;
    assert_eq!(blinkens(&a), split, "the split holds on the desk that merged");
    for library in [&a, &b] {
        let status = library.team().status().unwrap().unwrap();
        assert_eq!((status.waiting, status.conflicts), (0, 0));
    }
}
