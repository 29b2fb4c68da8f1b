//! The app's addresses. Routes live in the URL fragment (`#/guide/principper`),
//! so any static file server serves every deep link without rewrite rules, and
//! nothing after `#` ever reaches a server.

/// Every page of the app.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(strum::EnumIter))]
pub enum Route {
    Home,
    Guide,
    GuideSection(String),
    GuideEntry {
        section: String,
        entry: String,
    },
    Glossary,
    Term(String),
    Assessments,
    NewAssessment,
    /// An assessment's overview: groups, progress, links.
    Assessment(String),
    /// Answering one group; `item` is focused when given.
    Answer {
        id: String,
        group: String,
        item: Option<String>,
    },
    Results(String),
    Plan(String),
    Report(String),
    Compare {
        id: String,
        other: Option<String>,
    },
    EditAssessment(String),
    FollowUp(String),
    Seminar,
    NewSeminar,
    /// The facilitator's page: invitation, collecting answers, participants.
    SeminarHome(String),
    SeminarMerged(String),
    SeminarPresent(String),
    SeminarConsensus(String),
    /// A participant opening an invitation (the seminar is in the payload).
    Participate(String),
    /// An answer link opened in the facilitator's browser.
    SeminarAnswer(String),
    Learning,
    LearningModule(String),
    /// A printable summary of the learning progress for a team meeting.
    LearningSummary,
    Methods,
    MethodsCompare,
    MethodsChoice,
    MethodsCti,
    MethodsCapacity,
    MyData,
    About,
    NotFound(String),
}

/// The guide's glossary lives at `#/guide/ordliste`; no section may take that id.
pub const GLOSSARY: &str = "ordliste";

impl Route {
    /// Reads a fragment such as `#/guide/principper` (the `#` is optional).
    /// `None` for fragments that are not routes (e.g. an in-page `#top`).
    pub fn parse(fragment: &str) -> Option<Route> {
        let f = fragment.strip_prefix('#').unwrap_or(fragment);
        if f.is_empty() || f == "/" {
            return Some(Route::Home);
        }
        let path = f.strip_prefix('/')?;
        let path = path.split(['?']).next().unwrap_or("");
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let own = |s: &str| s.to_string();
        Some(match parts.as_slice() {
            [] => Route::Home,
            ["guide"] => Route::Guide,
            ["guide", GLOSSARY] => Route::Glossary,
            ["guide", GLOSSARY, term] => Route::Term(own(term)),
            ["guide", section] => Route::GuideSection(own(section)),
            ["guide", section, entry] => Route::GuideEntry {
                section: own(section),
                entry: own(entry),
            },
            ["selvevaluering"] => Route::Assessments,
            ["selvevaluering", "ny"] => Route::NewAssessment,
            ["selvevaluering", id] => Route::Assessment(own(id)),
            ["selvevaluering", id, "svar", group] => Route::Answer {
                id: own(id),
                group: own(group),
                item: None,
            },
            ["selvevaluering", id, "svar", group, item] => Route::Answer {
                id: own(id),
                group: own(group),
                item: Some(own(item)),
            },
            ["selvevaluering", id, "resultat"] => Route::Results(own(id)),
            ["selvevaluering", id, "handleplan"] => Route::Plan(own(id)),
            ["selvevaluering", id, "rapport"] => Route::Report(own(id)),
            ["selvevaluering", id, "sammenlign"] => Route::Compare {
                id: own(id),
                other: None,
            },
            ["selvevaluering", id, "sammenlign", other] => Route::Compare {
                id: own(id),
                other: Some(own(other)),
            },
            ["selvevaluering", id, "rediger"] => Route::EditAssessment(own(id)),
            ["selvevaluering", id, "opfoelgning"] => Route::FollowUp(own(id)),
            ["seminar"] => Route::Seminar,
            ["seminar", "ny"] => Route::NewSeminar,
            ["seminar", "deltag", payload] => Route::Participate(own(payload)),
            ["seminar", "svar", payload] => Route::SeminarAnswer(own(payload)),
            ["seminar", id] => Route::SeminarHome(own(id)),
            ["seminar", id, "samlet"] => Route::SeminarMerged(own(id)),
            ["seminar", id, "praesentation"] => Route::SeminarPresent(own(id)),
            ["seminar", id, "enighed"] => Route::SeminarConsensus(own(id)),
            ["laering"] => Route::Learning,
            ["laering", "opsummering"] => Route::LearningSummary,
            ["laering", id] => Route::LearningModule(own(id)),
            ["metoder"] => Route::Methods,
            ["metoder", "sammenlign"] => Route::MethodsCompare,
            ["metoder", "valg"] => Route::MethodsChoice,
            ["metoder", "cti-plan"] => Route::MethodsCti,
            ["metoder", "kapacitet"] => Route::MethodsCapacity,
            ["mine-data"] => Route::MyData,
            ["om"] => Route::About,
            _ => Route::NotFound(path.to_string()),
        })
    }

    /// The link to this route, e.g. `#/guide/principper`.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Guide => "#/guide".into(),
            Route::GuideSection(s) => format!("#/guide/{s}"),
            Route::GuideEntry { section, entry } => format!("#/guide/{section}/{entry}"),
            Route::Glossary => format!("#/guide/{GLOSSARY}"),
            Route::Term(t) => format!("#/guide/{GLOSSARY}/{t}"),
            Route::Assessments => "#/selvevaluering".into(),
            Route::NewAssessment => "#/selvevaluering/ny".into(),
            Route::Assessment(id) => format!("#/selvevaluering/{id}"),
            Route::Answer {
                id,
                group,
                item: None,
            } => format!("#/selvevaluering/{id}/svar/{group}"),
            Route::Answer {
                id,
                group,
                item: Some(item),
            } => format!("#/selvevaluering/{id}/svar/{group}/{item}"),
            Route::Results(id) => format!("#/selvevaluering/{id}/resultat"),
            Route::Plan(id) => format!("#/selvevaluering/{id}/handleplan"),
            Route::Report(id) => format!("#/selvevaluering/{id}/rapport"),
            Route::Compare { id, other: None } => format!("#/selvevaluering/{id}/sammenlign"),
            Route::Compare { id, other: Some(o) } => {
                format!("#/selvevaluering/{id}/sammenlign/{o}")
            }
            Route::EditAssessment(id) => format!("#/selvevaluering/{id}/rediger"),
            Route::FollowUp(id) => format!("#/selvevaluering/{id}/opfoelgning"),
            Route::Seminar => "#/seminar".into(),
            Route::NewSeminar => "#/seminar/ny".into(),
            Route::SeminarHome(id) => format!("#/seminar/{id}"),
            Route::SeminarMerged(id) => format!("#/seminar/{id}/samlet"),
            Route::SeminarPresent(id) => format!("#/seminar/{id}/praesentation"),
            Route::SeminarConsensus(id) => format!("#/seminar/{id}/enighed"),
            Route::Participate(p) => format!("#/seminar/deltag/{p}"),
            Route::SeminarAnswer(p) => format!("#/seminar/svar/{p}"),
            Route::Learning => "#/laering".into(),
            Route::LearningSummary => "#/laering/opsummering".into(),
            Route::LearningModule(id) => format!("#/laering/{id}"),
            Route::Methods => "#/metoder".into(),
            Route::MethodsCompare => "#/metoder/sammenlign".into(),
            Route::MethodsChoice => "#/metoder/valg".into(),
            Route::MethodsCti => "#/metoder/cti-plan".into(),
            Route::MethodsCapacity => "#/metoder/kapacitet".into(),
            Route::MyData => "#/mine-data".into(),
            Route::About => "#/om".into(),
            Route::NotFound(p) => format!("#/{p}"),
        }
    }

    /// The main area the route belongs to, for marking the navigation.
    pub fn area(&self) -> Area {
        match self {
            Route::Home | Route::NotFound(_) => Area::Home,
            Route::Guide
            | Route::GuideSection(_)
            | Route::GuideEntry { .. }
            | Route::Glossary
            | Route::Term(_) => Area::Guide,
            Route::Assessments
            | Route::NewAssessment
            | Route::Assessment(_)
            | Route::Answer { .. }
            | Route::Results(_)
            | Route::Plan(_)
            | Route::Report(_)
            | Route::Compare { .. }
            | Route::EditAssessment(_)
            | Route::FollowUp(_) => Area::Assessment,
            Route::Seminar
            | Route::NewSeminar
            | Route::SeminarHome(_)
            | Route::SeminarMerged(_)
            | Route::SeminarPresent(_)
            | Route::SeminarConsensus(_)
            | Route::Participate(_)
            | Route::SeminarAnswer(_) => Area::Seminar,
            Route::Learning | Route::LearningModule(_) | Route::LearningSummary => Area::Learning,
            Route::Methods
            | Route::MethodsCompare
            | Route::MethodsChoice
            | Route::MethodsCti
            | Route::MethodsCapacity => Area::Methods,
            Route::MyData => Area::MyData,
            Route::About => Area::About,
        }
    }
}

/// The module that builds a route's pages. In the release build
/// (`tools/build-wasm.mjs`) each is a split module of its own, and a link's
/// first visit fetches its module's file (`FIRST_VISIT` there names the same
/// split for each address, which a test below checks): a module holds the
/// pages a link mostly opens together, so a link brings no page it does not
/// show. `Main` is the main module's own (the start page, "not found").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Module {
    Main,
    Guide,
    /// The self-assessment list.
    AssessmentList,
    /// An assessment's overview, its answer pages and forms.
    Assessment,
    /// An assessment's results, action plan, report and comparison.
    Results,
    Seminar,
    /// An answer link opened in the facilitator's browser.
    SeminarAnswer,
    /// A participant's invitation: not the app's, a module of its own
    /// (`ui::participant`) that the boot module starts instead of the app.
    Participant,
    Learning,
    /// The methods' overview and comparison.
    MethodsHome,
    MethodsChoice,
    MethodsCti,
    MethodsCapacity,
    MyData,
    About,
}

impl Module {
    /// The split's name in the build (its `#[lazy]` function in `ui/areas.rs`).
    pub fn split(self) -> &'static str {
        match self {
            Module::Main => "main",
            Module::Guide => "guide_page",
            Module::AssessmentList => "assessment_list_page",
            Module::Assessment => "assessment_page",
            Module::Results => "results_page",
            Module::Seminar => "seminar_page",
            Module::SeminarAnswer => "seminar_answer_page",
            Module::Participant => "participant",
            Module::Learning => "learning_page",
            Module::MethodsHome => "methods_home_page",
            Module::MethodsChoice => "methods_choice_page",
            Module::MethodsCti => "methods_cti_page",
            Module::MethodsCapacity => "methods_capacity_page",
            Module::MyData => "mydata_page",
            Module::About => "about_page",
        }
    }
}

impl Route {
    /// The module that builds this route's page.
    pub fn module(&self) -> Module {
        match self {
            Route::Home | Route::NotFound(_) => Module::Main,
            Route::Guide
            | Route::GuideSection(_)
            | Route::GuideEntry { .. }
            | Route::Glossary
            | Route::Term(_) => Module::Guide,
            Route::Assessments => Module::AssessmentList,
            Route::NewAssessment
            | Route::Assessment(_)
            | Route::Answer { .. }
            | Route::EditAssessment(_)
            | Route::FollowUp(_) => Module::Assessment,
            Route::Results(_) | Route::Plan(_) | Route::Report(_) | Route::Compare { .. } => {
                Module::Results
            }
            Route::Seminar
            | Route::NewSeminar
            | Route::SeminarHome(_)
            | Route::SeminarMerged(_)
            | Route::SeminarPresent(_)
            | Route::SeminarConsensus(_) => Module::Seminar,
            Route::SeminarAnswer(_) => Module::SeminarAnswer,
            Route::Participate(_) => Module::Participant,
            Route::Learning | Route::LearningModule(_) | Route::LearningSummary => Module::Learning,
            Route::Methods | Route::MethodsCompare => Module::MethodsHome,
            Route::MethodsChoice => Module::MethodsChoice,
            Route::MethodsCti => Module::MethodsCti,
            Route::MethodsCapacity => Module::MethodsCapacity,
            Route::MyData => Module::MyData,
            Route::About => Module::About,
        }
    }
}

/// The app's main areas, as listed in the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Home,
    Guide,
    Assessment,
    Seminar,
    Learning,
    Methods,
    MyData,
    About,
}

impl Area {
    /// The areas in navigation order, with their start routes and labels.
    pub fn nav() -> [(Area, Route, &'static str); 7] {
        [
            (Area::Guide, Route::Guide, t!("nav.guide")),
            (Area::Assessment, Route::Assessments, t!("nav.assessment")),
            (Area::Seminar, Route::Seminar, t!("nav.seminar")),
            (Area::Learning, Route::Learning, t!("nav.learning")),
            (Area::Methods, Route::Methods, t!("nav.methods")),
            (Area::MyData, Route::MyData, t!("nav.mydata")),
            (Area::About, Route::About, t!("nav.about")),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Examples of every route, some variants more than once (with and
    /// without their optional part).
    fn examples() -> Vec<Route> {
        vec![
            Route::Home,
            Route::Guide,
            Route::GuideSection("principper".into()),
            Route::GuideEntry {
                section: "principper".into(),
                entry: "princip-1".into(),
            },
            Route::Glossary,
            Route::Term("term-sofasovere".into()),
            Route::Assessments,
            Route::NewAssessment,
            Route::Assessment("a1".into()),
            Route::Answer {
                id: "a1".into(),
                group: "ledelse".into(),
                item: None,
            },
            Route::Answer {
                id: "a1".into(),
                group: "ledelse".into(),
                item: Some("led-02".into()),
            },
            Route::Results("a1".into()),
            Route::Plan("a1".into()),
            Route::Report("a1".into()),
            Route::Compare {
                id: "a1".into(),
                other: None,
            },
            Route::Compare {
                id: "a1".into(),
                other: Some("a2".into()),
            },
            Route::EditAssessment("a1".into()),
            Route::FollowUp("a1".into()),
            Route::Seminar,
            Route::NewSeminar,
            Route::SeminarHome("s1".into()),
            Route::SeminarMerged("s1".into()),
            Route::SeminarPresent("s1".into()),
            Route::SeminarConsensus("s1".into()),
            Route::Participate("i1abc_-".into()),
            Route::SeminarAnswer("s1234.abc".into()),
            Route::Learning,
            Route::LearningModule("modul-unge".into()),
            Route::LearningSummary,
            Route::Methods,
            Route::MethodsCompare,
            Route::MethodsChoice,
            Route::MethodsCti,
            Route::MethodsCapacity,
            Route::MyData,
            Route::About,
            Route::NotFound("nope/x".into()),
        ]
    }

    #[test]
    fn every_route_survives_a_round_trip_through_its_link() {
        for r in examples() {
            assert_eq!(Route::parse(&r.href()), Some(r.clone()), "{}", r.href());
        }
    }

    /// The compiler lists the variants (`EnumIter`), so a new page cannot be
    /// left out of the round trip above.
    #[test]
    fn the_examples_hold_every_variant() {
        use std::mem::discriminant;
        use strum::IntoEnumIterator;
        let have: Vec<_> = examples().iter().map(discriminant).collect();
        let missing: Vec<Route> = Route::iter()
            .filter(|v| !have.contains(&discriminant(v)))
            .collect();
        assert!(missing.is_empty(), "routes without an example: {missing:?}");
    }

    /// The build's `OWN_ENTRY` and `FIRST_VISIT` (tools/build-wasm.mjs: the
    /// first address pattern that fits names the module the boot module
    /// starts instead of the app, or the split whose file a link's first visit
    /// fetches) send every route to the module that builds its page.
    #[test]
    fn the_builds_first_visit_files_follow_the_routes_modules() {
        let js = std::fs::read_to_string("tools/build-wasm.mjs").unwrap();
        let list = |name: &str| -> Vec<(String, String)> {
            let body = js
                .split(&format!("const {name} = ["))
                .nth(1)
                .and_then(|rest| rest.split("];").next())
                .unwrap_or_else(|| panic!("{name} in tools/build-wasm.mjs"));
            body.lines()
                .filter_map(|l| {
                    let q: Vec<&str> = l.split('\'').collect();
                    (q.len() >= 5).then(|| (q[1].to_string(), q[3].to_string()))
                })
                .collect()
        };
        let patterns: Vec<(String, String)> = [list("OWN_ENTRY"), list("FIRST_VISIT")].concat();
        assert!(patterns.len() > 5, "{patterns:?}");
        // The same rule as the boot module's (tools/build-wasm.mjs, writeBoot).
        let fits = |pattern: &str, address: &str| {
            let (p, a): (Vec<&str>, Vec<&str>) =
                (pattern.split('/').collect(), address.split('/').collect());
            if let Some(prefix) = pattern.strip_suffix('/') {
                let p: Vec<&str> = prefix.split('/').collect();
                return a.len() > p.len() && p.iter().zip(&a).all(|(x, y)| *x == "*" || x == y);
            }
            a.len() >= p.len() && p.iter().zip(&a).all(|(x, y)| *x == "*" || x == y)
        };
        for r in examples() {
            let href = r.href();
            let split = patterns
                .iter()
                .find(|(p, _)| fits(p, &href))
                .map_or("main", |(_, s)| s.as_str());
            let want = match r.module() {
                // The guide's pages come from their prerendered files.
                Module::Guide => "main",
                m => m.split(),
            };
            assert_eq!(split, want, "{href}");
        }
    }

    #[test]
    fn odd_fragments() {
        assert_eq!(Route::parse(""), Some(Route::Home));
        assert_eq!(Route::parse("#"), Some(Route::Home));
        assert_eq!(Route::parse("#/guide/"), Some(Route::Guide));
        assert_eq!(
            Route::parse("#main"),
            None,
            "an in-page anchor is not a route"
        );
        assert_eq!(
            Route::parse("#/nope/x"),
            Some(Route::NotFound("nope/x".into()))
        );
        assert_eq!(
            Route::parse("#/guide/a/b/c"),
            Some(Route::NotFound("guide/a/b/c".into()))
        );
        assert_eq!(Route::parse("#/om?x=1"), Some(Route::About));
    }
}
