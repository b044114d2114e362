//! The packing every link format shares: `<letter><version>.` + base64url (no padding) of raw
//! DEFLATE of postcard bytes — plan links (`v3.`, [`crate::core::sharing::share`]) and reply
//! links (`r1.`, [`crate::core::sharing::reply`]). This module holds the steps and their
//! failures once; each format keeps its own error type and sentences (a plan link and a reply
//! link are told apart for the reader) and maps [`CodecError`] and [`ReadError`] into it.
//!
//! Untrusted input: [`unpack`] checks the length before anything else, inflates with a limit
//! (a deflate "bomb" is refused, not inflated) and never panics.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

/// Why a fragment could not be unpacked into bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// Nothing after the `#`.
    Empty,
    /// No `<letter><number>.` prefix of this format, or a version below the oldest read.
    NotOurs,
    /// Made by a newer Trellis with this version.
    FutureVersion(u32),
    /// Longer than the format reads; holds the length in characters.
    TooLong(usize),
    /// Not base64url.
    BadBase64,
    /// The packed data is cut short or damaged.
    Corrupted,
    /// Unpacks to more than the format's limit.
    TooLargeUnpacked,
}

/// Why unpacked bytes are not one value of the expected type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not the type (the postcard error, for logs).
    BadData(String),
    /// Extra bytes after the value (how many).
    TrailingBytes(usize),
}

/// The fragment of a pasted link: the part after the last `#` (a payload never holds one), or
/// the whole input, trimmed.
pub fn fragment(input: &str) -> &str {
    let s = input.trim();
    s.rfind('#').map_or(s, |i| s[i + 1..].trim())
}

/// `prefix` + base64url(deflate(postcard(value))).
pub fn pack<T: Serialize>(prefix: &str, value: &T) -> String {
    let bytes = postcard::to_allocvec(value).expect("link values always serialise");
    let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 10);
    let mut out = String::with_capacity(prefix.len() + packed.len() * 4 / 3 + 4);
    out.push_str(prefix);
    URL_SAFE_NO_PAD.encode_string(packed, &mut out);
    out
}

/// The version and unpacked bytes of a fragment `<letter><version>.<payload>` (see
/// [`fragment`]), reading versions `oldest..=newest`, at most `max_chars` characters and
/// `max_unpacked` bytes unpacked.
pub fn unpack(
    input: &str,
    letter: char,
    (oldest, newest): (u32, u32),
    max_chars: usize,
    max_unpacked: usize,
) -> Result<(u32, Vec<u8>), CodecError> {
    let s = fragment(input);
    if s.is_empty() {
        return Err(CodecError::Empty);
    }
    if s.len() > max_chars {
        return Err(CodecError::TooLong(s.chars().count()));
    }
    let (version, payload) = s
        .strip_prefix(letter)
        .and_then(|rest| rest.split_once('.'))
        .ok_or(CodecError::NotOurs)?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(CodecError::NotOurs);
    }
    let version = match version.parse::<u32>().unwrap_or(u32::MAX) {
        v if (oldest..=newest).contains(&v) => v,
        v if v > newest => return Err(CodecError::FutureVersion(v)),
        _ => return Err(CodecError::NotOurs),
    };
    let packed = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| CodecError::BadBase64)?;
    let bytes =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, max_unpacked).map_err(|e| {
            match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => CodecError::TooLargeUnpacked,
                _ => CodecError::Corrupted,
            }
        })?;
    Ok((version, bytes))
}

/// Exactly one `T` in `bytes`, nothing after it.
pub fn read_all<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, ReadError> {
    let (value, rest) =
        postcard::take_from_bytes::<T>(bytes).map_err(|e| ReadError::BadData(e.to_string()))?;
    if rest.is_empty() {
        Ok(value)
    } else {
        Err(ReadError::TrailingBytes(rest.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<(u32, &[u8]), CodecError>) {
        let got = unpack(input, 'x', (2, 3), 40, 8);
        assert_eq!(
            got.as_ref().map(|(v, b)| (*v, b.as_slice())),
            expected.as_ref().map(|(v, b)| (*v, *b)),
            "{input}"
        );
    }

    #[test]
    fn every_step_and_its_failure() {
        let ok = pack("x3.", &(1u8, 2u8));
        check(&ok, Ok((3, &[1, 2])));
        check(&format!("https://a.example/shared#{ok}"), Ok((3, &[1, 2])));
        check(
            &format!(" #{} ", ok.replace("x3.", "x2.")),
            Ok((2, &[1, 2])),
        );
        check("  ", Err(CodecError::Empty));
        check("https://a.example/#", Err(CodecError::Empty));
        check(&"x".repeat(41), Err(CodecError::TooLong(41)));
        check("y3.AAAA", Err(CodecError::NotOurs));
        check("x.AAAA", Err(CodecError::NotOurs));
        check("x3AAAA", Err(CodecError::NotOurs));
        check("x1.AAAA", Err(CodecError::NotOurs));
        check("x4.AAAA", Err(CodecError::FutureVersion(4)));
        check(
            "x99999999999.AAAA",
            Err(CodecError::FutureVersion(u32::MAX)),
        );
        check("x3.@@", Err(CodecError::BadBase64));
        check("x3.AAAA", Err(CodecError::Corrupted));
        check(&pack("x3.", &[7u8; 9]), Err(CodecError::TooLargeUnpacked));
    }

    #[test]
    fn read_all_wants_one_value_and_nothing_after() {
        assert_eq!(read_all::<(u8, u8)>(&[1, 2]), Ok((1, 2)));
        assert_eq!(
            read_all::<(u8, u8)>(&[1, 2, 3]),
            Err(ReadError::TrailingBytes(1))
        );
        assert!(matches!(
            read_all::<(u8, u8)>(&[1]),
            Err(ReadError::BadData(_))
        ));
    }
}
