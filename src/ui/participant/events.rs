//! What the participant's page listens for: the frame's skip link, menu
//! button, "/" and links out of the page (the rest of the app is the Leptos
//! app, which a reload starts), the statements' keys and radios (as
//! `components/rating_item.rs`: 1–4 rate, 5 Ved ikke, 6 Ikke relevant, ↑/↓
//! move between statements, ←/→ within the scale), name and role, the send
//! section's buttons, and another tab's changes to the answers.

use super::dom::{self, by_id, document, listen, target, window};
use super::markup::ids;
use super::page::{build_rest, focus_item, neighbour, rate, with_page};
use crate::model::markup::radio_id;
use crate::model::rating::Rating;
use wasm_bindgen::JsCast;

/// Leaves for another page of the app: the boot module starts the Leptos
/// app for any address but an invitation.
pub(super) fn leave() {
    let _ = window().location().reload();
}

/// The frame: skip link, menu button, "/" and the way out.
pub(super) fn attach_frame(hash: String) {
    let doc: web_sys::EventTarget = document().into();
    listen(&doc, "click", |ev: web_sys::MouseEvent| {
        let Some(el) = target(&ev) else { return };
        if el.closest(".skipnav").ok().flatten().is_some() {
            // Not to `#main`: the address keeps the invitation.
            ev.prevent_default();
            dom::focus_id("main");
        } else if el
            .closest(".app-header__menu-button")
            .ok()
            .flatten()
            .is_some()
        {
            let open = el
                .closest(".app-header__menu-button")
                .ok()
                .flatten()
                .and_then(|b| b.get_attribute("aria-expanded"))
                .as_deref()
                != Some("true");
            if let Some(b) = el.closest(".app-header__menu-button").ok().flatten() {
                let _ = b.set_attribute("aria-expanded", if open { "true" } else { "false" });
            }
            if let Some(nav) = by_id(ids::MENU) {
                dom::toggle_class(&nav, "app-nav--open", open);
            }
        }
    });
    listen(&doc, "keydown", |ev: web_sys::KeyboardEvent| {
        if ev.key() == "/" && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() && !in_field(&ev) {
            // The guide's search, in the app.
            ev.prevent_default();
            let _ = window().location().set_hash("/guide");
        }
    });
    let win: web_sys::EventTarget = window().into();
    listen(&win, "hashchange", move |_: web_sys::Event| {
        if window().location().hash().unwrap_or_default() != hash {
            leave();
        }
    });
}

fn in_field(ev: &web_sys::Event) -> bool {
    target(ev).is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.get_attribute("contenteditable").is_some()
    })
}

/// The page: statements, name, role, buttons, another tab.
pub(super) fn attach_page() {
    let Some(main) = by_id("main") else { return };
    let main: web_sys::EventTarget = main.into();
    listen(&main, "change", |ev: web_sys::Event| {
        let Some(el) = target(&ev) else { return };
        let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() else {
            if let Some(select) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
                if select.id() == ids::ROLE {
                    let role = select.value();
                    with_page(|p| p.change(|d| d.response.role = role));
                }
            }
            return;
        };
        if input.id() == ids::NAME {
            let name = input.value();
            with_page(|p| p.change(|d| d.response.name = name));
        } else if input.type_() == "radio" {
            if let (Some(id), Some(r)) = (item_of(&el), Rating::from_code(&input.value())) {
                rate(&id, r);
            }
        }
    });
    listen(&main, "keydown", on_key);
    listen(&main, "click", |ev: web_sys::MouseEvent| {
        let Some(el) = target(&ev) else { return };
        let Some(button) = el.closest("button").ok().flatten() else {
            return;
        };
        match button.id().as_str() {
            ids::COPY => super::hand_over::copy_link(),
            ids::DOWNLOAD => super::hand_over::download_file(),
            ids::BIG_QR_OPEN => super::hand_over::open_big_qr(),
            ids::DIALOG_CLOSE => super::hand_over::close_big_qr(),
            ids::SHARE => super::hand_over::share(),
            _ => {
                if let Some(n) = button
                    .get_attribute("data-aside")
                    .and_then(|n| n.parse::<usize>().ok())
                {
                    if let Some(text) = with_page(|p| p.aside_text(n)).flatten() {
                        let name = format!("housing-first-guiden-ulaeselig-{}.txt", n + 1);
                        dom::download(&name, "text/plain;charset=utf-8", &text);
                    }
                }
            }
        }
    });
    if let Some(dialog) = by_id(ids::DIALOG) {
        // Escape, the button, or the page going away: all end in `close`.
        listen(&dialog.into(), "close", |_: web_sys::Event| {
            super::hand_over::closed_big_qr()
        });
    }
    let win: web_sys::EventTarget = window().into();
    listen(&win, "storage", |ev: web_sys::StorageEvent| {
        let key = ev.key();
        with_page(|p| {
            use crate::storage::documents::Document;
            match key {
                Some(k) if k == p.doc.key() => p.follow(false),
                Some(_) => {}
                None => p.follow(true),
            }
        });
    });
}

/// The statement an element belongs to (its item id).
fn item_of(el: &web_sys::Element) -> Option<String> {
    el.closest("[data-item]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("data-item"))
}

/// A key in the statements: the first builds the statements still to come
/// (so ↓ and Tab find them), then as on the self-assessment's answer page.
fn on_key(ev: web_sys::KeyboardEvent) {
    build_rest();
    let Some(el) = target(&ev) else { return };
    if matches!(
        el.tag_name().as_str(),
        "TEXTAREA" | "A" | "INPUT" | "SELECT"
    ) && el.get_attribute("type").as_deref() != Some("radio")
    {
        return;
    }
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let Some(id) = item_of(&el) else { return };
    let key = ev.key();
    if let Some(r) = Rating::from_shortcut(&key) {
        ev.prevent_default();
        if let Some(radio) = by_id(&radio_id(&id, r)) {
            if let Some(radio) = radio.dyn_ref::<web_sys::HtmlInputElement>() {
                radio.set_checked(true);
            }
            dom::focus(&radio);
        }
        rate(&id, r);
    } else if key == "ArrowDown" || key == "ArrowUp" {
        // ↑/↓ move between statements, never change the answer (←/→ do that).
        ev.prevent_default();
        if let Some(next) = neighbour(&id, if key == "ArrowDown" { 1 } else { -1 }) {
            focus_item(&next);
        }
    }
}
