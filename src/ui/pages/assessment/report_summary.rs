//! The report's first page, the one a director hands to a committee:
//! municipality, date, sections covered, the level with its reading, the
//! drivers as a chart with percentages (and the change since the previous
//! measurement), "Start her" with who owns each, the action plan's status and
//! the date of the next measurement. Kept short so it fits one A4 page.

use super::results::Summary;
use super::{da_date, section_title};
use crate::content::da;
use crate::model::assessment::Assessment;
use crate::model::priorities::start_here;
use crate::model::scoring::Results;
use crate::model::summary::plan_status;
use leptos::prelude::*;

#[component]
pub fn ReportSummary(
    a: Assessment,
    r: Results,
    before: Option<Assessment>,
    printed: String,
) -> impl IntoView {
    let c = da();
    let start = start_here(c, &a);
    let status = plan_status(&a, &printed);
    let sections = a
        .meta
        .sections
        .iter()
        .map(|s| section_title(s))
        .collect::<Vec<_>>()
        .join(", ");
    let plan = a.plan().into_iter().cloned().collect::<Vec<_>>();
    view! {
        <section class="report-summary" aria-labelledby="report-name">
            <header class="report-summary__head">
                <p class="report__kicker">{t!("app.name")} " · " {t!("report.title")}</p>
                <h1 id="report-name" class="report__name" tabindex="-1">{a.meta.name.clone()}</h1>
                <p class="report-summary__facts">
                    <span>{t!("report.date")} ": " <strong>{da_date(&a.meta.date)}</strong></span>
                    <span>{t!("report.sections")} ": " {sections}</span>
                    <span>{t!("report_pages.facts_printed").replace("{date}", &da_date(&printed))}</span>
                </p>
            </header>
            {r.has_common_part().then(|| view! { <Summary a=a.clone() r=r.clone() before=before.clone()/> })}
            <div class="report-summary__start">
                <h2>{t!("start.title")}</h2>
                {start.is_empty().then(|| view! { <p>{t!("start.none")}</p> })}
                <ol class="report-summary__priorities">
                    {start
                        .into_iter()
                        .map(|g| {
                            let action = plan.iter().find(|x| x.item.as_deref() == Some(g.item.id.as_str()));
                            let owner = match action {
                                None => t!("start.not_in_plan").to_string(),
                                Some(x) => {
                                    let who = if x.responsible.trim().is_empty() {
                                        t!("start.no_owner").to_string()
                                    } else {
                                        format!("{} {}", t!("start.owner"), x.responsible)
                                    };
                                    let due = x.deadline.as_deref().map(|d| format!(" · {} {}", t!("plan.deadline"), da_date(d))).unwrap_or_default();
                                    format!("{who} · {}{due}", x.status.label())
                                }
                            };
                            view! {
                                <li>
                                    <span class="report-summary__statement">{g.item.text().statement.as_str()}</span>
                                    " "
                                    <span class="report-summary__owner">
                                        {super::driver_name(&g.item.driver)} " · " {g.rating.label()} " · " {owner}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </div>
            <div class="report-summary__foot">
                <div>
                    <h2 class="h5">{t!("report_pages.plan_status")}</h2>
                    {if status.total() == 0 {
                        view! { <p>{t!("report_pages.plan_empty")}</p> }.into_any()
                    } else {
                        view! {
                            <dl class="plan-status">
                                <div><dt>{t!("action.status_not_started")}</dt><dd>{status.open}</dd></div>
                                <div><dt>{t!("action.status_in_progress")}</dt><dd>{status.in_progress}</dd></div>
                                <div><dt>{t!("action.status_done")}</dt><dd>{status.done}</dd></div>
                                <div class:plan-status--overdue=move || status.overdue != 0><dt>{t!("plan.overdue")}</dt><dd>{status.overdue}</dd></div>
                            </dl>
                        }
                            .into_any()
                    }}
                </div>
                <p class="report-summary__next">
                    {match a.meta.next_date.as_deref() {
                        Some(d) => view! { {t!("report_pages.next_date")} " " <strong>{da_date(d)}</strong> }.into_any(),
                        None => t!("report_pages.no_next_date").into_any(),
                    }}
                </p>
            </div>
        </section>
    }
}
