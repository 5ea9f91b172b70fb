//! Who said each quote: the cue ("said", "told", "according to") on either
//! side of it, the mention that goes with the cue, and what that mention
//! refers to ("he" → the last compatible speaker or subject). A quote with no
//! defensible speaker gets none, never a guess.

use super::discourse;
use super::lexicon::{ABBREVIATED_TITLES, CONNECTORS, CUE_VERBS, TITLE_WORDS};
use super::mentions::{Mention, Reading, Refers};
use super::quotes::QuoteSpan;
use super::resolve::{resolve, Scope};
use super::text::Paragraph;
use super::titles::title_in;
use super::tokens::{tokens, Token};

/// The speaker found for a quote and the cue word that named them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attribution {
    /// Index of the speaking entity in the reading.
    pub speaker: Option<usize>,
    /// The cue word ("said"), as written.
    pub cue: Option<String>,
}

/// Words that open a sentence with a phrase before its subject.
const PREPOSITIONS: &[&str] =
    &["In", "At", "After", "During", "Before", "Following", "On", "Speaking", "Asked", "Earlier", "Later"];

/// Words that open a new clause after a quote: a cue after them belongs to
/// that clause ("… “a floor,” while Volkov said …"), not to the quote.
const CLAUSE_JOINERS: &[&str] = &["while", "whereas", "but", "and", "although", "though", "because", "which"];

/// Attributes every quote.
pub fn attribute(input: &str, paragraphs: &[Paragraph], quotes: &[QuoteSpan], reading: &Reading) -> Vec<Attribution> {
    // Quotes are in text order: the one that could contain `pos` is the last
    // opening at or before it.
    let inside = |pos: usize| {
        let at = quotes.partition_point(|q| q.open <= pos);
        at > 0 && pos < quotes[at - 1].close
    };
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    for (i, quote) in quotes.iter().enumerate() {
        let p = paragraphs[quote.paragraph];
        // A cue before a quote stands after the quote before it, if any: a
        // later quote of the same sentence takes that speaker in `discourse`.
        let previous = i.checked_sub(1).map(|k| &quotes[k]).filter(|q| q.paragraph == quote.paragraph);
        let from = previous.map_or(p.start, |q| q.close.min(quote.open));
        let found = after_cue(input, quote, p, reading, &out)
            .or_else(|| before_cue(input, quote, (p, from), &inside, reading, &out))
            .unwrap_or_default();
        out.push(found);
    }
    discourse::carry_over(quotes, &mut out);
    discourse::introduced(input, paragraphs, quotes, &inside, reading, &mut out);
    discourse::carry_over(quotes, &mut out);
    discourse::continue_paragraphs(input, paragraphs, quotes, &mut out);
    out
}

/// A cue verb as news writes it: in lower case ("States" in "United
/// States" is a name, not "states"), save "According" opening a sentence.
fn is_cue(word: &str) -> bool {
    let lower = word.starts_with(|c: char| c.is_lowercase()) || word == "According";
    lower && CUE_VERBS.contains(&word.to_lowercase())
}

/// The byte where the sentence containing `pos` ends, skipping quotes.
fn sentence_end(input: &str, from: usize, limit: usize) -> usize {
    let text = &input[from..limit];
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let rest = &text[i + 1..];
            let initial = c == '.' && is_initial(&text[..i]);
            if (rest.is_empty() || rest.starts_with(' ')) && !initial {
                return from + i;
            }
        }
        if matches!(c, '“' | '"') {
            return from + i;
        }
    }
    limit
}

/// True when `before` ends in a middle initial ("Antony J") or an
/// abbreviated title ("said Lt"), after which a full stop ends nothing.
fn is_initial(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or("");
    word.chars().count() == 1 && word.chars().all(char::is_uppercase)
        || ABBREVIATED_TITLES.contains(&word.to_lowercase())
        || super::text::is_abbreviation(before)
}

/// The byte where the sentence containing `pos` starts.
pub(super) fn sentence_start(input: &str, p: Paragraph, pos: usize, inside: &dyn Fn(usize) -> bool) -> usize {
    let p = Paragraph { start: window_start(input, p.start, pos), end: p.end };
    let text = &input[p.start..pos];
    for (i, c) in text.char_indices().rev() {
        if matches!(c, '.' | '!' | '?') && !inside(p.start + i) && text[i + 1..].starts_with(' ') {
            let before = &text[..i];
            let word = before.rsplit(' ').next().unwrap_or("");
            if word.chars().count() > 3 || word.chars().all(|c| c.is_lowercase()) {
                return p.start + i + 1;
            }
        }
    }
    p.start
}

/// A cue after the quote: “…,” Blinken said / said Blinken / he added.
fn after_cue(
    input: &str,
    quote: &QuoteSpan,
    p: Paragraph,
    reading: &Reading,
    done: &[Attribution],
) -> Option<Attribution> {
    let end = sentence_end(input, quote.close, p.end);
    if end <= quote.close {
        return None;
    }
    let words = tokens(input, quote.close, end);
    if words.first().is_some_and(|w| CLAUSE_JOINERS.contains(&w.text(input))) {
        return None;
    }
    let Some(verb) = words.iter().take(20).position(|w| is_cue(w.text(input))) else {
        return signed(input, quote, end, reading);
    };
    let verb_word = &words[verb];
    // "“ripe” for talks, but … officially called the Declaration …": a cue
    // past another clause is that clause's.
    let between = &input[quote.close..verb_word.start];
    if [", but ", "; ", ", and ", ", while "].iter().any(|m| between.contains(m)) {
        return None;
    }
    let mentions: Vec<&Mention> = reading.between(quote.close, end).iter().filter(|m| m.end <= end).collect();
    let after_verb = mentions.iter().find(|m| m.start >= verb_word.end && gap_is_short(input, verb_word.end, m.start));
    // "“…,” State Department spokeswoman Tammy Bruce said": the subject
    // nearest the verb, or the one an appositive describes.
    let before: Vec<&Mention> = mentions.iter().copied().filter(|m| m.end <= verb_word.start).collect();
    let before_verb = subject_of(input, &before, verb_word.start);
    // "Herzog told Blinken": the one before the verb speaks; "said Blinken":
    // with no one before it, the one after.
    let mention = before_verb.or(after_verb.copied())?;
    Some(Attribution {
        speaker: resolve(mention, reading, done, quote.open, Scope { input, paragraph: p }),
        cue: Some(verb_word.text(input).to_string()),
    })
}

/// A quote signed with a name and no verb, as captions and releases do:
/// "“…,” Rear Adm. Jim Kirk, commander, CSG 11." The name must follow the
/// quote at once (ranks allowed) and end the sentence or open an appositive.
fn signed(input: &str, quote: &QuoteSpan, end: usize, reading: &Reading) -> Option<Attribution> {
    let after = &input[quote.close..end];
    if !input[..quote.close].trim_end_matches(['”', '"']).ends_with(',') {
        return None;
    }
    let first = reading.between(quote.close, end).first()?;
    let Refers::Entity(e) = first.refers else { return None };
    let lead = input[quote.close..first.start].trim();
    let ranks = lead.split_whitespace().all(|w| TITLE_WORDS.contains(&w.trim_end_matches('.').to_lowercase()));
    let rest = input[first.end..end].trim_start();
    let closes = rest.is_empty() || rest.starts_with(',') || rest.starts_with('.');
    (ranks && closes && after.split_whitespace().count() <= 12 && !reading.entities[e].org)
        .then_some(Attribution { speaker: Some(e), cue: None })
}

/// True when only an article or a title stands between a cue and a name:
/// "said the …", "told …", "said Mexico's deputy security secretary, …".
fn gap_is_short(input: &str, from: usize, to: usize) -> bool {
    let gap = input[from..to].trim();
    let ranks =
        || gap.split_whitespace().all(|w| TITLE_WORDS.contains(&w.trim_end_matches('.').to_lowercase()) || w == "U.S.");
    // "said Russian foreign ministry spokesperson Maria Zakharova": a few
    // plain words ending on a title describe the name that follows.
    let described = || {
        let words: Vec<&str> = gap.split_whitespace().collect();
        words.len() <= 6
            && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '’' | '\'')))
            && words.last().is_some_and(|w| TITLE_WORDS.contains(&w.trim_end_matches('.').to_lowercase()))
    };
    gap.is_empty()
        || gap == "the"
        || CONNECTORS.contains(gap)
        || gap == "to"
        || gap.strip_suffix(',').is_some_and(|t| title_in(t, false).is_some())
        || ranks()
        || described()
}

/// A cue before the quote in the same sentence: Blinken said: “…” /
/// according to Blinken, “…” / Herzog called it a “…”.
fn before_cue(
    input: &str,
    quote: &QuoteSpan,
    (p, from): (Paragraph, usize),
    inside: &dyn Fn(usize) -> bool,
    reading: &Reading,
    done: &[Attribution],
) -> Option<Attribution> {
    let start = sentence_start(input, Paragraph { start: from, end: p.end }, quote.open, inside);
    // A cue stands within a few lines of its quote; reading no further keeps
    // a paragraph of thousands of quotes linear.
    let mut near = quote.open.saturating_sub(CUE_WINDOW).max(p.start);
    while !input.is_char_boundary(near) {
        near += 1;
    }
    let start = start.max(near);
    cue_in(input, (start, quote.open), p, inside, reading, done)
}

/// Cues that open a participial phrase whose subject is the clause's.
const PARTICIPLES: [&str; 10] =
    ["saying", "writing", "adding", "noting", "posting", "stating", "telling", "declaring", "warning", "arguing"];

/// Words before an "-ing" form that make it a verb of its own ("are calling").
const AUXILIARIES: [&str; 8] = ["is", "are", "was", "were", "be", "been", "am", "being"];

/// How far before a quote (in bytes) its cue is looked for.
const CUE_WINDOW: usize = 600;

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
    let verb = words.iter().rposition(|w| is_cue(w.text(input)))?;
    let verb_word = &words[verb];
    let mentions: Vec<&Mention> =
        reading.between(start, end).iter().filter(|m| m.end <= end && !inside(m.start)).collect();
    let scope = Scope { input, paragraph: p };
    let speaker = |m: &Mention| resolve(m, reading, done, end, scope);
    let cue = Some(verb_word.text(input).to_string());
    if verb_word.text(input).eq_ignore_ascii_case("according") {
        let named = mentions.iter().find(|m| m.start >= verb_word.end)?;
        return Some(Attribution { speaker: speaker(named), cue });
    }
    let clause = clause_start(input, start, verb_word.start, &words, inside);
    let in_clause: Vec<&Mention> =
        mentions.into_iter().filter(|m| m.start >= clause && m.end <= verb_word.start).collect();
    // "X responded to Rubio in a statement saying: …": a participle's
    // subject is the clause's, not the name nearest it.
    let participle = PARTICIPLES.contains(&verb_word.text(input))
        && verb_word.start > clause
        && !words[..verb].last().is_some_and(|w| AUXILIARIES.contains(&w.text(input)));
    let subject = match in_clause.first() {
        Some(first) if participle && input[clause..first.start].trim().len() <= 4 => first,
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
fn subject_of<'m>(input: &str, mentions: &[&'m Mention], verb: usize) -> Option<&'m Mention> {
    let nearest = mentions.last()?;
    let described = input[..verb]
        .trim_end()
        .strip_suffix(',')
        .and_then(|body| body.rfind(", "))
        .filter(|&open| nearest.start != open + 2)
        .and_then(|open| mentions.iter().rev().find(|m| m.end == open));
    Some(described.unwrap_or(nearest))
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

/// No sentence is searched back further than this many bytes, so that a
/// pathological paragraph (megabytes without a full stop) stays linear.
const SENTENCE_WINDOW: usize = 4_000;

/// Where a backward search for a sentence start from `pos` begins.
pub(super) fn window_start(input: &str, paragraph_start: usize, pos: usize) -> usize {
    let mut from = pos.saturating_sub(SENTENCE_WINDOW).max(paragraph_start);
    while !input.is_char_boundary(from) {
        from += 1;
    }
    from
}
