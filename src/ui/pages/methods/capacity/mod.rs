//! The caseload capacity calculator. For each method with a maximum caseload
//! (CTI, ICM, ACT from `capacity::calculator_methods`) the user types the
//! citizens and the staff in FTE (årsværk); the page shows citizens per
//! worker against the maximum, the FTE needed, the shortfall, a warning above
//! the maximum, and the totals. A field that cannot be read gets a Danish
//! message (never a NaN). Several named scenarios are saved in this browser
//! (`hfg:scenarios`, kind `scenarios`): create, copy, rename, delete, switch.
//! Every change is saved at once; another tab's change is read back in.
//!
//! This file is the page and its scenario bar; [`store`] loads and saves the
//! scenarios (all storage code of the calculator), [`figures`] shows one
//! scenario's rows and totals. The list's rules are `model::scenarios`'.

mod figures;
mod store;

pub use store::{KEY, KIND};

use super::{crumbs, method_href};
use crate::content::da;
use crate::model::capacity::{calculator_methods, Scenario};
use crate::model::scenarios;
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::focus::{focus_and_select_later, focus_later};
use crate::ui::route::Route;
use crate::ui::state::new_id;
use figures::{AllScenarios, MethodRow, Totals};
use leptos::prelude::*;
use store::{default_scenario, Scenarios};

#[component]
pub fn CapacityPage() -> impl IntoView {
    let c = da();
    // Loads the scenarios and follows other tabs (ui::doc).
    let sc = Scenarios::open();
    let current = Memo::new(move |_| sc.current());
    let name_missing = RwSignal::new(false);
    let undo: RwSignal<Option<scenarios::Deleted>> = RwSignal::new(None);
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
            t!("capacity.new_name").replace("{n}", &n.to_string()),
            c,
        ));
        name_missing.set(false);
        undo.set(None);
        focus_and_select_later("scenario-name");
    };
    let copy = move |_| {
        let mut s = current.get_untracked();
        s.id = new_id();
        s.name = t!("capacity.copy_name").replace("{name}", &s.name);
        sc.add(s);
        name_missing.set(false);
        undo.set(None);
        focus_and_select_later("scenario-name");
    };
    let delete = move |_| {
        let id = sc.active.get_untracked();
        let mut removed = None;
        sc.list
            .update(|l| removed = scenarios::delete(l, &id, default_scenario));
        let first = sc.list.with_untracked(|l| l[0].id.clone());
        sc.active.set(first);
        sc.save();
        name_missing.set(false);
        undo.set(removed);
        focus_later("scenario-undo".into());
    };
    let restore = move |_| {
        if let Some(deleted) = undo.get_untracked() {
            let mut id = String::new();
            sc.list.update(|l| id = scenarios::restore(l, deleted));
            sc.active.set(id);
            sc.save();
            undo.set(None);
            focus_and_select_later("scenario-name");
        }
    };

    view! {
        <Breadcrumbs trail=crumbs(t!("capacity.title"))/>
        <PageTitle text=t!("capacity.title") lead=t!("capacity.lead")/>
        <div class="alert alert-info" role="note">
            <div class="alert-body">
                <p class="alert-text">{t!("capacity.privacy")}</p>
            </div>
        </div>
        <section class="scenario-bar" aria-labelledby="scenarios-heading">
            <h2 id="scenarios-heading" class="h3">{t!("capacity.scenarios")}</h2>
            <div class="form-row">
                <div class="form-group">
                    <label class="form-label" for="scenario-select">{t!("capacity.scenario_select")}</label>
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
                    <label class="form-label" for="scenario-name">{t!("capacity.scenario_name")}</label>
                    <span class="form-hint" id="scenario-name-hint">{t!("capacity.scenario_name_hint")}</span>
                    {move || {
                        name_missing
                            .get()
                            .then(|| view! { <span class="form-error-message" id="scenario-name-error">{t!("capacity.name_missing")}</span> })
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
                    <button type="button" class="button button-secondary" on:click=create>{t!("capacity.new")}</button>
                </li>
                <li>
                    <button type="button" class="button button-secondary" on:click=copy>{t!("capacity.copy")}</button>
                </li>
                <li>
                    <button type="button" class="button button-tertiary" on:click=delete>{t!("capacity.delete")}</button>
                </li>
            </ul>
            {move || {
                undo.get()
                    .map(|d| {
                        view! {
                            <div class="alert alert-success" role="status">
                                <p class="alert-text">{t!("capacity.deleted").replace("{name}", &d.scenario.name)}</p>
                                <button type="button" class="button button-secondary" id="scenario-undo" on:click=restore>
                                    {t!("capacity.undo")}
                                </button>
                            </div>
                        }
                    })
            }}
            <p class="form-hint">{t!("capacity.saved_note")}</p>
        </section>
        <h2>{t!("capacity.methods_heading")}</h2>
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
                {t!("capacity.read_guide")}
            </a>
        </p>
    }
}
