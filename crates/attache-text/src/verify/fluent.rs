//! Speech repeats itself where a report does not: "stop the spread of
//! Ebola, stop the spread of Ebola at -- at the source" is reported as "stop
//! the spread of Ebola at the source". A transcript's tokens with the first
//! copy of each repeated run left out let such a quote align word for word;
//! the words left out come back as dropped steps, which weigh as minor.

use super::align::{Alignment, Step};

/// The longest run of tokens looked for twice in a row.
const LONGEST_REPEAT: usize = 8;

/// A source's tokens with repetitions left out, and where each kept token
/// sits in the whole source.
pub(super) struct Fluent {
    pub ids: Vec<u32>,
    map: Vec<usize>,
}

impl Fluent {
    /// The fluent reading of `ids`, or `None` when nothing repeats.
    pub(super) fn of(ids: &[u32]) -> Option<Fluent> {
        let (mut kept, mut map) = (Vec::with_capacity(ids.len()), Vec::with_capacity(ids.len()));
        let mut i = 0;
        while i < ids.len() {
            let repeated =
                (1..=LONGEST_REPEAT).rev().find(|&n| i + 2 * n <= ids.len() && ids[i..i + n] == ids[i + n..i + 2 * n]);
            if let Some(n) = repeated {
                i += n;
                continue;
            }
            kept.push(ids[i]);
            map.push(i);
            i += 1;
        }
        (kept.len() < ids.len()).then_some(Fluent { ids: kept, map })
    }

    /// An alignment against the fluent tokens, told against the whole
    /// source: the repetitions inside the stretch become dropped steps.
    pub(super) fn restore(&self, found: Alignment) -> Alignment {
        let at = |t: usize| self.map[t];
        let mut steps = Vec::with_capacity(found.steps.len());
        let mut last: Option<usize> = None;
        for step in found.steps {
            let (step, source) = match step {
                Step::Same(q, t) => (Step::Same(q, at(t)), Some(at(t))),
                Step::Changed(q, t) => (Step::Changed(q, at(t)), Some(at(t))),
                Step::Dropped(t) => (Step::Dropped(at(t)), Some(at(t))),
                added => (added, None),
            };
            if let (Some(previous), Some(now)) = (last, source) {
                steps.extend((previous + 1..now).map(Step::Dropped));
            }
            last = source.or(last);
            steps.push(step);
        }
        let start = self.map.get(found.start).copied().unwrap_or_else(|| self.map.last().map_or(0, |m| m + 1));
        let end = found.end.checked_sub(1).map_or(start, |e| self.map[e] + 1);
        Alignment { start, end, cost: found.cost, steps }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_copy_of_a_repeated_run_is_left_out() {
        // "stop the spread , stop the spread at at the source"
        let ids = [1, 2, 3, 1, 2, 3, 4, 4, 2, 5];
        let fluent = Fluent::of(&ids).expect("repetitions");
        assert_eq!(fluent.ids, [1, 2, 3, 4, 2, 5]);
        assert_eq!(fluent.map, [3, 4, 5, 7, 8, 9]);
        assert!(Fluent::of(&[1, 2, 3, 2, 1]).is_none());
    }

    #[test]
    fn a_restored_alignment_drops_the_repetitions_inside_it() {
        let fluent = Fluent::of(&[1, 2, 1, 2, 3]).expect("repetitions");
        let found =
            Alignment { start: 0, end: 3, cost: 0, steps: vec![Step::Same(0, 0), Step::Same(1, 1), Step::Same(2, 2)] };
        let whole = fluent.restore(found);
        assert_eq!((whole.start, whole.end), (2, 5));
        assert_eq!(whole.steps, [Step::Same(0, 2), Step::Same(1, 3), Step::Same(2, 4)]);
        let fluent = Fluent::of(&[7, 8, 8, 9]).expect("a stammer");
        let found =
            Alignment { start: 0, end: 3, cost: 0, steps: vec![Step::Same(0, 0), Step::Same(1, 1), Step::Same(2, 2)] };
        let whole = fluent.restore(found);
        assert_eq!(whole.steps, [Step::Same(0, 0), Step::Dropped(1), Step::Same(1, 2), Step::Same(2, 3)]);
    }
}
