//! The random changes of the team library's convergence test: what an
//! editor does on a desk (stories, fact-checks, quotes, ratings, travel
//! records, person records), drawn from a seeded generator.

use attache_core::factchecks::{EvidenceDraft, EvidenceKind, FactCheckDraft, FactCheckStatus};
use attache_core::quotes::{QuoteRef, VerificationStatus};
use attache_core::travels::{Override, StopDraft};
use attache_core::{Library, StoryDraft};

/// xorshift64*: small, seeded, the same on every machine.
pub struct Random(pub u64);

impl Random {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

const WORDS: &[&str] =
    &["talks", "ceasefire", "Cairo", "hostages", "aid", "Doha", "minister", "visit", "border", "Gaza"];

fn sentence(random: &mut Random, words: usize) -> String {
    (0..words).map(|_| WORDS[random.below(WORDS.len())]).collect::<Vec<_>>().join(" ")
}

pub fn ids(library: &Library, sql: &str) -> Vec<i64> {
    let conn = rusqlite::Connection::open(library.path()).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

/// One random change on a desk; what it was, for the failure message.
pub fn change(library: &Library, random: &mut Random, n: usize) -> String {
    let stories = ids(library, "SELECT id FROM story WHERE deleted_at IS NULL");
    let trashed = ids(library, "SELECT id FROM story WHERE deleted_at IS NOT NULL");
    let checks = ids(library, "SELECT id FROM factcheck");
    match random.below(100) {
        0..=19 => {
            let body = format!(
                "{}. \"{}\" the minister said. It was his {} visit.",
                sentence(random, 8),
                sentence(random, 6),
                n
            );
            let draft = StoryDraft {
                headline: sentence(random, 4),
                body,
                tags: vec![WORDS[random.below(3)].into()],
                ..Default::default()
            };
            library
                .stories()
                .add(draft, None)
                .map(|_| "add story".into())
                .unwrap_or_else(|e| format!("add story refused: {e}"))
        }
        20..=34 if !stories.is_empty() => {
            let id = *random.pick(&stories).unwrap();
            let mut draft = library.stories().get(id).unwrap().draft;
            match random.below(3) {
                0 => draft.headline = sentence(random, 4),
                1 => draft.body = format!("{} {}", draft.body, sentence(random, 5)),
                _ => draft.tags = vec![WORDS[random.below(WORDS.len())].into()],
            }
            library
                .stories()
                .update(id, draft)
                .map(|_| format!("edit story {id}"))
                .unwrap_or_else(|e| format!("edit refused: {e}"))
        }
        35..=41 if !stories.is_empty() => {
            let id = *random.pick(&stories).unwrap();
            library.stories().trash(id).unwrap();
            format!("trash story {id}")
        }
        42..=46 if !trashed.is_empty() => {
            let id = *random.pick(&trashed).unwrap();
            library.stories().untrash(id).unwrap();
            format!("restore story {id}")
        }
        47..=48 => format!("empty trash: {}", library.stories().empty_trash().unwrap()),
        49..=60 => {
            let story_id = random.pick(&stories).copied().filter(|_| random.below(2) == 0);
            let draft = FactCheckDraft { claim: sentence(random, 6), story_id, ..Default::default() };
            library
                .factchecks()
                .add(&draft)
                .map(|_| "add fact-check".into())
                .unwrap_or_else(|e| format!("fact-check refused: {e}"))
        }
        61..=85 if !checks.is_empty() => {
            let id = *random.pick(&checks).unwrap();
            let done = match random.below(4) {
                0 => library.factchecks().set_verdict(id, ["True", "False", "Misleading"][random.below(3)]).map(|_| ()),
                1 => library
                    .factchecks()
                    .set_status(
                        id,
                        [FactCheckStatus::InReview, FactCheckStatus::Verified, FactCheckStatus::Open][random.below(3)],
                    )
                    .map(|_| ()),
                2 => library.factchecks().set_summary(id, &sentence(random, 7)).map(|_| ()),
                _ => library
                    .factchecks()
                    .add_evidence(
                        id,
                        &EvidenceDraft { kind: EvidenceKind::Note, reference: None, shows: sentence(random, 5) },
                    )
                    .map(|_| ()),
            };
            format!("fact-check {id}: {}", done.map_or_else(|e| e.to_string(), |_| "changed".into()))
        }
        86..=94 if !stories.is_empty() => {
            let id = *random.pick(&stories).unwrap();
            let quotes = library.quotes().of_story(id).map(|r| r.quotes).unwrap_or_default();
            match random.pick(&quotes) {
                Some(quote) => {
                    let status = [VerificationStatus::Verified, VerificationStatus::Disputed][random.below(2)];
                    let quote = QuoteRef { story_id: id, anchor: quote.anchor.clone() };
                    library.quotes().set_status(&quote, status, "checked", None).unwrap();
                    format!("quote status in story {id}")
                }
                None => "no quote to verify".into(),
            }
        }
        95..=96 => {
            library
                .factchecks()
                .set_rating(&format!("Rating {}", random.below(4)), Some(1 + random.below(5) as i64), "")
                .unwrap();
            "rating".into()
        }
        97 => people_change(library, random),
        _ => travel_change(library, random),
    }
}

/// A change to the travel records: a stop typed, a stop corrected, a
/// journey split or joined, a region's members.
fn travel_change(library: &Library, random: &mut Random) -> String {
    const OFFICIAL: &str = "Jane Doe";
    let travels = library.travels();
    let stops = travels.stops(OFFICIAL).unwrap_or_default();
    match (random.below(4), random.pick(&stops)) {
        (0, _) | (_, None) => {
            let start = chrono::NaiveDate::from_ymd_opt(2024, 1 + random.below(12) as u32, 1).unwrap();
            let draft = StopDraft {
                official: OFFICIAL.into(),
                start,
                end: start + chrono::Days::new(random.below(3) as u64),
                country: ["israel", "jordan", "qatar"][random.below(3)].into(),
                locale: String::new(),
                remarks: sentence(random, 4),
            };
            travels.add_stop(&draft).map_or_else(|e| format!("stop refused: {e}"), |id| format!("add stop {id}"))
        }
        (1, Some(stop)) => {
            let draft = StopDraft {
                official: OFFICIAL.into(),
                start: stop.start,
                end: stop.end,
                country: stop.country_id.clone(),
                locale: stop.locale.clone(),
                remarks: sentence(random, 5),
            };
            travels.update_stop(stop.id, &draft).unwrap();
            format!("correct stop {}", stop.id)
        }
        (2, Some(stop)) => {
            let kind = [Some(Override::Split), Some(Override::Join), None][random.below(3)];
            travels.set_journey_override(OFFICIAL, stop.start, &stop.country_id, kind).unwrap();
            format!("journey at stop {}: {kind:?}", stop.id)
        }
        _ => {
            let members: Vec<String> = WORDS.iter().filter(|_| random.below(2) == 0).map(|w| w.to_string()).collect();
            travels.set_region(&format!("Region {}", random.below(3)), &members).unwrap();
            "region".into()
        }
    }
}

/// An editor's edit of person records: two merged, or a name split off.
fn people_change(library: &Library, random: &mut Random) -> String {
    let people = library.people();
    let records = people.list(None).unwrap_or_default();
    let people_only: Vec<_> = records.iter().filter(|p| !p.organization).collect();
    match (random.below(2), random.pick(&people_only), random.pick(&people_only)) {
        (0, Some(into), Some(other)) if into.id != other.id => people
            .merge(into.id, &[other.id])
            .map_or_else(|e| format!("merge refused: {e}"), |p| format!("merge into {}", p.name)),
        (_, Some(record), _) if record.names.len() > 1 => {
            let name = random.pick(&record.names).unwrap().clone();
            people.split(record.id, &name).map_or_else(|e| format!("split refused: {e}"), |_| format!("split {name}"))
        }
        _ => "no person to edit".into(),
    }
}
