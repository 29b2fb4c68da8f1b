//! Browser tests of the components (wasm-bindgen-test in headless Chromium):
//! mount, click, type, and assert what the DOM shows.
#![cfg(target_arch = "wasm32")]

use housing_first_guiden::ui::App;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the whole app on a fresh container at `route` (the part after `#`).
fn mount_at(
    route: &str,
) -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    let w = window();
    w.location().set_hash(route).unwrap();
    let doc = document();
    let host: web_sys::HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), App);
    (host, handle)
}

fn text(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

fn count(host: &web_sys::HtmlElement, selector: &str) -> u32 {
    host.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn the_shell_shows_the_product_name_and_all_seven_areas() {
    let (host, _h) = mount_at("/");
    leptos::task::tick().await;
    assert_eq!(text(&host, "main h1"), "Housing First-guiden");
    assert_eq!(count(&host, "#main-nav a"), 7);
    assert!(text(&host, "main").contains("Intet sendes nogen steder hen"));
    host.remove();
}

#[wasm_bindgen_test]
async fn the_menu_button_opens_and_closes_the_navigation() {
    let (host, _h) = mount_at("/om");
    leptos::task::tick().await;
    let button: web_sys::HtmlElement = host
        .query_selector(".app-header__menu-button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    button.click();
    leptos::task::tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(count(&host, "nav.app-nav--open"), 1);
    button.click();
    leptos::task::tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn typing_in_the_guide_search_lists_hits_with_their_place() {
    let (host, _h) = mount_at("/guide");
    leptos::task::tick().await;
    assert_eq!(text(&host, "main h1"), "Guiden");
    assert_eq!(count(&host, ".guide-search__hit"), 0);
    let input: web_sys::HtmlInputElement = host
        .query_selector("#guide-search")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value("fjerdedel");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert!(count(&host, ".guide-search__hit") >= 1);
    assert!(text(&host, ".guide-search__hit a")
        .to_lowercase()
        .contains("fjerdedel"));
    assert!(text(&host, "[role=status]").contains("resultat"));
    host.remove();
}

#[wasm_bindgen_test]
async fn an_unknown_section_shows_not_found() {
    let (host, _h) = mount_at("/guide/findes-ikke");
    leptos::task::tick().await;
    assert_eq!(text(&host, "main h1"), "Siden findes ikke");
    host.remove();
}
