//! The travel records built into Attaché: loaded into each new library once,
//! so a fresh library answers "Nth visit" questions without an import, and
//! refreshed by importing a newer file of the same records.

use super::records::read_xml;
use crate::error::Result;
use crate::library::Library;
use crate::stories::now;
use rusqlite::params;
use std::path::Path;

/// The built-in record files: (file name, XML).
pub const REFERENCE_RECORDS: &[(&str, &str)] =
    &[("blinken-antony-j.xml", include_str!("../../data/travels/blinken-antony-j.xml"))];

impl Library {
    /// Loads the built-in records this library has not had yet. Each file
    /// loads once: stops the editor deletes later stay deleted.
    pub(crate) fn load_reference_records(&mut self) -> Result<()> {
        for (name, xml) in REFERENCE_RECORDS {
            let loaded: bool =
                self.conn()
                    .query_row("SELECT EXISTS (SELECT 1 FROM reference_load WHERE name = ?1)", [name], |r| r.get(0))?;
            if loaded {
                continue;
            }
            let file = format!("built-in:{name}");
            let records = read_xml(Path::new(&file), xml)?;
            self.write(|tx| {
                super::import::store_records(tx, &file, &records)?;
                tx.execute("INSERT INTO reference_load (name, loaded_at) VALUES (?1, ?2)", params![name, now()])?;
                Ok(())
            })?;
        }
        Ok(())
    }
}
