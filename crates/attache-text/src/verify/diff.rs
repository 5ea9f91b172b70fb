//! From an alignment to what the editor sees and what the verdict weighs:
//! word-level operations (equal, insert, delete, replace) with the words as
//! written on each side, and for each change whether it is minor (a function
//! word, a bracketed insertion, an omission marked by an ellipsis, a
//! contraction) or alters the quote.

use super::align::Step;
use super::words::{is_function_word, Token, Word};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One word-level difference between the reported quote and the source.
/// `insert`: words the report has and the source lacks; `delete`: source
/// words the report leaves out; `replace`: different words in the same place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DiffOp {
    /// `equal`, `insert`, `delete` or `replace`.
    pub op: String,
    /// The reported words ("" for a deletion).
    pub reported: String,
    /// The source's words ("" for an insertion).
    pub source: String,
}

/// One side of the comparison: its text, words and tokens.
pub struct Side<'a> {
    pub text: &'a [char],
    pub words: &'a [Word],
    pub tokens: &'a [Token],
}

impl Side<'_> {
    /// The text as written from the first to the last word of these tokens.
    fn span(&self, tokens: &[usize]) -> String {
        let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return String::new() };
        let (a, b) = (self.words[self.tokens[*first].word].start, self.words[self.tokens[*last].word].end);
        self.text[a..b].iter().collect()
    }
}

/// How much a run of changes weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weight {
    None,
    Minor,
    Altering,
}

/// A run of steps of one kind, with token indices on both sides.
#[derive(Default)]
struct Run {
    op: &'static str,
    reported: Vec<usize>,
    source: Vec<usize>,
}

/// Turns steps into diff operations and weighs each change.
pub fn diff(steps: &[Step], quote: &Side, source: &Side) -> (Vec<DiffOp>, Weight, usize) {
    let mut runs: Vec<Run> = Vec::new();
    for step in steps {
        let (op, r, s) = match *step {
            // The same words, one side contracted: shown as a change (a minor one).
            Step::Same(q, t) if quote.tokens[q].contracted != source.tokens[t].contracted => {
                ("replace", Some(q), Some(t))
            }
            Step::Same(q, t) => ("equal", Some(q), Some(t)),
            Step::Changed(q, t) => ("replace", Some(q), Some(t)),
            Step::Added(q) => ("insert", Some(q), None),
            Step::Dropped(t) => ("delete", None, Some(t)),
        };
        let merges = runs.last().is_some_and(|last| last.op == op || (last.op != "equal" && op != "equal"));
        if !merges {
            runs.push(Run { op, ..Run::default() });
        }
        let run = runs.last_mut().expect("a run was just pushed");
        if run.op != op {
            run.op = "replace";
        }
        run.reported.extend(r);
        run.source.extend(s);
    }
    let (mut weight, mut changes) = (Weight::None, 0);
    let ops = runs
        .iter()
        .map(|run| {
            if run.op != "equal" {
                changes += 1;
                weight = weight.max(weigh(run, quote, source));
            }
            DiffOp { op: run.op.to_string(), reported: quote.span(&run.reported), source: source.span(&run.source) }
        })
        .collect();
    (ops, weight, changes)
}

/// A change is minor when it only touches function words, spells the same
/// words with or without a contraction, drops what only speech has (a
/// repeated word, a false start, a filler), or the reported words are an
/// editor's bracketed insertion; otherwise it alters the quote.
fn weigh(run: &Run, quote: &Side, source: &Side) -> Weight {
    let norms = |side: &Side, tokens: &[usize]| tokens.iter().map(|t| side.tokens[*t].norm.clone()).collect::<Vec<_>>();
    // "high-end" for "high end", "per cent" for "percent": the same letters.
    if norms(quote, &run.reported).concat() == norms(source, &run.source).concat() {
        let contracted = |side: &Side, tokens: &[usize]| tokens.iter().any(|t| side.tokens[*t].contracted);
        let spelled_out = contracted(quote, &run.reported) != contracted(source, &run.source);
        return if spelled_out { Weight::Minor } else { Weight::None };
    }
    if run.reported.is_empty() && spoken_only(&run.source, source) {
        return Weight::Minor;
    }
    // An editor's bracketed words stand in for the source's ("[Neptune
    // Strike] is" for "it's"): what is left must be function words.
    let unbracketed: Vec<usize> =
        run.reported.iter().copied().filter(|t| !quote.words[quote.tokens[*t].word].bracketed).collect();
    let bracketed = unbracketed.len() < run.reported.len();
    let function = |side: &Side, tokens: &[usize]| tokens.iter().all(|t| is_function_word(&side.tokens[*t].norm));
    if bracketed && unbracketed.is_empty() || (function(quote, &unbracketed) && function(source, &run.source)) {
        Weight::Minor
    } else {
        Weight::Altering
    }
}

/// Fillers of speech that a transcript keeps and a report drops.
const FILLERS: &[&str] = &["uh", "um", "er", "ah", "erm", "hmm"];

/// True when the source words `dropped` (token indices, in order) are what
/// only speech has: a filler, a repetition of the words beside them ("at --
/// at the source", "stop the spread, stop the spread"), or a false start that
/// the speaker broke off with a dash ("the Ukraine people -- Ukrainian people").
fn spoken_only(dropped: &[usize], source: &Side) -> bool {
    let (Some(&first), Some(&last)) = (dropped.first(), dropped.last()) else { return false };
    let norm = |t: usize| source.tokens[t].norm.as_str();
    if dropped.iter().all(|t| FILLERS.contains(&norm(*t))) {
        return true;
    }
    let n = last + 1 - first;
    let same =
        |a: usize, b: usize| (0..n).all(|k| source.tokens.get(b + k).is_some_and(|_| norm(a + k) == norm(b + k)));
    let repeated = same(first, last + 1) || first >= n && same(first - n, first);
    let broken_off = source.tokens.get(last + 1).is_some_and(|next| {
        let (end, start) = (source.words[source.tokens[last].word].end, source.words[next.word].start);
        let between: String = source.text[end..start].iter().collect();
        between.contains("--") || between.contains('—') || between.contains('–')
    });
    repeated || broken_off
}
