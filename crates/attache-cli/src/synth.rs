//! Synthetic news stories for benchmarks: deterministic, news-like text of
//! realistic length (300 to 1,500 words), with quotes, names and places.
//!
//! Like real coverage, each story has a small cast drawn from a large pool
//! with a skew (a few officials appear everywhere, most rarely), so a search
//! for a name matches a realistic share of the library, not all of it.

use attache_core::StoryDraft;
use chrono::{Duration, NaiveDate};

const PEOPLE: &[&str] = &[
    "Antony Blinken",
    "Isaac Herzog",
    "Benjamin Netanyahu",
    "Joe Biden",
    "Ayman Safadi",
    "Sameh Shoukry",
    "Mohammed bin Abdulrahman Al Thani",
    "Hakan Fidan",
    "Annalena Baerbock",
    "Wang Yi",
    "Sergey Lavrov",
    "Josep Borrell",
    "Jake Sullivan",
    "Linda Thomas-Greenfield",
    "Olaf Scholz",
    "Emmanuel Macron",
];
const PLACES: &[&str] = &[
    "Israel",
    "Gaza",
    "Jordan",
    "Egypt",
    "Qatar",
    "Saudi Arabia",
    "Lebanon",
    "Turkey",
    "Ukraine",
    "China",
    "Brussels",
    "Geneva",
    "Cairo",
    "Doha",
    "Amman",
    "Riyadh",
    "Beirut",
    "Ankara",
    "Kyiv",
    "Beijing",
];
const OUTLETS: &[&str] =
    &["The Wire", "Daily Ledger", "Global Dispatch", "Capital Times", "The Courier", "Evening Post"];
const TAGS: &[&str] = &["gaza", "ceasefire", "hostages", "ukraine", "china", "sanctions", "visit", "to check"];
const TOPICS: &[&str] = &[
    "a ceasefire",
    "the release of hostages",
    "humanitarian aid",
    "regional security",
    "trade talks",
    "a prisoner exchange",
    "reconstruction",
    "sanctions relief",
    "the border crossing",
    "energy supplies",
];
const VERBS: &[&str] = &["said", "told reporters", "stated", "added", "warned", "insisted", "noted"];
const FILLER: &[&str] = &[
    "Officials described the talks as difficult but constructive.",
    "The meeting lasted more than three hours, according to two people familiar with it.",
    "Negotiators have met repeatedly in recent weeks without a breakthrough.",
    "Diplomats said a draft text was circulating among the delegations.",
    "The visit was the latest in a series of trips to the region this year.",
    "Critics questioned whether the proposal went far enough.",
    "A spokesperson declined to comment on the details of the discussions.",
    "The talks are expected to resume later in the week.",
];

/// Syllables for the names of the large pool of minor officials and towns.
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mir", "va", "den", "sha", "tor", "el", "ri", "an", "bu", "zo", "hal", "ne", "ost", "qui", "ber", "sa",
];

/// Officials in the pool besides the famous ones.
const POOL: usize = 3_000;

/// The `index`-th name of the pool: the famous ones first, then made-up ones.
fn name_in_pool(famous: &[&str], index: usize) -> String {
    if let Some(name) = famous.get(index) {
        return name.to_string();
    }
    let mut rng = Rng::new(index as u64 + 1);
    let mut word = |len: usize| {
        let mut w: String = (0..len).map(|_| rng.pick(SYLLABLES)).collect();
        w[..1].make_ascii_uppercase();
        w
    };
    format!("{} {}", word(2), word(3))
}

/// A skewed choice in `0..n`: small indices far more often, like coverage.
fn skewed(rng: &mut Rng, n: usize) -> usize {
    let a = rng.below(n);
    rng.below(a + 1)
}

/// A small, fast, deterministic random number generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    /// A generator with this seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    /// The next number.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// One of the items.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// The `index`-th synthetic story (the same index gives the same story).
pub fn story(index: u64) -> StoryDraft {
    let mut rng = Rng::new(index.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x0A77_AC4E);
    let cast: Vec<String> = (0..4).map(|_| name_in_pool(PEOPLE, skewed(&mut rng, POOL))).collect();
    let places: Vec<String> = (0..3).map(|_| name_in_pool(PLACES, skewed(&mut rng, POOL))).collect();
    let (person, place) = (cast[0].clone(), places[0].clone());
    // A story keeps to one or two topics, as coverage does.
    let topics = [TOPICS[skewed(&mut rng, TOPICS.len())], TOPICS[skewed(&mut rng, TOPICS.len())]];
    let topic = topics[0];
    let words_wanted = 300 + rng.below(1201);
    let mut paragraphs = vec![format!(
        "{person} arrived in {place} on Monday for talks on {topic}, the latest push in a diplomatic effort now in its {} month.",
        ["second", "third", "fourth", "fifth", "sixth"][rng.below(5)]
    )];
    let mut words = paragraphs[0].split_whitespace().count();
    while words < words_wanted {
        let paragraph = match rng.below(3) {
            0 => format!(
                "“We are working on {} and we will keep working until it is done,” {} {}.",
                topics[rng.below(2)],
                cast[rng.below(cast.len())],
                rng.pick(VERBS)
            ),
            1 => format!("{} {}", rng.pick(FILLER), rng.pick(FILLER)),
            _ => format!(
                "In {}, {} met {} to discuss {}, story {index} reports, with {} more meetings planned.",
                places[rng.below(places.len())],
                cast[rng.below(cast.len())],
                cast[rng.below(cast.len())],
                topics[rng.below(2)],
                2 + rng.below(9)
            ),
        };
        words += paragraph.split_whitespace().count();
        paragraphs.push(paragraph);
    }
    let published = NaiveDate::from_ymd_opt(2015, 1, 1).map(|d| d + Duration::days(rng.below(3650) as i64));
    StoryDraft {
        headline: format!("{person} in {place} for talks on {topic} ({index})"),
        outlet: Some(rng.pick(OUTLETS).to_string()),
        byline: Some(format!("Staff reporter {}", rng.below(40))),
        published,
        url: Some(format!("https://news.example/{index}")),
        tags: vec![rng.pick(TAGS).to_string()],
        body: paragraphs.join("\n\n"),
    }
}

/// Search queries like an editor's, drawn as the stories draw their cast: a
/// surname, a place, a place and a topic word, or a quoted topic.
pub fn queries(count: usize) -> Vec<String> {
    let mut rng = Rng::new(7);
    (0..count)
        .map(|_| {
            let person = name_in_pool(PEOPLE, skewed(&mut rng, POOL));
            let place = name_in_pool(PLACES, skewed(&mut rng, POOL));
            let topic = TOPICS[skewed(&mut rng, TOPICS.len())];
            match rng.below(4) {
                0 => person.split(' ').next_back().unwrap_or_default().to_string(),
                1 => place,
                2 => format!("{place} {}", topic.split(' ').next_back().unwrap_or_default()),
                _ => format!("{person} \"{}\"", topic.trim_start_matches("a ").trim_start_matches("the ")),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stories_are_deterministic_and_realistic_in_length() {
        assert_eq!(story(42), story(42));
        for index in 0..50 {
            let words = story(index).body.split_whitespace().count();
            assert!((300..=1_600).contains(&words), "story {index} has {words} words");
        }
    }

    #[test]
    fn different_indices_give_different_stories() {
        assert_ne!(story(1).body, story(2).body);
    }
}
