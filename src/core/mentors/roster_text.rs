//! A roster file's bytes as text, saying which encoding was assumed and which lines could not be read.
//!
//! Spreadsheet programs write CSV as UTF-8 (often with a byte-order mark), as UTF-16 ("Unicode
//! text", with a byte-order mark) or in the computer's legacy code page, which in Western
//! Europe and the Americas is Windows-1252 — Latin-1 with printable characters such as `€`,
//! `“` and `—` in 0x80–0x9F. The file is decoded line by line:
//!
//! - a file that is valid UTF-8 (or starts with a UTF-16 byte-order mark) is read as such;
//! - otherwise each line that is valid UTF-8 stays UTF-8; a line that is not, and holds no
//!   UTF-8 character at all, is read as Windows-1252 (the five bytes Windows-1252 leaves
//!   undefined become U+FFFD); a line mixing UTF-8 characters with bytes that are not UTF-8 is
//!   read as UTF-8 with those bytes as U+FFFD.
//!
//! The importer then names every line holding U+FFFD (see `roster::import_bytes`). No crate:
//! the whole table is the 32 characters below, and `encoding_rs` would add its tables for
//! every encoding to the wasm.

/// Windows-1252's characters for bytes 0x80–0x9F; `None` where it defines none. Bytes
/// 0xA0–0xFF are the Unicode code points of the same number (Latin-1).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The encoding a file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Every line that is not plain ASCII was read as Windows-1252.
    Windows1252,
    /// Some lines UTF-8, others Windows-1252 (see [`Decoded::windows_1252_lines`]).
    Mixed,
}

/// A file's text and how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// 1-based lines read as Windows-1252 (empty for UTF-8 and UTF-16 files).
    pub windows_1252_lines: Vec<usize>,
}

impl Decoded {
    /// What the user should be told about the encoding; `None` for UTF-8 files.
    pub fn note(&self) -> Option<String> {
        match self.encoding {
            Encoding::Utf8 => None,
            Encoding::Utf16Le | Encoding::Utf16Be => Some("the file was read as UTF-16 (Unicode text)".into()),
            Encoding::Windows1252 => Some(
                "the file is not UTF-8: it was read as Windows-1252 (Western European, which includes Latin-1); if accented letters look wrong, save the file as “CSV UTF-8” and import it again"
                    .into(),
            ),
            Encoding::Mixed => Some(format!(
                "{} not UTF-8: read as Windows-1252 (Western European), the other lines as UTF-8; check the names there",
                line_list(&self.windows_1252_lines, "is", "are")
            )),
        }
    }
}

/// "line 4 is" / "lines 4, 9 and 12 are" / "lines 1, 2, … (and 30 more) are": at most ten
/// numbers, then how many more (lower case, like the importer's other messages).
pub fn line_list(lines: &[usize], one: &str, many: &str) -> String {
    const SHOWN: usize = 10;
    let nums: Vec<String> = lines.iter().take(SHOWN).map(ToString::to_string).collect();
    match nums.len() {
        0 => String::new(),
        1 => format!("line {} {one}", nums[0]),
        n if lines.len() > SHOWN => format!(
            "lines {} (and {} more) {many}",
            nums.join(", "),
            lines.len() - n
        ),
        n => format!(
            "lines {} and {} {many}",
            nums[..n - 1].join(", "),
            nums[n - 1]
        ),
    }
}

fn cp1252(line: &[u8], out: &mut String) {
    for &b in line {
        out.push(match b {
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)].unwrap_or('\u{fffd}'),
            _ => char::from(b),
        });
    }
}

fn utf16(bytes: &[u8], little_endian: bool) -> String {
    let units = bytes.chunks(2).map(|p| match (p, little_endian) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        // An odd last byte: not a whole code unit.
        _ => 0xFFFD,
    });
    char::decode_utf16(units)
        .map(|c| c.unwrap_or('\u{fffd}'))
        .collect()
}

/// Decodes a roster file (rules in the module docs). Never fails; a UTF-8 byte-order mark is
/// kept for the importer to strip.
pub fn decode(bytes: &[u8]) -> Decoded {
    let decoded = |text, encoding| Decoded {
        text,
        encoding,
        windows_1252_lines: Vec::new(),
    };
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decoded(utf16(rest, true), Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decoded(utf16(rest, false), Encoding::Utf16Be);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return decoded(text.to_string(), Encoding::Utf8);
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut windows_1252_lines = Vec::new();
    let mut utf8_non_ascii = false;
    for (i, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        if line.is_ascii() {
            // ASCII is the same in every encoding considered.
            text.extend(line.iter().map(|&b| char::from(b)));
            continue;
        }
        let has_utf8 = line.utf8_chunks().any(|c| !c.valid().is_ascii());
        if has_utf8 || std::str::from_utf8(line).is_ok() {
            utf8_non_ascii = true;
            text.push_str(&String::from_utf8_lossy(line));
        } else {
            windows_1252_lines.push(i + 1);
            cp1252(line, &mut text);
        }
    }
    // No line read as Windows-1252: UTF-8 with a few bytes that are not (U+FFFD).
    let encoding = match (windows_1252_lines.is_empty(), utf8_non_ascii) {
        (true, _) => Encoding::Utf8,
        (false, true) => Encoding::Mixed,
        (false, false) => Encoding::Windows1252,
    };
    Decoded {
        text,
        encoding,
        windows_1252_lines,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (bytes, text, encoding, lines read as Windows-1252)
    fn check(bytes: &[u8], text: &str, encoding: Encoding, lines: &[usize]) {
        let d = decode(bytes);
        assert_eq!(d.text, text, "{bytes:?}");
        assert_eq!(d.encoding, encoding, "{bytes:?}");
        assert_eq!(d.windows_1252_lines, lines, "{bytes:?}");
    }

    #[test]
    fn decodes() {
        use Encoding::*;
        let cases: &[(&[u8], &str, Encoding, &[usize])] = &[
            (b"", "", Utf8, &[]),
            (b"plain,ascii\n", "plain,ascii\n", Utf8, &[]),
            ("José Núñez\n".as_bytes(), "José Núñez\n", Utf8, &[]),
            (b"\xEF\xBB\xBFname\n", "\u{feff}name\n", Utf8, &[]),
            // Windows-1252 (and Latin-1): é = E9, ú = FA, ñ = F1.
            (b"Jos\xE9 N\xFA\xF1ez", "José Núñez", Windows1252, &[1]),
            (
                b"name\nJos\xE9\r\nok\nM\xFCller\n",
                "name\nJosé\r\nok\nMüller\n",
                Windows1252,
                &[2, 4],
            ),
            // 0x80–0x9F: Windows-1252's own characters, not C1 controls.
            (b"\x80 5\n", "€ 5\n", Windows1252, &[1]),
            (
                b"\x93quoted\x94 \x96 \x85",
                "“quoted” – …",
                Windows1252,
                &[1],
            ),
            (
                b"\x8A\x8C\x8E\x9A\x9C\x9E\x9F\x83\x99",
                "ŠŒŽšœžŸƒ™",
                Windows1252,
                &[1],
            ),
            // The five bytes Windows-1252 leaves undefined.
            (
                b"a\x81b\x8Dc\x8Fd\x90e\x9D",
                "a\u{fffd}b\u{fffd}c\u{fffd}d\u{fffd}e\u{fffd}",
                Windows1252,
                &[1],
            ),
            (b"\xA0\xFF", "\u{a0}ÿ", Windows1252, &[1]),
            // Mixed: UTF-8 lines stay UTF-8, the Latin-1 line is read as Windows-1252.
            (b"Jos\xC3\xA9\nJos\xE9\n", "José\nJosé\n", Mixed, &[2]),
            // A line with UTF-8 characters and a stray byte: UTF-8 with U+FFFD.
            (b"Jos\xC3\xA9 \xE9\n", "José \u{fffd}\n", Utf8, &[]),
            // Truncated UTF-8 sequence at the end, alone on its line: read as Windows-1252.
            (b"ok\n\xC3", "ok\nÃ", Windows1252, &[2]),
            // UTF-16 with a byte-order mark (Excel's "Unicode text").
            (b"\xFF\xFEJ\x00o\x00s\x00\xE9\x00", "José", Utf16Le, &[]),
            (b"\xFE\xFF\x00J\x20\xAC", "J€", Utf16Be, &[]),
            (b"\xFF\xFE\x00\xD8a\x00", "\u{fffd}a", Utf16Le, &[]),
            (b"\xFF\xFEa\x00b", "a\u{fffd}", Utf16Le, &[]),
        ];
        for (bytes, text, encoding, lines) in cases {
            check(bytes, text, *encoding, lines);
        }
    }

    #[test]
    fn every_byte_decodes_to_one_char() {
        let all: Vec<u8> = (0x80..=0xFF).collect();
        let d = decode(&all);
        assert_eq!(d.text.chars().count(), 128);
        assert_eq!(d.text.chars().filter(|&c| c == '\u{fffd}').count(), 5);
        // Latin-1 half: code point = byte.
        assert!(
            d.text
                .chars()
                .skip(32)
                .zip(0xA0u32..)
                .all(|(c, b)| c as u32 == b)
        );
    }

    #[test]
    fn notes() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (b"ascii", None),
            (
                b"Jos\xE9",
                Some("read as Windows-1252 (Western European, which includes Latin-1)"),
            ),
            (
                b"\xC3\xA9\n\xE9\n\xE9\n",
                Some("lines 2 and 3 are not UTF-8: read as Windows-1252"),
            ),
            (b"\xC3\xA9\n\xE9\n", Some("line 2 is not UTF-8")),
            (b"\xFF\xFEa\x00", Some("UTF-16")),
        ];
        for (bytes, want) in cases {
            let note = decode(bytes).note();
            match (want, &note) {
                (None, None) => {}
                (Some(w), Some(n)) if n.contains(w) => {}
                _ => panic!("{bytes:?}: {note:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn line_lists() {
        let many: Vec<usize> = (1..=13).collect();
        let cases: &[(&[usize], &str)] = &[
            (&[], ""),
            (&[4], "line 4 holds"),
            (&[4, 9], "lines 4 and 9 hold"),
            (&[1, 2, 3], "lines 1, 2 and 3 hold"),
            (
                &many,
                "lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 (and 3 more) hold",
            ),
        ];
        for (lines, want) in cases {
            assert_eq!(line_list(lines, "holds", "hold"), *want);
        }
    }
}
