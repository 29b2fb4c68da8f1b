//! Metoder: tools for the three support methods. The overview, the method
//! comparison, the method choice helper, the CTI phase planner and the
//! caseload capacity calculator. Only the calculator's scenarios are saved.

pub mod capacity;
pub mod choice;
pub mod compare;
pub mod cti_plan;
pub mod to_check;

pub use capacity::CapacityPage;
pub use choice::ChoicePage;
pub use compare::ComparePage;
pub use cti_plan::CtiPlanner;

use crate::content::{da, Method};
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use leptos::prelude::*;

/// Breadcrumbs: Metoder › <here>.
pub fn crumbs(here: &str) -> Vec<(String, Option<String>)> {
    vec![
        (t!("nav.methods").to_string(), Some(Route::Methods.href())),
        (here.to_string(), None),
    ]
}

/// The link to a method's guide entry.
pub fn method_href(m: &Method) -> String {
    match da().entry_link(&m.guide) {
        Some(e) => Route::GuideEntry {
            section: e.section.clone(),
            entry: e.id.clone(),
        }
        .href(),
        None => Route::Guide.href(),
    }
}

#[component]
pub fn MethodsHome() -> impl IntoView {
    let tools = [
        (
            Route::MethodsCompare,
            t!("methods.compare_title"),
            t!("methods.compare_line"),
        ),
        (
            Route::MethodsChoice,
            t!("methods.choice_title"),
            t!("methods.choice_line"),
        ),
        (
            Route::MethodsCti,
            t!("methods.cti_title"),
            t!("methods.cti_line"),
        ),
        (
            Route::MethodsCapacity,
            t!("methods.capacity_title"),
            t!("methods.capacity_line"),
        ),
    ];
    view! {
        <PageTitle text=t!("methods.title") lead=t!("methods.lead")/>
        <h2 class="sr-only">{t!("methods.tools")}</h2>
        <ul class="area-cards plain-list method-tools">
            {tools
                .into_iter()
                .map(|(route, title, line)| {
                    view! {
                        <li class="area-card">
                            <h3>
                                <a href=route.href()>{title}</a>
                            </h3>
                            <p>{line}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <div class="alert alert-info" role="note">
            <div class="alert-body">
                <p class="alert-text">{t!("methods.no_citizens")}</p>
            </div>
        </div>
        <p>
            <a href=Route::GuideSection(
                da().entry_link(&da().methods.methods[0].guide).map(|e| e.section.clone()).unwrap_or_default(),
            )
                .href()>{t!("methods.read_guide")}</a>
        </p>
    }
}
