//! Answering one group of items: progress, the items as radio groups with
//! notes, and the way to the previous and next group. Every change is saved
//! at once.

use super::caseload_hint::CaseloadHint;
use super::{crumbs, missing, progress_text};
use crate::content::da;
use crate::model::flow::groups;
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::rating_item::{build_later_on_key, focus_item, RatingItem};
use crate::ui::later::shown_after_paint;
use crate::ui::note_saver::set_note_soon;
use crate::ui::pages::not_found::NotFound;
use crate::ui::route::Route;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// How many statements come with the page (the rest follow when the browser is idle).
const FIRST_PART: usize = 1;

#[component]
pub fn AnswerPage(id: String, group: String, item: Option<String>) -> impl IntoView {
    let state = use_state();
    let c = da();
    let Some(a) = state.assessment_now(&id) else {
        return missing();
    };
    let gs = groups(c, &a);
    let Some(pos) = gs.iter().position(|g| g.id == group) else {
        return view! { <NotFound/> }.into_any();
    };
    let g = gs[pos].clone();
    let prev = pos.checked_sub(1).map(|i| gs[i].clone());
    let next = gs.get(pos + 1).cloned();
    let offset: usize = gs[..pos].iter().map(|g| g.items.len()).sum();
    let id_p = id.clone();
    let progress = Memo::new(move |_| {
        state
            .with_assessment(&id_p, |a| a.progress(c))
            .unwrap_or((0, 0))
    });
    let g_items: Vec<String> = g.items.iter().map(|i| i.id.clone()).collect();
    let id_g = id.clone();
    let group_progress = Memo::new(move |_| {
        state
            .with_assessment(&id_g, |a| {
                g_items.iter().filter(|i| a.rating(i).is_some()).count()
            })
            .unwrap_or(0)
    });
    let n_group = g.items.len();
    if let Some(target) = item.clone() {
        request_animation_frame(move || {
            focus_item(&target);
            if let Some(el) = document().get_element_by_id(&format!("item-{target}")) {
                el.scroll_into_view();
            }
        });
    }
    // The first statement comes with the page; the rest are built after its
    // first paint, so the next group shows sooner (bench/RESULTS.md, "Next
    // group"). The statement to focus, when one is named, is always in the
    // first part.
    let make = {
        let id = id.clone();
        let item = item.clone();
        move |n: usize, it: &'static crate::content::Item| {
            let (id_r, id_n, id_s1, id_s2) = (id.clone(), id.clone(), id.clone(), id.clone());
            let item_id = it.id.as_str();
            // Memos: a change to one statement re-renders that statement only.
            let rating = Memo::new(move |_| {
                state
                    .with_assessment(&id_r, |a| a.rating(item_id))
                    .flatten()
            });
            let note = Memo::new(move |_| {
                state
                    .with_assessment(&id_n, |a| a.note(item_id).to_string())
                    .unwrap_or_default()
            });
            let on_rate = Callback::new(move |r| {
                state.change(&id_s1, |a, now| a.set_rating(item_id, r, now))
            });
            // Saved right after the letter is painted (`ui::note_saver`).
            let on_note =
                Callback::new(move |text: String| set_note_soon(state, &id_s2, item_id, text));
            let autofocus = item.as_deref() == Some(item_id);
            // A method check's caseload statement takes the calculator's numbers.
            let caseload = c
                .assessment_section(&it.section)
                .filter(|s| s.caseload_item.as_deref() == Some(item_id))
                .and_then(|s| s.method.clone())
                .map(|m| view! { <CaseloadHint assessment=id.clone() item=it method=m/> });
            view! {
                <RatingItem
                    item=it
                    number=offset + n + 1
                    rating=rating
                    note=note
                    on_rate=on_rate
                    on_note=on_note
                    autofocus=autofocus
                />
                {caseload}
            }
        }
    };
    let first_part = item
        .as_deref()
        .and_then(|t| g.items.iter().position(|i| i.id == t))
        .map_or(FIRST_PART, |p| (p + 1).max(FIRST_PART));
    let (now, later) = g.items.split_at(first_part.min(g.items.len()));
    let first: Vec<_> = now.iter().enumerate().map(|(n, &it)| make(n, it)).collect();
    let rest: Vec<(usize, &'static crate::content::Item)> = later
        .iter()
        .enumerate()
        .map(|(n, &it)| (first_part + n, it))
        .collect();
    // After the first paint, when the browser is idle (input first).
    let more = shown_after_paint(rest.is_empty());
    let on_key = build_later_on_key(
        more,
        now.last().map(|i| i.id.clone()).unwrap_or_default(),
        later.first().map(|i| i.id.clone()),
    );
    let title = format!("{} – {}", g.title, a.meta.name);
    view! {
        <Breadcrumbs trail=crumbs(&a, Some(&g.title))/>
        <PageTitle text=title lead=g.intro.clone()/>
        <div class="answer-progress" aria-live="polite">
            <p>
                <strong>{move || { let (n, total) = progress.get(); progress_text(n, total) }}</strong>
                " " {t!("answer.in_total")} " · "
                {move || progress_text(group_progress.get(), n_group)} " " {t!("answer.in_group")}
            </p>
            <progress
                max=move || progress.get().1
                value=move || progress.get().0
                aria-label=t!("answer.progress_label")
            ></progress>
        </div>
        <details class="keyboard-help">
            <summary>{t!("answer.keys_title")}</summary>
            <p>{t!("answer.keys_text")}</p>
        </details>
        <nav class="group-nav" aria-label=t!("answer.groups_nav")>
            <ol class="plain-list">
                {gs
                    .iter()
                    .map(|x| {
                        let current = x.id == g.id;
                        view! {
                            <li>
                                <a
                                    href=Route::Answer { id: id.clone(), group: x.id.clone(), item: None }.href()
                                    class:group-nav__current=current
                                    aria-current=current.then_some("page")
                                >
                                    {x.title.clone()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
        <div class="rating-items" on:keydown=on_key>
            {first}
            {move || more.get().then(|| rest.iter().map(|&(n, it)| make(n, it)).collect_view())}
        </div>
        <nav class="pager" aria-label=t!("answer.pager")>
            {prev
                .map(|p| {
                    view! {
                        <a class="pager__prev" href=Route::Answer { id: id.clone(), group: p.id.clone(), item: None }.href()>
                            <span class="pager__label">{t!("guide.prev")}</span>
                            {p.title.clone()}
                        </a>
                    }
                })}
            {match next {
                Some(n) => {
                    view! {
                        <a class="pager__next" href=Route::Answer { id: id.clone(), group: n.id.clone(), item: None }.href()>
                            <span class="pager__label">{t!("guide.next")}</span>
                            {n.title.clone()}
                        </a>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <a class="pager__next" href=Route::Results(id.clone()).href()>
                            <span class="pager__label">{t!("answer.done")}</span>
                            {t!("answer.see_results")}
                        </a>
                    }
                        .into_any()
                }
            }}
        </nav>
    }
    .into_any()
}
