//! Presentation mode for the projector: full screen, large type, one item
//! (or one driver) at a time, ←/→ to move, no names.

use super::merged::{mean_of, Distribution};
use super::{crumbs, missing, SeminarTabs};
use crate::content::da;
use crate::model::format::da_fixed;
use crate::model::seminar::{group_driver_percent, item_stats};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::pages::assessment::item_tag;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn SeminarPresent(id: String) -> impl IntoView {
    let state = use_state();
    let c = da();
    let Some(first) = state.seminar_now(&id) else {
        return missing();
    };
    let by_driver = RwSignal::new(false);
    let pos = RwSignal::new(0usize);
    let id2 = id.clone();
    let seminar = Memo::new(move |_| state.seminar(&id2));
    let n_items = first.def.items.len();
    let count = move || {
        if by_driver.get() {
            c.items.drivers.len()
        } else {
            n_items
        }
    };
    let step = move |d: i64| {
        let n = count() as i64;
        pos.update(|p| *p = (*p as i64 + d).clamp(0, (n - 1).max(0)) as usize);
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        // Arrow keys move the slides unless the user is in a form field.
        if crate::ui::shell::typing_in_field(&ev) {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | "PageDown" => {
                ev.prevent_default();
                step(1);
            }
            "ArrowLeft" | "PageUp" => {
                ev.prevent_default();
                step(-1);
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    let stage: NodeRef<leptos::html::Section> = NodeRef::new();
    let full = move |_| {
        if let Some(el) = stage.get_untracked() {
            let _ = el.request_fullscreen();
        }
    };
    let first2 = first.clone();
    view! {
        <Breadcrumbs trail=crumbs(&first2, Some(t!("seminar.tab_present")))/>
        <PageTitle text=format!("{} – {}", t!("seminar.tab_present"), first2.def.title) lead=t!("seminar.present_lead")/>
        <SeminarTabs id=id.clone() current="present"/>
        <div class="present-tools">
            <button type="button" class="button button-primary" on:click=full>{t!("seminar.fullscreen")}</button>
            <div class="form-group-checkbox">
                <input
                    type="checkbox"
                    class="form-checkbox"
                    id="by-driver"
                    prop:checked=by_driver
                    on:change=move |ev| {
                        by_driver.set(event_target_checked(&ev));
                        pos.set(0);
                    }
                />
                <label for="by-driver">{t!("seminar.by_driver")}</label>
            </div>
        </div>
        <section class="stage" node_ref=stage aria-live="polite" aria-label=t!("seminar.stage")>
            {move || {
                let Some(s) = seminar.get() else { return ().into_any() };
                let n = count();
                let p = pos.get().min(n.saturating_sub(1));
                let counter = format!("{} / {}", p + 1, n);
                if by_driver.get() {
                    let d = &c.items.drivers[p];
                    let pct = group_driver_percent(&s, c)[p];
                    let stats: Vec<_> = item_stats(&s)
                        .into_iter()
                        .filter(|st| c.item(&st.item).is_some_and(|i| i.driver == d.id))
                        .collect();
                    view! {
                        <p class="stage__counter">{counter}</p>
                        <h2 class="stage__title">{d.name.clone()}</h2>
                        <p class="stage__question">{d.question.clone()}</p>
                        <p class="stage__big">
                            {pct.map(|x| format!("{} %", da_fixed(x, 0))).unwrap_or_else(|| "–".into())}
                            <span class="stage__unit">{t!("seminar.of_max")}</span>
                        </p>
                        <ul class="plain-list stage__list">
                            {stats
                                .into_iter()
                                .map(|st| {
                                    let text = c.item(&st.item).map(|i| i.text().statement.clone()).unwrap_or_default();
                                    view! {
                                        <li class:stage__disagree=st.disagreement>
                                            <span class="stage__mean">{mean_of(&st)}</span>
                                            {text}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                } else {
                    let Some(st) = item_stats(&s).into_iter().nth(p) else { return ().into_any() };
                    let item = c.item(&st.item);
                    view! {
                        <p class="stage__counter">
                            {counter} " · " {item.map(item_tag).unwrap_or_default()}
                        </p>
                        <h2 class="stage__title">{item.map(|i| i.text().statement.clone()).unwrap_or_default()}</h2>
                        {st.disagreement.then(|| view! { <p class="stage__flag">{t!("seminar.disagree")}</p> })}
                        <div class="stage__body">
                            <Distribution stats=st.clone() large=true/>
                            <p class="stage__big">
                                {mean_of(&st)}
                                <span class="stage__unit">{t!("seminar.mean_of_4")}</span>
                            </p>
                        </div>
                    }
                    .into_any()
                }
            }}
            <div class="stage__nav">
                <button type="button" class="button button-secondary" on:click=move |_| step(-1)>{t!("seminar.prev")}</button>
                <button type="button" class="button button-secondary" on:click=move |_| step(1)>{t!("seminar.next")}</button>
            </div>
            <p class="stage__hint">{t!("seminar.present_keys")}</p>
        </section>
    }
    .into_any()
}
