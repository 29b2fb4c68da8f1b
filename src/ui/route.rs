//! The app's addresses. Routes live in the URL fragment (`#/guide/principper`),
//! so any static file server serves every deep link without rewrite rules, and
//! nothing after `#` ever reaches a server.

/// Every page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Guide,
    GuideSection(String),
    GuideEntry { section: String, entry: String },
    Glossary,
    Term(String),
    Assessments,
    Seminar,
    Learning,
    Methods,
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
            ["seminar"] => Route::Seminar,
            ["laering"] => Route::Learning,
            ["metoder"] => Route::Methods,
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
            Route::Seminar => "#/seminar".into(),
            Route::Learning => "#/laering".into(),
            Route::Methods => "#/metoder".into(),
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
            Route::Assessments => Area::Assessment,
            Route::Seminar => Area::Seminar,
            Route::Learning => Area::Learning,
            Route::Methods => Area::Methods,
            Route::MyData => Area::MyData,
            Route::About => Area::About,
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
    /// The areas in navigation order, with their start routes and text keys.
    pub fn nav() -> [(Area, Route, &'static str); 7] {
        [
            (Area::Guide, Route::Guide, "nav.guide"),
            (Area::Assessment, Route::Assessments, "nav.assessment"),
            (Area::Seminar, Route::Seminar, "nav.seminar"),
            (Area::Learning, Route::Learning, "nav.learning"),
            (Area::Methods, Route::Methods, "nav.methods"),
            (Area::MyData, Route::MyData, "nav.mydata"),
            (Area::About, Route::About, "nav.about"),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_survives_a_round_trip_through_its_link() {
        let routes = [
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
            Route::Seminar,
            Route::Learning,
            Route::Methods,
            Route::MyData,
            Route::About,
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.href()), Some(r.clone()), "{}", r.href());
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
