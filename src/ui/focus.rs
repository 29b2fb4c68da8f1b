//! Moving keyboard focus, in one place: every page and component that moves
//! focus (after a navigation, a keyboard shortcut, an answer, a deleted
//! scenario) goes through these helpers. An element that is not on the page
//! is no error: focus then stays where it is.

use leptos::prelude::{document, request_animation_frame};
use wasm_bindgen::JsCast;

fn focus_element(el: web_sys::Element) -> bool {
    match el.dyn_into::<web_sys::HtmlElement>() {
        Ok(el) => el.focus().is_ok(),
        Err(_) => false,
    }
}

/// Focuses the element with `id` now; `false` if it is not on the page.
pub fn focus_id(id: &str) -> bool {
    document().get_element_by_id(id).is_some_and(focus_element)
}

/// Focuses the first element matching the CSS `selector`; `false` if none.
pub fn focus_selector(selector: &str) -> bool {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .is_some_and(focus_element)
}

/// Focuses the element with `id` once it is rendered (after the next frame).
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        focus_id(&id);
    });
}

/// Focuses the text field with `id` once it is rendered and selects its text,
/// so typing replaces it.
pub fn focus_and_select_later(id: &'static str) {
    request_animation_frame(move || {
        if let Some(input) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let _ = input.focus();
            input.select();
        }
    });
}

/// Moves focus to the element the page marked with `data-autofocus`, else to
/// the main heading (it carries `tabindex="-1"`).
pub fn focus_heading() {
    let _ = focus_selector("main [data-autofocus]") || focus_selector("main h1");
}
