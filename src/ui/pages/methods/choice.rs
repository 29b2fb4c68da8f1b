//! The method choice helper: three questions about the KIND of citizen a team
//! plans for, as radio groups, and the suggested method from
//! `model::method_choice` with its reasons, alternatives and the caveat that
//! the choice is a professional, individual assessment. Nothing is stored:
//! the answers live in this page only.

use super::{crumbs, method_href};
use crate::content::da;
use crate::model::method_choice::{
    suggest_for, Answers, NeedDuration, ReasonKey, SystemUse, TreatmentNeed,
};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use leptos::prelude::*;

fn system_label(v: SystemUse) -> &'static str {
    match v {
        SystemUse::Largely => t!("choice.system_largely"),
        SystemUse::Partly => t!("choice.system_partly"),
        SystemUse::Hardly => t!("choice.system_hardly"),
    }
}

fn treatment_label(v: TreatmentNeed) -> &'static str {
    match v {
        TreatmentNeed::No => t!("choice.treatment_no"),
        TreatmentNeed::Some => t!("choice.treatment_some"),
        TreatmentNeed::Extensive => t!("choice.treatment_extensive"),
    }
}

fn duration_label(v: NeedDuration) -> &'static str {
    match v {
        NeedDuration::Transition => t!("choice.duration_transition"),
        NeedDuration::Long => t!("choice.duration_long"),
        NeedDuration::Unknown => t!("choice.duration_unknown"),
    }
}

/// A radio group (fieldset and legend) over `options` (code, label).
fn radio_group<T: Copy + PartialEq + Send + Sync + 'static>(
    name: &'static str,
    legend: &'static str,
    hint: Option<&'static str>,
    options: Vec<(T, &'static str, &'static str)>,
    value: RwSignal<Option<T>>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    view! {
        <div class="form-group">
            <fieldset aria-describedby=hint.map(|_| hint_id.clone())>
                <legend class="form-label">{legend}</legend>
                {hint.map(|h| view! { <span class="form-hint" id=hint_id.clone()>{h}</span> })}
                {options
                    .into_iter()
                    .map(|(v, code, label)| {
                        let id = format!("{name}-{code}");
                        view! {
                            <div class="form-group-radio">
                                <input
                                    type="radio"
                                    class="form-radio"
                                    id=id.clone()
                                    name=name
                                    value=code
                                    prop:checked=move || value.get() == Some(v)
                                    on:change=move |_| value.set(Some(v))
                                />
                                <label for=id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
        </div>
    }
}

#[component]
pub fn ChoicePage() -> impl IntoView {
    let system: RwSignal<Option<SystemUse>> = RwSignal::new(None);
    let treatment: RwSignal<Option<TreatmentNeed>> = RwSignal::new(None);
    let duration: RwSignal<Option<NeedDuration>> = RwSignal::new(None);
    let full_team: RwSignal<Option<bool>> = RwSignal::new(Some(true));
    let answered = move || {
        usize::from(system.get().is_some())
            + usize::from(treatment.get().is_some())
            + usize::from(duration.get().is_some())
    };
    let suggestion = Memo::new(move |_| {
        Some(suggest_for(
            Answers {
                system: system.get()?,
                treatment: treatment.get()?,
                duration: duration.get()?,
            },
            full_team.get().unwrap_or(true),
        ))
    });
    let method_name = |id: &str| {
        da().method(id)
            .map(|m| format!("{} – {}", m.name, m.full_name))
            .unwrap_or_else(|| id.to_string())
    };
    let start_over = move |_| {
        system.set(None);
        treatment.set(None);
        duration.set(None);
        full_team.set(Some(true));
        if let Some(el) = document()
            .get_element_by_id("system-i-hoej-grad")
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = el.focus();
        }
    };
    view! {
        <Breadcrumbs trail=crumbs(t!("choice.title"))/>
        <PageTitle text=t!("choice.title") lead=t!("choice.lead")/>
        <div class="alert alert-info" role="note">
            <div class="alert-body">
                <p class="alert-heading">{t!("choice.privacy_heading")}</p>
                <p class="alert-text">{t!("choice.privacy_text")}</p>
            </div>
        </div>
        <div class="choice-layout">
        <form class="choice-form" on:submit=|ev| ev.prevent_default() aria-label=t!("choice.questions")>
            {radio_group(
                "system",
                t!("choice.system_legend"),
                None,
                SystemUse::ALL.into_iter().map(|v| (v, v.code(), system_label(v))).collect(),
                system,
            )}
            {radio_group(
                "treatment",
                t!("choice.treatment_legend"),
                None,
                TreatmentNeed::ALL.into_iter().map(|v| (v, v.code(), treatment_label(v))).collect(),
                treatment,
            )}
            {radio_group(
                "duration",
                t!("choice.duration_legend"),
                None,
                NeedDuration::ALL.into_iter().map(|v| (v, v.code(), duration_label(v))).collect(),
                duration,
            )}
            {radio_group(
                "team",
                t!("choice.team_legend"),
                Some(t!("choice.team_hint")),
                vec![(true, "ja", t!("choice.team_yes")), (false, "nej", t!("choice.team_no"))],
                full_team,
            )}
        </form>
        <section class="choice-result" aria-labelledby="choice-result-heading">
            <h2 id="choice-result-heading">{t!("choice.result_heading")}</h2>
            <p class="choice-result__method" aria-live="polite">
                {move || match suggestion.get() {
                    Some(s) => {
                        view! {
                            <span class="sr-only">{t!("choice.suggested")} " "</span>
                            {method_name(s.method)}
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <span class="choice-result__waiting">
                                {t!("choice.answered").replace("{n}", &answered().to_string())} " " {t!("choice.waiting")}
                            </span>
                        }
                            .into_any()
                    }
                }}
            </p>
            {move || {
                suggestion
                    .get()
                    .map(|s| {
                        let m = da().method(s.method);
                        view! {
                            {m.map(|m| view! { <p class="choice-result__target">{m.target_group.as_str()}</p> })}
                            <h3 class="h4">{t!("choice.why")}</h3>
                            <ul class="choice-reasons">
                                {s
                                    .reasons
                                    .iter()
                                    .filter(|r| **r != ReasonKey::IndividualAssessment)
                                    .map(|r| view! { <li>{r.text()}</li> })
                                    .collect_view()}
                            </ul>
                            <h3 class="h4">{t!("choice.alternatives")}</h3>
                            {if s.alternatives.is_empty() {
                                view! { <p>{t!("choice.no_alternatives")}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="plain-list choice-alternatives">
                                        {s
                                            .alternatives
                                            .iter()
                                            .filter_map(|a| da().method(a))
                                            .map(|a| {
                                                view! {
                                                    <li>
                                                        <a href=method_href(a)>{format!("{} – {}", a.name, a.full_name)}</a>
                                                        <span class="choice-alternatives__target">{a.target_group.as_str()}</span>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }}
                            <div class="alert alert-warning choice-caveat" role="note">
                                <div class="alert-body">
                                    <p class="alert-heading">{t!("choice.caveat_heading")}</p>
                                    <p class="alert-text">{ReasonKey::IndividualAssessment.text()}</p>
                                </div>
                            </div>
                            <ul class="inline-actions plain-list">
                                {m
                                    .map(|m| {
                                        view! {
                                            <li>
                                                <a href=method_href(m)>{t!("choice.read_method").replace("{name}", &m.name)}</a>
                                            </li>
                                        }
                                    })}
                                <li>
                                    <a href=Route::MethodsCompare.href()>{t!("choice.compare_link")}</a>
                                </li>
                            </ul>
                        }
                    })
            }}
            <p>
                <button type="button" class="button button-tertiary" on:click=start_over>
                    {t!("choice.start_over")}
                </button>
            </p>
        </section>
        </div>
    }
}
