//! The print report: an A4 document via the browser's print dialog. Page 1 is
//! the summary (`report_summary`); then the results per driver and section,
//! the strengths, all gaps with the guide's advice, the action plan in full
//! and, unless the user leaves it out ("Medtag svar og noter"), every answer
//! and note as an appendix. The method checks follow the results (a block per
//! check with its gaps), and the report closes with the checks' statements and
//! their sources. Name, date and page numbers run in the page margins where the
//! browser supports it (`running_head`).

use super::gap_views::{GapCard, Strengths};
use super::method_results::{MethodChecks, MethodSources};
use super::report_summary::ReportSummary;
use super::results::{notes_of, LevelDetails, SectionResults};
use super::{da_date, driver_name, missing, section_title};
use crate::content::da;
use crate::model::flow::groups;
use crate::model::priorities::{gap_groups, strengths};
use crate::model::scoring::results;
use crate::model::summary::previous;
use crate::ui::route::Route;
use crate::ui::router::set_title;
use crate::ui::state::{today, use_state};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ReportPage(id: String) -> impl IntoView {
    let state = use_state();
    let c = da();
    let Some(a) = state.assessment_now(&id) else {
        return missing();
    };
    set_title(&format!("{} – {}", t!("report.title"), a.meta.name));
    let r = results(c, &a);
    let before = state
        .assessments
        .with_untracked(|v| previous(&a, v).cloned());
    let plan: Vec<_> = a.plan().into_iter().cloned().collect();
    let printed = today();
    let appendix = RwSignal::new(true);
    let notes = notes_of(&a);
    // All gaps, Start her's among them, per driver and section.
    let all_gaps = gap_groups(c, &a, &[]);
    running_head(&a.meta.name, &da_date(&a.meta.date));
    on_cleanup(|| running_head("", ""));
    let a2 = a.clone();
    // An assessment of method checks only has no drivers or common gaps.
    let common = r.has_common_part();
    view! {
        <div class="report-tools no-print">
            <a href=Route::Results(a.id.clone()).href()>{t!("report.back")}</a>
            <button type="button" class="button button-primary" on:click=|_| { let _ = window().print(); }>
                {t!("report.print")}
            </button>
            <div class="form-group-checkbox report-tools__appendix">
                <input
                    type="checkbox"
                    class="form-checkbox"
                    id="report-appendix"
                    aria-describedby="report-appendix-hint"
                    prop:checked=move || appendix.get()
                    on:change=move |ev| appendix.set(event_target_checked(&ev))
                />
                <label for="report-appendix">{t!("report_pages.include_appendix")}</label>
                <span class="form-hint" id="report-appendix-hint">{t!("report_pages.include_appendix_hint")}</span>
            </div>
            <p class="form-hint">{t!("report.print_hint")}</p>
        </div>
        <article class="report">
            <ReportSummary a=a.clone() r=r.clone() before=before printed=printed.clone()/>
            {common.then(|| view! {
                <section class="report__section" aria-labelledby="report-results-heading">
                    <h2 id="report-results-heading">{t!("report_pages.results_title")}</h2>
                    {(!a.meta.description.is_empty()).then(|| view! { <p class="report__description">{a.meta.description.clone()}</p> })}
                    <SectionResults r=r.clone()/>
                    <LevelDetails r=r.clone()/>
                    <div class="report__strengths">
                        <Strengths list=strengths(c, &a)/>
                    </div>
                </section>
            })}
            <section class="report__section">
                <MethodChecks a=a.clone() r=r.clone() plan=None/>
            </section>
            {common.then(|| view! {
                <section class="report__section" aria-labelledby="report-gaps-heading">
                    <h2 id="report-gaps-heading">{t!("report_pages.gaps_title")}</h2>
                    <p>{t!("gaps.lead")}</p>
                    {all_gaps.is_empty().then(|| view! { <p>{t!("gaps.none")}</p> })}
                    {all_gaps
                        .into_iter()
                        .map(|g| {
                            view! {
                                <h3 class="report__driver">{driver_name(&g.driver)}</h3>
                                {g
                                    .sections
                                    .into_iter()
                                    .map(|(s, gaps)| {
                                        view! {
                                            <h4 class="h5 report__gap-section">{section_title(&s)}</h4>
                                            <ol class="plain-list gap-list">
                                                {gaps
                                                    .into_iter()
                                                    .map(|x| {
                                                        let n = notes.get(&x.item.id).cloned().unwrap_or_default();
                                                        view! { <GapCard gap=x note=n sub=true plan=None/> }
                                                    })
                                                    .collect_view()}
                                            </ol>
                                        }
                                    })
                                    .collect_view()}
                            }
                        })
                        .collect_view()}
                </section>
            })}
            <section class="report__section">
                <h2>{t!("plan.title")}</h2>
                {if plan.is_empty() {
                    view! { <p>{t!("report.no_plan")}</p> }.into_any()
                } else {
                    view! {
                        <table class="table table--compact report-table">
                            <caption class="sr-only">{t!("plan.title")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t!("report.no")}</th>
                                    <th scope="col">{t!("plan.what")}</th>
                                    <th scope="col">{t!("plan.responsible")}</th>
                                    <th scope="col">{t!("plan.deadline")}</th>
                                    <th scope="col">{t!("plan.status")}</th>
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
                                                    {x.status.label()}
                                                    {x.is_overdue(&printed).then(|| format!(" ({})", t!("plan.overdue")))}
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
            {move || {
                let a = a2.clone();
                appendix.get().then(|| {
                    view! {
                    <section class="report__section report__detail" aria-labelledby="appendix-heading">
                        <h2 id="appendix-heading">{t!("report_pages.appendix_title")}</h2>
                        {groups(c, &a)
                            .into_iter()
                            .map(|g| {
                                view! {
                                    <h3>{g.title.clone()}</h3>
                                    <table class="table table--compact report-table">
                                        <caption class="sr-only">{g.title.clone()}</caption>
                                        <thead>
                                            <tr>
                                                <th scope="col">{t!("report.statement")}</th>
                                                <th scope="col">{t!("report.rating")}</th>
                                                <th scope="col">{t!("report.note")}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {g
                                                .items
                                                .iter()
                                                .map(|i| {
                                                    let rating = a.rating(&i.id).map(|r| r.label()).unwrap_or(t!("report.unanswered"));
                                                    view! {
                                                        <tr>
                                                            <td>{i.text().statement.as_str()}</td>
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
                    }
                })
            }}
            <MethodSources a=a.clone()/>
            <footer class="report__footer">
                <p>{t!("report.footer")}</p>
            </footer>
        </article>
    }
    .into_any()
}

/// Puts the report's name and date, and the words around the page numbers,
/// into CSS custom properties on `<html>`, which the `@page` margin boxes in
/// `style/app.css` show ("Name · 1.1.2026" at the top, "side 2 af 9" at the
/// bottom) in browsers that print margin boxes. Empty strings clear them.
fn running_head(name: &str, date: &str) {
    use wasm_bindgen::JsValue;
    let Some(root) = document().document_element() else {
        return;
    };
    let Ok(style) = js_sys::Reflect::get(&root, &JsValue::from_str("style")) else {
        return;
    };
    let Ok(set) = js_sys::Reflect::get(&style, &JsValue::from_str("setProperty")) else {
        return;
    };
    let Ok(set) = set.dyn_into::<js_sys::Function>() else {
        return;
    };
    let quoted = |s: &str| {
        format!(
            "\"{}\"",
            s.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', " ")
        )
    };
    let on = !name.is_empty();
    let head = if on {
        format!("{name} · {date}")
    } else {
        String::new()
    };
    let words = |text: &'static str| if on { text } else { "" };
    for (k, v) in [
        ("--report-head", head.as_str()),
        ("--report-page", words(t!("report_pages.running_page"))),
        ("--report-of", words(t!("report_pages.running_of"))),
    ] {
        let _ = set.call2(
            &style,
            &JsValue::from_str(k),
            &JsValue::from_str(&quoted(v)),
        );
    }
}
