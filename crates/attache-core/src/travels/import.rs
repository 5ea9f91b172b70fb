//! Writing travel records into the library: whole files in one transaction
//! (duplicates skipped, doubtful records flagged), and stops typed by hand.

use super::lookup::{country_id, official_id_or_new};
use super::records::StopRecord;
use super::Travels;
use super::{StopDraft, TravelFlag, TravelImport};
use crate::clock::now;
use crate::error::{Error, Result};
use rusqlite::{params, params_from_iter, OptionalExtension, Transaction};
use std::collections::{HashMap, HashSet};
use std::path::Path;

impl Travels<'_> {
    /// Imports records already read (the built-in reference, tests).
    pub fn import_records(&self, file: &str, records: &[StopRecord]) -> Result<TravelImport> {
        self.library.write(|tx| store_records(tx, file, records))
    }

    /// Adds a stop typed by the editor; returns its id.
    pub fn add_stop(&self, draft: &StopDraft) -> Result<i64> {
        check_draft(draft)?;
        self.library.write(|tx| {
            let official = official_id_or_new(tx, &draft.official)?;
            let values = std::iter::once(official.to_string()).chain(draft_columns(tx, draft)?).chain([now()]);
            let inserted = tx.execute(
                "INSERT OR IGNORE INTO stop (official_id, start, \"end\", country_id, country_label, locale, remarks,
                    counterparts, source_file, record_id, imported_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'editor', NULL, ?9)",
                params_from_iter(values),
            )?;
            if inserted == 0 {
                return Err(Error::InvalidInput(format!(
                    "{} already has a stop in {} from {} to {}",
                    draft.official, draft.country, draft.start, draft.end
                )));
            }
            update_term(tx, official)?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Changes a stop's dates, place or remarks (the official stays).
    pub fn update_stop(&self, id: i64, draft: &StopDraft) -> Result<()> {
        check_draft(draft)?;
        self.library.write(|tx| {
            let official: i64 = tx
                .query_row("SELECT official_id FROM stop WHERE id = ?1", [id], |r| r.get(0))
                .optional()?
                .ok_or(Error::NotFound { kind: "stop", id })?;
            let values = std::iter::once(id.to_string()).chain(draft_columns(tx, draft)?);
            tx.execute(
                "UPDATE stop SET start = ?2, \"end\" = ?3, country_id = ?4, country_label = ?5, locale = ?6,
                    remarks = ?7, counterparts = ?8 WHERE id = ?1",
                params_from_iter(values),
            )?;
            update_term(tx, official)
        })
    }
}

/// A typed stop's columns, in table order from `start` to `counterparts`.
fn draft_columns(tx: &Transaction, draft: &StopDraft) -> Result<[String; 7]> {
    let country = country_id(tx, &draft.country)?.unwrap_or_else(|| super::records::slug(&draft.country));
    Ok([
        draft.start.to_string(),
        draft.end.to_string(),
        country,
        draft.country.trim().to_string(),
        draft.locale.trim().to_string(),
        draft.remarks.trim().to_string(),
        counterparts(&draft.remarks),
    ])
}

/// Stores one file's records; returns what was added, skipped and flagged.
/// A record the library already has from a file of the same name (the
/// built-in one, or an earlier import) is skipped, so a newer edition of a
/// record adds what is new and keeps the editor's corrections.
pub(crate) fn store_records(tx: &Transaction, file: &str, records: &[StopRecord]) -> Result<TravelImport> {
    let mut result = TravelImport { file: file.to_string(), added: 0, duplicates: 0, flagged: Vec::new() };
    let imported_at = now();
    // Officials and countries repeat from record to record: look each up once.
    let mut officials: HashMap<&str, i64> = HashMap::new();
    let mut countries: HashMap<&str, Option<String>> = HashMap::new();
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO stop (official_id, start, \"end\", country_id, country_label, locale, remarks,
                counterparts, source_file, record_id, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let held = already_held(tx, file, records)?;
    for (index, record) in records.iter().enumerate() {
        if held.contains(&index) {
            result.duplicates += 1;
            continue;
        }
        let official = match officials.get(record.official_key.as_str()) {
            Some(id) => *id,
            None => *officials.entry(&record.official_key).or_insert(official_for(tx, record)?),
        };
        let known = match countries.get(record.country_id.as_str()) {
            Some(known) => known.clone(),
            None => countries.entry(&record.country_id).or_insert(country_id(tx, &record.country_id)?).clone(),
        };
        let country = known.clone().unwrap_or_else(|| super::records::slug(&record.country_id));
        let inserted = insert.execute(params![
            official,
            record.start.to_string(),
            record.end.to_string(),
            country,
            record.country_label,
            record.locale,
            record.remarks,
            counterparts(&record.remarks),
            file,
            record.record_id,
            imported_at
        ])?;
        if inserted == 0 {
            result.duplicates += 1;
            continue;
        }
        result.added += 1;
        let stop_id = tx.last_insert_rowid();
        let flag = |problem: String| TravelFlag {
            stop_id,
            source_file: file.to_string(),
            record_id: record.record_id.clone(),
            country_id: country.clone(),
            problem,
        };
        if known.is_none() {
            result.flagged.push(flag(format!("the country id {country:?} is not in the country table")));
        }
        if let Some(other) = overlapping(tx, official, stop_id, &country, record)? {
            result.flagged.push(flag(format!("overlaps the stop in {other}")));
        }
    }
    for official in officials.into_values() {
        update_term(tx, official)?;
    }
    Ok(result)
}

/// The records (by index) the library already holds from a file of the same
/// name, perhaps corrected since, and the records of the file that repeat
/// one of them value for value (the official files have such duplicates).
fn already_held(tx: &Transaction, file: &str, records: &[StopRecord]) -> Result<HashSet<usize>> {
    let base = Path::new(file).file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let mut held_id = tx.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM stop s JOIN official o ON o.id = s.official_id
            WHERE o.key = ?1 AND s.record_id = ?2
              AND (s.source_file = 'built-in:' || ?3 OR s.source_file = ?3 OR s.source_file LIKE '%/' || ?3))",
    )?;
    let values = |r: &StopRecord| (r.official_key.clone(), r.start, r.end, r.country_id.clone(), r.locale.clone());
    let mut held_values = HashSet::new();
    for record in records {
        if let Some(id) = &record.record_id {
            if held_id.query_row(params![record.official_key, id, base], |r| r.get::<_, bool>(0))? {
                held_values.insert(values(record));
            }
        }
    }
    Ok((0..records.len()).filter(|&i| held_values.contains(&values(&records[i]))).collect())
}

/// The official of a record, created at its first record.
fn official_for(tx: &Transaction, record: &StopRecord) -> Result<i64> {
    tx.execute(
        "INSERT INTO official (key, name, role) VALUES (?1, ?2, ?3) ON CONFLICT (key) DO NOTHING",
        params![record.official_key, record.official_name, record.role],
    )?;
    Ok(tx.query_row("SELECT id FROM official WHERE key = ?1", [&record.official_key], |r| r.get(0))?)
}

/// Another stop of the same official in a different country whose days
/// overlap this one's by more than the travel day they may share. Stops are
/// compared with those starting up to 31 days earlier (no official stop is
/// longer), so the check reads a few index entries, not the whole record.
fn overlapping(
    tx: &Transaction,
    official: i64,
    stop_id: i64,
    country: &str,
    record: &StopRecord,
) -> Result<Option<String>> {
    let mut stmt = tx.prepare_cached(
        "SELECT country_label || ' (' || start || ' to ' || \"end\" || ')' FROM stop
         WHERE official_id = ?1 AND start >= date(?4, '-31 days') AND start < ?5
           AND id <> ?2 AND country_id <> ?3 AND ?4 < \"end\"
         LIMIT 1",
    )?;
    let params = params![official, stop_id, country, record.start.to_string(), record.end.to_string()];
    Ok(stmt.query_row(params, |r| r.get(0)).optional()?)
}

/// Keeps an official's term (first and last day abroad) in step with the stops.
pub(super) fn update_term(tx: &rusqlite::Connection, official: i64) -> Result<()> {
    tx.execute(
        "UPDATE official SET term_start = (SELECT min(start) FROM stop WHERE official_id = ?1),
                             term_end = (SELECT max(\"end\") FROM stop WHERE official_id = ?1)
         WHERE id = ?1",
        [official],
    )?;
    Ok(())
}

fn check_draft(draft: &StopDraft) -> Result<()> {
    if draft.official.trim().is_empty() || draft.country.trim().is_empty() {
        return Err(Error::InvalidInput("a stop needs an official and a country".into()));
    }
    if draft.end < draft.start {
        return Err(Error::InvalidInput(format!("the stop ends ({}) before it starts ({})", draft.end, draft.start)));
    }
    Ok(())
}

/// The people a stop's remarks say were met: what follows "met with", up to
/// the end of that sentence.
pub(crate) fn counterparts(remarks: &str) -> String {
    let lower = remarks.to_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find("met with ") {
        let start = from + at + "met with ".len();
        let end = sentence_end(&remarks[start..]).map(|e| start + e).unwrap_or(remarks.len());
        found.push(remarks[start..end].trim_end_matches('.').trim().to_string());
        from = end;
    }
    found.join("; ")
}

/// Where the sentence ends: the first ". " not closing a title ("Dr. ").
fn sentence_end(text: &str) -> Option<usize> {
    const TITLES: [&str; 7] = ["Dr", "Mr", "Mrs", "Ms", "St", "Sr", "Jr"];
    text.match_indices(". ").map(|(at, _)| at).find(|&at| !TITLES.iter().any(|t| text[..at].ends_with(t)))
}

#[cfg(test)]
mod tests {
    use super::counterparts;

    #[test]
    fn counterparts_are_read_from_met_with() {
        let remarks = "Attended the NATO Ministerial and met with President X. Met with Foreign Minister Y and Z.";
        assert_eq!(counterparts(remarks), "President X; Foreign Minister Y and Z");
        assert_eq!(counterparts("Attended a summit."), "");
        assert_eq!(
            counterparts("Met with Minister of State Dr. Al-Khulaifi. Toured a site."),
            "Minister of State Dr. Al-Khulaifi"
        );
    }
}
