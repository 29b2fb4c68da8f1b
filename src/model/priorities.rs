//! "Start her": the few gaps a leader should act on first, and the rest of the
//! results' reading of the gaps: the remaining gaps grouped by driver and
//! section, the strengths, and adding a whole group to the plan.
//!
//! The rule for "Start her" (pinned by `tests/priorities.rs`):
//! 1. Candidates are all gaps (items rated 1 or 2, see `model::gaps`), also
//!    those the plan already has an action for, so the list does not move
//!    when one is added to the plan. The method checks' gaps are not
//!    candidates: they stand apart from the drivers and are shown in their
//!    method's block (see `model::scoring`).
//! 2. They are ranked by, in this order:
//!    a. the rating: 1 *Ikke på plads* before 2 *Påbegyndt*;
//!    b. prerequisites first: an item resting on a guide entry in one of the
//!    sections `items.toml [priorities] prerequisite_sections` names (the
//!    guide's "forudsætninger") goes before one that does not;
//!    c. the weaker driver first (lower percentage of the maximum);
//!    d. the item's place in the item bank (unique, so the order is total and
//!    the same on every run).
//! 3. Spread over the drivers: walking the ranking, a gap is taken while its
//!    driver has fewer than `per_driver` chosen, until `max` are chosen. If the
//!    gaps of too few drivers leave places free, the skipped gaps fill them,
//!    still in ranking order.
//! 4. The chosen gaps are shown in ranking order.

use super::assessment::{Action, ActionStatus, Assessment, Millis};
use super::gaps::{gaps, Gap};
use super::rating::Rating;
use super::scoring::results;
use crate::content::{Content, Item};
use crate::model::sort::sort_by;
use std::cmp::Ordering;

/// True when the item rests on a guide entry the guide names a prerequisite.
pub fn is_prerequisite(c: &Content, item: &Item) -> bool {
    item.guide.iter().any(|e| {
        c.entry_link(e).is_some_and(|e| {
            c.items
                .priorities
                .prerequisite_sections
                .iter()
                .any(|s| s == &e.section)
        })
    })
}

/// The gaps to start with, by the rule at the top of this module.
pub fn start_here<'c>(c: &'c Content, a: &Assessment) -> Vec<Gap<'c>> {
    let r = results(c, a);
    let driver_percent = |d: &str| {
        r.drivers
            .iter()
            .find(|(id, _)| id == d)
            .and_then(|(_, s)| s.percent())
            .unwrap_or(100.0)
    };
    let position = |item: &Item| {
        c.items
            .items
            .iter()
            .position(|i| i.id == item.id)
            .unwrap_or(usize::MAX)
    };
    let mut ranked: Vec<(Gap<'c>, bool, f64, usize)> = gaps(c, a)
        .into_iter()
        .filter(|g| !c.is_method_check(&g.item.section))
        .map(|g| {
            let pre = is_prerequisite(c, g.item);
            let pct = driver_percent(&g.item.driver);
            let pos = position(g.item);
            (g, pre, pct, pos)
        })
        .collect();
    sort_by(&mut ranked, |x, y| {
        x.0.rating
            .cmp(&y.0.rating)
            .then(y.1.cmp(&x.1))
            .then(x.2.partial_cmp(&y.2).unwrap_or(Ordering::Equal))
            .then(x.3.cmp(&y.3))
    });
    let p = &c.items.priorities;
    let mut chosen = vec![false; ranked.len()];
    let mut per_driver: Vec<(&str, usize)> = Vec::new();
    let mut count = 0;
    for (n, (g, ..)) in ranked.iter().enumerate() {
        if count == p.max {
            break;
        }
        let d = g.item.driver.as_str();
        let taken = per_driver.iter().find(|(x, _)| *x == d).map_or(0, |x| x.1);
        if taken < p.per_driver {
            chosen[n] = true;
            count += 1;
            match per_driver.iter_mut().find(|(x, _)| *x == d) {
                Some(x) => x.1 += 1,
                None => per_driver.push((d, 1)),
            }
        }
    }
    for slot in chosen.iter_mut() {
        if count == p.max {
            break;
        }
        if !*slot {
            *slot = true;
            count += 1;
        }
    }
    ranked
        .into_iter()
        .zip(chosen)
        .filter_map(|((g, ..), keep)| keep.then_some(g))
        .collect()
}

/// The gaps of one driver, by section.
#[derive(Debug, Clone, PartialEq)]
pub struct GapGroup<'c> {
    pub driver: String,
    /// (assessment section id, its gaps: rating 1 before 2, then bank order),
    /// sections in content order, only those with gaps.
    pub sections: Vec<(String, Vec<Gap<'c>>)>,
}

impl<'c> GapGroup<'c> {
    pub fn count(&self) -> usize {
        self.sections.iter().map(|(_, g)| g.len()).sum()
    }

    /// The group's items that have no action in the plan yet.
    pub fn unplanned(&self) -> Vec<&'c Item> {
        self.sections
            .iter()
            .flat_map(|(_, g)| g.iter())
            .filter(|g| !g.has_action)
            .map(|g| g.item)
            .collect()
    }
}

/// The gaps not in "Start her", per driver (content order) and section; only
/// drivers with gaps.
pub fn gap_groups<'c>(c: &'c Content, a: &Assessment, leave_out: &[Gap<'c>]) -> Vec<GapGroup<'c>> {
    let rest: Vec<Gap<'c>> = gaps(c, a)
        .into_iter()
        .filter(|g| !leave_out.iter().any(|x| x.item.id == g.item.id))
        .collect();
    c.items
        .drivers
        .iter()
        .map(|d| GapGroup {
            driver: d.id.clone(),
            sections: c
                .items
                .sections
                .iter()
                .map(|s| {
                    let of: Vec<Gap<'c>> = rest
                        .iter()
                        .filter(|g| g.item.driver == d.id && g.item.section == s.id)
                        .cloned()
                        .collect();
                    (s.id.clone(), of)
                })
                .filter(|(_, g)| !g.is_empty())
                .collect(),
        })
        .filter(|g| !g.sections.is_empty())
        .collect()
}

/// The items rated 4 (Fuldt på plads), per driver in content order: what to keep.
pub fn strengths<'c>(c: &'c Content, a: &Assessment) -> Vec<(String, Vec<&'c Item>)> {
    let items = a.items(c);
    c.items
        .drivers
        .iter()
        .map(|d| {
            let of: Vec<&Item> = items
                .iter()
                .copied()
                .filter(|i| i.driver == d.id && a.rating(&i.id) == Some(Rating::Fully))
                .collect();
            (d.id.clone(), of)
        })
        .filter(|(_, v)| !v.is_empty())
        .collect()
}

/// Adds an action for each item that has no live action in the plan yet
/// (so adding a group twice, or a group after one of its gaps, never makes
/// duplicates). `new_id` gives each action its id. Returns how many were added.
pub fn add_gap_actions(
    a: &mut Assessment,
    items: &[&Item],
    mut new_id: impl FnMut() -> String,
    now: Millis,
) -> usize {
    let mut added = 0;
    for item in items {
        let planned = a
            .plan()
            .iter()
            .any(|x| x.item.as_deref() == Some(item.id.as_str()));
        if planned {
            continue;
        }
        a.add_action(
            Action {
                id: new_id(),
                title: item.text().statement.clone(),
                responsible: String::new(),
                deadline: None,
                status: ActionStatus::NotStarted,
                item: Some(item.id.clone()),
                order: 0,
                deleted: false,
                at: now,
            },
            now,
        );
        added += 1;
    }
    added
}
