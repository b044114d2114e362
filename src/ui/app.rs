//! The app shell: router, header navigation, phone tab bar, footer and the storage notice.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::components::{
    common::footer::Footer, common::nav::Nav, common::save_banner::SaveBanner,
    common::skip_link::SkipLink, common::storage_notice::StorageNotice,
    common::tab_notice::TabNotice,
};
use super::pages::{not_found::NotFound, plan::PlanPage, shared::SharedPage};
use super::state::AppCtx;

/// The root component: loads state, provides it, and lays out every route.
#[component]
pub fn App() -> impl IntoView {
    AppCtx::provide();
    view! {
        <Router>
            <SkipLink/>
            <header class="app-header">
                <a href="/" class="brand" aria-label="Trellis home">
                    <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true">
                        <path d="M4 20V8M12 20V4M20 20V8M4 12h16M4 16h16" />
                    </svg>
                    <span>"Trellis"</span>
                </a>
                <Nav/>
            </header>
            <SaveBanner/>
            <StorageNotice/>
            <TabNotice/>
            <main id="main" tabindex="-1" class="app-main">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=PlanPage/>
                    <Route path=path!("/goal") view=lazy::goal()/>
                    <Route path=path!("/mentors") view=lazy::mentors()/>
                    <Route path=path!("/sessions") view=lazy::sessions()/>
                    <Route path=path!("/shared") view=SharedPage/>
                    <Route path=path!("/data") view=lazy::data()/>
                    <Route path=path!("/cohort") view=lazy::cohort()/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// The pages a first visit to "/" or "/shared#…" does not show. In the split release build
/// (`--cfg trellis_split`, set by scripts/env.sh's `release_bundle` unless `TRELLIS_SPLIT=0`)
/// each is a lazy chunk loaded by wasm-split; in every other build (tests, `trunk serve`, the
/// single-bundle fallback) they are plain components. One impl per page, written out: the
/// `lazy_route` macro names its split point after the line it is written on.
mod lazy {
    #[cfg(trellis_split)]
    use leptos::prelude::*;
    use leptos_router::ChooseView;

    use crate::ui::pages::{
        cohort::CohortPage, data::DataPage, goal::GoalPage, mentors::MentorsPage,
        sessions::SessionsPage,
    };

    #[cfg(trellis_split)]
    use leptos_router::{Lazy, LazyRoute, lazy_route};

    /// The goal wizard's route.
    #[cfg(trellis_split)]
    pub struct GoalRoute;
    #[cfg(trellis_split)]
    #[lazy_route]
    impl LazyRoute for GoalRoute {
        fn data() -> Self {
            GoalRoute
        }
        fn view(_this: Self) -> AnyView {
            view! { <GoalPage/> }.into_any()
        }
    }

    /// The mentors page's route (directory, scoring, roster import).
    #[cfg(trellis_split)]
    pub struct MentorsRoute;
    #[cfg(trellis_split)]
    #[lazy_route]
    impl LazyRoute for MentorsRoute {
        fn data() -> Self {
            MentorsRoute
        }
        fn view(_this: Self) -> AnyView {
            view! { <MentorsPage/> }.into_any()
        }
    }

    /// The sessions page's route (agreement, schedule, .ics).
    #[cfg(trellis_split)]
    pub struct SessionsRoute;
    #[cfg(trellis_split)]
    #[lazy_route]
    impl LazyRoute for SessionsRoute {
        fn data() -> Self {
            SessionsRoute
        }
        fn view(_this: Self) -> AnyView {
            view! { <SessionsPage/> }.into_any()
        }
    }

    /// The data page's route (export, backup import, delete).
    #[cfg(trellis_split)]
    pub struct DataRoute;
    #[cfg(trellis_split)]
    #[lazy_route]
    impl LazyRoute for DataRoute {
        fn data() -> Self {
            DataRoute
        }
        fn view(_this: Self) -> AnyView {
            view! { <DataPage/> }.into_any()
        }
    }

    /// The coordinator's cohort page (mentee roster, matching a whole cohort).
    #[cfg(trellis_split)]
    pub struct CohortRoute;
    #[cfg(trellis_split)]
    #[lazy_route]
    impl LazyRoute for CohortRoute {
        fn data() -> Self {
            CohortRoute
        }
        fn view(_this: Self) -> AnyView {
            view! { <CohortPage/> }.into_any()
        }
    }

    /// The goal wizard.
    pub fn goal() -> impl ChooseView {
        #[cfg(trellis_split)]
        return Lazy::<GoalRoute>::new();
        #[cfg(not(trellis_split))]
        GoalPage
    }

    /// The mentors page.
    pub fn mentors() -> impl ChooseView {
        #[cfg(trellis_split)]
        return Lazy::<MentorsRoute>::new();
        #[cfg(not(trellis_split))]
        MentorsPage
    }

    /// The sessions page.
    pub fn sessions() -> impl ChooseView {
        #[cfg(trellis_split)]
        return Lazy::<SessionsRoute>::new();
        #[cfg(not(trellis_split))]
        SessionsPage
    }

    /// The data page.
    pub fn data() -> impl ChooseView {
        #[cfg(trellis_split)]
        return Lazy::<DataRoute>::new();
        #[cfg(not(trellis_split))]
        DataPage
    }

    /// The cohort page.
    pub fn cohort() -> impl ChooseView {
        #[cfg(trellis_split)]
        return Lazy::<CohortRoute>::new();
        #[cfg(not(trellis_split))]
        CohortPage
    }
}
