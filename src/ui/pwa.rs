//! Offline use: registers the service worker (`public/sw.js`, precache list
//! written at build time) and notices when a new version has been installed
//! and is waiting, so the shell can offer "Genindlæs" instead of swapping the
//! app under the user's hands.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Whether a new version is installed and waiting (provided as context).
#[derive(Clone, Copy)]
pub struct UpdateReady(pub RwSignal<bool>);

/// Registers `sw.js` and watches for updates. Does nothing where service
/// workers are unavailable (old browsers, some private modes, `file://`).
pub fn register(ready: RwSignal<bool>) {
    let Some(container) = service_workers() else {
        return;
    };
    let promise = container.register("sw.js");
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        let controlled = || service_workers().and_then(|c| c.controller()).is_some();
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
    });
}

/// Sets `ready` once `worker` is installed while a previous version controls the page.
fn watch_install(worker: web_sys::ServiceWorker, ready: RwSignal<bool>) {
    let w2 = worker.clone();
    let on_state = Closure::<dyn FnMut()>::new(move || {
        let controlled = service_workers().and_then(|c| c.controller()).is_some();
        if w2.state() == web_sys::ServiceWorkerState::Installed && controlled {
            ready.set(true);
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
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
