//! Forms: create an assessment, edit its name/date/description/sections, and
//! start a follow-up measurement (answers cleared or kept). The sections are
//! chosen in two groups: the common sections, and the method checks for the
//! methods the municipality uses (none, one, two or all three). Editing can
//! add a method check later; answers are kept whatever is chosen.

use super::{crumbs, missing};
use crate::content::da;
use crate::model::assessment::{is_iso_date, Assessment};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::form_error::FormError;
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use crate::ui::router::navigate;
use crate::ui::state::{new_id, today, use_state};
use leptos::prelude::*;

/// The fields shared by "new" and "edit".
#[derive(Clone)]
struct Fields {
    name: RwSignal<String>,
    date: RwSignal<String>,
    description: RwSignal<String>,
    /// The next measurement's date, or empty.
    next_date: RwSignal<String>,
    sections: RwSignal<Vec<String>>,
    error: RwSignal<Option<&'static str>>,
}

impl Fields {
    fn new(name: String, date: String, description: String, sections: Vec<String>) -> Self {
        Fields {
            name: RwSignal::new(name),
            date: RwSignal::new(date),
            description: RwSignal::new(description),
            next_date: RwSignal::new(String::new()),
            sections: RwSignal::new(sections),
            error: RwSignal::new(None),
        }
    }

    /// Checks the fields; sets the error message and returns false when wrong.
    fn valid(&self) -> bool {
        let err = if self.name.with(|n| n.trim().is_empty()) {
            Some(t!("form.name_missing"))
        } else if !self.date.with(|d| is_iso_date(d)) {
            Some(t!("form.date_invalid"))
        } else if !self.next_date.with(|d| d.is_empty() || is_iso_date(d)) {
            Some(t!("form.next_date_invalid"))
        } else if self.sections.with(Vec::is_empty) {
            Some(t!("form.sections_missing"))
        } else {
            None
        };
        self.error.set(err);
        err.is_none()
    }

    /// Sections in content order.
    fn sections_ordered(&self) -> Vec<String> {
        let chosen = self.sections.get_untracked();
        da().items
            .sections
            .iter()
            .map(|s| s.id.clone())
            .filter(|s| chosen.contains(s))
            .collect()
    }

    /// The next measurement's date, if one is given.
    fn next_date_value(&self) -> Option<String> {
        Some(self.next_date.get_untracked()).filter(|d| is_iso_date(d))
    }
}

#[component]
fn FieldsView(f: Fields) -> impl IntoView {
    let error = f.error;
    view! {
        <FormError text=error/>
        <div class="form-group">
            <label class="form-label" for="f-name">{t!("form.name")}</label>
            <span class="form-hint" id="f-name-hint">{t!("form.name_hint")}</span>
            <input
                class="form-input input-width-xl"
                id="f-name"
                type="text"
                maxlength="120"
                autocomplete="organization"
                aria-describedby="f-name-hint"
                aria-invalid=move || (error.get() == Some(t!("form.name_missing"))).then_some("true")
                prop:value=f.name
                on:input=move |ev| f.name.set(event_target_value(&ev))
            />
        </div>
        <div class="form-group">
            <label class="form-label" for="f-date">{t!("form.date")}</label>
            <input
                class="form-input input-width-s"
                id="f-date"
                type="date"
                aria-invalid=move || (error.get() == Some(t!("form.date_invalid"))).then_some("true")
                prop:value=f.date
                on:input=move |ev| f.date.set(event_target_value(&ev))
            />
        </div>
        <div class="form-group">
            <label class="form-label" for="f-next">{t!("form.next_date")}</label>
            <span class="form-hint" id="f-next-hint">{t!("form.next_date_hint")}</span>
            <input
                class="form-input input-width-s"
                id="f-next"
                type="date"
                aria-describedby="f-next-hint"
                aria-invalid=move || (error.get() == Some(t!("form.next_date_invalid"))).then_some("true")
                prop:value=f.next_date
                on:input=move |ev| f.next_date.set(event_target_value(&ev))
            />
        </div>
        <div class="form-group">
            <label class="form-label" for="f-desc">{t!("form.description")}</label>
            <textarea
                class="form-input"
                id="f-desc"
                rows="3"
                maxlength="2000"
                prop:value=f.description
                on:input=move |ev| f.description.set(event_target_value(&ev))
            ></textarea>
        </div>
        <SectionChoices f=f.clone() methods=false/>
        <SectionChoices f=f methods=true/>
    }
}

/// Checkboxes for the sections: the common ones (`methods` false) or the
/// method checks, one per method the municipality uses (`methods` true).
#[component]
fn SectionChoices(f: Fields, methods: bool) -> impl IntoView {
    let c = da();
    let (legend, hint) = if methods {
        (t!("form.methods"), t!("form.methods_hint"))
    } else {
        (t!("form.sections"), t!("form.sections_hint"))
    };
    let hint_id = if methods {
        "f-methods-hint"
    } else {
        "f-sections-hint"
    };
    view! {
        <fieldset class="form-group" aria-describedby=hint_id>
            <legend class="form-label">{legend}</legend>
            <span class="form-hint" id=hint_id>{hint}</span>
            {c
                .items
                .sections
                .iter()
                .filter(|s| s.method.is_some() == methods)
                .map(|s| {
                    let id = s.id.clone();
                    let id2 = s.id.clone();
                    let count = c.items.items.iter().filter(|i| i.section == s.id).count();
                    let label = match s.method.as_deref().and_then(|m| c.method(m)) {
                        Some(m) => format!("{} – {}", m.name, m.full_name),
                        None => s.title.clone(),
                    };
                    view! {
                        <div class="form-group-checkbox">
                            <input
                                type="checkbox"
                                class="form-checkbox"
                                id=format!("f-s-{}", s.id)
                                prop:checked=move || f.sections.with(|v| v.contains(&id))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    f.sections
                                        .update(|v| {
                                            v.retain(|x| x != &id2);
                                            if on {
                                                v.push(id2.clone());
                                            }
                                        });
                                }
                            />
                            <label for=format!("f-s-{}", s.id)>
                                {label} " "
                                <span class="form-hint-inline">
                                    {t!("form.item_count").replace("{n}", &count.to_string())}
                                </span>
                            </label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
pub fn NewAssessment() -> impl IntoView {
    let state = use_state();
    // Every common section to begin with; method checks only when chosen.
    let all: Vec<String> = da()
        .items
        .sections
        .iter()
        .filter(|s| s.method.is_none())
        .map(|s| s.id.clone())
        .collect();
    let f = Fields::new(String::new(), today(), String::new(), all);
    let f2 = f.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !f2.valid() {
            return;
        }
        let id = new_id();
        let now = crate::ui::state::now();
        let mut a = Assessment::new(
            id.clone(),
            f2.name.get_untracked().trim().to_string(),
            f2.date.get_untracked(),
            f2.sections_ordered(),
            now,
        );
        a.meta.description = f2.description.get_untracked().trim().to_string();
        a.meta.next_date = f2.next_date_value();
        state.insert(a);
        navigate(&Route::Assessment(id));
    };
    view! {
        <Breadcrumbs trail=vec![
            (t!("nav.assessment").to_string(), Some(Route::Assessments.href())),
            (t!("form.new_title").to_string(), None),
        ]/>
        <PageTitle text=t!("form.new_title") lead=t!("form.new_lead")/>
        <form class="assessment-form" novalidate on:submit=submit>
            <FieldsView f=f/>
            <button type="submit" class="button button-primary">{t!("form.create")}</button>
        </form>
    }
}

#[component]
pub fn EditAssessment(id: String) -> impl IntoView {
    let state = use_state();
    let Some(a) = state.assessment_now(&id) else {
        return missing();
    };
    let f = Fields::new(
        a.meta.name.clone(),
        a.meta.date.clone(),
        a.meta.description.clone(),
        a.meta.sections.clone(),
    );
    f.next_date
        .set(a.meta.next_date.clone().unwrap_or_default());
    let f2 = f.clone();
    let id2 = id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !f2.valid() {
            return;
        }
        let sections = f2.sections_ordered();
        state.change(&id2, |a, now| {
            a.meta.name = f2.name.get_untracked().trim().to_string();
            a.meta.date = f2.date.get_untracked();
            a.meta.description = f2.description.get_untracked().trim().to_string();
            a.meta.next_date = f2.next_date_value();
            a.meta.sections = sections;
            a.meta.at = now;
        });
        navigate(&Route::Assessment(id2.clone()));
    };
    view! {
        <Breadcrumbs trail=crumbs(&a, Some(t!("form.edit_title")))/>
        <PageTitle text=t!("form.edit_title") lead=t!("form.edit_lead")/>
        <form class="assessment-form" novalidate on:submit=submit>
            <FieldsView f=f/>
            <button type="submit" class="button button-primary">{t!("form.save")}</button>
            " "
            <a class="button button-secondary" href=Route::Assessment(id.clone()).href()>{t!("form.cancel")}</a>
        </form>
    }
    .into_any()
}

#[component]
pub fn FollowUp(id: String) -> impl IntoView {
    let state = use_state();
    let Some(a) = state.assessment_now(&id) else {
        return missing();
    };
    let date = RwSignal::new(today());
    let keep = RwSignal::new(false);
    let error = RwSignal::new(false);
    let source = a.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !is_iso_date(&date.get_untracked()) {
            error.set(true);
            return;
        }
        let new = new_id();
        let next = source.follow_up(
            new.clone(),
            date.get_untracked(),
            keep.get_untracked(),
            crate::ui::state::now(),
        );
        state.insert(next);
        navigate(&Route::Assessment(new));
    };
    view! {
        <Breadcrumbs trail=crumbs(&a, Some(t!("followup.title")))/>
        <PageTitle text=t!("followup.title") lead=t!("followup.lead").replace("{name}", &a.meta.name)/>
        <form class="assessment-form" novalidate on:submit=submit>
            <FormError text=Signal::derive(move || error.get().then_some(t!("form.date_invalid")))/>
            <div class="form-group">
                <label class="form-label" for="fu-date">{t!("followup.date")}</label>
                <input
                    class="form-input input-width-s"
                    id="fu-date"
                    type="date"
                    prop:value=date
                    on:input=move |ev| date.set(event_target_value(&ev))
                />
            </div>
            <fieldset class="form-group">
                <legend class="form-label">{t!("followup.answers")}</legend>
                <div class="form-group-radio">
                    <input
                        type="radio"
                        class="form-radio"
                        id="fu-clear"
                        name="fu-keep"
                        prop:checked=move || !keep.get()
                        on:change=move |_| keep.set(false)
                    />
                    <label for="fu-clear">{t!("followup.clear")}</label>
                </div>
                <div class="form-group-radio">
                    <input
                        type="radio"
                        class="form-radio"
                        id="fu-keep"
                        name="fu-keep"
                        prop:checked=move || keep.get()
                        on:change=move |_| keep.set(true)
                    />
                    <label for="fu-keep">{t!("followup.keep")}</label>
                </div>
            </fieldset>
            <p>{t!("followup.plan_note")}</p>
            <button type="submit" class="button button-primary">{t!("followup.create")}</button>
        </form>
    }
    .into_any()
}
