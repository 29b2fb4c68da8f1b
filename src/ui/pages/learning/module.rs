//! One learning module: the short reading with its sources and guide links,
//! then the scenario questions one after another. Each question is a radio
//! group with a "Svar" button; the first answer stands and is saved at once,
//! and the feedback for the chosen answer (and, when it was wrong, the right
//! one and why) is shown right below it, where focus moves. When every
//! question is answered the module can be finished, which shows its summary
//! and score. A module can be reset and taken again.

use super::{crumbs, finished_date, focus_later, status_text, use_progress, Progress};
use crate::content::{da, Module, Question};
use crate::model::learning::{choice_order, correct_index, AnswerError, ModuleStatus};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::source_ref::SourceRefs;
use crate::ui::pages::not_found::NotFound;
use crate::ui::route::Route;
use crate::ui::state::today;
use leptos::prelude::*;

/// A choice's feedback without the leading "Rigtigt." that the content puts
/// before every right answer's explanation: the page says so already.
fn explanation(text: &str) -> &str {
    text.strip_prefix(t!("module.correct_prefix"))
        .map(str::trim_start)
        .filter(|rest| !rest.is_empty())
        .unwrap_or(text)
}

/// A link to a guide entry, by id (nothing when the id is unknown).
fn guide_link(id: &str) -> Option<(String, &'static str)> {
    da().entry_link(id).map(|e| {
        (
            Route::GuideEntry {
                section: e.section.clone(),
                entry: e.id.clone(),
            }
            .href(),
            e.title.as_str(),
        )
    })
}

#[component]
pub fn ModulePage(id: String) -> impl IntoView {
    let Some(m) = da().module(&id) else {
        return view! { <NotFound/> }.into_any();
    };
    let p = use_progress();
    let total = m.questions.len();
    let answered = Memo::new(move |_| p.data.with(|d| d.get(&m.id).map_or(0, |x| x.answered(m))));
    let status = Memo::new(move |_| p.data.with(|d| d.status(m)));
    let refused = RwSignal::new(false);
    let reset_asked = RwSignal::new(false);
    let reset_done = RwSignal::new(false);
    let modules = &da().learning.modules;
    let next = modules
        .iter()
        .position(|x| x.id == m.id)
        .and_then(|i| modules.get(i + 1));
    let finish = move |_| {
        p.change(|d, at| d.finish(m, &today(), at)).ok();
        focus_later("module-summary".into());
    };
    let reset = move |_| {
        p.change(|d, at| d.reset(m, at));
        reset_asked.set(false);
        reset_done.set(true);
        refused.set(false);
        focus_later("module-questions".into());
    };
    view! {
        <Breadcrumbs trail=crumbs(&m.title)/>
        <PageTitle text=m.title.clone() lead=m.intro.clone()/>
        <p class="module-meta">
            {t!("learning.minutes").replace("{n}", &m.minutes.to_string())}
            " · "
            {t!("learning.questions_count").replace("{n}", &total.to_string())}
            " · "
            <span class="module-status">{move || p.data.with(|d| status_text(d, m))}</span>
        </p>
        <section class="module-reading" aria-labelledby="module-reading-heading">
            <h2 id="module-reading-heading">{t!("module.read_heading")}</h2>
            {m.reading.iter().map(|para| view! { <p>{para.as_str()}</p> }).collect_view()}
            <div class="module-sources">
                <SourceRefs sources=&m.sources/>
            </div>
            <h3 class="h4">{t!("module.read_more")}</h3>
            <ul class="module-guide-links">
                {m
                    .guide
                    .iter()
                    .filter_map(|g| guide_link(g))
                    .map(|(href, title)| view! { <li><a href=href>{title}</a></li> })
                    .collect_view()}
            </ul>
        </section>
        <section class="module-questions" aria-labelledby="module-questions">
            <h2 id="module-questions" tabindex="-1">{t!("module.questions_heading")}</h2>
            <p>{t!("module.questions_intro")}</p>
            <div class="module-progress">
                <p class="module-progress__text">
                    {move || {
                        t!("module.progress")
                            .replace("{n}", &answered.get().to_string())
                            .replace("{total}", &total.to_string())
                    }}
                </p>
                <progress max=total value=move || answered.get() aria-label=t!("module.progress_label")></progress>
            </div>
            {move || {
                reset_done
                    .get()
                    .then(|| view! { <p class="alert alert-success" role="status">{t!("module.reset_done")}</p> })
            }}
            {move || {
                refused
                    .get()
                    .then(|| view! { <p class="alert alert-warning" role="alert">{t!("learning_storage.answer_refused")}</p> })
            }}
            <ol class="plain-list scenarios">
                {m
                    .questions
                    .iter()
                    .enumerate()
                    .map(|(i, q)| view! { <QuestionBlock m=m q=q number=i + 1 p=p refused=refused/> })
                    .collect_view()}
            </ol>
        </section>
        {move || match status.get() {
            ModuleStatus::Done { score, total } => {
                view! {
                    <section class="module-summary" aria-labelledby="module-summary">
                        <h2 id="module-summary" tabindex="-1">{t!("module.summary_heading")}</h2>
                        <p class="module-summary__score">
                            {t!("module.score").replace("{score}", &score.to_string()).replace("{total}", &total.to_string())}
                        </p>
                        <p>{move || t!("module.finished_on").replace("{date}", &p.data.with(|d| finished_date(d, m)))}</p>
                        <h3 class="h4">{t!("module.points")}</h3>
                        <ul>{m.summary.iter().map(|s| view! { <li>{s.as_str()}</li> }).collect_view()}</ul>
                        <ul class="plain-list module-summary__next">
                            {match next {
                                Some(n) => {
                                    view! {
                                        <li>
                                            {t!("module.next_module")} " "
                                            <a href=Route::LearningModule(n.id.clone()).href()>{n.title.as_str()}</a>
                                        </li>
                                    }
                                        .into_any()
                                }
                                None => ().into_any(),
                            }}
                            <li>
                                <a href=Route::Learning.href()>{t!("module.to_overview")}</a>
                            </li>
                            <li>
                                <a href=Route::LearningSummary.href()>{t!("learning.summary_link")}</a>
                            </li>
                        </ul>
                    </section>
                }
                    .into_any()
            }
            ModuleStatus::InProgress { answered, total } if answered == total => {
                view! {
                    <section class="module-finish" aria-labelledby="module-finish-heading">
                        <h2 id="module-finish-heading" class="h3">{t!("module.finish_heading")}</h2>
                        <button type="button" class="button button-primary" on:click=finish>
                            {t!("module.finish")}
                        </button>
                    </section>
                }
                    .into_any()
            }
            _ => ().into_any(),
        }}
        {move || {
            (status.get() != ModuleStatus::NotStarted)
                .then(|| {
                    view! {
                        <div class="module-reset">
                            {move || {
                                if reset_asked.get() {
                                    view! {
                                        <div class="module-reset__confirm" role="group" aria-labelledby="reset-question">
                                            <p id="reset-question">{t!("module.reset_confirm")}</p>
                                            <button type="button" class="button button-secondary" id="reset-yes" on:click=reset>
                                                {t!("module.reset_yes")}
                                            </button>
                                            " "
                                            <button
                                                type="button"
                                                class="button button-tertiary"
                                                on:click=move |_| {
                                                    reset_asked.set(false);
                                                    focus_later("reset-ask".into());
                                                }
                                            >
                                                {t!("module.reset_no")}
                                            </button>
                                        </div>
                                    }
                                        .into_any()
                                } else {
                                    view! {
                                        <button
                                            type="button"
                                            class="button button-tertiary"
                                            id="reset-ask"
                                            on:click=move |_| {
                                                reset_asked.set(true);
                                                reset_done.set(false);
                                                focus_later("reset-yes".into());
                                            }
                                        >
                                            {t!("module.reset")}
                                        </button>
                                    }
                                        .into_any()
                                }
                            }}
                        </div>
                    }
                })
        }}
    }
    .into_any()
}

/// One scenario question: hidden until the questions before it are answered,
/// then a radio group with "Svar", then the answer with its feedback.
#[component]
fn QuestionBlock(
    m: &'static Module,
    q: &'static Question,
    number: usize,
    p: Progress,
    refused: RwSignal<bool>,
) -> impl IntoView {
    let chosen = Memo::new(move |_| p.data.with(|d| d.chosen(&m.id, &q.id)));
    let current = Memo::new(move |_| {
        p.data
            .with(|d| d.next_question(m).is_some_and(|n| n.id == q.id))
    });
    let heading = t!("module.question")
        .replace("{n}", &number.to_string())
        .replace("{total}", &m.questions.len().to_string());
    move || {
        match chosen.get() {
        Some(c) => view! { <li class="scenario scenario--answered" id=format!("q-{}", q.id)><Answered q=q chosen=c heading=heading.clone()/></li> }.into_any(),
        None if current.get() => {
            view! { <li class="scenario" id=format!("q-{}", q.id)><Ask m=m q=q p=p refused=refused heading=heading.clone()/></li> }.into_any()
        }
        None => ().into_any(),
    }
    }
}

/// The question as a form: a radio group and "Svar".
#[component]
fn Ask(
    m: &'static Module,
    q: &'static Question,
    p: Progress,
    refused: RwSignal<bool>,
    heading: String,
) -> impl IntoView {
    let pick: RwSignal<Option<usize>> = RwSignal::new(None);
    let missing = RwSignal::new(false);
    let qid = q.id.as_str();
    // Shown in the question's stable shuffled order; ids and values stay the
    // content's indices, which is what an answer stores.
    let order = choice_order(q);
    let first_shown = order.first().copied().unwrap_or(0);
    let error_id = format!("err-{qid}");
    let error_id2 = error_id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(choice) = pick.get_untracked() else {
            missing.set(true);
            focus_later(format!("c-{qid}-{first_shown}"));
            return;
        };
        match p.change(|d, at| d.answer(m, qid, choice, at)) {
            Ok(_) => refused.set(false),
            Err(AnswerError::AlreadyAnswered | AnswerError::Finished) => refused.set(true),
            Err(_) => {}
        }
        focus_later(format!("fb-{qid}"));
    };
    view! {
        <h3 class="scenario__number">{heading}</h3>
        <form class="scenario__form" on:submit=submit novalidate>
            <fieldset
                class="scenario__fieldset"
                aria-describedby=move || missing.get().then(|| error_id2.clone())
            >
                <legend class="scenario__text">{q.scenario.as_str()}</legend>
                {move || {
                    missing
                        .get()
                        .then(|| {
                            view! {
                                <span class="form-error-message" id=error_id.clone()>
                                    {t!("module.choose_first")}
                                </span>
                            }
                        })
                }}
                {order
                    .into_iter()
                    .map(|i| (i, &q.choices[i]))
                    .map(|(i, c)| {
                        let cid = format!("c-{qid}-{i}");
                        view! {
                            <div class="form-group-radio scenario__choice">
                                <input
                                    type="radio"
                                    class="form-radio"
                                    id=cid.clone()
                                    name=format!("q-{qid}")
                                    value=i.to_string()
                                    on:change=move |_| {
                                        pick.set(Some(i));
                                        missing.set(false);
                                    }
                                />
                                <label for=cid>{c.text.as_str()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <button type="submit" class="button button-primary">{t!("module.answer")}</button>
        </form>
    }
}

/// An answered question: the choices with the chosen and the right one
/// marked in words, the feedback, the guide entry that explains it, and the
/// sources the right answer rests on (their quotes on demand).
#[component]
fn Answered(q: &'static Question, chosen: usize, heading: String) -> impl IntoView {
    let right = correct_index(q);
    let is_correct = right == Some(chosen);
    let guide = guide_link(&q.guide);
    let qid = q.id.as_str();
    view! {
        <h3 class="scenario__number">{heading}</h3>
        <p class="scenario__text">{q.scenario.as_str()}</p>
        <ul class="plain-list scenario__choices">
            {choice_order(q)
                .into_iter()
                .map(|i| (i, &q.choices[i]))
                .map(|(i, c)| {
                    let mine = i == chosen;
                    let good = Some(i) == right;
                    view! {
                        <li
                            class="scenario__option"
                            class:scenario__option--chosen=mine
                            class:scenario__option--right=good
                        >
                            {(mine || good)
                                .then(|| {
                                    let mut marks = Vec::new();
                                    if mine {
                                        marks.push(t!("module.your_answer"));
                                    }
                                    if good {
                                        marks.push(t!("module.right_answer"));
                                    }
                                    view! { <span class="scenario__mark">{marks.join(" · ")}</span> }
                                })}
                            <span class="scenario__option-text">{c.text.as_str()}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <div
            class="feedback"
            class:feedback--right=is_correct
            class:feedback--wrong=!is_correct
            id=format!("fb-{qid}")
            tabindex="-1"
        >
            <p class="feedback__verdict">{if is_correct { t!("module.correct") } else { t!("module.wrong") }}</p>
            <p>{q.choices.get(chosen).map(|c| explanation(&c.feedback)).unwrap_or_default()}</p>
            {(!is_correct)
                .then(|| {
                    right
                        .and_then(|r| q.choices.get(r))
                        .map(|c| {
                            view! {
                                <p>
                                    <strong>{t!("module.the_right_one").replace("{text}", &c.text)}</strong>
                                </p>
                                <p>
                                    <span class="feedback__why">{t!("module.why")}</span>
                                    " "
                                    {explanation(&c.feedback)}
                                </p>
                            }
                        })
                })}
            {guide
                .map(|(href, title)| {
                    view! {
                        <p class="feedback__guide">
                            {t!("module.guide_link")} " " <a href=href>{title}</a>
                        </p>
                    }
                })}
            {(!q.source.is_empty()).then(|| view! { <SourceRefs sources=&q.source/> })}
        </div>
    }
}
