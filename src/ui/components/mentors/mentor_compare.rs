use leptos::prelude::*;

use crate::core::mentors::mentor::{capacity_text, price_text};
use crate::core::mentors::needs::Criterion;
use crate::core::mentors::overlap::overlap_text;
use crate::ui::pages::mentors::Matching;

/// Two or three shortlisted mentors side by side: their key facts and score breakdowns in one
/// table (scrolls sideways inside itself on a phone).
#[component]
pub fn MentorCompare() -> impl IntoView {
    let m = Matching::use_ctx();
    let picked = Memo::new(move |_| {
        let ids = m.compare.get();
        m.dir.with(|d| {
            ids.iter()
                .filter_map(|id| d.get(id).cloned())
                .collect::<Vec<_>>()
        })
    });
    let table = move || {
        let mentors = picked.get();
        let scorer = m.scorer.get()?;
        if mentors.len() < 2 {
            return None;
        }
        let explained: Vec<_> = mentors.iter().map(|x| scorer.0.explain(x)).collect();
        let row = |label: String, cells: Vec<String>| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                </tr>
            }
        };
        let facts: Vec<(&str, Vec<String>)> = vec![
            (
                "Score",
                explained
                    .iter()
                    .map(|b| format!("{} / 100", b.score))
                    .collect(),
            ),
            (
                "Headline",
                mentors.iter().map(|x| x.headline.clone()).collect(),
            ),
            (
                "Industry",
                mentors.iter().map(|x| x.industry.clone()).collect(),
            ),
            (
                "Career stage",
                mentors
                    .iter()
                    .map(|x| x.stage.label().to_string())
                    .collect(),
            ),
            (
                "Time zone",
                mentors.iter().map(|x| x.time_zone.clone()).collect(),
            ),
            (
                "Languages",
                mentors.iter().map(|x| x.languages.join(", ")).collect(),
            ),
            (
                "Shared time",
                explained
                    .iter()
                    .map(|b| overlap_text(b.overlap.minutes))
                    .collect(),
            ),
            (
                "Formats",
                mentors
                    .iter()
                    .map(|x| {
                        x.formats
                            .iter()
                            .map(|f| f.label())
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .collect(),
            ),
            (
                "Teaching style",
                mentors
                    .iter()
                    .map(|x| x.style.label().to_string())
                    .collect(),
            ),
            (
                "Capacity",
                mentors.iter().map(|x| capacity_text(x.capacity)).collect(),
            ),
            (
                "Price",
                mentors
                    .iter()
                    .map(|x| price_text(x.price_per_month))
                    .collect(),
            ),
        ];
        let criteria = Criterion::ALL.into_iter().enumerate().map(|(i, c)| {
            let cells = explained
                .iter()
                .map(|b| {
                    b.contributions
                        .get(i)
                        .map(|x| format!("{} / {} — {}", x.points, x.max_points, x.reason))
                        .unwrap_or_default()
                })
                .collect();
            row(c.label().to_string(), cells)
        });
        Some(view! {
            <div class="compare-scroll" tabindex="0" role="region" aria-label="Comparison table (scrolls sideways)">
                <table class=format!("compare-table cols-{}", mentors.len()) data-testid="compare-table">
                    <caption class="visually-hidden">"Shortlisted mentors compared"</caption>
                    <thead>
                        <tr>
                            <td></td>
                            {mentors.iter().map(|x| view! { <th scope="col">{x.name.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {facts.into_iter().map(|(k, v)| row(k.to_string(), v)).collect_view()}
                        <tr class="compare-group"><th scope="rowgroup" colspan=mentors.len() + 1>"Score breakdown (points / available)"</th></tr>
                        {criteria.collect_view()}
                    </tbody>
                </table>
            </div>
        })
    };
    view! {
        <Show when=move || { picked.with(Vec::len) >= 2 }>
            <section class="compare" aria-labelledby="compare-title" data-testid="compare">
                <div class="compare-head">
                    <h2 id="compare-title">"Compare"</h2>
                    <button type="button" class="button subtle small" on:click=move |_| m.compare.set(Vec::new())>
                        "Close comparison"
                    </button>
                </div>
                {table}
            </section>
        </Show>
    }
}
