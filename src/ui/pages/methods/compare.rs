//! CTI, ICM, ACT and the modified ACT side by side, from `methods.toml`:
//! target group, duration, phases, who supports, team, caseload and
//! characteristics. A real table on wide screens; one card per method on a
//! phone (the other rendering is hidden with CSS, so it is never read twice).

use super::{crumbs, method_href};
use crate::content::{da, Method};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::source_ref::SourceRefs;
use crate::ui::route::Route;
use leptos::prelude::*;

fn phases(m: &'static Method) -> AnyView {
    if m.phases.is_empty() {
        return view! { <p>{t!("method_compare.no_phases")}</p> }.into_any();
    }
    view! {
        <ol class="method-phases">
            {m
                .phases
                .iter()
                .map(|p| {
                    view! {
                        <li>
                            <strong>{t!("method.phase")} " " {p.number} ": "</strong>
                            {p.title.as_str()}
                            " ("
                            {t!("method.months").replace("{n}", &p.months.to_string())}
                            ")"
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}

fn characteristics(m: &'static Method) -> impl IntoView {
    view! {
        <ul class="method-traits">
            {m.characteristics.iter().map(|c| view! { <li>{c.as_str()}</li> }).collect_view()}
        </ul>
    }
}

/// The method's guide entry and, for a method with a method check, the way to
/// check one's own practice against the guide's description.
fn guide_link(m: &'static Method) -> impl IntoView {
    let check = da().method_check(&m.id).is_some();
    view! {
        <ul class="plain-list method-links">
            <li><a href=method_href(m)>{t!("method_compare.guide_link").replace("{name}", &m.name)}</a></li>
            {check.then(|| view! {
                <li><a href=Route::Assessments.href()>{t!("method_compare.to_check").replace("{name}", &m.name)}</a></li>
            })}
        </ul>
    }
}

/// The rows of the comparison: label and the cell for a method.
type Cell = fn(&'static Method) -> AnyView;

fn rows() -> [(&'static str, Cell); 7] {
    [
        (t!("method.target_group"), |m| {
            m.target_group.as_str().into_any()
        }),
        (t!("method.duration"), |m| m.duration.as_str().into_any()),
        (t!("method.phases"), phases),
        (t!("method.supporter"), |m| m.supporter.as_str().into_any()),
        (t!("method.team"), |m| m.team.as_str().into_any()),
        (t!("method.caseload"), |m| m.caseload.as_str().into_any()),
        (t!("method.characteristics"), |m| {
            characteristics(m).into_any()
        }),
    ]
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let methods = &da().methods.methods;
    view! {
        <Breadcrumbs trail=crumbs(t!("method_compare.title"))/>
        <PageTitle text=t!("method_compare.title") lead=t!("method_compare.lead")/>
        <div class="method-table-wrap">
            <table class="table method-table">
                <caption>{t!("method_compare.table_caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="method-table__aspect">{t!("method_compare.aspect")}</th>
                        {methods
                            .iter()
                            .map(|m| {
                                view! {
                                    <th scope="col">
                                        <span class="method-table__name">{m.name.as_str()}</span>
                                        <span class="method-table__full">{m.full_name.as_str()}</span>
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows()
                        .into_iter()
                        .map(|(key, cell)| {
                            view! {
                                <tr>
                                    <th scope="row">{key}</th>
                                    {methods.iter().map(|m| view! { <td>{cell(m)}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                    <tr class="method-table__links">
                        <th scope="row">
                            {t!("method_compare.more")}
                        </th>
                        {methods.iter().map(|m| view! { <td>{guide_link(m)}</td> }).collect_view()}
                    </tr>
                </tbody>
            </table>
        </div>
        <div class="method-cards">
            {methods
                .iter()
                .map(|m| {
                    view! {
                        <section class="method-card" aria-labelledby=format!("mc-{}", m.id)>
                            <h2 id=format!("mc-{}", m.id) class="method-card__title">
                                {m.name.as_str()}
                                <span class="method-card__full">{m.full_name.as_str()}</span>
                            </h2>
                            <dl class="method-card__facts">
                                {rows()
                                    .into_iter()
                                    .map(|(key, cell)| {
                                        view! {
                                            <dt>{key}</dt>
                                            <dd>{cell(m)}</dd>
                                        }
                                    })
                                    .collect_view()}
                            </dl>
                            {guide_link(m)}
                        </section>
                    }
                })
                .collect_view()}
        </div>
        <p class="method-compare__next">
            <a class="button button-secondary" href=Route::MethodsChoice.href()>{t!("method_compare.to_choice")}</a>
        </p>
        <div class="source-list">
            {methods.iter().map(|m| view! { <SourceRefs sources=&m.source/> }).collect_view()}
        </div>
    }
}
