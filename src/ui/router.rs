//! Follows the URL fragment: a signal with the current [`Route`], updated on
//! `hashchange` (links, back, forward). After each navigation the page is
//! scrolled to the top and focus moves to the new page's heading, so keyboard
//! and screen-reader users land on the new content.

use super::focus::{focus_heading, focus_id};
use super::route::Route;
use leptos::prelude::*;

/// The current route, provided as context by [`provide_router`].
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub ReadSignal<Route>);

fn fragment() -> String {
    window().location().hash().unwrap_or_default()
}

/// The route of the address the page was opened with.
pub fn start_route() -> Route {
    Route::parse(&fragment()).unwrap_or(Route::Home)
}

/// Starts following the fragment. Call once, at the top of the app.
pub fn provide_router() {
    let start = start_route();
    let (route, set_route) = signal(start);
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        // Fragments that are not routes (an in-page anchor) leave the page as it is.
        if let Some(next) = Route::parse(&fragment()) {
            if next != route.get_untracked() {
                set_route.set(next);
                after_navigation();
            }
        }
    });
    // A click on a link to a route changes the page in the click's own task:
    // the address is pushed, the route set and the page built before the next
    // frame, instead of a frame later when the browser's `hashchange` comes
    // (bench/RESULTS.md, "Next group"). Back and forward still come as
    // `hashchange` above; pushState itself fires none.
    let clicks = window_event_listener(leptos::ev::click, move |ev: web_sys::MouseEvent| {
        let Some(href) = route_link(&ev) else { return };
        let Some(next) = Route::parse(&href) else {
            return;
        };
        ev.prevent_default();
        if next == route.get_untracked() {
            return;
        }
        let pushed = window()
            .history()
            .and_then(|h| h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href)));
        if pushed.is_err() {
            // No history to push to: let the browser follow the link as it would.
            let _ = window().location().set_hash(href.trim_start_matches('#'));
            return;
        }
        set_route.set(next);
        after_navigation();
    });
    on_cleanup(move || {
        handle.remove();
        clicks.remove();
    });
    provide_context(CurrentRoute(route));
}

/// The `#/…` address of the link a plain click (primary button, no modifier
/// key, not handled by the page) followed, when it stays in this tab.
fn route_link(ev: &web_sys::MouseEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    if ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href]").ok()??;
    if link.has_attribute("download") || link.get_attribute("target").is_some_and(|t| t != "_self")
    {
        return None;
    }
    link.get_attribute("href").filter(|h| h.starts_with("#/"))
}

/// The current route.
pub fn use_route() -> ReadSignal<Route> {
    expect_context::<CurrentRoute>().0
}

/// Goes to `route` as a link would (adds a history entry).
pub fn navigate(route: &Route) {
    let href = route.href();
    let _ = window().location().set_hash(href.trim_start_matches('#'));
}

thread_local! {
    /// An element to focus after the next navigation instead of the heading.
    static FOCUS_NEXT: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
    /// A navigation whose page was not there yet to take focus (a split area still loading).
    static FOCUS_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called when a page that was loading has arrived: moves focus as the
/// navigation would have, if it could not.
pub fn focus_if_pending() {
    if FOCUS_PENDING.with(|p| p.get()) {
        request_animation_frame(|| {
            if FOCUS_PENDING.with(|p| p.replace(false)) {
                move_focus();
            }
        });
    }
}

/// Goes to `route` and then focuses the element with `id` (e.g. a search field).
pub fn navigate_and_focus(route: &Route, id: &'static str) {
    FOCUS_NEXT.with(|f| f.set(Some(id)));
    navigate(route);
}

/// Scrolls to the top and focuses the new page's `h1` (or the element asked
/// for by [`navigate_and_focus`]) once it is rendered.
fn after_navigation() {
    request_animation_frame(|| {
        window().scroll_to_with_x_and_y(0.0, 0.0);
        let arrived = document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .is_some();
        FOCUS_PENDING.with(|p| p.set(!arrived));
        if arrived {
            move_focus();
        }
    });
}

fn move_focus() {
    match FOCUS_NEXT.with(|f| f.take()) {
        Some(id) => {
            focus_id(id);
        }
        None => focus_heading(),
    }
}

/// Sets the document title as "<page> – Housing First-guiden" (the start page: the name alone).
pub fn set_title(page: &str) {
    let name = t!("app.name");
    let title = if page.is_empty() || page == name {
        name.to_string()
    } else {
        format!("{page} – {name}")
    };
    document().set_title(&title);
}
