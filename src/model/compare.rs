//! Comparing measurements: two assessments side by side (change per driver,
//! per method check, items that improved or fell back) and the trend over a
//! series.

use super::assessment::Assessment;
use super::rating::Rating;
use super::scoring::{results, Score};
use crate::content::Content;
use crate::model::sort::sort_by;

#[derive(Debug, Clone, PartialEq)]
pub struct DriverChange {
    pub driver: String,
    /// Percentages of the maximum, when the driver has scored items.
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl DriverChange {
    pub fn delta(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }
}

/// The change of one method check (a section id), as percentages of the
/// maximum; `None` where the measurement leaves the check out or scored nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct MethodChange {
    pub section: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl MethodChange {
    pub fn delta(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ItemChange {
    pub item: String,
    pub before: Rating,
    pub after: Rating,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub overall_before: Option<f64>,
    pub overall_after: Option<f64>,
    pub drivers: Vec<DriverChange>,
    /// The method checks either measurement includes, in content order.
    pub methods: Vec<MethodChange>,
    pub improved: Vec<ItemChange>,
    pub fell_back: Vec<ItemChange>,
}

pub fn compare(c: &Content, before: &Assessment, after: &Assessment) -> Comparison {
    let rb = results(c, before);
    let ra = results(c, after);
    let pct = |v: &[(String, Score)], d: &str| {
        v.iter()
            .find(|(id, _)| id == d)
            .and_then(|(_, s)| s.percent())
    };
    let drivers = c
        .items
        .drivers
        .iter()
        .map(|d| DriverChange {
            driver: d.id.clone(),
            before: pct(&rb.drivers, &d.id),
            after: pct(&ra.drivers, &d.id),
        })
        .collect();
    let methods = c
        .items
        .sections
        .iter()
        .filter(|s| s.method.is_some())
        .filter(|s| before.meta.sections.contains(&s.id) || after.meta.sections.contains(&s.id))
        .map(|s| MethodChange {
            section: s.id.clone(),
            before: pct(&rb.methods, &s.id),
            after: pct(&ra.methods, &s.id),
        })
        .collect();
    let mut improved = Vec::new();
    let mut fell_back = Vec::new();
    for item in after.items(c) {
        let (Some(b), Some(a)) = (before.rating(&item.id), after.rating(&item.id)) else {
            continue;
        };
        let (Some(sb), Some(sa)) = (b.score(), a.score()) else {
            continue;
        };
        let change = ItemChange {
            item: item.id.clone(),
            before: b,
            after: a,
        };
        if sa > sb {
            improved.push(change);
        } else if sa < sb {
            fell_back.push(change);
        }
    }
    Comparison {
        overall_before: rb.overall.percent(),
        overall_after: ra.overall.percent(),
        drivers,
        methods,
        improved,
        fell_back,
    }
}

/// One measurement in a trend.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub id: String,
    pub date: String,
    pub overall: Option<f64>,
    /// Percent per driver, in content order.
    pub drivers: Vec<Option<f64>>,
    /// Percent per method check (every one in content order; `None` where the
    /// measurement leaves it out).
    pub methods: Vec<Option<f64>>,
}

/// The measurements of one series, oldest first.
pub fn trend(c: &Content, series: &[&Assessment]) -> Vec<TrendPoint> {
    let mut pts: Vec<TrendPoint> = series
        .iter()
        .map(|a| {
            let r = results(c, a);
            TrendPoint {
                id: a.id.clone(),
                date: a.meta.date.clone(),
                overall: r.overall.percent(),
                drivers: r.drivers.iter().map(|(_, s)| s.percent()).collect(),
                methods: c
                    .items
                    .sections
                    .iter()
                    .filter(|s| s.method.is_some())
                    .map(|s| {
                        r.methods
                            .iter()
                            .find(|(id, _)| *id == s.id)
                            .and_then(|(_, sc)| sc.percent())
                    })
                    .collect(),
            }
        })
        .collect();
    sort_by(&mut pts, |a, b| {
        a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id))
    });
    pts
}
