//! One scenario's figures: a row per method (the two fields, citizens per
//! worker against the maximum, FTE needed, shortfall), the totals, and every
//! scenario's totals side by side.

use super::super::to_check::CapacityToCheck;
use super::store::{Field, Scenarios};
use crate::content::{da, Method};
use crate::model::capacity::{
    calculator_methods, CapacityResult, CapacityStatus, InputError, RowOutcome, Scenario,
    ScenarioRow,
};
use crate::model::format::da_number;
use leptos::prelude::*;

/// Citizens per worker: "13", "9,8", or "under 0,1" for a tiny positive value.
fn caseload_text(c: f64) -> String {
    if c > 0.0 && c < 0.05 {
        t!("capacity.under_tenth").to_string()
    } else {
        da_number(c, 1)
    }
}

fn fte(x: f64) -> String {
    t!("capacity.fte").replace("{n}", &da_number(x, 2))
}

fn status_text(r: &CapacityResult) -> String {
    match r.status {
        CapacityStatus::Empty => t!("capacity.status_empty").to_string(),
        CapacityStatus::Within => t!("capacity.status_within").to_string(),
        CapacityStatus::AtMax => t!("capacity.status_at_max").to_string(),
        CapacityStatus::Above { by_percent } => {
            t!("capacity.status_above").replace("{p}", &da_number(by_percent, 1))
        }
        CapacityStatus::NoStaff => t!("capacity.status_no_staff").to_string(),
    }
}

/// One method: the two fields, the figures and a warning above the maximum.
#[component]
pub(super) fn MethodRow(
    m: &'static Method,
    sc: Scenarios,
    current: Memo<Scenario>,
) -> impl IntoView {
    let mid = m.id.as_str();
    let max = m.caseload_max.unwrap_or(1);
    let outcome = Memo::new(move |_| {
        current.with(|s| {
            s.rows
                .iter()
                .find(|r| r.method == mid)
                .cloned()
                .unwrap_or(ScenarioRow {
                    method: mid.to_string(),
                    citizens: String::new(),
                    staff: String::new(),
                })
                .evaluate(da())
        })
    });
    let value = move |f: Field| {
        current.with(|s| {
            s.rows
                .iter()
                .find(|r| r.method == mid)
                .map(|r| match f {
                    Field::Citizens => r.citizens.clone(),
                    Field::Staff => r.staff.clone(),
                })
                .unwrap_or_default()
        })
    };
    let field_error = move |o: &RowOutcome, f: Field| -> Option<InputError> {
        match f {
            Field::Citizens => o.citizens.err(),
            Field::Staff => o.staff.err(),
        }
    };
    let field = move |f: Field, label: String, hint: &'static str, mode: &'static str| {
        let id = format!("cap-{mid}-{}", f.code());
        let hint_id = format!("{id}-hint");
        let err_id = format!("{id}-error");
        let (hint_id2, err_id2, err_id3) = (hint_id.clone(), err_id.clone(), err_id.clone());
        let error = move || outcome.with(|o| field_error(o, f));
        view! {
            <div class="form-group capacity-field" class:form-error=move || error().is_some()>
                <label class="form-label" for=id.clone()>{label}</label>
                <span class="form-hint" id=hint_id>{hint}</span>
                {move || error().map(|e| view! { <span class="form-error-message" id=err_id.clone()>{e.text()}</span> })}
                <input
                    class="form-input input-width-s"
                    id=id
                    type="text"
                    inputmode=mode
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby=move || {
                        if error().is_some() { format!("{hint_id2} {err_id2}") } else { hint_id2.clone() }
                    }
                    aria-invalid=move || error().is_some().then_some("true")
                    data-error=move || error().map(|_| err_id3.clone())
                    prop:value=move || value(f)
                    on:input=move |ev| sc.set_field(mid, f, event_target_value(&ev))
                />
            </div>
        }
    };
    view! {
        <section class="capacity-method" id=format!("cap-{mid}") aria-labelledby=format!("cap-{mid}-heading")>
            <h3 id=format!("cap-{mid}-heading") class="capacity-method__title">
                {m.name.as_str()}
                <span class="capacity-method__full">{m.full_name.as_str()}</span>
            </h3>
            <p class="capacity-method__max">{t!("capacity.max").replace("{n}", &max.to_string())}</p>
            <div class="capacity-method__fields">
                {field(Field::Citizens, t!("capacity.citizens").replace("{name}", &m.name), t!("capacity.citizens_hint"), "numeric")}
                {field(Field::Staff, t!("capacity.staff").replace("{name}", &m.name), t!("capacity.staff_hint"), "decimal")}
            </div>
            {move || {
                let o = outcome.get();
                match o.result {
                    None => view! { <p class="capacity-method__fix">{t!("capacity.fix_errors")}</p> }.into_any(),
                    Some(r) => {
                        let over = r.status.is_over();
                        view! {
                            <dl class="capacity-result" class:capacity-result--over=over>
                                <dt>{t!("capacity.caseload")}</dt>
                                <dd class="capacity-result__caseload">
                                    {r.caseload.map(caseload_text).unwrap_or_else(|| "–".into())}
                                    " "
                                    <span class="capacity-result__max">{t!("capacity.of_max").replace("{n}", &r.max.to_string())}</span>
                                </dd>
                                <dt>{t!("capacity.needed")}</dt>
                                <dd class="capacity-result__needed">{fte(r.needed)}</dd>
                                <dt>{t!("capacity.shortfall")}</dt>
                                <dd class="capacity-result__shortfall">
                                    {if r.shortfall > 0.0 { fte(r.shortfall) } else { t!("capacity.shortfall_none").to_string() }}
                                </dd>
                            </dl>
                            <p class=format!("capacity-result__status capacity-status--{}", r.status.code())>{status_text(&r)}</p>
                            {over
                                .then(|| {
                                    let text = match r.status {
                                        CapacityStatus::NoStaff => t!("capacity.warning_no_staff")
                                            .replace("{name}", &m.name)
                                            .replace("{n}", &da_number(r.citizens, 0))
                                            .replace("{needed}", &da_number(r.needed, 1))
                                            .replace("{max}", &r.max.to_string()),
                                        _ => t!("capacity.warning_above")
                                            .replace("{c}", &r.caseload.map(caseload_text).unwrap_or_default())
                                            .replace("{name}", &m.name)
                                            .replace("{max}", &r.max.to_string()),
                                    };
                                    view! {
                                        <div class="alert alert-warning capacity-warning" role="note">
                                            <div class="alert-body">
                                                <p class="alert-heading">{t!("capacity.warning_heading")}</p>
                                                <p class="alert-text">{text}</p>
                                            </div>
                                        </div>
                                    }
                                })}
                        }
                            .into_any()
                    }
                }
            }}
            <CapacityToCheck method=mid.to_string()/>
        </section>
    }
}

/// The totals of the scenario shown.
#[component]
pub(super) fn Totals(current: Memo<Scenario>) -> impl IntoView {
    let n_methods = calculator_methods(da()).len();
    move || {
        let s = current.get();
        let total = s.evaluate(da()).total;
        view! {
            <section class="capacity-totals" aria-labelledby="capacity-totals-heading">
                <h2 id="capacity-totals-heading">{t!("capacity.totals")}</h2>
                <table class="table table--compact capacity-totals__table">
                    <caption>{t!("capacity.totals_caption").replace("{name}", &s.name)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!("capacity.measure")}</th>
                            <th scope="col" class="num">{t!("capacity.value")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <th scope="row">{t!("capacity.total_citizens")}</th>
                            <td class="num" id="total-citizens">{da_number(total.citizens, 0)}</td>
                        </tr>
                        <tr>
                            <th scope="row">{t!("capacity.total_staff")}</th>
                            <td class="num" id="total-staff">{da_number(total.staff, 2)}</td>
                        </tr>
                        <tr>
                            <th scope="row">{t!("capacity.total_needed")}</th>
                            <td class="num" id="total-needed">{da_number(total.needed, 2)}</td>
                        </tr>
                        <tr class="total-row">
                            <th scope="row">{t!("capacity.total_shortfall")}</th>
                            <td class="num" id="total-shortfall">{da_number(total.shortfall, 2)}</td>
                        </tr>
                        <tr>
                            <th scope="row">{t!("capacity.total_over")}</th>
                            <td class="num" id="total-over">{format!("{} / {}", total.methods_over, n_methods)}</td>
                        </tr>
                    </tbody>
                </table>
                <p class="form-hint">{t!("capacity.total_note")}</p>
            </section>
        }
    }
}

/// Every scenario's totals side by side, when there are several.
#[component]
pub(super) fn AllScenarios(sc: Scenarios) -> impl IntoView {
    move || {
        let list = sc.list.get();
        let active = sc.active.get();
        (list.len() > 1).then(|| {
            view! {
                <section class="capacity-all" aria-labelledby="capacity-all-heading">
                    <h2 id="capacity-all-heading">{t!("capacity.all_scenarios")}</h2>
                    // Very large numbers may not fit a phone: the table then
                    // scrolls sideways, so its region takes keyboard focus.
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="capacity-all-caption">
                        <table class="table table--compact">
                            <caption id="capacity-all-caption">{t!("capacity.all_caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t!("capacity.scenario")}</th>
                                    <th scope="col" class="num">{t!("capacity.total_citizens")}</th>
                                    <th scope="col" class="num">{t!("capacity.total_staff")}</th>
                                    <th scope="col" class="num">{t!("capacity.all_needed")}</th>
                                    <th scope="col" class="num">{t!("capacity.all_shortfall")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {list
                                    .iter()
                                    .map(|s| {
                                        let total = s.evaluate(da()).total;
                                        view! {
                                            <tr>
                                                <th scope="row">
                                                    {s.name.clone()}
                                                    {(s.id == active).then(|| format!(" {}", t!("capacity.current")))}
                                                </th>
                                                <td class="num">{da_number(total.citizens, 0)}</td>
                                                <td class="num">{da_number(total.staff, 2)}</td>
                                                <td class="num">{da_number(total.needed, 2)}</td>
                                                <td class="num">{da_number(total.shortfall, 2)}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                </section>
            }
        })
    }
}
