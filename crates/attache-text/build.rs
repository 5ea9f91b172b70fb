//! Lists the officials of the travel records that the core ships
//! (`../attache-core/data/travels/`), so that a story naming "Blinken" alone
//! names a person: the file names are the officials' keys, and adding a
//! record file is all it takes. Lists the foreign leaders of the visits
//! records (`../attache-core/data/visits/`) with their offices, so that "the
//! president" can be a Volodymyr Zelenskyy the story never titled.

#[path = "../attache-core/xml_files.rs"]
mod xml_files;

use std::fmt::Write as _;
use std::path::PathBuf;
use xml_files::xml_files;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let travels = manifest.join("../attache-core/data/travels");
    println!("cargo:rerun-if-changed={}", manifest.join("../attache-core/xml_files.rs").display());
    let mut code = String::new();
    code.push_str("/// Officials of the built-in travel records: (surname, given name), lower case.\n");
    code.push_str("pub const OFFICIAL_NAMES: &[(&str, &str)] = &[\n");
    for folder in ["secretaries", "presidents"] {
        let folder = travels.join(folder);
        println!("cargo:rerun-if-changed={}", folder.display());
        for path in xml_files(&folder) {
            let stem = path.file_stem().and_then(|n| n.to_str()).expect("a UTF-8 file name");
            let mut parts = stem.split('-');
            let (surname, given) = (parts.next().unwrap_or(stem), parts.next().unwrap_or(""));
            writeln!(code, "    ({surname:?}, {given:?}),").expect("a string");
        }
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("official_names.rs"), code).expect("OUT_DIR is writable");
    for terms in ["secretary-terms.xml", "president-terms.xml"] {
        println!("cargo:rerun-if-changed={}", travels.join(terms).display());
    }
    std::fs::write(out.join("terms.rs"), terms(&travels)).expect("OUT_DIR is writable");
    let visits = manifest.join("../attache-core/data/visits");
    println!("cargo:rerun-if-changed={}", visits.display());
    std::fs::write(out.join("leaders.rs"), leaders(&visits)).expect("OUT_DIR is writable");
}

/// Offices a visitor's name opens with, longest first.
const OFFICES: &[&str] = &[
    "Interim Prime Minister",
    "Acting Prime Minister",
    "Interim President",
    "Acting President",
    "Provisional President",
    "Prime Minister",
    "Federal Chancellor",
    "Secretary General",
    "General Secretary",
    "Crown Prince",
    "Vice President",
    "Vice Premier",
    "Grand Duchess",
    "Grand Duke",
    "President",
    "Chancellor",
    "Taoiseach",
    "Premier",
    "Emperor",
    "Sultan",
    "Sheikh",
    "Prince",
    "Queen",
    "King",
    "Emir",
    "Amir",
    "Shah",
];

/// The visits records' leaders as a sorted table of (name, office, country,
/// first day of the visit), one row per visit.
fn leaders(folder: &std::path::Path) -> String {
    let mut rows = Vec::new();
    for path in xml_files(folder) {
        let xml = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for visit in xml.split("<visit>").skip(1) {
            let field = |open: &str, close: &str| {
                let at = visit.find(open)? + open.len();
                let rest = &visit[at..];
                let text = &rest[rest.find('>')? + 1..];
                Some(text[..text.find(close)?].trim().to_string())
            };
            let (Some(visitor), Some(country), Some(date)) =
                (field("<visitor", "</visitor>"), field("<from", "</from>"), field("<start-date", "</start-date>"))
            else {
                continue;
            };
            let Some(office) = OFFICES.iter().find(|o| visitor.starts_with(&format!("{o} "))) else { continue };
            let name = visitor[office.len()..].trim().to_string();
            // A single name ("Pope Francis", "King Abdullah") is no full name to find.
            if name.split(' ').count() >= 2 {
                rows.push((name, office.to_string(), country, date));
            }
        }
    }
    rows.sort();
    let mut code =
        String::from("/// Leaders of the visits records: (name, office, country, first day of a visit), sorted.\n");
    code.push_str("pub const LEADERS: &[(&str, &str, &str, &str)] = &[\n");
    for (name, office, country, date) in rows {
        writeln!(code, "    ({name:?}, {office:?}, {country:?}, {date:?}),").expect("a string");
    }
    code.push_str("];\n");
    code
}

/// The terms of the Secretaries of State and Presidents as a table of
/// (surname, given names, office, first day, last day or "" while in office),
/// keyed as the records key their people ("blinken-antony-j").
fn terms(travels: &std::path::Path) -> String {
    let read = |name: &str| {
        let path = travels.join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    // The text of the first `<tag …>…</tag>` after `open` in `xml`.
    fn field<'a>(xml: &'a str, open: &str, tag: &str) -> &'a str {
        let Some(at) = xml.find(open) else { return "" };
        let rest = &xml[at..];
        let Some(start) = rest.find(&format!("<{tag}")) else { return "" };
        let rest = &rest[start..];
        let body = rest.find('>').map_or("", |gt| &rest[gt + 1..]);
        if rest[..rest.find('>').unwrap_or(0)].ends_with('/') {
            return "";
        }
        body.find(&format!("</{tag}>")).map_or("", |end| body[..end].trim())
    }
    let (secretaries, presidents) = (read("secretary-terms.xml"), read("president-terms.xml"));
    let mut rows = Vec::new();
    for principal in secretaries.split("<principal>").skip(1) {
        let key = field(principal, "<person-id", "person-id");
        let ended = if principal.contains("<ended>") { field(principal, "<ended>", "date") } else { "" };
        rows.push((
            key.to_string(),
            "U.S. Secretary of State",
            field(principal, "<started>", "date").to_string(),
            ended,
        ));
    }
    for president in presidents.split("<president ").skip(1) {
        let key = field(president, "", "id");
        rows.push((
            key.to_string(),
            "U.S. President",
            field(president, "", "took-office-date").to_string(),
            field(president, "", "left-office-date"),
        ));
    }
    let mut code = String::from("/// Terms of office: (surname, given names, office, first day, last day or \"\").\n");
    code.push_str("pub const TERMS: &[(&str, &str, &str, &str, &str)] = &[\n");
    for (key, office, start, end) in rows.into_iter().filter(|r| !r.0.is_empty() && !r.2.is_empty()) {
        let mut parts = key.splitn(2, '-');
        let (surname, given) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        writeln!(code, "    ({surname:?}, {given:?}, {office:?}, {start:?}, {end:?}),").expect("a string");
    }
    code.push_str("];\n");
    code
}
