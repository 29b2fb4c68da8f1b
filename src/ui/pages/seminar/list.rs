//! The seminar area's start: how it works, and the seminars this browser facilitates.

use crate::model::seminar::Seminar;
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use crate::ui::state::use_state;
use leptos::prelude::*;

fn date_of(millis: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis));
    format!(
        "{}.{}.{}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year()
    )
}

#[component]
pub fn SeminarList() -> impl IntoView {
    let state = use_state();
    let undo: RwSignal<Option<Seminar>> = RwSignal::new(None);
    view! {
        <PageTitle text=t!("seminar.title") lead=t!("seminar.lead")/>
        <ol class="steps">
            <li>{t!("seminar.step1")}</li>
            <li>{t!("seminar.step2")}</li>
            <li>{t!("seminar.step3")}</li>
            <li>{t!("seminar.step4")}</li>
        </ol>
        <p class="form-hint">{t!("seminar.participant_hint")}</p>
        <p>
            <a class="button button-primary" href=Route::NewSeminar.href()>{t!("seminar.new")}</a>
        </p>
        {move || {
            undo.get()
                .map(|s| {
                    view! {
                        <div class="alert alert-success" role="status">
                            <p class="alert-text">{t!("seminar.deleted").replace("{title}", &s.def.title)}</p>
                            <button
                                type="button"
                                class="button button-secondary"
                                on:click=move |_| {
                                    state.insert_seminar(s.clone());
                                    undo.set(None);
                                }
                            >
                                {t!("assess.undo")}
                            </button>
                        </div>
                    }
                })
        }}
        {move || {
            let list = state.seminars.get();
            (!list.is_empty())
                .then(|| {
                    view! {
                        <h2 class="h3">{t!("seminar.yours")}</h2>
                        <ul class="plain-list assessment-list">
                            {list
                                .into_iter()
                                .map(|s| {
                                    let id = s.def.id.clone();
                                    let title = s.def.title.clone();
                                    view! {
                                        <li class="assessment-card">
                                            <h3 class="h4">
                                                <a href=Route::SeminarHome(s.def.id.clone()).href()>{s.def.title.clone()}</a>
                                            </h3>
                                            <p class="assessment-card__meta">
                                                {date_of(s.def.created)} " · "
                                                {t!("seminar.items_n").replace("{n}", &s.def.items.len().to_string())} " · "
                                                {t!("seminar.answers_n").replace("{n}", &s.responses.len().to_string())}
                                            </p>
                                            <ul class="plain-list inline-actions">
                                                <li>
                                                    <a href=Route::SeminarMerged(s.def.id.clone()).href()>{t!("seminar.tab_merged")}</a>
                                                </li>
                                                <li>
                                                    <a href=Route::SeminarPresent(s.def.id.clone()).href()>{t!("seminar.tab_present")}</a>
                                                </li>
                                                <li>
                                                    <button
                                                        type="button"
                                                        class="link-button"
                                                        aria-label=format!("{} {}", t!("assess.delete"), title)
                                                        on:click=move |_| {
                                                            if let Some(gone) = state.delete_seminar(&id) {
                                                                undo.set(Some(gone));
                                                            }
                                                        }
                                                    >
                                                        {t!("assess.delete")}
                                                    </button>
                                                </li>
                                            </ul>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })
        }}
    }
}
