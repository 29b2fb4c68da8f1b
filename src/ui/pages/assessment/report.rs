//! The print report: an A4 document via the browser's print dialog. Cover
//! with name and date, summary and level, spider chart, the method checks
//! with their gaps, per-group detail with notes, gaps with advice, the action
//! plan, and a closing note with the method checks' statements and sources.

use super::method_results::{MethodChecks, MethodSources};
use super::results::{DriverResults, GapList, LevelBox, SectionResults};
use super::{da_date, missing, section_title};
use crate::content::{da, t};
use crate::model::flow::groups;
use crate::model::scoring::results;
use crate::ui::route::Route;
use crate::ui::router::set_title;
use crate::ui::state::{today, use_state};
use leptos::prelude::*;

#[component]
pub fn ReportPage(id: String) -> impl IntoView {
    let state = use_state();
    let c = da();
    let Some(a) = state.assessment_now(&id) else {
        return missing();
    };
    set_title(&format!("{} – {}", t("report.title"), a.meta.name));
    let r = results(c, &a);
    let gs = groups(c, &a);
    let plan: Vec<_> = a.plan().into_iter().cloned().collect();
    let printed = today();
    view! {
        <div class="report-tools no-print">
            <a href=Route::Results(a.id.clone()).href()>{t("report.back")}</a>
            <button type="button" class="button button-primary" on:click=|_| { let _ = window().print(); }>
                {t("report.print")}
            </button>
            <p class="form-hint">{t("report.print_hint")}</p>
        </div>
        <article class="report">
            <header class="report__cover">
                <p class="report__kicker">{t("app.name")}</p>
                <h1 tabindex="-1">{t("report.title")}</h1>
                <p class="report__name">{a.meta.name.clone()}</p>
                <dl class="report__facts">
                    <dt>{t("report.date")}</dt>
                    <dd>{da_date(&a.meta.date)}</dd>
                    <dt>{t("report.sections")}</dt>
                    <dd>{a.meta.sections.iter().map(|s| section_title(s)).collect::<Vec<_>>().join(", ")}</dd>
                    <dt>{t("report.printed")}</dt>
                    <dd>{da_date(&printed)}</dd>
                </dl>
                {(!a.meta.description.is_empty()).then(|| view! { <p>{a.meta.description.clone()}</p> })}
                <p class="report__about">{t("report.about")}</p>
            </header>
            <section class="report__section">
                <h2>{t("report.summary")}</h2>
                {r.has_common_part().then(|| view! {
                    <LevelBox r=r.clone()/>
                    <DriverResults r=r.clone() name=a.meta.name.clone()/>
                    <SectionResults r=r.clone()/>
                })}
                <MethodChecks a=a.clone() r=r.clone() interactive=false/>
            </section>
            <section class="report__section report__detail">
                <h2>{t("report.detail")}</h2>
                {gs
                    .into_iter()
                    .map(|g| {
                        view! {
                            <h3>{g.title.clone()}</h3>
                            <table class="table table--compact report-table">
                                <caption class="sr-only">{g.title.clone()}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t("report.statement")}</th>
                                        <th scope="col">{t("report.rating")}</th>
                                        <th scope="col">{t("report.note")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {g
                                        .items
                                        .iter()
                                        .map(|i| {
                                            let rating = a.rating(&i.id).map(|r| t(r.label_key())).unwrap_or(t("report.unanswered"));
                                            view! {
                                                <tr>
                                                    <td>{i.statement.as_str()}</td>
                                                    <td>{rating}</td>
                                                    <td class="report-table__note">{a.note(&i.id).to_string()}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        }
                    })
                    .collect_view()}
            </section>
            {r.has_common_part().then(|| view! {
                <section class="report__section">
                    <GapList a=a.clone() interactive=false/>
                </section>
            })}
            <section class="report__section">
                <h2>{t("plan.title")}</h2>
                {if plan.is_empty() {
                    view! { <p>{t("report.no_plan")}</p> }.into_any()
                } else {
                    view! {
                        <table class="table table--compact report-table">
                            <caption class="sr-only">{t("plan.title")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t("report.no")}</th>
                                    <th scope="col">{t("plan.what")}</th>
                                    <th scope="col">{t("plan.responsible")}</th>
                                    <th scope="col">{t("plan.deadline")}</th>
                                    <th scope="col">{t("plan.status")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {plan
                                    .iter()
                                    .enumerate()
                                    .map(|(n, x)| {
                                        view! {
                                            <tr class:action--overdue=x.is_overdue(&printed)>
                                                <td>{n + 1}</td>
                                                <td>{x.title.clone()}</td>
                                                <td>{x.responsible.clone()}</td>
                                                <td>{x.deadline.as_deref().map(da_date).unwrap_or_default()}</td>
                                                <td>
                                                    {t(x.status.label_key())}
                                                    {x.is_overdue(&printed).then(|| format!(" ({})", t("plan.overdue")))}
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                        .into_any()
                }}
            </section>
            <MethodSources a=a.clone()/>
            <footer class="report__footer">
                <p>{t("report.footer")}</p>
            </footer>
        </article>
    }
    .into_any()
}
