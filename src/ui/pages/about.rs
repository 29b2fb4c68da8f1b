//! "Om": the privacy promise, what the tool is and is not, and the sources.

use crate::content::SEED_FILES;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::source_ref::document_title;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <PageTitle text=t!("about.title") lead=t!("about.lead")/>
        <h2>{t!("about.privacy_title")}</h2>
        <p class="privacy-promise">
            <strong>{t!("privacy.promise")}</strong>
        </p>
        <p>{t!("privacy.no_citizens")}</p>
        <p>{t!("about.privacy_more")}</p>
        <h2>{t!("about.tool_title")}</h2>
        <p>{t!("about.tool_text")}</p>
        <h2>{t!("about.sources_title")}</h2>
        <p>{t!("about.sources_text")}</p>
        <ul class="source-list">
            {SEED_FILES.iter().map(|f| view! { <li>{document_title(f)}</li> }).collect_view()}
        </ul>
        <h2>{t!("about.a11y_title")}</h2>
        <p>{t!("about.a11y_text")}</p>
    }
}
