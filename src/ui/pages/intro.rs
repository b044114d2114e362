//! The heading and introduction of the pages whose first view starts with them, in one place:
//! each page renders its own from here, and so does the app's loading state for that route
//! (`pending.rs`) while the page's chunk downloads. `index.html` carries the same texts for the
//! screen painted before the wasm arrives; `tests/e2e/load.test.mjs` fails when they drift.

/// A page's heading, its introduction, and what its loading state says below them.
#[derive(PartialEq, Eq)]
pub struct Intro {
    /// The page's level-one heading.
    pub title: &'static str,
    /// The paragraph under it (`class="lede"`).
    pub lede: &'static str,
    /// The loading line shown under both until the page has arrived.
    pub loading: &'static str,
    /// The loading state's class, for the page's rules in main.css that apply to it too.
    pub class: &'static str,
}

/// The goal page on a first visit (no goal yet: `GoalStart`).
pub const GOAL: Intro = Intro {
    title: "Define your goal",
    lede: "Mentorship works best when you arrive with a clear goal. Say what you want to achieve; Trellis coaches it, letter by letter, into a SMART goal — Specific, Measurable, Achievable, Relevant, Time-bound — with milestones a mentor can act on.",
    loading: "Loading the goal coach…",
    class: "page route-pending",
};

/// The mentors page (its heading and introduction do not depend on the state).
pub const MENTORS: Intro = Intro {
    title: "Mentors",
    lede: "Say what you need and what matters most. Trellis ranks mentors on your device and explains every score.",
    loading: "Loading the mentor directory…",
    class: "page route-pending mentors-intro",
};

/// The coordinator's cohort page.
pub const COHORT: Intro = Intro {
    title: "Match a cohort",
    lede: "For coordinators: import your mentors and your mentees, and Trellis pairs everyone at once within each mentor's capacity, with every pair explained. Nothing leaves this browser.",
    loading: "Loading cohort matching…",
    class: "page route-pending",
};

/// The intro a route's first view starts with, if it is one of these pages. `has_goal`: the
/// goal page starts with its intro only before the first goal (then it is the wizard).
pub fn for_path(path: &str, has_goal: bool) -> Option<&'static Intro> {
    match path {
        "/goal" if !has_goal => Some(&GOAL),
        "/mentors" => Some(&MENTORS),
        "/cohort" => Some(&COHORT),
        _ => None,
    }
}
