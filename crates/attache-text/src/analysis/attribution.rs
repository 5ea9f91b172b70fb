//! Who said each quote: the cue ("said", "told", "according to") on either
//! side of it, the mention that goes with the cue, and what that mention
//! refers to ("he" → the last compatible speaker or subject). A quote with no
//! defensible speaker gets none, never a guess.

use super::cue::{cue_in, is_cue, spokesperson_of, subject_of};
use super::discourse;
use super::lexicon::{describes_a_name, CONNECTORS, TITLE_WORDS};
use super::mentions::{Mention, Reading, Refers};
use super::quotes::{Attribution, QuoteSpan};
use super::resolve::{resolve, Scope};
use super::text::{sentence_end, sentence_start, Paragraph};
use super::titles::title_in;
use super::tokens::tokens;

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
        let scope = Scope { input, paragraph: p, inside: &inside };
        let found = after_cue(input, quote, scope, reading, &out)
            .or_else(|| super::colon::subject_before_colon(input, p, quote.open, &inside, reading, &out))
            .or_else(|| before_cue(input, quote, (p, from), &inside, reading, &out))
            .or_else(|| colon_name(input, quote, scope, reading))
            .unwrap_or_default();
        out.push(found);
    }
    discourse::carry_over(quotes, &mut out);
    discourse::introduced(input, paragraphs, quotes, &inside, reading, &mut out);
    discourse::carry_over(quotes, &mut out);
    discourse::continue_paragraphs(input, paragraphs, quotes, reading, &mut out);
    out
}

/// A cue after the quote: “…,” Blinken said / said Blinken / he added.
fn after_cue(
    input: &str,
    quote: &QuoteSpan,
    scope: Scope,
    reading: &Reading,
    done: &[Attribution],
) -> Option<Attribution> {
    let end = sentence_end(input, quote.close, scope.paragraph.end);
    if end <= quote.close {
        return None;
    }
    let words = tokens(input, quote.close, end);
    if words.first().is_some_and(|w| CLAUSE_JOINERS.contains(&w.text(input))) {
        return trailing(input, quote, end, scope, reading, done);
    }
    let Some(verb) = words.iter().take(20).position(|w| is_cue(w.text(input))) else {
        return appositive_cue(input, quote, end, scope, reading, done).or_else(|| signed(input, quote, end, reading));
    };
    let verb_word = &words[verb];
    // "“…?” Mills then writes back, “You look cute.”": after a quote that
    // ends its sentence, a cue that opens another quote is that quote's, and
    // so is one past a verb of a sentence of its own ("“…” The chairman would
    // not comment further, saying …"); an appositive may say anything.
    let lead = &input[quote.close..verb_word.start];
    let outside_appositive = lead.split(',').step_by(2).collect::<Vec<_>>().join(" ");
    let own_verb = outside_appositive.split_whitespace().any(|w| AUXILIARIES.contains(&w));
    let closed = ends_its_sentence(input, quote);
    if closed && (introduces_a_quote(input, verb_word.end, end, scope) || own_verb) {
        return None;
    }
    // "“ripe” for talks, but … officially called the Declaration …": a cue
    // past another clause is that clause's.
    let between = &input[quote.close..verb_word.start];
    if [", but ", "; ", ", and ", ", while "].iter().any(|m| between.contains(m)) {
        return trailing(input, quote, end, scope, reading, done);
    }
    let mentions: Vec<&Mention> = reading.between(quote.close, end).iter().filter(|m| m.end <= end).collect();
    let after_verb = mentions.iter().find(|m| m.start >= verb_word.end && gap_is_short(input, verb_word.end, m.start));
    // "said State Department spokeswoman Marie Harf": the person an
    // organization's title introduces, not the organization.
    let after_verb = after_verb.map(|m| spokesperson_of(input, reading, &mentions, m).unwrap_or(*m));
    // "said Mexico's deputy security secretary, Lorena Ibarra", "said the
    // ship's master, Capt. Robert Wiley": the name the description introduces.
    let after_verb = after_verb.map(|m| match m.refers {
        Refers::Entity(_) if m.owner(input) => mentions
            .iter()
            .find(|n| n.start >= m.end && input[m.end..n.start].contains(", "))
            .filter(|n| matches!(n.refers, Refers::Entity(e) if !reading.entities[e].org))
            .filter(|n| input[m.end..n.start].split_whitespace().count() <= 6)
            .copied()
            .unwrap_or(m),
        Refers::Description(_) => mentions
            .iter()
            .find(|n| n.start >= m.end && input[m.end..n.start].trim() == ",")
            .filter(|n| matches!(n.refers, Refers::Entity(_)))
            .copied()
            .unwrap_or(m),
        _ => m,
    });
    // "“…,” State Department spokeswoman Tammy Bruce said": the subject
    // nearest the verb, or the one an appositive describes.
    let before: Vec<&Mention> = mentions.iter().copied().filter(|m| m.end <= verb_word.start).collect();
    let before_verb = subject_of(input, &before, verb_word.start);
    // "Herzog told Blinken": the one before the verb speaks; "said Blinken":
    // with no one before it, the one after.
    // "“…” if she did not win by more, said David Wasserman": a name right
    // after the verb speaks when the one before it sits in a clause of its own.
    let subordinate = before_verb.is_some_and(|m| {
        input[quote.close..m.start].split_whitespace().any(|w| SUBORDINATORS.contains(&w.to_lowercase().as_str()))
    });
    let named_after = after_verb.filter(|m| matches!(m.refers, Refers::Entity(_)));
    let mention = if subordinate { named_after.or(before_verb) } else { before_verb.or(after_verb) }?;
    Some(Attribution {
        speaker: resolve(mention, reading, done, quote.open, scope),
        cue: Some(verb_word.text(input).to_string()),
    })
}

/// Words that open a clause of its own inside a sentence.
const SUBORDINATORS: [&str; 10] =
    ["if", "when", "because", "although", "though", "unless", "whether", "since", "until", "while"];

/// True when the quoted words end on a full stop, a question or an
/// exclamation mark.
fn ends_its_sentence(input: &str, quote: &QuoteSpan) -> bool {
    input[quote.start..quote.end].trim_end().ends_with(['.', '?', '!'])
}

/// True when a quotation opens between `from` and `end`, right after a
/// cue's words ("writes back, “…”", "calling her “…”").
fn introduces_a_quote(input: &str, from: usize, end: usize, scope: Scope) -> bool {
    let opening = input[from..end].find(['“', '"']).map(|at| from + at);
    opening.is_some_and(|at| (scope.inside)(at + 1) && input[from..at].split_whitespace().count() <= 4)
}

/// Verbs that make the words after a closed quote a sentence of their own.
const AUXILIARIES: [&str; 14] =
    ["would", "will", "can", "could", "should", "did", "does", "has", "had", "have", "was", "were", "not", "declined"];

/// How many words a long appositive may hold before its cue.
const APPOSITIVE_WORDS: usize = 80;

/// “…,” Trump, the front-runner … after winning New Hampshire, said: a
/// name right after the quote, then an appositive too long for the usual
/// reach, closed by a comma and the cue.
fn appositive_cue(
    input: &str,
    quote: &QuoteSpan,
    end: usize,
    scope: Scope,
    reading: &Reading,
    done: &[Attribution],
) -> Option<Attribution> {
    let name = reading.between(quote.close, end).first()?;
    let Refers::Entity(_) = name.refers else { return None };
    let opens = input[quote.close..name.start].trim().is_empty() && input[name.end..].starts_with(',');
    if !opens {
        return None;
    }
    let words = tokens(input, name.end, end);
    let verb = words
        .iter()
        .take(APPOSITIVE_WORDS)
        .find(|w| is_cue(w.text(input)) && input[..w.start].trim_end().ends_with(','))?;
    let speaker = resolve(name, reading, done, quote.open, scope);
    Some(Attribution { speaker, cue: Some(verb.text(input).to_string()) })
}

/// "Clinton: “…” Bush: “…”": a name and a colon before a quote, opening a
/// sentence, as transcripts and lists of positions write it.
fn colon_name(input: &str, quote: &QuoteSpan, scope: Scope, reading: &Reading) -> Option<Attribution> {
    let before = input[scope.paragraph.start..quote.open].trim_end().strip_suffix(':')?;
    let name = reading
        .between(scope.paragraph.start, quote.open)
        .last()
        .filter(|m| m.end == before.len() + scope.paragraph.start)?;
    let Refers::Entity(e) = name.refers else { return None };
    let lead = input[..name.start].trim_end();
    // "Pollsters agree - Carl Bialik: “…”": a digest's dash opens one too.
    let opens = lead.len() <= scope.paragraph.start || lead.ends_with(['.', '”', '"', '?', '!', '-', '—', '–']);
    opens.then_some(Attribution { speaker: Some(e), cue: None })
}

/// Words that may follow a sentence's closing attribution: "…, Rubio said
/// while visiting a base", "…, she said on Monday".
const AFTER_TRAILING_CUE: &[&str] = &["while", "as", "in", "on", "at", "during", "after", "before", "when", "through"];

/// A sentence that closes on its attribution ("“Certain individuals” and
/// “fugitives” can be extradited, and they are “strategic objectives,”
/// Rubio said while visiting a base"): the speaker of every quote in it.
fn trailing(
    input: &str,
    quote: &QuoteSpan,
    end: usize,
    scope: Scope,
    reading: &Reading,
    done: &[Attribution],
) -> Option<Attribution> {
    let words = tokens(input, quote.close, end);
    let verb = words.iter().rposition(|w| is_cue(w.text(input)))?;
    let verb_word = &words[verb];
    if let Some(inverted) = joined_quote_cue(input, quote, verb_word.start, verb_word.end, end, reading) {
        let speaker = resolve(inverted, reading, done, quote.open, scope);
        return Some(Attribution { speaker, cue: Some(verb_word.text(input).to_string()) });
    }
    let rest = words.get(verb + 1).map(|w| w.text(input));
    if !rest.is_none_or(|w| AFTER_TRAILING_CUE.contains(&w) || w.starts_with(char::is_uppercase)) {
        return None;
    }
    let subject = reading
        .between(quote.close, verb_word.start)
        .last()
        .filter(|m| input[m.end..verb_word.start] == *" " && input[..m.start].trim_end().ends_with(','))?;
    let speaker = resolve(subject, reading, done, quote.open, scope);
    Some(Attribution { speaker, cue: Some(verb_word.text(input).to_string()) })
}

/// “…,” but “…,” continued Kristensen: two quotes joined by a conjunction
/// share the inverted cue after the second. The name after the verb, when
/// only the joiner stands between the quotes and the second closes right
/// before the verb.
fn joined_quote_cue<'r>(
    input: &str,
    quote: &QuoteSpan,
    verb_start: usize,
    verb_end: usize,
    end: usize,
    reading: &'r Reading,
) -> Option<&'r Mention> {
    let gap = input[quote.close..verb_start].trim_start();
    let second = gap.strip_prefix("but ").or_else(|| gap.strip_prefix("and "))?;
    let closes = |c: char| matches!(c, '”' | '"');
    let open = second.chars().next().filter(|c| matches!(c, '“' | '"'))?;
    let body = second[open.len_utf8()..].trim_end().strip_suffix(closes)?;
    if !body.ends_with(',') || body.contains(closes) {
        return None;
    }
    reading
        .between(verb_end, end)
        .first()
        .filter(|m| input[verb_end..m.start] == *" " && matches!(m.refers, Refers::Entity(_)))
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
    // "said Russian foreign ministry spokesperson Maria Zakharova", "said
    // political scientist Larry Sabato": a few plain words ending on a role
    // describe the name that follows.
    let described = || describes_a_name(gap);
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

/// How far before a quote (in bytes) its cue is looked for.
const CUE_WINDOW: usize = 600;
