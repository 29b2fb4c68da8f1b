//! A page's `h1` (focus target after navigation) and the document title.

use crate::ui::router::set_title;
use leptos::prelude::*;

/// Renders the page heading, an optional lead paragraph, and sets the tab title.
#[component]
pub fn PageTitle(
    #[prop(into)] text: String,
    #[prop(optional, into)] lead: Option<String>,
) -> impl IntoView {
    set_title(&text);
    view! {
        <h1 tabindex="-1">{text}</h1>
        {lead.map(|l| view! { <p class="font-lead">{l}</p> })}
    }
}
