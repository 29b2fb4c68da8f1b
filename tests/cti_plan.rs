#![cfg(not(target_arch = "wasm32"))]
//! CTI's three phases of three months (seed 001, "KENDETEGN: CTI-METODEN"):
//! dates across month ends, leap days and year changes, today's phase, and
//! refused dates. Expected dates were worked out on a calendar.

use housing_first_guiden::content::da;
use housing_first_guiden::model::cti_plan::{
    phases, today_phase, Date, DateError, PHASES, PHASE_MONTHS,
};
use proptest::prelude::*;

/// The phases as (start, end) ISO strings.
fn plan(start: &str) -> Vec<(String, String)> {
    phases(start)
        .unwrap()
        .iter()
        .map(|p| (p.start.iso(), p.end.iso()))
        .collect()
}

fn pairs(v: [(&str, &str); 3]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn the_content_has_three_phases_of_three_months() {
    let cti = da().method("cti").unwrap();
    assert_eq!(cti.phases.len(), PHASES);
    assert!(cti.phases.iter().all(|p| p.months == PHASE_MONTHS));
    let numbers: Vec<u32> = cti.phases.iter().map(|p| p.number).collect();
    assert_eq!(numbers, [1, 2, 3]);
}

#[test]
fn an_ordinary_start() {
    assert_eq!(
        plan("2026-03-01"),
        pairs([
            ("2026-03-01", "2026-05-31"),
            ("2026-06-01", "2026-08-31"),
            ("2026-09-01", "2026-11-30"),
        ])
    );
    let p = phases("2026-03-01").unwrap();
    assert_eq!(p.iter().map(|p| p.number).collect::<Vec<_>>(), [1, 2, 3]);
}

#[test]
fn mid_month_start_across_the_year_change() {
    assert_eq!(
        plan("2026-10-15"),
        pairs([
            ("2026-10-15", "2027-01-14"),
            ("2027-01-15", "2027-04-14"),
            ("2027-04-15", "2027-07-14"),
        ])
    );
}

#[test]
fn month_end_is_clamped_and_does_not_drift() {
    // 30 November + 3 months: February 2027 has no 30th → 28 February.
    // Phase 3 is counted from the start (30 May), not from 28 February.
    assert_eq!(
        plan("2026-11-30"),
        pairs([
            ("2026-11-30", "2027-02-27"),
            ("2027-02-28", "2027-05-29"),
            ("2027-05-30", "2027-08-29"),
        ])
    );
    assert_eq!(
        plan("2026-01-31"),
        pairs([
            ("2026-01-31", "2026-04-29"),
            ("2026-04-30", "2026-07-30"),
            ("2026-07-31", "2026-10-30"),
        ])
    );
    assert_eq!(
        plan("2026-08-31"),
        pairs([
            ("2026-08-31", "2026-11-29"),
            ("2026-11-30", "2027-02-27"),
            ("2027-02-28", "2027-05-30"),
        ])
    );
}

#[test]
fn leap_years() {
    // 30 November 2027 + 3 months: 2028 is a leap year → 29 February.
    assert_eq!(
        plan("2027-11-30"),
        pairs([
            ("2027-11-30", "2028-02-28"),
            ("2028-02-29", "2028-05-29"),
            ("2028-05-30", "2028-08-29"),
        ])
    );
    // A start on the leap day itself.
    assert_eq!(
        plan("2028-02-29"),
        pairs([
            ("2028-02-29", "2028-05-28"),
            ("2028-05-29", "2028-08-28"),
            ("2028-08-29", "2028-11-28"),
        ])
    );
    // Phase 1 ends on a leap day.
    assert_eq!(
        plan("2027-12-01")[0],
        ("2027-12-01".into(), "2028-02-29".into())
    );
    // 2100 is not a leap year.
    assert_eq!(plan("2099-11-29")[1].0, "2100-02-28");
    // 2000 was.
    assert_eq!(plan("1999-11-29")[1].0, "2000-02-29");
}

#[test]
fn start_on_new_years_day_and_eve() {
    assert_eq!(
        plan("2027-01-01"),
        pairs([
            ("2027-01-01", "2027-03-31"),
            ("2027-04-01", "2027-06-30"),
            ("2027-07-01", "2027-09-30"),
        ])
    );
    assert_eq!(
        plan("2026-12-31"),
        pairs([
            ("2026-12-31", "2027-03-30"),
            ("2027-03-31", "2027-06-29"),
            ("2027-06-30", "2027-09-29"),
        ])
    );
}

#[test]
fn invalid_dates_are_refused() {
    assert_eq!(phases("2026-02-30"), Err(DateError::Day));
    assert_eq!(
        phases("2027-02-29"),
        Err(DateError::Day),
        "2027 is no leap year"
    );
    assert_eq!(phases("2026-04-31"), Err(DateError::Day));
    assert_eq!(phases("2026-01-00"), Err(DateError::Day));
    assert_eq!(phases("2026-13-01"), Err(DateError::Month));
    assert_eq!(phases("2026-00-10"), Err(DateError::Month));
    assert_eq!(phases("x"), Err(DateError::Format));
    assert_eq!(phases(""), Err(DateError::Format));
    assert_eq!(phases("2026-1-05"), Err(DateError::Format));
    assert_eq!(phases("05-01-2026"), Err(DateError::Format));
    assert_eq!(phases("2026/01/05"), Err(DateError::Format));
    assert_eq!(phases("+026-01-05"), Err(DateError::Format));
    assert_eq!(phases("2026-01-05T00:00"), Err(DateError::Format));
    assert_eq!(phases("２０２６-01-05"), Err(DateError::Format));
    assert!(phases(" 2026-01-05 ").is_ok(), "spaces around are ignored");
    assert!(phases("2028-02-29").is_ok());
    for e in [
        DateError::Format,
        DateError::Year,
        DateError::Month,
        DateError::Day,
        DateError::OutOfRange,
    ] {
        assert!(!housing_first_guiden::content::t(e.key()).is_empty());
        assert!(e.key().starts_with("cti_plan.error_"));
    }
}

#[test]
fn todays_phase() {
    let s = "2026-11-30";
    assert_eq!(today_phase(s, "2026-11-29"), None, "before the start");
    assert_eq!(today_phase(s, "2026-11-30"), Some(1));
    assert_eq!(today_phase(s, "2027-02-27"), Some(1));
    assert_eq!(today_phase(s, "2027-02-28"), Some(2));
    assert_eq!(today_phase(s, "2027-05-29"), Some(2));
    assert_eq!(today_phase(s, "2027-05-30"), Some(3));
    assert_eq!(today_phase(s, "2027-08-29"), Some(3));
    assert_eq!(today_phase(s, "2027-08-30"), None, "after the course");
    assert_eq!(today_phase(s, "x"), None);
    assert_eq!(today_phase("2026-02-30", "2026-03-01"), None);
}

fn date() -> impl Strategy<Value = Date> {
    (1i32..=9990, 1u32..=12, 1u32..=31)
        .prop_filter_map("a real day", |(y, m, d)| Date::new(y, m, d).ok())
}

proptest! {
    #[test]
    fn phases_are_contiguous_and_about_three_months(start in date()) {
        let p = phases(&start.iso()).unwrap();
        prop_assert_eq!(p[0].start, start);
        for i in 0..3 {
            prop_assert!(p[i].start <= p[i].end);
            if i < 2 {
                // The day after phase i's end is phase i+1's start.
                prop_assert_eq!(p[i + 1].start.pred(), Some(p[i].end));
            }
            let months = (p[i].start.year() - start.year()) * 12
                + p[i].start.month() as i32 - start.month() as i32;
            prop_assert_eq!(months, 3 * i as i32);
            prop_assert!(p[i].start.day() <= start.day());
        }
        // Phase 3 ends nine months after the start, minus one day.
        let nine = start.add_months(9).unwrap();
        prop_assert_eq!(nine.pred(), Some(p[2].end));
        prop_assert_eq!(today_phase(&start.iso(), &start.iso()), Some(1));
        prop_assert_eq!(today_phase(&start.iso(), &nine.iso()), None);
    }

    #[test]
    fn iso_round_trips(d in date()) {
        prop_assert_eq!(Date::parse(&d.iso()), Ok(d));
    }

    #[test]
    fn parsing_never_panics(s in "\\PC{0,12}") {
        let _ = phases(&s);
        let _ = today_phase(&s, &s);
    }
}
