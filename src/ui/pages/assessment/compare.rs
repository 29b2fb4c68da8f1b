//! Compare two measurements (change per driver, both shapes on one spider
//! chart, change per method check, items that improved or fell back) and the
//! trend over a series (with a column per method check the series includes).

use super::results::delta_text;
use super::{crumbs, da_date, driver_name, missing, percent_text, section_title};
use crate::content::da;
use crate::model::assessment::Assessment;
use crate::model::compare::{compare, trend, ItemChange};
use crate::model::sort::sort_by;
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::spider_chart::{Series, SpiderChart};
use crate::ui::route::Route;
use crate::ui::state::use_state;
use leptos::prelude::*;

fn label(a: &Assessment) -> String {
    format!("{} ({})", a.meta.name, da_date(&a.meta.date))
}

#[component]
pub fn ComparePage(id: String, other: Option<String>) -> impl IntoView {
    let state = use_state();
    let c = da();
    let all = state.assessments.get_untracked();
    let Some(a) = all.iter().find(|x| x.id == id).cloned() else {
        return missing();
    };
    let mut candidates: Vec<&Assessment> = all.iter().filter(|x| x.id != a.id).collect();
    sort_by(&mut candidates, |x, y| {
        (y.series == a.series)
            .cmp(&(x.series == a.series))
            .then(y.meta.date.cmp(&x.meta.date))
    });
    let series: Vec<&Assessment> = all.iter().filter(|x| x.series == a.series).collect();
    let picked = other
        .as_ref()
        .and_then(|o| all.iter().find(|x| &x.id == o))
        .cloned();
    let axes: Vec<String> = c.items.drivers.iter().map(|d| d.name.clone()).collect();
    view! {
        <Breadcrumbs trail=crumbs(&a, Some(t!("compare.title")))/>
        <PageTitle text=format!("{} – {}", t!("compare.title"), a.meta.name) lead=t!("compare.lead")/>
        {if candidates.is_empty() {
            view! {
                <p>
                    {t!("compare.none")} " "
                    <a href=Route::FollowUp(a.id.clone()).href()>{t!("overview.follow_up")}</a>
                </p>
            }
                .into_any()
        } else {
            view! {
                <nav aria-labelledby="pick-heading" class="compare-pick">
                    <h2 id="pick-heading" class="h4">{t!("compare.pick")}</h2>
                    <ul class="plain-list">
                        {candidates
                            .iter()
                            .map(|x| {
                                let current = picked.as_ref().is_some_and(|p| p.id == x.id);
                                view! {
                                    <li>
                                        <a
                                            href=Route::Compare { id: a.id.clone(), other: Some(x.id.clone()) }.href()
                                            aria-current=current.then_some("page")
                                        >
                                            {label(x)}
                                        </a>
                                        {(x.series == a.series).then(|| view! { <span class="tag-driver">{t!("compare.same_series")}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            }
                .into_any()
        }}
        {picked
            .map(|o| {
                let (before, after) = if (o.meta.date.as_str(), o.created) <= (a.meta.date.as_str(), a.created) {
                    (o, a.clone())
                } else {
                    (a.clone(), o)
                };
                let cmp = compare(c, &before, &after);
                let series = vec![
                    Series { name: label(&before), values: cmp.drivers.iter().map(|d| d.before).collect() },
                    Series { name: label(&after), values: cmp.drivers.iter().map(|d| d.after).collect() },
                ];
                view! {
                    <h2>{t!("compare.per_driver")}</h2>
                    <div class="results-chart">
                        <SpiderChart axes=axes.clone() series=series title=t!("compare.chart_title") id="compare-chart"/>
                        <div class="table-wrap" tabindex="0" role="region" aria-label=t!("compare.table")>
                            <table class="table table--compact">
                                <caption>{t!("compare.table")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t!("results.driver")}</th>
                                        <th scope="col" class="num">{label(&before)}</th>
                                        <th scope="col" class="num">{label(&after)}</th>
                                        <th scope="col" class="num">{t!("compare.change")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {cmp
                                        .drivers
                                        .iter()
                                        .map(|d| {
                                            view! {
                                                <tr>
                                                    <th scope="row">{driver_name(&d.driver)}</th>
                                                    <td class="num">{percent_text(d.before)}</td>
                                                    <td class="num">{percent_text(d.after)}</td>
                                                    <td class="num">{delta_text(d.delta())}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                    <tr class="total-row">
                                        <th scope="row">{t!("compare.overall")}</th>
                                        <td class="num">{percent_text(cmp.overall_before)}</td>
                                        <td class="num">{percent_text(cmp.overall_after)}</td>
                                        <td class="num">
                                            {delta_text(cmp.overall_after.zip(cmp.overall_before).map(|(x, y)| x - y))}
                                        </td>
                                    </tr>
                                </tbody>
                            </table>
                        </div>
                    </div>
                    {(!cmp.methods.is_empty()).then(|| view! {
                        <h2>{t!("compare.per_method")}</h2>
                        <div class="table-wrap" tabindex="0" role="region" aria-label=t!("compare.method_table")>
                            <table class="table table--compact">
                                <caption>{t!("compare.method_table")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t!("mcheck.method")}</th>
                                        <th scope="col" class="num">{label(&before)}</th>
                                        <th scope="col" class="num">{label(&after)}</th>
                                        <th scope="col" class="num">{t!("compare.change")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {cmp
                                        .methods
                                        .iter()
                                        .map(|m| view! {
                                            <tr>
                                                <th scope="row">{section_title(&m.section)}</th>
                                                <td class="num">{percent_text(m.before)}</td>
                                                <td class="num">{percent_text(m.after)}</td>
                                                <td class="num">{delta_text(m.delta())}</td>
                                            </tr>
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    })}
                    <ChangeList title=t!("compare.improved") empty=t!("compare.none_improved") list=cmp.improved/>
                    <ChangeList title=t!("compare.fell_back") empty=t!("compare.none_fell_back") list=cmp.fell_back/>
                }
            })}
        {(series.len() >= 3)
            .then(|| {
                let pts = trend(c, &series);
                // Method checks that any measurement of the series includes.
                let checks: Vec<(usize, String)> = c
                    .items
                    .sections
                    .iter()
                    .filter(|s| s.method.is_some())
                    .enumerate()
                    .filter(|(n, _)| pts.iter().any(|p| p.methods[*n].is_some()))
                    .map(|(n, s)| (n, s.title.clone()))
                    .collect();
                let cols: Vec<usize> = checks.iter().map(|(n, _)| *n).collect();
                view! {
                    <h2>{t!("compare.trend")}</h2>
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t!("compare.trend_table")>
                        <table class="table table--compact">
                            <caption>{t!("compare.trend_table")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t!("report.date")}</th>
                                    <th scope="col" class="num">{t!("compare.overall")}</th>
                                    {c.items.drivers.iter().map(|d| view! { <th scope="col" class="num">{d.name.clone()}</th> }).collect_view()}
                                    {checks.iter().map(|(_, title)| view! { <th scope="col" class="num">{title.clone()}</th> }).collect_view()}
                                </tr>
                            </thead>
                            <tbody>
                                {pts
                                    .into_iter()
                                    .map(|p| {
                                        view! {
                                            <tr>
                                                <th scope="row">
                                                    <a href=Route::Results(p.id.clone()).href()>{da_date(&p.date)}</a>
                                                </th>
                                                <td class="num">{percent_text(p.overall)}</td>
                                                {p.drivers.iter().map(|v| view! { <td class="num">{percent_text(*v)}</td> }).collect_view()}
                                                {cols.iter().map(|n| view! { <td class="num">{percent_text(p.methods[*n])}</td> }).collect_view()}
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
            })}
    }
    .into_any()
}

#[component]
fn ChangeList(
    #[prop(into)] title: String,
    #[prop(into)] empty: String,
    list: Vec<ItemChange>,
) -> impl IntoView {
    let c = da();
    view! {
        <h2 class="h3">{title}</h2>
        {if list.is_empty() {
            view! { <p>{empty}</p> }.into_any()
        } else {
            view! {
                <ul class="change-list">
                    {list
                        .into_iter()
                        .map(|ch| {
                            let statement = c.item(&ch.item).map(|i| i.text().statement.clone()).unwrap_or_default();
                            view! {
                                <li>
                                    {statement} " "
                                    <span class="change-list__ratings">
                                        "(" {ch.before.label()} " → " {ch.after.label()} ")"
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
                .into_any()
        }}
    }
}
