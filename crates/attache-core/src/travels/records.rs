//! Reading travel-record files into stop records: the official XML format of
//! the State Department's Office of the Historian (`trips.rnc`) and a simple
//! CSV that a desk can write by hand. Nothing here touches the library.

use crate::error::{Error, ErrorCode, Result};
use chrono::NaiveDate;
use std::path::Path;

/// One stop as a file records it, before it is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StopRecord {
    /// The official's stable key (the XML `who` attribute, or a slug of the name).
    pub official_key: String,
    /// The official's name as the record writes it.
    pub official_name: String,
    /// `secretary`, `president`, or what the file says.
    pub role: String,
    /// The record's id in its file, when it has one.
    pub record_id: Option<String>,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The country id (for CSV, the id or label as written; resolved on import).
    pub country_id: String,
    /// The country as the record names it.
    pub country_label: String,
    pub locale: String,
    pub remarks: String,
}

/// Parses an XML record file; a malformed one is refused with its line and
/// column, naming the file.
pub(crate) fn parse_xml<'t>(path: &Path, text: &'t str) -> Result<roxmltree::Document<'t>> {
    roxmltree::Document::parse(text).map_err(|e| {
        let pos = e.pos();
        let problem = format!("malformed XML at line {}, column {}: {e}", pos.row, pos.col);
        Error::import(path, ErrorCode::MalformedFile, problem)
    })
}

/// Reads the official XML format. A malformed file is refused with its line
/// and column; a record whose end precedes its start is refused with its id.
pub fn read_xml(path: &Path, text: &str) -> Result<Vec<StopRecord>> {
    let malformed = |problem: String| Error::import(path, ErrorCode::MalformedFile, problem);
    let doc = crate::travels::parse_xml(path, text)?;
    let root = doc.root_element();
    if root.tag_name().name() != "trips" {
        return Err(malformed(format!("expected a <trips> travel record, found <{}>", root.tag_name().name())));
    }
    let mut records = Vec::new();
    for trip in root.children().filter(|n| n.has_tag_name("trip")) {
        // Finding a line number scans the text from its start: only on error.
        let line = || doc.text_pos_at(trip.range().start).row;
        let child = |name: &str| trip.children().find(|n| n.has_tag_name(name));
        let field = |name: &str| child(name).and_then(|n| n.text()).map(normalize_space).unwrap_or_default();
        let date = |name: &str| {
            let value = field(name);
            NaiveDate::parse_from_str(&value, "%Y-%m-%d")
                .map_err(|_| malformed(format!("line {}: <{name}> is {value:?}, not a date (YYYY-MM-DD)", line())))
        };
        let country = child("country");
        let country_id = country.and_then(|c| c.attribute("id")).unwrap_or_default().to_string();
        let who = trip.attribute("who").map(str::to_string).unwrap_or_else(|| slug(&field("name")));
        let record = StopRecord {
            official_key: who,
            official_name: field("name"),
            role: trip.attribute("role").map(str::to_string).unwrap_or_else(|| field("role")),
            record_id: Some(field("id")).filter(|id| !id.is_empty()),
            start: date("start-date")?,
            end: date("end-date")?,
            country_label: country.and_then(|c| c.text()).map(normalize_space).unwrap_or_else(|| country_id.clone()),
            country_id,
            locale: field("locale"),
            remarks: field("remarks"),
        };
        if let Some(problem) = problem(&record) {
            return Err(malformed(format!("line {}{problem}", line())));
        }
        records.push(record);
    }
    Ok(records)
}

/// Reads the simple CSV format: a header naming `official, start, end,
/// country, locale, remarks` (in any order; locale and remarks optional).
pub fn read_csv(path: &Path, text: &str) -> Result<Vec<StopRecord>> {
    let malformed = |problem: String| Error::import(path, ErrorCode::MalformedFile, problem);
    let mut rows = csv_rows(text).into_iter().enumerate().filter(|(_, row)| row.iter().any(|f| !f.is_empty()));
    let (_, header) = rows.next().ok_or_else(|| Error::import(path, ErrorCode::EmptyFile, "the file has no rows"))?;
    let column = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let required = |name: &str| column(name).ok_or_else(|| malformed(format!("the header has no {name:?} column")));
    let (official, start, end, country) =
        (required("official")?, required("start")?, required("end")?, required("country")?);
    let (locale, remarks) = (column("locale"), column("remarks"));
    let mut records = Vec::new();
    for (index, row) in rows {
        let line = index + 1;
        let get = |i: Option<usize>| i.and_then(|i| row.get(i)).map(|f| normalize_space(f)).unwrap_or_default();
        let date = |i: usize| {
            let value = get(Some(i));
            NaiveDate::parse_from_str(&value, "%Y-%m-%d")
                .map_err(|_| malformed(format!("line {line}: {value:?} is not a date (YYYY-MM-DD)")))
        };
        let name = get(Some(official));
        if name.is_empty() {
            return Err(malformed(format!("line {line}: no official")));
        }
        let country_text = get(Some(country));
        let record = StopRecord {
            official_key: slug(&name),
            official_name: name,
            role: String::new(),
            record_id: Some(format!("line {line}")),
            start: date(start)?,
            end: date(end)?,
            country_id: country_text.clone(),
            country_label: country_text,
            locale: get(locale),
            remarks: get(remarks),
        };
        if let Some(problem) = problem(&record) {
            return Err(malformed(format!("line {line}{problem}")));
        }
        records.push(record);
    }
    Ok(records)
}

/// What makes a record unfit to be a stop, as the tail of a message that
/// starts with its place in the file: " (record 7): the stop ends … ".
fn problem(record: &StopRecord) -> Option<String> {
    let id = record.record_id.as_deref().map(|id| format!(" (record {id})")).unwrap_or_default();
    if record.end < record.start {
        return Some(format!("{id}: the stop ends ({}) before it starts ({})", record.end, record.start));
    }
    if record.country_id.is_empty() {
        return Some(format!("{id}: the stop has no country"));
    }
    None
}

/// Collapses runs of whitespace (the XML wraps long remarks) into one space.
pub(crate) fn normalize_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A lowercase, hyphenated key for a name: "Antony Blinken" → "antony-blinken".
pub(crate) fn slug(text: &str) -> String {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    words.join("-")
}

/// Splits CSV text into rows of fields (RFC 4180 quoting, any line ending).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRIP: &str = r#"<trips><trip role="secretary" who="doe-jane"><id>7</id><role>secretary</role>
        <name>Jane Doe</name><start-date>2024-01-02</start-date><end-date>2024-01-03</end-date>
        <country id="israel">Israel</country><locale>Tel Aviv</locale><remarks>Met with
        Prime Minister X.</remarks></trip></trips>"#;

    #[test]
    fn reads_an_xml_trip() {
        let records = read_xml(Path::new("t.xml"), TRIP).unwrap();
        assert_eq!(records.len(), 1);
        let r = &records[0];
        assert_eq!(
            (r.official_key.as_str(), r.official_name.as_str(), r.role.as_str()),
            ("doe-jane", "Jane Doe", "secretary")
        );
        assert_eq!((r.country_id.as_str(), r.locale.as_str()), ("israel", "Tel Aviv"));
        assert_eq!(r.remarks, "Met with Prime Minister X.");
        assert_eq!(r.record_id.as_deref(), Some("7"));
    }

    #[test]
    fn malformed_xml_names_line_and_column() {
        let err = read_xml(Path::new("bad.xml"), "<trips>\n  <trip>\n</trips>").unwrap_err();
        assert_eq!(err.code(), ErrorCode::MalformedFile);
        let message = err.to_string();
        assert!(message.starts_with("bad.xml: malformed XML at line 3, column"), "{message}");
    }

    #[test]
    fn an_end_before_the_start_is_refused_with_the_record() {
        let text = TRIP.replace("2024-01-03", "2023-12-30");
        let message = read_xml(Path::new("t.xml"), &text).unwrap_err().to_string();
        assert!(
            message.contains("line 1 (record 7): the stop ends (2023-12-30) before it starts (2024-01-02)"),
            "{message}"
        );
    }

    #[test]
    fn reads_csv_with_quoted_fields_in_any_column_order() {
        let text = "country,official,start,end,remarks\r\n\"Korea, South\",Jane Doe,2024-02-01,2024-02-02,\"Said \"\"hi\"\"\"\n";
        let records = read_csv(Path::new("s.csv"), text).unwrap();
        assert_eq!(records[0].country_id, "Korea, South");
        assert_eq!(records[0].official_key, "jane-doe");
        assert_eq!(records[0].remarks, "Said \"hi\"");
        assert_eq!(records[0].locale, "");
    }

    #[test]
    fn csv_without_a_required_column_is_refused() {
        let message =
            read_csv(Path::new("s.csv"), "official,start,end\nA,2024-01-01,2024-01-02\n").unwrap_err().to_string();
        assert_eq!(message, "s.csv: the header has no \"country\" column");
    }
}
