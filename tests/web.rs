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

/// An entry's references: one line per document, the quotes closed until the
/// reader opens "Se kildens ordlyd", and the tool's own note set apart.
#[wasm_bindgen_test]
async fn an_entry_shows_its_sources_per_document_and_the_quotes_on_demand() {
    let (host, _h) = mount_at("/guide/principper/princip-8");
    leptos::task::tick().await;
    // 001 (three sections) and 000 (one): two lines, two disclosures.
    assert_eq!(count(&host, ".source-ref__line"), 2);
    assert_eq!(count(&host, ".source-ref__quote"), 2);
    let first = text(&host, ".source-ref__line");
    assert!(
        first.contains("afsnittene") && first.contains(" og "),
        "{first}"
    );
    let details = host.query_selector(".source-ref__quote").unwrap().unwrap();
    assert!(!details.has_attribute("open"), "the quotes start closed");
    assert_eq!(
        text(&host, ".source-ref__quote summary"),
        "Se kildens ordlyd"
    );
    let summary: web_sys::HtmlElement = host
        .query_selector(".source-ref__quote summary")
        .unwrap()
        .unwrap()
        .unchecked_into();
    summary.click();
    leptos::task::tick().await;
    assert!(
        details.has_attribute("open"),
        "a click on the summary opens the quotes"
    );
    assert!(text(&host, ".source-ref__quote blockquote").contains("8 Skadesreduktion."));
    assert!(text(&host, ".tool-note").starts_with("Værktøjets egen tilføjelse"));
    host.remove();
}

/// Under an assessed item, the tool's suggestion is labelled as the tool's,
/// apart from the guide's advice.
#[wasm_bindgen_test]
async fn the_tools_suggestion_is_labelled_apart_from_the_guides_advice() {
    let c = housing_first_guiden::content::da();
    let advice = c
        .advice
        .items
        .iter()
        .find(|a| a.suggestion.is_some())
        .expect("an item with a suggestion");
    let item = c.item(&advice.id).unwrap();
    let entry = c.entry(&item.guide[0]).unwrap();
    let (host, _h) = mount_at(&format!("/guide/{}/{}", entry.section, entry.id));
    leptos::task::tick().await;
    let all = host.query_selector_all(".tool-suggestion").unwrap();
    let texts: Vec<String> = (0..all.length())
        .filter_map(|i| all.item(i).and_then(|n| n.text_content()))
        .collect();
    let wanted = advice.suggestion.as_deref().unwrap();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Værktøjets forslag:") && t.contains(wanted)),
        "{texts:?}"
    );
    let guides = host
        .query_selector_all(".assessed-item__advice:not(.tool-suggestion)")
        .unwrap();
    assert!((0..guides.length())
        .filter_map(|i| guides.item(i).and_then(|n| n.text_content()))
        .all(|t| t.starts_with("Guidens råd") && !t.contains(wanted)));
    host.remove();
}

mod storage {
    //! The real localStorage behind the storage trait.
    use housing_first_guiden::model::assessment::Assessment;
    use housing_first_guiden::model::rating::Rating;
    use housing_first_guiden::storage::local::LocalStore;
    use housing_first_guiden::storage::repo::{assessment_key, LoadIssue, Repo};
    use housing_first_guiden::storage::KeyValue;
    use wasm_bindgen_test::*;

    #[wasm_bindgen_test]
    fn local_storage_keeps_an_assessment_and_sets_aside_what_it_cannot_read() {
        let store = LocalStore::open().expect("headless Chromium has localStorage");
        for k in store
            .keys()
            .unwrap()
            .into_iter()
            .filter(|k| k.starts_with("hfg:"))
        {
            store.remove(&k).unwrap();
        }
        let repo = Repo::new(store.clone());
        let mut a = Assessment::new(
            "web-1".into(),
            "Browserkommune".into(),
            "2026-05-01".into(),
            vec!["drivkraefter".into()],
            1.0,
        );
        a.set_rating("led-03", Some(Rating::Partly), 2.0);
        repo.save_assessment(&a, 3.0).unwrap();
        let raw = store.get(&assessment_key("web-1")).unwrap().unwrap();
        assert!(raw.starts_with("{\"schema\":1,\"kind\":\"assessment\""));
        store.set(&assessment_key("web-bad"), "ikke json").unwrap();
        let (all, issues) = repo.load_assessments(4.0);
        assert_eq!(all, vec![a]);
        assert!(matches!(
            &issues[..],
            [LoadIssue::Unreadable { aside: Some(_), .. }]
        ));
        assert_eq!(repo.aside()[0].raw, "ikke json");
        assert!(repo.used_bytes() > raw.len());
        for k in store
            .keys()
            .unwrap()
            .into_iter()
            .filter(|k| k.starts_with("hfg:"))
        {
            store.remove(&k).unwrap();
        }
    }
}

mod rating {
    //! The rating component: radio group, keys 1–6, notes.
    use housing_first_guiden::content::da;
    use housing_first_guiden::model::rating::Rating;
    use housing_first_guiden::ui::components::rating_item::RatingItem;
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;

    #[wasm_bindgen_test]
    async fn keys_rate_and_the_radio_group_follows() {
        let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
        document().body().unwrap().append_child(&host).unwrap();
        let rating = RwSignal::new(None::<Rating>);
        let note = RwSignal::new(String::new());
        let item = da().item("org-02").unwrap();
        let _h = leptos::mount::mount_to(host.clone(), move || {
            view! {
                <RatingItem
                    item=item
                    number=7
                    rating=rating
                    note=note
                    on_rate=Callback::new(move |r| rating.set(r))
                    on_note=Callback::new(move |n| note.set(n))
                />
            }
        });
        leptos::task::tick().await;
        let legend = host
            .query_selector("legend")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert!(legend.starts_with("7.") && legend.contains(&item.text().statement));
        assert_eq!(
            host.query_selector_all("input[type=radio]")
                .unwrap()
                .length(),
            6
        );
        let fieldset = host.query_selector("fieldset").unwrap().unwrap();
        let key = |k: &str| {
            let init = web_sys::KeyboardEventInit::new();
            init.set_key(k);
            init.set_bubbles(true);
            init.set_cancelable(true);
            web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
        };
        fieldset.dispatch_event(&key("3")).unwrap();
        leptos::task::tick().await;
        assert_eq!(rating.get_untracked(), Some(Rating::Partly));
        let checked: web_sys::HtmlInputElement = host
            .query_selector("#r-org-02-3")
            .unwrap()
            .unwrap()
            .unchecked_into();
        assert!(checked.checked());
        fieldset.dispatch_event(&key("5")).unwrap();
        leptos::task::tick().await;
        assert_eq!(rating.get_untracked(), Some(Rating::DontKnow));
        assert!(!checked.checked());
        fieldset.dispatch_event(&key("9")).unwrap();
        leptos::task::tick().await;
        assert_eq!(
            rating.get_untracked(),
            Some(Rating::DontKnow),
            "other keys change nothing"
        );
        let area: web_sys::HtmlTextAreaElement = host
            .query_selector("textarea")
            .unwrap()
            .unwrap()
            .unchecked_into();
        area.set_value("<b>ikke fed</b>");
        area.dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
        assert_eq!(note.get_untracked(), "<b>ikke fed</b>");
        assert_eq!(
            host.query_selector_all("b").unwrap().length(),
            0,
            "a note is text, never markup"
        );
        host.remove();
    }
}

mod learning_ui {
    //! The learning and method pages mounted in the browser: answering a
    //! scenario question saves the progress, the capacity calculator shows a
    //! Danish message for odd input and never NaN (how numbers are written is
    //! `model::format`'s native tests').
    use super::{count, mount_at, text};
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;

    fn storage() -> web_sys::Storage {
        window().local_storage().unwrap().unwrap()
    }

    fn input(host: &web_sys::HtmlElement, selector: &str, value: &str) {
        let el: web_sys::HtmlInputElement = host
            .query_selector(selector)
            .unwrap()
            .unwrap()
            .unchecked_into();
        el.set_value(value);
        el.dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
    }

    fn click(host: &web_sys::HtmlElement, selector: &str) {
        let el: web_sys::HtmlElement = host
            .query_selector(selector)
            .unwrap()
            .unwrap()
            .unchecked_into();
        el.click();
    }

    #[wasm_bindgen_test]
    async fn answering_a_scenario_shows_feedback_and_saves_the_progress() {
        storage().remove_item("hfg:learning").unwrap();
        let (host, _h) = mount_at("/laering/modul-housing-first");
        leptos::task::tick().await;
        assert_eq!(text(&host, "main h1"), "Housing First kort fortalt");
        assert_eq!(count(&host, ".scenario"), 1, "one question at a time");
        // "Svar" without a choice asks for one and records nothing.
        click(&host, "#q-modul-housing-first-q1 button[type=submit]");
        leptos::task::tick().await;
        assert!(text(&host, "#q-modul-housing-first-q1").contains("Vælg et svar først."));
        assert_eq!(storage().get_item("hfg:learning").unwrap(), None);
        click(&host, "#c-modul-housing-first-q1-1");
        click(&host, "#q-modul-housing-first-q1 button[type=submit]");
        leptos::task::tick().await;
        assert!(text(&host, "#fb-modul-housing-first-q1").contains("Rigtigt"));
        assert_eq!(count(&host, ".scenario"), 2, "the next question opens");
        assert_eq!(count(&host, "#q-modul-housing-first-q1 input"), 0);
        let saved = storage().get_item("hfg:learning").unwrap().unwrap();
        assert!(saved.contains("\"kind\":\"learning\""), "{saved}");
        assert!(saved.contains("\"modul-housing-first-q1\":1"), "{saved}");
        storage().remove_item("hfg:learning").unwrap();
        host.remove();
    }

    #[wasm_bindgen_test]
    async fn the_capacity_calculator_explains_odd_input_and_never_shows_nan() {
        storage().remove_item("hfg:scenarios").unwrap();
        let (host, _h) = mount_at("/metoder/kapacitet");
        leptos::task::tick().await;
        assert_eq!(text(&host, "main h1"), "Kapacitetsberegner");
        input(&host, "#cap-cti-citizens", "1e400");
        leptos::task::tick().await;
        let field = host.query_selector("#cap-cti-citizens").unwrap().unwrap();
        assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(
            field.get_attribute("aria-describedby").as_deref(),
            Some("cap-cti-citizens-hint cap-cti-citizens-error")
        );
        assert!(text(&host, "#cap-cti-citizens-error").contains("almindeligt tal"));
        assert!(!text(&host, "main").contains("NaN"));
        input(&host, "#cap-cti-citizens", "45");
        input(&host, "#cap-cti-staff", "3");
        leptos::task::tick().await;
        assert_eq!(field.get_attribute("aria-invalid"), None);
        assert_eq!(
            text(&host, "#cap-cti .capacity-result__needed"),
            "4,5 årsværk"
        );
        assert!(text(&host, "#cap-cti .capacity-warning").contains("13–14"));
        let saved = storage().get_item("hfg:scenarios").unwrap().unwrap();
        assert!(saved.contains("\"citizens\":\"45\""), "{saved}");
        storage().remove_item("hfg:scenarios").unwrap();
        host.remove();
    }
}

/// A change to anything a backup carries is noted as not yet saved outside
/// the browser, and Mine data says so beside the browser's promise.
#[wasm_bindgen_test]
async fn a_change_is_noted_as_unsaved_and_mine_data_says_so() {
    let ls = window().local_storage().unwrap().unwrap();
    for k in ["hfg:learning", "hfg:data-home"] {
        ls.remove_item(k).unwrap();
    }
    let (host, handle) = mount_at("/laering/modul-housing-first");
    leptos::task::tick().await;
    let choice: web_sys::HtmlElement = host
        .query_selector("#c-modul-housing-first-q1-1")
        .unwrap()
        .unwrap()
        .unchecked_into();
    choice.click();
    let submit: web_sys::HtmlElement = host
        .query_selector("#q-modul-housing-first-q1 button[type=submit]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    submit.click();
    leptos::task::tick().await;
    let home = ls
        .get_item("hfg:data-home")
        .unwrap()
        .expect("the data home is noted");
    assert!(home.contains("\"unsaved_since\""), "{home}");
    assert!(home.contains("\"persist_asked\":true"), "{home}");
    drop(handle);
    host.remove();

    let (host, _h) = mount_at("/mine-data");
    leptos::task::tick().await;
    let section = text(&host, ".data-home");
    assert!(section.contains("Hvor dine data bor"), "{section}");
    assert!(
        section.contains("Du har endnu ikke gemt dine data uden for browseren."),
        "{section}"
    );
    assert!(section.contains("Åbn en fil"), "{section}");
    for k in ["hfg:learning", "hfg:data-home"] {
        ls.remove_item(k).unwrap();
    }
    host.remove();
}
