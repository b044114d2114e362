use super::*;
use crate::core::mentors::directory::sample;

const HEADER: &str = "name,stage,years_experience,city,time_zone,languages,forms,formats,availability,capacity,style,price_per_month";

/// A valid row for HEADER.
const GOOD: &str = "Ada Okafor,mid,6,Lagos,Africa/Lagos,English; Yoruba,one_to_one,video,Mon 18:00-20:00,2,coaching,";

/// `(line, column, reason fragment)`.
type Expected = (usize, &'static str, &'static str);

/// Imports `csv` and checks the problems, written as `(line, column, reason fragment)`,
/// match exactly in order.
fn check(csv: &str, expected: &[(usize, &str, &str)]) -> Import {
    let import = import_csv(csv);
    let got: Vec<String> = import.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        import.problems.len(),
        expected.len(),
        "problems: {got:#?}\nexpected: {expected:#?}"
    );
    for (p, (line, column, fragment)) in import.problems.iter().zip(expected) {
        assert_eq!(
            (p.line, p.column.as_str()),
            (*line, *column),
            "problems: {got:#?}"
        );
        assert!(
            p.reason.contains(fragment),
            "{p} does not contain {fragment:?}"
        );
    }
    import
}

fn with_row(row: &str) -> String {
    format!("{HEADER}\n{GOOD}\n{row}\n")
}

#[test]
fn good_row_imports() {
    let i = check(&format!("{HEADER}\n{GOOD}\n"), &[]);
    assert_eq!(i.mentors.len(), 1);
    let m = &i.mentors[0];
    assert_eq!(m.id, "1-ada-okafor");
    assert_eq!(m.languages, ["English", "Yoruba"]);
    assert_eq!(
        m.availability,
        [Window {
            day: 0,
            start_min: 1080,
            end_min: 1200
        }]
    );
    assert_eq!(m.price_per_month, None);
    assert!(i.warnings.is_empty(), "{:?}", i.warnings);
    assert_eq!(i.summary(), "Imported 1 of 1 mentors.");
}

#[test]
fn every_cell_error_kind() {
    let cases: &[(&str, &[Expected])] = &[
        (
            "Ana,mid,6,Lagos,Mars/Base,English,one_to_one,video,Mon 18:00-20:00,2,coaching,",
            &[(3, "time_zone", "unknown time zone \"Mars/Base\"")],
        ),
        (
            " ,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,Mon 18:00-20:00,2,coaching,",
            &[(3, "name", "empty name")],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,Mon 18:00-20:00,-1,coaching,",
            &[(
                3,
                "capacity",
                "capacity \"-1\" is not a whole number from 0 to 50",
            )],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,Mon 18:00-20:00,51,coaching,",
            &[(
                3,
                "capacity",
                "capacity \"51\" is not a whole number from 0 to 50",
            )],
        ),
        (
            "Ana,guru,6,Lagos,Africa/Lagos,English,one_to_one,video,Mon 18:00-20:00,2,coaching,",
            &[(
                3,
                "stage",
                "stage \"guru\" is not one of: early, mid, senior, lead, executive",
            )],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one; mentorship,video,Mon 18:00-20:00,2,coaching,",
            &[(
                3,
                "forms",
                "form \"mentorship\" is not one of: one_to_one, group, peer, reverse, micro",
            )],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one,zoom,Mon 18:00-20:00,2,coaching,",
            &[(
                3,
                "formats",
                "format \"zoom\" is not one of: video, phone, chat, in_person",
            )],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,Mon 18:00-20:00,2,strict,",
            &[(
                3,
                "style",
                "style \"strict\" is not one of: coaching, directive, hands_on, supportive",
            )],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,Mon 25:00-26:00,2,coaching,",
            &[(3, "availability", "\"25:00\" is not a time")],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,Mun 18:00-20:00,2,coaching,",
            &[(3, "availability", "\"Mun\" is not a day")],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,Mon 22:00-01:00,2,coaching,",
            &[(
                3,
                "availability",
                "22:00-01:00 does not end after it starts",
            )],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,evenings,2,coaching,",
            &[(3, "availability", "expected a day and a time range")],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,,2,coaching,",
            &[(3, "availability", "no availability windows")],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,,one_to_one,video,Mon 18:00-20:00,2,coaching,",
            &[(3, "languages", "no languages")],
        ),
        (
            "Ana,mid,71,Lagos,Africa/Lagos,English,one_to_one,video,Mon 18:00-20:00,2,coaching,",
            &[(
                3,
                "years_experience",
                "\"71\" is not a whole number from 0 to 70",
            )],
        ),
        (
            "Ana,mid,6,,Africa/Lagos,English,one_to_one,in person,Mon 18:00-20:00,2,coaching,",
            &[(3, "city", "in_person sessions need a city")],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,Mon 18:00-20:00,2,coaching,lots",
            &[(
                3,
                "price_per_month",
                "price_per_month \"lots\" is not a whole number",
            )],
        ),
        (
            "Ana,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,Mon 18:00-20:00,2,coaching,,extra",
            &[(3, "", "this row has 13 cells but the header has 12")],
        ),
    ];
    for (row, expected) in cases {
        let i = check(&with_row(row), expected);
        assert_eq!(i.mentors.len(), 1, "the good row still imports");
        assert_eq!(i.bad_rows(), [3]);
        assert_eq!(i.rows, 2);
    }
}

#[test]
fn all_problems_of_a_row_are_reported() {
    let row =
        " ,guru,abc,Lagos,Mars/Base,English,solo,zoom,Mon 25:00-26:00; Mun 08:00-09:00,-1,strict,";
    let i = check(
        &with_row(row),
        &[
            (3, "name", "empty name"),
            (3, "stage", "guru"),
            (3, "years_experience", "\"abc\""),
            (3, "time_zone", "Mars/Base"),
            (3, "forms", "solo"),
            (3, "formats", "zoom"),
            (3, "availability", "25:00"),
            (3, "availability", "Mun"),
            (3, "capacity", "-1"),
            (3, "style", "strict"),
        ],
    );
    assert_eq!(i.problems[0].to_string(), "line 3, column name: empty name");
    assert_eq!(
        i.problems[3].to_string(),
        "line 3, column time_zone: unknown time zone \"Mars/Base\" (use an IANA name like Europe/London)"
    );
}

#[test]
fn exactly_three_bad_rows_are_reported() {
    let mut csv = format!("{HEADER}\n");
    for n in 0..10 {
        let row = match n {
            2 => "Bad Zone,mid,6,Lagos,Mars/Base,English,one_to_one,video,Mon 18:00-20:00,2,coaching,".to_string(),
            5 => ",mid,6,Lagos,Africa/Lagos,English,one_to_one,video,Mon 18:00-20:00,2,coaching,".to_string(),
            8 => "Bad Time,mid,6,Lagos,Africa/Lagos,English,one_to_one,video,Mon 18:00-20:61,2,coaching,".to_string(),
            _ => GOOD.replace("Ada Okafor", &format!("Mentor {n}")),
        };
        csv.push_str(&row);
        csv.push('\n');
    }
    let i = import_csv(&csv);
    // Data row n sits on file line n + 2.
    assert_eq!(i.bad_rows(), [4, 7, 10], "{:#?}", i.problems);
    assert_eq!(i.problems.len(), 3);
    assert_eq!(i.mentors.len(), 7);
    assert_eq!(
        i.summary(),
        "Imported 7 of 10 mentors; 3 rows have problems."
    );
}

#[test]
fn header_problems() {
    let i = check(
        "name,languages,skills\nAda,English,rust\n",
        &[(1, "", "missing required columns: time_zone, availability")],
    );
    assert!(i.rejected() && i.mentors.is_empty());
    check(
        "name,time_zone,languages,availability,name\n",
        &[(1, "", "column \"name\" appears twice")],
    );
    check(
        "hello world\nthis is a letter, not a roster\n",
        &[(1, "", "not a roster header")],
    );
    check(
        "\n\nname,languages\n",
        &[(3, "", "missing required columns: time_zone, availability")],
    );
    // Unknown columns are a warning, not an error; case and spaces don't matter.
    let i = check(
        "NAME,Time Zone,Languages,AVAILABILITY,Favourite colour\nAda,Europe/Paris,French,Tue 12:00-13:00,blue\n",
        &[],
    );
    assert_eq!(i.mentors.len(), 1);
    assert_eq!(i.warnings[0], "unknown column \"Favourite colour\" ignored");
    assert!(i.warnings[1].contains("stage = mid"), "{:?}", i.warnings);
    let m = &i.mentors[0];
    assert_eq!(
        (m.stage, m.capacity, m.style),
        (CareerStage::Mid, 1, Style::Coaching)
    );
    assert_eq!(m.forms, [MentoringForm::OneToOne]);
    assert_eq!(m.formats, [Format::Video]);
}

#[test]
fn file_shapes() {
    // BOM, CRLF, quoted commas and newlines, blank and trailing lines.
    let csv = "\u{feff}name,time_zone,languages,availability,bio\r\n\
               \"Okafor, Ada\",Africa/Lagos,English,Mon 18:00-20:00,\"Line one,\r\nline two\"\r\n\
               \r\n\
               Ben,Mars/Base,English,Mon 18:00-20:00,\r\n\r\n\r\n";
    let i = check(csv, &[(5, "time_zone", "Mars/Base")]);
    assert_eq!(i.mentors[0].name, "Okafor, Ada");
    assert_eq!(i.mentors[0].bio, "Line one,\r\nline two");
    assert_eq!(i.rows, 2);
    // Semicolon- and tab-separated files.
    let i = check(
        "name;time_zone;languages;availability\nAda;Europe/Berlin;\"German; English\";Mon 18:00-20:00\n",
        &[],
    );
    assert_eq!(i.mentors[0].languages, ["German", "English"]);
    let i = check(
        "name\ttime_zone\tlanguages\tavailability\nAda\tEurope/Berlin\tGerman\tWeekdays 12:00-13:00\n",
        &[],
    );
    assert_eq!(i.mentors[0].availability.len(), 5);
    // Rows with fewer cells than the header read the missing ones as empty.
    let i = check(
        "name,time_zone,languages,availability,bio,price_per_month\nAda,Europe/Berlin,German,Mon 18:00-20:00\n",
        &[],
    );
    assert_eq!(i.mentors.len(), 1);
}

#[test]
fn garbage_never_panics() {
    let garbage: String = (0u32..4000)
        .map(|i| char::from_u32((i * 7919) % 0xD7FF).unwrap_or('?'))
        .collect();
    for text in [
        "",
        "   \n\n",
        "\u{feff}",
        "\"",
        "\"unterminated,quote\nname",
        "\0\u{1}\u{2}PK\u{3}\u{4}",
        garbage.as_str(),
        ",,,,\n,,,\n",
        "name,time_zone,languages,availability\n\"",
    ] {
        for i in [
            import_csv(text),
            import_json(text),
            detect_and_import("x", text),
        ] {
            assert!(i.mentors.is_empty(), "{text:?}");
        }
        assert!(
            import_csv(text).rejected() || import_csv(text).rows <= 1,
            "{text:?}"
        );
    }
    assert!(
        import_csv("PK\u{3}\u{4}\0\0\0binary").problems[0]
            .reason
            .contains("binary")
    );
    assert!(import_csv("").problems[0].reason.contains("empty"));
    // A Latin-1 file decoded lossily still imports, with a warning.
    let i = import_csv(
        "name,time_zone,languages,availability\nJos\u{fffd},UTC,English,Mon 10:00-11:00\n",
    );
    assert_eq!(i.mentors.len(), 1);
    assert!(i.warnings[0].contains("UTF-8"), "{:?}", i.warnings);
}

#[test]
fn size_caps() {
    let big = format!("{HEADER}\n{}", "x".repeat(MAX_BYTES));
    let i = import_csv(&big);
    assert!(i.rejected() && i.problems[0].reason.contains("limit is 5 MB"));
    let mut many = format!("{HEADER}\n");
    for _ in 0..=MAX_ROWS {
        many.push_str("A,mid,1,,UTC,English,,,Mon 18:00-19:00,,,\n");
    }
    let i = import_csv(&many);
    assert!(i.rejected() && i.mentors.is_empty());
    assert!(i.problems[0].reason.contains("more than 20000 rows"));
    let json = format!("[{}{{}}]", "{},".repeat(MAX_ROWS));
    assert!(
        import_json(&json).problems[0]
            .reason
            .contains("more than 20000")
    );
}

#[test]
fn duplicate_ids() {
    let csv = "id,name,time_zone,languages,availability\n\
               a1,Ada,UTC,English,Mon 18:00-19:00\n\
               a2,Ben,UTC,English,Mon 18:00-19:00\n\
               a1,Cy,UTC,English,Mon 18:00-19:00\n\
               ,Di,UTC,English,Mon 18:00-19:00\n";
    let i = check(
        csv,
        &[(4, "id", "duplicate id \"a1\" (first used on line 2)")],
    );
    assert_eq!(i.mentors.len(), 3);
    assert_eq!(i.mentors[2].id, "4-di");
}

#[test]
fn availability_syntax() {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    parse_availability(
        "Monday 9:00-10:30; sat 09.00 - 12.00; Fri-Mon 07:00-08:00; weekends 20:00-24:00",
        &mut out,
        &mut problems,
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(out.len(), 1 + 1 + 4 + 2);
    assert_eq!(
        out[0],
        Window {
            day: 0,
            start_min: 540,
            end_min: 630
        }
    );
    assert!(out.contains(&Window {
        day: 6,
        start_min: 1200,
        end_min: 1440
    }));
    for bad in [
        "T 10:00-11:00",
        "Mon 24:00-24:00",
        "Mon 1000-11:00",
        "Mon 10:00",
        "10:00-11:00",
    ] {
        let mut problems = Vec::new();
        parse_availability(bad, &mut Vec::new(), &mut problems);
        assert_eq!(problems.len(), 1, "{bad}");
    }
}

#[test]
fn json_numbers_read_like_csv_text() {
    let check = |json: &str, expected: &str| {
        let n: serde_json::Number = serde_json::from_str(json).unwrap();
        assert_eq!(number_text(&n), expected, "{json}");
    };
    check("12", "12");
    check("-1", "-1");
    check("18446744073709551615", "18446744073709551615");
    check("12.5", "12.5");
    check("12.0", "12");
    check("0.1", "0.1");
    check("-0.0", "-0");
    // Whole-number fields take the text as a CSV cell would give it.
    let i = import_json(
        r#"[{"name":"Ada","time_zone":"UTC","languages":["English"],"availability":"Mon 09:00-10:00","years_experience":12,"capacity":2.5}]"#,
    );
    assert_eq!(i.mentors.len(), 0);
    assert_eq!(
        i.problems[0].reason,
        "capacity \"2.5\" is not a whole number from 0 to 50"
    );
    let i = import_json(
        r#"[{"name":"Ada","time_zone":"UTC","languages":["English"],"availability":"Mon 09:00-10:00","years_experience":12,"capacity":2.0}]"#,
    );
    assert_eq!(i.mentors[0].years_experience, 12);
    assert_eq!(i.mentors[0].capacity, 2);
}

#[test]
fn json_variants() {
    let good = r#"{"name":"Ada","time_zone":"Africa/Lagos","languages":["English"],"availability":[{"day":0,"start_min":1080,"end_min":1200}],"stage":"senior","capacity":3}"#;
    let as_text = r#"{"name":"Ben","timeZone":"Europe/Paris","languages":"French; English","availability":"Tue 12:00-13:00","forms":["one to one","micro"],"price_per_month":40,"colour":"red"}"#;
    let bad = r#"{"name":"","time_zone":"Mars/Base","languages":[],"availability":[{"day":9,"start_min":0,"end_min":60}],"capacity":-1,"stage":"guru","style":true}"#;
    for text in [
        format!("[{good},{as_text},{bad},7]"),
        format!("{{\"version\":1,\"mentors\":[{good},{as_text},{bad},7]}}"),
    ] {
        let i = import_json(&text);
        assert_eq!(i.mentors.len(), 2, "{:#?}", i.problems);
        assert_eq!(i.mentors[0].id, "1-ada");
        assert_eq!(i.mentors[0].stage, CareerStage::Senior);
        assert_eq!(i.mentors[1].languages, ["French", "English"]);
        assert_eq!(i.mentors[1].price_per_month, Some(40));
        assert_eq!(
            i.mentors[1].forms,
            [MentoringForm::OneToOne, MentoringForm::Micro]
        );
        assert_eq!(i.bad_rows(), [3, 4]);
        let text: Vec<String> = i.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "item 3, field name: empty name",
                "item 3, field stage: stage \"guru\" is not one of: early, mid, senior, lead, executive",
                "item 3, field time_zone: unknown time zone \"Mars/Base\" (use an IANA name like Europe/London)",
                "item 3, field languages: no languages",
                "item 3, field availability: day 9 is not 0 (Monday) to 6 (Sunday)",
                "item 3, field capacity: capacity \"-1\" is not a whole number from 0 to 50",
                "item 3, field style: style should be text or a number, not true",
                "item 4: expected a mentor object",
            ]
        );
        assert_eq!(i.warnings, ["unknown field \"colour\" ignored"]);
    }
    assert!(
        import_json("{\"a\":1}").problems[0]
            .reason
            .contains("\"mentors\" array")
    );
    assert!(
        import_json("[1,").problems[0]
            .reason
            .starts_with("not valid JSON")
    );
    assert!(import_json("[]").problems.is_empty());
}

#[test]
fn sample_round_trips_through_csv_and_json() {
    let ms = &sample().mentors;
    let i = import_csv(&export_csv(ms));
    assert!(
        i.problems.is_empty(),
        "{:#?}",
        &i.problems[..i.problems.len().min(5)]
    );
    assert_eq!(&i.mentors, ms);
    let json = serde_json::to_string(ms).unwrap();
    let i = import_json(&json);
    assert!(i.problems.is_empty());
    assert_eq!(&i.mentors, ms);
}

#[test]
fn detection() {
    let csv = format!("{HEADER}\n{GOOD}\n");
    let json = r#"[{"name":"Ada","time_zone":"UTC","languages":"English","availability":"Mon 10:00-11:00"}]"#;
    assert_eq!(detect_and_import("roster.CSV", &csv).mentors.len(), 1);
    assert_eq!(detect_and_import("roster.json", json).mentors.len(), 1);
    assert_eq!(detect_and_import("roster", json).mentors.len(), 1);
    assert_eq!(detect_and_import("roster", &csv).mentors.len(), 1);
    assert_eq!(detect_and_import("export.txt", &csv).mentors.len(), 1);
    assert!(
        detect_and_import("roster.xlsx", "PK").problems[0]
            .reason
            .contains("save the sheet as CSV")
    );
}

#[test]
fn example_file_imports_cleanly() {
    let i = detect_and_import(
        "roster-example.csv",
        include_str!("../../../../data/roster-example.csv"),
    );
    assert!(i.problems.is_empty(), "{:#?}", i.problems);
    assert!(i.warnings.is_empty(), "{:?}", i.warnings);
    assert_eq!(i.mentors.len(), 8);
}

/// (preference cells `mentor_stages,mentor_skills,avoid_mentees,group_size`, forms,
/// expected problems as (column, reason fragment), expected preferences when valid).
type PrefCase<'a> = (
    &'a str,
    &'a str,
    &'a [(&'a str, &'a str)],
    Option<MentorPrefs>,
);

#[test]
fn mentor_preference_columns() {
    let header = "name,time_zone,languages,availability,forms,mentor_stages,mentor_skills,avoid_mentees,group_size";
    let cases: &[PrefCase] = &[
        (",,,", "one_to_one", &[], Some(MentorPrefs::default())),
        (
            "early; Mid,SQL; data,sam; Ana Lima,",
            "one_to_one",
            &[],
            Some(MentorPrefs {
                stages: vec![CareerStage::Early, CareerStage::Mid],
                skills: vec!["SQL".into(), "data".into()],
                avoid: vec!["sam".into(), "Ana Lima".into()],
                group_size: 0,
            }),
        ),
        (
            ",,,4",
            "group; one_to_one",
            &[],
            Some(MentorPrefs {
                group_size: 4,
                ..MentorPrefs::default()
            }),
        ),
        (
            ",,,4",
            "one_to_one",
            &[("group_size", "needs the group form")],
            None,
        ),
        (",,,0", "group", &[("group_size", "from 1 to 12")], None),
        (",,,13", "group", &[("group_size", "from 1 to 12")], None),
        (
            ",,,two",
            "group",
            &[("group_size", "not a whole number")],
            None,
        ),
        (
            "junior,,,",
            "group",
            &[("mentor_stages", "\"junior\" is not one of")],
            None,
        ),
        // Every problem of the row, in column order.
        (
            "junior,,a;b;c;d;e;f;g;h;i;j;k;l;m;n;o;p;q,3",
            "one_to_one",
            &[
                ("mentor_stages", "junior"),
                ("avoid_mentees", "at most 16"),
                ("group_size", "needs the group form"),
            ],
            None,
        ),
    ];
    for (cells, forms, problems, prefs) in cases {
        let csv =
            format!("{header}\nAda,Africa/Lagos,English,Mon 18:00-20:00,\"{forms}\",{cells}\n");
        let i = import_csv(&csv);
        let got: Vec<(String, &str)> = i
            .problems
            .iter()
            .map(|p| (p.column.clone(), p.reason.as_str()))
            .collect();
        assert_eq!(got.len(), problems.len(), "{cells}: {got:?}");
        for ((col, reason), (want_col, frag)) in got.iter().zip(problems.iter()) {
            assert_eq!(col, want_col, "{cells}: {got:?}");
            assert!(reason.contains(frag), "{cells}: {reason}");
            assert!(i.problems.iter().all(|p| p.line == 2));
        }
        assert_eq!(i.prefs.first(), prefs.as_ref(), "{cells}");
        assert_eq!(i.prefs.len(), i.mentors.len());
    }
}

#[test]
fn preference_columns_are_read_from_json_and_the_example() {
    let i = import_json(
        r#"[{"name":"Ada","time_zone":"UTC","languages":["English"],"availability":"Mon 18:00-20:00","forms":["group"],"mentor_stages":["early"],"avoid_mentees":"sam","group_size":3}]"#,
    );
    assert!(i.problems.is_empty(), "{:?}", i.problems);
    assert_eq!(i.prefs[0].group_size, 3);
    assert_eq!(i.prefs[0].stages, [CareerStage::Early]);
    assert_eq!(i.prefs[0].avoid, ["sam"]);
    let example = import_csv(include_str!("../../../../data/roster-example.csv"));
    assert!(example.problems.is_empty(), "{:?}", example.problems);
    assert_eq!(example.prefs.len(), example.mentors.len());
    assert!(example.prefs.iter().any(|p| p.group_size > 1));
    assert!(example.prefs.iter().any(|p| !p.avoid.is_empty()));
}
