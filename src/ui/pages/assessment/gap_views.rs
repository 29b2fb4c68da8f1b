//! The gaps as the results page and the report show them: one gap with the
//! guide's advice (`GapCard`, the advice itself in `GapAdvice`), "Start her",
//! the other gaps per driver and section in collapsed `<details>` with a button
//! that adds a whole group to the plan, and the strengths (items rated 4).
//! Which gaps go where is decided by `model::priorities`.

use super::{driver_name, item_tag, section_title};
use crate::content::Item;
use crate::model::format::counted;
use crate::model::gaps::Gap;
use crate::model::priorities::{add_gap_actions, GapGroup};
use crate::model::sort::sort;
use crate::ui::components::advice::ItemAdvice;
use crate::ui::route::Route;
use crate::ui::state::{new_id, use_state, AppState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The items with a live action in the assessment's plan; changes when the
/// plan does, so buttons follow without the page being rebuilt.
pub fn planned_items(state: AppState, id: String) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        let mut items: Vec<String> = state.assessments.with(|v| {
            v.iter()
                .find(|a| a.id == id)
                .map(|a| a.plan().iter().filter_map(|x| x.item.clone()).collect())
                .unwrap_or_default()
        });
        // Sorted and once each, so a reordered plan is no change.
        sort(&mut items);
        items.dedup();
        items
    })
}

/// What an interactive gap needs to add itself to the plan.
#[derive(Clone)]
pub struct PlanLink {
    pub assessment: String,
    pub planned: Memo<Vec<String>>,
}

/// Moves focus to an element once the DOM has caught up (the element that
/// replaces a button that was just used, so keyboard users keep their place).
fn focus_soon(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// One item's advice: the guide's own words, then the tool's suggestion
/// (`components::advice`, the one place that labels them).
#[component]
pub fn GapAdvice(item: &'static Item) -> impl IntoView {
    view! { <ItemAdvice item=item label=t!("gaps.advice") class="gap__advice"/> }
}

/// One gap: driver, rating, statement, the team's note, the guide's advice,
/// a link to the guide and, on screen, "Tilføj til handleplanen".
#[component]
pub fn GapCard(
    gap: Gap<'static>,
    note: String,
    /// The statement is an `h4` (under a section heading) instead of an `h3`.
    #[prop(optional)]
    sub: bool,
    /// Shown before the statement ("1.") in "Start her".
    #[prop(optional)]
    number: Option<usize>,
    /// On screen: what adding to the plan needs; `None` in the report.
    plan: Option<PlanLink>,
) -> impl IntoView {
    let item = gap.item;
    let guide = item
        .guide
        .first()
        .and_then(|e| crate::content::da().entry_link(e));
    let statement = view! {
        {number.map(|n| view! { <span class="gap__number">{format!("{n}.")}</span> " " })}
        {item.text().statement.as_str()}
    };
    view! {
        <li class="gap" data-item=item.id.clone()>
            <p class="gap__meta">
                <span class="tag-driver">{item_tag(item)}</span>
                " "
                <span class=format!("rating-badge rating-badge--{}", gap.rating.code())>{gap.rating.label()}</span>
            </p>
            {if sub {
                view! { <h4 class="h5 gap__statement">{statement}</h4> }.into_any()
            } else {
                view! { <h3 class="h5 gap__statement">{statement}</h3> }.into_any()
            }}
            {(!note.is_empty()).then(|| view! { <p class="gap__note">{t!("gaps.your_note")} " " {note.clone()}</p> })}
            <GapAdvice item=item/>
            {guide
                .map(|e| {
                    view! {
                        <p class="gap__guide no-print">
                            {t!("rate.guide_link")} " "
                            <a href=Route::GuideEntry { section: e.section.clone(), entry: e.id.clone() }.href()>{e.title.as_str()}</a>
                        </p>
                    }
                })}
            {plan.map(|p| view! { <AddToPlan item=item plan=p/> })}
        </li>
    }
}

/// "Tilføj til handleplanen", or "I handleplanen" once the plan has it.
#[component]
fn AddToPlan(item: &'static Item, plan: PlanLink) -> impl IntoView {
    let state = use_state();
    let marker = format!("planned-{}", item.id);
    move || {
        if plan.planned.with(|p| p.contains(&item.id)) {
            view! { <p class="gap__planned no-print" id=marker.clone() tabindex="-1">{t!("gaps.in_plan")}</p> }.into_any()
        } else {
            let (aid, m) = (plan.assessment.clone(), marker.clone());
            let add = move |_| {
                state.change(&aid, |a, now| {
                    add_gap_actions(a, &[item], new_id, now);
                });
                focus_soon(m.clone());
            };
            view! {
                <button type="button" class="button button-secondary no-print" on:click=add>
                    {t!("gaps.add_action")}
                    <span class="sr-only">": " {item.text().statement.as_str()}</span>
                </button>
            }
            .into_any()
        }
    }
}

/// "Start her": the chosen gaps, numbered.
#[component]
pub fn StartHere(
    list: Vec<Gap<'static>>,
    notes: Vec<String>,
    plan: Option<PlanLink>,
) -> impl IntoView {
    view! {
        <section class="start-here" aria-labelledby="start-heading">
            <h2 id="start-heading">{t!("start.title")}</h2>
            <p class="start-here__lead">{t!("start.lead")}</p>
            {list.is_empty().then(|| view! { <p class="gaps__none">{t!("start.none")}</p> })}
            <ol class="plain-list gap-list start-here__list">
                {list
                    .into_iter()
                    .zip(notes)
                    .enumerate()
                    .map(|(n, (g, note))| view! { <GapCard gap=g note=note number=n + 1 plan=plan.clone()/> })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// "3 huller" / "1 hul".
pub fn gap_count_text(n: usize) -> String {
    if n == 1 {
        t!("groups.one").to_string()
    } else {
        t!("groups.many").replace("{n}", &n.to_string())
    }
}

/// The other gaps: one collapsed `<details>` per driver with its count, the
/// gaps under their section, and a button that adds the whole group.
#[component]
pub fn GapGroups(
    groups: Vec<GapGroup<'static>>,
    /// The notes by item id.
    notes: crate::model::sorted_map::SortedMap<String, String>,
    plan: PlanLink,
) -> impl IntoView {
    let total: usize = groups.iter().map(GapGroup::count).sum();
    view! {
        <section class="gap-groups" aria-labelledby="groups-heading">
            <h2 id="groups-heading">
                {t!("groups.title")} " " <span class="heading-count">"(" {total} ")"</span>
            </h2>
            {if groups.is_empty() {
                view! { <p class="gaps__none">{t!("groups.none")}</p> }.into_any()
            } else {
                view! { <p>{t!("groups.lead")}</p> }.into_any()
            }}
            {groups
                .into_iter()
                .map(|g| {
                    let items: Vec<&'static Item> = g.sections.iter().flat_map(|(_, v)| v.iter().map(|x| x.item)).collect();
                    let driver = driver_name(&g.driver);
                    view! {
                        <details class="gap-group" id=format!("group-{}", g.driver)>
                            <summary class="gap-group__summary">
                                <span class="gap-group__driver">{driver.clone()}</span>
                                " "
                                <span class="gap-group__count">{gap_count_text(g.count())}</span>
                            </summary>
                            <div class="gap-group__body">
                                <AddGroup driver=g.driver.clone() items=items plan=plan.clone()/>
                                {g
                                    .sections
                                    .into_iter()
                                    .map(|(s, gaps)| {
                                        view! {
                                            <h3 class="h5 gap-group__section">
                                                <span class="sr-only">{driver.clone()} ": "</span>
                                                {section_title(&s)}
                                            </h3>
                                            <ol class="plain-list gap-list">
                                                {gaps
                                                    .into_iter()
                                                    .map(|x| {
                                                        let n = notes.get(&x.item.id).cloned().unwrap_or_default();
                                                        view! { <GapCard gap=x note=n sub=true plan=Some(plan.clone())/> }
                                                    })
                                                    .collect_view()}
                                            </ol>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                        </details>
                    }
                })
                .collect_view()}
        </section>
    }
}

/// "Tilføj alle N til handleplanen" for one driver's group; never makes a
/// duplicate (`model::priorities::add_gap_actions`).
#[component]
fn AddGroup(driver: String, items: Vec<&'static Item>, plan: PlanLink) -> impl IntoView {
    let state = use_state();
    let status = RwSignal::new(String::new());
    let marker = format!("group-{driver}-planned");
    let name = driver_name(&driver);
    let tool = move || {
        let todo = items
            .iter()
            .filter(|i| !plan.planned.with(|p| p.contains(&i.id)))
            .count();
        if todo == 0 {
            view! { <p class="gap__planned" id=marker.clone() tabindex="-1">{t!("groups.all_in_plan")}</p> }.into_any()
        } else {
            let (aid, m, all) = (plan.assessment.clone(), marker.clone(), items.clone());
            let add = move |_| {
                let mut added = 0;
                state.change(&aid, |a, now| added = add_gap_actions(a, &all, new_id, now));
                status.set(if added == 1 {
                    t!("groups.added_one").to_string()
                } else {
                    t!("groups.added_many").replace("{n}", &added.to_string())
                });
                focus_soon(m.clone());
            };
            view! {
                <button type="button" class="button button-secondary" on:click=add>
                    {counted(todo, t!("groups.add_all_one"), t!("groups.add_all"))}
                    <span class="sr-only">": " {name.clone()}</span>
                </button>
            }
            .into_any()
        }
    };
    view! {
        <div class="gap-group__tools no-print">
            {tool}
            <p class="gap-group__status" role="status">{move || status.get()}</p>
        </div>
    }
}

/// The items rated 4, per driver: what to keep.
#[component]
pub fn Strengths(list: Vec<(String, Vec<&'static Item>)>) -> impl IntoView {
    let total: usize = list.iter().map(|(_, v)| v.len()).sum();
    view! {
        <section class="strengths" aria-labelledby="strengths-heading">
            <h2 id="strengths-heading">
                {t!("strengths.title")} " " <span class="heading-count">"(" {total} ")"</span>
            </h2>
            <p>{if total == 0 { t!("strengths.none") } else { t!("strengths.lead") }}</p>
            <div class="strengths__grid">
                {list
                    .into_iter()
                    .map(|(d, items)| {
                        view! {
                            <div class="strengths__driver">
                                <h3 class="h5">{driver_name(&d)} " " <span class="heading-count">"(" {items.len()} ")"</span></h3>
                                <ul class="strengths__items">
                                    {items.into_iter().map(|i| view! { <li>{i.text().statement.as_str()}</li> }).collect_view()}
                                </ul>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
