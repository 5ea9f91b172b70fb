//! Drift across stories: the same statement as several stories in the
//! library reported it, each version lined up against the source passage.

use super::verification::distinctive;
use super::Sources;
use crate::error::Result;
use crate::verify::{Check, Prepared, Verdict};
use serde::Serialize;
use std::collections::HashSet;
use ts_rs::TS;

/// One story's version of a statement.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DriftVersion {
    pub story_id: i64,
    pub headline: String,
    pub published: Option<String>,
    /// The words the story printed.
    pub text: String,
    pub speaker: Option<String>,
    /// That version against the source.
    pub check: Check,
}

impl Sources<'_> {
    /// Every quote in the library (outside the trash) that reports the
    /// passage of source `source_id` that `quote` matches, with its diff.
    pub fn drift(&self, source_id: i64, quote: &str) -> Result<Vec<DriftVersion>> {
        let source = self.get(source_id)?;
        let prepared = Prepared::new(&source.body);
        let Some(anchor) = prepared.check(quote, None).span else { return Ok(Vec::new()) };
        let passage_words: HashSet<String> = distinctive(&anchor.text).into_iter().collect();
        let mut versions = Vec::new();
        crate::quotes::reading::each_reported_quote(self.library.conn(), |q| {
            let shared = distinctive(&q.text).iter().filter(|w| passage_words.contains(*w)).count();
            if shared == 0 {
                return;
            }
            let check = prepared.check(&q.text, q.speaker.as_deref());
            let overlaps = check.span.as_ref().is_some_and(|s| s.start < anchor.end && anchor.start < s.end);
            if check.verdict != Verdict::Absent && overlaps {
                let crate::quotes::reading::ReportedQuote { story_id, headline, published, text, speaker } = q;
                versions.push(DriftVersion { story_id, headline, published, text, speaker, check });
            }
        })?;
        Ok(versions)
    }
}
