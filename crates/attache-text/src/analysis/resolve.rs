//! What a mention at a cue stands for: a name is its entity; "he" the
//! subject a sentence last introduced or the last speaker; "they" an
//! organization; "the secretary", "the Israeli president", "the ministry",
//! "the letter" the person or organization the story named so. Looked for a
//! few paragraphs back at most, so that reading stays linear.

use super::mentions::{Mention, Reading, Refers};
use super::quotes::Attribution;
use super::text::{window_start, Paragraph};

/// What a mention at a cue refers to, as an entity.
pub(super) fn resolve(
    mention: &Mention,
    reading: &Reading,
    done: &[Attribution],
    before: usize,
    scope: Scope,
) -> Option<usize> {
    let limit = before.min(mention.start);
    // Searched back a few paragraphs at most, so that a long story stays linear.
    let earlier = || {
        let before = &reading.mentions[..reading.mentions.partition_point(|m| m.start < limit)];
        before.iter().rev().take_while(move |m| m.start + LOOKBACK >= limit).filter(|m| !(scope.inside)(m.start))
    };
    let people = |m: &&Mention| match m.refers {
        Refers::Entity(e) if !reading.entities[e].org => Some(e),
        _ => None,
    };
    match mention.refers {
        Refers::Entity(e) => Some(e),
        Refers::Unnamed => None,
        Refers::Pronoun(gender) => {
            let fits = |e: usize| reading.entities[e].gender.is_none_or(|g| g == gender) && !reading.entities[e].org;
            // First the subject of a sentence earlier in the paragraph ("Rasa
            // Jankauskiene said … “…,” she said"), then the last speaker, then
            // anyone who fits.
            // "The top U.S. diplomat struck a cautious note. “…,” he said": a
            // description opening a sentence is a subject too.
            let described = |m: &Mention| match m.refers {
                Refers::Description(_) => resolve(m, reading, done, before, scope),
                _ => None,
            };
            // "Ukraine’s president reiterated …. He said": a description the
            // story ties to no one leaves "he" to one who has spoken already,
            // never to anyone else named.
            let opener = earlier().take_while(|m| m.start >= scope.paragraph.start).find(|m| {
                (people(m).is_some() || matches!(m.refers, Refers::Description(_)))
                    && !scope.possessive(m)
                    && scope.opens_sentence(m, reading)
            });
            let unknown = opener.is_some_and(|m| matches!(m.refers, Refers::Description(_)) && described(m).is_none());
            // "Netanyahu's office said he had told Blinken": one who speaks
            // through an office is the subject of its sentence.
            let subject = earlier()
                .take_while(|m| m.start >= scope.paragraph.start)
                .filter_map(|m| people(&m).or_else(|| described(m)).filter(|&e| fits(e)).map(|e| (e, m)))
                .find(|(_, m)| {
                    (!scope.possessive(m) || scope.voiced(m)) && (scope.opens_sentence(m, reading) || scope.speaks(m))
                })
                .map(|(e, _)| e);
            let last_speaker = done
                .iter()
                .rev()
                .take(LOOKBACK_QUOTES)
                .find_map(|a| a.speaker)
                .filter(|&e| fits(e) && matches!(reading.entities[e].gender, Some(g) if g == gender));
            // A person introduced as a sentence's subject since the last
            // speaker last appeared is who "he" most likely is now.
            let last_seen = |e: usize| {
                let mentions = &reading.entities[e].mentions;
                mentions[..mentions.partition_point(|m| m.0 < limit)].last().map(|m| m.0)
            };
            // "Gen. Peter Pace, who accompanied Gates, agreed.": a subject
            // is newer than one named after it in its own sentence.
            let later = |at: usize, seen: usize| {
                at > seen || {
                    let between = &scope.input[at..seen];
                    !between.contains(['\n', '“', '”', '"']) && !between.contains(". ")
                }
            };
            // A subject paragraphs back, with another of the same gender
            // named since ("Pelosi was responding after Dennis Kucinich urged
            // …"), is no longer the one "he" stands for.
            let paragraphs_back =
                |at: usize| scope.input[at..limit].split('\n').skip(1).filter(|line| !line.trim().is_empty()).count();
            let passed_over = |e: usize, at: usize| {
                paragraphs_back(at) > 2
                    && earlier().take_while(|m| m.start > at).any(|m| {
                        let other = people(&m).is_some_and(|o| o != e && reading.entities[o].gender == Some(gender));
                        other && !scope.possessive(m)
                    })
            };
            let newer_subject = earlier()
                .filter_map(|m| people(&m).filter(|&e| fits(e)).map(|e| (e, m)))
                .find(|(_, m)| !scope.possessive(m) && scope.opens_sentence(m, reading))
                .map(|(e, m)| (e, m.start))
                .filter(|&(e, at)| {
                    last_speaker.is_none_or(|s| s != e && last_seen(s).is_none_or(|seen| later(at, seen)))
                })
                .filter(|&(e, at)| !passed_over(e, at))
                .map(|(e, _)| e);
            if unknown {
                // Not one whose titles give another nation ("U.S. President").
                let stem = opener.and_then(|m| nation(&scope.input[m.start..m.end]).1);
                let foreign = |e: usize| {
                    stem.is_some_and(|stem| {
                        let titles: Vec<&String> = reading.entities[e].known_titles().collect();
                        !titles.iter().any(|t| t.contains(stem))
                            && titles.iter().any(|t| t.split(' ').any(super::descriptions::is_nationality))
                    })
                };
                return done
                    .iter()
                    .rev()
                    .take(LOOKBACK_QUOTES)
                    .filter_map(|a| a.speaker)
                    .find(|&e| fits(e) && !foreign(e));
            }
            subject
                .or(newer_subject)
                .or(last_speaker)
                .or_else(|| earlier().filter_map(|m| people(&m)).find(|&e| fits(e)))
        }
        Refers::Plural => earlier().find_map(|m| match m.refers {
            Refers::Entity(e) if reading.entities[e].org => Some(e),
            _ => None,
        }),
        Refers::Document => {
            // "Netanyahu's office said in a statement … the statement said":
            // one who speaks through an office issues it as an organization would.
            let org = |m: &Mention| match m.refers {
                Refers::Entity(e) if reading.entities[e].org || speaks_through(scope.input, m) => Some(e),
                _ => None,
            };
            // "a letter from the association … the letter said": the
            // organization named beside the document's first mention.
            let noun = scope.input[mention.start..mention.end].rsplit(' ').next().unwrap_or("");
            let first =
                scope.input[..limit].find(&format!(" {noun}")).filter(|&at| at + noun.len() + 1 < mention.start);
            let beside = first.and_then(|at| {
                let near = reading.between(at.saturating_sub(DOCUMENT_REACH), at + DOCUMENT_REACH);
                near.iter().filter_map(|m| org(m).map(|e| (e, m.start.abs_diff(at)))).min_by_key(|(_, d)| *d)
            });
            beside.map(|(e, _)| e).or_else(|| earlier().find_map(org))
        }
        Refers::OrgDescription(word) => earlier().find_map(|m| match m.refers {
            Refers::Entity(e) if reading.entities[e].org && has_word(&reading.entities[e].name, word) => Some(e),
            _ => None,
        }),
        Refers::Description(key) => {
            let (nationality, stem) = nation(&scope.input[mention.start..mention.end]);
            // Another nation's holder of the title is never the one meant;
            // "the U.S. president" is the one the story titled so.
            let ours = nationality.is_none_or(|n| matches!(n, "U.S" | "U.S." | "US" | "American" | "America"));
            // "Jordan's top diplomat" is its foreign minister.
            let key = if key == "secretary of state" && !ours { "diplomat" } else { key };
            let own = [key];
            let keys = super::lexicon::DESCRIBED_AS.iter().find(|(k, _)| *k == key).map_or(&own[..], |(_, all)| all);
            let titled = |e: &usize| {
                reading.entities[*e].known_titles().any(|t| {
                    // "Navy Adm." is an admiral.
                    let t = t
                        .to_lowercase()
                        .split(' ')
                        .map(|w| super::lexicon::spelled_title(w.trim_end_matches('.')))
                        .collect::<Vec<_>>()
                        .join(" ");
                    keys.iter()
                        .any(|key| t.contains(key) && (key.contains("vice") || !t.contains(&format!("vice {key}"))))
                })
            };
            // "the Israeli president": among those titled so, the one whose
            // title or name carries the nationality ("Israeli President Isaac Herzog").
            let of_nation = |e: &usize| {
                stem.is_none_or(|stem| {
                    reading.entities[*e].known_titles().any(|t| t.contains(stem))
                        || reading.entities[*e].mentions.iter().any(|&(at, _)| owned_by(scope.input, at, stem))
                })
            };
            // The subject of a recent sentence before one merely named in it:
            // "Trump referenced his exchanges with Zelenskyy. The president
            // described …" is Trump.
            let subject = |m: &Mention| !scope.possessive(m) && (scope.opens_sentence(m, reading) || scope.speaks(m));
            let candidates = || {
                let titled_people = || earlier().filter_map(|m| people(&m).filter(titled).map(|e| (e, m)));
                let subjects = titled_people().filter(|(_, m)| subject(m)).map(|(e, _)| e);
                subjects.chain(titled_people().map(|(e, _)| e))
            };
            candidates()
                .find(of_nation)
                .or_else(|| candidates().next().filter(|_| ours))
                .or_else(|| lede_subject(reading, key, scope.input))
        }
    }
}

/// The person a story's lede describes before naming them: "… the chairman
/// of the Joint Chiefs of Staff said today. Army Gen. Martin E. Dempsey …".
/// The first description with `key` must come before anyone the body names,
/// and the person is the first one named within a few paragraphs after it.
fn lede_subject(reading: &Reading, key: &'static str, input: &str) -> Option<usize> {
    let body = input.find('\n').unwrap_or(0);
    let person = |m: &Mention| match m.refers {
        Refers::Entity(e) if !reading.entities[e].org && !m.owner(input) => Some(e),
        _ => None,
    };
    let body_mentions = &reading.mentions[reading.mentions.partition_point(|m| m.start < body)..];
    let first = body_mentions.iter().position(|m| person(m).is_some() || m.refers == Refers::Description(key))?;
    let lede = &body_mentions[first];
    if lede.refers != Refers::Description(key) {
        return None;
    }
    body_mentions[first + 1..]
        .iter()
        .take_while(|m| input[lede.end..m.start].matches('\n').count() <= LEDE_PARAGRAPHS)
        .find_map(person)
}

/// How many paragraphs after a lede's description its subject may be named.
const LEDE_PARAGRAPHS: usize = 3;

/// The nationality a description names, and the stem a title of that
/// nation holds: "the Ukrainian president" and "Ukraine’s president" both
/// give "Ukrain".
fn nation(words: &str) -> (Option<&str>, Option<&str>) {
    let owner = words.split(' ').next().and_then(|w| w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")));
    let nationality = words.split(' ').find(|w| super::descriptions::is_nationality(w)).or(owner);
    let stem = nationality.map(|n| {
        if owner.is_some() {
            n.char_indices().nth(4).map_or(n, |(at, _)| &n[..at])
        } else {
            n.trim_end_matches("i").trim_end_matches("an").trim_end_matches("ese")
        }
    });
    (nationality, stem)
}

/// True when the words just before a name give a nation as its owner:
/// "Israel's President Isaac Herzog" is the Israeli president.
fn owned_by(input: &str, at: usize, stem: &str) -> bool {
    let from = window_start(input, at.saturating_sub(OWNER_REACH), at);
    let clause = input[from..at].rsplit(['.', ',', ';', '\n', '“', '”', '"']).next().unwrap_or("");
    clause
        .split_whitespace()
        .any(|w| w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).is_some_and(|owner| owner.starts_with(stem)))
}

/// How far before a name (in bytes) its nation's possessive is looked for.
const OWNER_REACH: usize = 40;

/// How far back (in bytes) a pronoun or a description looks for whom it
/// stands for, and across how many quotes for the last speaker: a few
/// paragraphs, so that reading stays linear in the length of a story.
const LOOKBACK: usize = 12_000;

/// True when the mention owns a collective voice that speaks for its owner
/// ("Netanyahu's office", "Trump's campaign").
pub(super) fn speaks_through(input: &str, m: &Mention) -> bool {
    let rest = input[m.end..].trim_start_matches(['’', '\'', 's']).trim_start();
    let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    m.owner(input) && VOICES.contains(&word)
}

/// Words that open a phrase put before a sentence's subject.
const FRONTED: [&str; 14] = [
    "Speaking",
    "Asked",
    "After",
    "Before",
    "During",
    "Following",
    "In",
    "At",
    "On",
    "When",
    "While",
    "Standing",
    "Appearing",
    "Alongside",
];

/// What speaks for a person collectively: "his office said he …" is his word.
const VOICES: [&str; 8] =
    ["office", "campaign", "government", "administration", "team", "statement", "aides", "lawyers"];

/// How far (in bytes) from a document's first mention its issuer is looked for.
const DOCUMENT_REACH: usize = 200;
const LOOKBACK_QUOTES: usize = 64;

/// The paragraph a cue is in, for finding the subjects of its sentences.
#[derive(Clone, Copy)]
pub(super) struct Scope<'a> {
    pub(super) input: &'a str,
    pub(super) paragraph: Paragraph,
    /// True for a position inside a quotation: names the speaker utters
    /// are not whom "he" stands for.
    pub(super) inside: &'a dyn Fn(usize) -> bool,
}

/// True when `word` (lower case) is one of the words of `name`.
fn has_word(name: &str, word: &str) -> bool {
    name.split(' ').any(|w| w.eq_ignore_ascii_case(word))
}

impl Scope<'_> {
    /// True when the mention is an owner ("Rousseau's mother"), not a subject.
    fn possessive(&self, m: &Mention) -> bool {
        m.owner(self.input)
    }

    /// True when the mention owns a collective voice that speaks for its
    /// owner ("Netanyahu's office", "Trump's campaign").
    fn voiced(&self, m: &Mention) -> bool {
        speaks_through(self.input, m)
    }

    /// True when a verb of speech follows the mention ("…, Panetta said."):
    /// the one reported speaking, whatever else the sentence names first.
    fn speaks(&self, m: &Mention) -> bool {
        self.input[m.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| super::lexicon::is_cue(w.trim_end_matches(|c: char| !c.is_alphabetic())))
    }

    /// True when `m` is the first person named in its sentence: its subject,
    /// near enough.
    fn opens_sentence(&self, m: &Mention, reading: &Reading) -> bool {
        // A mention of an earlier paragraph is read within its own line.
        let start = if m.start < self.paragraph.start {
            self.input[..m.start].rfind('\n').map_or(0, |at| at + 1)
        } else {
            self.paragraph.start
        };
        let from = window_start(self.input, start, m.start);
        let text = &self.input[from..m.start];
        // The last sentence end, not the full stop of "U.S." or "Mr.".
        let ends = |end: &&str| {
            text.match_indices(*end)
                .filter(|(at, _)| !end.starts_with('.') || !super::text::is_abbreviation(&text[..*at]))
                .map(|(at, _)| at + end.len())
                .last()
        };
        let sentence = [". ", "! ", "? ", ".” ", ".\" "].iter().filter_map(ends).max().map_or(from, |at| from + at);
        // "Speaking alongside Philip Hammond, Kerry called …": a phrase put
        // before the subject names no subject.
        let lead = &self.input[sentence..m.start];
        let fronted = lead.split_whitespace().next().is_some_and(|w| FRONTED.contains(&w)) && lead.contains(", ");
        let sentence = if fronted { sentence + lead.find(", ").unwrap_or(0) + 2 } else { sentence };
        if m.start < sentence {
            return false;
        }
        !reading.between(sentence, m.start).iter().any(|other| {
            matches!(other.refers, Refers::Entity(e) if !reading.entities[e].org) && !self.possessive(other)
        })
    }
}
