//! A linear reading of HTML for pages nested deeper than any article is:
//! the HTML parser and readability take time quadratic in nesting depth
//! (8,000 nested `<div>`s took 13 s), so such a page is read in one pass
//! instead: its title, and its text with block tags as line breaks, scripts
//! and styles dropped and entities decoded.

use crate::story::StoryDraft;

/// Deeper than this, a page is read in one pass ([`parse`]).
pub const MAX_NESTING: usize = 512;

/// Elements that never hold others, so they do not nest.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Tags that end a line of text.
const BLOCKS: &[&str] =
    &["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote"];

/// The deepest nesting of elements in `html`, read in one pass.
pub fn nesting_depth(html: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for tag in html.split('<').skip(1) {
        let name = tag_name(tag);
        if name.is_empty() || VOID.contains(&name.as_str()) || tag.split('>').next().is_some_and(|t| t.ends_with('/')) {
            continue;
        }
        if tag.starts_with('/') {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// The lower-case name of the tag that `tag` (the text after a `<`) opens or closes.
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Reads a page in one pass: the `<title>` as headline, the rest as text.
pub fn parse(html: &str) -> StoryDraft {
    let lower = html.to_ascii_lowercase();
    let headline = lower
        .find("<title")
        .and_then(|at| html[at..].find('>').map(|close| at + close + 1))
        .and_then(|from| lower[from..].find("</title").map(|end| &html[from..from + end]))
        .map(|title| decode(title).split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let body_from = lower.find("<body").unwrap_or(0);
    let mut text = String::with_capacity(html.len() / 2);
    let mut rest = &html[body_from..];
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let tag = &rest[open + 1..];
        let name = tag_name(tag);
        let skipped = matches!(name.as_str(), "script" | "style" | "template" | "noscript") && !tag.starts_with('/');
        let end = if skipped {
            let closing = format!("</{name}");
            tag.to_ascii_lowercase().find(&closing).and_then(|at| tag[at..].find('>').map(|close| at + close + 1))
        } else {
            tag.find('>').map(|close| close + 1)
        };
        if BLOCKS.contains(&name.as_str()) {
            text.push('\n');
        }
        rest = end.map_or("", |end| &tag[end..]);
    }
    text.push_str(rest);
    let lines: Vec<String> = decode(&text)
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    StoryDraft { headline, body: lines.join("\n\n"), ..StoryDraft::default() }
}

/// Decodes the entities of HTML text, once: named ones news pages use and
/// every numeric one.
fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let entity = after.find(';').filter(|end| *end <= 10).map(|end| (&after[..end], end));
        let decoded = entity.and_then(|(name, _)| match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            "ldquo" => Some('“'),
            "rdquo" => Some('”'),
            "lsquo" => Some('‘'),
            "rsquo" => Some('’'),
            "mdash" => Some('—'),
            "ndash" => Some('–'),
            _ => {
                let number = name.strip_prefix('#')?;
                let code = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(code)
            }
        });
        match (decoded, entity) {
            (Some(c), Some((_, end))) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_measured_in_one_pass() {
        assert_eq!(nesting_depth("<html><body><div><p>a<br>b<img src=x/></p></div></body></html>"), 4);
        let deep = format!("{}x{}", "<div>".repeat(2_000), "</div>".repeat(2_000));
        assert_eq!(nesting_depth(&deep), 2_000);
    }

    #[test]
    fn a_deep_page_keeps_its_title_and_words() {
        let page = format!(
            "<html><head><title>Talks &amp; truce</title><script>var x = '<div>';</script></head><body>{}<p>Blinken met Herzog &#8220;today&#8221;.</p><p>More &lt;b&gt; words.</p>{}</body></html>",
            "<div>".repeat(5_000),
            "</div>".repeat(5_000)
        );
        let draft = parse(&page);
        assert_eq!(draft.headline, "Talks & truce");
        assert_eq!(draft.body, "Blinken met Herzog “today”.\n\nMore <b> words.");
    }
}
