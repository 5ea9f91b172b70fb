//! JSON shapes printed by the CLI. Their field names are a contract: other
//! tools parse them, so they change only by adding fields.

use attache_core::{Added, Story, StorySummary};
use serde::Serialize;

/// A story as `attache show --json` prints it; `attache stories --json`
/// lists the same fields but the body.
#[derive(Serialize)]
pub struct StoryJson<'a> {
    pub id: i64,
    pub headline: &'a str,
    pub outlet: Option<&'a str>,
    pub byline: Option<&'a str>,
    pub published: Option<String>,
    pub url: Option<&'a str>,
    pub tags: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<&'a str>,
    /// The web pages kept as evidence for the story (`attache show`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pages: Option<Vec<attache_core::web_pages::PageEvidence>>,
}

impl<'a> From<&'a Story> for StoryJson<'a> {
    fn from(s: &'a Story) -> Self {
        let d = &s.draft;
        StoryJson {
            id: s.id,
            headline: &d.headline,
            outlet: d.outlet.as_deref(),
            byline: d.byline.as_deref(),
            published: d.published.map(|p| p.to_string()),
            url: d.url.as_deref(),
            tags: &d.tags,
            body: Some(&d.body),
            pages: None,
        }
    }
}

impl<'a> From<&'a StorySummary> for StoryJson<'a> {
    fn from(s: &'a StorySummary) -> Self {
        StoryJson {
            id: s.id,
            headline: &s.headline,
            outlet: s.outlet.as_deref(),
            byline: s.byline.as_deref(),
            published: s.published.map(|p| p.to_string()),
            url: s.url.as_deref(),
            tags: &s.tags,
            body: None,
            pages: None,
        }
    }
}

/// One file of `attache import --json`.
#[derive(Serialize)]
pub struct ImportJson {
    pub file: String,
    pub id: Option<i64>,
    pub duplicate_of: Option<i64>,
    pub error: Option<String>,
}

impl From<&attache_core::ImportResult> for ImportJson {
    fn from(r: &attache_core::ImportResult) -> Self {
        let (id, duplicate_of) = match r.added {
            Some(Added::Created { id }) => (Some(id), None),
            Some(Added::Duplicate { id, .. }) => (None, Some(id)),
            None => (None, None),
        };
        ImportJson { file: r.file.clone(), id, duplicate_of, error: r.error.as_ref().map(|e| e.message.clone()) }
    }
}

/// Prints a value as pretty JSON on standard output.
pub fn print_json(value: &impl Serialize) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => println!("{text}"),
        Err(err) => eprintln!("attache: cannot print JSON: {err}"),
    }
}
