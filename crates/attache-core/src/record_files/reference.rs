//! The travel records built into Attaché: every Secretary's and President's
//! journeys, their terms of office and foreign leaders' visits to the United
//! States, loaded into each library once (a new library at its creation, an
//! older one at its upgrade), so a fresh library answers "Nth visit"
//! questions without an import. A newer file of the same records is
//! imported over them with `travels import`.

use crate::clock::now;
use crate::error::Result;
use crate::library::Library;
use crate::travels::{read_terms, read_xml, store_records, store_terms};
use crate::visits::{read_visits, store_visits};
use rusqlite::{params, Transaction};
use std::collections::HashSet;
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/reference_files.rs"));

/// The built-in terms of office: (name, XML).
const TERM_FILES: &[(&str, &str)] = &[
    ("secretary-terms.xml", include_str!("../../data/travels/secretary-terms.xml")),
    ("president-terms.xml", include_str!("../../data/travels/president-terms.xml")),
];

impl Library {
    /// Opens (creating if needed) the library at `path`, brings its schema
    /// up to date and loads the built-in records it has not had yet: the
    /// library a desk works in. A library that cannot be written here opens
    /// for reading, unchanged.
    pub fn open(path: &Path) -> Result<Library> {
        let mut library = Self::open_at(path, crate::migrate::supported_version())?;
        if library.read_only().is_none() {
            library.load_reference_records()?;
        }
        Ok(library)
    }

    /// Loads the built-in files this library has not had yet, all in one
    /// transaction. Each file loads once: stops the editor deletes or
    /// corrects later stay as the editor left them.
    pub(crate) fn load_reference_records(&mut self) -> Result<()> {
        let loaded: HashSet<String> = {
            let mut stmt = self.conn().prepare("SELECT name FROM reference_load")?;
            let names = stmt.query_map([], |r| r.get(0))?;
            names.collect::<Result<_, _>>()?
        };
        let visit_name = |name: &str| format!("visits/{name}");
        let missing = TRAVEL_FILES
            .iter()
            .map(|(n, _)| n.to_string())
            .chain(VISIT_FILES.iter().map(|(n, _)| visit_name(n)))
            .chain(TERM_FILES.iter().map(|(n, _)| n.to_string()))
            .any(|n| !loaded.contains(&n));
        if !missing {
            return Ok(());
        }
        self.write(|tx| {
            for (name, xml) in TRAVEL_FILES.iter().filter(|(n, _)| !loaded.contains(*n)) {
                let file = format!("built-in:{name}");
                store_records(tx, &file, &read_xml(Path::new(&file), xml)?)?;
                mark_loaded(tx, name)?;
            }
            for (name, xml) in VISIT_FILES.iter().filter(|(n, _)| !loaded.contains(&visit_name(n))) {
                let file = format!("built-in:visits/{name}");
                store_visits(tx, &file, &read_visits(Path::new(&file), xml)?)?;
                mark_loaded(tx, &visit_name(name))?;
            }
            for (name, xml) in TERM_FILES.iter().filter(|(n, _)| !loaded.contains(*n)) {
                store_terms(tx, &read_terms(Path::new(name), xml)?)?;
                mark_loaded(tx, name)?;
            }
            Ok(())
        })
    }
}

fn mark_loaded(tx: &Transaction, name: &str) -> Result<()> {
    tx.execute("INSERT INTO reference_load (name, loaded_at) VALUES (?1, ?2)", params![name, now()])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::migrate::{migrate_to, supported_version};

    /// The country table (migrations 0004 and 0010) holds every row of the
    /// shipped `countries.csv`, so every id the records use is known.
    #[test]
    fn the_country_table_agrees_with_countries_csv() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, supported_version()).unwrap();
        let csv = include_str!("../../data/travels/countries.csv");
        for line in csv.lines().skip(1).filter(|l| !l.is_empty()) {
            let fields: Vec<&str> = line.split(',').collect();
            let (id, iso2, bureau) = (fields[0], fields[1], fields[fields.len() - 2]);
            let row: (String, String) = conn
                .query_row("SELECT iso2, bureau FROM country WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(row, (iso2.to_string(), bureau.to_string()), "{id}");
        }
    }
}
