//! Handing the answers over (as `pages/seminar/participate.rs` and
//! `big_qr.rs` do in the app): copying the link, the answer file, the large
//! QR code for the facilitator's camera (a modal dialog, the screen kept on
//! with the Screen Wake Lock where there is one, focus back on the button
//! when it closes), and the Web Share API's sheet where the browser shares.

use super::dom::{self, by_id, html_by_id, set_markup, set_text, window};
use super::markup::{self, ids};
use super::page::with_page;
use crate::storage::codec::encode_response_file;
use js_sys::{Array, Object, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};

thread_local! {
    /// The wake lock while the large QR code is shown (and whether it is).
    static SHOWN: RefCell<(bool, Option<JsValue>)> = const { RefCell::new((false, None)) };
}

fn navigator_fn(name: &str) -> Option<js_sys::Function> {
    Reflect::get(&window().navigator(), &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

/// Shows "Del svaret" where the browser can share.
pub(super) fn offer_share() {
    if navigator_fn("share").is_some() {
        if let Some(b) = by_id(ids::SHARE) {
            let _ = b.remove_attribute("hidden");
        }
    }
}

fn link() -> String {
    with_page(|p| p.link()).unwrap_or_default()
}

/// The answer file: its name and text.
fn answer_file() -> Option<(String, String)> {
    with_page(|p| {
        (
            markup::answer_file_name(&p.doc.response.name),
            encode_response_file(&p.doc.response, &p.doc.def),
        )
    })
}

pub(super) fn copy_link() {
    let text = link();
    let promise = window().navigator().clipboard().write_text(&text);
    spawn_local(async move {
        let ok = JsFuture::from(promise).await.is_ok();
        set_text(
            ids::COPIED,
            if ok {
                t!("participate.copied")
            } else {
                t!("seminar.copy_failed")
            },
        );
    });
}

pub(super) fn download_file() {
    if let Some((name, text)) = answer_file() {
        dom::download(&name, "application/json", &text);
    }
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

pub(super) fn open_big_qr() {
    let Some(dialog) = html_by_id::<web_sys::HtmlDialogElement>(ids::DIALOG) else {
        return;
    };
    set_markup(ids::DIALOG_QR, &markup::qr_code(&link()));
    SHOWN.with(|s| s.borrow_mut().0 = true);
    let _ = dialog.show_modal();
    spawn_local(async {
        let sentinel = keep_screen_on().await;
        let still = SHOWN.with(|s| s.borrow().0);
        match sentinel {
            Some(s) if still => SHOWN.with(|x| x.borrow_mut().1 = Some(s)),
            Some(s) => release(&s),
            None => {}
        }
    });
}

pub(super) fn close_big_qr() {
    if let Some(dialog) = html_by_id::<web_sys::HtmlDialogElement>(ids::DIALOG) {
        dialog.close();
    }
}

/// The dialog closed (Escape, its button): the screen may sleep again, and
/// focus goes back to the button that opened it.
pub(super) fn closed_big_qr() {
    let sentinel = SHOWN.with(|s| {
        let mut s = s.borrow_mut();
        s.0 = false;
        s.1.take()
    });
    if let Some(s) = sentinel {
        release(&s);
    }
    set_markup(ids::DIALOG_QR, "");
    dom::focus_id(ids::BIG_QR_OPEN);
}

/// The large QR code follows the answers while it is shown.
pub(super) fn refresh_dialog(link: &str) {
    if SHOWN.with(|s| s.borrow().0) {
        set_markup(ids::DIALOG_QR, &markup::qr_code(link));
    }
}

/// The share sheet with the link and, where files can be shared, the
/// answer file. Says so when sharing failed (not when the sheet was closed).
pub(super) fn share() {
    let Some(share) = navigator_fn("share") else {
        return;
    };
    let Some((title, (file_name, file_text))) =
        with_page(|p| p.doc.def.title.clone()).zip(answer_file())
    else {
        return;
    };
    let nav = window().navigator();
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &t!("showqr.share_title").into());
    let text = t!("showqr.share_text").replace("{title}", &title);
    let _ = Reflect::set(&data, &"text".into(), &text.into());
    let _ = Reflect::set(&data, &"url".into(), &link().into());
    let bag = web_sys::FilePropertyBag::new();
    bag.set_type("application/json");
    let parts = Array::of1(&file_text.into());
    if let Ok(f) = web_sys::File::new_with_str_sequence_and_options(&parts, &file_name, &bag) {
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
    set_text(ids::SHARE_FAILED, "");
    let promise = share
        .call1(&nav, &data)
        .ok()
        .and_then(|p| p.dyn_into::<Promise>().ok());
    spawn_local(async move {
        let ok = match promise {
            None => false,
            Some(p) => match JsFuture::from(p).await {
                Ok(_) => true,
                // The user closed the sheet: nothing went wrong.
                Err(e) => {
                    Reflect::get(&e, &"name".into())
                        .ok()
                        .and_then(|n| n.as_string())
                        .as_deref()
                        == Some("AbortError")
                }
            },
        };
        if !ok {
            set_text(ids::SHARE_FAILED, t!("showqr.share_failed"));
        }
    });
}
