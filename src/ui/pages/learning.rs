//! Læring: learning modules for housing associations (being built).

use crate::ui::pages::soon::ComingSoon;
use leptos::prelude::*;

#[component]
pub fn LearningOverview() -> impl IntoView {
    view! { <ComingSoon area="learning"/> }
}

#[component]
pub fn ModulePage(id: String) -> impl IntoView {
    let _ = id;
    view! { <ComingSoon area="learning"/> }
}

#[component]
pub fn LearningSummary() -> impl IntoView {
    view! { <ComingSoon area="learning"/> }
}
