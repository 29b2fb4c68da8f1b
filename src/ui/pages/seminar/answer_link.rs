//! An answer link opened in a browser: if this browser facilitates the
//! seminar, the answers are added (and it says so); otherwise it explains
//! that the link belongs on the facilitator's computer.

use crate::model::seminar::AddOutcome;
use crate::storage::codec::{decode_response, CodecError};
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn SeminarAnswer(payload: String) -> impl IntoView {
    let state = use_state();
    let seminars = state.seminars.get_untracked();
    let mut last_error = CodecError::OtherSeminar { title: None };
    for s in &seminars {
        match decode_response(&payload, &s.def) {
            Ok(r) => {
                let name = if r.name.trim().is_empty() {
                    t!("seminar.anonymous").to_string()
                } else {
                    r.name.trim().to_string()
                };
                let outcome = state
                    .change_seminar(&s.def.id, |x| x.add(r))
                    .unwrap_or(AddOutcome::WrongSeminar);
                let text = match outcome {
                    AddOutcome::Added => t!("seminar.added"),
                    AddOutcome::Replaced { .. } => t!("seminar.replaced"),
                    AddOutcome::KeptNewer => t!("seminar.kept_newer"),
                    AddOutcome::Unchanged => t!("seminar.unchanged"),
                    AddOutcome::WrongSeminar => t!("seminar.wrong_seminar"),
                    AddOutcome::WrongLength => t!("seminar.wrong_length"),
                };
                return view! {
                    <PageTitle text=t!("answerlink.title")/>
                    <div class="alert alert-success" role="status">
                        <p class="alert-text">{text.replace("{name}", &name)}</p>
                    </div>
                    <p>
                        <a class="button button-primary" href=Route::SeminarHome(s.def.id.clone()).href()>
                            {t!("answerlink.to_seminar").replace("{title}", &s.def.title)}
                        </a>
                    </p>
                }
                .into_any();
            }
            Err(CodecError::OtherSeminar { .. }) => {}
            Err(e) => last_error = e,
        }
    }
    let text = match last_error {
        CodecError::OtherSeminar { .. } => t!("answerlink.not_here").to_string(),
        e => e.message_da(),
    };
    view! {
        <PageTitle text=t!("answerlink.title_refused")/>
        <div class="alert alert-warning" role="alert">
            <p class="alert-text">{text}</p>
        </div>
        <p>
            <a href=Route::Seminar.href()>{t!("seminar.to_list")}</a>
        </p>
    }
    .into_any()
}
