//! The choice of mentor directory and the roster file import.

use leptos::prelude::*;

use crate::core::mentors::mentor::Mentor;
use crate::core::mentors::roster::{self, COLUMNS};
use crate::core::store::Roster;
use crate::ui::browser;
use crate::ui::components::common::{field::Field, field_set::FieldSet};
use crate::ui::state::AppCtx;

/// Where the mentors come from: the built-in sample profiles (always labelled as fictional)
/// or an imported roster. Imports a CSV or JSON file, reports every bad row with its line,
/// column and reason, and removes the roster after confirmation. Importing never touches goals,
/// needs or shortlists.
#[component]
pub fn RosterImport() -> impl IntoView {
    let ctx = AppCtx::use_ctx();
    let roster = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.roster
                .as_ref()
                .map(|r| (r.file_name.clone(), r.mentors.len(), r.imported_on.clone()))
        })
    });
    let use_roster = Memo::new(move |_| ctx.state.with(|s| s.use_roster && s.roster.is_some()));
    let report = RwSignal::new(None::<Report>);
    let busy = RwSignal::new(false);
    let confirm_remove = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let file_name = file.name();
        busy.set(true);
        message.set(None);
        leptos::task::spawn_local(async move {
            // The bytes, not `file.text()`: that would decode as UTF-8 and turn every
            // Windows-1252 letter into U+FFFD before the importer could read it.
            let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
                .await
                .ok()
                .map(|buf| js_sys::Uint8Array::new(&buf).to_vec());
            input.set_value("");
            let Some(bytes) = bytes else {
                busy.set(false);
                report.set(Some(Report {
                    file_name,
                    summary: "Nothing imported: the browser could not read the file.".into(),
                    imported: 0,
                    problems: Vec::new(),
                    warnings: Vec::new(),
                }));
                return;
            };
            let import = read_roster(file_name.clone(), bytes).await;
            busy.set(false);
            let imported = if import.rejected {
                0
            } else {
                import.mentors.len()
            };
            let Read {
                mut summary,
                problems,
                warnings,
                ..
            } = import;
            if imported > 0 {
                let today = crate::core::time::datefmt::iso_date(ctx.today);
                ctx.state.update(|s| {
                    s.roster = Some(Roster {
                        file_name: file_name.clone(),
                        imported_on: today,
                        mentors: import.mentors,
                    });
                    s.use_roster = true;
                });
                // Say it was kept only if the write succeeded.
                if let Err(e) = ctx.saved().await {
                    summary = format!("{summary} {e}");
                }
            }
            report.set(Some(Report {
                file_name,
                summary,
                imported,
                problems,
                warnings,
            }));
        });
    };
    let download_example = move |_| {
        let result = browser::download("roster-example.csv", "text/csv", EXAMPLE_CSV);
        message.set(Some(match result {
            Ok(()) => "Example roster downloaded.".into(),
            Err(e) => format!("The download failed: {e}"),
        }));
    };
    let set_source = move |roster: bool| ctx.state.update(|s| s.use_roster = roster);

    view! {
        <section class="card source" aria-labelledby="source-title" data-testid="mentor-source">
            <h2 id="source-title">"Which mentors"</h2>
            <FieldSet id="mentor-directory" legend="Mentor directory" legend_class="visually-hidden">
                <Field id="source-sample" label="Sample mentors (fictional profiles)" bare=true label_class="check" inline=true>
                    <input
                        type="radio"
                        name="mentor-source"
                        data-testid="source-sample"
                        prop:checked=move || !use_roster.get()
                        on:change=move |_| set_source(false)
                    />
                </Field>
                <Field
                    id="source-roster"
                    // One flex item beside the radio: the text with the isolated file name.
                    label=view! {
                        <span>
                            {move || match roster.get() {
                                Some((name, n, _)) => view! { "Imported roster: "<bdi>{name}</bdi>{format!(" ({n} mentors)")} }.into_any(),
                                None => "Imported roster (none yet)".into_any(),
                            }}
                        </span>
                    }
                        .into_any()
                    bare=true
                    label_class="check"
                    inline=true
                >
                    <input
                        type="radio"
                        name="mentor-source"
                        data-testid="source-roster"
                        disabled=move || roster.get().is_none()
                        prop:checked=move || use_roster.get()
                        on:change=move |_| set_source(true)
                    />
                </Field>
            </FieldSet>
            <details class="roster-import">
                <summary>"Import a roster from your program"</summary>
                <p class="hint" id="roster-hint">
                    "A CSV or JSON file from your mentoring program. It stays in this browser. Importing replaces the current roster; your goals, needs and shortlists stay."
                </p>
                <Field id="roster-file" label="Roster file (.csv or .json)" hint_id="roster-hint">
                    <input
                        type="file"
                        accept=".csv,.json,text/csv,application/json"
                        data-testid="roster-file"
                        on:change=on_file
                    />
                </Field>
                <p class="hint">
                    "Columns (header row, any order; name, time_zone, languages and availability are required): "
                    <code class="roster-columns">{COLUMNS.join(", ")}</code>
                    ". Lists use “;”, availability like “Mon 18:00-20:00; Sat 09:00-12:00”."
                </p>
                <button type="button" class="button small" data-testid="download-example" on:click=download_example>
                    "Download the example CSV"
                </button>
                <p class="hint">
                    "Coordinating a whole cohort? "
                    <a href="/cohort" data-testid="cohort-link">"Match every mentee to a mentor at once"</a>
                    "."
                </p>
            </details>
            <div aria-live="polite" class="import-live">
                <Show when=move || busy.get()>
                    <p>"Reading the file…"</p>
                </Show>
                {move || message.get().map(|m| view! { <p class="hint">{m}</p> })}
                {move || {
                    report
                        .get()
                        .map(|r| {
                            view! {
                                <div class="import-report" data-testid="import-report">
                                    <h3>"Import of "<bdi>{r.file_name.clone()}</bdi></h3>
                                    <p data-testid="import-summary">{r.summary.clone()}</p>
                                    {(!r.problems.is_empty()).then(|| view! {
                                        <ul class="import-problems" data-testid="import-problems">
                                            {r.problems.iter().map(|p| view! { <li data-testid="import-problem">{p.clone()}</li> }).collect_view()}
                                        </ul>
                                    })}
                                    {(!r.warnings.is_empty()).then(|| view! {
                                        <ul class="import-warnings">
                                            {r.warnings.iter().map(|w| view! { <li class="hint">{w.clone()}</li> }).collect_view()}
                                        </ul>
                                    })}
                                    <button type="button" class="button subtle small" on:click=move |_| report.set(None)>
                                        "Dismiss report"
                                    </button>
                                </div>
                            }
                        })
                }}
            </div>
            <Show when=move || roster.get().is_some()>
                <div class="actions">
                    <button type="button" class="button subtle small" data-testid="remove-roster" on:click=move |_| confirm_remove.set(true)>
                        "Remove roster"
                    </button>
                </div>
            </Show>
            <Show when=move || confirm_remove.get()>
                <div class="confirm card" role="group" aria-labelledby="remove-q">
                    <p id="remove-q">
                        <strong>"Remove the imported roster from this browser? Your goals, needs and shortlists stay."</strong>
                    </p>
                    <button
                        type="button"
                        class="button danger"
                        data-testid="confirm-remove-roster"
                        on:click=move |_| {
                            ctx.state.update(|s| {
                                s.roster = None;
                                s.use_roster = false;
                            });
                            confirm_remove.set(false);
                            report.set(None);
                            message.set(Some("Roster removed. Showing the sample mentors.".into()));
                        }
                    >
                        "Remove roster"
                    </button>
                    <button type="button" class="button subtle" on:click=move |_| confirm_remove.set(false)>"Cancel"</button>
                </div>
            </Show>
        </section>
    }
}

/// The documented example roster, offered for download.
const EXAMPLE_CSV: &str = include_str!("../../../../data/roster-example.csv");

/// What the last import did, for the report.
#[derive(Clone, Debug, PartialEq)]
struct Report {
    file_name: String,
    summary: String,
    imported: usize,
    problems: Vec<String>,
    warnings: Vec<String>,
}

/// What a roster file gave, as the import shows it.
struct Read {
    /// The mentors read (none kept when `rejected`).
    mentors: Vec<Mentor>,
    /// Whether the file as a whole was refused.
    rejected: bool,
    /// One sentence on what was read, for the report.
    summary: String,
    /// Every bad row, with its line, column and reason.
    problems: Vec<String>,
    /// Notes that stopped nothing (a column missing from the file and given its default).
    warnings: Vec<String>,
}

/// Reads a roster file: the table reader, the text decodings and the row checks. In the split
/// build they are a lazy piece (`extras`), fetched when a file is first picked, so the Mentors
/// page's own chunk does not carry them.
async fn read_roster(file_name: String, bytes: Vec<u8>) -> Read {
    #[cfg(trellis_split)]
    return read_chunk(file_name, bytes).await;
    #[cfg(not(trellis_split))]
    read(&file_name, &bytes)
}

/// The roster reader's chunk.
#[cfg(trellis_split)]
#[leptos::wasm_split::wasm_split(extras, wasm_split_path = ::leptos::wasm_split)]
fn read_chunk(file_name: String, bytes: Vec<u8>) -> Read {
    read(&file_name, &bytes)
}

/// The reading itself, the same in every build.
fn read(file_name: &str, bytes: &[u8]) -> Read {
    let import = roster::import_bytes(file_name, bytes);
    Read {
        rejected: import.rejected(),
        summary: import.summary(),
        problems: import.problems.iter().map(ToString::to_string).collect(),
        warnings: import.warnings.clone(),
        mentors: import.mentors,
    }
}
