//! Seminar mode: the facilitator creates a seminar and invites by link or QR
//! code; participants rate on their own devices and send an answer link or
//! file back; the facilitator merges the answers (no server), sees where
//! people disagree, presents on a projector, records the consensus, and turns
//! it into an ordinary assessment.

pub mod answer_link;
pub mod camera;
pub mod consensus;
pub mod home;
pub mod list;
pub mod merged;
pub mod new;
pub mod present;
#[cfg(hfg_split)]
mod qr_decoder;
pub mod scan;

use crate::model::seminar::Seminar;
use crate::ui::components::page_title::PageTitle;
use crate::ui::route::Route;
use leptos::prelude::*;

/// The app's address without the fragment, for links to share.
pub fn base_url() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The page for a seminar that is not in this browser.
pub fn missing() -> AnyView {
    view! {
        <PageTitle text=t!("seminar.missing_title") lead=t!("seminar.missing_text")/>
        <p>
            <a href=Route::Seminar.href()>{t!("seminar.to_list")}</a>
        </p>
    }
    .into_any()
}

/// Breadcrumbs: Seminar › <title> › <here>.
pub fn crumbs(s: &Seminar, here: Option<&str>) -> Vec<(String, Option<String>)> {
    let mut v = vec![(t!("nav.seminar").to_string(), Some(Route::Seminar.href()))];
    match here {
        Some(h) => {
            v.push((
                s.def.title.clone(),
                Some(Route::SeminarHome(s.def.id.clone()).href()),
            ));
            v.push((h.to_string(), None));
        }
        None => v.push((s.def.title.clone(), None)),
    }
    v
}

/// Local tabs between the facilitator's seminar pages.
#[component]
pub fn SeminarTabs(id: String, current: &'static str) -> impl IntoView {
    let tabs = [
        (
            "home",
            Route::SeminarHome(id.clone()),
            t!("seminar.tab_collect"),
        ),
        (
            "merged",
            Route::SeminarMerged(id.clone()),
            t!("seminar.tab_merged"),
        ),
        (
            "present",
            Route::SeminarPresent(id.clone()),
            t!("seminar.tab_present"),
        ),
        (
            "consensus",
            Route::SeminarConsensus(id.clone()),
            t!("seminar.tab_consensus"),
        ),
    ];
    view! {
        <nav class="seminar-tabs" aria-label=t!("seminar.tabs")>
            <ul class="plain-list">
                {tabs
                    .into_iter()
                    .map(|(key, route, label)| {
                        let here = key == current;
                        view! {
                            <li>
                                <a href=route.href() class:seminar-tabs__current=here aria-current=here.then_some("page")>
                                    {label}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Copies text to the clipboard; false where the browser refuses.
pub async fn copy(text: String) -> bool {
    let clip = window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clip.write_text(&text))
        .await
        .is_ok()
}
