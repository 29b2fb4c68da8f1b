//! "Slet alle data" on Mine data, with a confirmation that offers a backup first.

use crate::model::format::counted;
use crate::ui::data_home::{download_backup, preload_backup, use_data_home};
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn ClearSection() -> impl IntoView {
    let state = use_state();
    let dh = use_data_home();
    preload_backup();
    let asking = RwSignal::new(false);
    let result: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <section aria-labelledby="clear-heading" class="mydata-section">
            <h2 id="clear-heading">{t!("mydata.clear_title")}</h2>
            <p>{t!("mydata.clear_text")}</p>
            {move || {
                if asking.get() {
                    view! {
                        <div class="alert alert-warning confirm-clear" role="alert">
                            <p class="alert-heading">{t!("mydata.clear_confirm_title")}</p>
                            <p class="alert-text">
                                {counted(
                                    state.assessments.with_untracked(Vec::len),
                                    t!("mydata.clear_confirm_text_one"),
                                    t!("mydata.clear_confirm_text"),
                                )}
                            </p>
                            {move || {
                                dh.file
                                    .with(|f| f.name().map(str::to_string))
                                    .map(|name| view! { <p class="alert-text">{t!("mydata.clear_file").replace("{name}", &name)}</p> })
                            }}
                            <p>
                                <button type="button" class="button button-secondary" on:click=move |_| download_backup(dh)>
                                    {t!("mydata.backup_first")}
                                </button>
                            </p>
                            <button
                                type="button"
                                class="button button-primary"
                                on:click=move |_| {
                                    asking.set(false);
                                    result.set(Some(match state.clear_all() {
                                        Ok(_) => {
                                            dh.cleared();
                                            t!("mydata.cleared").to_string()
                                        }
                                        Err(_) => t!("mydata.clear_failed").to_string(),
                                    }));
                                }
                            >
                                {t!("mydata.clear_yes")}
                            </button>
                            " "
                            <button type="button" class="button button-secondary" on:click=move |_| asking.set(false)>
                                {t!("form.cancel")}
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
                            {t!("mydata.clear_button")}
                        </button>
                    }
                        .into_any()
                }
            }}
            {move || result.get().map(|m| view! { <p role="status" class="clear-result">{m}</p> })}
        </section>
    }
}
