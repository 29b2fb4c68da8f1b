//! "Mine data": how much the app keeps, export (full backup, one assessment
//! as JSON or CSV, the print report), import with a preview and a choice
//! between merging and replacing, and clearing everything.

use crate::content::{da, t};
use crate::model::assessment::Assessment;
use crate::model::format::da_date;
use crate::storage::backup::{
    apply_import, assessment_csv, decode_import, encode_backup, is_other_key, other_documents,
    plan_import, Backup, ImportMode, ImportPlan, MAX_IMPORT_BYTES,
};
use crate::storage::schema::encode;
use crate::ui::components::download::{download, slug};
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use crate::ui::state::{repo, today, use_state, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Offers the full backup for download.
pub fn download_backup(state: AppState) {
    let mut other = serde_json::Map::new();
    for (k, raw) in repo().raw_documents(is_other_key) {
        if let Ok(v) = serde_json::from_str(&raw) {
            other.insert(k, v);
        }
    }
    let b = Backup {
        exported: today(),
        assessments: state.assessments.get_untracked(),
        other,
    };
    download(
        &format!("housing-first-guiden-sikkerhedskopi-{}.json", today()),
        "application/json",
        &encode_backup(&b),
    );
}

fn size_text(bytes: usize) -> String {
    if bytes < 1024 {
        t("mydata.bytes").replace("{n}", &bytes.to_string())
    } else {
        t("mydata.kb").replace(
            "{n}",
            &crate::model::format::da_fixed(bytes as f64 / 1024.0, 1),
        )
    }
}

#[component]
pub fn MyDataPage() -> impl IntoView {
    let state = use_state();
    let used = Memo::new(move |_| {
        state.assessments.track();
        state.aside_version.track();
        repo().used_bytes()
    });
    view! {
        <PageTitle text=t("mydata.title") lead=t("mydata.lead")/>
        <section aria-labelledby="usage-heading" class="mydata-section">
            <h2 id="usage-heading">{t("mydata.usage_title")}</h2>
            <p>
                {move || {
                    t("mydata.usage")
                        .replace("{size}", &size_text(used.get()))
                        .replace("{n}", &state.assessments.with(Vec::len).to_string())
                }}
            </p>
            <p>{if state.persistent { t("mydata.persistent") } else { t("storage.memory_text") }}</p>
        </section>
        <ExportSection/>
        <ImportSection/>
        <ClearSection/>
    }
}

#[component]
fn ExportSection() -> impl IntoView {
    let state = use_state();
    view! {
        <section aria-labelledby="export-heading" class="mydata-section">
            <h2 id="export-heading">{t("mydata.export_title")}</h2>
            <p>{t("mydata.export_text")}</p>
            <button type="button" class="button button-primary" on:click=move |_| download_backup(state)>
                {t("mydata.backup")}
            </button>
            {move || {
                let list = state.assessments.get();
                (!list.is_empty())
                    .then(|| {
                        view! {
                            <h3 class="h4">{t("mydata.one_title")}</h3>
                            <ul class="plain-list export-list">
                                {list.into_iter().map(|a| view! { <ExportRow a=a/> }).collect_view()}
                            </ul>
                        }
                    })
            }}
        </section>
    }
}

#[component]
fn ExportRow(a: Assessment) -> impl IntoView {
    let name = format!("{} ({})", a.meta.name, da_date(&a.meta.date));
    let file = format!("{}-{}", slug(&a.meta.name), a.meta.date);
    let (json_a, csv_a) = (a.clone(), a.clone());
    let (f1, f2) = (file.clone(), file);
    view! {
        <li class="export-row">
            <span class="export-row__name">{name.clone()}</span>
            <button
                type="button"
                class="button button-secondary"
                aria-label=format!("{} {}", t("mydata.json"), name)
                on:click=move |_| download(&format!("{f1}.json"), "application/json", &encode("assessment", &json_a))
            >
                {t("mydata.json")}
            </button>
            <button
                type="button"
                class="button button-secondary"
                aria-label=format!("{} {}", t("mydata.csv"), name)
                on:click=move |_| download(&format!("{f2}.csv"), "text/csv;charset=utf-8", &assessment_csv(da(), &csv_a))
            >
                {t("mydata.csv")}
            </button>
            <a href=Route::Report(a.id.clone()).href() aria-label=format!("{} {}", t("mydata.report"), name)>
                {t("mydata.report")}
            </a>
        </li>
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

#[component]
fn ImportSection() -> impl IntoView {
    let state = use_state();
    let stage = RwSignal::new(Stage::Idle);
    let mode = RwSignal::new(ImportMode::Merge);
    let input_ref: NodeRef<leptos::html::Input> = NodeRef::new();
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
                stage.set(Stage::Error(t("mydata.read_failed").to_string()));
                return;
            };
            match decode_import(&text) {
                Err(e) => stage.set(Stage::Error(e.message_da())),
                Ok(b) => {
                    let existing = state.assessments.get_untracked();
                    let plan = plan_import(da(), &b, &existing);
                    let others = other_documents(&b);
                    stage.set(
                        if plan.added.is_empty() && plan.replaced.is_empty() && others.is_empty() {
                            Stage::Error(t("mydata.nothing").to_string())
                        } else {
                            Stage::Preview(plan, others)
                        },
                    );
                }
            }
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
            <h2 id="import-heading">{t("mydata.import_title")}</h2>
            <p>{t("mydata.import_text")}</p>
            <div class="form-group">
                <label class="form-label" for="import-file">{t("mydata.import_label")}</label>
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
                            <p class="alert-heading">{t("mydata.import_error")}</p>
                            <p class="alert-text">{msg}</p>
                            <p class="alert-text">{t("mydata.nothing_changed")}</p>
                        </div>
                    }
                        .into_any()
                }
                Stage::Done(n, m) => {
                    view! {
                        <div class="alert alert-success" role="status">
                            <p class="alert-text">
                                {t("mydata.imported").replace("{n}", &n.to_string())}
                                {(m > 0).then(|| format!(" {}", t("mydata.imported_other").replace("{n}", &m.to_string())))}
                            </p>
                        </div>
                    }
                        .into_any()
                }
                Stage::Preview(plan, others) => {
                    let confirm_plan = plan.clone();
                    let n_others = others.len();
                    view! {
                        <div class="import-preview" role="region" aria-labelledby="preview-heading">
                            <h3 id="preview-heading" class="h4">{t("mydata.preview_title")}</h3>
                            {(!plan.added.is_empty())
                                .then(|| {
                                    view! {
                                        <p>{t("mydata.will_add").replace("{n}", &plan.added.len().to_string())}</p>
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
                                        <p>{t("mydata.exists").replace("{n}", &plan.replaced.len().to_string())}</p>
                                        <ul>
                                            {plan
                                                .replaced
                                                .iter()
                                                .map(|(a, _)| view! { <li>{a.meta.name.clone()} " (" {da_date(&a.meta.date)} ")"</li> })
                                                .collect_view()}
                                        </ul>
                                        <fieldset class="form-group">
                                            <legend class="form-label">{t("mydata.mode")}</legend>
                                            {[
                                                (ImportMode::Merge, "mode-merge", "mydata.merge"),
                                                (ImportMode::Replace, "mode-replace", "mydata.replace"),
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
                                                            <label for=id>{t(label)}</label>
                                                        </div>
                                                    }
                                                })
                                                .collect_view()}
                                        </fieldset>
                                    }
                                })}
                            {(n_others > 0).then(|| view! { <p>{t("mydata.others").replace("{n}", &n_others.to_string())}</p> })}
                            {(!plan.unknown_items.is_empty())
                                .then(|| {
                                    view! {
                                        <div class="alert alert-warning">
                                            <p class="alert-text">{t("mydata.unknown_items")}</p>
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
                                        if let Ok(true) = repo().restore_raw(k, raw, m == ImportMode::Replace) {
                                            n_other += 1;
                                        }
                                    }
                                    state.reload_all();
                                    stage.set(Stage::Done(n, n_other));
                                }
                            >
                                {t("mydata.confirm_import")}
                            </button>
                            " "
                            <button type="button" class="button button-secondary" on:click=move |_| reset()>
                                {t("form.cancel")}
                            </button>
                        </div>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn ClearSection() -> impl IntoView {
    let state = use_state();
    let asking = RwSignal::new(false);
    let result: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <section aria-labelledby="clear-heading" class="mydata-section">
            <h2 id="clear-heading">{t("mydata.clear_title")}</h2>
            <p>{t("mydata.clear_text")}</p>
            {move || {
                if asking.get() {
                    view! {
                        <div class="alert alert-warning confirm-clear" role="alert">
                            <p class="alert-heading">{t("mydata.clear_confirm_title")}</p>
                            <p class="alert-text">
                                {t("mydata.clear_confirm_text")
                                    .replace("{n}", &state.assessments.with_untracked(Vec::len).to_string())}
                            </p>
                            <p>
                                <button type="button" class="button button-secondary" on:click=move |_| download_backup(state)>
                                    {t("mydata.backup_first")}
                                </button>
                            </p>
                            <button
                                type="button"
                                class="button button-primary"
                                on:click=move |_| {
                                    asking.set(false);
                                    result.set(Some(match state.clear_all() {
                                        Ok(_) => t("mydata.cleared").to_string(),
                                        Err(_) => t("mydata.clear_failed").to_string(),
                                    }));
                                }
                            >
                                {t("mydata.clear_yes")}
                            </button>
                            " "
                            <button type="button" class="button button-secondary" on:click=move |_| asking.set(false)>
                                {t("form.cancel")}
                            </button>
                        </div>
                    }
                        .into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="button button-secondary"
                            on:click=move |_| {
                                result.set(None);
                                asking.set(true);
                            }
                        >
                            {t("mydata.clear_button")}
                        </button>
                    }
                        .into_any()
                }
            }}
            {move || result.get().map(|m| view! { <p role="status" class="clear-result">{m}</p> })}
        </section>
    }
}
