//! Plain text and Markdown stories: the first line is the headline, the rest
//! the body, less the masthead around the headline. Markdown may open with a
//! front-matter block of metadata.

use super::masthead;
use crate::story::StoryDraft;
use chrono::NaiveDate;

/// Lines that web pages put after an article and that a copy from the browser
/// brings along; dropped when they close the text.
const PAGE_CHROME: &[&str] = &["comments", "advertisement", "share", "share this article", "related", "read more"];

/// Reads pasted or `.txt` text: headline on the first non-empty line. Lines
/// of masthead around it (a date, a byline) date the story and are dropped;
/// without them, a dateline opening the story dates it.
pub fn parse_plain(text: &str) -> StoryDraft {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text.lines().skip_while(|l| l.trim().is_empty()).collect();
    let (above, taken) = masthead::read(&lines);
    let lines = if taken < lines.len() { &lines[taken..] } else { &lines[..] };
    let headline = lines.first().copied().unwrap_or_default().trim().to_string();
    let rest = lines.get(1..).unwrap_or_default();
    let (below, taken) = masthead::read(rest);
    let mut body: Vec<&str> = rest[taken..].to_vec();
    while let Some(last) = body.last() {
        let line = last.trim().to_lowercase();
        if line.is_empty() || PAGE_CHROME.contains(&line.as_str()) {
            body.pop();
        } else {
            break;
        }
    }
    let body = body.join("\n").trim().to_string();
    let published = above.published.or(below.published).or_else(|| masthead::dateline_date(&body));
    StoryDraft { headline, body, published, byline: above.byline.or(below.byline), ..StoryDraft::default() }
}

/// Reads Markdown: optional `---` front matter (title, outlet, byline or
/// author, date or published, url, tags), then a `# Headline` or first line.
pub fn parse_markdown(text: &str) -> StoryDraft {
    let text = text.replace("\r\n", "\n");
    let (meta, rest) = split_front_matter(&text);
    let mut draft = parse_plain(rest);
    draft.headline = draft.headline.trim_start_matches('#').trim().to_string();
    for (key, value) in meta {
        let value = value.trim().trim_matches('"').trim().to_string();
        match key.trim().to_lowercase().as_str() {
            "title" | "headline" => draft = StoryDraft { headline: value, body: join_back(&draft), ..draft },
            "outlet" | "publication" | "site" => draft.outlet = Some(value),
            "byline" | "author" => draft.byline = Some(value),
            "date" | "published" => {
                draft.published = parse_date(&value).or_else(|| masthead::date_value(&value)).or(draft.published)
            }
            "url" | "link" => draft.url = Some(value),
            "tags" => draft.tags = value.trim_matches(['[', ']']).split(',').map(|t| t.trim().to_string()).collect(),
            _ => {}
        }
    }
    draft
}

/// With a title in the front matter, the first line is body, not headline.
fn join_back(draft: &StoryDraft) -> String {
    if draft.body.is_empty() {
        draft.headline.clone()
    } else {
        format!("{}\n{}", draft.headline, draft.body)
    }
}

fn split_front_matter(text: &str) -> (Vec<(&str, &str)>, &str) {
    let Some(rest) = text.strip_prefix("---\n") else { return (Vec::new(), text) };
    let Some(end) = rest.find("\n---") else { return (Vec::new(), text) };
    let meta = rest[..end].lines().filter_map(|l| l.split_once(':')).collect();
    let after = &rest[end + 4..];
    (meta, after.strip_prefix('\n').unwrap_or(after))
}

/// The calendar date at the start of an ISO-8601 date or date-time.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    value.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_is_the_headline_and_page_chrome_is_dropped() {
        let draft = parse_plain("\nHeadline here\nFirst paragraph.\n\nSecond.\nComments\n");
        assert_eq!(draft.headline, "Headline here");
        assert_eq!(draft.body, "First paragraph.\n\nSecond.");
    }

    #[test]
    fn markdown_front_matter_fills_the_metadata() {
        let md = "---\ntitle: \"Talks resume\"\noutlet: Wire\nauthor: A. Writer\ndate: 2024-08-19T10:00:00Z\ntags: [gaza, talks]\n---\nBody line one.\n";
        let draft = parse_markdown(md);
        assert_eq!(draft.headline, "Talks resume");
        assert_eq!(draft.body, "Body line one.");
        assert_eq!(draft.outlet.as_deref(), Some("Wire"));
        assert_eq!(draft.byline.as_deref(), Some("A. Writer"));
        assert_eq!(draft.published, NaiveDate::from_ymd_opt(2024, 8, 19));
        assert_eq!(draft.tags, ["gaza", "talks"]);
    }

    #[test]
    fn a_markdown_heading_is_the_headline() {
        let draft = parse_markdown("# Blinken in Israel\n\nText.");
        assert_eq!(draft.headline, "Blinken in Israel");
        assert_eq!(draft.body, "Text.");
    }

    #[test]
    fn a_pasted_article_keeps_its_date_and_byline_and_drops_their_lines() {
        let text = "Blinken in Israel\nBy Jane Doe\nPublished August 19, 2024\n\nBlinken arrived on Monday.\n";
        let draft = parse_plain(text);
        assert_eq!(draft.headline, "Blinken in Israel");
        assert_eq!(draft.body, "Blinken arrived on Monday.");
        assert_eq!(draft.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(draft.published, NaiveDate::from_ymd_opt(2024, 8, 19));
        let dated_first = parse_plain("Date: 2024-08-19\nBlinken in Israel\nBlinken arrived on Monday.");
        assert_eq!(
            (dated_first.headline.as_str(), dated_first.published),
            ("Blinken in Israel", NaiveDate::from_ymd_opt(2024, 8, 19))
        );
        let datelined = parse_plain("Blinken in Israel\nTEL AVIV, Aug. 19, 2024 — Blinken arrived on Monday.");
        assert_eq!(datelined.published, NaiveDate::from_ymd_opt(2024, 8, 19));
        assert_eq!(datelined.body, "TEL AVIV, Aug. 19, 2024 — Blinken arrived on Monday.");
    }

    #[test]
    fn a_front_matter_date_in_words_is_read() {
        let draft = parse_markdown("---\ndate: August 19, 2024\n---\n# Blinken in Israel\n\nText.");
        assert_eq!(draft.published, NaiveDate::from_ymd_opt(2024, 8, 19));
    }
}
