//! From the capacity calculator to the method checks: under a method's result,
//! links to the caseload statement of that method's check in the assessments
//! that include it (newest first, at most three), or to a new assessment.

use crate::content::da;
use crate::model::caseload_check::caseload_item;
use crate::model::sort::sort_by;
use crate::ui::route::Route;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn CapacityToCheck(method: String) -> impl IntoView {
    let state = use_state();
    let c = da();
    let name = c
        .method(&method)
        .map(|m| m.name.clone())
        .unwrap_or_default();
    let (Some(check), Some(item)) = (c.method_check(&method), caseload_item(c, &method)) else {
        return ().into_any();
    };
    let links = move || {
        let mut with: Vec<_> = state.assessments.with(|v| {
            v.iter()
                .filter(|a| a.meta.sections.contains(&check.id))
                .map(|a| (a.updated(), a.id.clone(), a.meta.name.clone()))
                .collect()
        });
        sort_by(&mut with, |x, y| y.0.total_cmp(&x.0));
        with.truncate(3);
        if with.is_empty() {
            view! {
                <li><a href=Route::NewAssessment.href()>{t!("capacity_link.new").replace("{name}", &name)}</a></li>
            }
            .into_any()
        } else {
            with.into_iter()
                .map(|(_, id, assessment)| {
                    let href = Route::Answer { id, group: check.id.clone(), item: Some(item.id.clone()) }.href();
                    view! {
                        <li>
                            <a href=href>
                                {t!("capacity_link.to_item").replace("{name}", &name).replace("{assessment}", &assessment)}
                            </a>
                        </li>
                    }
                })
                .collect_view()
                .into_any()
        }
    };
    view! {
        <div class="capacity-to-check no-print">
            <p class="capacity-to-check__heading">{t!("capacity_link.heading")}</p>
            <ul class="plain-list">{links}</ul>
        </div>
    }
    .into_any()
}
