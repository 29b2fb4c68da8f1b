//! "Kilde: …": the seed document and section a piece of content comes from.

use crate::content::{t, try_t, Source};
use leptos::prelude::*;

/// The document's title for a seed file name, from `ui.toml` `[sources]`.
pub fn document_title(file: &str) -> &'static str {
    let key = format!("sources.{file}");
    try_t(&key).unwrap_or_else(|| t("sources.unknown"))
}

#[component]
pub fn SourceRef(source: &'static Source) -> impl IntoView {
    view! {
        <p class="source-ref">
            <span class="source-ref__label">{t("guide.source")}</span>
            " "
            <cite>{document_title(&source.file)}</cite>
            ", "
            {t("guide.section_word")}
            " „"
            {source.heading.as_str()}
            "“"
        </p>
    }
}
