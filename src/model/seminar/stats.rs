//! The seminar's merged statistics: the spread of the group's ratings per
//! item (where it disagrees), sorting by disagreement or mean, each role's
//! view of the drivers and the group's driver percentages for the spider
//! chart. Scored steps 1–4 only; driver means pool every scored rating of the
//! driver's items.

use super::{Response, Seminar};
use crate::content::Content;
use crate::model::case::lowercase;
use crate::model::rating::Rating;
use crate::model::sort::sort_by;
use crate::model::sorted_map::SortedMap;
use std::cmp::Ordering;

/// The spread of the group's ratings of one item.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemStats {
    pub item: String,
    /// How many chose each rating, in [`Rating::ALL`] order.
    pub counts: [usize; 6],
    /// Ratings 1–4.
    pub n_scored: usize,
    pub mean: Option<f64>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// `max - min`.
    pub spread: Option<u8>,
    /// Population standard deviation of the scored ratings.
    pub std_dev: Option<f64>,
    pub dont_know: usize,
    /// The ratings lie two or more steps apart.
    pub disagreement: bool,
}

/// Disagreement starts at this spread (e.g. one says 2, another 4).
pub const DISAGREEMENT_SPREAD: u8 = 2;

/// Statistics per item, in the seminar's item order.
pub fn item_stats(s: &Seminar) -> Vec<ItemStats> {
    s.def
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let ratings = s
                .responses
                .iter()
                .filter_map(|r| r.ratings.get(i).copied().flatten());
            stats_of(item, ratings)
        })
        .collect()
}

fn stats_of(item: &str, ratings: impl Iterator<Item = Rating>) -> ItemStats {
    let mut counts = [0usize; 6];
    let mut scores = Vec::new();
    for r in ratings {
        if let Some(k) = Rating::ALL.iter().position(|x| *x == r) {
            counts[k] += 1;
        }
        if let Some(v) = r.score() {
            scores.push(v);
        }
    }
    let n = scores.len();
    let mean = (n > 0).then(|| scores.iter().map(|&v| v as f64).sum::<f64>() / n as f64);
    let min = scores.iter().copied().min();
    let max = scores.iter().copied().max();
    let spread = min.zip(max).map(|(lo, hi)| hi - lo);
    let std_dev = mean.map(|m| {
        let var = scores
            .iter()
            .map(|&v| (v as f64 - m) * (v as f64 - m))
            .sum::<f64>()
            / n as f64;
        var.sqrt()
    });
    ItemStats {
        item: item.to_string(),
        counts,
        n_scored: n,
        mean,
        min,
        max,
        spread,
        std_dev,
        dont_know: counts[4],
        disagreement: spread.is_some_and(|s| s >= DISAGREEMENT_SPREAD),
    }
}

/// Most disagreement first: spread descending, then standard deviation
/// descending; items without scores last. The sort is stable, so give it the
/// stats in the seminar's order (as [`item_stats`] returns them) to break ties
/// by that order.
pub fn sort_by_disagreement(stats: &mut [ItemStats]) {
    sort_by(stats, |a, b| {
        desc_none_last(a.spread, b.spread, |x, y| x.cmp(&y))
            .then_with(|| desc_none_last(a.std_dev, b.std_dev, |x, y| x.total_cmp(&y)))
    });
}

/// Lowest mean first, items without scores last; stable like
/// [`sort_by_disagreement`].
pub fn sort_by_mean(stats: &mut [ItemStats]) {
    sort_by(stats, |a, b| match (a.mean, b.mean) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
}

fn desc_none_last<T: Copy>(a: Option<T>, b: Option<T>, cmp: impl Fn(T, T) -> Ordering) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => cmp(y, x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// How the participants of one role rated the drivers.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleRow {
    /// The role as the seminar spells it; `None` for participants who gave
    /// none (the UI says `seminar.no_role`).
    pub role: Option<String>,
    /// Participants with the role.
    pub n: usize,
    /// Mean (1–4) of the role's scored ratings per driver, in the content's
    /// driver order; `None` where the role scored none of the driver's items.
    pub drivers: Vec<Option<f64>>,
}

/// One row per role among the responses: the seminar's roles first in their
/// order, then other roles alphabetically, then those without a role.
pub fn role_driver_means(s: &Seminar, c: &Content) -> Vec<RoleRow> {
    // (sort rank, display name) → responses
    let mut groups: SortedMap<(usize, Option<String>), Vec<&Response>> = SortedMap::new();
    let others = s.def.roles.len();
    let mut spelled: SortedMap<String, String> = SortedMap::new();
    for r in &s.responses {
        let role = r.role.trim();
        let key = if role.is_empty() {
            (others + 1, None)
        } else if let Some(k) = s
            .def
            .roles
            .iter()
            .position(|d| lowercase(d.trim()) == lowercase(role))
        {
            (k, Some(s.def.roles[k].trim().to_string()))
        } else {
            // Group other roles ignoring case too, under the first spelling seen.
            let name = spelled
                .entry(lowercase(role))
                .or_insert_with(|| role.to_string())
                .clone();
            (others, Some(name))
        };
        groups.entry(key).or_default().push(r);
    }
    groups
        .into_iter()
        .map(|((_, role), rs)| RoleRow {
            role,
            n: rs.len(),
            drivers: driver_means(s, c, &rs),
        })
        .collect()
}

/// Pooled mean (1–4) per driver over the given responses.
fn driver_means(s: &Seminar, c: &Content, rs: &[&Response]) -> Vec<Option<f64>> {
    c.items
        .drivers
        .iter()
        .map(|d| {
            let (mut sum, mut n) = (0u64, 0u64);
            for (i, id) in s.def.items.iter().enumerate() {
                if c.item(id).is_none_or(|it| it.driver != d.id) {
                    continue;
                }
                for r in rs {
                    if let Some(v) = r.ratings.get(i).copied().flatten().and_then(|x| x.score()) {
                        sum += v as u64;
                        n += 1;
                    }
                }
            }
            (n > 0).then(|| sum as f64 / n as f64)
        })
        .collect()
}

/// Per driver (content order) the group's pooled mean as a percentage of the
/// maximum (mean ÷ 4 × 100), for the spider chart.
pub fn group_driver_percent(s: &Seminar, c: &Content) -> Vec<Option<f64>> {
    let all: Vec<&Response> = s.responses.iter().collect();
    driver_means(s, c, &all)
        .into_iter()
        .map(|m| m.map(|m| m / 4.0 * 100.0))
        .collect()
}
