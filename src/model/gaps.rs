//! Gaps: items rated 1 (Ikke på plads) or 2 (Påbegyndt) become suggested
//! actions, each with the guide's advice. Ordered by driver (content order),
//! then by rating (1 before 2), then by the item's place in the bank. The gaps
//! of method checks (no driver) follow those of the drivers, one method check
//! after the other in content order.

use super::assessment::Assessment;
use super::rating::Rating;
use crate::content::{Content, Item};
use crate::model::sort::sort_by_key;

#[derive(Debug, Clone, PartialEq)]
pub struct Gap<'c> {
    pub item: &'c Item,
    pub rating: Rating,
    /// An action in the plan already addresses the item.
    pub has_action: bool,
}

pub fn gaps<'c>(c: &'c Content, a: &Assessment) -> Vec<Gap<'c>> {
    let driver_pos = |item: &Item| {
        c.items
            .drivers
            .iter()
            .position(|d| d.id == item.driver)
            .or_else(|| {
                c.items
                    .sections
                    .iter()
                    .position(|s| s.id == item.section && s.method.is_some())
                    .map(|p| c.items.drivers.len() + p)
            })
            .unwrap_or(usize::MAX)
    };
    let items = a.items(c);
    let mut out: Vec<(usize, usize, Gap)> = items
        .iter()
        .enumerate()
        .filter_map(|(pos, item)| {
            let rating = a.rating(&item.id)?;
            matches!(rating, Rating::NotInPlace | Rating::Started).then(|| {
                let has_action = a
                    .plan()
                    .iter()
                    .any(|x| x.item.as_deref() == Some(item.id.as_str()));
                (
                    driver_pos(item),
                    pos,
                    Gap {
                        item,
                        rating,
                        has_action,
                    },
                )
            })
        })
        .collect();
    sort_by_key(&mut out, |(d, pos, g)| (*d, g.rating, *pos));
    out.into_iter().map(|(_, _, g)| g).collect()
}

/// The gaps of one section (e.g. a method check), in the order of [`gaps`].
pub fn gaps_in<'c>(c: &'c Content, a: &Assessment, section: &str) -> Vec<Gap<'c>> {
    gaps(c, a)
        .into_iter()
        .filter(|g| g.item.section == section)
        .collect()
}
