//! The method checks in the results and the report: one block per included
//! check (CTI, ICM, ACT) with its score, percent of the maximum and coverage,
//! links to the method's tools, and the check's gaps with the guide's advice;
//! and, for the report's closing note, the statements of each check with their
//! sources. Method checks stand apart from the drivers and the level (see
//! `model::scoring`), so nothing here touches the spider chart.

use super::gap_views::{GapCard, PlanLink};
use super::results::ScoreTable;
use super::{coverage_text, mean_text, percent_text, section_title};
use crate::content::{da, AssessmentSection};
use crate::model::assessment::Assessment;
use crate::model::gaps::gaps_in;
use crate::model::scoring::Results;
use crate::ui::components::source_ref::document_title;
use crate::ui::route::Route;
use leptos::prelude::*;

/// The included method checks, in content order.
fn included(a: &Assessment) -> Vec<&'static AssessmentSection> {
    da().items
        .sections
        .iter()
        .filter(|s| s.method.is_some() && a.meta.sections.contains(&s.id))
        .collect()
}

/// The method tools' links for a method check: comparison, the CTI planner
/// (CTI only) and the capacity calculator.
#[component]
fn MethodLinks(method: String) -> impl IntoView {
    let cti = method == "cti";
    view! {
        <ul class="method-check__links no-print">
            <li><a href=Route::MethodsCompare.href()>{t!("mcheck.to_compare")}</a></li>
            {cti.then(|| view! { <li><a href=Route::MethodsCti.href()>{t!("mcheck.to_cti_plan")}</a></li> })}
            <li><a href=Route::MethodsCapacity.href()>{t!("mcheck.to_capacity")}</a></li>
        </ul>
    }
}

/// A block per included method check; nothing when none is included.
#[component]
pub fn MethodChecks(a: Assessment, r: Results, plan: Option<PlanLink>) -> impl IntoView {
    let interactive = plan.is_some();
    let c = da();
    let checks = included(&a);
    if checks.is_empty() {
        return view! {
            <p class="method-checks__none no-print">
                {t!("mcheck.none")} " "
                <a href=Route::EditAssessment(a.id.clone()).href()>{t!("mcheck.add")}</a>
            </p>
        }
        .into_any();
    }
    // Rows by the method's short name ("CTI"), so the table fits a phone.
    let rows = r
        .methods
        .iter()
        .map(|(s, sc)| {
            let name = c
                .assessment_section(s)
                .and_then(|x| x.method.as_deref())
                .and_then(|m| c.method(m))
                .map(|m| m.name.clone())
                .unwrap_or_else(|| section_title(s));
            (name, *sc)
        })
        .collect();
    view! {
        <section class="method-checks" aria-labelledby="method-checks-heading">
            <h2 id="method-checks-heading">{t!("mcheck.title")}</h2>
            <p>{t!("mcheck.lead")}</p>
            <ScoreTable caption=t!("mcheck.table") head=t!("mcheck.method") rows=rows change=None/>
            {checks
                .into_iter()
                .map(|s| {
                    let score = r
                        .methods
                        .iter()
                        .find(|(id, _)| *id == s.id)
                        .map(|(_, sc)| *sc)
                        .unwrap_or_default();
                    let list = gaps_in(c, &a, &s.id);
                    let heading = format!("mcheck-{}", s.id);
                    let heading_id = heading.clone();
                    let method = s.method.clone().unwrap_or_default();
                    view! {
                        <section class="method-check" aria-labelledby=heading.clone()>
                            <h3 id=heading_id>{s.title.as_str()}</h3>
                            <p class="method-check__score">
                                {t!("mcheck.score")} " " <strong>{mean_text(&score)}</strong> " ("
                                {percent_text(score.percent())} ", " {coverage_text(&score)} ")"
                            </p>
                            <MethodLinks method=method/>
                            {if list.is_empty() {
                                view! { <p class="gaps__none">{t!("mcheck.no_gaps")}</p> }.into_any()
                            } else {
                                view! {
                                    <p>{t!("mcheck.gaps_lead")}</p>
                                    <ol class="plain-list gap-list">
                                        {list
                                            .into_iter()
                                            .map(|g| {
                                                let note = a.note(&g.item.id).to_string();
                                                view! { <GapCard gap=g note=note sub=true plan=plan.clone()/> }
                                            })
                                            .collect_view()}
                                    </ol>
                                }
                                    .into_any()
                            }}
                        </section>
                    }
                })
                .collect_view()}
            {interactive.then(|| view! {
                <p class="no-print">
                    <a href=Route::EditAssessment(a.id.clone()).href()>{t!("mcheck.add_more")}</a>
                </p>
            })}
        </section>
    }
    .into_any()
}

/// The report's closing note: every statement of the included method checks
/// with the document, heading and verbatim passages it rests on.
#[component]
pub fn MethodSources(a: Assessment) -> impl IntoView {
    let c = da();
    let checks = included(&a);
    (!checks.is_empty()).then(|| {
        view! {
            <section class="report__section method-sources" aria-labelledby="method-sources-heading">
                <h2 id="method-sources-heading">{t!("mcheck.sources_title")}</h2>
                <p>{t!("mcheck.sources_lead")}</p>
                {checks
                    .into_iter()
                    .map(|s| {
                        view! {
                            <h3>{s.title.as_str()}</h3>
                            <ol class="method-sources__list">
                                {c
                                    .items
                                    .items
                                    .iter()
                                    .filter(|i| i.section == s.id)
                                    .map(|i| {
                                        view! {
                                            <li>
                                                <p class="method-sources__statement">{i.text().statement.as_str()}</p>
                                                {c
                                                    .method_item_source(&i.id)
                                                    .iter()
                                                    .map(|src| {
                                                        view! {
                                                            <p class="method-sources__ref">
                                                                <span class="source-ref__label">{t!("guide.source")}</span>
                                                                " "
                                                                <cite>{document_title(&src.file)}</cite>
                                                                ", "
                                                                {t!("guide.section_word")}
                                                                " „"
                                                                {src.heading.as_str()}
                                                                "“"
                                                            </p>
                                                            <ul class="method-sources__quotes">
                                                                {src
                                                                    .quote
                                                                    .iter()
                                                                    .map(|q| view! { <li><q>{q.as_str()}</q></li> })
                                                                    .collect_view()}
                                                            </ul>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        }
                    })
                    .collect_view()}
            </section>
        }
    })
}
