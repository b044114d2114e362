//! Each mentor's load after a cohort run: room, mentees given and their names.

use leptos::prelude::*;

use crate::core::cohort::results::{Load, PAGE_ROWS, page_range};
use crate::ui::components::cohort::cohort_pager::CohortPager;

/// Per mentor: how many mentees they can take, how many they were given and who; a mentor
/// with room left or with none given is easy to spot. [`PAGE_ROWS`] mentors at a time; a
/// table on wide screens, one card per mentor on phones.
#[component]
pub fn CohortLoad(
    /// One row per mentor, in roster order.
    rows: Memo<Vec<Load>>,
) -> impl IntoView {
    let page = RwSignal::new(0usize);
    let len = Signal::derive(move || rows.with(Vec::len));
    let visible =
        Memo::new(move |_| rows.with(|v| v[page_range(page.get(), PAGE_ROWS, v.len())].to_vec()));
    view! {
        <section class="card" aria-labelledby="load-title" data-testid="cohort-load">
            <h2 id="load-title">"Mentor load"</h2>
            <CohortPager page=page len=len per_page=PAGE_ROWS noun="mentors" testid="load-pager"/>
            <table class="pairs-table load-table">
                <caption class="visually-hidden">"Mentees given to each mentor"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Mentor"</th>
                        <th scope="col">"Room"</th>
                        <th scope="col">"Given"</th>
                        <th scope="col">"Mentees"</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        visible.get()
                            .into_iter()
                            .map(|l| {
                                let left = l.room.saturating_sub(l.assigned);
                                let names = if l.mentees.is_empty() { "none".to_string() } else { l.mentees.join(", ") };
                                view! {
                                    <tr data-testid="load-row" class:has-room={left > 0}>
                                        <th scope="row" data-label="Mentor"><bdi>{l.mentor}</bdi></th>
                                        <td data-label="Room">{l.room}</td>
                                        <td data-label="Given">{format!("{}{}", l.assigned, if left > 0 { format!(" ({left} left)") } else { String::new() })}</td>
                                        <td data-label="Mentees"><bdi>{names}</bdi></td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </section>
    }
}
