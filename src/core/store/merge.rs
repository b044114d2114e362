//! Three-way merge of two tabs' states: what this tab last read or wrote (`base`), what it
//! holds now (`ours`), and what another tab saved since (`theirs`).
//!
//! Goals are matched by id, and inside a goal every object field by name and every list of
//! items with an id (sessions, action items, shortlist entries by mentor id) by that id, so
//! edits of different things in two tabs both survive. Where both tabs changed the same thing
//! to different values nothing is dropped: for a goal, this tab's version stays under its id
//! and the other tab's whole version is added as a second goal; for the profile or the
//! roster, this tab's value stays and the [`Conflict`] names the other tab's value for the
//! user. A goal removed in one tab and edited in the other is kept (edited), and said so.

use serde::{Serialize, de::DeserializeOwned};

use super::{AppState, GoalEntry};

mod tree;
use tree::Node;

/// Something both tabs changed, for the notice shown to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// The same goal changed in both tabs: this tab's version kept, the other tab's added as
    /// the goal `copy_id`. `fields` names what both changed.
    Goal {
        statement: String,
        copy_id: String,
        fields: Vec<String>,
    },
    /// A goal (or an item in it) removed in one tab and edited in the other: kept, edited.
    KeptEdited { statement: String },
    /// A profile field changed in both tabs: this tab's value kept; `theirs` is the other's.
    Field { field: String, theirs: String },
    /// Both tabs imported a different roster: this tab's kept.
    Roster { theirs_file: String },
}

fn label(statement: &str) -> String {
    let s = statement.trim();
    if s.is_empty() {
        "a goal not written yet".to_string()
    } else {
        format!("“{s}”")
    }
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Conflict::Goal {
                statement, fields, ..
            } => write!(
                f,
                "The goal {} was changed in this tab and in another tab at the same time ({}). Both versions are kept: the other tab's is now a second goal with the same name.",
                label(statement),
                fields.join(", ")
            ),
            Conflict::KeptEdited { statement } => write!(
                f,
                "Something in the goal {} was removed in one tab while it was edited in another; the edited version is kept.",
                label(statement)
            ),
            Conflict::Field { field, theirs } => write!(
                f,
                "Your {field} was changed in two tabs at the same time; this tab's is kept. The other tab had: {theirs}"
            ),
            Conflict::Roster { theirs_file } => write!(
                f,
                "Another tab imported a different roster (“{theirs_file}”) at the same time; this tab's roster is kept."
            ),
        }
    }
}

/// The merged state and what both tabs changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub state: AppState,
    pub conflicts: Vec<Conflict>,
}

/// The JSON text of a stored value, as the save path writes it.
fn text<T: Serialize>(t: &T) -> String {
    serde_json::to_string(t).unwrap_or_else(|_| "null".into())
}

/// The key of a list item: its `id`, or a shortlist entry's `mentor_id`.
fn key<'n>(v: &'n Node<'_>) -> Option<&'n str> {
    v.get("id")
        .or_else(|| v.get("mentor_id"))
        .and_then(Node::as_raw_str)
}

/// A list whose items all have distinct keys.
fn keyed(list: &[Node]) -> bool {
    let mut seen: Vec<&str> = Vec::with_capacity(list.len());
    for v in list {
        match key(v) {
            Some(k) if !seen.contains(&k) => seen.push(k),
            _ => return false,
        }
    }
    true
}

fn find<'n, 'a>(list: Option<&'n [Node<'a>]>, k: &str) -> Option<&'n Node<'a>> {
    list?.iter().find(|v| key(v) == Some(k))
}

/// Merges one JSON value; `None` is "absent". Pushes the paths both sides changed.
fn merge_value<'a>(
    base: Option<&Node<'a>>,
    ours: Option<&Node<'a>>,
    theirs: Option<&Node<'a>>,
    path: &str,
    conflicts: &mut Vec<String>,
) -> Option<Node<'a>> {
    if ours == theirs || theirs == base {
        return ours.cloned();
    }
    if ours == base {
        return theirs.cloned();
    }
    match (ours, theirs) {
        (Some(o @ Node::Obj(om)), Some(t @ Node::Obj(tm))) => {
            let b = base.filter(|b| matches!(b, Node::Obj(_)));
            let mut out = Vec::with_capacity(om.len().max(tm.len()));
            let theirs_only = tm.iter().filter(|(k, _)| o.get(k).is_none());
            for (k, _) in om.iter().chain(theirs_only) {
                let name = Node::unescape(k);
                let sub = if path.is_empty() {
                    name.into_owned()
                } else {
                    format!("{path}.{name}")
                };
                let merged = merge_value(
                    b.and_then(|b| b.get(k)),
                    o.get(k),
                    t.get(k),
                    &sub,
                    conflicts,
                );
                if let Some(v) = merged {
                    out.push((*k, v));
                }
            }
            Some(Node::object(out))
        }
        (Some(Node::Arr(o)), Some(Node::Arr(t)))
            if keyed(o)
                && keyed(t)
                && base.is_none_or(|b| matches!(b, Node::Arr(b) if keyed(b))) =>
        {
            let b = match base {
                Some(Node::Arr(b)) => Some(b.as_slice()),
                _ => None,
            };
            Some(Node::Arr(merge_list(b, o, t, path, conflicts)))
        }
        _ => {
            conflicts.push(path.to_string());
            ours.cloned()
        }
    }
}

/// Merges lists of keyed items: this side's order, then items new on the other side.
fn merge_list<'a>(
    base: Option<&[Node<'a>]>,
    ours: &[Node<'a>],
    theirs: &[Node<'a>],
    path: &str,
    conflicts: &mut Vec<String>,
) -> Vec<Node<'a>> {
    let mut out = Vec::with_capacity(ours.len().max(theirs.len()));
    for o in ours {
        let k = key(o).unwrap_or_default();
        let sub = format!("{path}[{}]", Node::unescape(k));
        match (find(base, k), find(Some(theirs), k)) {
            (b, Some(t)) => out.extend(merge_value(b, Some(o), Some(t), &sub, conflicts)),
            (Some(b), None) if b == o => {} // removed there, untouched here
            (Some(_), None) => {
                conflicts.push(format!("{sub} (removed in the other tab)"));
                out.push(o.clone());
            }
            (None, None) => out.push(o.clone()),
        }
    }
    for t in theirs {
        let k = key(t).unwrap_or_default();
        if find(Some(ours), k).is_some() {
            continue;
        }
        match find(base, k) {
            Some(b) if b == t => {} // removed here, untouched there
            Some(_) => {
                conflicts.push(format!(
                    "{path}[{}] (removed in this tab)",
                    Node::unescape(k)
                ));
                out.push(t.clone());
            }
            None => out.push(t.clone()),
        }
    }
    out
}

/// Field-wise merge of a whole value of type `T` (falls back to `ours` if the merged JSON
/// does not read back, which would be a bug).
fn merge_typed<T: Serialize + DeserializeOwned + Clone + PartialEq>(
    base: Option<&T>,
    ours: &T,
    theirs: &T,
    conflicts: &mut Vec<String>,
) -> T {
    if ours == theirs || Some(theirs) == base {
        return ours.clone();
    }
    if Some(ours) == base {
        return theirs.clone();
    }
    let (b, o, t) = (base.map(text), text(ours), text(theirs));
    let b = match b.as_deref().map(tree::parse) {
        Some(None) => return ours.clone(),
        b => b.flatten(),
    };
    let (Some(o), Some(t)) = (tree::parse(&o), tree::parse(&t)) else {
        return ours.clone();
    };
    let Some(merged) = merge_value(b.as_ref(), Some(&o), Some(&t), "", conflicts) else {
        return ours.clone();
    };
    let mut out = String::new();
    merged.write(&mut out);
    serde_json::from_str(&out).unwrap_or_else(|_| ours.clone())
}

/// The goal fields named in a conflict, for people: `draft.statement` → `statement`.
fn field_names(paths: &[String]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for p in paths {
        let top = p.split(['.', '[', ' ']).collect::<Vec<_>>();
        let name = match top.as_slice() {
            ["draft", f, ..] => f.replace('_', " "),
            [f, ..] => f.replace('_', " "),
            [] => continue,
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// A value for people: a string's text, "(nothing)" for `null`, otherwise its JSON.
fn text_of(v: &Node) -> String {
    match v {
        Node::Str(raw) => Node::unescape(raw).into_owned(),
        v if v.is_null() => "(nothing)".into(),
        other => {
            let mut out = String::new();
            other.write(&mut out);
            out
        }
    }
}

/// The other tab's value at a conflict's path (`a.b`), for people.
fn field_text(theirs: &Node, path: &str) -> String {
    path.split('.')
        .try_fold(theirs, |v, k| v.get(k))
        .map(text_of)
        .unwrap_or_else(|| "(nothing)".into())
}

/// Equal but for the wizard step (where a tab is looking, not an edit).
fn same_but_step(a: &GoalEntry, b: &GoalEntry) -> bool {
    *a == GoalEntry {
        step: a.step,
        ..b.clone()
    }
}

/// Merges `ours` and `theirs`, both descended from `base`. Merging with no change on one side
/// gives the other side exactly.
pub fn merge(base: &AppState, ours: &AppState, theirs: &AppState) -> Merged {
    let mut conflicts = Vec::new();
    let mut goals: Vec<GoalEntry> = Vec::new();
    // Goals that need a fresh id (the other tab's version of a goal both changed, or a goal
    // both tabs added under the same id), with the conflict to report.
    type Copy = (GoalEntry, Option<(String, Vec<String>)>);
    let mut copies: Vec<Copy> = Vec::new();
    let in_base = |id: &str| base.goals.iter().find(|g| g.id == id);
    for o in &ours.goals {
        let t = theirs.goals.iter().find(|g| g.id == o.id);
        match (in_base(&o.id), t) {
            (_, Some(t)) if t == o => goals.push(o.clone()),
            (Some(b), Some(t)) => {
                // The wizard step is where each tab is looking, not data: this tab's stays.
                let t = &GoalEntry {
                    step: o.step,
                    ..t.clone()
                };
                let mut paths = Vec::new();
                let merged = merge_typed(Some(b), o, t, &mut paths);
                if paths.is_empty() {
                    goals.push(merged);
                } else if paths.iter().all(|p| p.ends_with("tab)")) {
                    // Only removed-versus-edited items: kept edited, nothing to copy.
                    conflicts.push(Conflict::KeptEdited {
                        statement: merged.draft.statement.clone(),
                    });
                    goals.push(merged);
                } else {
                    let statement = o.draft.statement.clone();
                    goals.push(merged);
                    copies.push((t.clone(), Some((statement, field_names(&paths)))));
                }
            }
            (None, Some(t)) => {
                // Both tabs added a goal under the same new id: keep both.
                goals.push(o.clone());
                copies.push((t.clone(), None));
            }
            (Some(b), None) if same_but_step(b, o) => {} // removed there, untouched here
            (Some(_), None) => {
                conflicts.push(Conflict::KeptEdited {
                    statement: o.draft.statement.clone(),
                });
                goals.push(o.clone());
            }
            (None, None) => goals.push(o.clone()),
        }
    }
    for t in &theirs.goals {
        if ours.goals.iter().any(|g| g.id == t.id) {
            continue;
        }
        match in_base(&t.id) {
            Some(b) if same_but_step(b, t) => {} // removed here, untouched there
            Some(_) => {
                conflicts.push(Conflict::KeptEdited {
                    statement: t.draft.statement.clone(),
                });
                goals.push(t.clone());
            }
            None => goals.push(t.clone()),
        }
    }
    let mut state = AppState {
        goals,
        ..AppState::default()
    };
    for (mut copy, conflict) in copies {
        copy.id = state.next_goal_id();
        if let Some((statement, fields)) = conflict {
            conflicts.push(Conflict::Goal {
                statement,
                copy_id: copy.id.clone(),
                fields,
            });
        }
        state.goals.push(copy);
    }

    // The profile, field by field.
    let mut paths = Vec::new();
    state.needs = merge_typed(Some(&base.needs), &ours.needs, &theirs.needs, &mut paths);
    if !paths.is_empty() {
        let theirs_text = text(&theirs.needs);
        let theirs_v = tree::parse(&theirs_text).unwrap_or(Node::Atom("null"));
        for p in paths {
            conflicts.push(Conflict::Field {
                field: p.split(['.', '[']).next().unwrap_or(&p).replace('_', " "),
                theirs: field_text(&theirs_v, &p),
            });
        }
    }

    // A mentor's copies of mentees' plans, copy by copy (by id); where both tabs changed one
    // copy (its notes), this tab's stays.
    let mut mentoring_paths = Vec::new();
    state.mentoring = merge_typed(
        Some(&base.mentoring),
        &ours.mentoring,
        &theirs.mentoring,
        &mut mentoring_paths,
    );
    if !mentoring_paths.is_empty() {
        conflicts.push(Conflict::Field {
            field: "notes on a plan you mentor".into(),
            theirs: "(kept this tab's)".into(),
        });
    }

    // The roster as a whole (it is large, and never edited piecemeal).
    state.roster = if ours.roster == theirs.roster || theirs.roster == base.roster {
        ours.roster.clone()
    } else if ours.roster == base.roster {
        theirs.roster.clone()
    } else {
        conflicts.push(Conflict::Roster {
            theirs_file: theirs
                .roster
                .as_ref()
                .map_or_else(|| "none".into(), |r| r.file_name.clone()),
        });
        ours.roster.clone()
    };

    // Settings: the side that changed wins; if both did, this tab's.
    fn pick<T: PartialEq + Clone>(b: &T, o: &T, t: &T) -> T {
        if o == b { t.clone() } else { o.clone() }
    }
    state.use_roster = pick(&base.use_roster, &ours.use_roster, &theirs.use_roster);
    state.active_goal = pick(&base.active_goal, &ours.active_goal, &theirs.active_goal);
    if state.active().is_none() {
        state.active_goal = None;
    }
    Merged { state, conflicts }
}

#[cfg(test)]
mod tests;
