//! A coordinator's roster file must never panic the import, whatever its bytes. Every mentor it
//! accepts must come back unchanged from what the app does next — stored as JSON and read on
//! reload — and, when the file's text was clean, from the CSV roster format written back out.
#![no_main]

use libfuzzer_sys::fuzz_target;
use trellis::core::mentors::mentor::Mentor;
use trellis::core::mentors::roster;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the file name the import sees; the browser hands over the file's
    // text decoded as UTF-8 with replacement characters.
    let (name, rest) = match data.split_first() {
        Some((b, rest)) => (["roster.csv", "roster.json", "roster", "roster.tsv"][usize::from(*b % 4)], rest),
        None => ("roster", data),
    };
    let text = String::from_utf8_lossy(rest);
    let import = roster::detect_and_import(name, &text);
    assert!(import.mentors.len() <= import.rows, "more mentors than rows read");
    if import.mentors.is_empty() {
        return;
    }
    let stored = serde_json::to_string(&import.mentors).expect("mentors serialize");
    let reloaded: Vec<Mentor> = serde_json::from_str(&stored).expect("stored mentors parse");
    assert_eq!(reloaded, import.mentors);
    // Unreadable (U+FFFD) or control characters are warned about and kept as read; a file of
    // only some mentors can then hold more of them than the import lets a file have.
    let clean = !text
        .chars()
        .any(|c| c == '\u{fffd}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')));
    if clean {
        let again = roster::import_csv(&roster::export_csv(&import.mentors));
        assert!(again.problems.is_empty(), "exported roster has problems: {:?}", again.problems);
        assert_eq!(again.mentors, import.mentors);
    }
});
