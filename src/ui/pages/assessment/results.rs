//! Results, in the order a leader reads them: the summary (level, the five
//! drivers as a chart with their numbers, coverage), "Start her", the other
//! gaps per driver in collapsed groups, the strengths, and then the level's
//! characteristics and the sections' scores; a block per method check
//! (`method_results`) after the strengths. The pieces are reused by the print
//! report.

use super::gap_views::{planned_items, GapGroups, PlanLink, StartHere, Strengths};
use super::method_results::MethodChecks;
use super::{coverage_text, crumbs, driver_name, mean_text, missing, percent_text, section_title};
use crate::content::da;
use crate::model::assessment::Assessment;
use crate::model::compare::compare;
use crate::model::format::da_fixed as da_decimal;
use crate::model::priorities::{gap_groups, start_here, strengths};
use crate::model::scoring::{results, LevelOutcome, Results, Score};
use crate::model::sorted_map::SortedMap;
use crate::model::summary::previous;
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::spider_chart::{Series, SpiderChart};
use crate::ui::route::Route;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn ResultsPage(id: String) -> impl IntoView {
    let state = use_state();
    let Some(first) = state.assessment_now(&id) else {
        return missing();
    };
    let id2 = id.clone();
    // What the page is built from, without the plan: adding an action changes
    // only the buttons (through `planned`), so open groups stay open and focus
    // stays where it was.
    let basis = Memo::new(move |_| {
        state.get(&id2).map(|mut a| {
            a.actions.clear();
            a.last_item = None;
            a
        })
    });
    let plan = PlanLink {
        assessment: id.clone(),
        planned: planned_items(state, id.clone()),
    };
    view! {
        <Breadcrumbs trail=crumbs(&first, Some(t!("results.title")))/>
        <PageTitle text=format!("{} – {}", t!("results.title"), first.meta.name)/>
        {move || {
            let Some(a) = basis.get() else { return missing() };
            let c = da();
            let r = results(c, &a);
            let before = state.assessments.with_untracked(|v| previous(&a, v).cloned());
            let start = start_here(c, &a);
            let groups = gap_groups(c, &a, &start);
            let start_notes = start.iter().map(|g| a.note(&g.item.id).to_string()).collect();
            // Method checks stand apart (model::scoring): an assessment of method
            // checks only has no level, drivers or common gaps to show.
            let common = r.has_common_part();
            view! {
                {common.then(|| view! {
                    <Summary a=a.clone() r=r.clone() before=before/>
                    <StartHere list=start notes=start_notes plan=Some(plan.clone())/>
                    <GapGroups groups=groups notes=notes_of(&a) plan=plan.clone()/>
                    <Strengths list=strengths(c, &a)/>
                })}
                {(!common).then(|| view! { <p class="results-methods-only">{t!("mcheck.methods_only")}</p> })}
                <MethodChecks a=a.clone() r=r.clone() plan=Some(plan.clone())/>
                {common.then(|| view! {
                    <details class="results-more">
                        <summary>{t!("summary.more")}</summary>
                        <LevelDetails r=r.clone()/>
                        <SectionResults r=r.clone()/>
                    </details>
                })}
                <p class="no-print results-links">
                    <a class="button button-primary" href=Route::Plan(a.id.clone()).href()>{t!("results.to_plan")}</a>
                    " "
                    <a class="button button-secondary" href=Route::Report(a.id.clone()).href()>{t!("results.to_report")}</a>
                </p>
            }
            .into_any()
        }}
    }
    .into_any()
}

/// Every item's note, by item id (only items with one).
pub fn notes_of(a: &Assessment) -> SortedMap<String, String> {
    let mut notes = SortedMap::new();
    for (k, x) in a.answers.iter().filter(|(_, x)| !x.note.is_empty()) {
        notes.insert(k.clone(), x.note.clone());
    }
    notes
}

/// "+6 %-point", "−3 %-point", "uændret" or "–".
pub fn delta_text(d: Option<f64>) -> String {
    match d {
        Some(d) if d > 0.05 => format!("+{} %-point", da_decimal(d, 0)),
        Some(d) if d < -0.05 => format!("−{} %-point", da_decimal(-d, 0)),
        Some(_) => t!("compare.unchanged").to_string(),
        None => "–".into(),
    }
}

/// The summary: the level with its one-sentence reading, how much is scored,
/// the change since the previous measurement (a follow-up), and the drivers as
/// a chart with their percentages beside their table.
#[component]
pub fn Summary(a: Assessment, r: Results, before: Option<Assessment>) -> impl IntoView {
    let c = da();
    let cmp = before.as_ref().map(|b| compare(c, b, &a));
    let since = before.as_ref().zip(cmp.as_ref()).map(|(b, x)| {
        let change = x.overall_after.zip(x.overall_before).map(|(a, b)| a - b);
        (
            super::da_date(&b.meta.date),
            delta_text(change),
            x.drivers
                .iter()
                .map(|d| delta_text(d.delta()))
                .collect::<Vec<_>>(),
        )
    });
    let (label, sentence, level_class) = match &r.level {
        LevelOutcome::Level(id) => {
            let l = c.level(id);
            (
                l.map(|l| l.label.clone()).unwrap_or_default(),
                l.map(|l| l.summary.clone()).unwrap_or_default(),
                id.clone(),
            )
        }
        LevelOutcome::TooLittleCoverage { coverage, needed } => (
            t!("results.no_level").to_string(),
            t!("results.no_level_text")
                .replace("{coverage}", &da_decimal(*coverage, 0))
                .replace("{needed}", &needed.to_string()),
            "none".to_string(),
        ),
    };
    let o = r.overall;
    let scored = t!("summary.scored")
        .replace("{n}", &o.scored.to_string())
        .replace("{total}", &o.scorable().to_string())
        .replace("{percent}", &da_decimal(o.coverage_percent(), 0));
    let overall = t!("summary.overall")
        .replace("{percent}", &percent_text(o.percent()))
        .replace("{mean}", &mean_text(&o));
    let change = since.as_ref().map(|(date, _, v)| {
        (
            t!("summary.change_column").replace("{date}", date),
            v.clone(),
        )
    });
    view! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="summary__title">{t!("summary.title")}</h2>
            <div class="summary__grid">
                <div class=format!("summary__level level-box level-box--{level_class}")>
                    <p class="level-box__kicker">{t!("results.level_kicker")}</p>
                    <h3 class="level-box__label">{label}</h3>
                    <p class="level-box__summary">{sentence}</p>
                    <p class="summary__numbers">{overall} " " {scored}</p>
                    {since
                        .as_ref()
                        .map(|(date, d, _)| {
                            view! { <p class="summary__since">{t!("summary.since").replace("{date}", date).replace("{change}", d)}</p> }
                        })}
                    <p class="level-box__explanation">{t!("summary.reading")}</p>
                </div>
                <div class="summary__drivers">
                    <DriverChart r=r.clone() name=a.meta.name.clone() with_percent=true/>
                    <DriverTable r=r.clone() change=change/>
                </div>
            </div>
        </section>
    }
}

/// What the evaluation says about the level, and the tool's full explanation.
#[component]
pub fn LevelDetails(r: Results) -> impl IntoView {
    let c = da();
    let entry = match &r.level {
        LevelOutcome::Level(id) => c.level(id).and_then(|l| c.level_entry(&l.guide)),
        LevelOutcome::TooLittleCoverage { .. } => None,
    };
    view! {
        <div class="level-details">
            {entry
                .map(|e| {
                    view! {
                        <h3 class="h5">{t!("results.characteristics")}</h3>
                        <ul>{e.points.iter().map(|p| view! { <li>{p.as_str()}</li> }).collect_view()}</ul>
                        <p class="no-print">
                            <a href=Route::GuideEntry { section: e.section.clone(), entry: e.id.clone() }.href()>
                                {t!("results.read_level")}
                            </a>
                        </p>
                    }
                })}
            <p class="level-box__explanation">{c.items.scoring.explanation.as_str()}</p>
        </div>
    }
}

/// The drivers' table, with the change since the previous measurement when given.
#[component]
pub fn DriverTable(r: Results, change: Option<(String, Vec<String>)>) -> impl IntoView {
    let rows = r
        .drivers
        .iter()
        .map(|(d, s)| (driver_name(d), *s))
        .collect();
    view! { <ScoreTable caption=t!("results.drivers_table") head=t!("results.driver") rows=rows change=change/> }
}

/// The scores per included section.
#[component]
pub fn SectionResults(r: Results) -> impl IntoView {
    let rows = r
        .sections
        .iter()
        .map(|(s, sc)| (section_title(s), *sc))
        .collect();
    view! { <ScoreTable caption=t!("results.sections_table") head=t!("results.section") rows=rows change=None/> }
}

/// The five drivers as a spider chart, their percentages under the names if asked.
#[component]
pub fn DriverChart(
    r: Results,
    name: String,
    #[prop(optional)] with_percent: bool,
) -> impl IntoView {
    let axes: Vec<String> = r.drivers.iter().map(|(d, _)| driver_name(d)).collect();
    let values: Vec<Option<f64>> = r.drivers.iter().map(|(_, s)| s.percent()).collect();
    let notes = if with_percent {
        values.iter().map(|v| percent_text(*v)).collect()
    } else {
        Vec::new()
    };
    view! { <SpiderChart axes=axes series=vec![Series { name, values }] title=t!("results.chart_title") id="results-chart" notes=notes/> }
}

/// Mean, percentage of the maximum and coverage per row.
#[component]
pub fn ScoreTable(
    #[prop(into)] caption: String,
    #[prop(into)] head: String,
    rows: Vec<(String, Score)>,
    /// An extra column: its heading and one text per row.
    change: Option<(String, Vec<String>)>,
) -> impl IntoView {
    let (change_head, changes) = match change {
        Some((h, v)) => (Some(h), v),
        None => (None, Vec::new()),
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=caption.clone()>
            <table class="table table--compact score-table">
                <caption>{caption.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{head}</th>
                        <th scope="col" class="num">{t!("results.mean")}</th>
                        <th scope="col" class="num">{t!("results.percent")}</th>
                        <th scope="col">{t!("results.coverage")}</th>
                        {change_head.map(|h| view! { <th scope="col" class="num">{h}</th> })}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .enumerate()
                        .map(|(n, (name, s))| {
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td class="num">{mean_text(&s)}</td>
                                    <td class="num">{percent_text(s.percent())}</td>
                                    <td>{coverage_text(&s)}</td>
                                    {changes.get(n).map(|x| view! { <td class="num">{x.clone()}</td> })}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
