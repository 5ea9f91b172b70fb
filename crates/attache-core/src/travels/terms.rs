//! Officials' terms of office, read from the official lists (`<principal-
//! position>` for Secretaries of State, `<presidents>` for Presidents): what
//! "since taking office" means, and the span a claim with no "since" counts.

use crate::error::{Error, ErrorCode, Result};
use chrono::NaiveDate;
use roxmltree::Node;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// One term of office of one official.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Term {
    /// The records' person id (`blinken-antony-j`).
    pub official_key: String,
    /// `secretary` or `president`.
    pub role: String,
    pub start: NaiveDate,
    /// None while in office.
    pub end: Option<NaiveDate>,
}

/// True when the document is a list of terms rather than travel records.
pub fn is_terms_document(root: &str) -> bool {
    matches!(root, "principal-position" | "presidents")
}

/// Reads a terms file: every principal's `started` (else `appointed`) and
/// `ended` dates, or every President's `took-office-date` and
/// `left-office-date`. An entry without a start date is skipped (the lists
/// have none), a start that is not a date is refused with its line.
pub fn read_terms(path: &Path, text: &str) -> Result<Vec<Term>> {
    let malformed = |problem: String| Error::import(path, ErrorCode::MalformedFile, problem);
    let doc = crate::travels::parse_xml(path, text)?;
    let root = doc.root_element();
    let (entry, role) = match root.tag_name().name() {
        "principal-position" => ("principal", "secretary"),
        "presidents" => ("president", "president"),
        other => return Err(malformed(format!("expected a list of terms, found <{other}>"))),
    };
    let mut terms = Vec::new();
    for node in root.descendants().filter(|n| n.has_tag_name(entry)) {
        let line = || doc.text_pos_at(node.range().start).row;
        let date = |value: Option<String>| -> Result<Option<NaiveDate>> {
            match value.filter(|v| !v.is_empty()) {
                None => Ok(None),
                Some(v) => NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                    .map(Some)
                    .map_err(|_| malformed(format!("line {}: {v:?} is not a date (YYYY-MM-DD)", line()))),
            }
        };
        let (key, start, end) = if role == "secretary" {
            let start = date(nested(node, "started"))?.or(date(nested(node, "appointed"))?);
            (field(node, "person-id"), start, date(nested(node, "ended"))?)
        } else {
            (
                field(node, "id"),
                date(Some(field(node, "took-office-date")))?,
                date(Some(field(node, "left-office-date")))?,
            )
        };
        if let (false, Some(start)) = (key.is_empty(), start) {
            terms.push(Term { official_key: key, role: role.to_string(), start, end });
        }
    }
    Ok(terms)
}

/// The trimmed text of a child element, or "".
fn field(node: Node, name: &str) -> String {
    node.children().find(|n| n.has_tag_name(name)).and_then(|n| n.text()).unwrap_or_default().trim().to_string()
}

/// The `<date>` inside a child element (`<started><date>…</date></started>`).
fn nested(node: Node, name: &str) -> Option<String> {
    let child = node.children().find(|n| n.has_tag_name(name))?;
    Some(field(child, "date"))
}

/// Stores terms, replacing what the library had for the same term.
pub(crate) fn store_terms(tx: &Transaction, terms: &[Term]) -> Result<usize> {
    let mut insert =
        tx.prepare_cached("INSERT OR REPLACE INTO term (official_key, role, start, \"end\") VALUES (?1, ?2, ?3, ?4)")?;
    for t in terms {
        insert.execute(params![t.official_key, t.role, t.start.to_string(), t.end.map(|d| d.to_string())])?;
    }
    Ok(terms.len())
}

/// The term an official held on a date: the last term started by then (in
/// the role their travel records name, when they have one), or none when
/// the date precedes every term.
pub(crate) fn term_on(conn: &Connection, key: &str, role: &str, on: NaiveDate) -> Result<Option<Term>> {
    let row = conn
        .query_row(
            "SELECT role, start, \"end\" FROM term WHERE official_key = ?1 AND start <= ?2
             ORDER BY role = ?3 DESC, start DESC LIMIT 1",
            params![key, on.to_string(), role],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?)),
        )
        .optional()?;
    Ok(row.and_then(|(role, start, end)| {
        Some(Term {
            official_key: key.to_string(),
            role,
            start: start.parse().ok()?,
            end: end.and_then(|d| d.parse().ok()),
        })
    }))
}

/// The key of the official who held `role` on a date: the last term in
/// that role started by then and not ended before it.
pub(crate) fn holder_on(conn: &Connection, role: &str, on: NaiveDate) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT official_key FROM term WHERE role = ?1 AND start <= ?2 AND (\"end\" IS NULL OR \"end\" >= ?2)
             ORDER BY start DESC LIMIT 1",
            params![role, on.to_string()],
            |r| r.get(0),
        )
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secretaries_start_when_they_started_and_presidents_when_they_took_office() {
        let secretaries = r#"<principal-position><principals>
            <principal><person-id>rubio-marco</person-id><appointed><date>2025-01-20</date></appointed>
              <started><date>2025-01-21</date></started><ended><date></date></ended></principal>
            <principal><person-id>jay-john</person-id><appointed><date>1789-09-26</date></appointed>
              <started><date/></started><ended><date>1790-03-22</date></ended></principal>
            <principal><person-id/><started><date>1800-01-01</date></started></principal>
        </principals></principal-position>"#;
        let terms = read_terms(Path::new("s.xml"), secretaries).unwrap();
        let first = Term {
            official_key: "rubio-marco".into(),
            role: "secretary".into(),
            start: "2025-01-21".parse().unwrap(),
            end: None,
        };
        assert_eq!(terms[0], first);
        assert_eq!(terms[1].start.to_string(), "1789-09-26", "appointed when no start is given");
        assert_eq!(terms.len(), 2, "an entry without a person is skipped");
        let presidents = r#"<presidents><president n="45"><id>trump-donald-j</id>
            <took-office-date>2017-01-20</took-office-date><left-office-date>2021-01-20</left-office-date></president>
            <president n="47"><id>trump-donald-j</id><took-office-date>2025-01-20</took-office-date>
            <left-office-date still-in-office="true"/></president></presidents>"#;
        let terms = read_terms(Path::new("p.xml"), presidents).unwrap();
        assert_eq!(terms.len(), 2);
        assert_eq!((terms[1].role.as_str(), terms[1].end), ("president", None));
    }

    #[test]
    fn a_start_that_is_not_a_date_names_the_file_and_line() {
        let text =
            "<presidents>\n<president><id>x</id><took-office-date>soon</took-office-date></president></presidents>";
        let err = read_terms(Path::new("p.xml"), text).unwrap_err().to_string();
        assert!(err.contains("p.xml") && err.contains("line 2") && err.contains("soon"), "{err}");
    }
}
