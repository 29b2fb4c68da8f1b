//! The calm reminder to save the work outside the browser (the rule is
//! `model::data_home::reminder_due`): one button that saves (the file, or a
//! download), and "Ikke nu". Never on a seminar's presentation screen or the
//! participant's page, where it would interrupt the room.

use super::panel::{FileStatusLine, SaveButton};
use super::use_data_home;
use crate::model::data_home::reminder_due;
use crate::ui::route::Route;
use crate::ui::router::use_route;
use crate::ui::state::now;
use leptos::prelude::*;

/// Pages the reminder never interrupts.
fn quiet(route: &Route) -> bool {
    matches!(
        route,
        Route::SeminarPresent(_) | Route::Participate(_) | Route::SeminarAnswer(_)
    )
}

#[component]
pub fn SaveReminder() -> impl IntoView {
    let dh = use_data_home();
    let route = use_route();
    let due = move || {
        dh.clock.track();
        !route.with(quiet) && dh.home.with(|h| reminder_due(h, dh.persisted.get(), now()))
    };
    move || {
        due().then(|| {
            view! {
                <aside class="alert alert-info save-reminder" aria-labelledby="save-reminder-heading">
                    <h2 class="alert-heading h5" id="save-reminder-heading">{t!("datahome.remind_title")}</h2>
                    <p class="alert-text">
                        {move || {
                            if dh.persisted.get() == Some(true) {
                                t!("datahome.remind_text")
                            } else {
                                t!("datahome.remind_text_unprotected")
                            }
                        }}
                    </p>
                    <FileStatusLine/>
                    <p class="save-reminder__buttons">
                        <SaveButton primary=true/>
                        <button type="button" class="button button-tertiary" on:click=move |_| dh.snooze()>
                            {t!("datahome.snooze")}
                        </button>
                    </p>
                </aside>
            }
        })
    }
}
