//! Export on Mine data: the full backup, and one assessment as JSON, as CSV
//! for Danish Excel, or as the print report.

use crate::content::da;
use crate::model::assessment::Assessment;
use crate::model::format::da_date;
use crate::storage::backup::assessment_csv;
use crate::storage::schema::encode;
use crate::ui::components::download::{download, slug};
use crate::ui::data_home::download_backup;
use crate::ui::data_home::use_data_home;
use crate::ui::route::Route;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn ExportSection() -> impl IntoView {
    let state = use_state();
    let dh = use_data_home();
    view! {
        <section aria-labelledby="export-heading" class="mydata-section">
            <h2 id="export-heading">{t!("mydata.export_title")}</h2>
            <p>{t!("mydata.export_text")}</p>
            <button type="button" class="button button-primary" on:click=move |_| download_backup(dh)>
                {t!("mydata.backup")}
            </button>
            {move || {
                let list = state.assessments.get();
                (!list.is_empty())
                    .then(|| {
                        view! {
                            <h3 class="h4">{t!("mydata.one_title")}</h3>
                            <ul class="plain-list export-list">
                                {list.into_iter().map(|a| view! { <ExportRow a=a/> }).collect_view()}
                            </ul>
                        }
                    })
            }}
        </section>
    }
}

#[component]
fn ExportRow(a: Assessment) -> impl IntoView {
    let name = format!("{} ({})", a.meta.name, da_date(&a.meta.date));
    let file = format!("{}-{}", slug(&a.meta.name), a.meta.date);
    let (json_a, csv_a) = (a.clone(), a.clone());
    let (f1, f2) = (file.clone(), file);
    view! {
        <li class="export-row">
            <span class="export-row__name">{name.clone()}</span>
            <button
                type="button"
                class="button button-secondary"
                aria-label=format!("{} {}", t!("mydata.json"), name)
                on:click=move |_| download(&format!("{f1}.json"), "application/json", &encode("assessment", &json_a))
            >
                {t!("mydata.json")}
            </button>
            <button
                type="button"
                class="button button-secondary"
                aria-label=format!("{} {}", t!("mydata.csv"), name)
                on:click=move |_| download(&format!("{f2}.csv"), "text/csv;charset=utf-8", &assessment_csv(da(), &csv_a))
            >
                {t!("mydata.csv")}
            </button>
            <a href=Route::Report(a.id.clone()).href() aria-label=format!("{} {}", t!("mydata.report"), name)>
                {t!("mydata.report")}
            </a>
        </li>
    }
}
