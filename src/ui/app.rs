//! The root component: router, shell and the page for the current route.

use super::pages;
use super::pages::assessment;
use super::pages::seminar;
use super::route::Route;
use super::router::{provide_router, use_route};
use super::shell::Shell;
use super::state::provide_state;
use leptos::prelude::*;

thread_local! {
    /// Set by [`mount`]: the real app registers the service worker; tests don't.
    static OFFLINE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Mounts the app on `<body>` and makes it work offline. Called by `main.rs`.
///
/// The build's prerendered first screen (`tools/prerender.mjs`) is removed in
/// the same task, so the browser never paints both; `<html data-app="ready">`
/// then tells scripts and tests that the page is the live app.
pub fn mount() {
    OFFLINE.with(|o| o.set(true));
    remove_prerendered();
    leptos::mount::mount_to_body(App);
    let _ = document()
        .document_element()
        .map(|html| html.set_attribute("data-app", "ready"));
}

/// Removes the prerendered frame and the script that chose its page.
fn remove_prerendered() {
    if let Some(html) = document().document_element() {
        let _ = html.remove_attribute("data-prerender");
    }
    let Ok(nodes) = document().query_selector_all("#prerender, script[src*=\"prerender-\"]") else {
        return;
    };
    for i in 0..nodes.length() {
        if let Some(node) = nodes.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_router();
    provide_state();
    let update = RwSignal::new(false);
    provide_context(super::pwa::UpdateReady(update));
    if OFFLINE.with(|o| o.get()) {
        super::pwa::register(update);
    }
    let route = use_route();
    // Keyed by route: every navigation builds the page afresh. Rebuilding one
    // page's DOM in place for another (same component, other data) would reuse
    // radio buttons under new names, and the browser's radio-group rules then
    // uncheck answers.
    view! {
        <Shell>
            <For each=move || [route.get()] key=|r| r.clone() let:r>
                {page(r)}
            </For>
        </Shell>
    }
}

/// The page for a route.
fn page(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <pages::home::HomePage/> }.into_any(),
        Route::Guide => view! { <pages::guide::GuideOverview/> }.into_any(),
        Route::GuideSection(id) => view! { <pages::guide::SectionPage id=id/> }.into_any(),
        Route::GuideEntry { section, entry } => {
            view! { <pages::guide::EntryPage section=section id=entry/> }.into_any()
        }
        Route::Glossary => view! { <pages::guide::GlossaryPage/> }.into_any(),
        Route::Term(id) => view! { <pages::guide::TermPage id=id/> }.into_any(),
        Route::Assessments => view! { <assessment::list::AssessmentList/> }.into_any(),
        Route::NewAssessment => view! { <assessment::forms::NewAssessment/> }.into_any(),
        Route::Assessment(id) => {
            view! { <assessment::overview::AssessmentOverview id=id/> }.into_any()
        }
        Route::Answer { id, group, item } => {
            view! { <assessment::answer::AnswerPage id=id group=group item=item/> }.into_any()
        }
        Route::Results(id) => view! { <assessment::results::ResultsPage id=id/> }.into_any(),
        Route::Plan(id) => view! { <assessment::plan::PlanPage id=id/> }.into_any(),
        Route::Report(id) => view! { <assessment::report::ReportPage id=id/> }.into_any(),
        Route::Compare { id, other } => {
            view! { <assessment::compare::ComparePage id=id other=other/> }.into_any()
        }
        Route::EditAssessment(id) => {
            view! { <assessment::forms::EditAssessment id=id/> }.into_any()
        }
        Route::FollowUp(id) => view! { <assessment::forms::FollowUp id=id/> }.into_any(),
        Route::Seminar => view! { <seminar::list::SeminarList/> }.into_any(),
        Route::NewSeminar => view! { <seminar::new::NewSeminar/> }.into_any(),
        Route::SeminarHome(id) => view! { <seminar::home::SeminarHome id=id/> }.into_any(),
        Route::SeminarMerged(id) => view! { <seminar::merged::SeminarMerged id=id/> }.into_any(),
        Route::SeminarPresent(id) => view! { <seminar::present::SeminarPresent id=id/> }.into_any(),
        Route::SeminarConsensus(id) => {
            view! { <seminar::consensus::SeminarConsensus id=id/> }.into_any()
        }
        Route::Participate(p) => {
            view! { <seminar::participate::Participate payload=p/> }.into_any()
        }
        Route::SeminarAnswer(p) => {
            view! { <seminar::answer_link::SeminarAnswer payload=p/> }.into_any()
        }
        Route::Learning => view! { <pages::learning::LearningOverview/> }.into_any(),
        Route::LearningModule(id) => view! { <pages::learning::ModulePage id=id/> }.into_any(),
        Route::LearningSummary => view! { <pages::learning::LearningSummary/> }.into_any(),
        Route::Methods => view! { <pages::methods::MethodsHome/> }.into_any(),
        Route::MethodsCompare => view! { <pages::methods::ComparePage/> }.into_any(),
        Route::MethodsChoice => view! { <pages::methods::ChoicePage/> }.into_any(),
        Route::MethodsCti => view! { <pages::methods::CtiPlanner/> }.into_any(),
        Route::MethodsCapacity => view! { <pages::methods::CapacityPage/> }.into_any(),
        Route::MyData => view! { <pages::mydata::MyDataPage/> }.into_any(),
        Route::About => view! { <pages::about::AboutPage/> }.into_any(),
        Route::NotFound(_) => view! { <pages::not_found::NotFound/> }.into_any(),
    }
}
