//! The participant's ways to hand the answer over in the room: "Vis stor
//! QR-kode" (a full-screen dialog with the answer code as large as the
//! screen allows, for the facilitator's camera; the screen kept on with the
//! Screen Wake Lock where there is one, released when closed; Escape or the
//! button closes it and focus returns to the button that opened it), and
//! "Del svaret" (the Web Share API's sheet with the link, and the answer
//! file where files can be shared), shown only where the browser can share.

use crate::ui::components::qr_code::QrCode;
use js_sys::{Array, Object, Promise, Reflect};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator_fn(name: &str) -> Option<js_sys::Function> {
    Reflect::get(&window().navigator(), &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

/// Asks the browser to keep the screen on; the sentinel to release, if any.
async fn keep_screen_on() -> Option<JsValue> {
    let lock = Reflect::get(&window().navigator(), &"wakeLock".into()).ok()?;
    let request = Reflect::get(&lock, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise = request
        .call1(&lock, &"screen".into())
        .ok()?
        .dyn_into::<Promise>()
        .ok()?;
    JsFuture::from(promise).await.ok()
}

fn release(sentinel: &JsValue) {
    if let Ok(f) =
        Reflect::get(sentinel, &"release".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = f.call0(sentinel);
    }
}

/// Opens the share sheet with the answer link and, where files can be
/// shared, the answer file. False when sharing failed (not when the user
/// closed the sheet).
async fn share(title: String, text: String, url: String, file: (String, String)) -> bool {
    let Some(share) = navigator_fn("share") else {
        return false;
    };
    let nav = window().navigator();
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"text".into(), &text.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    let bag = web_sys::FilePropertyBag::new();
    bag.set_type("application/json");
    let parts = Array::of1(&file.1.into());
    if let Ok(f) = web_sys::File::new_with_str_sequence_and_options(&parts, &file.0, &bag) {
        let files = Array::of1(&f);
        let probe = Object::new();
        let _ = Reflect::set(&probe, &"files".into(), &files);
        let can = navigator_fn("canShare")
            .and_then(|c| c.call1(&nav, &probe).ok())
            .is_some_and(|v| v.is_truthy());
        if can {
            let _ = Reflect::set(&data, &"files".into(), &files);
        }
    }
    let Some(promise) = share
        .call1(&nav, &data)
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok())
    else {
        return false;
    };
    match JsFuture::from(promise).await {
        Ok(_) => true,
        // The user closed the sheet: nothing went wrong.
        Err(e) => {
            Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .as_deref()
                == Some("AbortError")
        }
    }
}

/// "Vis stor QR-kode" and, where the browser shares, "Del svaret".
/// `file` gives the answer file's name and text when it is shared.
#[component]
pub fn AnswerHandover(
    link: Memo<String>,
    seminar_title: String,
    file: Callback<(), (String, String)>,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let open = RwSignal::new(false);
    let lock = StoredValue::new_local(None::<JsValue>);
    let shared_failed = RwSignal::new(false);
    let can_share = navigator_fn("share").is_some();
    let show = move |_| {
        if let Some(d) = dialog.get_untracked() {
            open.set(true);
            let _ = d.show_modal();
            leptos::task::spawn_local(async move {
                let sentinel = keep_screen_on().await;
                if open.get_untracked() {
                    lock.set_value(sentinel);
                } else if let Some(s) = sentinel {
                    release(&s);
                }
            });
        }
    };
    let hide = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    // Escape, the button, or the page going away: all end in `close`.
    let on_closed = move |_| {
        open.set(false);
        if let Some(s) = lock.try_update_value(Option::take).flatten() {
            release(&s);
        }
        if let Some(b) = document().get_element_by_id("big-qr-open") {
            if let Ok(b) = b.dyn_into::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        }
    };
    on_cleanup(move || {
        if let Some(s) = lock.try_update_value(Option::take).flatten() {
            release(&s);
        }
    });
    let title = SendWrapper::new(seminar_title);
    let on_share = move |_| {
        let url = link.get_untracked();
        let text = t!("showqr.share_text").replace("{title}", &title);
        let f = file.run(());
        shared_failed.set(false);
        leptos::task::spawn_local(async move {
            let ok = share(t!("showqr.share_title").to_string(), text, url, f).await;
            shared_failed.set(!ok);
        });
    };
    view! {
        <p class="send__buttons">
            <button type="button" id="big-qr-open" class="button button-primary" on:click=show>
                {t!("showqr.open")}
            </button>
            {can_share.then(|| view! {
                <button type="button" class="button button-secondary" id="share-answer" on:click=on_share>
                    {t!("showqr.share")}
                </button>
            })}
        </p>
        <p role="status" class="copy-status">
            {move || shared_failed.get().then(|| t!("showqr.share_failed"))}
        </p>
        <dialog node_ref=dialog class="qr-dialog" aria-labelledby="qr-dialog-title" on:close=on_closed>
            <div class="qr-dialog__body">
                <h2 id="qr-dialog-title">{t!("showqr.title")}</h2>
                <p>{t!("showqr.text")}</p>
                {move || open.get().then(|| view! { <QrCode link=link.get() label=t!("participate.qr") large=true/> })}
                <p>
                    <button type="button" class="button button-primary qr-dialog__close" on:click=hide autofocus>
                        {t!("showqr.close")}
                    </button>
                </p>
            </div>
        </dialog>
    }
}
