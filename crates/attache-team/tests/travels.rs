//! The travel records' corrections shared through one real PostgreSQL: a
//! corrected built-in stop, a stop typed by hand, a journey split and a new
//! region made on one desk count the same on the other; the built-in records
//! themselves are never sent; a stop typed on two desks apart is one stop;
//! a change from another desk keeps its own stamp (who, when).

mod common;

use attache_core::travels::{JourneyQuery, Override, StopDraft};
use attache_core::Library;
use attache_team::sync;
use common::{desk_with_records, newsroom};

const OFFICIAL: &str = "Antony J. Blinken";

async fn sync_both(a: &Library, b: &Library) {
    for library in [a, b, a] {
        sync(library, &mut |_| {}).await.unwrap();
    }
}

fn every_journey(library: &Library) -> Vec<(String, String, usize)> {
    let query =
        JourneyQuery { official: OFFICIAL.into(), region: None, country: None, since: None, until: None, gap: None };
    let answer = library.travels().journeys(&query).unwrap();
    answer.journeys.iter().map(|j| (j.start.to_string(), j.end.to_string(), j.stops.len())).collect()
}

fn typed(start: &str, end: &str, country: &str) -> StopDraft {
    StopDraft {
        official: OFFICIAL.into(),
        start: start.parse().unwrap(),
        end: end.parse().unwrap(),
        country: country.into(),
        locale: "Valletta".into(),
        remarks: "Met with the Prime Minister.".into(),
    }
}

#[tokio::test]
async fn a_corrected_stop_a_typed_stop_a_split_and_a_region_count_the_same_on_the_other_desk() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, a, b) = newsroom(dir.path(), desk_with_records).await;
    sync_both(&a, &b).await;
    let stops = a.travels().stops(OFFICIAL).unwrap();
    assert!(stops.len() > 100, "the built-in records are loaded");
    let corrected = &stops[10];
    let draft = StopDraft {
        official: OFFICIAL.into(),
        start: corrected.start,
        end: corrected.end,
        country: corrected.country_id.clone(),
        locale: "Corrected locale".into(),
        remarks: "Corrected from the embassy's readout.".into(),
    };
    a.travels().update_stop(corrected.id, &draft).unwrap();
    a.travels().add_stop(&typed("2023-03-01", "2023-03-02", "malta")).unwrap();
    let by_the_rule = every_journey(&a);
    let split_at = &stops[21];
    a.travels().set_journey_override(OFFICIAL, split_at.start, &split_at.country_id, Some(Override::Split)).unwrap();
    a.travels().set_region("Gulf", &["qatar".into(), "bahrain".into(), "kuwait".into()]).unwrap();
    assert_ne!(every_journey(&a), every_journey(&b), "the split changes the journeys on the desk that made it");

    sync_both(&a, &b).await;

    let on_b = b.travels().stops(OFFICIAL).unwrap();
    assert_eq!(on_b.len(), stops.len() + 1, "the typed stop arrived, and no built-in stop twice");
    let fixed = on_b.iter().find(|s| s.record_id == corrected.record_id && s.source_file == corrected.source_file);
    assert_eq!(fixed.map(|s| s.remarks.as_str()), Some("Corrected from the embassy's readout."));
    assert_eq!(fixed.map(|s| s.locale.as_str()), Some("Corrected locale"));
    assert!(on_b.iter().any(|s| s.country_id == "malta" && s.source_file == "editor"));
    assert_eq!(every_journey(&a), every_journey(&b), "the split counts on both desks");
    let gulf = b.travels().regions().unwrap().into_iter().find(|r| r.name == "Gulf").expect("the region arrived");
    assert_eq!(gulf.members, ["bahrain", "kuwait", "qatar"]);
    for library in [&a, &b] {
        let status = library.team().status().unwrap().unwrap();
        assert_eq!((status.waiting, status.conflicts), (0, 0));
        let shared = library.team().shared_rows().unwrap();
        let stops_shared = shared.keys().filter(|(table, _)| table == "stop").count();
        assert_eq!(stops_shared, 2, "only the corrected and the typed stop are shared");
    }

    // Back to the rule on B: the split is gone on A too.
    b.travels().set_journey_override(OFFICIAL, split_at.start, &split_at.country_id, None).unwrap();
    b.travels().set_region("Gulf", &["qatar".into()]).unwrap();
    sync_both(&a, &b).await;
    let on_a = a.travels().regions().unwrap().into_iter().find(|r| r.name == "Gulf").unwrap();
    assert_eq!(on_a.members, ["qatar"]);
    assert_eq!(every_journey(&a), every_journey(&b));
    assert_eq!(every_journey(&a), by_the_rule, "no split is left on either desk");
}

#[tokio::test]
async fn a_stop_typed_on_two_desks_apart_is_one_stop() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, a, b) = newsroom(dir.path(), desk_with_records).await;
    let before = a.travels().stops(OFFICIAL).unwrap().len();
    for library in [&a, &b] {
        library.travels().add_stop(&typed("2023-03-01", "2023-03-02", "malta")).unwrap();
    }
    sync_both(&a, &b).await;
    for library in [&a, &b] {
        assert_eq!(library.travels().stops(OFFICIAL).unwrap().len(), before + 1);
        assert_eq!(library.team().status().unwrap().unwrap().waiting, 0);
    }
}

/// The shared rows of one table on a desk, stamps (author, updated_at) included.
fn rows_of(library: &Library, table: &str) -> Vec<(String, std::collections::BTreeMap<String, serde_json::Value>)> {
    let rows = library.team().shared_rows().unwrap();
    rows.into_iter().filter(|((t, _), _)| t == table).map(|((_, uid), fields)| (uid, fields)).collect()
}

#[tokio::test]
async fn a_stop_corrected_on_both_desks_and_a_region_changed_keep_the_same_stamps_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, a, b) = newsroom(dir.path(), common::desk).await;
    let stop_on_b = b.travels().add_stop(&typed("2023-03-01", "2023-03-02", "malta")).unwrap();
    b.travels().set_region("Gulf", &["qatar".into(), "bahrain".into()]).unwrap();
    sync_both(&a, &b).await;
    let stop_on_a = a.travels().stops(OFFICIAL).unwrap()[0].id;
    let corrected = |remarks: &str| StopDraft { remarks: remarks.into(), ..typed("2023-03-01", "2023-03-02", "malta") };
    // Ana corrects it offline; Ben corrects it too and syncs first: Ana's
    // stamp of who changed it reaches Ben with nothing of his waiting.
    a.travels().update_stop(stop_on_a, &corrected("Corrected by ana.")).unwrap();
    a.travels().set_region("Gulf", &["qatar".into(), "bahrain".into(), "kuwait".into()]).unwrap();
    // Later by the clock, not only in this test's order: the desks' clocks
    // count milliseconds, and within one the desk with the higher id wins.
    std::thread::sleep(std::time::Duration::from_millis(20));
    b.travels().update_stop(stop_on_b, &corrected("Corrected by ben, later.")).unwrap();
    for library in [&b, &a, &b, &a] {
        sync(library, &mut |_| {}).await.unwrap();
    }
    for table in ["stop", "region"] {
        assert_eq!(rows_of(&a, table), rows_of(&b, table), "the {table} rows, stamps included, are alike");
    }
    let stop = &rows_of(&b, "stop")[0].1;
    assert_eq!(stop["remarks"], "Corrected by ben, later.");
}
