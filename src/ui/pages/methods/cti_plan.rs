//! The CTI phase planner: a start date gives CTI's three phases of three
//! months with their dates and tasks (`methods.toml`), and which phase today
//! is in. Printable for the team. Nothing is stored, and there is no field for
//! a name or anything else about the citizen.

use super::crumbs;
use crate::content::{da, Method};
use crate::model::cti_plan::{phases, today_phase, Date, DateError, PhaseDates};
use crate::model::format::da_date;
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::source_ref::SourceRefs;
use crate::ui::state::today;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn cti() -> Option<&'static Method> {
    da().method("cti")
}

#[component]
pub fn CtiPlanner() -> impl IntoView {
    let today = today();
    let start = RwSignal::new(today.clone());
    // The browser gives "" for a date it cannot read; `bad` says so.
    let bad = RwSignal::new(false);
    let plan = Memo::new(move |_| -> Option<Result<[PhaseDates; 3], DateError>> {
        if bad.get() {
            return Some(Err(DateError::Format));
        }
        let s = start.get();
        (!s.trim().is_empty()).then(|| phases(&s))
    });
    let error = move || plan.get().and_then(|p| p.err());
    let today2 = today.clone();
    let now_phase = Memo::new(move |_| today_phase(&start.get(), &today2));
    let on_input = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        // With no other constraints on the field, an invalid field is one
        // whose text the browser could not read as a date.
        bad.set(
            input
                .as_ref()
                .is_some_and(|i| i.value().is_empty() && !i.check_validity()),
        );
        start.set(event_target_value(&ev));
    };
    let today3 = today.clone();
    view! {
        <div class="no-print">
            <Breadcrumbs trail=crumbs(t!("cti_plan.title"))/>
        </div>
        <PageTitle text=t!("cti_plan.title") lead=t!("cti_plan.lead")/>
        <div class="alert alert-info no-print" role="note">
            <div class="alert-body">
                <p class="alert-text">{t!("cti_plan.privacy")}</p>
            </div>
        </div>
        <div class="form-group cti-start no-print" class:form-error=move || error().is_some()>
            <label class="form-label" for="cti-start">{t!("cti_plan.start_label")}</label>
            <span class="form-hint" id="cti-start-hint">{t!("cti_plan.start_hint")}</span>
            {move || {
                error()
                    .map(|e| {
                        view! {
                            <span class="form-error-message" id="cti-start-error">{e.text()}</span>
                        }
                    })
            }}
            <input
                class="form-input input-width-m"
                id="cti-start"
                type="date"
                aria-describedby=move || {
                    if error().is_some() { "cti-start-hint cti-start-error" } else { "cti-start-hint" }
                }
                aria-invalid=move || error().is_some().then_some("true")
                prop:value=move || start.get()
                on:input=on_input
                on:change=on_input
            />
        </div>
        {move || match plan.get() {
            None => view! { <p class="no-print">{t!("cti_plan.choose_date")}</p> }.into_any(),
            Some(Err(_)) => ().into_any(),
            Some(Ok(ps)) => {
                let begin = da_date(&ps[0].start.iso());
                let end = da_date(&ps[2].end.iso());
                let phase_now = now_phase.get();
                let today_text = match phase_now {
                    Some(n) => {
                        t!("cti_plan.today_in_phase")
                            .replace("{today}", &da_date(&today3))
                            .replace("{n}", &n.to_string())
                            .replace("{title}", cti().and_then(|m| m.phases.get(n - 1)).map(|p| p.title.as_str()).unwrap_or(""))
                    }
                    None => {
                        let before = Date::parse(&today3).is_ok_and(|d| d < ps[0].start);
                        if before {
                            t!("cti_plan.today_before").replace("{start}", &begin)
                        } else {
                            t!("cti_plan.today_after").replace("{end}", &end)
                        }
                    }
                };
                view! {
                    <section class="cti-plan" aria-labelledby="cti-plan-heading">
                        <h2 id="cti-plan-heading">{t!("cti_plan.plan_heading")}</h2>
                        <p class="cti-plan__caption">
                            <strong>{t!("cti_plan.plan_caption").replace("{date}", &begin)}</strong>
                            ". "
                            {t!("cti_plan.ends").replace("{end}", &end)}
                        </p>
                        <p class="cti-plan__today no-print" class:cti-plan__today--active=phase_now.is_some()>{today_text}</p>
                        <ol class="plain-list cti-phases">
                            {ps
                                .iter()
                                .map(|p| {
                                    let content = cti().and_then(|m| m.phases.get(p.number - 1));
                                    let current = phase_now == Some(p.number);
                                    view! {
                                        <li class="cti-phase" class:cti-phase--current=current>
                                            <h3 class="cti-phase__title">
                                                <span class="cti-phase__number">{t!("cti_plan.phase").replace("{n}", &p.number.to_string())}</span>
                                                {content.map(|c| view! { <span class="cti-phase__name">{c.title.as_str()}</span> })}
                                                {current.then(|| view! { <span class="badge badge-info cti-phase__today no-print">{t!("cti_plan.today_badge")}</span> })}
                                            </h3>
                                            <p class="cti-phase__dates">
                                                {t!("cti_plan.period")
                                                    .replace("{from}", &da_date(&p.start.iso()))
                                                    .replace("{to}", &da_date(&p.end.iso()))}
                                                {content.map(|c| format!(" ({})", t!("cti_plan.months").replace("{n}", &c.months.to_string())))}
                                            </p>
                                            {content
                                                .map(|c| {
                                                    view! {
                                                        <p>{c.description.as_str()}</p>
                                                        <h4 class="cti-phase__tasks-title">{t!("cti_plan.tasks")}</h4>
                                                        <ul class="cti-phase__tasks">
                                                            {c.tasks.iter().map(|x| view! { <li>{x.as_str()}</li> }).collect_view()}
                                                        </ul>
                                                    }
                                                })}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                        <div class="report-tools no-print">
                            <button type="button" class="button button-primary" on:click=|_| { let _ = window().print(); }>
                                {t!("cti_plan.print")}
                            </button>
                            <p class="form-hint">{t!("cti_plan.print_hint")}</p>
                        </div>
                        <p class="cti-plan__printed print-only">{t!("cti_plan.printed").replace("{date}", &da_date(&today3))}</p>
                    </section>
                }
                    .into_any()
            }
        }}
        <p class="cti-plan__source-note">{t!("cti_plan.source_note")}</p>
        {cti().map(|m| view! { <SourceRefs sources=&m.source/> })}
        <p class="no-print">
            <a href=cti().map(super::method_href).unwrap_or_default()>{t!("cti_plan.read_guide")}</a>
        </p>
    }
}
