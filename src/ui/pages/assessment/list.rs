//! All assessments with progress and date; create, open, follow up, edit,
//! delete with undo.

use super::{da_date, level_label, progress_text};
use crate::content::da;
use crate::model::assessment::Assessment;
use crate::model::scoring::results;
use crate::model::sort::sort_by;
use crate::storage::documents::ASSESSMENT;
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn AssessmentList() -> impl IntoView {
    let state = use_state();
    let undo: RwSignal<Option<Assessment>> = RwSignal::new(None);
    let list = Memo::new(move |_| {
        let mut v = state.assessments.get();
        sort_by(&mut v, |a, b| {
            b.meta
                .date
                .cmp(&a.meta.date)
                .then_with(|| b.updated().total_cmp(&a.updated()))
        });
        v
    });
    view! {
        <PageTitle text=t!("assess.title") lead=t!("assess.lead")/>
        <p>
            <a class="button button-primary" href=Route::NewAssessment.href()>{t!("assess.new")}</a>
        </p>
        {move || {
            undo.get()
                .map(|a| {
                    let name = a.meta.name.clone();
                    view! {
                        <div class="alert alert-success" role="status">
                            <p class="alert-text">{t!("assess.deleted").replace("{name}", &name)}</p>
                            <button
                                type="button"
                                class="button button-secondary"
                                on:click=move |_| {
                                    state.insert(a.clone());
                                    undo.set(None);
                                }
                            >
                                {t!("assess.undo")}
                            </button>
                        </div>
                    }
                })
        }}
        {move || {
            if list.with(Vec::is_empty) {
                view! {
                    // What is shown here changes once assessments are stored
                    // (the build's prerendering reads this attribute).
                    <div class="empty-state" data-depends-on=ASSESSMENT.key.prefix()>
                        <h2>{t!("assess.empty_title")}</h2>
                        <p>{t!("assess.empty_text")}</p>
                        <p>{t!("assess.scale_text")}</p>
                        <p class="empty-state__restore">
                            {t!("datahome.wiped_hint")} " "
                            <a href=Route::MyData.href()>{t!("datahome.wiped_link")}</a>
                        </p>
                    </div>
                }
                    .into_any()
            } else {
                view! {
                    <h2 class="h3">{t!("assess.your_assessments")}</h2>
                    <ul class="plain-list assessment-list">
                        <For each=move || list.get() key=|a| (a.id.clone(), a.updated().to_bits()) let:a>
                            <AssessmentCard a=a undo=undo/>
                        </For>
                    </ul>
                }
                    .into_any()
            }
        }}
    }
}

#[component]
fn AssessmentCard(a: Assessment, undo: RwSignal<Option<Assessment>>) -> impl IntoView {
    let state = use_state();
    let c = da();
    let (answered, total) = a.progress(c);
    let level = level_label(&results(c, &a).level);
    let series = state
        .assessments
        .with_untracked(|v| v.iter().filter(|x| x.series == a.series).count());
    let id = a.id.clone();
    let delete = move |_| {
        if let Some(gone) = state.delete(&id) {
            undo.set(Some(gone));
        }
    };
    view! {
        <li class="assessment-card">
            <h3 class="h4">
                <a href=Route::Assessment(a.id.clone()).href()>{a.meta.name.clone()}</a>
            </h3>
            <p class="assessment-card__meta">
                {da_date(&a.meta.date)} " · " {progress_text(answered, total)} " · " {level}
                {(series > 1).then(|| format!(" · {}", t!("assess.in_series").replace("{n}", &series.to_string())))}
            </p>
            {(!a.meta.description.is_empty()).then(|| view! { <p>{a.meta.description.clone()}</p> })}
            <progress class="assessment-card__bar" max=total value=answered aria-label=progress_text(answered, total)></progress>
            <ul class="plain-list inline-actions">
                <li>
                    <a href=Route::Assessment(a.id.clone()).href()>{t!("assess.open")}</a>
                </li>
                <li>
                    <a href=Route::Results(a.id.clone()).href()>{t!("assess.results")}</a>
                </li>
                <li>
                    <a href=Route::FollowUp(a.id.clone()).href()>{t!("assess.follow_up")}</a>
                </li>
                <li>
                    <a href=Route::EditAssessment(a.id.clone()).href()>{t!("assess.edit")}</a>
                </li>
                <li>
                    <button type="button" class="link-button" on:click=delete>
                        {t!("assess.delete")}
                        <span class="sr-only">" " {a.meta.name.clone()}</span>
                    </button>
                </li>
            </ul>
        </li>
    }
}
