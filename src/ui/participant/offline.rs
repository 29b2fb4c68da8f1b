//! Offline use of the participant's page (as `ui/pwa.rs` does for the app):
//! registers the service worker and tells it to keep only the files this
//! page loaded, so the invitation reopens without a network and no other
//! part of the app comes over a phone's mobile data. `<html data-offline>`
//! says what the worker kept.

use super::dom::{document, listen, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};

pub(super) fn register() {
    let nav = window().navigator();
    if !js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let container = nav.service_worker();
    listen(
        &container.clone().into(),
        "message",
        |ev: web_sys::MessageEvent| {
            let kept = match ev.data().as_string().as_deref() {
                Some("precached-all") => "all",
                Some("precached-page") => "page",
                _ => return,
            };
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("data-offline", kept);
            }
        },
    );
    let registered = container.register("sw.js");
    spawn_local(async move {
        if JsFuture::from(registered).await.is_err() {
            return;
        }
        let Ok(ready) = container.ready() else { return };
        let Ok(active) = JsFuture::from(ready).await else {
            return;
        };
        let Ok(active) = active.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(worker) = active.active() {
            let _ = worker.post_message(&what_to_keep());
        }
    });
}

/// The same-origin files this page loaded (the worker keeps those).
fn what_to_keep() -> JsValue {
    let urls = js_sys::Array::new();
    urls.push(&JsValue::from_str("./"));
    urls.push(&JsValue::from_str("./index.html"));
    if let Some(perf) = window().performance() {
        for entry in perf.get_entries_by_type("resource").iter() {
            if let Ok(name) = js_sys::Reflect::get(&entry, &JsValue::from_str("name")) {
                urls.push(&name);
            }
        }
    }
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &JsValue::from_str("keep"), &urls);
    msg.into()
}
