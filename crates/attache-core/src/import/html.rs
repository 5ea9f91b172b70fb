//! HTML articles: readability-style extraction of the article's text and
//! metadata. Only text is kept; markup, scripts and links are discarded, so
//! nothing from a page can run in the app.

use super::text::parse_date;
use crate::story::StoryDraft;
use dom_smoothie::{Config, Readability, TextMode};

/// Extracts headline, byline, outlet, published date, URL and body text.
pub fn parse_html(html: &str) -> StoryDraft {
    if super::flat_html::nesting_depth(html) > super::flat_html::MAX_NESTING {
        return super::flat_html::parse(html);
    }
    let config = Config { text_mode: TextMode::Formatted, ..Config::default() };
    let article = Readability::new(html, None, Some(config)).and_then(|mut r| r.parse());
    let document = dom_query::Document::from(html);
    // A script's source is never article text, even where readability fails.
    document.select("script, style, noscript, template").remove();
    let meta = |selector: &str, attribute: &str| {
        document.select(selector).attr(attribute).map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
    };
    let web = |u: &String| u.starts_with("http://") || u.starts_with("https://");
    let url = meta("link[rel=canonical]", "href")
        .filter(web)
        .or_else(|| meta("meta[property='og:url']", "content").filter(web));
    let (headline, byline, outlet, published, body) = match article {
        Ok(a) => (a.title, a.byline, a.site_name, a.published_time, a.text_content.to_string()),
        Err(_) => (
            document.select("title").text().to_string(),
            meta("meta[name=author]", "content"),
            meta("meta[property='og:site_name']", "content"),
            meta("meta[property='article:published_time']", "content"),
            document.select("body").text().to_string(),
        ),
    };
    let byline_words =
        byline.as_deref().map(|b| collapse_spaces(b.trim_start_matches("By ").trim_start_matches("by ")));
    StoryDraft {
        headline: collapse_spaces(&headline),
        outlet: outlet.map(|o| collapse_spaces(&o)).filter(|o| !o.is_empty()),
        byline: byline_words.clone(),
        published: published.as_deref().and_then(parse_date),
        url,
        tags: Vec::new(),
        body: without_masthead(&tidy_paragraphs(&body), byline_words.as_deref()),
    }
}

/// The body without the lines above the story that only repeat its byline
/// or its date ("By VOA News", "2015-10-12T14:00:00Z"), which article pages
/// print inside the article and readability keeps.
fn without_masthead(body: &str, byline: Option<&str>) -> String {
    let is_byline = |line: &str| {
        let plain = line.trim().trim_start_matches("By ").trim_start_matches("by ");
        byline.is_some_and(|b| !b.is_empty() && collapse_spaces(plain) == b)
    };
    let is_date = |line: &str| line.trim().len() <= 40 && parse_date(line).is_some();
    let mut rest = body;
    while let Some(line) = rest.lines().next().filter(|l| is_byline(l) || is_date(l) || l.trim().is_empty()) {
        rest = rest[line.len()..].trim_start_matches(['\r', '\n']);
    }
    rest.to_string()
}

/// Metadata as plain text: the parser has decoded its entities once; tags
/// written into it are removed and their words kept.
fn collapse_spaces(text: &str) -> String {
    strip_markup(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Spaces collapsed, nothing removed: the body's text is what the page
/// showed, and text it escaped ("&lt;b&gt;") is words to keep.
fn spaces_only(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Removes markup that arrives as text (a `<title>` holds raw text, so a page
/// can put "<b>…</b>" in its headline): script and style blocks with their
/// code, and every other tag, keeping the words between.
fn strip_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tag = &rest[open..];
        if !tag[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            out.push('<');
            rest = &tag[1..];
            continue;
        }
        // A script or style block written into metadata is code, not words.
        let lower = tag.to_ascii_lowercase();
        let skip_to = ["script", "style"]
            .iter()
            .find(|name| lower[1..].starts_with(*name))
            .and_then(|name| lower.find(&format!("</{name}")).map(|end| end + name.len() + 2))
            .and_then(|end| lower[end..].find('>').map(|close| end + close + 1));
        match skip_to.or_else(|| tag.find('>').map(|close| close + 1)) {
            Some(len) => rest = &tag[len..],
            None => {
                out.push_str(tag);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// One paragraph per line group: spaces collapsed inside lines, runs of
/// blank lines reduced to one.
fn tidy_paragraphs(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines().map(spaces_only) {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head>
        <title>Blinken presses for truce | Wire</title>
        <meta property="og:site_name" content="The Wire">
        <meta property="article:published_time" content="2024-08-19T09:30:00Z">
        <meta name="author" content="Jane Reporter">
        <link rel="canonical" href="https://wire.example/blinken-truce">
        <script>window.pwned = 1</script></head><body>
        <nav>Home | World</nav>
        <article><h1>Blinken presses for truce</h1>
        <p>US Secretary of State Antony Blinken said on Monday that talks may be the “last” chance.</p>
        <p>“This is a decisive moment,” Blinken said during a meeting with Israeli President Isaac Herzog.</p>
        <p><img src="x" onerror="alert(1)"><a href="javascript:alert(2)">More</a> from Jerusalem, where officials met for hours.</p>
        </article></body></html>"#;

    #[test]
    fn metadata_and_text_are_extracted() {
        let draft = parse_html(PAGE);
        assert!(draft.headline.starts_with("Blinken presses for truce"), "{}", draft.headline);
        assert_eq!(draft.outlet.as_deref(), Some("The Wire"));
        assert_eq!(draft.byline.as_deref(), Some("Jane Reporter"));
        assert_eq!(draft.published.map(|d| d.to_string()).as_deref(), Some("2024-08-19"));
        assert_eq!(draft.url.as_deref(), Some("https://wire.example/blinken-truce"));
        assert!(draft.body.contains("“This is a decisive moment,” Blinken said"), "{}", draft.body);
    }

    #[test]
    fn markup_inside_metadata_text_is_removed_and_its_words_kept() {
        assert_eq!(collapse_spaces("Talks <b>end</b> <i>now</i>"), "Talks end now");
        assert_eq!(collapse_spaces("A < B and <unclosed"), "A < B and <unclosed");
        let page = r#"<html><head><title>&lt;b&gt;Talks&lt;/b&gt; resume in Doha</title>
            <meta property="og:site_name" content="<img src=x onerror=alert(1)>The Wire"></head>
            <body><p>Officials said the &lt;b&gt; tag is not bold here, and talks went on for hours in Doha on Monday.</p></body></html>"#;
        let draft = parse_html(page);
        assert_eq!(draft.headline, "Talks resume in Doha");
        assert_eq!(draft.outlet.as_deref(), Some("The Wire"));
        assert!(draft.body.contains("the <b> tag is not bold here"), "escaped text stays words: {}", draft.body);
    }

    #[test]
    fn a_byline_and_a_date_printed_above_the_story_are_not_its_text() {
        let page = r#"<html><head><title>Talks resume</title><meta name="author" content="VOA News"></head><body>
            <article><h1>Talks resume</h1><p class="byline">By VOA News</p><time>2015-10-12T14:00:00Z</time>
            <p>Officials met in Doha on Monday and talked for hours about the next round of the negotiations.</p>
            <p>By the evening, they had agreed on a date for the next meeting of the two delegations.</p></article></body></html>"#;
        let draft = parse_html(page);
        assert!(draft.body.starts_with("Officials met in Doha"), "{}", draft.body);
        assert!(draft.body.contains("By the evening, they had agreed"), "{}", draft.body);
    }

    #[test]
    fn a_page_of_script_alone_has_no_text() {
        let draft =
            parse_html("<html><head><title>x</title></head><body><script>var secret = 42;</script></body></html>");
        assert!(!draft.body.contains("secret"), "{}", draft.body);
    }

    #[test]
    fn scripts_handlers_and_links_do_not_survive() {
        let draft = parse_html(PAGE);
        for hostile in ["<script", "pwned", "onerror", "javascript:", "alert("] {
            assert!(!draft.body.contains(hostile), "{hostile} in {}", draft.body);
        }
    }
}
