//! Instant search across the whole guide. Results update as you type; "/"
//! anywhere in the app focuses the field (see `shell.rs`).
//!
//! The guide's overview shown from its prerendered file (`ui/prerendered.rs`)
//! has the field as markup; its first focus fetches the guide's module, which
//! has the index, and [`make_live`] puts the live field in its place, with what
//! was typed and the focus, in the same task (no key is lost).

use crate::content::da;
use crate::model::search::{Hit, HitKind, Index};
use crate::ui::route::Route;
use leptos::prelude::*;
use std::sync::OnceLock;

/// The search field's element id, for the "/" shortcut.
pub const SEARCH_ID: &str = "guide-search";

fn index() -> &'static Index<'static> {
    static INDEX: OnceLock<Index<'static>> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(da()))
}

/// The page a hit leads to.
pub fn hit_route(hit: &Hit) -> Route {
    let c = da();
    match hit.kind {
        HitKind::Entry => {
            let section = c
                .entry(&hit.id)
                .map(|e| e.section.clone())
                .unwrap_or_default();
            Route::GuideEntry {
                section,
                entry: hit.id.clone(),
            }
        }
        HitKind::Term => Route::Term(hit.id.clone()),
        // Items and modules get pages of their own with the self-assessment and
        // learning areas; until then a hit shows the guide entry it rests on.
        HitKind::Item => c
            .item(&hit.id)
            .and_then(|i| i.guide.first())
            .and_then(|g| c.entry(g))
            .map(|e| Route::GuideEntry {
                section: e.section.clone(),
                entry: e.id.clone(),
            })
            .unwrap_or(Route::Guide),
        HitKind::Module => Route::Learning,
    }
}

fn kind_label(kind: HitKind) -> &'static str {
    match kind {
        HitKind::Entry => t!("search.kind_entry"),
        HitKind::Term => t!("search.kind_term"),
        HitKind::Item => t!("search.kind_item"),
        HitKind::Module => t!("search.kind_module"),
    }
}

#[component]
pub fn SearchBox() -> impl IntoView {
    view! {
        <div class="guide-search" role="search">
            <SearchFields initial=String::new()/>
        </div>
    }
}

/// Makes the prerendered search field on the page live: its contents are
/// replaced by [`SearchFields`] with the text typed so far, focused again if
/// it was. Does nothing where there is no such field.
pub fn make_live() {
    thread_local! {
        static LIVE: std::cell::RefCell<Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>> =
            const { std::cell::RefCell::new(None) };
    }
    use wasm_bindgen::JsCast;
    let doc = document();
    let Some(block) = doc
        .query_selector(".guide-search")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let old = doc
        .get_element_by_id(SEARCH_ID)
        .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok());
    let typed = old.as_ref().map(|i| i.value()).unwrap_or_default();
    let focused =
        old.is_some() && doc.active_element().as_ref() == old.as_ref().map(|i| i.as_ref());
    block.set_inner_html("");
    let live = leptos::mount::mount_to(block, move || {
        view! { <SearchFields initial=typed/> }.into_any()
    });
    // The one before belonged to a page that is gone (or this one).
    LIVE.with(|l| *l.borrow_mut() = Some(live));
    if focused {
        if let Some(input) = doc
            .get_element_by_id(SEARCH_ID)
            .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let _ = input.focus();
            let end = input.value().encode_utf16().count() as u32;
            let _ = input.set_selection_range(end, end);
        }
    }
}

/// The field, its status line and the hits, starting from `initial`.
#[component]
fn SearchFields(initial: String) -> impl IntoView {
    let (query, set_query) = signal(initial);
    let hits = Memo::new(move |_| query.with(|q| index().search(q, 30)));
    let status = move || {
        let q = query.get();
        if q.trim().is_empty() {
            String::new()
        } else {
            match hits.with(Vec::len) {
                0 => t!("search.none").replace("{q}", q.trim()),
                1 => t!("search.one").to_string(),
                n => t!("search.many").replace("{n}", &n.to_string()),
            }
        }
    };
    view! {
        <div class="form-group">
            <label class="form-label" for=SEARCH_ID>{t!("search.label")}</label>
            <span class="form-hint" id="guide-search-hint">{t!("search.hint")}</span>
            <input
                class="form-input input-width-xl"
                type="search"
                id=SEARCH_ID
                aria-describedby="guide-search-hint"
                autocomplete="off"
                spellcheck="false"
                prop:value=query
                on:input=move |ev| set_query.set(event_target_value(&ev))
            />
        </div>
        <p class="guide-search__status" role="status" aria-live="polite">{status}</p>
        <ul class="guide-search__hits plain-list">
            <For each=move || hits.get() key=|h| (h.id.clone(), h.kind as u8) let:hit>
                <li class="guide-search__hit">
                    <a href=hit_route(&hit).href()>{hit.title.clone()}</a>
                    <span class="guide-search__place">{kind_label(hit.kind)} " · " {hit.place.clone()}</span>
                    <p>{hit.snippet.clone()}</p>
                </li>
            </For>
        </ul>
    }
}
