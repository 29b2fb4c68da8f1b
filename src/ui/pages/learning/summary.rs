//! A printable summary of the learning progress for a team meeting: per
//! module its status, score and date, and the points to take away from the
//! modules that are done. Printed through the browser's print dialog.

use super::{crumbs, finished_date, overall_text, status_code, use_progress};
use crate::content::da;
use crate::model::format::da_date;
use crate::model::learning::ModuleStatus;
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::route::Route;
use crate::ui::router::set_title;
use crate::ui::state::today;
use leptos::prelude::*;

#[component]
pub fn LearningSummary() -> impl IntoView {
    let p = use_progress();
    set_title(t!("learning_summary.title"));
    let modules = &da().learning.modules;
    let overview = Memo::new(move |_| p.data.with(|d| d.overview(&da().learning)));
    let printed = da_date(&today());
    view! {
        <div class="no-print">
            <Breadcrumbs trail=crumbs(t!("learning_summary.title"))/>
        </div>
        <article class="learning-summary">
            <header class="learning-summary__head">
                <p class="report__kicker">{t!("app.name")}</p>
                <h1 tabindex="-1">{t!("learning_summary.title")}</h1>
                <p class="font-lead">{t!("learning_summary.lead")}</p>
                <p class="learning-summary__printed">{t!("learning_summary.printed")} " " {printed}</p>
            </header>
            <div class="report-tools no-print">
                <button type="button" class="button button-primary" on:click=|_| { let _ = window().print(); }>
                    {t!("learning_summary.print")}
                </button>
                <a href=Route::Learning.href()>{t!("learning_summary.back")}</a>
                <p class="form-hint">{t!("learning_summary.print_hint")}</p>
            </div>
            <p class="learning-summary__overall">
                <strong>
                    {move || overall_text(&overview.get())}
                </strong>
                {move || {
                    let o = overview.get();
                    (o.done > 0)
                        .then(|| {
                            format!(
                                ". {}",
                                t!("learning.overall_score")
                                    .replace("{score}", &o.score.to_string())
                                    .replace("{total}", &o.total.to_string()),
                            )
                        })
                }}
            </p>
            <div class="table-wrap">
                <table class="table table--compact learning-table">
                    <caption>{t!("learning_summary.overview_caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!("learning_summary.module")}</th>
                            <th scope="col">{t!("learning_summary.status")}</th>
                            <th scope="col" class="num">{t!("learning_summary.score")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {modules
                            .iter()
                            .map(|m| {
                                move || {
                                    p.data
                                        .with(|d| {
                                            let (status, score) = match d.status(m) {
                                                ModuleStatus::NotStarted => (t!("learning.status_not_started").to_string(), "–".to_string()),
                                                ModuleStatus::InProgress { answered, total } => {
                                                    (
                                                        t!("learning.status_in_progress")
                                                            .replace("{n}", &answered.to_string())
                                                            .replace("{total}", &total.to_string()),
                                                        "–".to_string(),
                                                    )
                                                }
                                                ModuleStatus::Done { score, total } => {
                                                    (
                                                        t!("learning_summary.done").replace("{date}", &finished_date(d, m)),
                                                        format!("{score} / {total}"),
                                                    )
                                                }
                                            };
                                            view! {
                                                <tr class=format!("learning-table__row--{}", status_code(d, m))>
                                                    <th scope="row">{m.title.as_str()}</th>
                                                    <td>{status}</td>
                                                    <td class="num">{score}</td>
                                                </tr>
                                            }
                                        })
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <section class="learning-summary__points" aria-labelledby="summary-points-heading">
                <h2 id="summary-points-heading">{t!("learning_summary.points")}</h2>
                {move || {
                    p.data
                        .with(|d| {
                            let done: Vec<_> = modules
                                .iter()
                                .filter_map(|m| match d.status(m) {
                                    ModuleStatus::Done { score, total } => Some((m, score, total, finished_date(d, m))),
                                    _ => None,
                                })
                                .collect();
                            if done.is_empty() {
                                return view! { <p>{t!("learning_summary.none_done")}</p> }.into_any();
                            }
                            done.into_iter()
                                .map(|(m, score, total, date)| {
                                    view! {
                                        <section class="learning-summary__module">
                                            <h3>{m.title.as_str()}</h3>
                                            <p class="learning-summary__status">
                                                {t!("learning.status_done")
                                                    .replace("{date}", &date)
                                                    .replace("{score}", &score.to_string())
                                                    .replace("{total}", &total.to_string())}
                                            </p>
                                            <ul>{m.summary.iter().map(|s| view! { <li>{s.as_str()}</li> }).collect_view()}</ul>
                                        </section>
                                    }
                                })
                                .collect_view()
                                .into_any()
                        })
                }}
                {move || {
                    let o = overview.get();
                    (o.done > 0 && o.done < o.modules).then(|| view! { <p class="learning-summary__status">{t!("learning_summary.points_hidden")}</p> })
                }}
            </section>
            <p class="report__about">{t!("learning_summary.about")}</p>
        </article>
    }
}
