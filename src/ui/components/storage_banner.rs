//! Banners about storage: running in memory only, the quota is full, data from
//! a newer version, and values that could not be read (kept aside, with a
//! download and a way to remove them). Shown on every page, above the content.

use crate::storage::repo::LoadIssue;
use crate::ui::components::download::download;
use crate::ui::data_home::panel::{FileStatusLine, SaveButton};
use crate::ui::state::{repo, use_state, Notice};
use leptos::prelude::*;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = use_state();
    let aside = Memo::new(move |_| {
        state.aside_version.track();
        repo().aside()
    });
    let newer = move || {
        state
            .issues
            .with(|i| i.iter().any(|x| matches!(x, LoadIssue::Newer { .. })))
    };
    view! {
        {(!state.persistent)
            .then(|| {
                view! {
                    <div class="alert alert-warning storage-banner" role="status">
                        <p class="alert-heading">{t!("storage.memory_heading")}</p>
                        <p class="alert-text">{t!("storage.memory_text")}</p>
                    </div>
                }
            })}
        {move || {
            state
                .notice
                .get()
                .map(|n| {
                    let text = match n {
                        Notice::QuotaFull => t!("storage.quota").to_string(),
                        Notice::Newer => t!("storage.newer_save").to_string(),
                        Notice::SaveFailed(why) => t!("storage.failed").replace("{why}", &why),
                    };
                    view! {
                        <div class="alert alert-error storage-banner" role="alert">
                            <p class="alert-heading">{t!("storage.not_saved")}</p>
                            <p class="alert-text">{text}</p>
                            <FileStatusLine/>
                            <p class="alert-text storage-banner__buttons">
                                <SaveButton/>
                                <a href="#/mine-data">{t!("storage.export_link")}</a>
                            </p>
                        </div>
                    }
                })
        }}
        {move || {
            newer()
                .then(|| {
                    view! {
                        <div class="alert alert-warning storage-banner" role="status">
                            <p class="alert-heading">{t!("storage.newer_heading")}</p>
                            <p class="alert-text">{t!("storage.newer_text")}</p>
                        </div>
                    }
                })
        }}
        {move || {
            let list = aside.get();
            (!list.is_empty())
                .then(|| {
                    view! {
                        <div class="alert alert-warning storage-banner" role="status">
                            <p class="alert-heading">{t!("storage.aside_heading")}</p>
                            <p class="alert-text">{t!("storage.aside_text")}</p>
                            <ul class="plain-list aside-list">
                                {list
                                    .into_iter()
                                    .enumerate()
                                    .map(|(n, a)| {
                                        let raw = a.raw.clone();
                                        let key = a.key.clone();
                                        let name = format!("housing-first-guiden-ulaeselig-{}.txt", n + 1);
                                        view! {
                                            <li>
                                                <button
                                                    type="button"
                                                    class="button button-secondary"
                                                    on:click=move |_| download(&name, "text/plain;charset=utf-8", &raw)
                                                >
                                                    {t!("storage.aside_download").replace("{n}", &(n + 1).to_string())}
                                                </button>
                                                <button
                                                    type="button"
                                                    class="button button-tertiary"
                                                    on:click=move |_| {
                                                        let _ = repo().remove_aside(&key);
                                                        state.aside_version.update(|v| *v += 1);
                                                    }
                                                >
                                                    {t!("storage.aside_remove")}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </div>
                    }
                })
        }}
    }
}
