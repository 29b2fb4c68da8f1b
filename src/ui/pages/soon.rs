//! An honest page for an area that is not built yet: what it will do, and
//! where to go meanwhile.

use crate::content::t;
use crate::ui::components::page_title::PageTitle;
use leptos::prelude::*;

/// `area` is the text key prefix of the area (e.g. "assessment").
#[component]
pub fn ComingSoon(area: &'static str) -> impl IntoView {
    let title = t(&format!("home.{area}_title"));
    let text = t(&format!("home.{area}_text"));
    view! {
        <PageTitle text=title lead=text/>
        <div class="alert alert-warning" role="note">
            <div class="alert-body">
                <p class="alert-heading">{t("soon.heading")}</p>
                <p class="alert-text">{t("soon.text")}</p>
            </div>
        </div>
        <p>
            <a href="#/guide">{t("soon.to_guide")}</a>
        </p>
    }
}
