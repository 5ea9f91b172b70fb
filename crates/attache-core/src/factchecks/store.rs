//! Writing and reading fact-checks: each change is one transaction that
//! updates the check and appends its event to the history.

use super::history::record;
use super::{
    Evidence, EvidenceDraft, EvidenceKind, FactCheck, FactCheckDraft, FactCheckFilter, FactCheckStatus, Rating,
};
use crate::clock::now;
use crate::error::{Error, Result};
use crate::library::Library;
use rusqlite::{params, OptionalExtension, Row};

/// The fact-check store: the only reader and writer of `factcheck`, its history, evidence and the rating scale.
pub struct FactChecks<'a> {
    pub(crate) library: &'a Library,
}

/// A fact-check's columns with its story's headline and its rating, read in
/// one query from [`TABLES`].
const COLUMNS: &str =
    "f.id, f.claim, f.claimant, f.story_id, s.headline, f.appeared_url, f.appeared_date, f.origin_text,
    f.status, f.rating_id, f.summary, f.created_at, f.updated_at, r.name, r.value, r.alternate_name, r.position";
const TABLES: &str = "factcheck f LEFT JOIN story s ON s.id = f.story_id LEFT JOIN rating r ON r.id = f.rating_id";

impl FactChecks<'_> {
    /// The rating scale, in order.
    pub fn ratings(&self) -> Result<Vec<Rating>> {
        let mut stmt = self
            .library
            .conn()
            .prepare("SELECT id, name, value, alternate_name, position FROM rating ORDER BY position")?;
        let rows = stmt.query_map([], |r| {
            Ok(Rating {
                id: r.get(0)?,
                name: r.get(1)?,
                value: r.get(2)?,
                alternate_name: r.get(3)?,
                position: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds a rating to the scale, or changes the number and ClaimReview name of one.
    pub fn set_rating(&self, name: &str, value: Option<i64>, alternate_name: &str) -> Result<Rating> {
        if name.trim().is_empty() || value.is_some_and(|v| !(1..=5).contains(&v)) {
            return Err(Error::InvalidInput("a rating needs a name and a number from 1 to 5 (or none)".into()));
        }
        self.library.write(|tx| {
            tx.execute(
                "INSERT INTO rating (name, value, alternate_name, position)
                 VALUES (?1, ?2, ?3, (SELECT coalesce(max(position), 0) + 1 FROM rating))
                 ON CONFLICT (name) DO UPDATE SET value = excluded.value, alternate_name = excluded.alternate_name",
                params![name.trim(), value, alternate_name.trim()],
            )?;
            Ok(())
        })?;
        self.rating_named(name)
    }

    /// Starts a fact-check; the story, if given, fills in where it appeared.
    pub fn add(&self, draft: &FactCheckDraft) -> Result<FactCheck> {
        if draft.claim.trim().is_empty() {
            return Err(Error::InvalidInput("a fact-check needs the claim it checks".into()));
        }
        let rating = draft.verdict.as_deref().map(|v| self.rating_named(v)).transpose()?;
        let story = draft.story_id.map(|id| self.library.stories().get(id)).transpose()?;
        let url = draft.appeared_url.clone().or_else(|| story.as_ref().and_then(|s| s.draft.url.clone()));
        let date = draft.appeared_date.or_else(|| story.as_ref().and_then(|s| s.draft.published));
        let (author, at) = (self.author()?, now());
        let summary = draft.summary.clone().unwrap_or_default();
        let id = self.library.write(|tx| {
            tx.execute(
                "INSERT INTO factcheck (claim, claimant, story_id, appeared_url, appeared_date, origin_text, rating_id,
                    summary, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![
                    draft.claim.trim(),
                    draft.claimant.as_deref().map(str::trim).filter(|c| !c.is_empty()),
                    draft.story_id,
                    url,
                    date.map(|d| d.to_string()),
                    draft.origin_text,
                    rating.as_ref().map(|r| r.id),
                    summary.trim(),
                    at
                ],
            )?;
            let id = tx.last_insert_rowid();
            record(tx, id, &at, &author, "created", None, Some(draft.claim.trim()))?;
            if let Some(r) = &rating {
                record(tx, id, &at, &author, "verdict", None, Some(&r.name))?;
            }
            if !summary.trim().is_empty() {
                record(tx, id, &at, &author, "summary", None, Some(summary.trim()))?;
            }
            Ok(id)
        })?;
        self.get(id)
    }

    /// One fact-check with its evidence.
    pub fn get(&self, id: i64) -> Result<FactCheck> {
        let sql = format!("SELECT {COLUMNS} FROM {TABLES} WHERE f.id = ?1");
        let found = self.library.conn().query_row(&sql, [id], factcheck_row).optional()?;
        let mut check = found.ok_or(Error::NotFound { kind: "fact-check", id })?;
        check.evidence = self.evidence(id)?;
        Ok(check)
    }

    /// Fact-checks matching the filter, most recently changed first.
    pub fn list(&self, filter: &FactCheckFilter) -> Result<Vec<FactCheck>> {
        let rating = filter.verdict.as_deref().map(|v| self.rating_named(v)).transpose()?;
        let sql = format!(
            "SELECT {COLUMNS} FROM {TABLES}
             WHERE (?1 IS NULL OR f.status = ?1) AND (?2 IS NULL OR f.rating_id = ?2)
               AND (?3 IS NULL OR f.claimant LIKE '%' || ?3 || '%')
               AND (?4 IS NULL OR coalesce(f.appeared_date, substr(f.created_at, 1, 10)) >= ?4)
               AND (?5 IS NULL OR coalesce(f.appeared_date, substr(f.created_at, 1, 10)) <= ?5)
             ORDER BY f.updated_at DESC, f.id DESC"
        );
        let mut stmt = self.library.conn().prepare(&sql)?;
        let params = params![
            filter.status.map(|s| s.as_str()),
            rating.map(|r| r.id),
            filter.claimant.as_deref().map(str::trim).filter(|c| !c.is_empty()),
            filter.from.map(|d| d.to_string()),
            filter.to.map(|d| d.to_string())
        ];
        let found = stmt.query_map(params, factcheck_row)?.collect::<Result<Vec<_>, _>>()?;
        found.into_iter().map(|mut f| Ok((f.evidence = self.evidence(f.id)?, f).1)).collect()
    }

    /// Moves a fact-check through the workflow. Publishing needs a verified
    /// check with a verdict; a dropped check can be reopened.
    pub fn set_status(&self, id: i64, status: FactCheckStatus) -> Result<FactCheck> {
        let check = self.get(id)?;
        if status == FactCheckStatus::Published
            && (check.status != FactCheckStatus::Verified || check.verdict.is_none())
        {
            return Err(Error::InvalidInput(format!(
                "fact-check {id} is {} and {}: only a verified check with a verdict can be published",
                check.status.as_str().replace('_', " "),
                if check.verdict.is_some() { "has a verdict" } else { "has no verdict" }
            )));
        }
        self.change(id, "status", "status", Some(check.status.as_str()), Some(status.as_str()), status.as_str())
    }

    /// Gives a fact-check its verdict (a rating of the scale); the old one stays in the history.
    pub fn set_verdict(&self, id: i64, verdict: &str) -> Result<FactCheck> {
        let check = self.get(id)?;
        let rating = self.rating_named(verdict)?;
        let before = check.verdict.map(|r| r.name);
        self.change(id, "verdict", "rating_id", before.as_deref(), Some(&rating.name), rating.id)
    }

    /// Rewrites a fact-check's summary; the old one stays in the history.
    pub fn set_summary(&self, id: i64, summary: &str) -> Result<FactCheck> {
        let check = self.get(id)?;
        self.change(id, "summary", "summary", Some(&check.summary), Some(summary.trim()), summary.trim())
    }

    /// Adds a piece of evidence to a fact-check.
    pub fn add_evidence(&self, id: i64, draft: &EvidenceDraft) -> Result<FactCheck> {
        self.get(id)?;
        if draft.shows.trim().is_empty() {
            return Err(Error::InvalidInput("say what the evidence shows".into()));
        }
        let (author, at) = (self.author()?, now());
        self.library.write(|tx| {
            tx.execute(
                "INSERT INTO factcheck_evidence (factcheck_id, kind, reference, shows, added_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id, draft.kind.as_str(), draft.reference, draft.shows.trim(), at],
            )?;
            tx.execute("UPDATE factcheck SET updated_at = ?2 WHERE id = ?1", params![id, at])?;
            record(tx, id, &at, &author, "evidence", None, Some(&format!("{}: {}", draft.kind.as_str(), draft.shows.trim())))
        })?;
        self.get(id)
    }

    /// Sets one column and records the change, in one transaction.
    fn change(
        &self,
        id: i64,
        field: &str,
        column: &str,
        before: Option<&str>,
        after: Option<&str>,
        value: impl rusqlite::ToSql,
    ) -> Result<FactCheck> {
        let (author, at) = (self.author()?, now());
        self.library.write(|tx| {
            tx.execute(
                &format!("UPDATE factcheck SET {column} = ?2, updated_at = ?3 WHERE id = ?1"),
                params![id, value, at],
            )?;
            record(tx, id, &at, &author, field, before, after)
        })?;
        self.get(id)
    }

    fn rating_named(&self, name: &str) -> Result<Rating> {
        let scale = self.ratings()?;
        let names: Vec<&str> = scale.iter().map(|r| r.name.as_str()).collect();
        let unknown = Error::InvalidInput(format!("no rating {name:?} on the scale ({})", names.join(", ")));
        scale.iter().find(|r| r.name.eq_ignore_ascii_case(name.trim())).cloned().ok_or(unknown)
    }
}

/// A fact-check from a row of [`COLUMNS`] (its evidence is read apart).
fn factcheck_row(r: &Row) -> rusqlite::Result<FactCheck> {
    let rating_id: Option<i64> = r.get(9)?;
    let verdict = match (rating_id, r.get::<_, Option<String>>(13)?) {
        (Some(id), Some(name)) => {
            Some(Rating { id, name, value: r.get(14)?, alternate_name: r.get(15)?, position: r.get(16)? })
        }
        _ => None,
    };
    Ok(FactCheck {
        id: r.get(0)?,
        claim: r.get(1)?,
        claimant: r.get(2)?,
        story_id: r.get(3)?,
        story_headline: r.get(4)?,
        appeared_url: r.get(5)?,
        appeared_date: r.get::<_, Option<String>>(6)?.and_then(|d| d.parse().ok()),
        origin_text: r.get(7)?,
        status: FactCheckStatus::parse(&r.get::<_, String>(8)?).unwrap_or(FactCheckStatus::Open),
        verdict,
        summary: r.get(10)?,
        created_at: r.get(11)?,
        updated_at: r.get(12)?,
        evidence: Vec::new(),
    })
}

impl FactChecks<'_> {
    fn evidence(&self, id: i64) -> Result<Vec<Evidence>> {
        let mut stmt = self.library.conn().prepare_cached(
            "SELECT id, kind, reference, shows, added_at FROM factcheck_evidence WHERE factcheck_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(Evidence {
                id: r.get(0)?,
                kind: EvidenceKind::parse(&r.get::<_, String>(1)?).unwrap_or(EvidenceKind::Note),
                reference: r.get(2)?,
                shows: r.get(3)?,
                added_at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl FactChecks<'_> {
    /// Starts a fact-check from a quote or claim sentence of a story, filled
    /// in from it: the claim's words, the quote's speaker (or the story's
    /// outlet) as claimant, where and when it appeared, and, for an "Nth
    /// visit" claim, the travel records' check as evidence.
    pub fn from_story(&self, story_id: i64, text: &str) -> Result<FactCheck> {
        let reading = self.library.quotes().of_story(story_id)?;
        let quote = reading.quotes.iter().find(|q| q.text == text);
        let claim = reading.claims.iter().find(|c| c.text == text);
        if quote.is_none() && claim.is_none() {
            return Err(Error::InvalidInput(format!("story {story_id} has no quote or claim “{text}”")));
        }
        let story = self.library.stories().get(story_id)?;
        let claimant = quote.and_then(|q| q.speaker.clone()).or_else(|| story.draft.outlet.clone());
        let words = text.trim().trim_end_matches([',', ';', ':']).to_string();
        let draft = FactCheckDraft {
            claim: words,
            claimant,
            story_id: Some(story_id),
            origin_text: Some(text.to_string()),
            ..FactCheckDraft::default()
        };
        let check = self.add(&draft)?;
        let travel = crate::travels::check_story_claims(self.library, story_id)?.into_iter().find(|c| c.claim == text);
        match travel {
            Some(found) => {
                let evidence = EvidenceDraft {
                    kind: EvidenceKind::TravelCheck,
                    reference: Some(format!("story {story_id}: {}", found.claim)),
                    shows: found.explanation,
                };
                self.add_evidence(check.id, &evidence)
            }
            None => Ok(check),
        }
    }
}
