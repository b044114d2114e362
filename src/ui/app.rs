//! The app shell: router, header navigation, phone tab bar, footer and the storage notice.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use super::components::{
    common::footer::Footer, common::nav::Nav, common::skip_link::SkipLink,
    common::storage_notice::StorageNotice,
};
use super::pages::{
    cohort::CohortPage, data::DataPage, goal::GoalPage, mentors::MentorsPage, not_found::NotFound,
    plan::PlanPage, sessions::SessionsPage, shared::SharedPage,
};
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
            <StorageNotice/>
            <main id="main" tabindex="-1" class="app-main">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=PlanPage/>
                    <Route path=path!("/goal") view=GoalPage/>
                    <Route path=path!("/mentors") view=MentorsPage/>
                    <Route path=path!("/sessions") view=SessionsPage/>
                    <Route path=path!("/shared") view=SharedPage/>
                    <Route path=path!("/data") view=DataPage/>
                    <Route path=path!("/cohort") view=CohortPage/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}
