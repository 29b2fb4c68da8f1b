//! The action plan: actions from gaps and free actions, each with what,
//! responsible role, deadline and status; reorder, delete with undo; overdue
//! actions stand out. Every change is saved at once.

use super::{crumbs, da_date, missing};
use crate::content::da;
use crate::model::assessment::{is_iso_date, Action, ActionStatus};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::form_error::FormError;
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use crate::ui::state::{new_id, today, use_state};
use leptos::prelude::*;

#[component]
pub fn PlanPage(id: String) -> impl IntoView {
    let state = use_state();
    let Some(first) = state.assessment_now(&id) else {
        return missing();
    };
    let id_l = id.clone();
    let plan_ids = Memo::new(move |_| {
        state
            .get(&id_l)
            .map(|a| a.plan().iter().map(|x| x.id.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let deleted: RwSignal<Option<String>> = RwSignal::new(None);
    let (title, responsible, deadline) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let error = RwSignal::new(false);
    let id_add = id.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let what = title.get_untracked().trim().to_string();
        if what.is_empty() {
            error.set(true);
            return;
        }
        error.set(false);
        let d = deadline.get_untracked();
        state.change(&id_add, |a, now| {
            a.add_action(
                Action {
                    id: new_id(),
                    title: what,
                    responsible: responsible.get_untracked().trim().to_string(),
                    deadline: is_iso_date(&d).then_some(d),
                    status: ActionStatus::NotStarted,
                    item: None,
                    order: 0,
                    deleted: false,
                    at: now,
                },
                now,
            )
        });
        title.set(String::new());
        responsible.set(String::new());
        deadline.set(String::new());
    };
    let id_undo = id.clone();
    let id_rows = id.clone();
    view! {
        <Breadcrumbs trail=crumbs(&first, Some(t!("plan.title")))/>
        <PageTitle text=format!("{} – {}", t!("plan.title"), first.meta.name) lead=t!("plan.lead")/>
        {move || {
            deleted
                .get()
                .map(|action_id| {
                    let id = id_undo.clone();
                    view! {
                        <div class="alert alert-success" role="status">
                            <p class="alert-text">{t!("plan.deleted")}</p>
                            <button
                                type="button"
                                class="button button-secondary"
                                on:click=move |_| {
                                    state.change(&id, |a, now| a.update_action(&action_id, now, |x| x.deleted = false));
                                    deleted.set(None);
                                }
                            >
                                {t!("assess.undo")}
                            </button>
                        </div>
                    }
                })
        }}
        {move || {
            plan_ids
                .with(Vec::is_empty)
                .then(|| {
                    view! {
                        <p class="plan-empty">
                            {t!("plan.empty")} " "
                            <a href=Route::Results(id.clone()).href()>{t!("plan.empty_link")}</a>
                        </p>
                    }
                })
        }}
        <ol class="plain-list action-list">
            <For each=move || plan_ids.get() key=|x| x.clone() let:action_id>
                <ActionRow assessment=id_rows.clone() action=action_id deleted=deleted/>
            </For>
        </ol>
        <form class="action-add" novalidate on:submit=add>
            <h2 class="h3">{t!("plan.add_title")}</h2>
            <FormError text=Signal::derive(move || error.get().then_some(t!("plan.title_missing")))/>
            <div class="form-group">
                <label class="form-label" for="add-title">{t!("plan.what")}</label>
                <input
                    class="form-input input-width-xl"
                    id="add-title"
                    type="text"
                    maxlength="300"
                    prop:value=title
                    on:input=move |ev| title.set(event_target_value(&ev))
                />
            </div>
            <div class="form-row">
                <div class="form-group">
                    <label class="form-label" for="add-resp">{t!("plan.responsible")}</label>
                    <input
                        class="form-input"
                        id="add-resp"
                        type="text"
                        maxlength="120"
                        prop:value=responsible
                        on:input=move |ev| responsible.set(event_target_value(&ev))
                    />
                </div>
                <div class="form-group">
                    <label class="form-label" for="add-deadline">{t!("plan.deadline")}</label>
                    <input
                        class="form-input"
                        id="add-deadline"
                        type="date"
                        prop:value=deadline
                        on:input=move |ev| deadline.set(event_target_value(&ev))
                    />
                </div>
            </div>
            <button type="submit" class="button button-primary">{t!("plan.add")}</button>
        </form>
    }
    .into_any()
}

#[component]
fn ActionRow(
    assessment: String,
    action: String,
    deleted: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_state();
    let (aid, xid) = (assessment.clone(), action.clone());
    let current = Memo::new(move |_| {
        state.assessments.with(|v| {
            let a = v.iter().find(|a| a.id == aid)?;
            let plan = a.plan();
            let pos = plan.iter().position(|x| x.id == xid)?;
            Some((plan[pos].clone(), pos, plan.len()))
        })
    });
    let today = today();
    // Applies a change to this action and saves.
    let edit = {
        let (assessment, action) = (assessment.clone(), action.clone());
        move |f: &dyn Fn(&mut Action)| {
            state.change(&assessment, |a, now| a.update_action(&action, now, f))
        }
    };
    let edit = StoredValue::new(std::sync::Arc::new(edit));
    let shift = move |step: i32| {
        let (assessment, action) = (assessment.clone(), action.clone());
        move |_| state.change(&assessment, |a, now| a.move_action(&action, step, now))
    };
    move || {
        let Some((x, pos, len)) = current.get() else {
            return ().into_any();
        };
        let overdue = x.is_overdue(&today);
        let key = x.id.clone();
        let item = x.item.as_ref().and_then(|i| da().item(i));
        let n = pos + 1;
        let e = edit.get_value();
        let (e1, e2, e3, e4, e5) = (e.clone(), e.clone(), e.clone(), e.clone(), e);
        view! {
            <li class="action" class:action--overdue=overdue class:action--done=x.status == ActionStatus::Done>
                <div class="action__head">
                    <span class="action__number">{n} "."</span>
                    {overdue.then(|| view! { <span class="badge badge-error">{t!("plan.overdue")}</span> })}
                    {item.map(|i| view! { <span class="action__from">{t!("plan.from_gap")} " " {i.text().statement.as_str()}</span> })}
                </div>
                <div class="form-group">
                    <label class="form-label" for=format!("a-title-{key}")>{t!("plan.what")}</label>
                    <input
                        class="form-input input-width-xl"
                        id=format!("a-title-{key}")
                        type="text"
                        maxlength="300"
                        prop:value=x.title.clone()
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            e1(&|a| a.title = v.clone());
                        }
                    />
                </div>
                <div class="form-row">
                    <div class="form-group">
                        <label class="form-label" for=format!("a-resp-{key}")>{t!("plan.responsible")}</label>
                        <input
                            class="form-input"
                            id=format!("a-resp-{key}")
                            type="text"
                            maxlength="120"
                            prop:value=x.responsible.clone()
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                e2(&|a| a.responsible = v.clone());
                            }
                        />
                    </div>
                    <div class="form-group">
                        <label class="form-label" for=format!("a-dl-{key}")>{t!("plan.deadline")}</label>
                        <input
                            class="form-input"
                            id=format!("a-dl-{key}")
                            type="date"
                            prop:value=x.deadline.clone().unwrap_or_default()
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                e3(&|a| a.deadline = is_iso_date(&v).then(|| v.clone()));
                            }
                        />
                    </div>
                    <div class="form-group">
                        <label class="form-label" for=format!("a-st-{key}")>{t!("plan.status")}</label>
                        <select
                            class="form-select"
                            id=format!("a-st-{key}")
                            on:change=move |ev| {
                                if let Some(s) = ActionStatus::from_code(&event_target_value(&ev)) {
                                    e4(&|a| a.status = s);
                                }
                            }
                        >
                            {ActionStatus::ALL
                                .into_iter()
                                .map(|s| view! { <option value=s.code() selected=s == x.status>{s.label()}</option> })
                                .collect_view()}
                        </select>
                    </div>
                </div>
                {x.deadline.as_ref().map(|d| view! { <p class="action__deadline">{t!("plan.deadline")} ": " {da_date(d)}</p> })}
                <div class="action__tools">
                    <button type="button" class="button button-tertiary" aria-label=format!("{}: {}", t!("plan.up"), x.title) disabled=pos == 0 on:click=shift(-1)>
                        {t!("plan.up")}
                    </button>
                    <button type="button" class="button button-tertiary" aria-label=format!("{}: {}", t!("plan.down"), x.title) disabled=pos + 1 == len on:click=shift(1)>
                        {t!("plan.down")}
                    </button>
                    <button
                        type="button"
                        class="button button-tertiary" aria-label=format!("{}: {}", t!("plan.delete"), x.title)
                        on:click=move |_| {
                            e5(&|a| a.deleted = true);
                            deleted.set(Some(key.clone()));
                        }
                    >
                        {t!("plan.delete")}
                    </button>
                </div>
            </li>
        }
        .into_any()
    }
}
