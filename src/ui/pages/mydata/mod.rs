//! "Mine data": where the data lives (the browser's promise, the space used,
//! a file of the user's own, the last copy: `ui::data_home`), export (full
//! backup, one assessment as JSON or CSV, the print report), import with a
//! preview and a choice between merging and replacing, and clearing everything.

mod clear;
mod export;
mod import;

use crate::ui::components::page_title::PageTitle;
use crate::ui::data_home::panel::DataHomeSection;
use crate::ui::state::use_state;
use clear::ClearSection;
use export::ExportSection;
use import::{ImportSection, Opened};
use leptos::prelude::*;

#[component]
pub fn MyDataPage() -> impl IntoView {
    let state = use_state();
    let opened: RwSignal<Option<Opened>> = RwSignal::new(None);
    let empty = move || state.assessments.with(Vec::is_empty);
    view! {
        <PageTitle text=t!("mydata.title") lead=t!("mydata.lead")/>
        {move || {
            empty().then(|| view! { <p class="mydata-restore-hint">{t!("datahome.wiped_hint_mydata")}</p> })
        }}
        <DataHomeSection on_open=Callback::new(move |_| import::open_file(opened))/>
        <ExportSection/>
        <ImportSection opened=opened/>
        <ClearSection/>
    }
}
