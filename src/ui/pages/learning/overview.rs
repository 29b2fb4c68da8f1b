//! The overview of the learning modules: each module with its status, time
//! and intro; the progress over all modules; the way to the summary.

use super::{overall_text, status_code, status_text, use_progress};
use crate::content::da;
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use leptos::prelude::*;

#[component]
pub fn LearningOverview() -> impl IntoView {
    let p = use_progress();
    let modules = &da().learning.modules;
    let overview = Memo::new(move |_| p.data.with(|d| d.overview(&da().learning)));
    view! {
        <PageTitle text=t!("learning.title") lead=t!("learning.lead")/>
        <div class="alert alert-info" role="note">
            <div class="alert-body">
                <p class="alert-text">{t!("learning.privacy")}</p>
            </div>
        </div>
        <section class="learning-progress" aria-labelledby="learning-progress-heading">
            <h2 id="learning-progress-heading" class="h3">{t!("learning.overall_heading")}</h2>
            <p class="learning-progress__text">
                <strong>
                    {move || overall_text(&overview.get())}
                </strong>
                {move || {
                    let o = overview.get();
                    (o.in_progress > 0)
                        .then(|| format!(" · {}", t!("learning.overall_in_progress").replace("{n}", &o.in_progress.to_string())))
                }}
            </p>
            <progress
                max=move || overview.get().modules
                value=move || overview.get().done
                aria-label=t!("learning.overall_label")
            ></progress>
            {move || {
                let o = overview.get();
                (o.done > 0)
                    .then(|| {
                        view! {
                            <p>
                                {t!("learning.overall_score")
                                    .replace("{score}", &o.score.to_string())
                                    .replace("{total}", &o.total.to_string())}
                            </p>
                        }
                    })
            }}
            <p class="learning-progress__summary">
                <a href=Route::LearningSummary.href()>{t!("learning.summary_link")}</a>
                <span class="form-hint-inline">" – " {t!("learning.summary_link_text")}</span>
            </p>
        </section>
        <h2>{t!("learning.modules")}</h2>
        <ol class="plain-list module-cards">
            {modules
                .iter()
                .enumerate()
                .map(|(n, m)| {
                    let status = move || p.data.with(|d| status_text(d, m));
                    let code = move || p.data.with(|d| status_code(d, m));
                    view! {
                        <li class=move || format!("module-card module-card--{}", code())>
                            <h3 class="module-card__title">
                                <span class="module-card__number">{n + 1} ". "</span>
                                <a href=Route::LearningModule(m.id.clone()).href()>{m.title.as_str()}</a>
                            </h3>
                            <p class="module-card__meta">
                                {t!("learning.minutes").replace("{n}", &m.minutes.to_string())}
                                " · "
                                {t!("learning.questions_count").replace("{n}", &m.questions.len().to_string())}
                            </p>
                            <p class="module-card__status">
                                <span class="module-status">{status}</span>
                            </p>
                            <p class="module-card__intro">{m.intro.as_str()}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
