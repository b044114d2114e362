//! Roster files in the v1 format must keep importing as the importer evolves.

use trellis::core::mentors::mentor::{CareerStage, Format, MentoringForm};
use trellis::core::mentors::roster::{Place, detect_and_import};

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
