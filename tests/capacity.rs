#![cfg(not(target_arch = "wasm32"))]
//! The caseload capacity calculator against a committed table of cases
//! (`tests/fixtures/capacity_cases.csv`, computed by hand), the parsing of
//! typed numbers, scenarios and totals, and a property test that no field is
//! ever NaN or infinite.
//!
//! The table's columns: the method's maximum caseload; citizens and staff
//! (FTE) as typed (an empty field is 0); the expected caseload (`-` when there
//! is no staff); the FTE needed to keep within the maximum; the status
//! (`within`, `at-max`, `above:<percent>`, `no-staff`, `empty`). Numbers use
//! the Danish decimal comma.

use housing_first_guiden::content::da;
use housing_first_guiden::model::capacity::{
    assess, calculator_methods, parse_citizens, parse_number, parse_staff, total, CapacityStatus,
    InputError, Scenario, ScenarioRow, MAX_CITIZENS, MAX_STAFF,
};
use proptest::prelude::*;

fn num(s: &str) -> f64 {
    s.trim().replace(',', ".").parse().unwrap()
}

#[test]
fn every_case_in_the_table() {
    let raw = include_str!("fixtures/capacity_cases.csv");
    let mut lines = raw.lines();
    assert_eq!(
        lines.next(),
        Some("method_max;citizens;staff;caseload;needed;status")
    );
    let mut n = 0;
    for (i, line) in lines.enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let row = i + 2;
        let f: Vec<&str> = line.split(';').collect();
        assert_eq!(f.len(), 6, "line {row}: six fields");
        let max: u32 = f[0].trim().parse().unwrap();
        let citizens = parse_citizens(f[1]).unwrap_or_else(|e| panic!("line {row}: {e:?}"));
        let staff = parse_staff(f[2]).unwrap_or_else(|e| panic!("line {row}: {e:?}"));
        let r = assess(max, citizens, staff);

        match (f[3].trim(), r.caseload) {
            ("-", None) => {}
            ("-", Some(c)) => panic!("line {row}: caseload {c}, expected none"),
            (want, Some(c)) => assert!(
                (c - num(want)).abs() < 1e-3,
                "line {row}: caseload {c}, expected {want}"
            ),
            (want, None) => panic!("line {row}: no caseload, expected {want}"),
        }
        assert!(
            (r.needed - num(f[4])).abs() < 1e-9,
            "line {row}: needed {}, expected {}",
            r.needed,
            f[4]
        );
        let shortfall = (num(f[4]) - staff).max(0.0);
        assert!(
            (r.shortfall - shortfall).abs() < 1e-6,
            "line {row}: shortfall {}",
            r.shortfall
        );
        assert!(r.shortfall >= 0.0);

        let status = f[5].trim();
        match (status.split_once(':'), r.status) {
            (Some(("above", pct)), CapacityStatus::Above { by_percent }) => assert!(
                (by_percent - num(pct)).abs() < 0.05,
                "line {row}: {by_percent} % above, expected {pct}"
            ),
            (_, s) => assert_eq!(s.code(), status, "line {row}"),
        }
        n += 1;
    }
    assert!(n >= 15, "at least 15 cases, found {n}");
}

#[test]
fn the_evaluations_13_to_14_per_worker_is_above_every_method() {
    // Seed 004: caseloads of 13–14 per worker, above the methods' maximum.
    for m in calculator_methods(da()) {
        for per_worker in [13.0, 14.0] {
            let r = assess(m.caseload_max.unwrap(), per_worker * 3.0, 3.0);
            assert!(
                matches!(r.status, CapacityStatus::Above { by_percent } if by_percent > 0.0),
                "{} at {per_worker}",
                m.id
            );
            assert!(r.shortfall > 0.0);
        }
    }
}

#[test]
fn the_calculator_offers_cti_icm_and_act_with_the_guides_maxima() {
    let got: Vec<(&str, u32)> = calculator_methods(da())
        .into_iter()
        .map(|m| (m.id.as_str(), m.caseload_max.unwrap()))
        .collect();
    assert_eq!(got, vec![("cti", 10), ("icm", 8), ("act", 8)]);
}

#[test]
fn accepted_numbers() {
    assert_eq!(parse_number("2,5"), Ok(2.5));
    assert_eq!(parse_number("2.5"), Ok(2.5));
    assert_eq!(parse_number(" 3 "), Ok(3.0));
    assert_eq!(parse_number("0"), Ok(0.0));
    assert_eq!(parse_number(",5"), Ok(0.5));
    assert_eq!(parse_number("5,"), Ok(5.0));
    assert_eq!(parse_number("0.125"), Ok(0.125));
    assert_eq!(parse_number("1000"), Ok(1000.0));
    assert_eq!(parse_number("2,75"), Ok(2.75));
    let zero = parse_number("-0").unwrap();
    assert!(zero == 0.0 && zero.is_sign_positive(), "-0 reads as 0");
    assert_eq!(parse_number("\t12\n"), Ok(12.0));
}

#[test]
fn absurd_inputs_are_refused_with_distinct_errors() {
    assert_eq!(parse_number("-3"), Err(InputError::Negative));
    assert_eq!(parse_number("-2,5"), Err(InputError::Negative));
    assert_eq!(parse_number("abc"), Err(InputError::NotANumber));
    assert_eq!(parse_number("1e400"), Err(InputError::NotFinite));
    assert_eq!(parse_number("NaN"), Err(InputError::NotFinite));
    assert_eq!(parse_number("nan"), Err(InputError::NotFinite));
    assert_eq!(parse_number("inf"), Err(InputError::NotFinite));
    assert_eq!(parse_number("-inf"), Err(InputError::NotFinite));
    assert_eq!(parse_number(""), Err(InputError::Empty));
    assert_eq!(parse_number("   "), Err(InputError::Empty));
    assert_eq!(
        parse_number("1.000.000"),
        Err(InputError::ThousandsSeparator)
    );
    assert_eq!(parse_number("1.000"), Err(InputError::ThousandsSeparator));
    assert_eq!(parse_number("1.000,5"), Err(InputError::ThousandsSeparator));
    assert_eq!(parse_number("1 000"), Err(InputError::ThousandsSeparator));
    assert_eq!(
        parse_number("1\u{a0}000"),
        Err(InputError::ThousandsSeparator)
    );
    assert_eq!(parse_number("2,5,1"), Err(InputError::NotANumber));
    assert_eq!(parse_number("1e3"), Err(InputError::NotANumber));
    assert_eq!(parse_number("+3"), Err(InputError::NotANumber));
    assert_eq!(parse_number(","), Err(InputError::NotANumber));
    assert_eq!(parse_number("3 borgere"), Err(InputError::NotANumber));
    assert_eq!(parse_number("--3"), Err(InputError::NotANumber));
    let huge = "9".repeat(400);
    assert_eq!(parse_number(&huge), Err(InputError::NotFinite));
}

#[test]
fn field_limits() {
    assert_eq!(parse_citizens(""), Ok(0.0), "an empty field is 0");
    assert_eq!(parse_staff("  "), Ok(0.0), "an empty field is 0");
    assert_eq!(parse_citizens("100000"), Ok(MAX_CITIZENS));
    assert_eq!(parse_citizens("100001"), Err(InputError::TooManyCitizens));
    assert_eq!(
        parse_citizens("1.000.000"),
        Err(InputError::ThousandsSeparator)
    );
    assert_eq!(
        parse_citizens(&"9".repeat(30)),
        Err(InputError::TooManyCitizens)
    );
    assert_eq!(parse_citizens("2,5"), Err(InputError::FractionalCitizens));
    assert_eq!(parse_citizens("-1"), Err(InputError::Negative));
    assert_eq!(parse_staff("10000"), Ok(MAX_STAFF));
    assert_eq!(parse_staff("10000,5"), Err(InputError::TooManyStaff));
    assert_eq!(parse_staff("0,5"), Ok(0.5));
    assert_eq!(parse_staff("NaN"), Err(InputError::NotFinite));
}

#[test]
fn every_error_has_a_danish_message_and_a_key() {
    let all = InputError::ALL;
    let mut keys: Vec<&str> = all.iter().map(|e| e.key()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), all.len(), "distinct keys");
    for e in all {
        let m = housing_first_guiden::content::t(e.key());
        assert!(m.ends_with('.') && m.len() > 10, "{e:?}: {m}");
        assert!(e.key().starts_with("capacity.error_"));
    }
}

#[test]
fn totals_do_not_let_one_method_cover_another() {
    // CTI: 45 citizens, 3 FTE (short 1,5); ICM: 8 citizens, 3 FTE (2 to spare).
    let rows = [assess(10, 45.0, 3.0), assess(8, 8.0, 3.0)];
    let t = total(&rows);
    assert_eq!(t.citizens, 53.0);
    assert_eq!(t.staff, 6.0);
    assert_eq!(t.needed, 5.5);
    assert_eq!(t.shortfall, 1.5, "ICM's spare staff does not cover CTI");
    assert_eq!(t.methods_over, 1);
    assert_eq!(total(&[]).needed, 0.0);
}

#[test]
fn totals_have_no_float_noise() {
    let rows = [assess(10, 1.0, 0.1), assess(10, 1.0, 0.2)];
    assert_eq!(total(&rows).staff, 0.3);
    assert_eq!(total(&rows).needed, 0.2);
}

#[test]
fn a_scenario_is_evaluated_and_saved_as_typed() {
    let c = da();
    let mut s = Scenario::new("s1".into(), "I dag".into(), c);
    assert_eq!(
        s.rows.iter().map(|r| r.method.as_str()).collect::<Vec<_>>(),
        ["cti", "icm", "act"]
    );
    s.rows[0].citizens = "45".into();
    s.rows[0].staff = "3".into();
    s.rows[1].citizens = "16".into();
    s.rows[1].staff = "2,0".into();
    s.rows[2].citizens = "abc".into();
    s.rows.push(ScenarioRow {
        method: "act-modificeret".into(),
        citizens: "5".into(),
        staff: "1".into(),
    });
    let out = s.evaluate(c);
    assert_eq!(out.rows.len(), 4);
    assert_eq!(out.rows[0].result.unwrap().needed, 4.5);
    assert_eq!(out.rows[1].result.unwrap().status, CapacityStatus::AtMax);
    assert_eq!(out.rows[2].citizens, Err(InputError::NotANumber));
    assert!(out.rows[2].result.is_none());
    assert!(
        out.rows[3].result.is_none(),
        "the modified ACT has no caseload maximum in the guide"
    );
    assert_eq!(out.total.citizens, 61.0);
    assert_eq!(out.total.needed, 6.5);
    assert_eq!(out.total.shortfall, 1.5);

    let json = serde_json::to_string(&s).unwrap();
    assert!(json.contains("\"2,0\""), "kept as typed: {json}");
    let back: Scenario = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    let minimal: Scenario = serde_json::from_str(r#"{"id":"x","name":"Tom"}"#).unwrap();
    assert!(minimal.rows.is_empty());
}

proptest! {
    #[test]
    fn no_field_is_ever_nan_or_infinite(
        max in 0u32..50,
        citizens in prop_oneof![any::<f64>(), 0.0..2e5f64, (0u32..200_000).prop_map(f64::from)],
        staff in prop_oneof![any::<f64>(), 0.0..2e4f64, 0.0..1e-5f64],
    ) {
        let r = assess(max, citizens, staff);
        prop_assert!(r.citizens.is_finite() && r.staff.is_finite());
        prop_assert!(r.needed.is_finite() && r.needed >= 0.0);
        prop_assert!(r.shortfall.is_finite() && r.shortfall >= 0.0);
        if let Some(c) = r.caseload {
            prop_assert!(c.is_finite() && c >= 0.0);
        }
        match r.status {
            CapacityStatus::Above { by_percent } => prop_assert!(by_percent.is_finite() && by_percent > 0.0),
            CapacityStatus::NoStaff => prop_assert!(r.caseload.is_none() && r.citizens > 0.0),
            CapacityStatus::Empty => prop_assert_eq!(r.citizens, 0.0),
            CapacityStatus::Within | CapacityStatus::AtMax => prop_assert!(r.caseload.is_some()),
        }
        // With the needed staff, the method is within its maximum (for whole
        // citizens, as the parser gives, and staff the parser accepts).
        if r.citizens > 0.0 && r.citizens.fract() == 0.0 && r.needed <= MAX_STAFF {
            let with_needed = assess(max, r.citizens, r.needed);
            prop_assert!(!with_needed.status.is_over(), "{:?}", with_needed);
        }
    }

    #[test]
    fn parsing_never_panics_and_gives_finite_non_negative_numbers(s in "\\PC{0,20}") {
        if let Ok(v) = parse_number(&s) {
            prop_assert!(v.is_finite() && v >= 0.0);
        }
        if let Ok(v) = parse_citizens(&s) {
            prop_assert!(v <= MAX_CITIZENS && v.fract() == 0.0);
        }
        if let Ok(v) = parse_staff(&s) {
            prop_assert!(v <= MAX_STAFF);
        }
    }

    #[test]
    fn typed_decimals_read_back(whole in 0u32..100_000, tenths in 0u32..10) {
        let v = f64::from(whole) + f64::from(tenths) / 10.0;
        prop_assert_eq!(parse_number(&format!("{whole},{tenths}")), Ok(v));
        prop_assert_eq!(parse_number(&format!("{whole}.{tenths}")), Ok(v));
    }
}

// The calculator's arithmetic at its edges (moved from the module's unit tests).
mod edges {
    use housing_first_guiden::model::capacity::assess;

    #[test]
    fn needed_has_no_float_noise() {
        for citizens in 0..=200 {
            let r = assess(10, f64::from(citizens), 1.0);
            assert_eq!(r.needed, f64::from(citizens) / 10.0, "{citizens}");
        }
    }

    #[test]
    fn zero_max_is_read_as_one() {
        let r = assess(0, 5.0, 1.0);
        assert_eq!(r.max, 1);
        assert_eq!(r.needed, 5.0);
    }

    #[test]
    fn bad_inputs_are_clamped() {
        for (c, s) in [
            (f64::NAN, 1.0),
            (1.0, f64::NAN),
            (f64::INFINITY, 1.0),
            (1.0, f64::INFINITY),
            (-5.0, -1.0),
            (1e300, 1e-300),
        ] {
            let r = assess(8, c, s);
            assert!(r.needed.is_finite() && r.shortfall.is_finite());
            assert!(r.caseload.is_none_or(f64::is_finite));
        }
    }
}
