//! The main navigation between the routes.

use leptos::prelude::*;
use leptos_router::components::A;

/// Primary navigation: a top bar on wide screens, a bottom tab bar on phones (same links,
/// placed by CSS). The current page is marked with `aria-current="page"` by the router.
#[component]
pub fn Nav() -> impl IntoView {
    view! {
        <nav class="app-nav" aria-label="Main">
            <ul>
                {DESTS
                    .iter()
                    .map(|d| {
                        view! {
                            <li class=(!d.phone).then_some("nav-wide-only")>
                                <A href=d.href exact=true>
                                    <svg viewBox="0 0 24 24" aria-hidden="true" class="nav-icon">
                                        <path d=d.icon />
                                    </svg>
                                    <span>{d.label}</span>
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// One navigation destination.
struct Dest {
    href: &'static str,
    label: &'static str,
    /// SVG path data for the tab-bar icon (24×24 stroke icon).
    icon: &'static str,
    /// Also in the phone tab bar (five fit at 375 px); the others show on wide screens, and
    /// phones reach them from the pages that lead there.
    phone: bool,
}

const DESTS: [Dest; 6] = [
    Dest {
        href: "/",
        label: "Plan",
        icon: "M4 5h16M4 12h16M4 19h10",
        phone: true,
    },
    Dest {
        href: "/goal",
        label: "Goal",
        icon: "M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8z",
        phone: true,
    },
    Dest {
        href: "/mentors",
        label: "Mentors",
        icon: "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21c0-4 3-7 7-7s7 3 7 7M17 11a3 3 0 1 0 0-6M22 21c0-3-2-5.5-5-6",
        phone: true,
    },
    Dest {
        href: "/sessions",
        label: "Sessions",
        icon: "M4 6h16v14H4zM4 10h16M9 3v5M15 3v5",
        phone: true,
    },
    Dest {
        href: "/data",
        label: "Data",
        icon: "M12 3v11M7 9l5 5 5-5M5 20h14",
        phone: true,
    },
    Dest {
        href: "/cohort",
        label: "Cohort",
        icon: "M7 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM17 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 15c0-3 2-5 5-5s5 2 5 5M12 15c0-3 2-5 5-5s5 2 5 5",
        phone: false,
    },
];
