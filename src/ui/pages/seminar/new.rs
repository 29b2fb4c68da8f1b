//! Creating a seminar: title, which items (a template or a custom pick, plus
//! the method checks for the methods the municipality uses), and the roles
//! participants may choose.

use crate::content::da;
use crate::model::seminar::{template_items, with_method_checks, Seminar, SeminarDef, Template};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::form_error::FormError;
use crate::ui::components::page_title::PageTitle;
use crate::ui::pages::assessment::item_tag;
use crate::ui::route::Route;
use crate::ui::router::navigate;
use crate::ui::state::{new_id, now, use_state};
use leptos::prelude::*;

const ROLE_LABELS: [&str; 4] = [
    t!("seminar.role_leadership"),
    t!("seminar.role_staff"),
    t!("seminar.role_housing"),
    t!("seminar.role_partner"),
];

#[derive(Clone, Copy, PartialEq)]
enum Pick {
    Drivers,
    Whole,
    Custom,
}

#[component]
pub fn NewSeminar() -> impl IntoView {
    let state = use_state();
    let c = da();
    let title = RwSignal::new(String::new());
    let pick = RwSignal::new(Pick::Drivers);
    let custom: RwSignal<Vec<String>> = RwSignal::new(template_items(c, Template::Drivers));
    let roles: RwSignal<Vec<String>> =
        RwSignal::new(ROLE_LABELS.iter().map(|k| k.to_string()).collect());
    let other_roles = RwSignal::new(String::new());
    let checks: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let error: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let items = match pick.get_untracked() {
            Pick::Drivers => template_items(c, Template::Drivers),
            Pick::Whole => template_items(c, Template::Whole),
            Pick::Custom => {
                let chosen = custom.get_untracked();
                c.items
                    .items
                    .iter()
                    .map(|i| i.id.clone())
                    .filter(|i| chosen.contains(i))
                    .collect()
            }
        };
        let items = with_method_checks(c, items, &checks.get_untracked());
        let name = title.get_untracked().trim().to_string();
        error.set(if name.is_empty() {
            Some(t!("seminar.title_missing"))
        } else if items.is_empty() {
            Some(t!("seminar.items_missing"))
        } else {
            None
        });
        if error.get_untracked().is_some() {
            return;
        }
        let mut all_roles = roles.get_untracked();
        for r in other_roles
            .get_untracked()
            .split(',')
            .map(str::trim)
            .filter(|r| !r.is_empty())
        {
            if !all_roles.iter().any(|x| x.eq_ignore_ascii_case(r)) {
                all_roles.push(r.to_string());
            }
        }
        let id = new_id();
        state.insert_seminar(Seminar::new(SeminarDef {
            id: id.clone(),
            title: name,
            items,
            roles: all_roles,
            created: now(),
        }));
        navigate(&Route::SeminarHome(id));
    };
    let radio = move |value: Pick, id: &'static str, label: &'static str, hint: String| {
        view! {
            <div class="form-group-radio">
                <input
                    type="radio"
                    class="form-radio"
                    id=id
                    name="template"
                    prop:checked=move || pick.get() == value
                    on:change=move |_| pick.set(value)
                />
                <label for=id>{label} " " <span class="form-hint-inline">{hint}</span></label>
            </div>
        }
    };
    let n_drivers = template_items(c, Template::Drivers).len();
    let n_whole = template_items(c, Template::Whole).len();
    view! {
        <Breadcrumbs trail=vec![
            (t!("nav.seminar").to_string(), Some(Route::Seminar.href())),
            (t!("seminar.new").to_string(), None),
        ]/>
        <PageTitle text=t!("seminar.new") lead=t!("seminar.new_lead")/>
        <form class="assessment-form" novalidate on:submit=submit>
            <FormError text=error/>
            <div class="form-group">
                <label class="form-label" for="s-title">{t!("seminar.title_label")}</label>
                <span class="form-hint" id="s-title-hint">{t!("seminar.title_hint")}</span>
                <input
                    class="form-input input-width-xl"
                    id="s-title"
                    type="text"
                    maxlength="120"
                    aria-describedby="s-title-hint"
                    prop:value=title
                    on:input=move |ev| title.set(event_target_value(&ev))
                />
            </div>
            <fieldset class="form-group">
                <legend class="form-label">{t!("seminar.items_label")}</legend>
                {radio(Pick::Drivers, "tpl-drivers", t!("seminar.tpl_drivers"), t!("form.item_count").replace("{n}", &n_drivers.to_string()))}
                {radio(Pick::Whole, "tpl-whole", t!("seminar.tpl_whole"), t!("form.item_count").replace("{n}", &n_whole.to_string()))}
                {radio(Pick::Custom, "tpl-custom", t!("seminar.tpl_custom"), String::new())}
            </fieldset>
            <fieldset class="form-group" aria-describedby="s-methods-hint">
                <legend class="form-label">{t!("seminar.methods_label")}</legend>
                <span class="form-hint" id="s-methods-hint">{t!("seminar.methods_hint")}</span>
                {c
                    .items
                    .sections
                    .iter()
                    .filter(|s| s.method.is_some())
                    .map(|s| {
                        let (a, b) = (s.id.clone(), s.id.clone());
                        let n = c.items.items.iter().filter(|i| i.section == s.id).count();
                        let name = s
                            .method
                            .as_deref()
                            .and_then(|m| c.method(m))
                            .map(|m| format!("{} – {}", m.name, m.full_name))
                            .unwrap_or_else(|| s.title.clone());
                        view! {
                            <div class="form-group-checkbox">
                                <input
                                    type="checkbox"
                                    class="form-checkbox"
                                    id=format!("s-check-{}", s.id)
                                    prop:checked=move || checks.with(|v| v.contains(&a))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        checks.update(|v| {
                                            v.retain(|x| x != &b);
                                            if on {
                                                v.push(b.clone());
                                            }
                                        });
                                    }
                                />
                                <label for=format!("s-check-{}", s.id)>
                                    {name} " "
                                    <span class="form-hint-inline">{t!("form.item_count").replace("{n}", &n.to_string())}</span>
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            {move || {
                (pick.get() == Pick::Custom)
                    .then(|| {
                        view! {
                            <fieldset class="form-group custom-pick">
                                <legend class="form-label">{t!("seminar.custom_label")}</legend>
                                {c
                                    .items
                                    .items
                                    .iter()
                                    .map(|i| {
                                        let (a, b) = (i.id.clone(), i.id.clone());
                                        let driver = item_tag(i);
                                        view! {
                                            <div class="form-group-checkbox">
                                                <input
                                                    type="checkbox"
                                                    class="form-checkbox"
                                                    id=format!("pick-{}", i.id)
                                                    prop:checked=move || custom.with(|v| v.contains(&a))
                                                    on:change=move |ev| {
                                                        let on = event_target_checked(&ev);
                                                        custom.update(|v| {
                                                            v.retain(|x| x != &b);
                                                            if on {
                                                                v.push(b.clone());
                                                            }
                                                        });
                                                    }
                                                />
                                                <label for=format!("pick-{}", i.id)>
                                                    {i.text().statement.as_str()} " " <span class="tag-driver">{driver}</span>
                                                </label>
                                            </div>
                                        }
                                    })
                                    .collect_view()}
                            </fieldset>
                        }
                    })
            }}
            <fieldset class="form-group">
                <legend class="form-label">{t!("seminar.roles_label")}</legend>
                <span class="form-hint">{t!("seminar.roles_hint")}</span>
                {ROLE_LABELS
                    .iter()
                    .enumerate()
                    .map(|(n, k)| {
                        let role = k.to_string();
                        let (a, b) = (role.clone(), role.clone());
                        view! {
                            <div class="form-group-checkbox">
                                <input
                                    type="checkbox"
                                    class="form-checkbox"
                                    id=format!("role-{n}")
                                    prop:checked=move || roles.with(|v| v.contains(&a))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        roles.update(|v| {
                                            v.retain(|x| x != &b);
                                            if on {
                                                v.push(b.clone());
                                            }
                                        });
                                    }
                                />
                                <label for=format!("role-{n}")>{role}</label>
                            </div>
                        }
                    })
                    .collect_view()}
                <label class="form-label" for="role-other">{t!("seminar.roles_other")}</label>
                <input
                    class="form-input"
                    id="role-other"
                    type="text"
                    maxlength="200"
                    prop:value=other_roles
                    on:input=move |ev| other_roles.set(event_target_value(&ev))
                />
            </fieldset>
            <button type="submit" class="button button-primary">{t!("seminar.create")}</button>
        </form>
    }
}
