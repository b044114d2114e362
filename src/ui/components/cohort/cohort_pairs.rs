//! The pairs table: searchable and sortable, with score and per-criterion breakdown, one page
//! at a time.

use leptos::prelude::*;

use crate::core::cohort::results::{PAGE_ROWS, page_range};
use crate::ui::components::cohort::cohort_pager::CohortPager;

/// One matched pair as shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairRow {
    /// The mentee's position in the cohort (what the callbacks receive).
    pub index: usize,
    pub mentee: String,
    pub mentor: String,
    /// Pair score (base + bonuses).
    pub score: u32,
    /// The score the mentee sees.
    pub base: u8,
    pub locked: bool,
    /// The mentor differs from the previous run.
    pub changed: bool,
}

/// How the table is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Order {
    ScoreHigh,
    ScoreLow,
    Mentee,
    Mentor,
}

impl Order {
    fn key(self) -> &'static str {
        match self {
            Order::ScoreHigh => "score-high",
            Order::ScoreLow => "score-low",
            Order::Mentee => "mentee",
            Order::Mentor => "mentor",
        }
    }
    fn from_key(k: &str) -> Order {
        match k {
            "score-low" => Order::ScoreLow,
            "mentee" => Order::Mentee,
            "mentor" => Order::Mentor,
            _ => Order::ScoreHigh,
        }
    }
}

/// The matched pairs with a search box (mentee or mentor name) and a sort order, shown
/// [`PAGE_ROWS`] at a time; each row shows the pair score, the score the mentee sees and its
/// per-criterion breakdown, marks a pair whose mentor changed since the previous run, offers
/// lock, avoid and swap, and the mentee's share link (open or copy). The breakdowns and links
/// are worked out for the rows on screen only. A table on wide screens, one card per pair on
/// phones.
#[component]
pub fn CohortPairs(
    /// The pairs, in roster order.
    rows: Memo<Vec<PairRow>>,
    /// A mentee's pair explained, one line per criterion and bonus (by [`PairRow::index`]).
    why_of: Callback<usize, Vec<String>>,
    /// A mentee's Trellis share link: their starting plan with the matched mentor chosen.
    link_of: Callback<usize, String>,
    /// Pin this mentee's pair for the next run.
    on_lock: Callback<usize>,
    /// Forbid this mentee's pair for the next run.
    on_avoid: Callback<usize>,
    /// Swap mentors with the mentee chosen before (first click chooses).
    on_swap: Callback<usize>,
    /// The mentee chosen for a swap, waiting for the second.
    swap_from: Signal<Option<usize>>,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    // "Copied the link of …", or where to copy it by hand when the clipboard is unavailable.
    let copied = RwSignal::new(None::<String>);
    let copy = move |link: String, who: String| {
        let fallback = format!(
            "The clipboard is not available here: open the plan link of {who} and copy the address."
        );
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
            copied.set(Some(fallback));
            return;
        };
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&link))
                .await
                .is_ok();
            copied.set(Some(if ok {
                format!("Copied the plan link of {who}: send it to them.")
            } else {
                fallback
            }));
        });
    };
    let order = RwSignal::new(Order::ScoreHigh);
    let page = RwSignal::new(0usize);
    let shown = Memo::new(move |_| {
        let q = query.get().trim().to_lowercase();
        let mut v: Vec<PairRow> = rows
            .get()
            .into_iter()
            .filter(|r| {
                q.is_empty()
                    || r.mentee.to_lowercase().contains(&q)
                    || r.mentor.to_lowercase().contains(&q)
            })
            .collect();
        match order.get() {
            Order::ScoreHigh => {
                v.sort_by(|a, b| b.score.cmp(&a.score).then(a.mentee.cmp(&b.mentee)))
            }
            Order::ScoreLow => {
                v.sort_by(|a, b| a.score.cmp(&b.score).then(a.mentee.cmp(&b.mentee)))
            }
            Order::Mentee => v.sort_by(|a, b| a.mentee.cmp(&b.mentee)),
            Order::Mentor => {
                v.sort_by(|a, b| a.mentor.cmp(&b.mentor).then(a.mentee.cmp(&b.mentee)))
            }
        }
        v
    });
    let shown_len = Signal::derive(move || shown.with(Vec::len));
    let visible =
        Memo::new(move |_| shown.with(|v| v[page_range(page.get(), PAGE_ROWS, v.len())].to_vec()));
    view! {
        <section class="card" aria-labelledby="pairs-title" data-testid="cohort-pairs">
            <h2 id="pairs-title">{move || format!("{} pairs", rows.get().len())}</h2>
            <div class="cohort-tools">
                <div class="field">
                    <label for="pairs-search">"Search by name"</label>
                    <input
                        id="pairs-search"
                        type="search"
                        data-testid="pairs-search"
                        prop:value=move || query.get()
                        on:input=move |ev| {
                            query.set(event_target_value(&ev));
                            page.set(0);
                        }
                    />
                </div>
                <div class="field">
                    <label for="pairs-order">"Order"</label>
                    <select
                        id="pairs-order"
                        data-testid="pairs-order"
                        on:change=move |ev| {
                            order.set(Order::from_key(&event_target_value(&ev)));
                            page.set(0);
                        }
                    >
                        {[
                            (Order::ScoreHigh, "Score, highest first"),
                            (Order::ScoreLow, "Score, lowest first"),
                            (Order::Mentee, "Mentee name"),
                            (Order::Mentor, "Mentor name"),
                        ]
                            .into_iter()
                            .map(|(o, l)| view! { <option value=o.key() selected=move || order.get() == o>{l}</option> })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <CohortPager page=page len=shown_len per_page=PAGE_ROWS noun="pairs" testid="pairs-pager"/>
            <div class="table-scroll">
                <table class="pairs-table">
                    <caption class="visually-hidden">"Matched pairs with scores and why"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Mentee"</th>
                            <th scope="col">"Mentor"</th>
                            <th scope="col">"Score"</th>
                            <th scope="col">"Why"</th>
                            <th scope="col">"Plan link"</th>
                            <th scope="col">"Change"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            visible
                                .get()
                                .into_iter()
                                .map(|r| {
                                    let i = r.index;
                                    let who = r.mentee.clone();
                                    let (w1, w2, w3, w4, w5) =
                                        (who.clone(), who.clone(), who.clone(), who.clone(), who);
                                    let link = link_of.run(i);
                                    let why = why_of.run(i);
                                    view! {
                                    <tr data-testid="pair-row" class:changed=r.changed>
                                        <td data-label="Mentee">
                                            <bdi>{r.mentee}</bdi>
                                            {r.locked.then_some(" (locked)")}
                                            {r.changed.then(|| view! { <strong class="changed-badge">" (changed)"</strong> })}
                                        </td>
                                        <td data-label="Mentor"><bdi>{r.mentor}</bdi></td>
                                        <td data-label="Score">{r.score}<span class="hint">{format!(" (mentee's view {})", r.base)}</span></td>
                                        <td data-label="Why">
                                            <ul class="pair-why">
                                                {why.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                                            </ul>
                                        </td>
                                        <td data-label="Plan link" class="pair-link">
                                            <a href=link.clone() target="_blank" rel="noopener" data-testid="pair-link"
                                                aria-label=format!("Open the plan link of {w4}")>"Open"</a>
                                            " "
                                            <button type="button" class="button subtle small" data-testid="pair-copy-link"
                                                aria-label=format!("Copy the plan link of {w5}")
                                                on:click={
                                                    let who = w5.clone();
                                                    move |_| copy(link.clone(), who.clone())
                                                }>"Copy"</button>
                                        </td>
                                        <td data-label="Change" class="pair-actions">
                                            <button type="button" class="button subtle small" data-testid="pair-lock"
                                                disabled=r.locked
                                                aria-label=format!("Lock the pair of {w1}")
                                                on:click=move |_| on_lock.run(i)>"Lock"</button>
                                            <button type="button" class="button subtle small" data-testid="pair-avoid"
                                                aria-label=format!("Avoid the pair of {w2}")
                                                on:click=move |_| on_avoid.run(i)>"Avoid"</button>
                                            <button type="button" class="button subtle small" data-testid="pair-swap"
                                                aria-pressed=move || if swap_from.get() == Some(i) { "true" } else { "false" }
                                                aria-label=format!("Swap the mentor of {w3}")
                                                on:click=move |_| on_swap.run(i)>"Swap"</button>
                                        </td>
                                    </tr>
                                }})
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <p class="hint" role="status" data-testid="pair-copy-status">{move || copied.get()}</p>
            <Show when=move || shown.get().is_empty() && !rows.get().is_empty()>
                <p class="hint">"No pair matches the search."</p>
            </Show>
        </section>
    }
}
