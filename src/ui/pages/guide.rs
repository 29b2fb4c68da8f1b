//! The Guide area: overview with search, a page per section, a page per
//! entry with its links both ways, the glossary and a page per term.

use crate::content::{da, Entry, Method};
use crate::model::format::counted;
use crate::model::sort::sort_by_cached_key;
use crate::ui::components::advice::{ItemAdvice, ToolNote};
use crate::ui::components::breadcrumbs::Breadcrumbs;
use crate::ui::components::page_title::PageTitle;
use crate::ui::components::search_box::SearchBox;
use crate::ui::components::source_ref::SourceRefs;
use crate::ui::pages::not_found::NotFound;
use crate::ui::route::Route;
use leptos::prelude::*;

fn entry_route(e: &Entry) -> Route {
    Route::GuideEntry {
        section: e.section.clone(),
        entry: e.id.clone(),
    }
}

/// "3. Title" for numbered entries, the title alone otherwise.
fn numbered_title(e: &Entry) -> String {
    match e.number {
        Some(n) => format!("{n}. {}", e.title),
        None => e.title.clone(),
    }
}

fn guide_crumb() -> (String, Option<String>) {
    (t!("nav.guide").to_string(), Some(Route::Guide.href()))
}

#[component]
pub fn GuideOverview() -> impl IntoView {
    let c = da();
    view! {
        <PageTitle text=t!("guide.title") lead=t!("guide.lead")/>
        <SearchBox/>
        <h2>{t!("guide.sections")}</h2>
        <ul class="section-cards plain-list">
            {c
                .guide
                .sections
                .iter()
                .map(|s| {
                    let count = c.entries_in(&s.id).count();
                    view! {
                        <li class="section-card">
                            <h3 class="h4">
                                <a href=Route::GuideSection(s.id.clone()).href()>{s.title.as_str()}</a>
                            </h3>
                            <p>{s.intro.as_str()}</p>
                            <p class="section-card__count">{counted(count, t!("guide.entry_count_one"), t!("guide.entry_count"))}</p>
                        </li>
                    }
                })
                .collect_view()}
            <li class="section-card">
                <h3 class="h4">
                    <a href=Route::Glossary.href()>{t!("glossary.title")}</a>
                </h3>
                <p>{t!("glossary.intro")}</p>
                <p class="section-card__count">
                    {t!("glossary.count").replace("{n}", &c.guide.glossary.len().to_string())}
                </p>
            </li>
        </ul>
    }
}

#[component]
pub fn SectionPage(id: String) -> impl IntoView {
    let c = da();
    let Some(section) = c.section(&id) else {
        return view! { <NotFound/> }.into_any();
    };
    view! {
        <Breadcrumbs trail=vec![guide_crumb(), (section.title.clone(), None)]/>
        <PageTitle text=section.title.clone() lead=section.intro.clone()/>
        <ol class="entry-list plain-list">
            {c
                .entries_in(&section.id)
                .map(|e| {
                    view! {
                        <li class="entry-list__item">
                            <h2 class="h3">
                                <a href=entry_route(e).href()>{numbered_title(e)}</a>
                            </h2>
                            <p>{e.summary.as_str()}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
        <SourceRefs sources=&section.source/>
    }
    .into_any()
}

#[component]
pub fn EntryPage(section: String, id: String) -> impl IntoView {
    let c = da();
    let Some(e) = c.entry(&id).filter(|e| e.section == section) else {
        return view! { <NotFound/> }.into_any();
    };
    let sec = c
        .section(&e.section)
        .expect("validated: every entry's section exists");
    let siblings: Vec<&Entry> = c.entries_in(&sec.id).collect();
    let pos = siblings.iter().position(|s| s.id == e.id).unwrap_or(0);
    let prev = pos.checked_sub(1).and_then(|i| siblings.get(i)).copied();
    let next = siblings.get(pos + 1).copied();
    let linked = c.linked_entries(&e.id);
    let terms = c.terms_for_entry(&e.id);
    let items: Vec<_> = c.items_for_entry(&e.id).collect();
    view! {
        <Breadcrumbs trail=vec![
            guide_crumb(),
            (sec.title.clone(), Some(Route::GuideSection(sec.id.clone()).href())),
            (e.title.clone(), None),
        ]/>
        <article class="guide-entry">
            <PageTitle text=numbered_title(e) lead=e.summary.clone()/>
            {e.body.iter().map(|p| view! { <p>{p.as_str()}</p> }).collect_view()}
            {(!e.points.is_empty())
                .then(|| {
                    view! { <ul class="guide-entry__points">{e.points.iter().map(|p| view! { <li>{p.as_str()}</li> }).collect_view()}</ul> }
                })}
            {(!e.facts.is_empty())
                .then(|| {
                    view! {
                        <dl class="facts">
                            {e.facts
                                .iter()
                                .map(|f| view! { <dt>{f.label.as_str()}</dt> <dd>{f.value.as_str()}</dd> })
                                .collect_view()}
                        </dl>
                    }
                })}
            {c.method_for_entry(&e.id).map(|m| view! { <MethodFacts m=m/> })}
            <ToolNote paragraphs=&e.tool_note/>
            <SourceRefs sources=&e.source/>
        </article>
        {(!items.is_empty())
            .then(|| {
                view! {
                    <section class="guide-links" aria-labelledby="items-heading">
                        <h2 id="items-heading" class="h3">{t!("guide.assessed_by")}</h2>
                        <p>{t!("guide.assessed_by_text")}</p>
                        <ul>
                            {items
                                .iter()
                                .map(|i| {
                                    let driver = c.driver(&i.driver).map(|d| d.name.as_str()).unwrap_or("");
                                    view! {
                                        <li class="assessed-item">
                                            {i.text().statement.as_str()}
                                            " "
                                            <span class="tag-driver">{driver}</span>
                                            <ItemAdvice item=i label=t!("guide.advice_when_low") class="assessed-item__advice"/>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
        {(!linked.is_empty())
            .then(|| {
                view! {
                    <section class="guide-links" aria-labelledby="related-heading">
                        <h2 id="related-heading" class="h3">{t!("guide.related")}</h2>
                        <ul>
                            {linked
                                .iter()
                                .map(|r| {
                                    let place = c.section(&r.section).map(|s| s.title.as_str()).unwrap_or("");
                                    view! {
                                        <li>
                                            <a href=entry_route(r).href()>{numbered_title(r)}</a>
                                            <span class="guide-links__place">" · " {place}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
        {(!terms.is_empty())
            .then(|| {
                view! {
                    <section class="guide-links" aria-labelledby="terms-heading">
                        <h2 id="terms-heading" class="h3">{t!("guide.terms")}</h2>
                        <ul class="term-chips plain-list">
                            {terms
                                .iter()
                                .map(|term| {
                                    view! {
                                        <li>
                                            <a href=Route::Term(term.id.clone()).href()>{term.term.as_str()}</a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
        <nav class="pager" aria-label=t!("guide.pager")>
            {prev
                .map(|p| {
                    view! {
                        <a class="pager__prev" href=entry_route(p).href()>
                            <span class="pager__label">{t!("guide.prev")}</span>
                            {numbered_title(p)}
                        </a>
                    }
                })}
            {next
                .map(|n| {
                    view! {
                        <a class="pager__next" href=entry_route(n).href()>
                            <span class="pager__label">{t!("guide.next")}</span>
                            {numbered_title(n)}
                        </a>
                    }
                })}
        </nav>
    }
    .into_any()
}

/// A method's structured facts: target group, duration, team, caseload, phases.
#[component]
fn MethodFacts(m: &'static Method) -> impl IntoView {
    view! {
        <section class="method-facts" aria-labelledby="method-facts-heading">
            <h2 id="method-facts-heading" class="h3">{m.name.as_str()} " – " {m.full_name.as_str()}</h2>
            <dl class="facts">
                <dt>{t!("method.target_group")}</dt>
                <dd>{m.target_group.as_str()}</dd>
                <dt>{t!("method.duration")}</dt>
                <dd>{m.duration.as_str()}</dd>
                <dt>{t!("method.supporter")}</dt>
                <dd>{m.supporter.as_str()}</dd>
                <dt>{t!("method.team")}</dt>
                <dd>{m.team.as_str()}</dd>
                <dt>{t!("method.caseload")}</dt>
                <dd>{m.caseload.as_str()}</dd>
            </dl>
            <h3 class="h4">{t!("method.characteristics")}</h3>
            <ul>{m.characteristics.iter().map(|ch| view! { <li>{ch.as_str()}</li> }).collect_view()}</ul>
            {(!m.phases.is_empty())
                .then(|| {
                    view! {
                        <h3 class="h4">{t!("method.phases")}</h3>
                        <ol class="phases plain-list">
                            {m.phases
                                .iter()
                                .map(|p| {
                                    view! {
                                        <li class="phase">
                                            <h4 class="h5">
                                                {t!("method.phase")} " " {p.number} ": " {p.title.as_str()} " ("
                                                {t!("method.months").replace("{n}", &p.months.to_string())} ")"
                                            </h4>
                                            <p>{p.description.as_str()}</p>
                                            <ul>{p.tasks.iter().map(|x| view! { <li>{x.as_str()}</li> }).collect_view()}</ul>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ol>
                    }
                })}
        </section>
    }
}

#[component]
pub fn GlossaryPage() -> impl IntoView {
    let c = da();
    let mut terms: Vec<_> = c.guide.glossary.iter().collect();
    sort_by_cached_key(&mut terms, |x| crate::model::search::fold(&x.term));
    view! {
        <Breadcrumbs trail=vec![guide_crumb(), (t!("glossary.title").to_string(), None)]/>
        <PageTitle text=t!("glossary.title") lead=t!("glossary.intro")/>
        <dl class="glossary">
            {terms
                .into_iter()
                .map(|term| {
                    view! {
                        <dt id=term.id.clone()>
                            <a href=Route::Term(term.id.clone()).href()>{term.term.as_str()}</a>
                        </dt>
                        <dd>{term.definition.as_str()}</dd>
                    }
                })
                .collect_view()}
        </dl>
    }
}

#[component]
pub fn TermPage(id: String) -> impl IntoView {
    let c = da();
    let Some(term) = c.term(&id) else {
        return view! { <NotFound/> }.into_any();
    };
    let used_in: Vec<&Entry> = c
        .guide
        .entries
        .iter()
        .filter(|e| e.terms.contains(&term.id) || term.related.contains(&e.id))
        .collect();
    view! {
        <Breadcrumbs trail=vec![
            guide_crumb(),
            (t!("glossary.title").to_string(), Some(Route::Glossary.href())),
            (term.term.clone(), None),
        ]/>
        <PageTitle text=term.term.clone()/>
        <p class="font-lead">{term.definition.as_str()}</p>
        {(!term.aliases.is_empty())
            .then(|| view! { <p>{t!("glossary.aliases")} " " {term.aliases.join(", ")}</p> })}
        <SourceRefs sources=&term.source/>
        {(!used_in.is_empty())
            .then(|| {
                view! {
                    <section class="guide-links" aria-labelledby="used-heading">
                        <h2 id="used-heading" class="h3">{t!("glossary.used_in")}</h2>
                        <ul>
                            {used_in
                                .iter()
                                .map(|e| view! { <li><a href=entry_route(e).href()>{numbered_title(e)}</a></li> })
                                .collect_view()}
                        </ul>
                    </section>
                }
            })}
    }
    .into_any()
}
