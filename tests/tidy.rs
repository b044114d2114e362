//! Tidy: the project's invariants, read from the source text. Each rule names the file and line
//! it finds, and each has a test below that shows it firing on a bad sample.
//!
//! Rules (ARCHITECTURE.md, "Invariants", names the rule that enforces each absence):
//! - `clock`: the clock is read only in `src/ui/browser.rs`;
//! - `storage`: localStorage is touched only in `src/ui/storage.rs`;
//! - `inner_html`: no user text is ever rendered as HTML;
//! - `effects`: `Effect::new` only where `EFFECTS` allows it (persistence; the ranked list's
//!   places), every other derived value is a `Memo`;
//! - `one_component`: a component file defines at most one `#[component]` (a page may keep
//!   its own private steps beside it);
//! - `core_pure`: `src/core` imports no UI or browser crate and nothing of `crate::ui`;
//! - `core_direction`: a core folder imports only folders left of it in
//!   time, form, sorting ← goals ← mentors ← sessions ← store ← sharing, flow, cohort;
//! - `ui_direction`: components/common ← components/{goals,mentors,sessions,sharing,cohort} ← pages
//!   ← app; a component folder imports no other feature folder, nothing imports a page but app;
//! - `circle`: no two modules import each other, directly or through others (outside tests);
//! - `timed_test`: no test asserts on elapsed time.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Violation {
    rule: &'static str,
    file: String,
    line: usize,
    text: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: [{}] {}",
            self.file,
            self.line,
            self.rule,
            self.text.trim()
        )
    }
}

/// A source file: its path relative to the repository root (with `/`) and its text.
struct Source {
    path: String,
    text: String,
}

fn v(rule: &'static str, file: &str, line: usize, text: &str) -> Violation {
    Violation {
        rule,
        file: file.to_string(),
        line,
        text: text.to_string(),
    }
}

/// The lines that are code, numbered from 1: comments (`//`, `//!`, `///`) are left out, so a
/// doc line may name what it must not do.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let t = l.trim_start();
        if t.starts_with("//") {
            None
        } else {
            Some((i + 1, l))
        }
    })
}

/// The part of a file before its first `#[cfg(test)]`: the code the app is built from.
fn non_test(text: &str) -> &str {
    match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    }
}

// ---- rules over one file --------------------------------------------------------------------

const CLOCK: &[&str] = &[
    "Date::now",
    "Date::new_0",
    "Utc::now",
    "Local::now",
    "SystemTime",
    "Instant::now",
    ".now()",
];

fn clock(s: &Source) -> Vec<Violation> {
    if !s.path.starts_with("src/") || s.path == "src/ui/browser.rs" {
        return vec![];
    }
    code_lines(&s.text)
        .filter(|(_, l)| CLOCK.iter().any(|p| l.contains(p)))
        .map(|(n, l)| v("clock", &s.path, n, l))
        .collect()
}

fn storage(s: &Source) -> Vec<Violation> {
    if !s.path.starts_with("src/") || s.path == "src/ui/storage.rs" {
        return vec![];
    }
    code_lines(&s.text)
        .filter(|(_, l)| {
            l.contains("LocalStorage") || l.contains("localStorage") || l.contains("local_storage")
        })
        .map(|(n, l)| v("storage", &s.path, n, l))
        .collect()
}

/// The stored state's codec is called only through `ui/storage/codec.rs`: a direct call from
/// anywhere in the UI would pull serde_json's reader and writer of every stored type back into
/// the first chunk of the split build (issue 14).
fn codec(s: &Source) -> Vec<Violation> {
    if !s.path.starts_with("src/ui/") || s.path == "src/ui/storage/codec.rs" {
        return vec![];
    }
    const CALLS: [&str; 6] = [
        "store::decode(",
        "store::encode(",
        "decode_roster(",
        "encode_roster(",
        "merge::merge(",
        "check_writable(",
    ];
    code_lines(non_test(&s.text))
        .filter(|(_, l)| CALLS.iter().any(|c| l.contains(c)))
        .map(|(n, l)| v("codec", &s.path, n, l))
        .collect()
}

fn inner_html(s: &Source) -> Vec<Violation> {
    if !s.path.starts_with("src/") {
        return vec![];
    }
    code_lines(&s.text)
        .filter(|(_, l)| l.contains("inner_html") || l.contains("innerHTML"))
        .map(|(n, l)| v("inner_html", &s.path, n, l))
        .collect()
}

fn one_component(s: &Source) -> Vec<Violation> {
    if !s.path.starts_with("src/ui/components/") {
        return vec![];
    }
    let hits: Vec<_> = code_lines(&s.text)
        .filter(|(_, l)| l.trim() == "#[component]")
        .collect();
    if hits.len() <= 1 {
        return vec![];
    }
    hits[1..]
        .iter()
        .map(|(n, _)| {
            v(
                "one_component",
                &s.path,
                *n,
                "a second #[component] in this file",
            )
        })
        .collect()
}

const UI_CRATES: &[&str] = &[
    "leptos",
    "web_sys",
    "js_sys",
    "gloo",
    "gloo_storage",
    "wasm_bindgen",
];

fn core_pure(s: &Source) -> Vec<Violation> {
    if !s.path.starts_with("src/core/") {
        return vec![];
    }
    let names_ui = |l: &str| {
        l.contains("crate::ui")
            || UI_CRATES.iter().any(|c| {
                l.match_indices(&format!("{c}::")).any(|(i, _)| {
                    l[..i]
                        .chars()
                        .next_back()
                        .is_none_or(|b| !(b.is_alphanumeric() || b == '_'))
                }) || l.trim_start().starts_with(&format!("use {c};"))
            })
    };
    code_lines(&s.text)
        .filter(|(_, l)| names_ui(l))
        .map(|(n, l)| v("core_pure", &s.path, n, l))
        .collect()
}

/// Rank of a core folder (or top-level file) in the direction rule: a folder imports only what
/// has a rank not above its own.
fn core_rank(top: &str) -> Option<u8> {
    Some(match top {
        "time" | "form" | "sorting" => 0,
        "goals" => 1,
        "mentors" => 2,
        "sessions" => 3,
        "store" => 4,
        "sharing" | "flow" | "cohort" => 5,
        _ => return None,
    })
}

/// The first path segment below `src/core/` (a folder, or a file's stem); `None` for mod.rs.
fn core_top(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("src/core/")?;
    let first = rest.split('/').next()?;
    let first = first.strip_suffix(".rs").unwrap_or(first);
    (first != "mod").then_some(first)
}

/// Every path that starts with `prefix` in `text`, with the line it starts on; use-trees with
/// braces are expanded (`crate::ui::components::{a::A, b::{c::C}}` gives `a::A` and `b::c::C`).
fn paths_after(text: &str, prefix: &str) -> Vec<(usize, String)> {
    let code: String = text
        .lines()
        .map(|l| {
            if l.trim_start().starts_with("//") {
                ""
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let line_at = |i: usize| code[..i].matches('\n').count() + 1;
    let mut out = vec![];
    let mut from = 0;
    while let Some(k) = code[from..].find(prefix) {
        let start = from + k;
        from = start + prefix.len();
        // A whole-path start: not `x_crate::` nor `a::crate::`.
        let before = code[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let mut found = vec![];
        use_tree(&code[from..], String::new(), &mut found);
        out.extend(found.into_iter().map(|p| (line_at(start), p)));
    }
    out
}

/// Reads one use-tree at the start of `s` (after a `::`), pushing each full path.
fn use_tree(s: &str, base: String, out: &mut Vec<String>) -> usize {
    let s_trim = s.trim_start();
    let mut i = s.len() - s_trim.len();
    let mut path = base;
    loop {
        let rest = &s[i..];
        if let Some(inner) = rest.strip_prefix('{') {
            i += 1;
            let mut consumed = 0;
            loop {
                let r = &inner[consumed..];
                let r_trim = r.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
                consumed += r.len() - r_trim.len();
                if r_trim.starts_with('}') || r_trim.is_empty() {
                    consumed += 1.min(r_trim.len());
                    break;
                }
                let n = use_tree(&inner[consumed..], path.clone(), out);
                if n == 0 {
                    break;
                }
                consumed += n;
            }
            return i + consumed;
        }
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '#'))
            .unwrap_or(rest.len());
        if end == 0 {
            if !path.is_empty() {
                out.push(path);
            }
            return i;
        }
        let seg = &rest[..end];
        path = if path.is_empty() {
            seg.to_string()
        } else {
            format!("{path}::{seg}")
        };
        i += end;
        if s[i..].starts_with("::") {
            i += 2;
        } else {
            // `as name`, `;`, `,`, `}` or anything else ends this path.
            out.push(path);
            return i;
        }
    }
}

/// The first segment of every `crate::core::…` or `trellis::core::…` path, with its line.
fn core_refs(text: &str) -> Vec<(usize, String)> {
    let mut out = paths_after(text, "crate::core::");
    out.extend(paths_after(text, "trellis::core::"));
    out.into_iter()
        .map(|(n, p)| (n, p.split("::").next().unwrap_or("").to_string()))
        .collect()
}

fn core_direction(s: &Source) -> Vec<Violation> {
    let Some(top) = core_top(&s.path) else {
        return vec![];
    };
    let Some(rank) = core_rank(top) else {
        return vec![v(
            "core_direction",
            &s.path,
            1,
            "a core folder the direction rule does not name",
        )];
    };
    let lines: Vec<&str> = s.text.lines().collect();
    core_refs(&s.text)
        .into_iter()
        .filter(|(_, r)| core_rank(r).is_some_and(|rr| rr > rank))
        .map(|(n, r)| {
            let l = lines.get(n - 1).map(|l| l.trim()).unwrap_or("");
            v(
                "core_direction",
                &s.path,
                n,
                &format!("{top} imports {r}, which lies above it: {l}"),
            )
        })
        .collect()
}

/// The UI's layers in the order of the flow: a file imports only its own folder or a layer
/// below it. `state`, `storage` and `browser` are services every layer uses.
fn ui_rank(folder: &str) -> Option<u8> {
    Some(match folder {
        "services" | "common" => 0,
        "goals" => 1,
        "mentors" => 2,
        "sessions" => 3,
        "sharing" | "cohort" => 4,
        "pages" => 5,
        "app" => 6,
        _ => return None,
    })
}

/// The layer of a UI file, or of a `crate::ui::…` path (given without the prefix).
fn ui_folder(rest: &str) -> String {
    let segs: Vec<&str> = rest.split(['/', ':']).filter(|s| !s.is_empty()).collect();
    match segs.as_slice() {
        ["components", f, ..] if !f.ends_with(".rs") => f.to_string(),
        ["pages", ..] => "pages".into(),
        ["app" | "app.rs" | "mod.rs", ..] => "app".into(),
        _ => "services".into(),
    }
}

fn ui_direction(s: &Source) -> Vec<Violation> {
    let Some(rest) = s.path.strip_prefix("src/ui/") else {
        return vec![];
    };
    let folder = ui_folder(rest);
    let Some(rank) = ui_rank(&folder) else {
        return vec![v(
            "ui_direction",
            &s.path,
            1,
            "a UI folder the direction rule does not name",
        )];
    };
    let lines: Vec<&str> = s.text.lines().collect();
    paths_after(&s.text, "crate::ui::")
        .into_iter()
        .filter_map(|(n, p)| {
            let target = ui_folder(&p);
            let above = ui_rank(&target).is_none_or(|t| t > rank);
            above.then(|| {
                let l = lines.get(n - 1).map(|l| l.trim()).unwrap_or("");
                v(
                    "ui_direction",
                    &s.path,
                    n,
                    &format!("{folder} imports {target}, which is above it: {l}"),
                )
            })
        })
        .collect()
}

fn timed_test(s: &Source) -> Vec<Violation> {
    let is_test = s.path.starts_with("tests/") || s.path.contains("/tests.rs");
    if !is_test {
        return vec![];
    }
    let mut clocks: Vec<String> = vec![];
    let mut out = vec![];
    for (n, l) in code_lines(&s.text) {
        let t = l.trim();
        // `let start = Instant::now();`, `const t0 = performance.now();`
        let reads_clock =
            t.contains("Instant::now()") || t.contains("performance.now()") || t.contains("hrtime");
        if reads_clock
            && let Some(name) = t
                .strip_prefix("let ")
                .or_else(|| t.strip_prefix("const "))
                .map(|r| r.trim_start_matches("mut "))
                .and_then(|r| r.split([' ', '=', ':']).next())
        {
            clocks.push(name.to_string());
        }
        if t.contains("assert") || t.contains("expect(") {
            let timed = t.contains("elapsed")
                || t.contains("Duration::from_")
                || t.contains("performance.now")
                || clocks.iter().any(|c| !c.is_empty() && contains_word(t, c));
            if timed {
                out.push(v("timed_test", &s.path, n, l));
            }
        }
    }
    out
}

fn contains_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + word.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        edge(before) && edge(after)
    })
}

// ---- rules over the whole tree --------------------------------------------------------------

/// Where the app may hold an `Effect::new`, how many, and why. Every derived value is a
/// `Memo`; an effect is allowed only where nothing else can do its job:
/// - persistence: writing the state to storage is a side effect (`ui/state.rs`);
/// - the ranked list's places: the list copies its `rows` memo into each place's signals and
///   the shortlist into one signal, writing only what changed, so a re-ranking reaches only the
///   text that changes (a memo read by the cards would have every binding of every card
///   checked on each change of the app state; BENCHMARKS.md, "Mentors redraw").
const EFFECTS: &[(&str, usize)] = &[("src/ui/state.rs", 1), ("src/ui/pages/mentors.rs", 2)];

/// `Effect::new` only where [`EFFECTS`] allows it, no more often.
fn effects(sources: &[Source]) -> Vec<Violation> {
    let mut out = Vec::new();
    for s in sources.iter().filter(|s| s.path.starts_with("src/")) {
        let hits: Vec<(usize, &str)> = code_lines(&s.text)
            .filter(|(_, l)| l.contains("Effect::new"))
            .collect();
        let allowed = EFFECTS
            .iter()
            .find(|(f, _)| *f == s.path)
            .map_or(0, |(_, n)| *n);
        if hits.len() <= allowed {
            continue;
        }
        let count = hits.len();
        for (n, l) in hits {
            out.push(v(
                "effects",
                &s.path,
                n,
                &format!("{count} Effect::new here, {allowed} allowed: {l}"),
            ));
        }
    }
    out
}

/// The module a file defines, as a `::` path below `src/` (`core::mentors::scoring`).
fn module_of(path: &str) -> Option<String> {
    let rest = path.strip_prefix("src/")?.strip_suffix(".rs")?;
    let rest = rest.strip_suffix("/mod").unwrap_or(rest);
    Some(rest.replace('/', "::"))
}

/// Import circles among the app's modules (code before `#[cfg(test)]`, `tests.rs` left out).
fn circles(sources: &[Source]) -> Vec<Violation> {
    let modules: BTreeSet<String> = sources
        .iter()
        .filter(|s| s.path.starts_with("src/") && !s.path.ends_with("/tests.rs"))
        .filter_map(|s| module_of(&s.path))
        .collect();
    // Resolve `a::b::c::Item` to the longest known module prefix.
    let resolve = |p: &str| -> Option<String> {
        let parts: Vec<&str> = p.split("::").collect();
        (1..=parts.len())
            .rev()
            .map(|k| parts[..k].join("::"))
            .find(|m| modules.contains(m))
    };
    let mut edges: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut file_of: BTreeMap<String, String> = BTreeMap::new();
    for s in sources {
        if !s.path.starts_with("src/") || s.path.ends_with("/tests.rs") {
            continue;
        }
        let Some(me) = module_of(&s.path) else {
            continue;
        };
        file_of.insert(me.clone(), s.path.clone());
        let parent = me
            .rsplit_once("::")
            .map(|(p, _)| p.to_string())
            .unwrap_or_default();
        let code = non_test(&s.text);
        let mut named = paths_after(code, "crate::");
        named.extend(
            paths_after(code, "super::")
                .into_iter()
                .map(|(n, p)| (n, format!("{parent}::{p}"))),
        );
        for (n, full) in named {
            if let Some(m) = resolve(&full) {
                let is_ancestor = me.starts_with(&format!("{m}::"));
                if m != me && !is_ancestor {
                    edges.entry(me.clone()).or_default().entry(m).or_insert(n);
                }
            }
        }
    }
    // A module is in a circle when it can reach itself.
    let mut out = vec![];
    let mut reported: BTreeSet<BTreeSet<String>> = BTreeSet::new();
    for start in edges.keys() {
        // Depth-first search for a path back to `start`.
        let mut stack: Vec<(String, Vec<String>)> = vec![(start.clone(), vec![start.clone()])];
        let mut seen: BTreeSet<String> = BTreeSet::new();
        while let Some((node, path)) = stack.pop() {
            for next in edges
                .get(&node)
                .map(|e| e.keys().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
            {
                if &next == start {
                    let ring: BTreeSet<String> = path.iter().cloned().collect();
                    if reported.insert(ring) {
                        // The line of the circle's first import, in the file of `start`.
                        let line = edges[start][&path[1]];
                        let mut shown = path.clone();
                        shown.push(start.clone());
                        out.push(v(
                            "circle",
                            file_of.get(start).map(String::as_str).unwrap_or(start),
                            line,
                            &shown.join(" → "),
                        ));
                    }
                } else if seen.insert(next.clone()) {
                    let mut p = path.clone();
                    p.push(next.clone());
                    stack.push((next, p));
                }
            }
        }
    }
    out
}

fn check_all(sources: &[Source]) -> Vec<Violation> {
    let per_file: [fn(&Source) -> Vec<Violation>; 9] = [
        clock,
        storage,
        codec,
        inner_html,
        one_component,
        core_pure,
        core_direction,
        ui_direction,
        timed_test,
    ];
    let mut out: Vec<Violation> = sources
        .iter()
        .flat_map(|s| per_file.iter().flat_map(|r| r(s)))
        .collect();
    out.extend(effects(sources));
    out.extend(circles(sources));
    out.sort();
    // A brace list names one line several times.
    out.dedup_by(|a, b| a.rule == b.rule && a.file == b.file && a.line == b.line);
    out
}

// ---- the real tree --------------------------------------------------------------------------

fn walk(root: &Path, dir: &Path, out: &mut Vec<Source>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(root, &p, out);
        } else if matches!(p.extension().and_then(|e| e.to_str()), Some("rs" | "mjs")) {
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            // This file's samples break every rule on purpose.
            if rel == "tests/tidy.rs" {
                continue;
            }
            if let Ok(text) = fs::read_to_string(&p) {
                out.push(Source { path: rel, text });
            }
        }
    }
}

fn tree() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![];
    for d in ["src", "tests", "benches", "examples"] {
        walk(root, &root.join(d), &mut out);
    }
    out
}

#[test]
fn the_tree_keeps_every_rule() {
    let sources = tree();
    assert!(
        sources.iter().any(|s| s.path == "src/ui/storage.rs"),
        "the walk found the source"
    );
    let found = check_all(&sources);
    let text: Vec<String> = found.iter().map(|x| x.to_string()).collect();
    assert!(
        found.is_empty(),
        "{} tidy problems:\n{}",
        found.len(),
        text.join("\n")
    );
}

// ---- each rule fires on a bad sample --------------------------------------------------------

fn src(path: &str, text: &str) -> Source {
    Source {
        path: path.to_string(),
        text: text.to_string(),
    }
}

/// `(sample files, the rules expected to fire, with file and line)`.
fn check(files: &[(&str, &str)], expected: &[(&str, &str, usize)]) {
    let sources: Vec<Source> = files.iter().map(|(p, t)| src(p, t)).collect();
    let got: Vec<(&str, String, usize)> = check_all(&sources)
        .into_iter()
        .map(|x| (x.rule, x.file, x.line))
        .collect();
    let want: Vec<(&str, String, usize)> = expected
        .iter()
        .map(|(r, f, l)| (*r, f.to_string(), *l))
        .collect();
    assert_eq!(
        got,
        want,
        "for {:?}",
        files.iter().map(|f| f.0).collect::<Vec<_>>()
    );
}

#[test]
fn each_rule_fires_on_a_bad_sample() {
    // clock: read outside ui/browser.rs, fine inside it and in a comment.
    check(
        &[
            (
                "src/ui/pages/plan.rs",
                "fn f() {\n    let t = js_sys::Date::now();\n}\n",
            ),
            (
                "src/ui/browser.rs",
                "pub fn now() -> f64 { js_sys::Date::now() }\n",
            ),
            (
                "src/core/flow.rs",
                "/// never Utc::now()\nfn g() { let _ = chrono::Utc::now(); }\n",
            ),
        ],
        &[
            ("clock", "src/core/flow.rs", 2),
            ("clock", "src/ui/pages/plan.rs", 2),
        ],
    );
    // storage: only ui/storage.rs.
    check(
        &[
            ("src/ui/state.rs", "use gloo_storage::LocalStorage;\n"),
            ("src/ui/storage.rs", "use gloo_storage::LocalStorage;\n"),
        ],
        &[("storage", "src/ui/state.rs", 1)],
    );
    // codec: only through ui/storage/codec.rs (its table's fields are fine elsewhere).
    check(
        &[
            (
                "src/ui/storage.rs",
                "fn f() {\n    let e = crate::core::store::decode(&raw);\n    (c.decode)(&raw);\n}\n",
            ),
            (
                "src/ui/storage/codec.rs",
                "static C: Codec = Codec { merge: merge::merge };\nfn g() { merge::merge(&a, &b, &c); }\n",
            ),
        ],
        &[("codec", "src/ui/storage.rs", 2)],
    );
    // inner_html anywhere.
    check(
        &[(
            "src/ui/components/common/nav.rs",
            "view! { <p inner_html=text/> }\n",
        )],
        &[("inner_html", "src/ui/components/common/nav.rs", 1)],
    );
    // effects only where allowed: one more in an allowed file, or any in another file.
    check(
        &[
            (
                "src/ui/state.rs",
                "Effect::new(move |_| save());\nEffect::new(move |_| again());\n",
            ),
            (
                "src/ui/pages/goal.rs",
                "\n\nEffect::new(move |_| other());\n",
            ),
            (
                "src/ui/pages/mentors.rs",
                "Effect::new(move |_| a());\nEffect::new(move |_| b());\n",
            ),
        ],
        &[
            ("effects", "src/ui/pages/goal.rs", 3),
            ("effects", "src/ui/state.rs", 1),
            ("effects", "src/ui/state.rs", 2),
        ],
    );
    // one component a file.
    check(
        &[(
            "src/ui/components/common/footer.rs",
            "#[component]\npub fn A() {}\n#[component]\npub fn B() {}\n",
        )],
        &[("one_component", "src/ui/components/common/footer.rs", 3)],
    );
    // core imports no UI.
    check(
        &[
            ("src/core/goals/goal.rs", "use leptos::prelude::*;\n"),
            (
                "src/core/time/tz.rs",
                "fn f() { crate::ui::browser::today(); }\n",
            ),
        ],
        &[
            ("core_pure", "src/core/goals/goal.rs", 1),
            ("core_pure", "src/core/time/tz.rs", 1),
        ],
    );
    // a core folder imports a folder above it; left and same are fine.
    check(
        &[
            (
                "src/core/time/tz.rs",
                "use crate::core::sessions::schedule::Nth;\n",
            ),
            (
                "src/core/goals/smart.rs",
                "use crate::core::time::tz;\nuse crate::core::goals::goal;\n",
            ),
            (
                "src/core/sorting.rs",
                "\nuse crate::core::store::AppState;\n",
            ),
        ],
        &[
            ("core_direction", "src/core/sorting.rs", 2),
            ("core_direction", "src/core/time/tz.rs", 1),
        ],
    );
    // UI: a component importing a page, a folder importing one later in the flow, common
    // importing a feature folder (brace lists too); a page importing components is fine, and so
    // is sharing importing goals.
    check(
        &[
            (
                "src/ui/components/mentors/mentor_card.rs",
                "use crate::ui::pages::mentors::Matching;\n",
            ),
            (
                "src/ui/components/mentors/needs_form.rs",
                "use crate::ui::components::{\n    common::x::X,\n    sessions::y::Y,\n};\n",
            ),
            (
                "src/ui/components/sharing/share_dialog.rs",
                "use crate::ui::components::goals::goal_summary::GoalSummary;\n",
            ),
            (
                "src/ui/components/common/nav.rs",
                "use crate::ui::components::goals::x::X;\n",
            ),
            (
                "src/ui/pages/goal.rs",
                "use crate::ui::components::goals::x::X;\nuse crate::ui::state::AppCtx;\n",
            ),
        ],
        &[
            ("ui_direction", "src/ui/components/common/nav.rs", 1),
            (
                "ui_direction",
                "src/ui/components/mentors/mentor_card.rs",
                1,
            ),
            ("ui_direction", "src/ui/components/mentors/needs_form.rs", 1),
        ],
    );
    // a circle: a → b → a (core modules of one folder, so only the circle rule fires).
    check(
        &[
            ("src/core/mentors/a.rs", "use crate::core::mentors::b::B;\n"),
            ("src/core/mentors/b.rs", "fn f() { super::a::A; }\n"),
        ],
        &[("circle", "src/core/mentors/a.rs", 1)],
    );
    // a test that asserts on elapsed time, in Rust and in an e2e file.
    check(
        &[
            (
                "tests/smart_cases.rs",
                "let mut start = Instant::now();\nrun();\nassert!(start.elapsed() < Duration::from_secs(2));\nassert!(ms(start) < 5);\n",
            ),
            (
                "tests/e2e/x.test.mjs",
                "const t0 = performance.now();\nawait go();\nassert.ok(performance.now() - t0 < 100);\n",
            ),
            ("tests/ok.rs", "let start = 3;\nassert_eq!(start, 3);\n"),
        ],
        &[
            ("timed_test", "tests/e2e/x.test.mjs", 3),
            ("timed_test", "tests/smart_cases.rs", 3),
            ("timed_test", "tests/smart_cases.rs", 4),
        ],
    );
}
