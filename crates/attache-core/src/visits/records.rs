//! Reading the official list of visits to the United States
//! (HistoryAtState/visits: one `<visit>` a visit) and storing it.

use crate::error::{Error, ErrorCode, Result};
use crate::travels::{country_id, normalize_space, TravelFlag, TravelImport};
use chrono::NaiveDate;
use rusqlite::{params, Transaction};
use std::collections::HashMap;
use std::path::Path;

/// One visit as the file records it.
#[derive(Debug, Clone, PartialEq)]
pub struct VisitRecord {
    pub record_id: Option<String>,
    pub visitor: String,
    pub country_id: String,
    pub country_label: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub description: String,
}

/// Reads a `<visits>` file. A malformed file is refused with its line; a
/// visit without a visitor or country, or ending before it starts, too.
pub fn read_visits(path: &Path, text: &str) -> Result<Vec<VisitRecord>> {
    let malformed = |problem: String| Error::import(path, ErrorCode::MalformedFile, problem);
    let doc = crate::travels::parse_xml(path, text)?;
    let root = doc.root_element();
    if root.tag_name().name() != "visits" {
        return Err(malformed(format!("expected a <visits> record, found <{}>", root.tag_name().name())));
    }
    let mut records = Vec::new();
    for visit in root.children().filter(|n| n.has_tag_name("visit")) {
        let line = || doc.text_pos_at(visit.range().start).row;
        let child = |name: &str| visit.children().find(|n| n.has_tag_name(name));
        let field = |name: &str| child(name).and_then(|n| n.text()).map(normalize_space).unwrap_or_default();
        let date = |name: &str| {
            let value = field(name);
            NaiveDate::parse_from_str(&value, "%Y-%m-%d")
                .map_err(|_| malformed(format!("line {}: <{name}> is {value:?}, not a date (YYYY-MM-DD)", line())))
        };
        let from = child("from");
        let country_id = from.and_then(|c| c.attribute("id")).unwrap_or_default().to_string();
        let start = date("start-date")?;
        let end = if field("end-date").is_empty() { start } else { date("end-date")? };
        let record = VisitRecord {
            record_id: Some(field("id")).filter(|id| !id.is_empty()),
            visitor: field("visitor"),
            country_label: from.and_then(|c| c.text()).map(normalize_space).unwrap_or_else(|| country_id.clone()),
            country_id,
            start,
            end,
            description: field("description"),
        };
        if record.visitor.is_empty() || record.country_id.is_empty() {
            return Err(malformed(format!("line {}: a visit needs a <visitor> and a <from id=…>", line())));
        }
        if record.end < record.start {
            return Err(malformed(format!("line {}: the visit ends before it starts", line())));
        }
        records.push(record);
    }
    Ok(records)
}

/// Stores one file's visits; the same visitor from the same country starting
/// on the same day is one visit (a re-import skips it).
pub(crate) fn store_visits(tx: &Transaction, file: &str, records: &[VisitRecord]) -> Result<TravelImport> {
    let mut result = TravelImport { file: file.to_string(), added: 0, duplicates: 0, flagged: Vec::new() };
    let imported_at = crate::clock::now();
    let mut known: HashMap<&str, bool> = HashMap::new();
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO visit (visitor, country_id, country_label, start, \"end\", description, source_file,
             record_id, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for r in records {
        let inserted = insert.execute(params![
            r.visitor,
            r.country_id,
            r.country_label,
            r.start.to_string(),
            r.end.to_string(),
            r.description,
            file,
            r.record_id,
            imported_at
        ])?;
        if inserted == 0 {
            result.duplicates += 1;
            continue;
        }
        result.added += 1;
        let is_known = match known.get(r.country_id.as_str()) {
            Some(k) => *k,
            None => *known.entry(&r.country_id).or_insert(country_id(tx, &r.country_id)?.is_some()),
        };
        if !is_known {
            result.flagged.push(TravelFlag {
                stop_id: tx.last_insert_rowid(),
                source_file: file.to_string(),
                record_id: r.record_id.clone(),
                country_id: r.country_id.clone(),
                problem: format!("the country id {:?} is not in the country table", r.country_id),
            });
        }
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visits_are_read_with_their_country_and_dates() {
        let text = r#"<visits><visit><id>7</id><start-date>2023-07-18</start-date><end-date>2023-07-19</end-date>
            <visitor> President  Isaac Herzog</visitor><from id="israel">Israel</from>
            <description>Official Working Visit.</description></visit></visits>"#;
        let visits = read_visits(Path::new("v.xml"), text).unwrap();
        assert_eq!(visits[0].visitor, "President Isaac Herzog");
        assert_eq!((visits[0].country_id.as_str(), visits[0].start.to_string()), ("israel", "2023-07-18".into()));
        assert_eq!(visits[0].record_id.as_deref(), Some("7"));
    }

    #[test]
    fn a_visit_ending_before_it_starts_names_the_file_and_line() {
        let text = "<visits>\n<visit><start-date>2023-07-18</start-date><end-date>2023-07-01</end-date>\
            <visitor>X</visitor><from id=\"israel\"/></visit></visits>";
        let err = read_visits(Path::new("v.xml"), text).unwrap_err().to_string();
        assert!(err.contains("v.xml") && err.contains("line 2"), "{err}");
        let err = read_visits(Path::new("t.xml"), "<trips/>").unwrap_err().to_string();
        assert!(err.contains("expected a <visits> record"), "{err}");
    }
}
