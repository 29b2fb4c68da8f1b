//! One assessment at a glance: progress per group, where to resume, and the
//! way to results, action plan, report, comparison and follow-up.

use super::{crumbs, da_date, missing, progress_text, section_title};
use crate::content::da;
use crate::model::flow::{groups, resume_point};
use crate::model::format::counted;
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn AssessmentOverview(id: String) -> impl IntoView {
    let state = use_state();
    let c = da();
    let Some(first) = state.assessment_now(&id) else {
        return missing();
    };
    let id2 = id.clone();
    let current = Memo::new(move |_| state.get(&id2));
    let body = move || {
        let Some(a) = current.get() else {
            return missing();
        };
        let (answered, total) = a.progress(c);
        let resume = resume_point(c, &a);
        let gs = groups(c, &a);
        let sections: Vec<String> = a.meta.sections.iter().map(|s| section_title(s)).collect();
        view! {
            <p class="assessment-meta">
                {da_date(&a.meta.date)} " · " {t!("overview.sections")} " " {sections.join(", ")}
            </p>
            {(!a.meta.description.is_empty()).then(|| view! { <p>{a.meta.description.clone()}</p> })}
            <div class="progress-block">
                <p class="progress-block__text" id="overall-progress">{progress_text(answered, total)}</p>
                <progress max=total value=answered aria-labelledby="overall-progress"></progress>
            </div>
            {resume
                .map(|(group, item)| {
                    let label = if answered == 0 { t!("overview.start") } else { t!("overview.resume") };
                    view! {
                        <p>
                            <a
                                class="button button-primary"
                                href=Route::Answer { id: a.id.clone(), group, item: Some(item) }.href()
                            >
                                {label}
                            </a>
                        </p>
                    }
                })}
            <h2 class="h3">{t!("overview.groups")}</h2>
            <ol class="plain-list group-list">
                {gs
                    .into_iter()
                    .map(|g| {
                        let done = g.items.iter().filter(|i| a.rating(&i.id).is_some()).count();
                        let n = g.items.len();
                        view! {
                            <li class="group-list__item" class:group-list__item--done=done == n>
                                <a href=Route::Answer { id: a.id.clone(), group: g.id.clone(), item: None }.href()>
                                    {g.title.clone()}
                                </a>
                                <span class="group-list__count">{progress_text(done, n)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <h2 class="h3">{t!("overview.next")}</h2>
            <ul class="plain-list link-tiles">
                <li>
                    <a href=Route::Results(a.id.clone()).href()>{t!("overview.results")}</a>
                    <span>{t!("overview.results_text")}</span>
                </li>
                <li>
                    <a href=Route::Plan(a.id.clone()).href()>{t!("overview.plan")}</a>
                    <span>{counted(a.plan().len(), t!("overview.plan_text_one"), t!("overview.plan_text"))}</span>
                </li>
                <li>
                    <a href=Route::Report(a.id.clone()).href()>{t!("overview.report")}</a>
                    <span>{t!("overview.report_text")}</span>
                </li>
                <li>
                    <a href=Route::Compare { id: a.id.clone(), other: None }.href()>{t!("overview.compare")}</a>
                    <span>{t!("overview.compare_text")}</span>
                </li>
                <li>
                    <a href=Route::FollowUp(a.id.clone()).href()>{t!("overview.follow_up")}</a>
                    <span>{t!("overview.follow_up_text")}</span>
                </li>
                <li>
                    <a href=Route::EditAssessment(a.id.clone()).href()>{t!("overview.edit")}</a>
                    <span>{t!("overview.edit_text")}</span>
                </li>
                <li>
                    <a href=Route::EditAssessment(a.id.clone()).href()>{t!("overview.method_checks")}</a>
                    <span>{t!("overview.method_checks_text")}</span>
                </li>
            </ul>
        }
        .into_any()
    };
    view! {
        <Breadcrumbs trail=crumbs(&first, None)/>
        <PageTitle text=first.meta.name.clone()/>
        {body}
    }
    .into_any()
}
