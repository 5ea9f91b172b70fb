//! The tables a team library shares, in one declaration: which columns stay
//! on the desk, which point at rows of other shared tables (sent as those
//! rows' ids), and which columns name a row when two desks made it apart.

/// A shared table.
pub(crate) struct SharedTable {
    /// The table's name, as in the schema and on the wire.
    pub name: &'static str,
    /// Columns every desk keeps for itself: its own keys, what it read.
    pub local: &'static [&'static str],
    /// Columns holding another shared row's local id: (column, table).
    /// On the wire they hold that row's `uid`.
    pub links: &'static [(&'static str, &'static str)],
    /// Columns (links as uids) that make a row the same row on two desks
    /// whatever its `uid`: the rating named "False" exists on every desk.
    /// Keys in order: a row is known by the first whose columns it all has.
    pub natural: &'static [&'static [&'static str]],
    /// Which rows are shared, as an SQL condition, when not all are: the
    /// built-in travel records are on every desk, only the editor's stops go.
    pub only: Option<&'static str>,
}

impl SharedTable {
    /// The table a link column points at, if it is one.
    pub fn link(&self, column: &str) -> Option<&'static str> {
        self.links.iter().find(|(c, _)| *c == column).map(|(_, t)| *t)
    }

    /// The SQL selecting the uids of the table's shared rows.
    pub fn shared_uids(&self) -> String {
        format!("SELECT uid FROM \"{}\" WHERE uid IS NOT NULL AND ({})", self.name, self.only.unwrap_or("1"))
    }
}

const STORY: &[(&str, &str)] = &[("story_id", "story")];
const OFFICIAL: &[(&str, &str)] = &[("official_id", "official")];

/// Every shared table, parents before the rows that point at them: rows are
/// applied in this order, so a fact-check finds its story already there.
pub(crate) const SHARED: &[SharedTable] = &[
    SharedTable { name: "story", local: &["id", "analyzed_with"], links: &[], natural: &[], only: None },
    SharedTable { name: "source", local: &["id"], links: &[], natural: &[], only: None },
    SharedTable { name: "rating", local: &["id"], links: &[], natural: &[&["name"]], only: None },
    SharedTable { name: "story_revision", local: &["id"], links: STORY, natural: &[], only: None },
    SharedTable {
        name: "factcheck",
        local: &["id"],
        links: &[("story_id", "story"), ("rating_id", "rating")],
        natural: &[],
        only: None,
    },
    SharedTable {
        name: "factcheck_event",
        local: &["id"],
        links: &[("factcheck_id", "factcheck")],
        natural: &[],
        only: None,
    },
    SharedTable {
        name: "factcheck_evidence",
        local: &["id"],
        links: &[("factcheck_id", "factcheck")],
        natural: &[],
        only: None,
    },
    SharedTable {
        name: "quote_status",
        local: &["id"],
        links: &[("story_id", "story"), ("source_id", "source")],
        natural: &[],
        only: None,
    },
    SharedTable {
        name: "quote_speaker_fix",
        local: &[],
        links: STORY,
        natural: &[&["story_id", "anchor"]],
        only: None,
    },
    SharedTable { name: "quote_bounds_fix", local: &[], links: STORY, natural: &[&["story_id", "anchor"]], only: None },
    SharedTable {
        name: "official",
        local: &["id", "term_start", "term_end"],
        links: &[],
        natural: &[&["key"]],
        only: None,
    },
    SharedTable {
        name: "stop",
        local: &["id", "imported_at"],
        links: OFFICIAL,
        // A built-in record's stop is the same everywhere; a typed one has
        // no record id, and is the same as one typed with the same values.
        natural: &[
            &["official_id", "source_file", "record_id"],
            &["official_id", "start", "end", "country_id", "locale"],
        ],
        only: Some("source_file = 'editor' OR updated_at > created_at"),
    },
    SharedTable {
        name: "journey_override",
        local: &[],
        links: OFFICIAL,
        natural: &[&["official_id", "day", "country_id"]],
        only: None,
    },
    SharedTable { name: "region", local: &["id"], links: &[], natural: &[&["name"]], only: None },
    // The editor's merges and splits of person records, carried out again
    // on each desk (`people::replay`): the records are each desk's own.
    SharedTable { name: "person_event", local: &["id"], links: &[], natural: &[], only: None },
    SharedTable { name: "claim_dismissal", local: &[], links: STORY, natural: &[&["story_id", "text"]], only: None },
];

/// Columns the later change takes without a conflict: when a row was made
/// or last changed, and who made it (two desks that made the same rating
/// apart), are bookkeeping, not something an editor chooses between.
pub(crate) const BOOKKEEPING: &[&str] = &["created_at", "updated_at", "author"];

/// A story's text: when two desks changed it apart, the text that lost is
/// kept as a revision.
pub(crate) const TEXT: &[&str] = &["headline", "body"];

/// A story's tags travel as this field of the story.
pub(crate) const TAGS: &str = "tags";

/// A region's members (country ids) travel as this field of the region.
pub(crate) const MEMBERS: &str = "members";

/// The shared table of this name.
pub(crate) fn table(name: &str) -> Option<&'static SharedTable> {
    SHARED.iter().find(|t| t.name == name)
}

/// The shared tables whose rows point at rows of `parent`, with the column.
pub fn links_to(parent: &str) -> Vec<(&'static str, &'static str)> {
    SHARED
        .iter()
        .flat_map(|t| t.links.iter().filter(|(_, p)| *p == parent).map(move |(column, _)| (t.name, *column)))
        .collect()
}

/// Where a table comes in the order rows are applied.
pub(crate) fn rank(name: &str) -> usize {
    SHARED.iter().position(|t| t.name == name).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::migrate::{migrate_to, supported_version};
    use rusqlite::Connection;

    fn schema() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, supported_version()).unwrap();
        conn
    }

    #[test]
    fn the_outbox_triggers_cover_exactly_the_shared_tables_and_columns() {
        let conn = schema();
        let triggers: Vec<(String, String, String)> = conn
            .prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_team_%'")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for table in SHARED {
            for kind in ["insert", "update", "delete"] {
                let name = format!("{}_team_{kind}", table.name);
                assert!(triggers.iter().any(|(n, t, _)| *n == name && t == table.name), "{name} is missing");
            }
            let (_, _, sql) = triggers.iter().find(|(n, _, _)| *n == format!("{}_team_update", table.name)).unwrap();
            let of = sql.split(" OF ").nth(1).and_then(|rest| rest.split(" ON ").next()).unwrap();
            let mut watched: Vec<String> = of.split(',').map(|c| c.trim().trim_matches('"').to_string()).collect();
            let mut expected = super::super::row::columns(&conn, table).unwrap();
            expected.push("uid".into());
            watched.sort();
            expected.sort();
            assert_eq!(watched, expected, "the update trigger of {} watches its shared columns", table.name);
        }
        for (name, table, _) in &triggers {
            assert!(
                matches!(table.as_str(), "story_tag" | "region_member") || SHARED.iter().any(|t| t.name == table),
                "{name} records a table not declared shared"
            );
        }
    }

    #[test]
    fn every_link_points_at_a_shared_table_declared_before_it() {
        for table in SHARED {
            for (column, parent) in table.links {
                assert!(
                    rank(parent) < rank(table.name),
                    "{}.{column} points at {parent}, declared after it",
                    table.name
                );
            }
        }
    }
}
