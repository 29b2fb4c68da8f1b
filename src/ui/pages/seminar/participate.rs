//! The participant's page, opened from the invitation: a short intro,
//! optional name and role, the items (the same rating component as the
//! self-assessment), progress kept on this device, and "Send til facilitator":
//! an answer link, its QR code (also full screen for the facilitator's
//! camera, `big_qr.rs`), a copy button, an answer file and, where the
//! browser shares, "Del svaret".

use super::big_qr::AnswerHandover;
use super::{base_url, copy};
use crate::content::da;
use crate::model::seminar::Participation;
use crate::storage::codec::{decode_invitation, encode_response, encode_response_file};
use crate::storage::documents::Document;
use crate::ui::components::download::{download, slug};
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::qr_code::QrCode;
use crate::ui::components::rating_item::{build_later_on_key, RatingItem};
use crate::ui::doc::use_doc;
use crate::ui::later::{after_paint_when_idle, shown_after_paint, switch_on};
use crate::ui::route::Route;
use crate::ui::state::{new_id, now, use_state};
use leptos::prelude::*;

/// How many statements come with the page (the rest follow when the browser is idle).
const FIRST_PART: usize = 1;

#[component]
pub fn Participate(payload: String) -> impl IntoView {
    let state = use_state();
    let c = da();
    let def = match decode_invitation(&payload, c) {
        Ok(d) => d,
        Err(e) => {
            return view! {
                <PageTitle text=t!("participate.bad_title")/>
                <div class="alert alert-error" role="alert">
                    <p class="alert-text">{e.message_da()}</p>
                    <p class="alert-text">{t!("participate.bad_text")}</p>
                </div>
            }
            .into_any();
        }
    };
    // The answers so far on this device; an invitation that changed since
    // (same seminar, other items) starts afresh.
    let fresh = Participation::new(def.clone(), new_id(), now());
    let key = fresh.key();
    let empty_def = def.clone();
    let doc = use_doc(key, move || {
        Participation::new(empty_def.clone(), new_id(), now())
    });
    if doc.data.with_untracked(|x| x.def != def) {
        doc.data.set(fresh);
    }
    let p = doc.data;
    let change = move |f: &dyn Fn(&mut Participation)| {
        doc.change(|x, at| {
            f(x);
            x.response.at = at;
        });
    };
    let change = StoredValue::new(std::sync::Arc::new(change));
    let answered = Memo::new(move |_| p.with(Participation::answered));
    let total = def.items.len();
    let link = Memo::new(move |_| {
        p.with(|x| {
            format!(
                "{}{}",
                base_url(),
                Route::SeminarAnswer(encode_response(&x.response, &x.def)).href()
            )
        })
    });
    // The first statement comes with the page; the rest, and the answer's QR
    // code below them, once it has been painted and the browser is idle
    // (`ui::later`): a phone shows the page sooner and stays responsive.
    let make = move |n: usize, id: &str| {
        let item = c.item(id)?;
        let rating =
            Signal::derive(move || p.with(|x| x.response.ratings.get(n).copied().flatten()));
        let on_rate = Callback::new(move |r| {
            change.with_value(|f| {
                f(&|x| {
                    if let Some(slot) = x.response.ratings.get_mut(n) {
                        *slot = r;
                    }
                })
            })
        });
        Some(view! {
            <RatingItem
                item=item
                number=n + 1
                rating=rating
                note=Signal::derive(String::new)
                on_rate=on_rate
                on_note=Callback::new(|_| {})
                hide_note=true
            />
        })
    };
    let (now_items, rest_items) = def.items.split_at(FIRST_PART.min(def.items.len()));
    let first: Vec<_> = now_items
        .iter()
        .enumerate()
        .map(|(n, id)| make(n, id))
        .collect();
    let rest: Vec<(usize, String)> = rest_items
        .iter()
        .enumerate()
        .map(|(n, id)| (FIRST_PART + n, id.clone()))
        .collect();
    let later = shown_after_paint(false);
    // The send section below them, once those are painted: a task of its own.
    let send_shown = RwSignal::new(false);
    Effect::new(move |_| {
        if later.get() {
            after_paint_when_idle(move || switch_on(send_shown));
        }
    });
    let on_key = build_later_on_key(
        later,
        now_items.last().cloned().unwrap_or_default(),
        rest_items.first().cloned(),
    );
    let copied = RwSignal::new(None::<bool>);
    let roles = def.roles.clone();
    let answer_file = move || {
        let x = p.get_untracked();
        let who = if x.response.name.trim().is_empty() {
            "svar".to_string()
        } else {
            slug(&x.response.name)
        };
        (
            format!("seminarsvar-{who}.json"),
            encode_response_file(&x.response, &x.def),
        )
    };
    let file_for_share = Callback::new(move |_| answer_file());
    let seminar_title = def.title.clone();
    view! {
        <PageTitle text=def.title.clone() lead=t!("participate.lead")/>
        <div class="alert alert-info" role="note">
            <p class="alert-text">{t!("participate.privacy")}</p>
        </div>
        // A save that failed: besides the storage notice, what it means here.
        {move || {
            state
                .notice
                .with(Option::is_some)
                .then(|| {
                    view! {
                        <div class="alert alert-warning" role="alert">
                            <p class="alert-text">{t!("participate.not_saved")}</p>
                        </div>
                    }
                })
        }}
        <div class="form-row">
            <div class="form-group">
                <label class="form-label" for="p-name">{t!("participate.name")}</label>
                <span class="form-hint" id="p-name-hint">{t!("participate.name_hint")}</span>
                <input
                    class="form-input"
                    id="p-name"
                    type="text"
                    maxlength="60"
                    autocomplete="name"
                    aria-describedby="p-name-hint"
                    prop:value=move || p.with(|x| x.response.name.clone())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        change.with_value(|f| f(&|x| x.response.name = v.clone()));
                    }
                />
            </div>
            {(!roles.is_empty())
                .then(|| {
                    view! {
                        <div class="form-group">
                            <label class="form-label" for="p-role">{t!("participate.role")}</label>
                            <select
                                class="form-select"
                                id="p-role"
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    change.with_value(|f| f(&|x| x.response.role = v.clone()));
                                }
                            >
                                <option value="" selected=move || p.with(|x| x.response.role.is_empty())>{t!("participate.role_none")}</option>
                                {roles
                                    .iter()
                                    .map(|r| {
                                        let (a, b) = (r.clone(), r.clone());
                                        view! { <option value=a selected=move || p.with(|x| x.response.role == b)>{r.clone()}</option> }
                                    })
                                    .collect_view()}
                            </select>
                        </div>
                    }
                })}
        </div>
        <p class="answer-progress" aria-live="polite">
            <strong>{move || crate::ui::pages::assessment::progress_text(answered.get(), total)}</strong>
        </p>
        <details class="keyboard-help">
            <summary>{t!("answer.keys_title")}</summary>
            <p>{t!("answer.keys_text")}</p>
        </details>
        <div class="rating-items" on:keydown=on_key>
            {first}
            {move || later.get().then(|| rest.iter().map(|(n, id)| make(*n, id)).collect_view())}
        </div>
        // Below the statements, after they are painted: the answer link, its QR
        // code and the hand-over are in neither the first task nor the statements'.
        {move || send_shown.get().then(|| {
            let seminar_title = seminar_title.clone();
            view! {
                <section class="send" aria-labelledby="send-heading">
                    <h2 id="send-heading">{t!("participate.send_title")}</h2>
                    <p>
                        {move || {
                            let (a, n) = (answered.get(), total);
                            if a < n { t!("participate.send_partial").replace("{n}", &(n - a).to_string()) } else { t!("participate.send_all").to_string() }
                        }}
                    </p>
                    <p>{t!("participate.send_text")}</p>
                    <p class="send__phone-only">{t!("participate.phone_only")}</p>
                    <div class="invite__grid">
                        {move || view! { <QrCode link=link.get() label=t!("participate.qr") large=true/> }}
                        <div>
                            <label class="form-label" for="answer-link">{t!("participate.link")}</label>
                            <input class="form-input invite__link" id="answer-link" type="text" readonly prop:value=link/>
                            <p class="form-hint">{move || t!("participate.link_length").replace("{n}", &link.with(String::len).to_string())}</p>
                            <p class="send__buttons">
                                <button
                                    type="button"
                                    class="button button-primary"
                                    on:click=move |_| {
                                        let l = link.get_untracked();
                                        leptos::task::spawn_local(async move { copied.set(Some(copy(l).await)) });
                                    }
                                >
                                    {t!("participate.copy")}
                                </button>
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    on:click=move |_| {
                                        let (name, text) = answer_file();
                                        download(&name, "application/json", &text);
                                    }
                                >
                                    {t!("participate.download")}
                                </button>
                            </p>
                            <AnswerHandover link=link seminar_title=seminar_title.clone() file=file_for_share/>
                            <p role="status" class="copy-status">
                                {move || match copied.get() {
                                    Some(true) => t!("participate.copied"),
                                    Some(false) => t!("seminar.copy_failed"),
                                    None => "",
                                }}
                            </p>
                        </div>
                    </div>
                </section>
            }
        })}
    }
    .into_any()
}
