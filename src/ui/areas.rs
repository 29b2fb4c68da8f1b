//! The areas' entry points: for each area (guide, self-assessment and its
//! results, seminar, a participant's invitation, learning, methods, Mine data,
//! "Om") the function that builds its pages, in a split build a module of its
//! own (`#[lazy]`, see `tools/build-wasm.mjs`), with the content parts it
//! reads; and the start's loading of the first address's area ([`preload`]).
//! `ui/app.rs` decides which area a route is and shows what these give back.

#[cfg(hfg_split)]
use super::app::mark;
use super::pages;
use super::pages::assessment;
use super::pages::seminar;
use super::route::{Module, Route};
use leptos::prelude::*;

thread_local! {
    /// Set once the guide's module is loaded (it built a page or searched):
    /// the guide's pages are then built by it, with no file to fetch.
    static GUIDE_LOADED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the guide's module is loaded (see [`GUIDE_LOADED`]).
#[cfg_attr(not(hfg_split), allow(dead_code))]
pub(super) fn guide_loaded() -> bool {
    GUIDE_LOADED.with(|l| l.get())
}

/// Loads the starting route's area (split build) before the app is mounted,
/// so the first render already has its page; then has the area parse the
/// content parts its pages read, each in a task of its own
/// ([`AreaCall::Parse`]), so neither the module's last part nor the first
/// render carries that as well.
#[cfg(hfg_split)]
pub(crate) async fn preload(route: &Route) {
    if route.module() == Module::Guide {
        // A page with a prerendered file needs the file, not the module.
        let file =
            super::prerendered::has_file(route) && super::prerendered::prepare_first(route).await;
        if file {
            return;
        }
    }
    if let Some((load, entry)) = loader(route.module()) {
        load_then_parse(load(), entry).await;
    }
}

/// A split module's loading (its `__preload_…`) and its entry point, each
/// boxed: the main module carries one copy of the code that uses them.
#[cfg(hfg_split)]
type Loader = fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>;

/// The loading and the entry point of a route's module ([`Route::module`]);
/// none for the main module's own pages.
#[cfg(hfg_split)]
pub(super) fn loader(module: Module) -> Option<(Loader, EntryPoint)> {
    macro_rules! pair {
        ($preload:ident, $name:ident) => {
            Some((|| Box::pin($preload()), |call| Box::pin($name(call))))
        };
    }
    match module {
        // A participant's page is a module of its own, not the app's.
        Module::Main | Module::Participant => None,
        Module::Guide => pair!(__preload_guide_page, guide_page),
        Module::About => pair!(__preload_about_page, about_page),
        Module::AssessmentList => pair!(__preload_assessment_list_page, assessment_list_page),
        Module::Assessment => pair!(__preload_assessment_page, assessment_page),
        Module::Results => pair!(__preload_results_page, results_page),
        Module::Seminar => pair!(__preload_seminar_page, seminar_page),
        Module::SeminarAnswer => pair!(__preload_seminar_answer_page, seminar_answer_page),
        Module::Learning => pair!(__preload_learning_page, learning_page),
        Module::MethodsHome => pair!(__preload_methods_home_page, methods_home_page),
        Module::MethodsChoice => pair!(__preload_methods_choice_page, methods_choice_page),
        Module::MethodsCti => pair!(__preload_methods_cti_page, methods_cti_page),
        Module::MethodsCapacity => pair!(__preload_methods_capacity_page, methods_capacity_page),
        Module::MyData => pair!(__preload_mydata_page, mydata_page),
    }
}

/// A route's page built by its module, unsplit (native and browser tests).
#[cfg(not(hfg_split))]
pub(super) fn module_page(module: Module, route: Route) -> AnyView {
    match module {
        Module::Main => ().into_any(),
        Module::Guide => guide_page(route),
        Module::About => about_page(route),
        Module::AssessmentList => assessment_list_page(route),
        Module::Assessment => assessment_page(route),
        Module::Results => results_page(route),
        Module::Seminar => seminar_page(route),
        Module::SeminarAnswer => seminar_answer_page(route),
        Module::Participant => ().into_any(),
        Module::Learning => learning_page(route),
        Module::MethodsHome => methods_home_page(route),
        Module::MethodsChoice => methods_choice_page(route),
        Module::MethodsCti => methods_cti_page(route),
        Module::MethodsCapacity => methods_capacity_page(route),
        Module::MyData => mydata_page(route),
    }
}

/// An area's entry point, its answer boxed.
#[cfg(hfg_split)]
type EntryPoint =
    fn(AreaCall) -> std::pin::Pin<Box<dyn std::future::Future<Output = Option<AreaAnswer>> + Send>>;

/// [`preload`]'s steps for one area: its module (`load`), then each content
/// part its pages read, each in a task of its own.
#[cfg(hfg_split)]
async fn load_then_parse(
    load: std::pin::Pin<Box<dyn std::future::Future<Output = ()>>>,
    entry: EntryPoint,
) {
    load.await;
    mark("hfg:area-loaded");
    let mut part = 0;
    loop {
        super::later::next_task().await;
        match entry(AreaCall::Parse(part)).await {
            Some(AreaAnswer::Parsed { more: true }) => part += 1,
            _ => break,
        }
    }
    mark("hfg:parsed");
    super::later::next_task().await;
}

/// What an area's entry point ([`area_module`]) is asked for.
#[cfg(hfg_split)]
pub(super) enum AreaCall {
    /// The page of a route.
    Page(Route),
    /// Parse the area's `n`-th content part (see [`preload`]).
    Parse(usize),
    /// Make the guide's search field live (the guide's module has the index;
    /// other areas do nothing).
    LiveSearch,
}

/// What an area's entry point gives back.
#[cfg(hfg_split)]
pub(super) enum AreaAnswer {
    Page(AnyView),
    /// A part was parsed (or there was none left); `more`: the area reads another.
    Parsed {
        more: bool,
    },
}

/// An area's entry point. In a split build its own module (`#[lazy]`),
/// loaded the first time one of its pages opens: [`AreaCall::Page`] builds
/// the page, [`AreaCall::Parse`] parses one of the content parts its pages
/// read (a part is linked into the modules of the areas that read it, see
/// `content::part`). Otherwise the page's function itself. `loads`: what of
/// the stored collections its pages show or change, read before its first
/// page is built (`state::load_assessments`, `state::load_seminars`).
macro_rules! area_module {
    ($name:ident, $view:ident, [$($part:ident),*], loads: [$($load:ident),*]) => {
        area_module!($name, $view, [$($part),*], loads: [$($load),*], live_search: || ());
    };
    ($name:ident, $view:ident, [$($part:ident),*], loads: [$($load:ident),*], live_search: $live_search:expr) => {
        #[cfg(hfg_split)]
        #[leptos::lazy]
        pub(super) fn $name(call: AreaCall) -> Option<AreaAnswer> {
            match call {
                AreaCall::Page(route) => {
                    $(super::state::$load();)*
                    Some(AreaAnswer::Page($view(route)))
                }
                AreaCall::Parse(n) => {
                    let parts: &[fn()] = &[$(|| { let _ = &*crate::content::da().$part; }),*];
                    if let Some(parse) = parts.get(n) {
                        parse();
                    }
                    Some(AreaAnswer::Parsed { more: n + 1 < parts.len() })
                }
                AreaCall::LiveSearch => {
                    let live_search: fn() = $live_search;
                    live_search();
                    None
                }
            }
        }
        #[cfg(not(hfg_split))]
        pub(super) fn $name(route: Route) -> AnyView {
            $(super::state::$load();)*
            $view(route)
        }
    };
}

area_module!(
    guide_page,
    guide_view,
    [guide, items, item_texts, advice, methods],
    loads: [],
    live_search: || {
        GUIDE_LOADED.with(|l| l.set(true));
        super::components::search_box::make_live();
    }
);

fn guide_view(route: Route) -> AnyView {
    GUIDE_LOADED.with(|l| l.set(true));
    match route {
        Route::GuideSection(id) => view! { <pages::guide::SectionPage id=id/> }.into_any(),
        Route::GuideEntry { section, entry } => {
            view! { <pages::guide::EntryPage section=section id=entry/> }.into_any()
        }
        Route::Glossary => view! { <pages::guide::GlossaryPage/> }.into_any(),
        Route::Term(id) => view! { <pages::guide::TermPage id=id/> }.into_any(),
        _ => view! { <pages::guide::GuideOverview/> }.into_any(),
    }
}

// The self-assessment in three modules: the list (a bookmark's page), an
// assessment's own pages (overview, answer pages, forms), and the pages that
// read the results (results, action plan, report, comparison), with the
// guide's advice and the anchoring levels' entries they show.
area_module!(assessment_list_page, assessment_list_view, [items], loads: [load_assessments]);

fn assessment_list_view(route: Route) -> AnyView {
    let _ = route;
    view! { <assessment::list::AssessmentList/> }.into_any()
}

area_module!(
    assessment_page,
    assessment_view,
    [items, item_texts, entry_links],
    loads: [load_assessments]
);

fn assessment_view(route: Route) -> AnyView {
    match route {
        Route::NewAssessment => view! { <assessment::forms::NewAssessment/> }.into_any(),
        Route::Assessment(id) => {
            view! { <assessment::overview::AssessmentOverview id=id/> }.into_any()
        }
        Route::Answer { id, group, item } => {
            view! { <assessment::answer::AnswerPage id=id group=group item=item/> }.into_any()
        }
        Route::EditAssessment(id) => {
            view! { <assessment::forms::EditAssessment id=id/> }.into_any()
        }
        Route::FollowUp(id) => view! { <assessment::forms::FollowUp id=id/> }.into_any(),
        // `Route::module` sends only the pages above here.
        _ => ().into_any(),
    }
}

area_module!(
    results_page,
    results_view,
    [items, item_texts, advice, entry_links, level_entries],
    loads: [load_assessments]
);

fn results_view(route: Route) -> AnyView {
    match route {
        Route::Plan(id) => view! { <assessment::plan::PlanPage id=id/> }.into_any(),
        Route::Report(id) => view! { <assessment::report::ReportPage id=id/> }.into_any(),
        Route::Compare { id, other } => {
            view! { <assessment::compare::ComparePage id=id other=other/> }.into_any()
        }
        Route::Results(id) => view! { <assessment::results::ResultsPage id=id/> }.into_any(),
        // `Route::module` sends only the pages above here.
        _ => ().into_any(),
    }
}

area_module!(seminar_page, seminar_view, [items, item_texts], loads: [load_assessments, load_seminars]);

fn seminar_view(route: Route) -> AnyView {
    match route {
        Route::NewSeminar => view! { <seminar::new::NewSeminar/> }.into_any(),
        Route::SeminarHome(id) => view! { <seminar::home::SeminarHome id=id/> }.into_any(),
        Route::SeminarMerged(id) => view! { <seminar::merged::SeminarMerged id=id/> }.into_any(),
        Route::SeminarPresent(id) => view! { <seminar::present::SeminarPresent id=id/> }.into_any(),
        Route::SeminarConsensus(id) => {
            view! { <seminar::consensus::SeminarConsensus id=id/> }.into_any()
        }
        _ => view! { <seminar::list::SeminarList/> }.into_any(),
    }
}

// An answer link, a module of its own: it adds the answers and links on.
area_module!(seminar_answer_page, seminar_answer_view, [items], loads: [load_seminars]);

fn seminar_answer_view(route: Route) -> AnyView {
    match route {
        Route::SeminarAnswer(p) => {
            view! { <seminar::answer_link::SeminarAnswer payload=p/> }.into_any()
        }
        // `Route::module` sends only an answer link here.
        _ => ().into_any(),
    }
}

area_module!(learning_page, learning_view, [learning, entry_links], loads: []);

fn learning_view(route: Route) -> AnyView {
    match route {
        Route::LearningModule(id) => view! { <pages::learning::ModulePage id=id/> }.into_any(),
        Route::LearningSummary => view! { <pages::learning::LearningSummary/> }.into_any(),
        _ => view! { <pages::learning::LearningOverview/> }.into_any(),
    }
}

// The methods: the overview with the comparison, and each tool a module of
// its own (a link to the calculator brings none of the others).
area_module!(methods_home_page, methods_home_view, [methods, items, entry_links], loads: []);

fn methods_home_view(route: Route) -> AnyView {
    match route {
        Route::MethodsCompare => view! { <pages::methods::ComparePage/> }.into_any(),
        _ => view! { <pages::methods::MethodsHome/> }.into_any(),
    }
}

area_module!(methods_choice_page, methods_choice_view, [methods, entry_links], loads: []);

fn methods_choice_view(route: Route) -> AnyView {
    let _ = route;
    view! { <pages::methods::ChoicePage/> }.into_any()
}

area_module!(methods_cti_page, methods_cti_view, [methods, entry_links], loads: []);

fn methods_cti_view(route: Route) -> AnyView {
    let _ = route;
    view! { <pages::methods::CtiPlanner/> }.into_any()
}

area_module!(methods_capacity_page, methods_capacity_view, [methods, items, entry_links], loads: [load_assessments]);

fn methods_capacity_view(route: Route) -> AnyView {
    let _ = route;
    view! { <pages::methods::CapacityPage/> }.into_any()
}

// "Om", a module of its own: the start page does not carry its text.
area_module!(about_page, about_view, [], loads: []);

fn about_view(route: Route) -> AnyView {
    let _ = route;
    view! { <pages::about::AboutPage/> }.into_any()
}

area_module!(mydata_page, mydata_view, [], loads: [load_assessments, load_seminars]);

fn mydata_view(route: Route) -> AnyView {
    let _ = route;
    view! { <pages::mydata::MyDataPage/> }.into_any()
}
