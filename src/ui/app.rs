//! The root component: router, shell and the page for the current route;
//! the start (the frame mounted outside the document, then put in place of
//! the prerendered one). The areas' entry points are `ui/areas.rs`.

use super::areas::*;
use super::pages;
use super::route::{Module, Route};
use super::router::{provide_router, use_route};
use super::shell::Shell;
use super::state::provide_state;
use leptos::prelude::*;

thread_local! {
    /// Set by [`mount`]: the real app registers the service worker; tests don't.
    static OFFLINE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Mounts the app on `<body>` and makes it work offline. Called by `main.rs`.
///
/// The build's prerendered first screen (`tools/prerender.mjs`) is replaced
/// in one step, so the browser never paints both; `<html data-app="ready">`
/// then tells scripts and tests that the page is the live app.
///
/// In a split build the area of the starting address is loaded first, its
/// modules instantiated in a task after the main module's own start.
pub fn mount() {
    OFFLINE.with(|o| o.set(true));
    #[cfg(hfg_split)]
    wasm_bindgen_futures::spawn_local(async {
        super::later::next_task().await;
        preload(&super::router::start_route()).await;
        mount_now();
    });
    #[cfg(not(hfg_split))]
    mount_now();
}

thread_local! {
    /// The live frame while the start's first page is still to be built: it
    /// is mounted into this element, outside the document, so the page shows
    /// one frame (the prerendered one) and one `<main>` until [`reveal`].
    static MOUNTING: std::cell::RefCell<Option<web_sys::HtmlElement>> =
        const { std::cell::RefCell::new(None) };
    /// Set while the frame is mounted, by an area's page that builds itself in
    /// the next task and then calls [`reveal`].
    static FIRST_PAGE_LATER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Mounts the frame. A page of the main module (or a guide page from its
/// file) comes with it and is shown at once; an area's first page takes the
/// start over ([`page_takes_start`]) and is built in the next task, so
/// neither task is long.
fn mount_now() {
    let Ok(holder) = document().create_element("div") else {
        return;
    };
    let holder: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(holder);
    MOUNTING.with(|m| *m.borrow_mut() = Some(holder.clone()));
    std::mem::forget(leptos::mount::mount_to(holder, App));
    if FIRST_PAGE_LATER.with(|l| !l.get()) {
        reveal();
    }
}

/// Puts the live app in place of the prerendered frame in one step (the
/// browser never paints both, nor an empty frame) and marks
/// `<html data-app="ready">`. Once only.
fn reveal() {
    let Some(holder) = MOUNTING.with(|m| m.borrow_mut().take()) else {
        return;
    };
    remove_prerendered();
    if let Some(body) = document().body() {
        while let Some(node) = holder.first_child() {
            let _ = body.append_child(&node);
        }
    }
    let _ = document()
        .document_element()
        .map(|html| html.set_attribute("data-app", "ready"));
    mark("hfg:mounted");
}

/// Called as an area's page is set up: true for the start's first page,
/// which then builds itself in a task of its own and reveals the app.
#[cfg(hfg_split)]
fn page_takes_start() -> bool {
    MOUNTING.with(|m| m.borrow().is_some()) && !FIRST_PAGE_LATER.with(|l| l.replace(true))
}

/// A User Timing mark at a step of the start (`hfg:area-loaded`,
/// `hfg:parsed`, `hfg:mounted`), so a performance trace shows which step
/// each of the first tasks is.
pub(super) fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// Removes the prerendered frame and the script that chose its page.
fn remove_prerendered() {
    if let Some(html) = document().document_element() {
        let _ = html.remove_attribute("data-prerender");
    }
    let Ok(nodes) = document().query_selector_all("#prerender, script[src*=\"prerender-\"]") else {
        return;
    };
    for i in 0..nodes.length() {
        if let Some(node) = nodes.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_router();
    provide_state(super::data_home::on_store_change);
    super::data_home::provide_data_home();
    let update = RwSignal::new(false);
    provide_context(super::pwa::UpdateReady(update));
    if OFFLINE.with(|o| o.get()) {
        super::pwa::register(update, super::pwa::keep_light());
    }
    let route = use_route();
    // Keyed by route: every navigation builds the page afresh. Rebuilding one
    // page's DOM in place for another (same component, other data) would reuse
    // radio buttons under new names, and the browser's radio-group rules then
    // uncheck answers.
    view! {
        <Shell>
            <For each=move || [route.get()] key=|r| r.clone() let:r>
                {page(r)}
            </For>
        </Shell>
    }
}

/// A page of a split module ([`Route::module`]): loaded and then shown by
/// [`area_view`] in a split build, called directly otherwise.
fn module_view(module: Module, route: Route) -> AnyView {
    #[cfg(hfg_split)]
    {
        let first = page_takes_start();
        match loader(module) {
            Some((_, entry)) => area_view(first, entry(AreaCall::Page(route))),
            None => ().into_any(),
        }
    }
    #[cfg(not(hfg_split))]
    {
        module_page(module, route)
    }
}

/// An area's page once its module has answered, with "Henter siden …"
/// meanwhile; focus moves to its heading once it is there, as after any
/// navigation. `first`: the start's first page, built in a task after the
/// frame's. One function for every area (the page's future boxed), so the
/// main module carries one copy of this view's code, not one per area.
#[cfg(hfg_split)]
fn area_view(
    first: bool,
    page: std::pin::Pin<Box<dyn std::future::Future<Output = Option<AreaAnswer>> + Send>>,
) -> AnyView {
    // Empty until the module has arrived: style/app.css then shows its
    // data-loading text ("Henter siden …"). Cheaper than a Suspense.
    view! {
        <div class="area-page" data-loading=t!("shell.loading")>
            {Suspend::new(async move {
                if first {
                    send_wrapper::SendWrapper::new(super::later::next_task()).await;
                    // Before the page's own frame callbacks (an answer page
                    // focuses its statement in one), after the page is in place.
                    request_animation_frame(reveal);
                }
                let answer = page.await;
                super::router::focus_if_pending();
                match answer {
                    Some(AreaAnswer::Page(view)) => view,
                    _ => ().into_any(),
                }
            })}
        </div>
    }
    .into_any()
}

/// The page for a route. The start page and "not found" are in the main
/// module; every other page is built by its module ([`Route::module`]), in a
/// split build a module of its own (`tools/build-wasm.mjs`), fetched the first
/// time one of its pages opens.
fn page(route: Route) -> AnyView {
    match route.module() {
        Module::Main => match route {
            Route::NotFound(_) => view! { <pages::not_found::NotFound/> }.into_any(),
            _ => view! { <pages::home::HomePage/> }.into_any(),
        },
        Module::Guide => guide(route),
        // A participant's page is not the app's: the boot module starts it
        // instead of the app for an invitation's address.
        Module::Participant => {
            let _ = window().location().reload();
            ().into_any()
        }
        module => module_view(module, route),
    }
}

/// A guide page. In a split build, while the guide's module is not loaded, a
/// page the build prerendered comes from its file (`ui/prerendered.rs`), in
/// the live frame, and the module only when there is no file to be had.
fn guide(route: Route) -> AnyView {
    #[cfg(hfg_split)]
    if super::prerendered::has_file(&route) && !guide_loaded() {
        if let Some(page) = super::prerendered::take_first(&route) {
            return page.into_view(live_search);
        }
        let page = async move {
            // The browser's fetch is not `Send`; it runs on this thread only.
            let file = send_wrapper::SendWrapper::new(super::prerendered::fetch(route.clone()));
            match file.await {
                Some(page) => Some(AreaAnswer::Page(page.into_view(live_search))),
                None => guide_page(AreaCall::Page(route)).await,
            }
        };
        return area_view(false, Box::pin(page));
    }
    module_view(Module::Guide, route)
}

/// Makes the search field of the guide's overview, shown from its file, live:
/// the guide's module has the index.
#[cfg(hfg_split)]
fn live_search() {
    leptos::task::spawn_local(async {
        let _ = guide_page(AreaCall::LiveSearch).await;
    });
}
