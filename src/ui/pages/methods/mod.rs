//! Metoder: method tools (being built).

use crate::ui::pages::soon::ComingSoon;
use leptos::prelude::*;

#[component]
pub fn MethodsHome() -> impl IntoView {
    view! { <ComingSoon area="methods"/> }
}

#[component]
pub fn ComparePage() -> impl IntoView {
    view! { <ComingSoon area="methods"/> }
}

#[component]
pub fn ChoicePage() -> impl IntoView {
    view! { <ComingSoon area="methods"/> }
}

#[component]
pub fn CtiPlanner() -> impl IntoView {
    view! { <ComingSoon area="methods"/> }
}

#[component]
pub fn CapacityPage() -> impl IntoView {
    view! { <ComingSoon area="methods"/> }
}
