//! The merged view: per item the distribution of ratings, mean, spread and
//! Ved ikke; disagreement flagged; sort by disagreement or mean; roles side
//! by side per driver; the group's spider chart.

use super::{crumbs, missing, SeminarTabs};
use crate::content::da;
use crate::model::format::{counted, da_fixed, fixed};
use crate::model::rating::Rating;
use crate::model::seminar::{
    group_driver_percent, item_stats, role_driver_means, sort_by_disagreement, sort_by_mean,
    ItemStats,
};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::spider_chart::{Series, SpiderChart};
use crate::ui::pages::assessment::item_tag;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// A small bar chart of how many gave each rating, with the numbers as text.
#[component]
pub fn Distribution(stats: ItemStats, #[prop(optional)] large: bool) -> impl IntoView {
    let max = stats.counts.iter().copied().max().unwrap_or(0).max(1);
    view! {
        <ul class="plain-list dist" class:dist--large=large>
            {Rating::ALL
                .iter()
                .zip(stats.counts)
                .map(|(r, n)| {
                    let w = n as f64 / max as f64 * 100.0;
                    view! {
                        <li class="dist__row">
                            <span class="dist__label">{r.label()}</span>
                            <svg class="dist__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                <rect class=format!("dist__fill dist__fill--{}", r.code()) width=fixed(w, 1) height="10"></rect>
                            </svg>
                            <span class="dist__n">{n}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// "2,5" or "–".
pub fn mean_of(s: &ItemStats) -> String {
    s.mean.map(|m| da_fixed(m, 1)).unwrap_or_else(|| "–".into())
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Guide,
    Disagreement,
    Mean,
}

#[component]
pub fn SeminarMerged(id: String) -> impl IntoView {
    let state = use_state();
    let c = da();
    let Some(first) = state.seminar_now(&id) else {
        return missing();
    };
    let order = RwSignal::new(Order::Guide);
    let id2 = id.clone();
    let seminar = Memo::new(move |_| state.seminar(&id2));
    let stats = Memo::new(move |_| {
        let Some(s) = seminar.get() else {
            return Vec::new();
        };
        let mut v = item_stats(&s);
        match order.get() {
            Order::Guide => {}
            Order::Disagreement => sort_by_disagreement(&mut v),
            Order::Mean => sort_by_mean(&mut v),
        }
        v
    });
    let axes: Vec<String> = c.items.drivers.iter().map(|d| d.name.clone()).collect();
    view! {
        <Breadcrumbs trail=crumbs(&first, Some(t!("seminar.tab_merged")))/>
        <PageTitle text=format!("{} – {}", t!("seminar.tab_merged"), first.def.title)/>
        <SeminarTabs id=id.clone() current="merged"/>
        {move || {
            let Some(s) = seminar.get() else { return missing() };
            if s.responses.is_empty() {
                return view! { <p class="empty-state">{t!("seminar.no_answers_yet")}</p> }.into_any();
            }
            let disagree = item_stats(&s).iter().filter(|x| x.disagreement).count();
            let roles = role_driver_means(&s, c);
            let group = group_driver_percent(&s, c);
            view! {
                <p class="merged-summary">
                    {counted(s.responses.len(), t!("seminar.summary_one"), t!("seminar.summary"))
                        .replace("{items}", &s.def.items.len().to_string())
                        .replace("{d}", &disagree.to_string())}
                </p>
                <h2>{t!("seminar.group_title")}</h2>
                <div class="results-chart">
                    <SpiderChart
                        axes=axes.clone()
                        series=vec![Series { name: t!("seminar.group_mean").to_string(), values: group.clone() }]
                        title=t!("seminar.group_chart")
                        id="group-chart"
                    />
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t!("seminar.roles_caption")>
                        <table class="table table--compact">
                            <caption>{t!("seminar.roles_caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t!("seminar.col_role")}</th>
                                    <th scope="col" class="num">{t!("seminar.col_n")}</th>
                                    {c.items.drivers.iter().map(|d| view! { <th scope="col" class="num">{d.name.clone()}</th> }).collect_view()}
                                </tr>
                            </thead>
                            <tbody>
                                {roles
                                    .into_iter()
                                    .map(|r| {
                                        view! {
                                            <tr>
                                                <th scope="row">{r.role.clone().unwrap_or_else(|| t!("seminar.no_role").to_string())}</th>
                                                <td class="num">{r.n}</td>
                                                {r.drivers
                                                    .iter()
                                                    .map(|m| view! { <td class="num">{m.map(|m| da_fixed(m, 1)).unwrap_or_else(|| "–".into())}</td> })
                                                    .collect_view()}
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                        <p class="form-hint">{t!("seminar.roles_hint_table")}</p>
                    </div>
                </div>
            }
            .into_any()
        }}
        <h2>{t!("seminar.items_title")}</h2>
        <div class="form-group">
            <label class="form-label" for="order">{t!("seminar.order")}</label>
            <select
                class="form-select"
                id="order"
                on:change=move |ev| {
                    order.set(match event_target_value(&ev).as_str() {
                        "uenighed" => Order::Disagreement,
                        "gennemsnit" => Order::Mean,
                        _ => Order::Guide,
                    })
                }
            >
                <option value="guide">{t!("seminar.order_guide")}</option>
                <option value="uenighed">{t!("seminar.order_disagreement")}</option>
                <option value="gennemsnit">{t!("seminar.order_mean")}</option>
            </select>
        </div>
        <ol class="plain-list merged-items">
            <For each=move || stats.get() key=|s| (s.item.clone(), s.counts, s.mean.map(f64::to_bits)) let:st>
                {
                    let item = c.item(&st.item);
                    let statement = item.map(|i| i.text().statement.clone()).unwrap_or_default();
                    let driver = item.map(item_tag).unwrap_or_default();
                    view! {
                        <li class="merged-item" class:merged-item--disagree=st.disagreement>
                            <p class="merged-item__meta">
                                <span class="tag-driver">{driver}</span>
                                {st.disagreement.then(|| view! { " " <span class="badge badge-warning">{t!("seminar.disagree")}</span> })}
                            </p>
                            <h3 class="h5">{statement}</h3>
                            <div class="merged-item__body">
                                <Distribution stats=st.clone()/>
                                <dl class="merged-item__numbers">
                                    <dt>{t!("seminar.mean")}</dt>
                                    <dd>{mean_of(&st)}</dd>
                                    <dt>{t!("seminar.spread")}</dt>
                                    <dd>
                                        {match (st.min, st.max) {
                                            (Some(a), Some(b)) => format!("{a}–{b}"),
                                            _ => "–".into(),
                                        }}
                                    </dd>
                                    <dt>{t!("scale.dont_know")}</dt>
                                    <dd>{st.dont_know}</dd>
                                </dl>
                            </div>
                        </li>
                    }
                }
            </For>
        </ol>
    }
    .into_any()
}
