//! The facilitator's seminar page: the invitation (link, QR code, copy) and
//! collecting answers (pasted links, dropped files, or answer QR codes read
//! by the camera in `scan.rs`), each validated the same way, with a clear
//! Danish message for what is refused; nothing collected is lost.

use super::scan::{scan_panel, Heard};
use super::{base_url, copy, crumbs, missing, SeminarTabs};
use crate::model::seminar::{AddOutcome, Response, SeminarDef};
use crate::storage::codec::{
    decode_response, decode_response_file, encode_invitation, split_links, CodecError,
    MAX_FILE_BYTES,
};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::qr_code::QrCode;
use crate::ui::route::Route;
use crate::ui::state::{use_state, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The result of one pasted link or dropped file, for the list under the form.
#[derive(Clone, PartialEq)]
struct Outcome {
    ok: bool,
    text: String,
}

fn who(r: &Response, n: usize) -> String {
    if r.name.trim().is_empty() {
        t!("seminar.participant_n").replace("{n}", &n.to_string())
    } else {
        r.name.trim().to_string()
    }
}

/// Adds one decoded response (or refusal) and says what happened.
fn apply(
    state: AppState,
    id: &str,
    source: &str,
    decoded: Result<Response, CodecError>,
) -> Outcome {
    let r = match decoded {
        Ok(r) => r,
        Err(e) => {
            return Outcome {
                ok: false,
                text: format!("{source}: {}", e.message_da()),
            }
        }
    };
    let name = if r.name.trim().is_empty() {
        t!("seminar.anonymous").to_string()
    } else {
        r.name.trim().to_string()
    };
    let outcome = state
        .change_seminar(id, |s| s.add(r))
        .unwrap_or(AddOutcome::WrongSeminar);
    let (ok, text) = match outcome {
        AddOutcome::Added => (true, t!("seminar.added")),
        AddOutcome::Replaced { .. } => (true, t!("seminar.replaced")),
        AddOutcome::KeptNewer => (true, t!("seminar.kept_newer")),
        AddOutcome::Unchanged => (true, t!("seminar.unchanged")),
        AddOutcome::WrongSeminar => (false, t!("seminar.wrong_seminar")),
        AddOutcome::WrongLength => (false, t!("seminar.wrong_length")),
    };
    Outcome {
        ok,
        text: format!("{source}: {}", text.replace("{name}", &name)),
    }
}

#[component]
pub fn SeminarHome(id: String) -> impl IntoView {
    let state = use_state();
    let Some(first) = state.seminar_now(&id) else {
        return missing();
    };
    let def: SeminarDef = first.def.clone();
    let invitation = format!(
        "{}{}",
        base_url(),
        Route::Participate(encode_invitation(&def)).href()
    );
    let copied = RwSignal::new(None::<bool>);
    let pasted = RwSignal::new(String::new());
    let outcomes: RwSignal<Vec<Outcome>> = RwSignal::new(Vec::new());
    let (id_paste, def_paste) = (id.clone(), def.clone());
    let add_links = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = pasted.get_untracked();
        let links = split_links(&text);
        if links.is_empty() {
            outcomes.set(vec![Outcome {
                ok: false,
                text: t!("seminar.paste_empty").to_string(),
            }]);
            return;
        }
        let list: Vec<Outcome> = links
            .iter()
            .enumerate()
            .map(|(n, l)| {
                let source = t!("seminar.link_n").replace("{n}", &(n + 1).to_string());
                apply(state, &id_paste, &source, decode_response(l, &def_paste))
            })
            .collect();
        if list.iter().all(|o| o.ok) {
            pasted.set(String::new());
        }
        outcomes.set(list);
    };
    let (id_file, def_file) = (id.clone(), def.clone());
    let read_files = move |files: web_sys::FileList| {
        outcomes.set(Vec::new());
        for i in 0..files.length() {
            let Some(file) = files.get(i) else { continue };
            let name = file.name();
            if file.size() > MAX_FILE_BYTES as f64 {
                outcomes.update(|o| {
                    o.push(Outcome {
                        ok: false,
                        text: format!("{name}: {}", CodecError::TooLong.message_da()),
                    })
                });
                continue;
            }
            let (id, def) = (id_file.clone(), def_file.clone());
            let promise = file.text();
            leptos::task::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(promise)
                    .await
                    .ok()
                    .and_then(|v| v.as_string());
                let result = match text {
                    Some(text) => decode_response_file(&text, &def),
                    None => Err(CodecError::Damaged),
                };
                let o = apply(state, &id, &name, result);
                outcomes.update(|v| v.push(o));
            });
        }
    };
    let read_files2 = read_files.clone();
    let on_files = move |ev: leptos::ev::Event| {
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            if let Some(files) = input.files() {
                read_files(files);
            }
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            read_files2(files);
        }
    };
    // The camera: each code it reads goes the way of a pasted link.
    let scanning = RwSignal::new(false);
    let (id_scan, def_scan) = (id.clone(), def.clone());
    let on_code = Callback::new(move |link: String| {
        let o = apply(
            state,
            &id_scan,
            t!("scan.source"),
            decode_response(&link, &def_scan),
        );
        outcomes.update(|v| v.insert(0, o.clone()));
        Heard {
            ok: o.ok,
            text: o.text,
        }
    });
    // The panel moves focus to its heading once it is there.
    let open_scan = move |_| scanning.set(true);
    let on_close = Callback::new(move |_| {
        scanning.set(false);
        if let Some(b) = document().get_element_by_id("scan-open") {
            if let Ok(b) = b.dyn_into::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        }
    });
    let id_rows = id.clone();
    let responses = Memo::new(move |_| {
        state
            .seminar(&id_rows)
            .map(|s| s.responses)
            .unwrap_or_default()
    });
    let n_items = def.items.len();
    let id_rm = id.clone();
    let link2 = invitation.clone();
    view! {
        <Breadcrumbs trail=crumbs(&first, None)/>
        <PageTitle text=first.def.title.clone()/>
        <SeminarTabs id=id.clone() current="home"/>
        <section class="invite" aria-labelledby="invite-heading">
            <h2 id="invite-heading">{t!("seminar.invite_title")}</h2>
            <p>{t!("seminar.invite_text")}</p>
            <div class="invite__grid">
                <QrCode link=invitation.clone() label=t!("seminar.qr_invite") large=true/>
                <div>
                    <label class="form-label" for="invite-link">{t!("seminar.invite_link")}</label>
                    <input class="form-input invite__link" id="invite-link" type="text" readonly prop:value=invitation.clone()/>
                    <p>
                        <button
                            type="button"
                            class="button button-secondary"
                            on:click=move |_| {
                                let l = link2.clone();
                                leptos::task::spawn_local(async move { copied.set(Some(copy(l).await)) });
                            }
                        >
                            {t!("seminar.copy")}
                        </button>
                    </p>
                    <p role="status" class="copy-status">
                        {move || match copied.get() {
                            Some(true) => t!("seminar.copied"),
                            Some(false) => t!("seminar.copy_failed"),
                            None => "",
                        }}
                    </p>
                    <p class="form-hint">{t!("seminar.invite_private")}</p>
                </div>
            </div>
        </section>
        <section class="collect" aria-labelledby="collect-heading">
            <h2 id="collect-heading">{t!("seminar.collect_title")}</h2>
            <p>{t!("seminar.collect_text")}</p>
            <p class="scan-open">
                <button
                    type="button"
                    id="scan-open"
                    class="button button-primary"
                    aria-expanded=move || scanning.get().to_string()
                    on:click=open_scan
                >
                    {t!("scan.open")}
                </button>
                <span class="form-hint">{t!("scan.open_hint")}</span>
            </p>
            <form novalidate on:submit=add_links>
                <div class="form-group">
                    <label class="form-label" for="paste-links">{t!("seminar.paste_label")}</label>
                    <span class="form-hint" id="paste-hint">{t!("seminar.paste_hint")}</span>
                    <textarea
                        class="form-input"
                        id="paste-links"
                        rows="4"
                        aria-describedby="paste-hint"
                        prop:value=pasted
                        on:input=move |ev| pasted.set(event_target_value(&ev))
                    ></textarea>
                </div>
                <button type="submit" class="button button-primary">{t!("seminar.add_links")}</button>
            </form>
            <div class="form-group dropzone" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                <label class="form-label" for="answer-files">{t!("seminar.files_label")}</label>
                <span class="form-hint">{t!("seminar.files_hint")}</span>
                <input id="answer-files" class="form-file" type="file" multiple accept=".json,application/json" on:change=on_files/>
            </div>
            <div role="status" aria-live="polite">
            <ul class="plain-list outcomes">
                {move || {
                    outcomes
                        .get()
                        .into_iter()
                        .map(|o| view! { <li class:outcome--ok=o.ok class:outcome--refused=!o.ok>{o.text}</li> })
                        .collect_view()
                }}
            </ul>
            </div>
        </section>
        <div class="room" class:room--scanning=scanning>
        // The panel; its decoder is a module of its own (scan.rs), fetched with the first frame.
        {move || scanning.get().then(|| scan_panel(on_code, on_close))}
        <section class="room__people" aria-labelledby="people-heading">
            <h2 id="people-heading">{move || t!("seminar.people_title").replace("{n}", &responses.with(Vec::len).to_string())}</h2>
            {move || {
                let list = responses.get();
                if list.is_empty() {
                    view! { <p>{t!("seminar.people_none")}</p> }.into_any()
                } else {
                    let id = id_rm.clone();
                    view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-label=t!("seminar.people_caption")>
                            <table class="table table--compact">
                                <caption class="sr-only">{t!("seminar.people_caption")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t!("seminar.col_name")}</th>
                                        <th scope="col">{t!("seminar.col_role")}</th>
                                        <th scope="col" class="num">{t!("seminar.col_answered")}</th>
                                        <th scope="col">
                                            <span class="sr-only">{t!("seminar.col_remove")}</span>
                                        </th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {list
                                        .iter()
                                        .enumerate()
                                        .map(|(n, r)| {
                                            let name = who(r, n + 1);
                                            let pid = r.participant.clone();
                                            let id = id.clone();
                                            let answered = r.ratings.iter().filter(|x| x.is_some()).count();
                                            view! {
                                                <tr>
                                                    <td>{name.clone()}</td>
                                                    <td>{if r.role.is_empty() { "–".to_string() } else { r.role.clone() }}</td>
                                                    <td class="num">{format!("{answered} / {n_items}")}</td>
                                                    <td>
                                                        <button
                                                            type="button"
                                                            class="link-button"
                                                            aria-label=format!("{} {}", t!("seminar.remove"), name)
                                                            on:click=move |_| {
                                                                state.change_seminar(&id, |s| s.remove(&pid));
                                                            }
                                                        >
                                                            {t!("seminar.remove")}
                                                        </button>
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                        .into_any()
                }
            }}
        </section>
        </div>
    }
    .into_any()
}
