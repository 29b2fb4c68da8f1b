//! The one calendar date type of the app: strict `YYYY-MM-DD` (proleptic
//! Gregorian, years 1–9999), so `2026-02-31` is refused everywhere a date is
//! read (an assessment's date, an action's deadline, the CTI planner's start).
//! Plain arithmetic without crates: [`is_leap_year`], [`days_in_month`],
//! [`Date::add_months`], [`Date::pred`].

use std::fmt;

/// Why a date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(strum::EnumIter))]
pub enum DateError {
    /// Not `YYYY-MM-DD` with digits: "x", "2026-1-5", "26-01-05".
    Format,
    /// Year 0 (the calendar here starts at year 1).
    Year,
    /// Month outside 1–12: "2026-13-01".
    Month,
    /// Day outside the month: "2026-02-30", "2026-04-31", "2026-01-00".
    Day,
    /// The course would end after year 9999.
    OutOfRange,
}

impl DateError {
    /// Every variant, for the test that each has a text.
    pub const ALL: [DateError; 5] = [
        DateError::Format,
        DateError::Year,
        DateError::Month,
        DateError::Day,
        DateError::OutOfRange,
    ];

    key_and_text! {
        /// The interface text key of the Danish message (`ui_methods.toml`,
        /// section `[cti_plan]`); the UI shows `content::err.text()`.
        key,
        /// The text of [`Self::key`].
        text;
        DateError::Format => "cti_plan.error_format",
        DateError::Year => "cti_plan.error_year",
        DateError::Month => "cti_plan.error_month",
        DateError::Day => "cti_plan.error_day",
        DateError::OutOfRange => "cti_plan.error_out_of_range",
    }
}

/// True for leap years of the Gregorian calendar (2024, 2000; not 2100).
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` (1–12) of `year`; 0 for a month outside 1–12.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A valid calendar date. Ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

impl Date {
    /// A date, if it exists (years 1–9999).
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::Year);
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month);
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Day);
        }
        Ok(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD` (spaces around it are ignored).
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let s = s.trim();
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10
            || b[4] != b'-'
            || b[7] != b'-'
            || !digits(0..4)
            || !digits(5..7)
            || !digits(8..10)
        {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().map_err(|_| DateError::Format);
        let year = i32::try_from(num(0..4)?).map_err(|_| DateError::Format)?;
        Date::new(year, num(5..7)?, num(8..10)?)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    pub fn day(self) -> u32 {
        self.day
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        self.to_string()
    }

    /// The same day `months` later; a day the target month lacks becomes its
    /// last day (31 January + 1 month = 28 or 29 February).
    pub fn add_months(self, months: u32) -> Result<Date, DateError> {
        let index = i64::from(self.year) * 12 + i64::from(self.month - 1) + i64::from(months);
        let year = i32::try_from(index / 12).map_err(|_| DateError::OutOfRange)?;
        let month = (index % 12) as u32 + 1;
        if year > 9999 {
            return Err(DateError::OutOfRange);
        }
        Ok(Date {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        })
    }

    /// The day before; `None` before 1 January of year 1.
    pub fn pred(self) -> Option<Date> {
        if self.day > 1 {
            return Some(Date {
                day: self.day - 1,
                ..self
            });
        }
        let (year, month) = if self.month > 1 {
            (self.year, self.month - 1)
        } else {
            (self.year - 1, 12)
        };
        (year >= 1).then(|| Date {
            year,
            month,
            day: days_in_month(year, month),
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}
