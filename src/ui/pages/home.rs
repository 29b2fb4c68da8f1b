//! The start page: what each area is for, and for whom.

use crate::content::t;
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let areas = [
        (
            Route::Guide,
            "home.guide_title",
            "home.guide_for",
            "home.guide_text",
        ),
        (
            Route::Assessments,
            "home.assessment_title",
            "home.assessment_for",
            "home.assessment_text",
        ),
        (
            Route::Seminar,
            "home.seminar_title",
            "home.seminar_for",
            "home.seminar_text",
        ),
        (
            Route::Learning,
            "home.learning_title",
            "home.learning_for",
            "home.learning_text",
        ),
        (
            Route::Methods,
            "home.methods_title",
            "home.methods_for",
            "home.methods_text",
        ),
        (
            Route::MyData,
            "home.mydata_title",
            "home.mydata_for",
            "home.mydata_text",
        ),
    ];
    view! {
        <PageTitle text=t("app.name") lead=t("home.lead")/>
        <div class="alert alert-info privacy-note" role="note">
            <div class="alert-body">
                <p class="alert-heading">{t("privacy.heading")}</p>
                <p class="alert-text">{t("privacy.promise")} " " {t("privacy.no_citizens")}</p>
            </div>
        </div>
        <ul class="area-cards plain-list">
            {areas
                .into_iter()
                .map(|(route, title, who, text)| {
                    view! {
                        <li class="area-card">
                            <h2 class="h3">
                                <a href=route.href()>{t(title)}</a>
                            </h2>
                            <p class="area-card__for">{t(who)}</p>
                            <p>{t(text)}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
