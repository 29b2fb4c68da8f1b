//! The start page: what each area is for, and for whom.

use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let areas = [
        (
            Route::Guide,
            t!("home.guide_title"),
            t!("home.guide_for"),
            t!("home.guide_text"),
        ),
        (
            Route::Assessments,
            t!("home.assessment_title"),
            t!("home.assessment_for"),
            t!("home.assessment_text"),
        ),
        (
            Route::Seminar,
            t!("home.seminar_title"),
            t!("home.seminar_for"),
            t!("home.seminar_text"),
        ),
        (
            Route::Learning,
            t!("home.learning_title"),
            t!("home.learning_for"),
            t!("home.learning_text"),
        ),
        (
            Route::Methods,
            t!("home.methods_title"),
            t!("home.methods_for"),
            t!("home.methods_text"),
        ),
        (
            Route::MyData,
            t!("home.mydata_title"),
            t!("home.mydata_for"),
            t!("home.mydata_text"),
        ),
    ];
    view! {
        <PageTitle text=t!("app.name") lead=t!("home.lead")/>
        <div class="alert alert-info privacy-note" role="note">
            <div class="alert-body">
                <p class="alert-heading">{t!("privacy.heading")}</p>
                <p class="alert-text">{t!("privacy.promise")} " " {t!("privacy.no_citizens")}</p>
            </div>
        </div>
        <ul class="area-cards plain-list">
            {areas
                .into_iter()
                .map(|(route, title, who, text)| {
                    view! {
                        <li class="area-card">
                            <h2 class="h3">
                                <a href=route.href()>{title}</a>
                            </h2>
                            <p class="area-card__for">{who}</p>
                            <p>{text}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
