//! Finding officials, countries and regions as editors write them: officials
//! by any form of their name (the forms themselves are [`super::names`]),
//! countries by id or label in any case, regions by name.

use super::records::slug;
use super::{Official, Region, Scope, ScopeKind};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension};

/// The official a name refers to, as editors write it (see [`super::names`]):
/// exactly one, or an error saying there is none or listing the candidates.
pub fn official(conn: &Connection, name: &str) -> Result<Official> {
    let all = officials(conn)?;
    super::names::find(&all, name).cloned()
}

/// Every official, with counts of their stops.
pub fn officials(conn: &Connection) -> Result<Vec<Official>> {
    let mut stmt = conn.prepare(
        "SELECT o.id, o.key, o.name, o.role, o.term_start, o.term_end,
                (SELECT count(*) FROM stop s WHERE s.official_id = o.id)
         FROM official o ORDER BY o.term_start, o.name",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Official {
            id: r.get(0)?,
            key: r.get(1)?,
            name: r.get(2)?,
            role: r.get(3)?,
            term_start: r.get::<_, Option<String>>(4)?.and_then(|d| d.parse().ok()),
            term_end: r.get::<_, Option<String>>(5)?.and_then(|d| d.parse().ok()),
            stops: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The id of the official a typed name refers to, or of a new official.
pub fn official_id_or_new(conn: &Connection, name: &str) -> Result<i64> {
    match official(conn, name) {
        Ok(found) => Ok(found.id),
        Err(Error::InvalidInput(message)) if message.starts_with("no official named") => {
            conn.execute(
                "INSERT INTO official (key, name, role) VALUES (?1, ?2, '')",
                [slug(name), name.trim().to_string()],
            )?;
            Ok(conn.last_insert_rowid())
        }
        Err(other) => Err(other),
    }
}

/// Names news uses for countries the records label otherwise, by country id.
const NEWS_NAMES: &[(&str, &str)] = &[
    ("ivory coast", "cote-divoire"),
    ("myanmar", "burma"),
    ("uae", "united-arab-emirates"),
    ("britain", "united-kingdom"),
    ("great britain", "united-kingdom"),
    ("uk", "united-kingdom"),
    ("u.k.", "united-kingdom"),
    ("vatican", "holy-see"),
    ("the vatican", "holy-see"),
    ("vatican city", "holy-see"),
    ("drc", "congo-kinshasa"),
    ("congo", "congo-kinshasa"),
    ("cabo verde", "cape-verde"),
    ("east timor", "timor-leste"),
];

/// The country id for an id or label (case-insensitive), from the country
/// table or, for ids the table lacks, from the stops recorded; news's names
/// are understood too ("North Korea" for the records' "Korea, North",
/// "Myanmar" for "Burma").
pub fn country_id(conn: &Connection, text: &str) -> Result<Option<String>> {
    let text = text.trim();
    let find = |text: &str| {
        conn.query_row(
            "SELECT id FROM country WHERE id = lower(?1) OR label = ?1 COLLATE NOCASE OR iso2 = lower(?1) LIMIT 1",
            [text],
            |r| r.get::<_, String>(0),
        )
        .optional()
    };
    if let Some(found) = find(text)? {
        return Ok(Some(found));
    }
    // "North Korea" is "Korea, North" in the records' labels.
    let turned = text.split_once(' ').filter(|(first, _)| matches!(*first, "North" | "South"));
    if let Some(found) = turned.map(|(first, rest)| find(&format!("{rest}, {first}"))).transpose()?.flatten() {
        return Ok(Some(found));
    }
    let lower = text.to_lowercase();
    let alias = NEWS_NAMES.iter().find(|(name, _)| *name == lower).map(|(_, id)| *id);
    Ok(alias.map(str::to_string))
}

/// The scope a question names: a region by name, or a country by id or
/// label (the table's, or one the records use); neither means every journey.
pub fn scope(conn: &Connection, region: Option<&str>, country: Option<&str>) -> Result<Scope> {
    if let Some(name) = region {
        let found = regions(conn)?.into_iter().find(|r| r.name.eq_ignore_ascii_case(name.trim()));
        let region = found.ok_or_else(|| Error::InvalidInput(format!("no region named {name:?}")))?;
        return Ok(Scope { kind: ScopeKind::Region, name: region.name, members: region.members });
    }
    if let Some(text) = country {
        let id = match country_id(conn, text)? {
            Some(id) => id,
            None => conn
                .query_row(
                    "SELECT country_id FROM stop WHERE country_id = lower(?1) OR country_label = ?1 COLLATE NOCASE LIMIT 1",
                    [text.trim()],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or_else(|| Error::InvalidInput(format!("no country {text:?} in the country table or the records")))?,
        };
        let label = conn
            .query_row(
                "SELECT label FROM country WHERE id = ?1
                 UNION ALL SELECT country_label FROM stop WHERE country_id = ?1 LIMIT 1",
                [&id],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or_else(|| id.clone());
        return Ok(Scope { kind: ScopeKind::Country, name: label, members: vec![id] });
    }
    Ok(Scope { kind: ScopeKind::All, name: "all journeys".into(), members: Vec::new() })
}

/// Every region with its members.
pub fn regions(conn: &Connection) -> Result<Vec<Region>> {
    let mut stmt = conn.prepare(
        "SELECT r.id, r.name, coalesce(group_concat(m.country_id, ' '), '') FROM region r
         LEFT JOIN (SELECT * FROM region_member ORDER BY country_id) m ON m.region_id = r.id
         GROUP BY r.id ORDER BY r.name",
    )?;
    let rows = stmt.query_map([], |r| {
        let members: String = r.get(2)?;
        Ok(Region { id: r.get(0)?, name: r.get(1)?, members: members.split_whitespace().map(str::to_string).collect() })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
