//! A guide page from the build's prerendered file (`prerender/<route>.html`,
//! written by `tools/prerender.mjs` from the live guide): the guide's pages
//! are content only, so a link to one shows that file in the live frame and
//! needs none of the guide's WebAssembly. The overview's search field is
//! made live (`components::search_box::make_live`) by the guide's module,
//! which has the index, fetched at its first focus. The module builds the
//! pages itself only when a file cannot be had (offline, where the service
//! worker has the module but not the files, or a page the build did not
//! write), and once it is loaded.
//!
//! The file is the build's own output, never user text, so it is inserted
//! as markup; it holds no script, inline style or event attribute (the
//! build checks, the CSP forbids them).

use super::components::search_box::SEARCH_ID;
use super::route::{Area, Route};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A prerendered guide page: its markup and its document title.
pub struct PrerenderedPage {
    html: String,
    title: String,
}

thread_local! {
    /// The starting address's page, fetched before the app is mounted
    /// ([`prepare_first`]) so its first render has it.
    static FIRST: std::cell::RefCell<Option<(Route, PrerenderedPage)>> =
        const { std::cell::RefCell::new(None) };
}

/// Whether `route`'s page is to come from its file: a page of the guide that
/// is in `prerender.js`'s list of them (`window.hfgGuidePages`, routes after
/// `#/guide`), so no address asks for a file that is not there, and no
/// service worker serves the page (it has the guide's module, also offline,
/// and not the files; the first-visit files follow the same rule).
pub fn has_file(route: &Route) -> bool {
    route.area() == Area::Guide
        && !super::pwa::controlled()
        && js_sys::Reflect::get(&window(), &"hfgGuidePages".into())
            .ok()
            .and_then(|pages| pages.dyn_into::<js_sys::Array>().ok())
            .is_some_and(|pages| {
                let href = route.href();
                pages.includes(&href.trim_start_matches("#/guide").into(), 0)
            })
}

/// Gets the starting page's file before the app is mounted: the one
/// `prerender.js` is fetching already (`window.hfgGuidePage`), or a fetch of
/// its own. False when there is none: then the guide's module is needed.
pub async fn prepare_first(route: &Route) -> bool {
    let text = match started_by_prerender_js(route) {
        Some(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string()),
        None => fetch_text(route).await,
    };
    match text.as_deref().and_then(parse) {
        Some(page) => {
            FIRST.with(|f| *f.borrow_mut() = Some((route.clone(), page)));
            true
        }
        None => false,
    }
}

/// The page [`prepare_first`] got for `route`, once.
pub fn take_first(route: &Route) -> Option<PrerenderedPage> {
    FIRST.with(|f| {
        let mut first = f.borrow_mut();
        match first.as_ref() {
            Some((r, _)) if r == route => first.take().map(|(_, page)| page),
            _ => None,
        }
    })
}

/// Fetches and reads `route`'s file; `None` when it cannot be had.
pub async fn fetch(route: Route) -> Option<PrerenderedPage> {
    parse(&fetch_text(&route).await?)
}

impl PrerenderedPage {
    /// The page as the area's page element, with its title set. The first
    /// focus of a search field on it (the overview's) calls `live_search`,
    /// which fetches the guide's module and makes the field live.
    pub fn into_view(self, live_search: fn()) -> AnyView {
        document().set_title(&self.title);
        let asked = std::cell::Cell::new(false);
        let on_focus = move |ev: web_sys::FocusEvent| {
            let search = event_target::<web_sys::Element>(&ev).id() == SEARCH_ID;
            if search && !asked.replace(true) {
                live_search();
            }
        };
        view! { <div class="area-page" inner_html=self.html on:focusin=on_focus></div> }.into_any()
    }
}

/// `prerender.js`'s fetch of this very page (a promise of its text or null).
fn started_by_prerender_js(route: &Route) -> Option<js_sys::Promise> {
    let started = js_sys::Reflect::get(&window(), &"hfgGuidePage".into()).ok()?;
    let for_route = js_sys::Reflect::get(&started, &"route".into())
        .ok()?
        .as_string()?;
    if for_route != route.href() {
        return None;
    }
    js_sys::Reflect::get(&started, &"text".into())
        .ok()?
        .dyn_into()
        .ok()
}

async fn fetch_text(route: &Route) -> Option<String> {
    let href = route.href();
    let url = format!("./prerender/{}.html", href.trim_start_matches("#/"));
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(&url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The page in a file: its root is `<div data-page="guide" data-title=…>`
/// around the live `<main>`'s content, whose `.area-page` is the page.
/// Anything else (a service worker's index.html, an empty answer) is `None`.
fn parse(text: &str) -> Option<PrerenderedPage> {
    let template: web_sys::HtmlTemplateElement = document()
        .create_element("template")
        .ok()?
        .dyn_into()
        .ok()?;
    template.set_inner_html(text);
    let root = template.content().first_element_child()?;
    if root.get_attribute("data-page").as_deref() != Some("guide") {
        return None;
    }
    let page = root.query_selector(".area-page").ok()??;
    page.query_selector("h1").ok()??;
    Some(PrerenderedPage {
        html: page.inner_html(),
        title: root.get_attribute("data-title").unwrap_or_default(),
    })
}
