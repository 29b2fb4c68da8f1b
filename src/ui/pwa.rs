//! Offline use: registers the service worker (`public/sw.js`, file lists
//! written at build time), tells it how much to keep, and notices when a new
//! version has been installed and is waiting, so the shell can offer
//! "Genindlæs" instead of swapping the app under the user's hands.
//!
//! How much to keep: a device whose browser asks to save data
//! (`navigator.connection.saveData`) keeps only the files the page loaded, so
//! the page reopens offline and no other area comes over mobile data; every
//! other device keeps the whole app, so every area works offline after one
//! visit (a participant's phone that opened an invitation runs the
//! participant's own page, `ui/participant`, which keeps only its files).
//! `<html data-offline="…">` says what was kept (`all` or `page`).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Whether a new version is installed and waiting (provided as context).
#[derive(Clone, Copy)]
pub struct UpdateReady(pub RwSignal<bool>);

/// Registers `sw.js` and watches for updates. Does nothing where service
/// workers are unavailable (old browsers, some private modes, `file://`).
pub fn register(ready: RwSignal<bool>, light: bool) {
    let Some(container) = service_workers() else {
        return;
    };
    listen_for_kept(&container);
    let promise = container.register("sw.js");
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        if reg.waiting().is_some() && controlled() {
            ready.set(true);
        }
        // A worker may already be installing by now (the update check starts
        // with the page), or start later: watch it either way.
        if let Some(worker) = reg.installing() {
            watch_install(worker, ready);
        }
        let reg2 = reg.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            if let Some(worker) = reg2.installing() {
                watch_install(worker, ready);
            }
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        // Once a worker is active, say how much to keep.
        let Some(c) = service_workers() else { return };
        let Ok(ready) = c.ready() else { return };
        let Ok(active) = wasm_bindgen_futures::JsFuture::from(ready).await else {
            return;
        };
        let Ok(active) = active.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(worker) = active.active() {
            let _ = worker.post_message(&what_to_keep(light));
        }
    });
}

/// Whether this device keeps only the page it opened: a browser that asks
/// to save data.
pub fn keep_light() -> bool {
    let nav = window().navigator();
    let save_data = js_sys::Reflect::get(&nav, &JsValue::from_str("connection"))
        .ok()
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from_str("saveData")).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    save_data
}

/// The message for the worker: everything, or the same-origin files this page loaded.
fn what_to_keep(light: bool) -> JsValue {
    if !light {
        return JsValue::from_str("precache-all");
    }
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

/// Marks `<html data-offline>` when the worker says what it kept.
fn listen_for_kept(container: &web_sys::ServiceWorkerContainer) {
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| {
            let kept = match ev.data().as_string().as_deref() {
                Some("precached-all") => "all",
                Some("precached-page") => "page",
                _ => return,
            };
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("data-offline", kept);
            }
        });
    container.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}

/// Sets `ready` once `worker` is installed while a previous version controls the page.
fn watch_install(worker: web_sys::ServiceWorker, ready: RwSignal<bool>) {
    let w2 = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        if w2.state() == web_sys::ServiceWorkerState::Installed && controlled() {
            ready.set(true);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Whether a service worker serves this page (it then has the app's modules).
pub fn controlled() -> bool {
    service_workers().and_then(|c| c.controller()).is_some()
}

fn service_workers() -> Option<web_sys::ServiceWorkerContainer> {
    let nav = window().navigator();
    let has = js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    has.then(|| nav.service_worker())
}

/// Lets the waiting version take over, then reloads into it.
pub fn activate_update() {
    let Some(container) = service_workers() else {
        return;
    };
    let reload = Closure::<dyn FnMut()>::new(|| {
        let _ = window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(container.get_registration()).await
        else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        match reg.waiting() {
            Some(w) => {
                let _ = w.post_message(&JsValue::from_str("skip-waiting"));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    });
}
