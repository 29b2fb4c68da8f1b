//! "Kilde: …": the seed documents and sections a piece of content comes from,
//! each with its verbatim passages on demand ("Se kildens ordlyd", a native
//! `<details>`, so it opens with the keyboard and a screen reader announces it).

use crate::content::{t, Source};
use leptos::prelude::*;

/// The document's title for a seed file name, from `ui.toml` `[sources]`.
pub fn document_title(file: &str) -> &'static str {
    let key = format!("sources.{file}");
    match t(&key) {
        "" => t("sources.unknown"),
        title => title,
    }
}

/// One reference.
#[component]
pub fn SourceRef(source: &'static Source) -> impl IntoView {
    view! { <SourceRefs sources=std::slice::from_ref(source)/> }
}

/// All references of an entry, item or method, in one block.
#[component]
pub fn SourceRefs(sources: &'static [Source]) -> impl IntoView {
    view! {
        <div class="source-ref">
            {sources.iter().map(|s| view! { <SourceLine source=s/> }).collect_view()}
        </div>
    }
}

#[component]
fn SourceLine(source: &'static Source) -> impl IntoView {
    view! {
        <p class="source-ref__line">
            <span class="source-ref__label">{t("guide.source")}</span>
            " "
            <cite>{document_title(&source.file)}</cite>
            ", "
            {t("guide.section_word")}
            " „"
            {source.heading.as_str()}
            "“"
        </p>
        {(!source.quote.is_empty())
            .then(|| {
                view! {
                    <details class="source-ref__quote">
                        <summary>{t("guide.show_quote")}</summary>
                        <blockquote>
                            {source.quote.iter().map(|q| view! { <p>{q.as_str()}</p> }).collect_view()}
                        </blockquote>
                    </details>
                }
            })}
    }
}
