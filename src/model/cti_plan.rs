//! The CTI phase planner: from a course's start date, the dates of CTI's three
//! phases of three months each (seed 001, "KENDETEGN: CTI-METODEN": "tre faser
//! á tre måneders varighed"; nine months in all).
//!
//! Phase `n` starts `3·(n−1)` months after the start, always counted from the
//! start itself, so month ends do not drift: a course starting 30 November
//! 2026 has phase 2 from 28 February 2027 (February has no 30th) and phase 3
//! from 30 May 2027. A phase ends the day before the next one starts; phase 3
//! ends nine months after the start, minus one day.
//!
//! The calendar arithmetic is [`crate::model::date`]'s.

pub use super::date::{days_in_month, is_leap_year, Date, DateError};

/// Months per CTI phase; the content's phases (`methods.toml`) say the same,
/// and `tests/cti_plan.rs` checks that they do.
pub const PHASE_MONTHS: u32 = 3;
/// The number of CTI phases.
pub const PHASES: usize = 3;

/// One phase of a CTI course: its number (1–3) and first and last day, both
/// included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhaseDates {
    pub number: usize,
    pub start: Date,
    pub end: Date,
}

impl PhaseDates {
    /// True when `day` lies in the phase (first and last day included).
    pub fn contains(&self, day: Date) -> bool {
        self.start <= day && day <= self.end
    }
}

/// The three phases of a CTI course starting on `start` (`YYYY-MM-DD`).
pub fn phases(start: &str) -> Result<[PhaseDates; 3], DateError> {
    phases_from(Date::parse(start)?)
}

/// [`phases`] for a parsed date.
pub fn phases_from(start: Date) -> Result<[PhaseDates; 3], DateError> {
    let boundary = |n: u32| start.add_months(n * PHASE_MONTHS);
    let starts = [start, boundary(1)?, boundary(2)?, boundary(3)?];
    let phase = |i: usize| -> Result<PhaseDates, DateError> {
        Ok(PhaseDates {
            number: i + 1,
            start: starts[i],
            // The next boundary is at least three months after year 1, so it has a day before it.
            end: starts[i + 1].pred().ok_or(DateError::OutOfRange)?,
        })
    };
    Ok([phase(0)?, phase(1)?, phase(2)?])
}

/// The phase (1, 2 or 3) that `today` falls in for a course starting on
/// `start`; `None` before the start, after the last day of phase 3, or when
/// either date is invalid.
pub fn today_phase(start: &str, today: &str) -> Option<usize> {
    let today = Date::parse(today).ok()?;
    phases(start)
        .ok()?
        .iter()
        .find(|p| p.contains(today))
        .map(|p| p.number)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years() {
        assert!(is_leap_year(2024));
        assert!(is_leap_year(2000));
        assert!(!is_leap_year(2100));
        assert!(!is_leap_year(2026));
        assert_eq!(days_in_month(2028, 2), 29);
        assert_eq!(days_in_month(2027, 2), 28);
        assert_eq!(days_in_month(2027, 13), 0);
    }

    #[test]
    fn pred_crosses_months_and_years() {
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(d("2027-01-01").pred(), Some(d("2026-12-31")));
        assert_eq!(d("2028-03-01").pred(), Some(d("2028-02-29")));
        assert_eq!(d("2027-03-01").pred(), Some(d("2027-02-28")));
        assert_eq!(d("0001-01-01").pred(), None);
    }

    #[test]
    fn the_last_years_are_refused_cleanly() {
        assert_eq!(phases("9999-06-01"), Err(DateError::OutOfRange));
        assert!(phases("9999-03-31").is_ok());
        assert_eq!(phases("0000-01-01"), Err(DateError::Year));
    }
}
