//! Finding where a quote's tokens sit in a much longer text: a fitting
//! alignment (the whole quote against any stretch of the text) by edit
//! distance over tokens. Myers' bit-parallel algorithm finds the best end in
//! one pass over the text; a small dynamic programme around that end then
//! recovers the stretch and the word-by-word steps.

use std::collections::HashMap;

/// One step of an alignment, by token index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The same token in both.
    Same(usize, usize),
    /// A quote token where the text has another.
    Changed(usize, usize),
    /// A quote token the text lacks (the reporter added it).
    Added(usize),
    /// A text token the quote lacks (the reporter left it out).
    Dropped(usize),
}

/// The best stretch of text for a quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Alignment {
    /// Text token range `start..end`.
    pub start: usize,
    pub end: usize,
    /// Edit distance in tokens.
    pub cost: usize,
    pub steps: Vec<Step>,
}

/// Interns tokens as small integers so comparisons are cheap.
#[derive(Default)]
pub struct Interner(HashMap<String, u32>);

impl Interner {
    /// The token's id, if it was interned.
    pub fn get(&self, token: &str) -> Option<u32> {
        self.0.get(token).copied()
    }

    pub fn id(&mut self, token: &str) -> u32 {
        let next = self.0.len() as u32;
        *self.0.entry(token.to_string()).or_insert(next)
    }
}

/// Aligns `quote` against `text` (both interned tokens); `None` for an empty quote or text.
pub fn align(quote: &[u32], text: &[u32]) -> Option<Alignment> {
    if quote.is_empty() || text.is_empty() {
        return None;
    }
    let scores = if quote.len() <= 64 { end_costs_bits(quote, text) } else { end_costs_plain(quote, text) };
    let (end, cost) = best_end(&scores, quote.len());
    // The stretch ending at `end` is at most len + cost tokens long.
    let from = (end + 1).saturating_sub(quote.len() + cost);
    Some(trace(quote, &text[from..=end], from))
}

/// The end with the fewest edits; among equally good ends just after the
/// first one, the last (the longer match: "them are significant" rather
/// than stopping at "them" with "significant" left over).
fn best_end(costs: &[usize], m: usize) -> (usize, usize) {
    let best = costs.iter().copied().min().unwrap_or(m);
    let first = costs.iter().position(|c| *c == best).unwrap_or(0);
    let last = (first..costs.len().min(first + m + 1)).rev().find(|j| costs[*j] == best).unwrap_or(first);
    (last, best)
}

/// Myers/Hyyrö: for each text position, the fewest edits of the quote
/// ending there.
fn end_costs_bits(quote: &[u32], text: &[u32]) -> Vec<usize> {
    let m = quote.len();
    let mut peq: HashMap<u32, u64> = HashMap::with_capacity(m);
    for (i, t) in quote.iter().enumerate() {
        *peq.entry(*t).or_default() |= 1 << i;
    }
    let mask = if m == 64 { u64::MAX } else { (1u64 << m) - 1 };
    let high = 1u64 << (m - 1);
    let (mut pv, mut mv, mut score) = (mask, 0u64, m);
    let mut costs = Vec::with_capacity(text.len());
    for t in text {
        let eq = peq.get(t).copied().unwrap_or(0);
        let xv = eq | mv;
        let xh = ((eq & pv).wrapping_add(pv) ^ pv) | eq;
        let mut ph = mv | !(xh | pv);
        let mut mh = pv & xh;
        if ph & high != 0 {
            score += 1;
        } else if mh & high != 0 {
            score -= 1;
        }
        ph = (ph << 1) & mask;
        mh = (mh << 1) & mask;
        pv = (mh | !(xv | ph)) & mask;
        mv = ph & xv;
        costs.push(score);
    }
    costs
}

/// The same costs by plain dynamic programming, for quotes over 64 tokens.
fn end_costs_plain(quote: &[u32], text: &[u32]) -> Vec<usize> {
    let m = quote.len();
    let mut column: Vec<usize> = (0..=m).collect();
    let mut costs = Vec::with_capacity(text.len());
    for t in text {
        let mut diagonal = column[0];
        column[0] = 0;
        for i in 1..=m {
            let up = column[i];
            column[i] = (diagonal + usize::from(quote[i - 1] != *t)).min(up + 1).min(column[i - 1] + 1);
            diagonal = up;
        }
        costs.push(column[m]);
    }
    costs
}

/// Full table over the quote and a short stretch (free start in the
/// stretch, which must end at its last token), then the steps back.
fn trace(quote: &[u32], window: &[u32], offset: usize) -> Alignment {
    let (m, n) = (quote.len(), window.len());
    let width = n + 1;
    let mut table = vec![0usize; (m + 1) * width];
    for i in 1..=m {
        table[i * width] = i;
        for j in 1..=n {
            let same = quote[i - 1] == window[j - 1];
            let diagonal = table[(i - 1) * width + j - 1] + usize::from(!same);
            table[i * width + j] = diagonal.min(table[(i - 1) * width + j] + 1).min(table[i * width + j - 1] + 1);
        }
    }
    let cost = table[m * width + n];
    let (mut i, mut j, mut steps) = (m, n, Vec::new());
    while i > 0 {
        let here = table[i * width + j];
        if j > 0 && here == table[(i - 1) * width + j - 1] + usize::from(quote[i - 1] != window[j - 1]) {
            let step = if quote[i - 1] == window[j - 1] { Step::Same } else { Step::Changed };
            steps.push(step(i - 1, offset + j - 1));
            (i, j) = (i - 1, j - 1);
        } else if here == table[(i - 1) * width + j] + 1 {
            steps.push(Step::Added(i - 1));
            i -= 1;
        } else {
            steps.push(Step::Dropped(offset + j - 1));
            j -= 1;
        }
    }
    steps.reverse();
    // Leading text tokens skipped before the quote starts are not part of it.
    let start = offset + j;
    steps.retain(|s| !matches!(s, Step::Dropped(k) if *k < start));
    Alignment { start, end: offset + n, cost, steps }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str, interner: &mut Interner) -> Vec<u32> {
        text.split_whitespace().map(|w| interner.id(w)).collect()
    }

    #[test]
    fn finds_the_stretch_with_fewest_edits() {
        let mut i = Interner::default();
        let text = ids("we spoke at length and we are now closer than ever to a deal said the minister", &mut i);
        let quote = ids("we are closer than ever to a deal", &mut i);
        let a = align(&quote, &text).unwrap();
        assert_eq!((a.start, a.end, a.cost), (5, 14, 1));
        assert!(a.steps.contains(&Step::Dropped(7)), "'now' was left out: {:?}", a.steps);
    }

    #[test]
    fn bit_parallel_and_plain_agree() {
        let mut i = Interner::default();
        let text = ids(&"the talks went on into the night and the talks ended with no deal at all ".repeat(20), &mut i);
        for quote in ["talks ended with a deal", "into the night and then", "no deal at all the talks"] {
            let q = ids(quote, &mut i);
            assert_eq!(end_costs_bits(&q, &text), end_costs_plain(&q, &text), "{quote}");
        }
    }

    #[test]
    fn a_quote_of_sixty_four_tokens_and_more_aligns() {
        let mut i = Interner::default();
        let words: Vec<String> = (0..100).map(|n| format!("w{n}")).collect();
        let text = ids(&words.join(" "), &mut i);
        for len in [64, 70] {
            let quote = ids(&words[10..10 + len].join(" "), &mut i);
            let a = align(&quote, &text).unwrap();
            assert_eq!((a.start, a.end, a.cost), (10, 10 + len, 0), "{len}");
        }
    }
}
