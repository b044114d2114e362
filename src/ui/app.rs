//! The app shell: router, header navigation, phone tab bar, footer and the storage notice.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::components::{common::footer::Footer, common::nav::Nav, common::skip_link::SkipLink};
use super::pages::{not_found::NotFound, pending::RoutePending, plan::PlanPage};
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
            {lazy::save_banner()}
            {lazy::storage_notice()}
            {lazy::tab_notice()}
            <main id="main" tabindex="-1" class="app-main">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=PlanPage/>
                    <Route path=path!("/goal") view=lazy::goal()/>
                    <Route path=path!("/mentors") view=lazy::mentors()/>
                    <Route path=path!("/sessions") view=lazy::sessions()/>
                    <Route path=path!("/shared") view=lazy::shared()/>
                    <Route path=path!("/data") view=lazy::data()/>
                    <Route path=path!("/cohort") view=lazy::cohort()/>
                </Routes>
                // Shown only while the route has rendered nothing (style/main.css,
                // `:only-child`): a deep link whose page chunk is still loading, or failed to.
                <RoutePending/>
            </main>
            <Footer/>
        </Router>
    }
}

/// The pages a first visit to "/" does not show, and the notices that only appear on a
/// fault. In the split release build (`--cfg trellis_split`, set by scripts/env.sh's
/// `release_bundle` unless `TRELLIS_SPLIT=0`) each is a lazy chunk loaded by wasm-split (a
/// notice only once its condition holds, see `Deferred`); in every other build (tests,
/// `trunk serve`, the single-bundle fallback) they are plain components. One impl per page,
/// written out: the `lazy_route` macro names its split point after the line it is written on.
/// "/shared#…" loads the main chunk and the shared page's chunk.
mod lazy {
    use leptos::prelude::*;
    use leptos_router::ChooseView;

    use crate::ui::components::common::{
        save_banner::SaveBanner, storage_notice::StorageNotice, tab_notice::TabNotice,
    };
    #[cfg(trellis_split)]
    use crate::ui::{components::common::deferred::Deferred, state::AppCtx, storage};

    use crate::ui::pages::{
        cohort::CohortPage, data::DataPage, goal::GoalPage, mentors::MentorsPage,
        sessions::SessionsPage, shared::SharedPage,
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

    /// The shared-plan route (a plan opened from a link: decoder, read-only view, save).
    #[cfg(trellis_split)]
    pub struct SharedRoute;
    #[cfg(trellis_split)]
    #[lazy_route]
    impl LazyRoute for SharedRoute {
        fn data() -> Self {
            SharedRoute
        }
        fn view(_this: Self) -> AnyView {
            view! { <SharedPage/> }.into_any()
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

    /// A plan opened from a shared link.
    pub fn shared() -> impl ChooseView {
        #[cfg(trellis_split)]
        return Lazy::<SharedRoute>::new();
        #[cfg(not(trellis_split))]
        SharedPage
    }

    /// The banner for data that is not being kept (blocked storage, read-only, a refused write).
    pub fn save_banner() -> impl IntoView {
        #[cfg(trellis_split)]
        {
            let ctx = AppCtx::use_ctx();
            let when = Signal::derive(move || {
                ctx.storage_mode.get() != storage::Mode::Normal
                    || ctx.save_error.with(Option::is_some)
            });
            view! { <Deferred when=when load=|| Box::pin(save_banner_chunk())/> }
        }
        #[cfg(not(trellis_split))]
        view! { <SaveBanner/> }
    }

    /// The notice for stored data that could not be read.
    pub fn storage_notice() -> impl IntoView {
        #[cfg(trellis_split)]
        {
            let ctx = AppCtx::use_ctx();
            let when = Signal::derive(move || ctx.unreadable.with(|u| !u.is_empty()));
            view! { <Deferred when=when load=|| Box::pin(storage_notice_chunk())/> }
        }
        #[cfg(not(trellis_split))]
        view! { <StorageNotice/> }
    }

    /// The notice for what another tab's save did to this one.
    pub fn tab_notice() -> impl IntoView {
        #[cfg(trellis_split)]
        {
            let ctx = AppCtx::use_ctx();
            let when = Signal::derive(move || ctx.tab_notices.with(|n| !n.is_empty()));
            view! { <Deferred when=when load=|| Box::pin(tab_notice_chunk())/> }
        }
        #[cfg(not(trellis_split))]
        view! { <TabNotice/> }
    }

    /// The save banner's chunk.
    #[cfg(trellis_split)]
    #[leptos::wasm_split::wasm_split(extras, wasm_split_path = ::leptos::wasm_split)]
    fn save_banner_chunk() -> AnyView {
        untrack(|| view! { <SaveBanner/> }.into_any())
    }

    /// The unreadable-data notice's chunk.
    #[cfg(trellis_split)]
    #[leptos::wasm_split::wasm_split(extras, wasm_split_path = ::leptos::wasm_split)]
    fn storage_notice_chunk() -> AnyView {
        untrack(|| view! { <StorageNotice/> }.into_any())
    }

    /// The other-tab notice's chunk.
    #[cfg(trellis_split)]
    #[leptos::wasm_split::wasm_split(extras, wasm_split_path = ::leptos::wasm_split)]
    fn tab_notice_chunk() -> AnyView {
        untrack(|| view! { <TabNotice/> }.into_any())
    }
}
