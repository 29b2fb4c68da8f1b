//! Results: the anchoring level with the tool's explanation, the spider chart
//! with its table, scores per driver and section, a block per method check
//! (`method_results`), and the gaps with the guide's advice (each can become an
//! action). The pieces are reused by the print report.

use super::method_results::MethodChecks;
use super::{
    coverage_text, crumbs, driver_name, item_tag, mean_text, missing, percent_text, section_title,
};
use crate::content::{da, t};
use crate::model::assessment::{Action, ActionStatus, Assessment};
use crate::model::gaps::{gaps, Gap};
use crate::model::scoring::{da_decimal, results, LevelOutcome, Results, Score};
use crate::ui::components::advice::ItemAdvice;
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::spider_chart::{Series, SpiderChart};
use crate::ui::route::Route;
use crate::ui::state::{new_id, use_state};
use leptos::prelude::*;

#[component]
pub fn ResultsPage(id: String) -> impl IntoView {
    let state = use_state();
    let Some(first) = state.assessment_now(&id) else {
        return missing();
    };
    let id2 = id.clone();
    let current = Memo::new(move |_| state.get(&id2));
    view! {
        <Breadcrumbs trail=crumbs(&first, Some(t("results.title")))/>
        <PageTitle text=format!("{} – {}", t("results.title"), first.meta.name)/>
        {move || {
            let Some(a) = current.get() else { return missing() };
            let r = results(da(), &a);
            let common = r.has_common_part();
            view! {
                {common.then(|| view! {
                    <LevelBox r=r.clone()/>
                    <h2>{t("results.drivers_title")}</h2>
                    <DriverResults r=r.clone() name=a.meta.name.clone()/>
                    <h2>{t("results.sections_title")}</h2>
                    <SectionResults r=r.clone()/>
                    <p class="results-overall">
                        {t("results.overall")} " " <strong>{mean_text(&r.overall)}</strong> " ("
                        {percent_text(r.overall.percent())} ", " {coverage_text(&r.overall)} ")"
                    </p>
                })}
                {(!common).then(|| view! { <p class="results-methods-only">{t("mcheck.methods_only")}</p> })}
                <MethodChecks a=a.clone() r=r.clone() interactive=true/>
                {common.then(|| view! { <GapList a=a.clone() interactive=true/> })}
                <p class="no-print">
                    <a class="button button-primary" href=Route::Plan(a.id.clone()).href()>{t("results.to_plan")}</a>
                    " "
                    <a class="button button-secondary" href=Route::Report(a.id.clone()).href()>{t("results.to_report")}</a>
                </p>
            }
            .into_any()
        }}
    }
    .into_any()
}

/// The anchoring level, its explanation and the evaluation's characteristics.
#[component]
pub fn LevelBox(r: Results) -> impl IntoView {
    let c = da();
    match r.level {
        LevelOutcome::Level(id) => {
            let level = c.level(&id);
            let entry = level.and_then(|l| c.entry(&l.guide));
            view! {
                <section class=format!("level-box level-box--{id}") aria-labelledby="level-heading">
                    <p class="level-box__kicker">{t("results.level_kicker")}</p>
                    <h2 id="level-heading" class="level-box__label">{level.map(|l| l.label.clone())}</h2>
                    <p class="level-box__summary">{level.map(|l| l.summary.clone())}</p>
                    {entry
                        .map(|e| {
                            view! {
                                <h3 class="h5">{t("results.characteristics")}</h3>
                                <ul>{e.points.iter().map(|p| view! { <li>{p.as_str()}</li> }).collect_view()}</ul>
                                <p class="no-print">
                                    <a href=Route::GuideEntry { section: e.section.clone(), entry: e.id.clone() }.href()>
                                        {t("results.read_level")}
                                    </a>
                                </p>
                            }
                        })}
                    <p class="level-box__explanation">{c.items.scoring.explanation.as_str()}</p>
                </section>
            }
            .into_any()
        }
        LevelOutcome::TooLittleCoverage { coverage, needed } => view! {
            <section class="level-box level-box--none" aria-labelledby="level-heading">
                <h2 id="level-heading" class="level-box__label">{t("results.no_level")}</h2>
                <p>
                    {t("results.no_level_text")
                        .replace("{coverage}", &da_decimal(coverage, 0))
                        .replace("{needed}", &needed.to_string())}
                </p>
                <p class="level-box__explanation">{c.items.scoring.explanation.as_str()}</p>
            </section>
        }
        .into_any(),
    }
}

/// The drivers' spider chart beside their table.
#[component]
pub fn DriverResults(r: Results, name: String) -> impl IntoView {
    let rows = r
        .drivers
        .iter()
        .map(|(d, s)| (driver_name(d), *s))
        .collect();
    view! {
        <div class="results-chart">
            <DriverChart r=r name=name/>
            <ScoreTable caption=t("results.drivers_table") head=t("results.driver") rows=rows/>
        </div>
    }
}

/// The scores per included section.
#[component]
pub fn SectionResults(r: Results) -> impl IntoView {
    let rows = r
        .sections
        .iter()
        .map(|(s, sc)| (section_title(s), *sc))
        .collect();
    view! { <ScoreTable caption=t("results.sections_table") head=t("results.section") rows=rows/> }
}

/// The five drivers as a spider chart.
#[component]
pub fn DriverChart(r: Results, name: String) -> impl IntoView {
    let axes: Vec<String> = r.drivers.iter().map(|(d, _)| driver_name(d)).collect();
    let values: Vec<Option<f64>> = r.drivers.iter().map(|(_, s)| s.percent()).collect();
    view! { <SpiderChart axes=axes series=vec![Series { name, values }] title=t("results.chart_title") id="results-chart"/> }
}

/// Mean, percentage of the maximum and coverage per row.
#[component]
pub fn ScoreTable(
    #[prop(into)] caption: String,
    #[prop(into)] head: String,
    rows: Vec<(String, Score)>,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=caption.clone()>
            <table class="table table--compact score-table">
                <caption>{caption.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{head}</th>
                        <th scope="col" class="num">{t("results.mean")}</th>
                        <th scope="col" class="num">{t("results.percent")}</th>
                        <th scope="col">{t("results.coverage")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|(name, s)| {
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td class="num">{mean_text(&s)}</td>
                                    <td class="num">{percent_text(s.percent())}</td>
                                    <td>{coverage_text(&s)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The gaps of the common sections with the guide's advice; on screen each can
/// become an action. The method checks' gaps are listed in their own blocks.
#[component]
pub fn GapList(a: Assessment, interactive: bool) -> impl IntoView {
    let c = da();
    let list: Vec<Gap> = gaps(c, &a)
        .into_iter()
        .filter(|g| !c.is_method_check(&g.item.section))
        .collect();
    view! {
        <section class="gaps" aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">{t("gaps.title")}</h2>
            <p>{t("gaps.lead")}</p>
            {list.is_empty().then(|| view! { <p class="gaps__none">{t("gaps.none")}</p> })}
            <ol class="plain-list gap-list">
                {list
                    .into_iter()
                    .map(|g| view! { <GapItem a=a.clone() gap=g interactive=interactive sub=false/> })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// One gap: its driver (or method), rating, statement, note, the guide's
/// advice, the tool's suggestion if any, and on screen "Tilføj til
/// handleplanen". `sub` puts the statement one heading level lower (h4, in a
/// method check's block).
#[component]
pub fn GapItem(a: Assessment, gap: Gap<'static>, interactive: bool, sub: bool) -> impl IntoView {
    let state = use_state();
    let c = da();
    let g = gap;
    let item = g.item;
    let guide = item.guide.first().and_then(|e| c.entry(e));
    let note = a.note(&item.id).to_string();
    let id = a.id.clone();
    let add = move |_| {
        state.change(&id, |a, now| {
            a.add_action(
                Action {
                    id: new_id(),
                    title: item.statement.clone(),
                    responsible: String::new(),
                    deadline: None,
                    status: ActionStatus::NotStarted,
                    item: Some(item.id.clone()),
                    order: 0,
                    deleted: false,
                    at: now,
                },
                now,
            )
        })
    };
    let statement = if sub {
        view! { <h4 class="h5 gap__statement">{item.statement.as_str()}</h4> }.into_any()
    } else {
        view! { <h3 class="h5 gap__statement">{item.statement.as_str()}</h3> }.into_any()
    };
    view! {
        <li class="gap">
            <p class="gap__meta">
                <span class="tag-driver">{item_tag(item)}</span>
                " "
                <span class=format!("rating-badge rating-badge--{}", g.rating.code())>
                    {t(g.rating.label_key())}
                </span>
            </p>
            {statement}
            {(!note.is_empty())
                .then(|| view! { <p class="gap__note">{t("gaps.your_note")} " " {note.clone()}</p> })}
            <ItemAdvice item=item label=t("gaps.advice") class="gap__advice"/>
            {guide
                .map(|e| {
                    view! {
                        <p class="no-print">
                            {t("rate.guide_link")} " "
                            <a href=Route::GuideEntry { section: e.section.clone(), entry: e.id.clone() }.href()>
                                {e.title.as_str()}
                            </a>
                        </p>
                    }
                })}
            {interactive
                .then(|| {
                    if g.has_action {
                        view! { <p class="gap__planned no-print">{t("gaps.in_plan")}</p> }.into_any()
                    } else {
                        view! {
                            <button type="button" class="button button-secondary no-print" on:click=add>
                                {t("gaps.add_action")}
                                <span class="sr-only">": " {item.statement.as_str()}</span>
                            </button>
                        }
                            .into_any()
                    }
                })}
        </li>
    }
}
