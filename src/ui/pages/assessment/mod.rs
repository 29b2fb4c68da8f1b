//! The self-assessment area: the list, forms to create, edit and follow up,
//! the overview of one assessment, answering, results, action plan, report
//! and comparison.

pub mod answer;
pub mod caseload_hint;
pub mod compare;
pub mod forms;
pub mod gap_views;
pub mod list;
pub mod method_results;
pub mod overview;
pub mod plan;
pub mod report;
pub mod report_summary;
pub mod results;

use crate::content::da;
use crate::model::assessment::Assessment;
use crate::model::format::da_fixed;
use crate::model::scoring::{LevelOutcome, Score};
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use leptos::prelude::*;

/// The page for an assessment that does not exist (deleted, or a stale link).
pub fn missing() -> AnyView {
    view! {
        <PageTitle text=t!("assess.missing_title") lead=t!("assess.missing_text")/>
        <p>
            <a href=Route::Assessments.href()>{t!("assess.to_list")}</a>
        </p>
    }
    .into_any()
}

/// Breadcrumbs: Selvevaluering › <name> › <here>.
pub fn crumbs(a: &Assessment, here: Option<&str>) -> Vec<(String, Option<String>)> {
    let mut v = vec![(
        t!("nav.assessment").to_string(),
        Some(Route::Assessments.href()),
    )];
    match here {
        Some(h) => {
            v.push((
                a.meta.name.clone(),
                Some(Route::Assessment(a.id.clone()).href()),
            ));
            v.push((h.to_string(), None));
        }
        None => v.push((a.meta.name.clone(), None)),
    }
    v
}

/// "12 af 46 besvaret".
pub fn progress_text(answered: usize, total: usize) -> String {
    t!("assess.progress")
        .replace("{n}", &answered.to_string())
        .replace("{total}", &total.to_string())
}

/// "2,5" or "–".
pub fn mean_text(s: &Score) -> String {
    s.mean()
        .map(|m| da_fixed(m, 1))
        .unwrap_or_else(|| "–".into())
}

/// "62 %" or "–".
pub fn percent_text(p: Option<f64>) -> String {
    p.map(|p| format!("{} %", da_fixed(p, 0)))
        .unwrap_or_else(|| "–".into())
}

/// "7 af 8 vurderet".
pub fn coverage_text(s: &Score) -> String {
    t!("assess.coverage")
        .replace("{n}", &s.scored.to_string())
        .replace("{total}", &s.scorable().to_string())
}

/// The level's label, or "Intet niveau endnu".
pub fn level_label(level: &LevelOutcome) -> String {
    match level {
        LevelOutcome::Level(id) => da().level(id).map(|l| l.label.clone()).unwrap_or_default(),
        LevelOutcome::TooLittleCoverage { .. } => t!("results.no_level").to_string(),
    }
}

/// The name of a driver id.
pub fn driver_name(id: &str) -> String {
    da().driver(id)
        .map(|d| d.name.clone())
        .unwrap_or_else(|| id.to_string())
}

/// The tag shown with an item: its driver, or for a method check its method ("CTI").
pub fn item_tag(item: &crate::content::Item) -> String {
    let c = da();
    c.assessment_section(&item.section)
        .and_then(|s| s.method.as_deref())
        .and_then(|m| c.method(m))
        .map(|m| m.name.clone())
        .unwrap_or_else(|| driver_name(&item.driver))
}

/// The title of an assessment section id.
pub fn section_title(id: &str) -> String {
    da().assessment_section(id)
        .map(|s| s.title.clone())
        .unwrap_or_else(|| id.to_string())
}

/// Dates on the assessment pages are written by the one formatter.
pub use crate::model::format::da_date;
