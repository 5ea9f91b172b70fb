//! Finding the cue of a quote in the words before it ("Blinken told
//! reporters:", "Hutcheson, a rescue worker, says …") and the subject who
//! speaks: shared by the attribution of each quote and by the discourse
//! rules that carry a speaker from one paragraph to the next.

pub(super) use super::lexicon::is_cue;
use super::lexicon::TITLE_WORDS;
use super::mentions::{Mention, Reading, Refers};
use super::quotes::Attribution;
use super::resolve::{resolve, Scope};
use super::text::Paragraph;
use super::tokens::{tokens, Token};

/// Words that open a sentence with a phrase before its subject.
const PREPOSITIONS: &[&str] =
    &["In", "At", "After", "During", "Before", "Following", "On", "Speaking", "Asked", "Earlier", "Later"];

/// Cues that open a participial phrase whose subject is the clause's.
const PARTICIPLES: &[&str] = &[
    "saying",
    "writing",
    "adding",
    "noting",
    "posting",
    "stating",
    "telling",
    "declaring",
    "warning",
    "arguing",
    "calling",
    "describing",
    "urging",
    "insisting",
    "tweeting",
    "explaining",
    "replying",
    "stressing",
    "vowing",
    "pledging",
    "acknowledging",
    "recalling",
    "predicting",
    "quipping",
    "joking",
    "complaining",
    "cautioning",
    "emphasizing",
    "reiterating",
];

/// Words before an "-ing" form that make it a verb of its own ("are calling").
const AUXILIARIES: [&str; 8] = ["is", "are", "was", "were", "be", "been", "am", "being"];

/// The last cue in `range` (bytes of paragraph `p`) and its subject: the
/// speaker of a quote that follows the range.
pub(super) fn cue_in(
    input: &str,
    range: (usize, usize),
    p: Paragraph,
    inside: &dyn Fn(usize) -> bool,
    reading: &Reading,
    done: &[Attribution],
) -> Option<Attribution> {
    let (start, end) = range;
    let words: Vec<Token> = tokens(input, start, end).into_iter().filter(|w| !inside(w.start)).collect();
    // "Said" opens a sentence as a cue, but inside one it is a name ("told
    // VOA reporter Said Suleiman Ashna").
    let opening = |w: &Token| {
        let before = input[..w.start].trim_end();
        before.len() <= start || before.ends_with(['.', '!', '?', '”', '"', '—'])
    };
    // "as anti-terrorist prosecutor Marc Trévidic put it, “…”".
    let put_it = |w: &Token| w.text(input) == "put" && input[w.end..].trim_start().starts_with("it");
    let cue = |w: &Token| {
        is_cue(w.text(input)) && (!super::lexicon::opens_inverted(w.text(input)) || opening(w)) || put_it(w)
    };
    let verb = words.iter().rposition(cue)?;
    let verb_word = &words[verb];
    let mentions: Vec<&Mention> =
        reading.between(start, end).iter().filter(|m| m.end <= end && !inside(m.start)).collect();
    let scope = Scope { input, paragraph: p, inside };
    let speaker = |m: &Mention| resolve(m, reading, done, end, scope);
    let cue = Some(verb_word.text(input).to_string());
    if verb_word.text(input).eq_ignore_ascii_case("according") || super::lexicon::opens_inverted(verb_word.text(input))
    {
        let named = mentions.iter().find(|m| m.start >= verb_word.end)?;
        return Some(Attribution { speaker: speaker(named), cue });
    }
    let clause = clause_start(input, start, verb_word.start, &words, inside);
    let in_clause: Vec<&Mention> =
        mentions.iter().copied().filter(|m| m.start >= clause && m.end <= verb_word.start).collect();
    // "X responded to Rubio in a statement saying: …": a participle's
    // subject is the clause's, not the name nearest it.
    let participle = PARTICIPLES.contains(&verb_word.text(input))
        && verb_word.start > clause
        && !words[..verb].last().is_some_and(|w| AUXILIARIES.contains(&w.text(input)));
    // "Trump acknowledged … but said the tariffs would be “worth the
    // price”": a verb joined to the sentence's first shares its subject.
    let before_verb = input[..verb_word.start].trim_end();
    let joined = in_clause.is_empty() && (before_verb.ends_with(" but") || before_verb.ends_with(" and"));
    let sentence_subject = || mentions.iter().find(|m| m.end <= clause).copied();
    // "After remaining neutral, Warren endorsed Clinton, saying …": a
    // subject after a fronted phrase opens its clause too.
    // "Former Secretary of State Madeleine Albright urged …, saying": a
    // title before the name is part of the subject.
    let opens = |m: &Mention, from: usize| {
        let lead = input[from..m.start].trim();
        let titled = lead.split_whitespace().all(|w| {
            let lower = w.trim_end_matches('.').to_lowercase();
            w.starts_with(char::is_uppercase)
                || TITLE_WORDS.contains(&lower)
                || super::lexicon::CONNECTORS.contains(&lower)
        });
        lead.len() <= 4 || titled || lead.ends_with(',') && !lead[..lead.len() - 1].contains(',')
    };
    // "Gore insisted it was “premature” to back Clinton’s campaign while
    // adding, “…”": a quoted word inside the clause does not start a new
    // one. The sentence may begin before `start`, where a quote ended.
    let clause_opener = || {
        let sentence = super::text::sentence_start(input, p, start, inside).min(start);
        let sentence_words: Vec<Token> =
            tokens(input, sentence, verb_word.start).into_iter().filter(|w| !inside(w.start)).collect();
        let head = clause_start(input, sentence, verb_word.start, &sentence_words, &|_| false);
        let before = reading.between(head, verb_word.start);
        // "Ryan’s campaign shrugged off Trump’s comments, telling reporters":
        // an owner speaking through an office is a subject too.
        let voice = |m: &Mention| !m.owner(input) || super::resolve::speaks_through(input, m);
        let first = before.iter().find(|m| m.end <= verb_word.start && !inside(m.start) && voice(m))?;
        // "Chinese Embassy spokesperson Liu Pengyu …, urging": the person.
        let named: Vec<&Mention> = before.iter().collect();
        opens(first, head).then(|| spokesperson_of(input, reading, &named, first).unwrap_or(first))
    };
    // Read only for a participle, once: most cues have none.
    let opener = if participle { clause_opener() } else { None };
    // "Austin said the leaders would … and said the United States …": a cue
    // joined by "and" to an earlier one shares its subject.
    // "…, Spicer said, adding, “…”": a participle right after a cue too.
    let after_cue = participle && verb > 0 && is_cue(words[verb - 1].text(input)) && before_verb.ends_with(',');
    let earlier_cue = (joined || after_cue || before_verb.ends_with(" and") || before_verb.ends_with(" but"))
        .then(|| words[..verb].iter().rfind(|w| is_cue(w.text(input))))
        .flatten();
    let shared = earlier_cue.and_then(|earlier| {
        let before: Vec<&Mention> = in_clause.iter().copied().filter(|m| m.end <= earlier.start).collect();
        subject_of(input, &before, earlier.start)
    });
    let subject = match in_clause.first() {
        _ if shared.is_some() => shared?,
        Some(first) if participle && opens(first, clause) => first,
        _ if opener.is_some() => opener?,
        None if joined => sentence_subject()?,
        _ => subject_of(input, &in_clause, verb_word.start)?,
    };
    let mut found = speaker(subject);
    // "An official said Biden had been briefed overnight and described the
    // mood as …": Biden or the official? Unless both are the same, nobody.
    let gap = &input[subject.end..verb_word.start];
    let coordinated = gap.rfind(" and ").is_some_and(|at| gap[at + 5..].split_whitespace().count() <= 1);
    let report = words[..verb].iter().rfind(|w| w.end <= subject.start && is_cue(w.text(input)));
    if let Some(report) = report.filter(|_| coordinated) {
        let reporter = in_clause.iter().rev().find(|m| m.end <= report.start);
        if reporter.and_then(|m| speaker(m)) != found {
            found = None;
        }
    }
    Some(Attribution { speaker: found, cue })
}

/// The subject of the verb at `verb`: the name an appositive between commas
/// describes ("Sophie Hartmann, Germany's representative to the agency,
/// said"), or else the mention nearest the verb ("Ghana's president, Kwame
/// Asante-Boateng, said").
pub(super) fn subject_of<'m>(input: &str, mentions: &[&'m Mention], verb: usize) -> Option<&'m Mention> {
    // "The chairman of the Joint Chiefs of Staff told": a name after "of"
    // completes the one before it, which is the subject.
    let complement = |m: &&&Mention| {
        let before = input[..m.start].trim_end();
        before.ends_with(" of") || before.ends_with(" of the")
    };
    let nearest = mentions.iter().rev().find(|m| !complement(m)).or(mentions.last())?;
    // "Johnson and other House Republican leaders said": the one named first.
    let leader = mentions.iter().rev().find(|m| {
        matches!(m.refers, Refers::Entity(_)) && m.end < nearest.start && {
            let gap = input[m.end..verb].trim_start();
            gap.starts_with("and other ") && !gap.contains(',')
        }
    });
    if let Some(leader) = leader {
        return Some(leader);
    }
    // "U.S. Southern Command, which oversees operations in South America,
    // Central America and the Caribbean, announced": the one a relative
    // clause describes, not the places it names.
    let relative = mentions.iter().rev().find(|m| {
        let gap = &input[m.end..verb];
        (gap.starts_with(", which ") || gap.starts_with(", who ")) && gap.trim_end().ends_with(',')
    });
    // "Kem Sokha, president of the Human Rights Party, which has …, said":
    // a relative clause on an appositive's organization leaves the name.
    match relative {
        Some(m) if complement(&m) => {
            let before: Vec<&Mention> = mentions.iter().copied().filter(|n| n.end <= m.end).collect();
            return subject_of(input, &before, m.end + 1);
        }
        Some(m) => return Some(m),
        None => {}
    }
    let described = input[..verb]
        .trim_end()
        .strip_suffix(',')
        .and_then(|body| body.rfind(", "))
        // Unless the name is the appositive ("Ghana's president, Kwame …,"),
        // which a description in it ("…, Armenia's deputy minister,") is not.
        .filter(|&open| nearest.start != open + 2 || matches!(nearest.refers, Refers::Description(_)))
        .and_then(|open| mentions.iter().rev().find(|m| m.end == open))
        // "Kem Sokha, president of the Human Rights Party, …, said": not the
        // organization the appositive names.
        .filter(|m| !complement(m));
    Some(described.unwrap_or(nearest))
}

/// The person an organization's mention introduces by a title ("State
/// Department spokeswoman Marie Harf"), when only title words stand between.
pub(super) fn spokesperson_of<'m>(
    input: &str,
    reading: &Reading,
    mentions: &[&'m Mention],
    org: &Mention,
) -> Option<&'m Mention> {
    let Refers::Entity(e) = org.refers else { return None };
    if !reading.entities[e].org {
        return None;
    }
    let next = mentions.iter().find(|m| m.start >= org.end)?;
    let person = matches!(next.refers, Refers::Entity(p) if !reading.entities[p].org);
    let gap = input[org.end..next.start].trim();
    let titled = !gap.is_empty()
        && (gap.split_whitespace().all(|w| TITLE_WORDS.contains(&w.to_lowercase()))
            || super::lexicon::describes_a_name(gap));
    (person && titled).then_some(*next)
}

/// Where the clause of the verb at `verb` begins: after an opening phrase
/// ("In his meeting with Herzog, …"), a closed quote, or ", and".
fn clause_start(input: &str, start: usize, verb: usize, words: &[Token], inside: &dyn Fn(usize) -> bool) -> usize {
    let mut clause = start;
    if words.first().is_some_and(|w| PREPOSITIONS.contains(&w.text(input))) {
        if let Some(comma) = input[start..verb].find(',') {
            clause = start + comma + 1;
        }
    }
    let between = &input[clause..verb];
    for marker in [", and ", "; ", ", but "] {
        if let Some(at) = between.rfind(marker) {
            if !inside(clause + at) {
                clause = clause + at + marker.len();
                break;
            }
        }
    }
    let mut quote_end = clause;
    for (i, c) in input[clause..verb].char_indices() {
        if matches!(c, '”' | '"') && inside(clause + i) {
            quote_end = clause + i + c.len_utf8();
        }
    }
    quote_end.max(clause)
}
