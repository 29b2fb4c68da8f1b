//! The root component: router, shell and the page for the current route.

use super::pages;
use super::route::Route;
use super::router::{provide_router, use_route};
use super::shell::Shell;
use leptos::prelude::*;

/// Mounts the app on `<body>`. Called by `main.rs`.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}

#[component]
pub fn App() -> impl IntoView {
    provide_router();
    let route = use_route();
    view! {
        <Shell>
            {move || match route.get() {
                Route::Home => view! { <pages::home::HomePage/> }.into_any(),
                Route::Guide => view! { <pages::guide::GuideOverview/> }.into_any(),
                Route::GuideSection(id) => view! { <pages::guide::SectionPage id=id/> }.into_any(),
                Route::GuideEntry { section, entry } => {
                    view! { <pages::guide::EntryPage section=section id=entry/> }.into_any()
                }
                Route::Glossary => view! { <pages::guide::GlossaryPage/> }.into_any(),
                Route::Term(id) => view! { <pages::guide::TermPage id=id/> }.into_any(),
                Route::Assessments => view! { <pages::soon::ComingSoon area="assessment"/> }.into_any(),
                Route::Seminar => view! { <pages::soon::ComingSoon area="seminar"/> }.into_any(),
                Route::Learning => view! { <pages::soon::ComingSoon area="learning"/> }.into_any(),
                Route::Methods => view! { <pages::soon::ComingSoon area="methods"/> }.into_any(),
                Route::MyData => view! { <pages::soon::ComingSoon area="mydata"/> }.into_any(),
                Route::About => view! { <pages::about::AboutPage/> }.into_any(),
                Route::NotFound(_) => view! { <pages::not_found::NotFound/> }.into_any(),
            }}
        </Shell>
    }
}
