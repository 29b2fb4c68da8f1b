//! The few DOM calls the participant's page makes, over web-sys: find by id,
//! set text or markup, focus, listen. An element that is not there is no
//! error: the call does nothing.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a document")
}

pub fn by_id(id: &str) -> Option<web_sys::Element> {
    document().get_element_by_id(id)
}

pub fn html_by_id<T: JsCast>(id: &str) -> Option<T> {
    by_id(id).and_then(|e| e.dyn_into::<T>().ok())
}

/// Sets the text of the element with `id` (as text, never as markup).
pub fn set_text(id: &str, text: &str) {
    if let Some(e) = by_id(id) {
        e.set_text_content(Some(text));
    }
}

/// Replaces the content of the element with `id` by `markup`, which the
/// caller built with every outside text escaped (`participant::markup`).
pub fn set_markup(id: &str, markup: &str) {
    if let Some(e) = by_id(id) {
        e.set_inner_html(markup);
    }
}

/// Adds `class` to the element's classes, or (`on` false) takes it away.
pub fn toggle_class(el: &web_sys::Element, class: &str, on: bool) {
    let mut classes: Vec<String> = el
        .class_name()
        .split_whitespace()
        .filter(|c| *c != class)
        .map(String::from)
        .collect();
    if on {
        classes.push(class.to_string());
    }
    el.set_class_name(&classes.join(" "));
}

pub fn focus(el: &web_sys::Element) {
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

pub fn focus_id(id: &str) {
    if let Some(e) = by_id(id) {
        focus(&e);
    }
}

pub fn focus_selector(selector: &str) {
    if let Some(e) = document().query_selector(selector).ok().flatten() {
        focus(&e);
    }
}

/// The element an event went to, if it is one.
pub fn target(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// Listens for `kind` on `on` for the page's lifetime.
pub fn listen<E: wasm_bindgen::convert::FromWasmAbi + 'static>(
    on: &web_sys::EventTarget,
    kind: &str,
    f: impl FnMut(E) + 'static,
) {
    let f: Closure<dyn FnMut(E)> = Closure::new(f);
    let _ = on.add_event_listener_with_callback(kind, f.as_ref().unchecked_ref());
    f.forget();
}

/// Runs `f` after the next paint, when the browser is idle (at once after
/// that paint where there are no idle callbacks).
pub fn after_paint_when_idle(f: impl FnOnce() + 'static) {
    let then = move || {
        let f = Closure::once_into_js(f);
        let w = window();
        let has_idle = js_sys::Reflect::has(&w, &"requestIdleCallback".into()).unwrap_or(false);
        if has_idle {
            let _ = w.request_idle_callback(f.unchecked_ref());
        } else {
            let _ = w.set_timeout_with_callback(f.unchecked_ref());
        }
    };
    let _ = window().request_animation_frame(Closure::once_into_js(then).unchecked_ref());
}

/// Offers `text` for download as `filename` (a Blob and a temporary link).
pub fn download(filename: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let doc = document();
    if let Ok(a) = doc.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(filename);
        a.set_hidden(true);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
