//! One statement to rate: a real radio group (fieldset and legend) with the
//! scale and what each level looks like, an optional note, and a link to the
//! guide. Keys 1–4 rate, 5 is Ved ikke, 6 Ikke relevant; ↑/↓ move between
//! statements (←/→ move within the scale as in any radio group), also into
//! statements a page builds after its first paint (`build_later_on_key`).
//! Shared by the self-assessment and the seminar.

use crate::content::{da, Item};
use crate::model::markup;
pub use crate::model::markup::radio_id;
use crate::model::rating::Rating;
use crate::ui::focus::{focus_id, focus_selector};
use crate::ui::route::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the checked radio of the item (or its first one).
pub fn focus_item(item: &str) {
    focus_selector(&format!(
        "#item-{item} input:checked, #item-{item} input[type=radio]"
    ));
}

/// Checks the radio of `r` in the item's group (or none for no answer).
fn show_checked(item: &str, r: Option<Rating>) {
    let el = match r {
        Some(r) => document().get_element_by_id(&radio_id(item, r)),
        None => document()
            .query_selector(&format!("#item-{item} input:checked"))
            .ok()
            .flatten(),
    };
    if let Some(input) = el.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        input.set_checked(r.is_some());
    }
}

fn neighbour(item: &str, step: i32) -> Option<String> {
    let list = document().query_selector_all(".rating-item").ok()?;
    let ids: Vec<String> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.get_attribute("data-item"))
        .collect();
    let pos = ids.iter().position(|i| i == item)? as i32 + step;
    ids.get(usize::try_from(pos).ok()?).cloned()
}

/// The keydown handler of a list whose later statements are still to be
/// built (`ui::later`): the first key builds them at once, within this key's
/// own microtasks and so before the browser's default action (Tab lands on
/// the next statement), and ↓ on `last_built`, which found no statement
/// below it, moves on to `first_later` once it is there. A quick keyboard
/// user loses no key to a list that is still being built.
pub fn build_later_on_key(
    later: RwSignal<bool>,
    last_built: String,
    first_later: Option<String>,
) -> impl Fn(web_sys::KeyboardEvent) + 'static {
    move |ev: web_sys::KeyboardEvent| {
        if later.get_untracked() {
            return;
        }
        later.set(true);
        let on_last = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-item]").ok().flatten())
            .and_then(|e| e.get_attribute("data-item"))
            .is_some_and(|i| i == last_built);
        // `RatingItem` took the ↓ (prevented its default) but had nowhere to go.
        if ev.key() == "ArrowDown" && ev.default_prevented() && on_last {
            if let Some(next) = first_later.clone() {
                // Queued after the render the `set` above woke: runs once it is built.
                leptos::task::spawn_local(async move { focus_item(&next) });
            }
        }
    }
}

#[component]
pub fn RatingItem(
    item: &'static Item,
    /// The number shown before the statement.
    number: usize,
    #[prop(into)] rating: Signal<Option<Rating>>,
    #[prop(into)] note: Signal<String>,
    on_rate: Callback<Option<Rating>>,
    on_note: Callback<String>,
    /// Mark the item's radio as the element to focus after navigation.
    #[prop(optional)]
    autofocus: bool,
    /// The note field's label (default "Note (valgfri)").
    #[prop(optional)]
    note_label: Option<&'static str>,
    /// Leave the note field out (the seminar's participants rate only).
    #[prop(optional)]
    hide_note: bool,
) -> impl IntoView {
    let id = item.id.as_str();
    let guide = item.guide.first().and_then(|g| da().entry_link(g));
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let in_text = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| e.tag_name() == "TEXTAREA" || e.tag_name() == "A");
        if in_text || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let key = ev.key();
        if let Some(r) = Rating::from_shortcut(&key) {
            ev.prevent_default();
            on_rate.run(Some(r));
            focus_id(&radio_id(id, r));
        } else if key == "ArrowDown" || key == "ArrowUp" {
            // ↑/↓ move between statements, never change the answer (←/→ do that).
            ev.prevent_default();
            if let Some(next) = neighbour(id, if key == "ArrowDown" { 1 } else { -1 }) {
                focus_item(&next);
            }
        }
    };
    // The scale is the guide's text only, built as one string
    // (`model::markup`); one listener and one effect per statement, not one
    // per radio. A group of ten statements is built in a fraction of the time
    // (bench/RESULTS.md, "Next group"). The radios start as stored; the
    // effect follows changes (this tab's clicks and keys, another tab's answers).
    let initial = rating.get_untracked();
    let on_change = move |ev: web_sys::Event| {
        let radio = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .filter(|i| i.type_() == "radio");
        if let Some(r) = radio.and_then(|i| Rating::from_code(&i.value())) {
            on_rate.run(Some(r));
        }
    };
    Effect::new(move |shown: Option<Option<Rating>>| {
        let now = rating.get();
        if shown.is_some_and(|s| s != now) {
            show_checked(id, now);
        }
        now
    });
    view! {
        <fieldset class="rating-item" id=format!("item-{id}") data-item=id on:keydown=on_key on:change=on_change>
            <legend class="rating-item__statement">
                <span class="rating-item__number">{number} "."</span>
                " "
                {item.text().statement.as_str()}
            </legend>
            <div class="rating-item__scale" inner_html=markup::scale(item.text(), initial, autofocus)></div>
            <div class="form-group rating-item__note" class:rating-item__note--hidden=hide_note>
                <label class="form-label" for=format!("note-{id}")>{note_label.unwrap_or(t!("rate.note_label"))}</label>
                <textarea
                    class="form-input"
                    id=format!("note-{id}")
                    rows="2"
                    maxlength="2000"
                    prop:value=move || note.get()
                    on:input=move |ev| on_note.run(event_target_value(&ev))
                ></textarea>
            </div>
            {guide
                .map(|e| {
                    let href = Route::GuideEntry { section: e.section.clone(), entry: e.id.clone() }.href();
                    view! {
                        <p class="rating-item__guide">
                            {t!("rate.guide_link")} " " <a href=href>{e.title.as_str()}</a>
                        </p>
                    }
                })}
        </fieldset>
    }
}
