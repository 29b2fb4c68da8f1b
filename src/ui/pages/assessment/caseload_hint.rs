//! "Brug tallene fra kapacitetsberegneren": under a method check's caseload
//! statement, the saved scenarios of the capacity calculator with the rating
//! they suggest and why (`model::caseload_check`). A click on "Brug forslaget"
//! sets the rating and adds the reason to the note; nothing is set without it.

use crate::content::{da, Item};
use crate::model::caseload_check::suggested_rating;
use crate::model::doc_merge::shown_scenarios;
use crate::model::format::da_number;
use crate::model::rating::Rating;
use crate::storage::documents::{Scenarios, SCENARIOS};
use crate::ui::route::Route;
use crate::ui::state::{now, repo, use_state};
use leptos::prelude::*;

/// One scenario's numbers for the method, the suggestion and its reason.
struct Suggestion {
    rating: Rating,
    reason: String,
}

fn suggestions(method: &str) -> Vec<Suggestion> {
    let c = da();
    let Some(m) = c.method(method) else {
        return Vec::new();
    };
    let stored: Option<Scenarios> = repo().load(SCENARIOS.key.prefix(), now()).ok().flatten();
    let scenarios = stored.map(|s| shown_scenarios(&s.0)).unwrap_or_default();
    scenarios
        .iter()
        .filter_map(|s| {
            let row = s.rows.iter().find(|r| r.method == method)?;
            let result = row.evaluate(c).result?;
            let rating = suggested_rating(&result)?;
            let caseload = result
                .caseload
                .map(|x| da_number(x, 1))
                .unwrap_or_else(|| "–".into());
            let reason = t!("caseload_hint.reason")
                .replace("{scenario}", &s.name)
                .replace("{citizens}", &da_number(result.citizens, 0))
                .replace("{staff}", &da_number(result.staff, 1))
                .replace("{c}", &caseload)
                .replace("{name}", &m.name)
                .replace("{max}", &result.max.to_string());
            Some(Suggestion { rating, reason })
        })
        .collect()
}

#[component]
pub fn CaseloadHint(assessment: String, item: &'static Item, method: String) -> impl IntoView {
    let state = use_state();
    let list = suggestions(&method);
    let name = da()
        .method(&method)
        .map(|m| m.name.clone())
        .unwrap_or_default();
    let heading = format!("caseload-hint-{}", item.id);
    let heading_id = heading.clone();
    view! {
        <section class="caseload-hint" aria-labelledby=heading.clone()>
            <h2 class="h5" id=heading_id>{t!("caseload_hint.title")}</h2>
            {if list.is_empty() {
                view! {
                    <p>
                        {t!("caseload_hint.none").replace("{name}", &name)} " "
                        <a href=Route::MethodsCapacity.href()>{t!("caseload_hint.open")}</a>
                    </p>
                }
                    .into_any()
            } else {
                view! {
                    <ul class="plain-list caseload-hint__list">
                        {list
                            .into_iter()
                            .map(|s| {
                                let id = assessment.clone();
                                let reason = s.reason.clone();
                                let rating = s.rating;
                                let item_id = item.id.as_str();
                                let apply = move |_| {
                                    let reason = reason.clone();
                                    state.change(&id, |a, now| {
                                        a.set_rating(item_id, Some(rating), now);
                                        let note = a.note(item_id).to_string();
                                        if !note.contains(&reason) {
                                            let joined = if note.trim().is_empty() {
                                                reason.clone()
                                            } else {
                                                format!("{}\n{reason}", note.trim_end())
                                            };
                                            a.set_note(item_id, &joined, now);
                                        }
                                    });
                                };
                                view! {
                                    <li>
                                        <p>
                                            {s.reason.clone()} " "
                                            <strong>{t!("caseload_hint.suggests")} " " {rating.label()}</strong>
                                        </p>
                                        <button type="button" class="button button-secondary" on:click=apply>
                                            {t!("caseload_hint.use")}
                                            <span class="sr-only">": " {rating.label()}</span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <p class="form-hint">{t!("caseload_hint.caveat")}</p>
                }
                    .into_any()
            }}
        </section>
    }
}
