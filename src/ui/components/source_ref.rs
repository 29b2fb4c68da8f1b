//! "Kilde: …": the seed documents and sections a piece of content comes from,
//! one line per document, with the verbatim passages on demand ("Se kildens
//! ordlyd", a native `<details>`: it opens with the keyboard and a screen reader
//! announces it as a disclosure).

use crate::content::{section_text, ui_section, Source};
use leptos::prelude::*;

/// The document's title for a seed file name, from `ui.toml` `[sources]`.
pub fn document_title(file: &str) -> &'static str {
    section_text(ui_section::SOURCES, file).unwrap_or(t!("sources.unknown"))
}

/// The references grouped by document, in the order the documents first appear.
pub fn by_document(sources: &[Source]) -> Vec<(&str, Vec<&Source>)> {
    let mut groups: Vec<(&str, Vec<&Source>)> = Vec::new();
    for s in sources {
        match groups.iter_mut().find(|(f, _)| *f == s.file) {
            Some((_, list)) => list.push(s),
            None => groups.push((s.file.as_str(), vec![s])),
        }
    }
    groups
}

/// „A“, „B“ og „C“
fn headings_text(list: &[&Source]) -> String {
    let quoted: Vec<String> = list.iter().map(|s| format!("„{}“", s.heading)).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            format!("{} {} {last}", rest.join(", "), t!("guide.and"))
        }
        _ => quoted.concat(),
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
            {by_document(sources)
                .into_iter()
                .map(|(file, list)| view! { <DocumentRefs file=file list=list/> })
                .collect_view()}
        </div>
    }
}

#[component]
fn DocumentRefs(file: &'static str, list: Vec<&'static Source>) -> impl IntoView {
    let word = if list.len() > 1 {
        t!("guide.sections_word")
    } else {
        t!("guide.section_word")
    };
    let quoted: Vec<&'static Source> = list
        .iter()
        .copied()
        .filter(|s| !s.quote.is_empty())
        .collect();
    let several = list.len() > 1;
    view! {
        <p class="source-ref__line">
            <span class="source-ref__label">{t!("guide.source")}</span>
            " "
            <cite>{document_title(file)}</cite>
            ", "
            {word}
            " "
            {headings_text(&list)}
        </p>
        {(!quoted.is_empty())
            .then(|| {
                view! {
                    <details class="source-ref__quote">
                        <summary>{t!("guide.show_quote")}</summary>
                        {quoted
                            .into_iter()
                            .map(|s| {
                                view! {
                                    {several.then(|| view! { <p class="source-ref__heading">{format!("„{}“", s.heading)}</p> })}
                                    <blockquote>
                                        {s.quote.iter().map(|q| view! { <p>{q.as_str()}</p> }).collect_view()}
                                    </blockquote>
                                }
                            })
                            .collect_view()}
                    </details>
                }
            })}
    }
}
