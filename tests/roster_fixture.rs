//! Roster files in the v1 format must keep importing as the importer evolves.

use trellis::core::mentors::mentor::{CareerStage, Format, MentoringForm};
use trellis::core::mentors::roster::{Place, detect_and_import, import_bytes};

#[test]
fn roster_v1_fixture_keeps_importing() {
    // BOM, CRLF line ends, title-case headers with an alias ("Time Zone"), a quoted bio that
    // spans two lines, a blank line, rows shorter than the header, no forms/style columns.
    let text = include_str!("fixtures/roster_v1.csv");
    let import = detect_and_import("roster_v1.csv", text);
    assert!(import.problems.is_empty(), "{:#?}", import.problems);
    assert_eq!(import.rows, 4);
    let ids: Vec<&str> = import.mentors.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids, ["1-ines-duarte", "km-1", "ob-2", "4-priya-raman"]);

    let ines = &import.mentors[0];
    assert_eq!(ines.time_zone, "Europe/Lisbon");
    assert_eq!(ines.formats, [Format::Video, Format::InPerson]);
    assert_eq!(ines.forms, [MentoringForm::OneToOne]);
    assert_eq!(ines.stage, CareerStage::Senior);

    let kenji = &import.mentors[1];
    assert_eq!(kenji.availability.len(), 2);
    assert!(kenji.bio.contains("multi-line") && kenji.bio.contains("two lines"));

    assert_eq!(import.mentors[2].availability.len(), 5, "weekdays");
    assert_eq!(import.mentors[3].capacity, 0);
    assert!(
        import
            .warnings
            .iter()
            .any(|w| w.contains("forms = one_to_one") && w.contains("style = coaching")),
        "{:?}",
        import.warnings
    );
}

#[test]
fn problems_in_the_fixture_point_at_the_right_lines() {
    // Breaking the row after the multi-line bio must name its real file line (5).
    let text = include_str!("fixtures/roster_v1.csv").replace("Africa/Lagos", "Mars/Base");
    let import = detect_and_import("roster_v1.csv", &text);
    assert_eq!(import.mentors.len(), 3);
    assert_eq!(import.problems.len(), 1);
    let p = &import.problems[0];
    assert_eq!(
        (p.place, p.line, p.column.as_str()),
        (Place::Line, 5, "time_zone")
    );
    assert!(
        p.to_string()
            .starts_with("line 5, column time_zone: unknown time zone \"Mars/Base\"")
    );
}

/// (file name, bytes, mentor names and headlines imported, words every warning together holds)
type BytesCase<'a> = (&'a str, &'a [u8], &'a [(&'a str, &'a str)], &'a [&'a str]);

#[test]
fn rosters_that_are_not_utf8_decode_and_say_so() {
    let cases: &[BytesCase] = &[
        // Saved by a spreadsheet in Windows-1252: é ú ñ ë ü “ ” – and € (byte 0x80).
        (
            "roster_cp1252.csv",
            include_bytes!("fixtures/roster_cp1252.csv"),
            &[
                ("José Núñez", "Café owner in Sevilla"),
                ("Zoë Müller", "“Growth” coach – Berlin"),
                ("François Lefèvre", "Costs from €40 a month"),
            ],
            &["read as Windows-1252", "Latin-1", "CSV UTF-8"],
        ),
        // Line 2 UTF-8, line 3 Windows-1252, line 4 UTF-8 with one byte that is neither.
        (
            "roster_mixed.csv",
            include_bytes!("fixtures/roster_mixed.csv"),
            &[
                ("José Núñez", "Café owner in Sevilla"),
                ("Zoë Müller", "“Growth” coach – Berlin"),
                ("Ana Ibáñez", "Ment\u{fffd}r é"),
            ],
            &[
                "line 3 is not UTF-8: read as Windows-1252",
                "line 4 holds characters that could not be read",
            ],
        ),
        // The same roster as UTF-8: no note at all.
        (
            "roster.csv",
            "name,time_zone,languages,availability\nJosé Núñez,UTC,Spanish,Mon 10:00-11:00\n"
                .as_bytes(),
            &[("José Núñez", "")],
            &[],
        ),
    ];
    for (name, bytes, mentors, words) in cases {
        let import = import_bytes(name, bytes);
        assert!(import.problems.is_empty(), "{name}: {:#?}", import.problems);
        let got: Vec<(&str, &str)> = import
            .mentors
            .iter()
            .map(|m| (m.name.as_str(), m.headline.as_str()))
            .collect();
        assert_eq!(&got, mentors, "{name}");
        let all = import.warnings.join(" | ");
        for w in *words {
            assert!(all.contains(w), "{name}: {w:?} not in {all:?}");
        }
        if words.is_empty() {
            assert!(
                !all.contains("UTF") && !all.contains("could not be read"),
                "{name}: {all:?}"
            );
        }
    }
}

#[test]
fn byte_rosters_keep_the_file_size_limit_and_binary_refusal() {
    let big = vec![b'a'; 5 * 1024 * 1024 + 1];
    let import = import_bytes("r.csv", &big);
    assert!(import.rejected() && import.problems[0].reason.contains("limit is 5 MB"));
    // Under the limit as bytes, over it once decoded (each 0x80 becomes the 3-byte €): the
    // file's own size decides.
    let mut euros = b"name,time_zone,languages,availability\n".to_vec();
    euros.extend(std::iter::repeat_n(0x80u8, 4 * 1024 * 1024));
    let import = import_bytes("r.csv", &euros);
    assert!(
        !import.problems.iter().any(|p| p.reason.contains("limit")),
        "{:?}",
        &import.problems[..1]
    );
    // A zip (xlsx saved as .csv) stays a binary file, whatever the encoding guess.
    let import = import_bytes("r.csv", b"PK\x03\x04\x00\x00\x08\x00\x99\xe9binary");
    assert!(
        import.problems[0].reason.contains("binary"),
        "{:?}",
        import.problems
    );
    assert!(import.warnings.is_empty());
}

#[test]
fn roster_v2_fixture_keeps_importing_with_preferences() {
    // Version 2 adds the optional preference columns (one with a title-case header); a
    // version-1 file is read as version 2 without preferences.
    let import = detect_and_import("roster_v2.csv", include_str!("fixtures/roster_v2.csv"));
    assert!(import.problems.is_empty(), "{:#?}", import.problems);
    assert_eq!(import.prefs.len(), 2);
    let ines = &import.prefs[0];
    assert_eq!(ines.stages, [CareerStage::Early, CareerStage::Mid]);
    assert_eq!(ines.skills, ["negotiation", "contract law"]);
    assert_eq!(ines.avoid, ["sam", "Ana Lima"]);
    assert_eq!(ines.group_size, 3);
    assert!(import.prefs[1].is_empty());
    let v1 = detect_and_import("roster_v1.csv", include_str!("fixtures/roster_v1.csv"));
    assert!(v1.prefs.iter().all(|p| p.is_empty()));
    assert_eq!(v1.prefs.len(), v1.mentors.len());
}
