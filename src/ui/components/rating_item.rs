//! One statement to rate: a real radio group (fieldset and legend) with the
//! scale and what each level looks like, an optional note, and a link to the
//! guide. Keys 1–4 rate, 5 is Ved ikke, 6 Ikke relevant; ↑/↓ move between
//! statements (←/→ move within the scale as in any radio group).
//! Shared by the self-assessment and the seminar.

use crate::content::{da, t, Item};
use crate::model::rating::Rating;
use crate::ui::focus::{focus_id, focus_selector};
use crate::ui::route::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn descriptor(item: &'static Item, r: Rating) -> Option<&'static str> {
    match r {
        Rating::NotInPlace => Some(item.level_1.as_str()),
        Rating::Started => item.level_2.as_deref(),
        Rating::Partly => item.level_3.as_deref(),
        Rating::Fully => Some(item.level_4.as_str()),
        Rating::DontKnow | Rating::NotRelevant => None,
    }
}

/// The element id of an item's radio for a rating.
pub fn radio_id(item: &str, r: Rating) -> String {
    format!("r-{item}-{}", r.code())
}

/// Focuses the checked radio of the item (or its first one).
pub fn focus_item(item: &str) {
    focus_selector(&format!(
        "#item-{item} input:checked, #item-{item} input[type=radio]"
    ));
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
    let guide = item.guide.first().and_then(|g| da().entry(g));
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
    let checked_or_first = move |r: Rating| match rating.get_untracked() {
        Some(x) => x == r,
        None => r == Rating::NotInPlace,
    };
    view! {
        <fieldset class="rating-item" id=format!("item-{id}") data-item=id on:keydown=on_key>
            <legend class="rating-item__statement">
                <span class="rating-item__number">{number} "."</span>
                " "
                {item.statement.as_str()}
            </legend>
            <div class="rating-item__scale">
                {Rating::ALL
                    .into_iter()
                    .map(|r| {
                        let rid = radio_id(id, r);
                        let desc = descriptor(item, r);
                        view! {
                            <div class="form-group-radio rating-option" class:rating-option--aside=r.score().is_none()>
                                <input
                                    type="radio"
                                    class="form-radio"
                                    id=rid.clone()
                                    name=format!("r-{id}")
                                    value=r.code()
                                    data-autofocus=(autofocus && checked_or_first(r)).then_some("true")
                                    prop:checked=move || rating.get() == Some(r)
                                    on:change=move |_| on_rate.run(Some(r))
                                />
                                <label for=rid>
                                    <span class="rating-option__label">
                                        <span class="rating-option__key" aria-hidden="true">{r.shortcut().to_string()}</span>
                                        {t(r.label_key())}
                                    </span>
                                    {desc.map(|d| view! { <span class="rating-option__desc">{d}</span> })}
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <div class="form-group rating-item__note" class:rating-item__note--hidden=hide_note>
                <label class="form-label" for=format!("note-{id}")>{note_label.unwrap_or(t("rate.note_label"))}</label>
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
                            {t("rate.guide_link")} " " <a href=href>{e.title.as_str()}</a>
                        </p>
                    }
                })}
        </fieldset>
    }
}
