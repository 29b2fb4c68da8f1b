//! Work that can wait for the first paint: a page builds what is above the
//! fold with its first render and the rest once the browser has painted and
//! is idle (input comes first). Short tasks keep a phone's main thread free:
//! Lighthouse's Total Blocking Time counts every task longer than 50 ms.

use leptos::prelude::*;

/// Runs `f` after the next paint, when the browser is next idle; at once after
/// that paint where the browser has no idle callbacks (Safari).
pub fn after_paint_when_idle(f: impl Fn() + Clone + 'static) {
    request_animation_frame(move || {
        if request_idle_callback_with_handle(f.clone()).is_err() {
            set_timeout(f, std::time::Duration::ZERO);
        }
    });
}

/// A flag that turns true after the next paint, when the browser is idle:
/// `move || later.get().then(|| …)` builds the rest of a page then.
/// `ready_now` (nothing left to build) sets it at once.
pub fn shown_after_paint(ready_now: bool) -> RwSignal<bool> {
    let shown = RwSignal::new(ready_now);
    if !ready_now {
        after_paint_when_idle(move || switch_on(shown));
    }
    shown
}

/// Turns `flag` on unless it is on already (or gone with its page). A signal's
/// `set` wakes what reads it even when the value stays the same: a list built
/// under a flag a key had already turned on would be built anew, and the
/// statement holding the focus replaced, the focus lost to the page.
pub fn switch_on(flag: RwSignal<bool>) {
    if flag.try_get_untracked() == Some(false) {
        flag.set(true);
    }
}

/// Resolves in a later task (a zero timeout): what comes after it does not
/// lengthen the task that is running now.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        set_timeout(
            move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
            },
            std::time::Duration::ZERO,
        );
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
