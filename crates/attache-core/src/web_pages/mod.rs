//! Pages fetched from the web, kept as evidence of what they said: the bytes
//! as received, where and when they came from, and their SHA-256. A page
//! belongs to the story or source imported from it (migration 0018).
//!
//! Fetching is not done here (the core makes no network calls; see the
//! `attache-web` crate): this store keeps pages it is handed and answers
//! whether an address is already in the library.

mod import;
mod text;

pub use import::{import_source_page, import_story_page, PAGE_TYPES};
pub use text::page_text;

use crate::dedupe::url_key;
use crate::error::{Error, Result};
use crate::library::Library;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use ts_rs::TS;

/// The web pages store: the only reader and writer of `web_page`.
pub struct WebPages<'a> {
    pub(crate) library: &'a Library,
}

/// A page as it arrived, before it is kept.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchedPage {
    /// The address as the editor gave it.
    pub address: String,
    /// The address the page came from, after redirects.
    pub final_url: String,
    /// The HTTP status of the final response.
    pub status: u16,
    /// The media type, without parameters ("text/html").
    pub content_type: String,
    /// The charset the `Content-Type` header named, if any.
    pub charset: Option<String>,
    /// When the page arrived (RFC 3339, UTC).
    pub fetched_at: String,
    /// The body exactly as received.
    pub bytes: Vec<u8>,
}

/// What the library keeps about a fetched page (its bytes apart).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PageEvidence {
    /// The kept page's id (`attache page ID`).
    pub id: i64,
    /// The address as the editor gave it.
    pub address: String,
    /// The address the page came from, after redirects.
    pub final_url: String,
    /// The address the page gives for itself (`<link rel=canonical>`, `og:url`).
    pub canonical_url: Option<String>,
    /// The HTTP status the page came with.
    pub status: u16,
    /// Its media type ("text/html").
    pub content_type: String,
    /// When it was fetched (RFC 3339, UTC).
    pub fetched_at: String,
    /// SHA-256 of the bytes as received, in hex.
    pub sha256: String,
    /// How many bytes were received.
    pub size: i64,
}

/// A kept page with its text, for reading it as it was: the markup shown as
/// text, never rendered.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SavedPage {
    /// Where and when it was fetched, and its hash.
    pub evidence: PageEvidence,
    /// The bytes decoded as the import decoded them.
    pub text: String,
}

/// What a kept page belongs to.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Owner {
    Story(i64),
    Source(i64),
}

/// SHA-256 of `bytes` in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

const EVIDENCE_COLUMNS: &str = "id, address, final_url, canonical_url, status, content_type, fetched_at, sha256, size";

fn evidence(row: &Row) -> rusqlite::Result<PageEvidence> {
    Ok(PageEvidence {
        id: row.get(0)?,
        address: row.get(1)?,
        final_url: row.get(2)?,
        canonical_url: row.get(3)?,
        status: row.get(4)?,
        content_type: row.get(5)?,
        fetched_at: row.get(6)?,
        sha256: row.get(7)?,
        size: row.get(8)?,
    })
}

impl WebPages<'_> {
    /// The pages kept for a story, newest first.
    pub fn for_story(&self, story: i64) -> Result<Vec<PageEvidence>> {
        self.list("story_id", story)
    }

    /// The pages kept for a source, newest first.
    pub fn for_source(&self, source: i64) -> Result<Vec<PageEvidence>> {
        self.list("source_id", source)
    }

    fn list(&self, column: &str, id: i64) -> Result<Vec<PageEvidence>> {
        let sql =
            format!("SELECT {EVIDENCE_COLUMNS} FROM web_page WHERE {column} = ?1 ORDER BY fetched_at DESC, id DESC");
        let mut stmt = self.library.conn().prepare_cached(&sql)?;
        let pages = stmt.query_map([id], evidence)?.collect::<Result<Vec<_>, _>>()?;
        Ok(pages)
    }

    /// A kept page with its bytes, checked against their hash: a page whose
    /// bytes no longer match is reported as damaged, never shown as evidence.
    pub fn bytes(&self, id: i64) -> Result<(PageEvidence, Vec<u8>)> {
        let (kept, bytes, _) = self.kept(id)?;
        Ok((kept, bytes))
    }

    /// A kept page, its bytes checked against their hash, and the charset it arrived with.
    fn kept(&self, id: i64) -> Result<(PageEvidence, Vec<u8>, Option<String>)> {
        let sql = format!("SELECT {EVIDENCE_COLUMNS}, compressed, charset FROM web_page WHERE id = ?1");
        let (kept, compressed, charset): (PageEvidence, Vec<u8>, Option<String>) = self
            .library
            .conn()
            .query_row(&sql, [id], |row| Ok((evidence(row)?, row.get(9)?, row.get(10)?)))
            .optional()?
            .ok_or(Error::NotFound { kind: "saved page", id })?;
        let size = (kept.size.max(0) as u64).min(crate::import::MAX_FILE_BYTES) as usize;
        let mut bytes = Vec::with_capacity(size);
        let inflated = flate2::read::ZlibDecoder::new(compressed.as_slice())
            .take(crate::import::MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes);
        if inflated.is_err() || sha256_hex(&bytes) != kept.sha256 {
            return Err(Error::Corrupt(format!("the saved page {id} no longer matches its SHA-256")));
        }
        Ok((kept, bytes, charset))
    }

    /// A kept page as text, as it was fetched.
    pub fn saved(&self, id: i64) -> Result<SavedPage> {
        let (evidence, bytes, charset) = self.kept(id)?;
        let text = text::decode(&evidence.final_url, &bytes, charset.as_deref())?;
        Ok(SavedPage { evidence, text })
    }

    /// The story already in the library under `address` (its URL, or an
    /// address, final address or canonical address of a page kept for it),
    /// so that it is not fetched twice. A story in the trash counts, as it
    /// does for a file imported again: restoring it brings it back.
    pub fn story_at(&self, address: &str) -> Result<Option<i64>> {
        story_at(self.library.conn(), &url_key(address))
    }

    /// The source already in the library under `address`, likewise.
    pub fn source_at(&self, address: &str) -> Result<Option<i64>> {
        source_at(self.library.conn(), &url_key(address))
    }
}

/// The story whose URL or kept page has the address key `key`.
pub(crate) fn story_at(conn: &Connection, key: &str) -> Result<Option<i64>> {
    let found = conn
        .prepare_cached(
            "SELECT id FROM story WHERE url_key = ?1
             UNION ALL
             SELECT story_id FROM web_page
             WHERE story_id IS NOT NULL AND (address_key = ?1 OR final_key = ?1 OR canonical_key = ?1)
             LIMIT 1",
        )?
        .query_row([key], |row| row.get(0))
        .optional()?;
    Ok(found)
}

/// The source whose kept page has the address key `key`, or whose URL has it.
pub(crate) fn source_at(conn: &Connection, key: &str) -> Result<Option<i64>> {
    let kept: Option<i64> = conn
        .prepare_cached(
            "SELECT source_id FROM web_page
             WHERE source_id IS NOT NULL AND (address_key = ?1 OR final_key = ?1 OR canonical_key = ?1) LIMIT 1",
        )?
        .query_row([key], |row| row.get(0))
        .optional()?;
    if kept.is_some() {
        return Ok(kept);
    }
    let mut stmt = conn.prepare_cached("SELECT id, url FROM source WHERE url IS NOT NULL")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        if url_key(&row.get::<_, String>(1)?) == key {
            return Ok(Some(row.get(0)?));
        }
    }
    Ok(None)
}

/// Keeps `page` for `owner` inside the transaction that stores the owner.
pub(crate) fn keep(tx: &Connection, owner: Owner, page: &FetchedPage, canonical: Option<&str>) -> Result<i64> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    let compressed = encoder.write_all(&page.bytes).and_then(|()| encoder.finish());
    let compressed = compressed.map_err(|e| Error::Internal(format!("could not compress {}: {e}", page.address)))?;
    let (story, source) = match owner {
        Owner::Story(id) => (Some(id), None),
        Owner::Source(id) => (None, Some(id)),
    };
    tx.prepare_cached(
        "INSERT INTO web_page (story_id, source_id, address, final_url, canonical_url, address_key, final_key,
             canonical_key, status, content_type, charset, fetched_at, sha256, size, compressed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?
    .execute(params![
        story,
        source,
        page.address,
        page.final_url,
        canonical,
        url_key(&page.address),
        url_key(&page.final_url),
        canonical.map(url_key),
        page.status,
        page.content_type,
        page.charset,
        page.fetched_at,
        sha256_hex(&page.bytes),
        page.bytes.len() as i64,
        compressed
    ])?;
    Ok(tx.last_insert_rowid())
}
