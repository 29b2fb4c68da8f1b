//! The one-page summary's figures that are not scores: the action plan's
//! status and the measurement a follow-up is compared with.

use super::assessment::{ActionStatus, Assessment};

/// How many live actions of the plan are in each state on a given day.
/// `overdue` counts actions past their deadline and not done; they are also
/// counted under `open` or `in_progress`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlanStatus {
    pub open: usize,
    pub in_progress: usize,
    pub done: usize,
    pub overdue: usize,
}

impl PlanStatus {
    pub fn total(&self) -> usize {
        self.open + self.in_progress + self.done
    }
}

/// The plan's status on `today` (ISO date).
pub fn plan_status(a: &Assessment, today: &str) -> PlanStatus {
    let mut s = PlanStatus::default();
    for x in a.plan() {
        match x.status {
            ActionStatus::NotStarted => s.open += 1,
            ActionStatus::InProgress => s.in_progress += 1,
            ActionStatus::Done => s.done += 1,
        }
        if x.is_overdue(today) {
            s.overdue += 1;
        }
    }
    s
}

/// The latest earlier measurement of the same series (by date, then by when
/// it was created), if any: what a follow-up's summary shows the change since.
pub fn previous<'a>(a: &Assessment, all: &'a [Assessment]) -> Option<&'a Assessment> {
    all.iter()
        .filter(|x| x.series == a.series && x.id != a.id)
        .filter(|x| (x.meta.date.as_str(), x.created) < (a.meta.date.as_str(), a.created))
        .max_by(|x, y| {
            (x.meta.date.as_str(), x.created)
                .partial_cmp(&(y.meta.date.as_str(), y.created))
                .unwrap_or(std::cmp::Ordering::Equal)
        })
}
