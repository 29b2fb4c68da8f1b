//! Consensus: per item the group records the agreed rating and a decision
//! note, seeing the spread of individual ratings; the result becomes an
//! ordinary assessment (results, gaps, action plan and report work on it).

use super::merged::mean_of;
use super::{crumbs, missing, SeminarTabs};
use crate::content::da;
use crate::model::seminar::{item_stats, to_assessment};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::rating_item::RatingItem;
use crate::ui::route::Route;
use crate::ui::router::navigate;
use crate::ui::state::{new_id, now, today, use_state};
use leptos::prelude::*;

#[component]
pub fn SeminarConsensus(id: String) -> impl IntoView {
    let state = use_state();
    let c = da();
    let Some(first) = state.seminar_now(&id) else {
        return missing();
    };
    let stats = item_stats(&first);
    let id_save = id.clone();
    let save = move |_| {
        let Some(s) = state.seminar(&id_save) else {
            return;
        };
        let aid = s
            .assessment
            .clone()
            .filter(|a| state.has(a))
            .unwrap_or_else(new_id);
        let mut a = to_assessment(&s, c, aid.clone(), s.def.title.clone(), today(), now());
        if let Some(old) = state
            .assessments
            .with_untracked(|v| v.iter().find(|x| x.id == aid).cloned())
        {
            // Keep the action plan and the series of an assessment made before.
            a.actions = old.actions;
            a.series = old.series;
            a.created = old.created;
        }
        state.import(vec![a]);
        state.change_seminar(&s.def.id, |s| s.assessment = Some(aid.clone()));
        navigate(&Route::Results(aid));
    };
    let agreed_id = id.clone();
    let agreed = Memo::new(move |_| {
        state
            .seminar(&agreed_id)
            .map(|s| s.consensus.values().filter(|x| x.rating.is_some()).count())
            .unwrap_or(0)
    });
    let n_items = first.def.items.len();
    view! {
        <Breadcrumbs trail=crumbs(&first, Some(t!("seminar.tab_consensus")))/>
        <PageTitle text=format!("{} – {}", t!("seminar.tab_consensus"), first.def.title) lead=t!("seminar.consensus_lead")/>
        <SeminarTabs id=id.clone() current="consensus"/>
        <p class="answer-progress">
            <strong>{move || t!("seminar.agreed_n").replace("{n}", &agreed.get().to_string()).replace("{total}", &n_items.to_string())}</strong>
        </p>
        <div class="rating-items">
            {stats
                .into_iter()
                .enumerate()
                .filter_map(|(n, st)| {
                    let item = c.item(&st.item)?;
                    let item_id = item.id.as_str();
                    let (i1, i2, i3, i4) = (id.clone(), id.clone(), id.clone(), id.clone());
                    let rating = Signal::derive(move || {
                        state.seminar(&i1).and_then(|s| s.consensus.get(item_id).and_then(|x| x.rating))
                    });
                    let note = Signal::derive(move || {
                        state.seminar(&i2).and_then(|s| s.consensus.get(item_id).map(|x| x.note.clone())).unwrap_or_default()
                    });
                    let on_rate = Callback::new(move |r| {
                        state.change_seminar(&i3, |s| {
                            let note = s.consensus.get(item_id).map(|x| x.note.clone()).unwrap_or_default();
                            s.set_consensus(item_id, r, &note, now());
                        });
                    });
                    let on_note = Callback::new(move |text: String| {
                        state.change_seminar(&i4, |s| {
                            let r = s.consensus.get(item_id).and_then(|x| x.rating);
                            s.set_consensus(item_id, r, &text, now());
                        });
                    });
                    let counts = st.counts;
                    Some(view! {
                        <div class="consensus-item">
                            <p class="consensus-item__stats">
                                {t!("seminar.individual")} " "
                                {t!("seminar.mean")} " " {mean_of(&st)} " · "
                                {(1..=4).map(|k| format!("{k}: {}", counts[k - 1])).collect::<Vec<_>>().join(", ")}
                                {format!(", {}: {}", t!("scale.dont_know"), counts[4])}
                                {st.disagreement.then(|| view! { " " <span class="badge badge-warning">{t!("seminar.disagree")}</span> })}
                            </p>
                            <RatingItem item=item number=n + 1 rating=rating note=note on_rate=on_rate on_note=on_note note_label=t!("seminar.decision_note")/>
                        </div>
                    })
                })
                .collect_view()}
        </div>
        <section class="consensus-save" aria-labelledby="save-heading">
            <h2 id="save-heading">{t!("seminar.save_title")}</h2>
            <p>{t!("seminar.save_text")}</p>
            <button type="button" class="button button-primary" on:click=save>{t!("seminar.save_button")}</button>
        </section>
    }
    .into_any()
}
