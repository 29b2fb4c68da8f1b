//! The breadcrumb trail above a page (Det Fælles Designsystem's markup).

use leptos::prelude::*;

/// `trail` holds (text, link) pairs; the last item is the current page and has no link.
#[component]
pub fn Breadcrumbs(trail: Vec<(String, Option<String>)>) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label=t!("shell.breadcrumbs")>
            <ol class="breadcrumbs__list">
                {trail
                    .into_iter()
                    .map(|(text, href)| match href {
                        Some(h) => {
                            view! {
                                <li class="breadcrumbs__list-item">
                                    <a class="breadcrumbs__link" href=h>{text}</a>
                                    <span class="breadcrumbs__sep" aria-hidden="true">"›"</span>
                                </li>
                            }
                                .into_any()
                        }
                        None => {
                            view! { <li class="breadcrumbs__list-item" aria-current="page">{text}</li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
