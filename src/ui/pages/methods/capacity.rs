//! The caseload capacity calculator. For each method with a maximum caseload
//! (CTI, ICM, ACT from `capacity::calculator_methods`) the user types the
//! citizens and the staff in FTE (årsværk); the page shows citizens per
//! worker against the maximum, the FTE needed, the shortfall, a warning above
//! the maximum, and the totals. A field that cannot be read gets a Danish
//! message (never a NaN). Several named scenarios are saved in this browser
//! (`hfg:scenarios`, kind `scenarios`): create, copy, rename, delete, switch.
//! Every change is saved at once; another tab's change is read back in.

use super::to_check::CapacityToCheck;
use super::{crumbs, da_number, method_href};
use crate::content::{da, t, Method};
use crate::model::capacity::{
    calculator_methods, CapacityResult, CapacityStatus, InputError, RowOutcome, Scenario,
    ScenarioRow,
};
use crate::model::doc_merge::{shown_scenarios, stamp_scenarios};
use crate::storage::documents::{Scenarios as StoredScenarios, SCENARIOS};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::doc::{use_doc, Doc};
use crate::ui::route::Route;
use crate::ui::state::new_id;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which of a row's two fields.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Citizens,
    Staff,
}

impl Field {
    fn code(self) -> &'static str {
        match self {
            Field::Citizens => "citizens",
            Field::Staff => "staff",
        }
    }
}

fn default_scenario() -> Scenario {
    Scenario::new(new_id(), t("capacity.default_name").to_string(), da())
}

/// The scenarios of this page and the one shown. `list` is what the page
/// shows; `doc` the stored document (tombstones of deleted scenarios
/// included) kept through `ui::doc::use_doc`, merged with other tabs.
#[derive(Clone, Copy)]
struct Scenarios {
    list: RwSignal<Vec<Scenario>>,
    active: RwSignal<String>,
    doc: Doc<StoredScenarios>,
}

/// The scenarios to show for a stored list: a fresh default when none is left
/// (saved only once it is changed).
fn to_show(stored: &StoredScenarios) -> Vec<Scenario> {
    let mut list = shown_scenarios(&stored.0);
    if list.is_empty() {
        list.push(default_scenario());
    }
    list
}

impl Scenarios {
    fn open() -> Self {
        let doc = use_doc(SCENARIOS.key.prefix().to_string(), StoredScenarios::default);
        let list = doc.data.with_untracked(to_show);
        let active = list[0].id.clone();
        let sc = Scenarios {
            list: RwSignal::new(list),
            active: RwSignal::new(active),
            doc,
        };
        // Another tab's change, merged into the document: show it.
        Effect::new(move |_| {
            let stored = doc.data.get();
            let shown = shown_scenarios(&stored.0);
            if !shown.is_empty() && sc.list.with_untracked(|l| *l != shown) {
                let active = sc.active.get_untracked();
                if !shown.iter().any(|s| s.id == active) {
                    sc.active.set(shown[0].id.clone());
                }
                sc.list.set(shown);
            }
        });
        sc
    }

    /// Saves what the page shows (new and changed scenarios stamped, deleted
    /// ones kept as tombstones), merged with another tab's copy.
    fn save(&self) {
        let shown = self.list.get_untracked();
        self.doc
            .change(|d, at| *d = StoredScenarios(stamp_scenarios(&d.0, &shown, at)));
    }

    /// Changes the scenario shown and saves.
    fn change(&self, f: impl FnOnce(&mut Scenario)) {
        let id = self.active.get_untracked();
        self.list.update(|l| {
            if let Some(s) = l.iter_mut().find(|s| s.id == id) {
                f(s);
            }
        });
        self.save();
    }

    /// The scenario shown (tracked).
    fn current(&self) -> Scenario {
        let id = self.active.get();
        self.list.with(|l| {
            l.iter()
                .find(|s| s.id == id)
                .or(l.first())
                .cloned()
                .unwrap_or_else(default_scenario)
        })
    }

    fn set_field(&self, method: &str, field: Field, value: String) {
        self.change(|s| {
            let pos = match s.rows.iter().position(|r| r.method == method) {
                Some(p) => p,
                None => {
                    s.rows.push(ScenarioRow {
                        method: method.to_string(),
                        citizens: String::new(),
                        staff: String::new(),
                    });
                    s.rows.len() - 1
                }
            };
            match field {
                Field::Citizens => s.rows[pos].citizens = value,
                Field::Staff => s.rows[pos].staff = value,
            }
        });
    }

    fn add(&self, s: Scenario) {
        let id = s.id.clone();
        self.list.update(|l| l.push(s));
        self.active.set(id);
        self.save();
    }
}

fn focus(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let _ = el.focus();
            el.select();
        }
    });
}

/// Citizens per worker: "13", "9,8", or "under 0,1" for a tiny positive value.
fn caseload_text(c: f64) -> String {
    if c > 0.0 && c < 0.05 {
        t("capacity.under_tenth").to_string()
    } else {
        da_number(c, 1)
    }
}

fn fte(x: f64) -> String {
    t("capacity.fte").replace("{n}", &da_number(x, 2))
}

fn status_text(r: &CapacityResult) -> String {
    match r.status {
        CapacityStatus::Empty => t("capacity.status_empty").to_string(),
        CapacityStatus::Within => t("capacity.status_within").to_string(),
        CapacityStatus::AtMax => t("capacity.status_at_max").to_string(),
        CapacityStatus::Above { by_percent } => {
            t("capacity.status_above").replace("{p}", &da_number(by_percent, 1))
        }
        CapacityStatus::NoStaff => t("capacity.status_no_staff").to_string(),
    }
}

#[component]
pub fn CapacityPage() -> impl IntoView {
    let c = da();
    let sc = Scenarios::open();
    let current = Memo::new(move |_| sc.current());
    let name_missing = RwSignal::new(false);
    let undo: RwSignal<Option<(usize, Scenario)>> = RwSignal::new(None);
    let methods = calculator_methods(c);

    let switch = move |ev: leptos::ev::Event| {
        sc.active.set(event_target_value(&ev));
        name_missing.set(false);
        undo.set(None);
    };
    let rename = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if v.trim().is_empty() {
            name_missing.set(true);
        } else {
            name_missing.set(false);
            sc.change(|s| s.name = v.trim().to_string());
        }
    };
    let create = move |_| {
        let n = sc.list.with_untracked(Vec::len) + 1;
        sc.add(Scenario::new(
            new_id(),
            t("capacity.new_name").replace("{n}", &n.to_string()),
            c,
        ));
        name_missing.set(false);
        undo.set(None);
        focus("scenario-name");
    };
    let copy = move |_| {
        let mut s = current.get_untracked();
        s.id = new_id();
        s.name = t("capacity.copy_name").replace("{name}", &s.name);
        sc.add(s);
        name_missing.set(false);
        undo.set(None);
        focus("scenario-name");
    };
    let delete = move |_| {
        let id = sc.active.get_untracked();
        let mut removed = None;
        sc.list.update(|l| {
            if let Some(pos) = l.iter().position(|s| s.id == id) {
                removed = Some((pos, l.remove(pos)));
            }
            if l.is_empty() {
                l.push(default_scenario());
            }
        });
        let first = sc.list.with_untracked(|l| l[0].id.clone());
        sc.active.set(first);
        sc.save();
        name_missing.set(false);
        undo.set(removed);
        focus_undo();
    };
    let restore = move |_| {
        if let Some((pos, s)) = undo.get_untracked() {
            let id = s.id.clone();
            sc.list.update(|l| {
                // A fresh, untouched default made when the last one was deleted goes again.
                if l.len() == 1
                    && l[0]
                        .rows
                        .iter()
                        .all(|r| r.citizens.is_empty() && r.staff.is_empty())
                    && l[0].id != id
                {
                    l.clear();
                }
                let pos = pos.min(l.len());
                l.insert(pos, s);
            });
            sc.active.set(id);
            sc.save();
            undo.set(None);
            focus("scenario-name");
        }
    };

    view! {
        <Breadcrumbs trail=crumbs(t("capacity.title"))/>
        <PageTitle text=t("capacity.title") lead=t("capacity.lead")/>
        <div class="alert alert-info" role="note">
            <div class="alert-body">
                <p class="alert-text">{t("capacity.privacy")}</p>
            </div>
        </div>
        <section class="scenario-bar" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading" class="h3">{t("capacity.scenarios")}</h2>
            <div class="form-row">
                <div class="form-group">
                    <label class="form-label" for="scenario-select">{t("capacity.scenario_select")}</label>
                    <select class="form-select" id="scenario-select" on:change=switch>
                        {move || {
                            let active = sc.active.get();
                            sc.list
                                .get()
                                .into_iter()
                                .map(|s| {
                                    let selected = s.id == active;
                                    view! { <option value=s.id.clone() prop:selected=selected selected=selected>{s.name.clone()}</option> }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <div class="form-group" class:form-error=move || name_missing.get()>
                    <label class="form-label" for="scenario-name">{t("capacity.scenario_name")}</label>
                    <span class="form-hint" id="scenario-name-hint">{t("capacity.scenario_name_hint")}</span>
                    {move || {
                        name_missing
                            .get()
                            .then(|| view! { <span class="form-error-message" id="scenario-name-error">{t("capacity.name_missing")}</span> })
                    }}
                    <input
                        class="form-input input-width-l"
                        id="scenario-name"
                        type="text"
                        maxlength="80"
                        autocomplete="off"
                        aria-describedby=move || {
                            if name_missing.get() { "scenario-name-hint scenario-name-error" } else { "scenario-name-hint" }
                        }
                        aria-invalid=move || name_missing.get().then_some("true")
                        prop:value=move || current.with(|s| s.name.clone())
                        on:input=rename
                    />
                </div>
            </div>
            <ul class="inline-actions plain-list scenario-bar__actions">
                <li>
                    <button type="button" class="button button-secondary" on:click=create>{t("capacity.new")}</button>
                </li>
                <li>
                    <button type="button" class="button button-secondary" on:click=copy>{t("capacity.copy")}</button>
                </li>
                <li>
                    <button type="button" class="button button-tertiary" on:click=delete>{t("capacity.delete")}</button>
                </li>
            </ul>
            {move || {
                undo.get()
                    .map(|(_, s)| {
                        view! {
                            <div class="alert alert-success" role="status">
                                <p class="alert-text">{t("capacity.deleted").replace("{name}", &s.name)}</p>
                                <button type="button" class="button button-secondary" id="scenario-undo" on:click=restore>
                                    {t("capacity.undo")}
                                </button>
                            </div>
                        }
                    })
            }}
            <p class="form-hint">{t("capacity.saved_note")}</p>
        </section>
        <h2>{t("capacity.methods_heading")}</h2>
        <div class="capacity-methods">
            {methods
                .into_iter()
                .map(|m| view! { <MethodRow m=m sc=sc current=current/> })
                .collect_view()}
        </div>
        <Totals current=current/>
        <AllScenarios sc=sc/>
        <p>
            <a href=calculator_methods(c).first().map(|m| method_href(m)).unwrap_or_else(|| Route::Guide.href())>
                {t("capacity.read_guide")}
            </a>
        </p>
    }
}

fn focus_undo() {
    request_animation_frame(|| {
        if let Some(el) = document()
            .get_element_by_id("scenario-undo")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// One method: the two fields, the figures and a warning above the maximum.
#[component]
fn MethodRow(m: &'static Method, sc: Scenarios, current: Memo<Scenario>) -> impl IntoView {
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
                {move || error().map(|e| view! { <span class="form-error-message" id=err_id.clone()>{t(e.key())}</span> })}
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
            <p class="capacity-method__max">{t("capacity.max").replace("{n}", &max.to_string())}</p>
            <div class="capacity-method__fields">
                {field(Field::Citizens, t("capacity.citizens").replace("{name}", &m.name), t("capacity.citizens_hint"), "numeric")}
                {field(Field::Staff, t("capacity.staff").replace("{name}", &m.name), t("capacity.staff_hint"), "decimal")}
            </div>
            {move || {
                let o = outcome.get();
                match o.result {
                    None => view! { <p class="capacity-method__fix">{t("capacity.fix_errors")}</p> }.into_any(),
                    Some(r) => {
                        let over = r.status.is_over();
                        view! {
                            <dl class="capacity-result" class:capacity-result--over=over>
                                <dt>{t("capacity.caseload")}</dt>
                                <dd class="capacity-result__caseload">
                                    {r.caseload.map(caseload_text).unwrap_or_else(|| "–".into())}
                                    " "
                                    <span class="capacity-result__max">{t("capacity.of_max").replace("{n}", &r.max.to_string())}</span>
                                </dd>
                                <dt>{t("capacity.needed")}</dt>
                                <dd class="capacity-result__needed">{fte(r.needed)}</dd>
                                <dt>{t("capacity.shortfall")}</dt>
                                <dd class="capacity-result__shortfall">
                                    {if r.shortfall > 0.0 { fte(r.shortfall) } else { t("capacity.shortfall_none").to_string() }}
                                </dd>
                            </dl>
                            <p class=format!("capacity-result__status capacity-status--{}", r.status.code())>{status_text(&r)}</p>
                            {over
                                .then(|| {
                                    let text = match r.status {
                                        CapacityStatus::NoStaff => t("capacity.warning_no_staff")
                                            .replace("{name}", &m.name)
                                            .replace("{n}", &da_number(r.citizens, 0))
                                            .replace("{needed}", &da_number(r.needed, 1))
                                            .replace("{max}", &r.max.to_string()),
                                        _ => t("capacity.warning_above")
                                            .replace("{c}", &r.caseload.map(caseload_text).unwrap_or_default())
                                            .replace("{name}", &m.name)
                                            .replace("{max}", &r.max.to_string()),
                                    };
                                    view! {
                                        <div class="alert alert-warning capacity-warning" role="note">
                                            <div class="alert-body">
                                                <p class="alert-heading">{t("capacity.warning_heading")}</p>
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
fn Totals(current: Memo<Scenario>) -> impl IntoView {
    let n_methods = calculator_methods(da()).len();
    move || {
        let s = current.get();
        let total = s.evaluate(da()).total;
        view! {
            <section class="capacity-totals" aria-labelledby="capacity-totals-heading">
                <h2 id="capacity-totals-heading">{t("capacity.totals")}</h2>
                <table class="table table--compact capacity-totals__table">
                    <caption>{t("capacity.totals_caption").replace("{name}", &s.name)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("capacity.measure")}</th>
                            <th scope="col" class="num">{t("capacity.value")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <th scope="row">{t("capacity.total_citizens")}</th>
                            <td class="num" id="total-citizens">{da_number(total.citizens, 0)}</td>
                        </tr>
                        <tr>
                            <th scope="row">{t("capacity.total_staff")}</th>
                            <td class="num" id="total-staff">{da_number(total.staff, 2)}</td>
                        </tr>
                        <tr>
                            <th scope="row">{t("capacity.total_needed")}</th>
                            <td class="num" id="total-needed">{da_number(total.needed, 2)}</td>
                        </tr>
                        <tr class="total-row">
                            <th scope="row">{t("capacity.total_shortfall")}</th>
                            <td class="num" id="total-shortfall">{da_number(total.shortfall, 2)}</td>
                        </tr>
                        <tr>
                            <th scope="row">{t("capacity.total_over")}</th>
                            <td class="num" id="total-over">{format!("{} / {}", total.methods_over, n_methods)}</td>
                        </tr>
                    </tbody>
                </table>
                <p class="form-hint">{t("capacity.total_note")}</p>
            </section>
        }
    }
}

/// Every scenario's totals side by side, when there are several.
#[component]
fn AllScenarios(sc: Scenarios) -> impl IntoView {
    move || {
        let list = sc.list.get();
        let active = sc.active.get();
        (list.len() > 1).then(|| {
            view! {
                <section class="capacity-all" aria-labelledby="capacity-all-heading">
                    <h2 id="capacity-all-heading">{t("capacity.all_scenarios")}</h2>
                    // Very large numbers may not fit a phone: the table then
                    // scrolls sideways, so its region takes keyboard focus.
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="capacity-all-caption">
                        <table class="table table--compact">
                            <caption id="capacity-all-caption">{t("capacity.all_caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t("capacity.scenario")}</th>
                                    <th scope="col" class="num">{t("capacity.total_citizens")}</th>
                                    <th scope="col" class="num">{t("capacity.total_staff")}</th>
                                    <th scope="col" class="num">{t("capacity.all_needed")}</th>
                                    <th scope="col" class="num">{t("capacity.all_shortfall")}</th>
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
                                                    {(s.id == active).then(|| format!(" {}", t("capacity.current")))}
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
