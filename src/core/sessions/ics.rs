//! RFC 5545 calendar export: one `VCALENDAR` for the whole series and one per session.
//!
//! * `PRODID:-//Trellis//Mentoring planner//EN`, `VERSION:2.0`, `METHOD:PUBLISH`.
//! * CRLF line endings; content lines folded at 75 octets without splitting a UTF-8 character
//!   (continuation lines start with one space); TEXT values escaped (`\\`, `\;`, `\,`, `\n`);
//!   tabs are kept as they are (RFC 5545 allows HTAB in TEXT), other control characters dropped.
//! * Times keep their zone: `DTSTART;TZID=America/New_York:20270110T090000`, with one
//!   `VTIMEZONE` for the mentee's zone, so a calendar shows the session at the wall-clock time
//!   the mentee planned. Its observances come from [`crate::core::time::tz`]'s rules: one for
//!   the offset in force on 1 January of the first year covered, then one RRULE-free
//!   observance per transition up to 31 December of the last year covered (`STANDARD` or
//!   `DAYLIGHT` by whether the new offset is the zone's daylight-saving one).
//! * **Except a time that happens twice.** In the repeated hour of a fall-back (New York
//!   1 Nov 2026 01:00–02:00) a local time names two instants: RFC 5545 says it means the
//!   first, python `icalendar` and `vobject` read it so, `ical.js` reads the second — a
//!   session from 01:00 EDT for 60 min (ending 01:00 EST) would last 0 minutes in one reader
//!   and start an hour late in another. Such a `DTSTART` or `DTEND` is written in UTC form
//!   (`DTEND:20261101T060000Z`): one instant to every reader, shown in the viewer's zone.
//!   Only those times, not all: a zoned time keeps the session on the mentee's wall clock in
//!   calendars that apply their own, possibly newer, rules for the TZID. A zoned `DTSTART`
//!   with a UTC `DTEND` is allowed (RFC 5545 only requires both or neither to be floating).
//!   A time inside a spring-forward gap never gets written: the session's start has already
//!   moved past the gap (`tz::local_to_utc`), and an instant always shows as an existing time.
//! * `UID:<session-id>.<plan-id>@trellis.local` — stable across exports and regenerations.
//! * `DTSTAMP` is a parameter (core never reads the clock), written in UTC `Z` form.
//! * Cancelled sessions are **included** with `STATUS:CANCELLED` and `SEQUENCE:1`, so a
//!   calendar that imported the series earlier removes them; moved sessions get `SEQUENCE:1`.
//! * `SUMMARY:Mentoring session with <mentor>` (mentor from the agreement, else "your mentor");
//!   `DESCRIPTION` holds the goal and the agenda ([`crate::core::sessions::agenda::agenda_for`]).

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};

use crate::core::goals::goal::Goal;
use crate::core::sessions::agenda::agenda_for;
use crate::core::sessions::plan::{Mentorship, Session, SessionStatus};
use crate::core::time::range;
use crate::core::time::tz::{Tz, local_to_utc, parse_zone, utc_to_local};

/// The product identifier.
pub const PRODID: &str = "-//Trellis//Mentoring planner//EN";
/// Domain part of every UID.
pub const UID_DOMAIN: &str = "trellis.local";
/// Longest content line in octets, CRLF excluded.
pub const MAX_LINE_OCTETS: usize = 75;

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line at 75 octets (never inside a UTF-8 character) and ends it with CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

fn fmt_local(t: NaiveDateTime) -> String {
    crate::core::time::datefmt::compact_datetime(t)
}

fn fmt_utc(t: DateTime<Utc>) -> String {
    crate::core::time::datefmt::compact_datetime(t.naive_utc()) + "Z"
}

fn fmt_offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    let (h, m, s) = (a / 3600, a / 60 % 60, a % 60);
    if s == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{s:02}")
    }
}

/// The `VTIMEZONE` lines (unfolded) for `tz` covering 1 January of `first_year` to
/// 31 December of `last_year`.
pub fn vtimezone_lines(zone_name: &str, tz: Tz, first_year: i32, last_year: i32) -> Vec<String> {
    let jan1 = |y: i32| {
        NaiveDate::from_ymd_opt(y, 1, 1)
            .expect("valid year")
            .and_hms_opt(0, 0, 0)
            .expect("midnight")
    };
    let from = local_to_utc(jan1(first_year), tz);
    let to = local_to_utc(jan1(last_year + 1), tz);
    let start = tz.offset_at(from);
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{zone_name}")];
    let mut observance = |dst: bool, local: NaiveDateTime, from: i32, to: i32, name: &str| {
        let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
        lines.push(format!("BEGIN:{kind}"));
        lines.push(format!("DTSTART:{}", fmt_local(local)));
        lines.push(format!("TZOFFSETFROM:{}", fmt_offset(from)));
        lines.push(format!("TZOFFSETTO:{}", fmt_offset(to)));
        lines.push(format!("TZNAME:{}", escape_text(name)));
        lines.push(format!("END:{kind}"));
    };
    observance(
        start.is_dst(),
        utc_to_local(from, tz),
        start.secs(),
        start.secs(),
        start.abbreviation(),
    );
    for tr in tz.transitions(from, to) {
        // DTSTART of an observance is the local time in the offset before the change.
        let at = tr.at.naive_utc();
        let local = at
            .checked_add_signed(Duration::seconds(tr.before.secs().into()))
            .unwrap_or(at);
        observance(
            tr.after.is_dst(),
            local,
            tr.before.secs(),
            tr.after.secs(),
            tr.after.abbreviation(),
        );
    }
    lines.push("END:VTIMEZONE".to_string());
    lines
}

fn sanitize_id(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The stable UID of a session.
pub fn session_uid(plan_id: &str, session_id: &str) -> String {
    let plan = sanitize_id(plan_id.trim());
    let session = sanitize_id(session_id);
    if plan.is_empty() {
        format!("{session}@{UID_DOMAIN}")
    } else {
        format!("{session}.{plan}@{UID_DOMAIN}")
    }
}

fn mentor_name(m: &Mentorship) -> String {
    m.agreement
        .as_ref()
        .map(|a| a.mentor_name.trim().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "your mentor".to_string())
}

/// The event's SUMMARY text (unescaped); a micro-mentoring plan's says so.
pub fn summary_text(m: &Mentorship) -> String {
    if m.micro.is_some() {
        format!("Micro-mentoring session with {}", mentor_name(m))
    } else {
        format!("Mentoring session with {}", mentor_name(m))
    }
}

/// The event's DESCRIPTION text (unescaped): goal and agenda; a micro-mentoring plan's starts
/// with its question and ends with the follow-up.
pub fn description_text(m: &Mentorship, goal: &Goal, session: &Session) -> String {
    let mut s = String::new();
    if let Some(micro) = &m.micro {
        s.push_str(&format!("Question: {}\n\n", micro.question.trim()));
    }
    s.push_str(&format!("Goal: {}\n\nAgenda:", goal.statement.trim()));
    for item in agenda_for(m, goal, &session.id) {
        s.push_str("\n- ");
        s.push_str(item.text.trim());
    }
    if let Some(micro) = &m.micro {
        s.push_str(&format!(
            "\n\nFollow-up: {} (report back by {})",
            micro.follow_up.trim(),
            crate::core::time::datefmt::human_date(micro.report_by)
        ));
    }
    s
}

/// `DTSTART`/`DTEND` for instant `t`: the local time with its zone when it names one instant,
/// else (a repeated hour) the UTC form.
fn time_line(property: &str, t: DateTime<Utc>, zone_name: &str, tz: Tz) -> String {
    let local = utc_to_local(t, tz);
    match tz.from_local_datetime(&local) {
        LocalResult::Single(_) => format!("{property};TZID={zone_name}:{}", fmt_local(local)),
        _ => format!("{property}:{}", fmt_utc(t)),
    }
}

fn event_lines(
    m: &Mentorship,
    goal: &Goal,
    session: &Session,
    zone_name: &str,
    tz: Tz,
    dtstamp: DateTime<Utc>,
) -> Vec<String> {
    let start = session.start_utc(tz);
    let end = session_end(start, session.minutes);
    let cancelled = session.status == SessionStatus::Cancelled;
    vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", session_uid(&m.id, &session.id)),
        format!("DTSTAMP:{}", fmt_utc(dtstamp)),
        time_line("DTSTART", start, zone_name, tz),
        time_line("DTEND", end, zone_name, tz),
        format!("SUMMARY:{}", escape_text(&summary_text(m))),
        format!(
            "DESCRIPTION:{}",
            escape_text(&description_text(m, goal, session))
        ),
        format!(
            "STATUS:{}",
            if cancelled { "CANCELLED" } else { "CONFIRMED" }
        ),
        format!(
            "SEQUENCE:{}",
            if cancelled || session.moved { 1 } else { 0 }
        ),
        "TRANSP:OPAQUE".to_string(),
        "END:VEVENT".to_string(),
    ]
}

fn calendar(
    m: &Mentorship,
    goal: &Goal,
    sessions: &[&Session],
    dtstamp: DateTime<Utc>,
) -> Result<String, String> {
    let rule = m
        .rule
        .as_ref()
        .ok_or("There is no schedule yet, so there is nothing to export.")?;
    let zone_name = rule.zone.trim();
    let tz = parse_zone(zone_name)?;
    if let Some(s) = sessions.iter().find(|s| !range::in_range(s.date)) {
        return Err(format!(
            "A session is dated {}, outside the dates Trellis works with ({} to {}); move or delete it first.",
            s.date,
            range::first_date(),
            range::last_date()
        ));
    }
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape_text(&summary_text(m))),
    ];
    if !sessions.is_empty() {
        let years = sessions.iter().flat_map(|s| {
            let start = s.start_utc(tz);
            let end = session_end(start, s.minutes);
            [utc_to_local(start, tz).year(), utc_to_local(end, tz).year()]
        });
        let (lo, hi) = years.fold((i32::MAX, i32::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
        lines.extend(vtimezone_lines(zone_name, tz, lo, hi));
    }
    for s in sessions {
        lines.extend(event_lines(m, goal, s, zone_name, tz, dtstamp));
    }
    lines.push("END:VCALENDAR".to_string());
    Ok(lines.iter().map(|l| fold_line(l)).collect())
}

/// A session's end instant; never overflows (an edge-of-time start is returned as is).
fn session_end(start: DateTime<Utc>, minutes: u16) -> DateTime<Utc> {
    start
        .checked_add_signed(Duration::minutes(i64::from(minutes)))
        .unwrap_or(start)
}

/// One calendar with every session of the plan (cancelled ones as `STATUS:CANCELLED`).
pub fn series_ics(m: &Mentorship, goal: &Goal, dtstamp: DateTime<Utc>) -> Result<String, String> {
    let sessions: Vec<&Session> = m.sessions.iter().collect();
    calendar(m, goal, &sessions, dtstamp)
}

/// One calendar with a single session.
pub fn session_ics(
    m: &Mentorship,
    goal: &Goal,
    session_id: &str,
    dtstamp: DateTime<Utc>,
) -> Result<String, String> {
    let s = m
        .session(session_id)
        .ok_or_else(|| format!("no session {session_id}"))?;
    calendar(m, goal, &[s], dtstamp)
}

/// A download file name such as `trellis-series.ics` or `trellis-s-20270110.ics`.
pub fn ics_filename(session_id: Option<&str>) -> String {
    match session_id {
        Some(id) => format!("trellis-{}.ics", sanitize_id(id)),
        None => "trellis-series.ics".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sessions::agreement::Agreement;
    use crate::core::sessions::agreement::tests::{goal, mentor};
    use crate::core::sessions::plan::AgendaItem;
    use crate::core::sessions::schedule::{Cadence, EndRule, ScheduleRule};
    use chrono::{NaiveTime, TimeZone};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn plan(zone: &str, start: &str) -> Mentorship {
        plan_at(zone, start, (9, 0), 45, 3)
    }

    fn plan_at(zone: &str, start: &str, (h, min): (u32, u32), minutes: u16, n: u16) -> Mentorship {
        let mut m = Mentorship::new("plan-42");
        m.regenerate(
            ScheduleRule {
                cadence: Cadence::Weekly,
                start: d(start),
                local_time: NaiveTime::from_hms_opt(h, min, 0).unwrap(),
                minutes,
                zone: zone.into(),
                end: EndRule::Count(n),
                skips: vec![],
            },
            d("2027-01-01"),
        )
        .unwrap();
        m.agreement = Some(
            Agreement::draft_from(&goal(), Some(&mentor()), d("2027-01-01"))
                .validate()
                .unwrap(),
        );
        m
    }

    fn stamp() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2027, 1, 2, 3, 4, 5).unwrap()
    }

    /// Unfolds and splits into logical lines, checking CRLF and the octet limit on the way.
    fn logical_lines(ics: &str) -> Vec<String> {
        assert!(ics.ends_with("\r\n"));
        let physical: Vec<&str> = ics.trim_end_matches("\r\n").split("\r\n").collect();
        let mut out: Vec<String> = Vec::new();
        for p in physical {
            assert!(
                !p.contains('\n') && !p.contains('\r'),
                "bare newline in {p:?}"
            );
            assert!(p.len() <= MAX_LINE_OCTETS, "line too long: {p:?}");
            if let Some(rest) = p.strip_prefix(' ') {
                out.last_mut().expect("continuation first").push_str(rest);
            } else {
                out.push(p.to_string());
            }
        }
        out
    }

    #[test]
    fn escaping_and_folding() {
        assert_eq!(escape_text("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
        // Tabs are TEXT (RFC 5545 §3.3.11 allows HTAB); other controls are dropped.
        assert_eq!(escape_text("Step\t1:\tread\u{7}\u{0}"), "Step\t1:\tread");
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        let folded = fold_line(&line);
        for p in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(p.len() <= 75);
            assert!(std::str::from_utf8(p.as_bytes()).is_ok());
        }
        // "DESCRIPTION:" is 12 octets, then 31 × 2 octets = 74; the next 'é' would be 76.
        assert_eq!(folded.split("\r\n").next().unwrap().len(), 74);
        let unfolded: String = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold_line("SHORT"), "SHORT\r\n");
        assert_eq!(fold_line(&"x".repeat(75)).len(), 77);
        assert_eq!(
            fold_line(&"x".repeat(76)),
            format!("{}\r\n x\r\n", "x".repeat(75))
        );
    }

    #[test]
    fn series_structure_across_new_york_dst() {
        let mut m = plan("America/New_York", "2027-03-07");
        m.cancel_session("s-20270321").unwrap();
        m.session_mut("s-20270314").unwrap().agenda = Some(vec![AgendaItem::new(
            "Talk, slides; \"demo\"\nsecond line — ✓",
        )]);
        let ics = series_ics(&m, &goal(), stamp()).unwrap();
        let lines = logical_lines(&ics);
        assert_eq!(lines[0], "BEGIN:VCALENDAR");
        assert!(lines.contains(&"PRODID:-//Trellis//Mentoring planner//EN".to_string()));
        assert!(lines.contains(&"METHOD:PUBLISH".to_string()));
        assert_eq!(lines.last().unwrap(), "END:VCALENDAR");
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 3);
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VTIMEZONE").count(), 1);
        assert!(lines.contains(&"DTSTART;TZID=America/New_York:20270307T090000".to_string()));
        assert!(lines.contains(&"DTSTART;TZID=America/New_York:20270314T090000".to_string()));
        assert!(lines.contains(&"DTEND;TZID=America/New_York:20270314T094500".to_string()));
        assert!(lines.contains(&"UID:s-20270314.plan-42@trellis.local".to_string()));
        assert!(lines.contains(&"DTSTAMP:20270102T030405Z".to_string()));
        assert!(lines.contains(&"SUMMARY:Mentoring session with Ada Okafor".to_string()));
        assert!(lines.contains(&"STATUS:CANCELLED".to_string()));
        assert!(lines.iter().any(|l| l
            == "DESCRIPTION:Goal: Give 3 talks at meetups by 2027-06-30\\n\\nAgenda:\\n- Talk\\, slides\\; \"demo\"\\nsecond line — ✓"));
        // VTIMEZONE for 2027: EST at New Year, EDT from 2027-03-14 02:00, EST from 11-07 02:00.
        let tz_block: Vec<&String> = lines
            .iter()
            .skip_while(|l| *l != "BEGIN:VTIMEZONE")
            .take_while(|l| *l != "END:VTIMEZONE")
            .collect();
        let want = [
            "BEGIN:VTIMEZONE",
            "TZID:America/New_York",
            "BEGIN:STANDARD",
            "DTSTART:20270101T000000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0500",
            "TZNAME:EST",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:20270314T020000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0400",
            "TZNAME:EDT",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "DTSTART:20271107T020000",
            "TZOFFSETFROM:-0400",
            "TZOFFSETTO:-0500",
            "TZNAME:EST",
            "END:STANDARD",
        ];
        assert_eq!(tz_block, want);
    }

    #[test]
    fn single_session_and_odd_zones() {
        let m = plan("Asia/Kathmandu", "2027-01-05");
        let ics = session_ics(&m, &goal(), "s-20270112", stamp()).unwrap();
        let lines = logical_lines(&ics);
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
        assert!(lines.contains(&"TZOFFSETTO:+0545".to_string()));
        assert!(lines.contains(&"DTSTART;TZID=Asia/Kathmandu:20270112T090000".to_string()));
        assert!(session_ics(&m, &goal(), "nope", stamp()).is_err());

        // Sydney across the April change: the observance starts at 03:00 local (AEDT).
        let m = plan("Australia/Sydney", "2027-03-28");
        let lines = logical_lines(&series_ics(&m, &goal(), stamp()).unwrap());
        assert!(lines.contains(&"DTSTART:20270404T030000".to_string()));
        assert!(lines.contains(&"TZOFFSETFROM:+1100".to_string()));
        assert!(lines.contains(&"TZOFFSETTO:+1000".to_string()));

        let none = Mentorship::new("x");
        assert!(series_ics(&none, &goal(), stamp()).is_err());
        assert_eq!(session_uid("", "s-1"), "s-1@trellis.local");
        assert_eq!(session_uid("a b/c", "s-1"), "s-1.a-b-c@trellis.local");
    }

    #[test]
    fn a_micro_session_is_one_event_with_its_question_and_follow_up() {
        let draft = crate::core::sessions::micro::MicroDraft {
            question: "How do I pitch a first talk?".into(),
            follow_up: "Send one pitch".into(),
            ..crate::core::sessions::micro::MicroDraft::default_for(
                d("2027-02-10"),
                "Europe/Berlin",
            )
        };
        let mut m = Mentorship::new("plan-7");
        m.set_micro(draft.validate().unwrap(), d("2027-01-01"))
            .unwrap();
        let lines = logical_lines(&series_ics(&m, &goal(), stamp()).unwrap());
        assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
        assert!(lines.contains(&"DTSTART;TZID=Europe/Berlin:20270210T180000".to_string()));
        assert!(lines.contains(&"DTEND;TZID=Europe/Berlin:20270210T183000".to_string()));
        assert!(lines.contains(&"SUMMARY:Micro-mentoring session with your mentor".to_string()));
        let desc = lines
            .iter()
            .find(|l| l.starts_with("DESCRIPTION:"))
            .unwrap();
        assert!(
            desc.starts_with("DESCRIPTION:Question: How do I pitch a first talk?\\n"),
            "{desc}"
        );
        assert!(desc.contains("The question (3 min): How do I pitch a first talk?"));
        assert!(desc.ends_with("Follow-up: Send one pitch (report back by 24 February 2027)"));
    }

    /// The DTSTART and DTEND lines of each event.
    fn times(ics: &str) -> Vec<(String, String)> {
        let lines = logical_lines(ics);
        let find = |prefix: &str, from: usize| -> String {
            lines[from..]
                .iter()
                .find(|l| l.starts_with(prefix))
                .unwrap()
                .clone()
        };
        (0..lines.len())
            .filter(|i| lines[*i] == "BEGIN:VEVENT")
            .map(|i| (find("DTSTART", i), find("DTEND", i)))
            .collect()
    }

    #[test]
    fn a_time_in_a_repeated_hour_is_written_in_utc() {
        let check =
            |zone: &str, start: &str, at: (u32, u32), minutes: u16, want: &[(&str, &str)]| {
                let m = plan_at(zone, start, at, minutes, want.len() as u16);
                let got = times(&series_ics(&m, &goal(), stamp()).unwrap());
                let want: Vec<(String, String)> = want
                    .iter()
                    .map(|(a, b)| (a.to_string(), b.to_string()))
                    .collect();
                assert_eq!(got, want, "{zone} {start}");
            };
        // New York falls back on 1 Nov 2026 at 02:00 EDT: 01:00-02:00 happens twice. A
        // session at 01:00 (the first pass, EDT) for 60 min ends at 01:00 EST: both in UTC.
        check(
            "America/New_York",
            "2026-11-01",
            (1, 0),
            60,
            &[
                ("DTSTART:20261101T050000Z", "DTEND:20261101T060000Z"),
                (
                    "DTSTART;TZID=America/New_York:20261108T010000",
                    "DTEND;TZID=America/New_York:20261108T020000",
                ),
            ],
        );
        // Starts before the repeated hour, ends in it: zoned start, UTC end.
        check(
            "America/New_York",
            "2026-11-01",
            (0, 30),
            60,
            &[(
                "DTSTART;TZID=America/New_York:20261101T003000",
                "DTEND:20261101T053000Z",
            )],
        );
        // Sydney falls back on 4 Apr 2027 at 03:00 AEDT: 02:00-03:00 happens twice.
        check(
            "Australia/Sydney",
            "2027-04-04",
            (2, 0),
            60,
            &[("DTSTART:20270403T150000Z", "DTEND:20270403T160000Z")],
        );
        // Gaps: 02:30 does not exist; the session starts at 03:30, zoned as usual.
        check(
            "America/New_York",
            "2027-03-14",
            (2, 30),
            60,
            &[(
                "DTSTART;TZID=America/New_York:20270314T033000",
                "DTEND;TZID=America/New_York:20270314T043000",
            )],
        );
        check(
            "Australia/Sydney",
            "2027-10-03",
            (2, 30),
            60,
            &[(
                "DTSTART;TZID=Australia/Sydney:20271003T033000",
                "DTEND;TZID=Australia/Sydney:20271003T043000",
            )],
        );
    }

    #[test]
    fn tabs_in_text_survive_export() {
        let mut m = plan("Europe/London", "2027-03-01");
        m.session_mut("s-20270301").unwrap().agenda =
            Some(vec![AgendaItem::new("Review:\tslides\tand notes")]);
        let lines = logical_lines(&session_ics(&m, &goal(), "s-20270301", stamp()).unwrap());
        let desc = lines
            .iter()
            .find(|l| l.starts_with("DESCRIPTION:"))
            .unwrap();
        assert!(desc.ends_with("\\n- Review:\tslides\tand notes"), "{desc}");
    }
}
