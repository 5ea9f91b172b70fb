//! A fetched page into a story or a source, with the page kept beside it in
//! the same transaction: either both are stored or neither is.

use super::{keep, page_text, source_at, story_at, FetchedPage, Owner};
use crate::dedupe::url_key;
use crate::error::{Error, ErrorCode, Result};
use crate::import::StoryFormat;
use crate::library::Library;
use crate::sources::{insert as insert_source, title_and_body, SourceDraft};
use crate::stories::{insert_story, keep_read};
use crate::story::{Added, DuplicateReason};
use crate::story_reader::read_draft;
use rusqlite::Connection;
use std::path::Path;

/// The media types a page is read from: web pages and plain text.
pub const PAGE_TYPES: &[&str] = &["text/html", "application/xhtml+xml", "text/plain"];

/// How a page of this media type is read, or why it is not.
fn format_of(page: &FetchedPage) -> Result<StoryFormat> {
    match page.content_type.as_str() {
        "text/html" | "application/xhtml+xml" => Ok(StoryFormat::Html),
        "text/plain" => Ok(StoryFormat::Text),
        other => Err(Error::import(
            Path::new(&page.address),
            ErrorCode::UnsupportedFile,
            format!("is {other}, not a web page or text Attaché reads (HTML or plain text)"),
        )),
    }
}

/// The address a page gives for itself (`<link rel=canonical>`, else
/// `og:url`), made absolute against the address it came from.
fn canonical_of(format: StoryFormat, text: &str, final_url: &str) -> Option<String> {
    if format != StoryFormat::Html {
        return None;
    }
    let document = dom_query::Document::from(text);
    let named = |selector: &str, attribute: &str| {
        let value = document.select(selector).attr(attribute)?.trim().to_string();
        absolute(&value, final_url)
    };
    named("link[rel=canonical]", "href").or_else(|| named("meta[property='og:url']", "content"))
}

/// `link` as an absolute http(s) address, resolved against `base` when it
/// is written from the site's root ("/a/story") or without a scheme
/// ("//site/a/story"); anything else is not an address to key on.
fn absolute(link: &str, base: &str) -> Option<String> {
    let (scheme, rest) = base.split_once("://")?;
    let origin = &base[..scheme.len() + 3 + rest.find('/').unwrap_or(rest.len())];
    let lower = link.to_ascii_lowercase();
    match link {
        _ if lower.starts_with("http://") || lower.starts_with("https://") => Some(link.to_string()),
        _ if link.starts_with("//") && link.len() > 2 => Some(format!("{scheme}:{link}")),
        _ if link.starts_with('/') => Some(format!("{origin}{link}")),
        _ => None,
    }
}

/// The addresses a page answers to: as given, after redirects, and as it names itself.
fn keys(page: &FetchedPage, canonical: Option<&str>) -> Vec<String> {
    [Some(page.address.as_str()), Some(page.final_url.as_str()), canonical].into_iter().flatten().map(url_key).collect()
}

/// The first existing record any of `keys` finds.
fn existing(tx: &Connection, keys: &[String], at: fn(&Connection, &str) -> Result<Option<i64>>) -> Result<Option<i64>> {
    for key in keys {
        if let Some(id) = at(tx, key)? {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Stores a fetched page as a story, its URL the address after redirects,
/// unless a story is already in the library under one of its addresses.
pub fn import_story_page(library: &Library, page: &FetchedPage) -> Result<Added> {
    let format = format_of(page)?;
    let text = page_text(page)?;
    let mut draft = format.parse(&text);
    let canonical = canonical_of(format, &text, &page.final_url);
    draft.url = Some(page.final_url.clone());
    if draft.headline.trim().is_empty() {
        return Err(Error::import(Path::new(&page.address), ErrorCode::EmptyFile, "has no text to make a story of"));
    }
    let draft = draft.normalized()?;
    let read = read_draft(&draft);
    let keys = keys(page, canonical.as_deref());
    library.write(|tx| {
        if let Some(id) = existing(tx, &keys, story_at)? {
            return Ok(Added::Duplicate { id, reason: DuplicateReason::SameUrl });
        }
        let added = insert_story(tx, &draft, Some(&page.address))?;
        if let Added::Created { id } = added {
            keep_read(tx, id, read)?;
            keep(tx, Owner::Story(id), page, canonical.as_deref())?;
        }
        Ok(added)
    })
}

/// Stores a fetched page as a primary source, with the editor's `meta`
/// (title, date, kind, issuer, URL) over what the page says, unless a
/// source is already in the library under one of its addresses.
pub fn import_source_page(library: &Library, page: &FetchedPage, meta: &SourceDraft) -> Result<Added> {
    let format = format_of(page)?;
    let text = page_text(page)?;
    let canonical = canonical_of(format, &text, &page.final_url);
    let (title, body, published) = title_and_body(format, &text);
    if body.trim().is_empty() {
        return Err(Error::import(
            Path::new(&page.address),
            ErrorCode::EmptyFile,
            "has no text to check quotes against",
        ));
    }
    let title = [meta.title.trim(), title.trim()].into_iter().find(|t| !t.is_empty()).unwrap_or(&page.final_url);
    let draft = SourceDraft {
        title: title.to_string(),
        issuer: meta.issuer.clone(),
        date: meta.date.or(published),
        url: meta.url.clone().or_else(|| Some(page.final_url.clone())),
        kind: meta.kind,
        body,
        origin: Some(page.address.clone()),
    };
    let keys = keys(page, canonical.as_deref());
    library.write(|tx| {
        if let Some(id) = existing(tx, &keys, source_at)? {
            return Ok(Added::Duplicate { id, reason: DuplicateReason::SameUrl });
        }
        let id = insert_source(tx, &draft)?;
        keep(tx, Owner::Source(id), page, canonical.as_deref())?;
        Ok(Added::Created { id })
    })
}

#[cfg(test)]
mod tests {
    use super::absolute;

    #[test]
    fn canonical_links_are_made_absolute_against_the_page() {
        let base = "https://news.example/world/story?id=3";
        assert_eq!(absolute("/a/story", base).as_deref(), Some("https://news.example/a/story"));
        assert_eq!(absolute("//cdn.example/a", base).as_deref(), Some("https://cdn.example/a"));
        assert_eq!(absolute("HTTPS://other.example/a", base).as_deref(), Some("HTTPS://other.example/a"));
        assert_eq!(absolute("story.html", base), None);
        assert_eq!(absolute("javascript:alert(1)", base), None);
    }
}
