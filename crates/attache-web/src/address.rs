//! What counts as a web address Attaché fetches: `http` or `https`, with a
//! host, and no user name or password (none is ever sent).

use attache_core::{Error, ErrorCode};
use std::path::Path;

/// True when `item` is written as a web address rather than a file name
/// ("https://…", "http://…"), whatever its case.
pub fn is_web_address(item: &str) -> bool {
    let lower = item.trim_start().get(..8).unwrap_or(item).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The address parsed and checked, or why Attaché will not fetch it.
pub fn web_address(item: &str) -> Result<url::Url, Error> {
    let refuse = |problem: &str| Error::import(Path::new(item), ErrorCode::InvalidInput, problem);
    let parsed = url::Url::parse(item.trim()).map_err(|e| refuse(&format!("is not a web address ({e})")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(refuse("is not an http or https address; Attaché fetches only web pages"));
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(refuse("names no host"));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(refuse(
            "carries a user name or password; Attaché sends no credentials, so give the address without them",
        ));
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_addresses_are_told_from_file_names() {
        assert!(is_web_address("https://www.voanews.com/a/story.html"));
        assert!(is_web_address("HTTP://example.org"));
        assert!(!is_web_address("stories/https.html"));
        assert!(!is_web_address("ftp://example.org/a.txt"));
    }

    #[test]
    fn only_plain_http_and_https_addresses_are_fetched() {
        assert_eq!(web_address("https://example.org/a?b=1").unwrap().as_str(), "https://example.org/a?b=1");
        for bad in ["ftp://example.org/a", "https://", "https://editor:secret@example.org/a", "https://exa mple.org"] {
            let err = web_address(bad).unwrap_err();
            assert_eq!(err.code(), ErrorCode::InvalidInput, "{bad}");
            assert!(err.to_string().starts_with(bad.split(':').next().unwrap()), "{err}");
        }
    }
}
