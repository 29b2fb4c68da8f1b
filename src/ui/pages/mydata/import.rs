//! Import on Mine data: a backup or an exported assessment, from the file
//! input or "Åbn en fil" (the browser's open dialog where it has one), shown
//! as a preview (what is added, what exists already: merge or replace)
//! before anything changes. A file opened through the dialog can afterwards
//! become the file every change is saved to.

use crate::content::da;
use crate::model::format::{counted, da_date};
use crate::storage::backup::{
    apply_import, decode_import, other_documents, plan_import, ImportMode, ImportPlan,
    MAX_IMPORT_BYTES,
};
use crate::ui::data_home::browser;
use crate::ui::data_home::file::{self, Handle};
use crate::ui::data_home::use_data_home;
use crate::ui::state::{now, repo, use_state, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A file opened through "Åbn en fil": its text, and its handle where the
/// browser gave one (so it can become the linked file).
#[derive(Clone)]
pub struct Opened {
    pub text: String,
    pub handle: Option<Handle>,
}

/// "Åbn en fil": the browser's open dialog, or the file input where there is none.
pub fn open_file(opened: RwSignal<Option<Opened>>) {
    if browser::has_file_access() {
        leptos::task::spawn_local(async move {
            let Ok(handle) = browser::pick_open_file(t!("datahome.file_type")).await else {
                return;
            };
            if let Ok(text) = browser::read_file(&handle).await {
                opened.set(Some(Opened {
                    text,
                    handle: Some(Handle::new(handle)),
                }));
            }
        });
    } else if let Some(input) = document()
        .get_element_by_id("import-file")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        input.click();
    }
}

/// What the import area shows.
#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Error(String),
    Preview(ImportPlan, Vec<(String, String)>),
    /// (assessments, other documents) imported.
    Done(usize, usize),
}

/// Reads an opened file's text into the import area's stage.
fn read_into(state: AppState, stage: RwSignal<Stage>, text: &str) {
    match decode_import(text) {
        Err(e) => stage.set(Stage::Error(e.message_da())),
        Ok(b) => {
            let existing = state.assessments.get_untracked();
            let plan = plan_import(da(), &b, &existing);
            let others = other_documents(&b);
            stage.set(
                if plan.added.is_empty() && plan.replaced.is_empty() && others.is_empty() {
                    Stage::Error(t!("mydata.nothing").to_string())
                } else {
                    Stage::Preview(plan, others)
                },
            );
        }
    }
}

#[component]
pub fn ImportSection(opened: RwSignal<Option<Opened>>) -> impl IntoView {
    let state = use_state();
    let stage = RwSignal::new(Stage::Idle);
    let mode = RwSignal::new(ImportMode::Merge);
    let input_ref: NodeRef<leptos::html::Input> = NodeRef::new();
    let dh = use_data_home();
    // The handle of a file opened through the dialog, offered as the file to keep saving to.
    let handle: RwSignal<Option<Handle>> = RwSignal::new(None);
    Effect::new(move |_| {
        if let Some(o) = opened.get() {
            handle.set(o.handle);
            read_into(state, stage, &o.text);
            if let Some(el) = document().get_element_by_id("import-heading") {
                el.scroll_into_view();
            }
        }
    });
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        if file.size() > MAX_IMPORT_BYTES as f64 {
            stage.set(Stage::Error(
                crate::storage::backup::ImportError::TooLarge(file.size() as usize).message_da(),
            ));
            return;
        }
        let promise = file.text();
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_string());
            let Some(text) = text else {
                stage.set(Stage::Error(t!("mydata.read_failed").to_string()));
                return;
            };
            handle.set(None);
            read_into(state, stage, &text);
        });
    };
    let reset = move || {
        stage.set(Stage::Idle);
        if let Some(i) = input_ref.get_untracked() {
            i.set_value("");
        }
    };
    view! {
        <section aria-labelledby="import-heading" class="mydata-section">
            <h2 id="import-heading">{t!("mydata.import_title")}</h2>
            <p>{t!("mydata.import_text")}</p>
            <div class="form-group">
                <label class="form-label" for="import-file">{t!("mydata.import_label")}</label>
                <input
                    id="import-file"
                    node_ref=input_ref
                    class="form-file"
                    type="file"
                    accept=".json,application/json"
                    on:change=on_file
                />
            </div>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Error(msg) => {
                    view! {
                        <div class="alert alert-error" role="alert">
                            <p class="alert-heading">{t!("mydata.import_error")}</p>
                            <p class="alert-text">{msg}</p>
                            <p class="alert-text">{t!("mydata.nothing_changed")}</p>
                        </div>
                    }
                        .into_any()
                }
                Stage::Done(n, m) => {
                    let relink = handle.get().map(|h| {
                        let name = browser::handle_name(&h);
                        view! {
                            <p class="alert-text">
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    on:click=move |_| {
                                        file::link(dh, (*h).clone());
                                        handle.set(None);
                                    }
                                >
                                    {t!("datahome.relink").replace("{name}", &name)}
                                </button>
                            </p>
                        }
                    });
                    view! {
                        <div class="alert alert-success" role="status">
                            <p class="alert-text">
                                {counted(n, t!("mydata.imported_one"), t!("mydata.imported"))}
                                {(m > 0).then(|| format!(" {}", counted(m, t!("mydata.imported_other_one"), t!("mydata.imported_other"))))}
                            </p>
                            {relink}
                        </div>
                    }
                        .into_any()
                }
                Stage::Preview(plan, others) => {
                    let confirm_plan = plan.clone();
                    let n_others = others.len();
                    view! {
                        <div class="import-preview" role="region" aria-labelledby="preview-heading">
                            <h3 id="preview-heading" class="h4">{t!("mydata.preview_title")}</h3>
                            {(!plan.added.is_empty())
                                .then(|| {
                                    view! {
                                        <p>{counted(plan.added.len(), t!("mydata.will_add_one"), t!("mydata.will_add"))}</p>
                                        <ul>
                                            {plan
                                                .added
                                                .iter()
                                                .map(|a| view! { <li>{a.meta.name.clone()} " (" {da_date(&a.meta.date)} ")"</li> })
                                                .collect_view()}
                                        </ul>
                                    }
                                })}
                            {(!plan.replaced.is_empty())
                                .then(|| {
                                    view! {
                                        <p>{counted(plan.replaced.len(), t!("mydata.exists_one"), t!("mydata.exists"))}</p>
                                        <ul>
                                            {plan
                                                .replaced
                                                .iter()
                                                .map(|(a, _)| view! { <li>{a.meta.name.clone()} " (" {da_date(&a.meta.date)} ")"</li> })
                                                .collect_view()}
                                        </ul>
                                        <fieldset class="form-group">
                                            <legend class="form-label">{t!("mydata.mode")}</legend>
                                            {[
                                                (ImportMode::Merge, "mode-merge", t!("mydata.merge")),
                                                (ImportMode::Replace, "mode-replace", t!("mydata.replace")),
                                            ]
                                                .into_iter()
                                                .map(|(choice, id, label)| {
                                                    view! {
                                                        <div class="form-group-radio">
                                                            <input
                                                                type="radio"
                                                                class="form-radio"
                                                                id=id
                                                                name="import-mode"
                                                                prop:checked=move || mode.get() == choice
                                                                on:change=move |_| mode.set(choice)
                                                            />
                                                            <label for=id>{label}</label>
                                                        </div>
                                                    }
                                                })
                                                .collect_view()}
                                        </fieldset>
                                    }
                                })}
                            {(n_others > 0).then(|| view! { <p>{counted(n_others, t!("mydata.others_one"), t!("mydata.others"))}</p> })}
                            {(!plan.unknown_items.is_empty())
                                .then(|| {
                                    view! {
                                        <div class="alert alert-warning">
                                            <p class="alert-text">{t!("mydata.unknown_items")}</p>
                                            <ul>
                                                {plan
                                                    .unknown_items
                                                    .iter()
                                                    .map(|(name, id)| view! { <li>{name.clone()} ": " {id.clone()}</li> })
                                                    .collect_view()}
                                            </ul>
                                        </div>
                                    }
                                })}
                            <button
                                type="button"
                                class="button button-primary"
                                on:click=move |_| {
                                    let m = mode.get_untracked();
                                    let list = apply_import(da(), &confirm_plan, m);
                                    let n = state.import(list);
                                    let mut n_other = 0;
                                    for (k, raw) in &others {
                                        if let Ok(true) = repo().restore_raw(k, raw, m == ImportMode::Merge, now()) {
                                            n_other += 1;
                                        }
                                    }
                                    state.reload_all();
                                    stage.set(Stage::Done(n, n_other));
                                }
                            >
                                {t!("mydata.confirm_import")}
                            </button>
                            " "
                            <button type="button" class="button button-secondary" on:click=move |_| reset()>
                                {t!("form.cancel")}
                            </button>
                        </div>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
