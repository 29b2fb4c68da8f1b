//! Advice as two labelled kinds: the guide's own words ("Guidens råd:") and,
//! apart from them, the tool's own suggestion ("Værktøjets forslag:"), so
//! nothing the sources do not say appears under the guide's name.

use crate::content::{da, Item};
use leptos::prelude::*;

/// An item's advice: the guide's, then the tool's suggestion if it has one.
/// `label` is the text before the guide's advice (e.g. `t!("gaps.advice")`);
/// `class` the paragraphs' class. The advice comes from the content's advice
/// part (`Content::advice`), which only the areas that show it carry.
#[component]
pub fn ItemAdvice(item: &'static Item, label: &'static str, class: &'static str) -> impl IntoView {
    da().advice(&item.id).map(|a| {
        view! {
            <p class=class>
                <strong>{label}</strong>
                " "
                {a.advice.as_str()}
            </p>
            {a.suggestion.as_deref().map(|s| view! { <ToolSuggestion text=s class=class/> })}
        }
    })
}

/// The tool's own suggestion, labelled as such.
#[component]
pub fn ToolSuggestion(text: &'static str, class: &'static str) -> impl IntoView {
    view! {
        <p class=format!("{class} tool-suggestion")>
            <strong>{t!("advice.suggestion")}</strong>
            " "
            {text}
        </p>
    }
}

/// A guide entry's own-reading paragraphs ("Værktøjets egen tilføjelse"), set
/// apart from the guide's text.
#[component]
pub fn ToolNote(paragraphs: &'static [String]) -> impl IntoView {
    (!paragraphs.is_empty()).then(|| {
        view! {
            <div class="tool-note" role="note">
                <p class="tool-note__label">{t!("guide.tool_note")}</p>
                {paragraphs.iter().map(|p| view! { <p>{p.as_str()}</p> }).collect_view()}
            </div>
        }
    })
}
