//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or
//! Windows-1252 when it decodes cleanly; binary data is refused.

use crate::error::{ErrorCode, Result};
use crate::Error;
use std::path::Path;

/// Bytes that Windows-1252 leaves undefined: a file holding them is not
/// Windows-1252 text.
const CP1252_UNDEFINED: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

/// Decodes a file's bytes to text, or says why they are not text.
pub fn decode_text(path: &Path, bytes: &[u8]) -> Result<String> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8_or_refuse(path, rest)?
    } else if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let (text, _, had_errors) = encoding_rs::UTF_16LE.decode(bytes);
        if had_errors {
            return Err(Error::import(
                path,
                ErrorCode::UnknownEncoding,
                "is marked UTF-16 but does not decode as UTF-16",
            ));
        }
        text.into_owned()
    } else if bytes.contains(&0) {
        return Err(binary(path));
    } else {
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(_) if bytes.iter().any(|b| CP1252_UNDEFINED.contains(b)) => {
                return Err(Error::import(
                    path,
                    ErrorCode::UnknownEncoding,
                    "is neither UTF-8 nor Windows-1252 text; save it as UTF-8 and import it again",
                ))
            }
            Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
        }
    };
    if looks_binary(&text) {
        return Err(binary(path));
    }
    Ok(text)
}

fn utf8_or_refuse(path: &Path, bytes: &[u8]) -> Result<String> {
    std::str::from_utf8(bytes).map(str::to_string).map_err(|e| {
        Error::import(path, ErrorCode::UnknownEncoding, format!("is marked UTF-8 but is not valid UTF-8 ({e})"))
    })
}

fn binary(path: &Path) -> Error {
    Error::import(path, ErrorCode::BinaryFile, "is a binary file, not text")
}

/// More than one control character in a hundred (other than tab, line
/// breaks and form feed) means the bytes are not prose.
fn looks_binary(text: &str) -> bool {
    let mut chars = 0usize;
    let mut controls = 0usize;
    for c in text.chars() {
        chars += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}') {
            controls += 1;
        }
    }
    controls * 100 > chars
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> Result<String> {
        decode_text(Path::new("story.txt"), bytes)
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("Herzog’s".as_bytes()).unwrap(), "Herzog’s");
        assert_eq!(decode(b"\xEF\xBB\xBFabc").unwrap(), "abc");
    }

    #[test]
    fn windows_1252_is_decoded() {
        assert_eq!(decode(b"\x93Hello\x94 caf\xe9").unwrap(), "“Hello” café");
    }

    #[test]
    fn undefined_windows_1252_bytes_are_refused() {
        let err = decode(b"abc \x81\x8d def").unwrap_err();
        assert_eq!(err.code(), ErrorCode::UnknownEncoding);
        assert!(err.to_string().starts_with("story.txt: "));
    }

    #[test]
    fn binary_data_is_refused() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err().code(), ErrorCode::BinaryFile);
        assert_eq!(decode(&[7u8; 50]).unwrap_err().code(), ErrorCode::BinaryFile);
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let bytes: Vec<u8> = [0xFF, 0xFE].into_iter().chain("Gaza".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode(&bytes).unwrap(), "Gaza");
    }
}
