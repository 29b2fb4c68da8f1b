//! The answer flow: an assessment is answered group by group. The drivers'
//! section splits into one group per driver; every other section is one group.

use super::assessment::Assessment;
use crate::content::{Content, Item};

#[derive(Debug, Clone, PartialEq)]
pub struct Group<'c> {
    /// A driver id (for the drivers' section) or a section id.
    pub id: String,
    pub title: String,
    /// The driver's guiding question, or the section's description.
    pub intro: String,
    pub items: Vec<&'c Item>,
}

/// The section id that is split by driver.
pub const DRIVERS_SECTION: &str = "drivkraefter";

pub fn groups<'c>(c: &'c Content, a: &Assessment) -> Vec<Group<'c>> {
    let items = a.items(c);
    let mut out = Vec::new();
    for s in c
        .items
        .sections
        .iter()
        .filter(|s| a.meta.sections.contains(&s.id))
    {
        if s.id == DRIVERS_SECTION {
            for d in &c.items.drivers {
                let its: Vec<&Item> = items
                    .iter()
                    .copied()
                    .filter(|i| i.section == s.id && i.driver == d.id)
                    .collect();
                if !its.is_empty() {
                    out.push(Group {
                        id: d.id.clone(),
                        title: d.name.clone(),
                        intro: d.question.clone(),
                        items: its,
                    });
                }
            }
        } else {
            let its: Vec<&Item> = items
                .iter()
                .copied()
                .filter(|i| i.section == s.id)
                .collect();
            if !its.is_empty() {
                out.push(Group {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    intro: s.description.clone(),
                    items: its,
                });
            }
        }
    }
    out
}

/// The group an item is answered in.
pub fn group_of(c: &Content, a: &Assessment, item: &str) -> Option<String> {
    groups(c, a)
        .into_iter()
        .find(|g| g.items.iter().any(|i| i.id == item))
        .map(|g| g.id)
}

/// Where to resume: the last item worked on, else the first unanswered one.
pub fn resume_point(c: &Content, a: &Assessment) -> Option<(String, String)> {
    let gs = groups(c, a);
    if let Some(item) = &a.last_item {
        if let Some(g) = gs.iter().find(|g| g.items.iter().any(|i| &i.id == item)) {
            return Some((g.id.clone(), item.clone()));
        }
    }
    gs.iter().find_map(|g| {
        g.items
            .iter()
            .find(|i| a.rating(&i.id).is_none())
            .map(|i| (g.id.clone(), i.id.clone()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::da;
    use crate::model::rating::Rating;

    fn all_sections() -> Assessment {
        let s = da().items.sections.iter().map(|s| s.id.clone()).collect();
        Assessment::new("g".into(), "K".into(), "2026-01-01".into(), s, 0.0)
    }

    #[test]
    fn drivers_split_by_driver_and_other_sections_stay_whole() {
        let c = da();
        let a = all_sections();
        let ids: Vec<String> = groups(c, &a).into_iter().map(|g| g.id).collect();
        assert_eq!(
            ids,
            [
                "indsatsen",
                "konteksten",
                "organiseringen",
                "menneskene",
                "ledelse",
                "principper",
                "tjekliste-a",
                "tjekliste-b",
                "metodetjek-cti",
                "metodetjek-icm",
                "metodetjek-act"
            ]
        );
        let total: usize = groups(c, &a).iter().map(|g| g.items.len()).sum();
        assert_eq!(total, c.items.items.len());
    }

    #[test]
    fn resume_at_the_last_item_or_the_first_unanswered() {
        let c = da();
        let mut a = all_sections();
        assert_eq!(
            resume_point(c, &a),
            Some(("indsatsen".into(), "ind-01".into()))
        );
        a.set_rating("ind-01", Some(Rating::Fully), 1.0);
        a.last_item = None;
        assert_eq!(
            resume_point(c, &a),
            Some(("indsatsen".into(), "ind-02".into()))
        );
        a.set_note("tja-3", "x", 2.0);
        assert_eq!(
            resume_point(c, &a),
            Some(("tjekliste-a".into(), "tja-3".into()))
        );
        assert_eq!(group_of(c, &a, "pri-2").as_deref(), Some("principper"));
    }
}
