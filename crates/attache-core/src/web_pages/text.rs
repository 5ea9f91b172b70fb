//! A fetched page's bytes to text: the charset its `Content-Type` header
//! names, else the one its `<meta>` names, else the rules files are read by
//! (`import::decode_text`: UTF-8, UTF-16 with a BOM, Windows-1252).

use super::FetchedPage;
use crate::error::{Error, ErrorCode, Result};
use crate::import::decode_text;
use encoding_rs::Encoding;
use std::path::Path;

/// How far into a page its `<meta charset>` is looked for, as browsers do.
const META_WINDOW: usize = 1024;

/// The page's text, decoded as its header or markup says.
pub fn page_text(page: &FetchedPage) -> Result<String> {
    decode(&page.address, &page.bytes, page.charset.as_deref())
}

/// Decodes `bytes` fetched from `address`, given the header's charset.
pub(crate) fn decode(address: &str, bytes: &[u8], header_charset: Option<&str>) -> Result<String> {
    let named = header_charset.map(str::to_string).or_else(|| meta_charset(bytes));
    let encoding = named.as_deref().and_then(|label| Encoding::for_label(label.trim().as_bytes()));
    match encoding {
        Some(encoding) if encoding != encoding_rs::UTF_8 && !bytes.starts_with(&[0xEF, 0xBB, 0xBF]) => {
            let (text, _, had_errors) = encoding.decode(bytes);
            if had_errors || text.contains('\0') {
                let problem = format!("says it is {} but does not decode as {}", encoding.name(), encoding.name());
                return Err(Error::import(Path::new(address), ErrorCode::UnknownEncoding, problem));
            }
            Ok(text.into_owned())
        }
        _ => decode_text(Path::new(address), bytes),
    }
}

/// The charset a page's `<meta charset=…>` or `<meta http-equiv
/// content="…; charset=…">` names in its first kilobyte.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(META_WINDOW)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("<meta") {
        let tag = &rest[at..];
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        if let Some(value) = tag.find("charset=").map(|i| &tag[i + "charset=".len()..]) {
            let value = value.trim_start_matches(['"', '\'', ' ']);
            let end = value.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(value.len());
            if end > 0 {
                return Some(value[..end].to_string());
            }
        }
        rest = &rest[at + 5..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_charset_decodes_the_page() {
        let text = decode("https://example.org/a", b"caf\xe9", Some("ISO-8859-1")).unwrap();
        assert_eq!(text, "café");
    }

    #[test]
    fn a_meta_charset_is_read_when_the_header_names_none() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>\x93Hi\x94</body></html>";
        assert!(decode("https://example.org/a", page, None).unwrap().contains("“Hi”"));
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">\xf0\xd2";
        assert!(decode("https://example.org/a", equiv, None).unwrap().ends_with("Пр"));
    }

    #[test]
    fn without_a_charset_the_file_rules_apply() {
        assert_eq!(decode("https://example.org/a", "Herzog’s".as_bytes(), None).unwrap(), "Herzog’s");
        let err = decode("https://example.org/a", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None).unwrap_err();
        assert_eq!(err.code(), ErrorCode::BinaryFile);
        assert!(err.to_string().starts_with("https://example.org/a: "), "{err}");
    }

    #[test]
    fn bytes_that_do_not_fit_the_named_charset_are_refused() {
        let err = decode("https://example.org/a", b"\x81\x00", Some("shift_jis")).unwrap_err();
        assert_eq!(err.code(), ErrorCode::UnknownEncoding);
    }
}
