//! The friendly page for an address the app does not know.

use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageTitle text=t!("notfound.title") lead=t!("notfound.text")/>
        <ul>
            <li>
                <a href="#/">{t!("notfound.home")}</a>
            </li>
            <li>
                <a href="#/guide">{t!("notfound.guide")}</a>
            </li>
        </ul>
    }
}
