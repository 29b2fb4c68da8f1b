//! The frame around every page: skip link, header with the product name and
//! the main navigation (a menu button on narrow screens), main region, footer.
//! Also the global "/" shortcut that jumps to the guide's search.

use super::components::search_box::SEARCH_ID;
use super::components::storage_banner::StorageBanner;
use super::data_home::reminder::SaveReminder;
use super::focus::focus_id;
use super::pwa::{activate_update, UpdateReady};
use super::route::{Area, Route};
use super::router::{navigate_and_focus, use_route};
use crate::storage::documents::ASIDE_PREFIX;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let route = use_route();
    let update = expect_context::<UpdateReady>().0;
    let (menu_open, set_menu_open) = signal(false);
    // Close the phone menu after every navigation.
    Effect::new(move |_| {
        route.track();
        set_menu_open.set(false);
    });
    let shortcut = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing_in_field(&ev)
        {
            return;
        }
        ev.prevent_default();
        if route.get_untracked() == Route::Guide {
            focus_id(SEARCH_ID);
        } else {
            navigate_and_focus(&Route::Guide, SEARCH_ID);
        }
    });
    on_cleanup(move || shortcut.remove());

    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_id("main");
    };
    view! {
        <a class="skipnav" href="#main" on:click=skip>{t!("shell.skip")}</a>
        <header class="app-header">
            <div class="container app-header__bar">
                <a class="app-header__brand" href="#/">
                    <span class="app-header__logo" aria-hidden="true">"HF"</span>
                    <span>{t!("app.name")}</span>
                </a>
                <button
                    type="button"
                    class="app-header__menu-button"
                    aria-controls="main-nav"
                    aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                    on:click=move |_| set_menu_open.update(|o| *o = !*o)
                >
                    {t!("shell.menu")}
                </button>
            </div>
            <nav id="main-nav" class="app-nav" class:app-nav--open=menu_open aria-label=t!("shell.nav_label")>
                <div class="container">
                <ul class="app-nav__list plain-list">
                    {Area::nav()
                        .into_iter()
                        .map(|(area, target, label)| {
                            let current = move || route.with(|r| r.area() == area);
                            view! {
                                <li>
                                    <a
                                        class="app-nav__link"
                                        class:app-nav__link--current=current
                                        href=target.href()
                                        aria-current=move || current().then_some("page")
                                    >
                                        {label}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                </div>
            </nav>
        </header>
        // Values set aside change every page (the storage notice); the
        // build's prerendering reads this attribute.
        <main id="main" tabindex="-1" class="container app-main" data-depends-on=ASIDE_PREFIX>
            {move || {
                update
                    .get()
                    .then(|| {
                        view! {
                            <div class="alert alert-info update-banner" role="status">
                                <p class="alert-text">{t!("shell.update_ready")}</p>
                                <button type="button" class="button button-primary" on:click=|_| activate_update()>
                                    {t!("shell.update_reload")}
                                </button>
                            </div>
                        }
                    })
            }}
            <StorageBanner/>
            <SaveReminder/>
            {children()}
        </main>
        <footer class="app-footer">
            <div class="container">
                <p>{t!("shell.footer_privacy")}</p>
                <p>
                    <a href="#/om">{t!("shell.footer_about")}</a>
                </p>
            </div>
        </footer>
    }
}

/// Whether a key press goes to a form field (so a page shortcut must not act on it).
pub fn typing_in_field(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || el.get_attribute("contenteditable").is_some()
}
