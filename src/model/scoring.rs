//! Scores, coverage and the anchoring level.
//!
//! Per driver, per section and overall: the mean of the scored items (1–4),
//! the percentage of the maximum (mean ÷ 4 × 100, as DOMAIN.md decides: the
//! lowest possible result is therefore 25 %), and the coverage: the share of
//! items that could be scored and were (Ikke relevant items are left out of the
//! base, Ved ikke and unanswered items count against it). The level comes from
//! the thresholds in `items.toml`, and only from the minimum coverage upwards.
//!
//! Method checks (CTI, ICM, ACT; sections with a `method`) stand apart: their
//! statements belong to no driver, so they never move the spider chart, and
//! they count neither in the overall score nor in the anchoring level. The
//! level reads the municipality's implementation as a whole, and a
//! municipality that also checks its methods, or adds a check later, must get
//! the same level and a comparable trend. Each method check gets a block of
//! its own instead: score, percent of the maximum, coverage, and its gaps.

use super::assessment::Assessment;
use crate::content::{Content, Item};

/// The tally over a set of items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub items: usize,
    pub scored: usize,
    pub dont_know: usize,
    pub not_relevant: usize,
    pub unanswered: usize,
    pub sum: u32,
}

impl Score {
    pub fn of<'a>(items: impl IntoIterator<Item = &'a Item>, a: &Assessment) -> Score {
        let mut s = Score::default();
        for item in items {
            s.items += 1;
            match a.rating(&item.id) {
                None => s.unanswered += 1,
                Some(r) => match r.score() {
                    Some(v) => {
                        s.scored += 1;
                        s.sum += v as u32;
                    }
                    None if r == super::rating::Rating::NotRelevant => s.not_relevant += 1,
                    None => s.dont_know += 1,
                },
            }
        }
        s
    }

    /// Mean of the scored items, 1.0–4.0.
    pub fn mean(&self) -> Option<f64> {
        (self.scored > 0).then(|| self.sum as f64 / self.scored as f64)
    }

    /// Percentage of the maximum (4), 25–100.
    pub fn percent(&self) -> Option<f64> {
        self.mean().map(|m| m / 4.0 * 100.0)
    }

    /// Items that could be scored (all but Ikke relevant).
    pub fn scorable(&self) -> usize {
        self.items - self.not_relevant
    }

    /// Scored share of the scorable items, 0–100.
    pub fn coverage_percent(&self) -> f64 {
        if self.scorable() == 0 {
            0.0
        } else {
            self.scored as f64 / self.scorable() as f64 * 100.0
        }
    }
}

/// The overall reading of an assessment.
#[derive(Debug, Clone, PartialEq)]
pub enum LevelOutcome {
    /// The id of the level in `items.toml`.
    Level(String),
    /// Too few items scored to give a level.
    TooLittleCoverage { coverage: f64, needed: u32 },
}

/// Everything the results page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub overall: Score,
    /// (driver id, score) in the content's driver order.
    pub drivers: Vec<(String, Score)>,
    /// (section id, score) for the included sections that are not method checks.
    pub sections: Vec<(String, Score)>,
    /// (section id, score) for the included method checks, in content order.
    pub methods: Vec<(String, Score)>,
    pub level: LevelOutcome,
}

impl Results {
    /// True when the assessment holds any section besides method checks.
    pub fn has_common_part(&self) -> bool {
        !self.sections.is_empty()
    }
}

/// The level for an overall score, if coverage allows one.
pub fn level(c: &Content, overall: &Score) -> LevelOutcome {
    let needed = c.items.scoring.min_coverage_percent;
    let coverage = overall.coverage_percent();
    match overall.percent() {
        Some(p) if coverage + 1e-9 >= needed as f64 => {
            let lvl = c
                .items
                .scoring
                .levels
                .iter()
                .rev()
                .find(|l| p + 1e-9 >= l.min_percent);
            LevelOutcome::Level(lvl.map(|l| l.id.clone()).unwrap_or_default())
        }
        _ => LevelOutcome::TooLittleCoverage { coverage, needed },
    }
}

pub fn results(c: &Content, a: &Assessment) -> Results {
    let included = a.items(c);
    let items: Vec<&Item> = included
        .iter()
        .copied()
        .filter(|i| !c.is_method_check(&i.section))
        .collect();
    let overall = Score::of(items.iter().copied(), a);
    let drivers = c
        .items
        .drivers
        .iter()
        .map(|d| {
            (
                d.id.clone(),
                Score::of(items.iter().copied().filter(|i| i.driver == d.id), a),
            )
        })
        .collect();
    let sections = c
        .items
        .sections
        .iter()
        .filter(|s| a.meta.sections.contains(&s.id))
        .map(|s| {
            (
                s.id.clone(),
                Score::of(included.iter().copied().filter(|i| i.section == s.id), a),
            )
        });
    let (methods, sections): (Vec<_>, Vec<_>) = sections.partition(|(id, _)| c.is_method_check(id));
    Results {
        level: level(c, &overall),
        overall,
        drivers,
        sections,
        methods,
    }
}
