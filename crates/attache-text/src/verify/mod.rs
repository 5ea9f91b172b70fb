//! Quote verification: lines a reported quote up against a primary source
//! (a transcript, statement or readout), finds the best-matching passage,
//! shows every word-level difference, and gives a verdict (exact, minor,
//! altered, absent) with the speaker of the matched turn.

mod align;
mod diff;
mod fluent;
pub(crate) mod turns;
mod words;

#[cfg(test)]
mod tests;

use align::{align, Alignment, Interner, Step};
use diff::{diff, Side, Weight};
use serde::Serialize;
use ts_rs::TS;

pub use diff::DiffOp;
pub use turns::{display as speaker_label, turns, Turn};
pub use words::is_function_word;

/// Below this share of matching words, no passage corresponds…
const ABSENT_BELOW: f64 = 0.5;
/// …unless this many words in a row are the source's: then the quote is a
/// paraphrase built around the source's words (altered), not an invention.
const QUOTED_RUN: usize = 4;

/// How faithful a reported quote is to its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Same words; only punctuation, case, typography or spelling differ.
    Exact,
    /// Small changes that keep the meaning: a contraction, a function word,
    /// an omission marked by an ellipsis, a bracketed insertion.
    Minor,
    /// Content words changed, added or reordered, or a paraphrase in quote marks.
    Altered,
    /// No passage of the source corresponds.
    Absent,
}

impl Verdict {
    /// The word stored in the library and printed by the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Exact => "exact",
            Verdict::Minor => "minor",
            Verdict::Altered => "altered",
            Verdict::Absent => "absent",
        }
    }

    /// The verdict for a stored word.
    pub fn parse(word: &str) -> Option<Verdict> {
        [Verdict::Exact, Verdict::Minor, Verdict::Altered, Verdict::Absent].into_iter().find(|v| v.as_str() == word)
    }
}

/// The matched passage of the source, by character offsets.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The result of checking one quote against one source text.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Check {
    pub verdict: Verdict,
    /// The share of the quote's words found in order in the passage (0 to 1).
    pub score: f64,
    /// True when the matched turn's speaker is not the reported speaker;
    /// null when that cannot be decided: the source labels no speaker turn
    /// there, or the quote has no reported speaker.
    pub misattributed: Option<bool>,
    pub span: Option<Span>,
    /// The speaker of the matched turn, as the transcript labels it.
    pub speaker_in_source: Option<String>,
    pub diff: Vec<DiffOp>,
}

/// One stretch of the quote aligned on its own: the quote is cut at its
/// ellipses (a marked omission) and, where two sentences were stitched
/// without one, at the stitch.
struct Segment {
    quote: std::ops::Range<usize>,
    found: Alignment,
    /// True when an ellipsis in the quote marks the cut before this segment.
    marked: bool,
}

/// Checks `quote` (said by `speaker`, if known) against `source`.
pub fn check(quote: &str, speaker: Option<&str>, source: &str) -> Check {
    Prepared::new(source).check(quote, speaker)
}

/// A source text made ready for checking many quotes: its words, tokens,
/// token ids and speaker turns, computed once.
pub struct Prepared {
    chars: Vec<char>,
    words: Vec<words::Word>,
    tokens: Vec<words::Token>,
    ids: Vec<u32>,
    interner: Interner,
    turns: Vec<Turn>,
    /// The tokens with speech's repetitions left out, when it has any.
    fluent: Option<fluent::Fluent>,
}

impl Prepared {
    /// Reads a source text.
    pub fn new(source: &str) -> Prepared {
        let words = words::words(source);
        let tokens = words::tokens(&words);
        let mut interner = Interner::default();
        let ids: Vec<u32> = tokens.iter().map(|t| interner.id(&t.norm)).collect();
        let fluent = fluent::Fluent::of(&ids);
        Prepared { chars: source.chars().collect(), words, tokens, ids, interner, turns: turns::turns(source), fluent }
    }

    /// Checks `quote` (said by `speaker`, if known) against this source.
    pub fn check(&self, quote: &str, speaker: Option<&str>) -> Check {
        let q_chars: Vec<char> = quote.chars().collect();
        let q_words = words::words(quote);
        let q_tokens = words::tokens(&q_words);
        // Quote tokens the source lacks get ids of their own, above the source's.
        let mut unknown = Interner::default();
        let q_ids: Vec<u32> = q_tokens
            .iter()
            .map(|t| self.interner.get(&t.norm).unwrap_or_else(|| u32::MAX - unknown.id(&t.norm)))
            .collect();
        let (s_chars, s_words, s_tokens, s_ids) = (&self.chars, &self.words, &self.tokens, &self.ids);
        let absent = Check {
            verdict: Verdict::Absent,
            score: 0.0,
            misattributed: None,
            span: None,
            speaker_in_source: None,
            diff: vec![],
        };
        let cuts: Vec<usize> = (1..q_tokens.len())
            .filter(|&i| q_words[q_tokens[i].word].after_ellipsis && q_tokens[i - 1].word != q_tokens[i].word)
            .collect();
        // Read against the fluent tokens too, when that fits with fewer edits
        // (never needed when the source's own words fit with none).
        let cost = |found: &Vec<Segment>| found.iter().map(|s| s.found.cost).sum::<usize>();
        let raw = segments(&q_ids, s_ids, &cuts);
        let word_for_word = raw.as_ref().is_some_and(|r| cost(r) == 0);
        let fluent = self.fluent.as_ref().filter(|_| !word_for_word).and_then(|f| {
            let found = segments(&q_ids, &f.ids, &cuts)?;
            Some(found.into_iter().map(|s| Segment { found: f.restore(s.found), ..s }).collect::<Vec<_>>())
        });
        let found = match (raw, fluent) {
            (Some(raw), Some(fluent)) if cost(&fluent) < cost(&raw) => Some(fluent),
            (raw, fluent) => raw.or(fluent),
        };
        let Some(mut segments) = found else { return absent };
        let unrelated = unrelated(&segments, &q_tokens);
        trim_edges(&mut segments);
        let quote_side = Side { text: &q_chars, words: &q_words, tokens: &q_tokens };
        let source_side = Side { text: s_chars, words: s_words, tokens: s_tokens };
        let (mut ops, mut weight, mut changes, mut same, mut other) = (Vec::new(), Weight::None, 0, 0, 0);
        for (k, segment) in segments.iter().enumerate() {
            if let Some(previous) = k.checked_sub(1).map(|p| &segments[p]) {
                let (gap_op, gap_weight) = join(previous, segment, &source_side);
                ops.extend(gap_op);
                weight = weight.max(gap_weight);
                changes += usize::from(gap_weight != Weight::None);
            }
            let steps: Vec<Step> = segment.found.steps.iter().map(|s| shift(*s, segment.quote.start)).collect();
            for step in &steps {
                match step {
                    Step::Same(..) => same += 1,
                    Step::Added(q) | Step::Changed(q, _) if q_words[q_tokens[*q].word].bracketed => {}
                    _ => other += 1,
                }
            }
            let (segment_ops, segment_weight, segment_changes) = diff(&steps, &quote_side, &source_side);
            ops.extend(segment_ops);
            weight = weight.max(segment_weight);
            changes += segment_changes;
        }
        let score = same as f64 / (same + other).max(1) as f64;
        if unrelated || score < ABSENT_BELOW && longest_same_run(&segments) < QUOTED_RUN {
            return Check { score, ..absent };
        }
        // Stretches may be out of order (a reordered quote): the span covers them all.
        let matched = segments.iter().map(|s| &s.found).filter(|f| f.start < f.end);
        let (Some(from), Some(to)) = (matched.clone().map(|f| f.start).min(), matched.map(|f| f.end).max()) else {
            return absent;
        };
        let (a, b) = (s_words[s_tokens[from].word].start, s_words[s_tokens[to - 1].word].end);
        let span = Span { start: a, end: b, text: s_chars[a..b].iter().collect() };
        let label = turns::turn_at(&self.turns, a).map(|t| t.label.clone());
        let misattributed = match (speaker, &label) {
            (Some(who), Some(label)) => Some(!turns::same_person(who, label)),
            _ => None,
        };
        let many = changes > 4.max(q_tokens.len() / 4);
        let verdict = match weight {
            Weight::None => Verdict::Exact,
            Weight::Minor if !many => Verdict::Minor,
            _ => Verdict::Altered,
        };
        Check {
            verdict,
            score,
            misattributed,
            span: Some(span),
            speaker_in_source: label.map(|l| turns::display(&l)),
            diff: ops,
        }
    }
}

/// True when the passage is about something else, whatever words it
/// shares: fewer than half the quote's content words (of four or more) are
/// the passage's, and where they differ the passage says other things in
/// their place, rather than simply ending (a different occasion in similar
/// words is absent; a quote running past its source's words is altered).
fn unrelated(segments: &[Segment], tokens: &[words::Token]) -> bool {
    let content = |q: usize| !words::is_function_word(&tokens[q].norm);
    let total = (0..tokens.len()).filter(|&q| content(q)).count();
    let steps = || segments.iter().flat_map(|s| s.found.steps.iter().map(move |step| (s.quote.start, *step)));
    let count = |kind: fn(Step) -> Option<usize>| {
        steps().filter(|(from, step)| kind(*step).is_some_and(|q| content(q + from))).count()
    };
    let same = count(|s| if let Step::Same(q, _) = s { Some(q) } else { None });
    let changed = count(|s| if let Step::Changed(q, _) = s { Some(q) } else { None });
    let added = count(|s| if let Step::Added(q) = s { Some(q) } else { None });
    total >= 4 && (same as f64) < ABSENT_BELOW * total as f64 && changed >= added
}

/// A quote word set against a different source word at either end of the
/// passage has no counterpart there: "The" before "USS Harry S. Truman …"
/// is an added article, not the source's word before the passage changed.
fn trim_edges(segments: &mut [Segment]) {
    if let Some(first) = segments.first_mut() {
        let found = &mut first.found;
        for step in found.steps.iter_mut() {
            let Step::Changed(q, _) = *step else { break };
            *step = Step::Added(q);
            found.start += 1;
        }
    }
    if let Some(last) = segments.last_mut() {
        let found = &mut last.found;
        for step in found.steps.iter_mut().rev() {
            let Step::Changed(q, _) = *step else { break };
            *step = Step::Added(q);
            found.end -= 1;
        }
    }
}

/// The longest run of words the same in quote and source.
fn longest_same_run(segments: &[Segment]) -> usize {
    let mut longest = 0;
    for segment in segments {
        let mut run = 0;
        for step in &segment.found.steps {
            run = if matches!(step, Step::Same(..)) { run + 1 } else { 0 };
            longest = longest.max(run);
        }
    }
    longest
}

/// Aligns the quote's stretches in order; `None` when either side is empty.
fn segments(quote: &[u32], text: &[u32], cuts: &[usize]) -> Option<Vec<Segment>> {
    let bounds: Vec<usize> = std::iter::once(0).chain(cuts.iter().copied()).chain([quote.len()]).collect();
    let mut out: Vec<Segment> = Vec::new();
    for (k, pair) in bounds.windows(2).enumerate() {
        let after = out.last().map_or(0, |s| s.found.end);
        let found = best(&quote[pair[0]..pair[1]], text, after)?;
        out.push(Segment { quote: pair[0]..pair[1], found, marked: k > 0 });
    }
    if out.len() == 1 {
        if let Some(stitched) = unstitch(quote, text, &out[0]) {
            return Some(stitched);
        }
    }
    Some(out)
}

/// The best place for a stretch, preferring the text after `after` (where
/// the previous stretch ended) when it fits there about as well.
fn best(quote: &[u32], text: &[u32], after: usize) -> Option<Alignment> {
    let anywhere = align(quote, text)?;
    if after == 0 || after >= text.len() {
        return Some(anywhere);
    }
    let later = align(quote, &text[after..]).map(|a| Alignment {
        start: a.start + after,
        end: a.end + after,
        steps: a.steps.iter().map(|s| shift_text(*s, after)).collect(),
        cost: a.cost,
    });
    Some(later.filter(|l| l.cost <= anywhere.cost).unwrap_or(anywhere))
}

/// Two sentences printed as one quote with no ellipsis: when a run of four
/// or more quote words at either end does not match the passage but is found
/// elsewhere, the quote is aligned as two stretches (an unmarked stitch).
fn unstitch(quote: &[u32], text: &[u32], whole: &Segment) -> Option<Vec<Segment>> {
    let same = |s: &Step| match s {
        Step::Same(q, _) => Some(*q),
        _ => None,
    };
    let steps = &whole.found.steps;
    let lead = steps.iter().find_map(same)?;
    let tail = quote.len() - 1 - steps.iter().rev().find_map(same)?;
    let cut = if lead >= 4 && lead >= tail {
        lead
    } else if tail >= 4 {
        quote.len() - tail
    } else {
        return None;
    };
    let (head, rest) = (align(&quote[..cut], text)?, align(&quote[cut..], text)?);
    let fits = |a: &Alignment, len: usize| a.cost * 4 <= len;
    (fits(&head, cut) && fits(&rest, quote.len() - cut)).then(|| {
        vec![
            Segment { quote: 0..cut, found: head, marked: false },
            Segment { quote: cut..quote.len(), found: rest, marked: false },
        ]
    })
}

/// What lies between two stretches: the source words left out (minor when
/// an ellipsis marks it), or a reordering (the second stretch comes first).
fn join(previous: &Segment, next: &Segment, source: &Side) -> (Option<DiffOp>, Weight) {
    let (from, to) = (previous.found.end, next.found.start);
    let weight = if next.marked && to >= from { Weight::Minor } else { Weight::Altering };
    if to <= from {
        let op = (to < from).then(|| DiffOp {
            op: "replace".into(),
            reported: "(order changed)".into(),
            source: String::new(),
        });
        return (op, weight);
    }
    let (a, b) = (source.words[source.tokens[from].word].start, source.words[source.tokens[to - 1].word].end);
    let skipped: String = source.text[a..b].iter().collect();
    let reported = if next.marked { "…" } else { "" };
    (Some(DiffOp { op: "delete".into(), reported: reported.into(), source: skipped }), weight)
}

/// A step of a stretch, with its quote index moved to the whole quote.
fn shift(step: Step, by: usize) -> Step {
    match step {
        Step::Same(q, t) => Step::Same(q + by, t),
        Step::Changed(q, t) => Step::Changed(q + by, t),
        Step::Added(q) => Step::Added(q + by),
        dropped => dropped,
    }
}

/// A step with its text index moved by `by`.
fn shift_text(step: Step, by: usize) -> Step {
    match step {
        Step::Same(q, t) => Step::Same(q, t + by),
        Step::Changed(q, t) => Step::Changed(q, t + by),
        Step::Dropped(t) => Step::Dropped(t + by),
        added => added,
    }
}
