#![cfg(not(target_arch = "wasm32"))]
//! The method checks (`items_methods.toml`): one section per support method,
//! 6–10 statements each, no driver, every statement with quotes (which
//! `tests/quotes.rs` finds verbatim under their headings), an introduction that
//! says what the check is not; scoring, gaps, comparison, export per method.

use housing_first_guiden::content::{da, Content};

fn method_sections(c: &Content) -> Vec<&housing_first_guiden::content::AssessmentSection> {
    c.items
        .sections
        .iter()
        .filter(|s| s.method.is_some())
        .collect()
}

#[test]
fn there_is_one_method_check_per_method_with_six_to_ten_statements() {
    let c = da();
    let methods: Vec<&str> = method_sections(c)
        .iter()
        .map(|s| s.method.as_deref().unwrap())
        .collect();
    assert_eq!(methods, ["cti", "icm", "act"]);
    for s in method_sections(c) {
        let n = c.items.items.iter().filter(|i| i.section == s.id).count();
        assert!((6..=10).contains(&n), "{}: {n} statements", s.id);
    }
}

#[test]
fn method_statements_belong_to_no_driver_and_other_statements_do() {
    let c = da();
    for i in &c.items.items {
        let method = c
            .assessment_section(&i.section)
            .is_some_and(|s| s.method.is_some());
        assert_eq!(i.driver.is_empty(), method, "{}", i.id);
    }
}

#[test]
fn every_method_statement_quotes_its_source() {
    // tests/quotes.rs finds each quote verbatim under its heading in the seeds.
    let c = da();
    for s in method_sections(c) {
        for i in c.items.items.iter().filter(|i| i.section == s.id) {
            // The look-up the method checks' results use.
            let sources = c.method_item_source(&i.id);
            assert!(
                !sources.is_empty() && sources.iter().all(|r| !r.quote.is_empty()),
                "{} has a reference without a quote",
                i.id
            );
        }
    }
}

#[test]
fn each_method_check_says_it_is_not_an_official_fidelity_measurement() {
    for s in method_sections(da()) {
        assert!(
            s.description.contains("ikke en officiel fidelitetsmåling"),
            "{}",
            s.id
        );
    }
}

#[test]
fn caseload_statements_carry_the_methods_maximum() {
    let c = da();
    for (item, max) in [
        ("cti-7", "10 borgere"),
        ("icm-7", "otte borgere"),
        ("act-6", "otte borgere"),
    ] {
        let i = c.item(item).unwrap();
        assert!(i.text().statement.contains(max), "{item}");
        assert!(
            c.method_item_source(&i.id)
                .iter()
                .flat_map(|r| &r.quote)
                .any(|q| q.contains(max)),
            "{item}"
        );
    }
}

// ---------------------------------------------------------------------------
// Scoring and gaps per method on a committed fixture, computed by hand.
// ---------------------------------------------------------------------------

use housing_first_guiden::model::assessment::Assessment;
use housing_first_guiden::model::compare::{compare, trend};
use housing_first_guiden::model::gaps::{gaps, gaps_in};
use housing_first_guiden::model::rating::Rating;
use housing_first_guiden::model::scoring::{results, Score};
use housing_first_guiden::storage::schema::decode;

/// The drivers' section of the schema-1 fixture plus the CTI and ACT checks
/// (ICM left out, though one ICM statement is already answered).
fn with_methods() -> Assessment {
    decode(
        "assessment",
        include_str!("fixtures/methods/assessment.json"),
    )
    .expect("the method fixture loads")
}

fn baseline() -> Assessment {
    decode(
        "assessment",
        include_str!("fixtures/schema-1/assessment.json"),
    )
    .expect("the schema-1 fixture loads unchanged")
}

fn score<'a>(r: &'a [(String, Score)], id: &str) -> &'a Score {
    &r.iter().find(|(s, _)| s == id).unwrap().1
}

#[test]
fn each_method_check_is_scored_on_its_own() {
    let c = da();
    let r = results(c, &with_methods());
    let ids: Vec<&str> = r.methods.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        ids,
        ["metodetjek-cti", "metodetjek-act"],
        "ICM is not included"
    );
    // CTI: 4, 3, 2, 1, 1, 2 scored (sum 13); cti-6 Ved ikke, cti-8 Ikke relevant,
    // cti-9 and cti-10 unanswered → mean 13/6, 54,17 %, coverage 6 of 9.
    let cti = score(&r.methods, "metodetjek-cti");
    assert_eq!(
        (
            cti.items,
            cti.scored,
            cti.dont_know,
            cti.not_relevant,
            cti.unanswered,
            cti.sum
        ),
        (10, 6, 1, 1, 2, 13)
    );
    assert!((cti.percent().unwrap() - 13.0 / 6.0 / 4.0 * 100.0).abs() < 1e-9);
    assert!((cti.coverage_percent() - 600.0 / 9.0).abs() < 1e-9);
    // ACT: seven 4s, act-2 a 1, act-6 a 2 → 31 / 9 = 3,44, 86,11 %, coverage 100 %.
    let act = score(&r.methods, "metodetjek-act");
    assert_eq!((act.items, act.scored, act.sum), (9, 9, 31));
    assert!((act.percent().unwrap() - 31.0 / 9.0 / 4.0 * 100.0).abs() < 1e-9);
    assert_eq!(act.coverage_percent(), 100.0);
}

#[test]
fn method_checks_leave_drivers_overall_and_level_as_they_were() {
    let c = da();
    let with = results(c, &with_methods());
    let without = results(c, &baseline());
    assert_eq!(
        with.drivers, without.drivers,
        "the spider chart does not move"
    );
    assert_eq!(with.overall, without.overall);
    assert_eq!(with.level, without.level);
    assert_eq!(
        with.sections, without.sections,
        "method checks are not sections of the common part"
    );
    assert!(with.has_common_part());
}

#[test]
fn a_method_only_assessment_has_method_blocks_and_no_common_part() {
    let c = da();
    let mut a = with_methods();
    a.meta.sections = vec!["metodetjek-cti".into(), "metodetjek-act".into()];
    let r = results(c, &a);
    assert!(!r.has_common_part());
    assert_eq!(r.overall.items, 0);
    assert_eq!(r.methods.len(), 2);
    assert_eq!(
        a.progress(c),
        (17, 19),
        "progress counts the method statements"
    );
}

#[test]
fn method_gaps_follow_the_drivers_one_method_after_the_other() {
    let c = da();
    let a = with_methods();
    let ids: Vec<String> = gaps(c, &a).iter().map(|g| g.item.id.clone()).collect();
    let drivers_only: Vec<String> = gaps(c, &baseline())
        .iter()
        .map(|g| g.item.id.clone())
        .collect();
    assert_eq!(ids[..drivers_only.len()], drivers_only[..]);
    // CTI: rated 1 first (cti-4, cti-5), then rated 2 (cti-3, cti-7); then ACT.
    assert_eq!(
        ids[drivers_only.len()..],
        ["cti-4", "cti-5", "cti-3", "cti-7", "act-2", "act-6"]
    );
    let cti: Vec<&str> = gaps_in(c, &a, "metodetjek-cti")
        .iter()
        .map(|g| g.item.id.as_str())
        .collect();
    assert_eq!(cti, ["cti-4", "cti-5", "cti-3", "cti-7"]);
    assert!(gaps_in(c, &a, "metodetjek-act")
        .iter()
        .all(|g| c.advice(&g.item.id).is_some_and(|a| !a.advice.is_empty())));
}

#[test]
fn adding_a_method_check_later_keeps_every_answer() {
    let c = da();
    let mut a = with_methods();
    let answers = a.answers.clone();
    a.add_sections(c, &["metodetjek-icm"], 99.0);
    assert_eq!(
        a.meta.sections,
        [
            "drivkraefter",
            "metodetjek-cti",
            "metodetjek-icm",
            "metodetjek-act"
        ],
        "content order"
    );
    assert_eq!(a.meta.at, 99.0);
    assert_eq!(a.answers, answers);
    let r = results(c, &a);
    let icm = score(&r.methods, "metodetjek-icm");
    assert_eq!(
        (icm.items, icm.scored, icm.sum),
        (9, 1, 1),
        "icm-1 was answered before"
    );
    // Adding what is there already changes nothing, not even the time.
    a.add_sections(c, &["metodetjek-icm", "ukendt"], 100.0);
    assert_eq!(a.meta.at, 99.0);
    assert_eq!(a.meta.sections.len(), 4);
}

#[test]
fn comparison_and_trend_carry_the_method_checks() {
    let c = da();
    let before = with_methods();
    let mut after = before.follow_up("f2".into(), "2026-07-01".into(), true, 10.0);
    after.set_rating("cti-4", Some(Rating::Fully), 11.0);
    after.add_sections(c, &["metodetjek-icm"], 11.0);
    let cmp = compare(c, &before, &after);
    let ids: Vec<&str> = cmp.methods.iter().map(|m| m.section.as_str()).collect();
    assert_eq!(ids, ["metodetjek-cti", "metodetjek-icm", "metodetjek-act"]);
    // CTI: 13/6 → 16/6 of 4: +12,5 points.
    assert!((cmp.methods[0].delta().unwrap() - 12.5).abs() < 1e-9);
    assert_eq!(
        cmp.methods[1].before, None,
        "ICM was not in the first measurement"
    );
    assert_eq!(cmp.methods[1].after, Some(25.0));
    assert!(cmp.improved.iter().any(|i| i.item == "cti-4"));
    let t = trend(c, &[&before, &after]);
    assert_eq!(t[0].methods.len(), 3);
    assert_eq!(t[0].methods[1], None);
    assert_eq!(t[1].methods[2], t[0].methods[2], "ACT unchanged");
}

#[test]
fn export_import_and_csv_carry_the_method_checks() {
    use housing_first_guiden::storage::backup::*;
    let c = da();
    let a = with_methods();
    let file = encode_backup(&Backup {
        exported: "2026-12-01".into(),
        assessments: vec![a.clone(), baseline()],
        other: Default::default(),
    });
    let back = decode_import(&file).unwrap();
    let plan = plan_import(c, &back, &[]);
    assert_eq!(
        (plan.added.len(), plan.unknown_items.len()),
        (2, 0),
        "method items are known items"
    );
    let imported = apply_import(c, &plan, ImportMode::Merge);
    assert_eq!(imported[0], a);
    assert_eq!(results(c, &imported[0]), results(c, &a));
    // The CSV has a row per included statement: the method checks' rows name
    // their section and leave the driver empty.
    let csv = assessment_csv(c, &a);
    let row = csv
        .lines()
        .find(|l| l.contains(";cti-7;"))
        .expect("cti-7 is exported");
    assert!(row.contains("Metodetjek: CTI;;cti-7;"), "{row}");
    assert!(row.contains("13 borgere"), "the note: {row}");
    assert!(!csv.contains(";icm-1;"), "ICM is not included");
    assert_eq!(csv.lines().count(), 1 + 40 + 10 + 9);
}

#[test]
fn start_here_groups_and_strengths_leave_the_method_checks_to_their_blocks() {
    use housing_first_guiden::model::priorities::{gap_groups, start_here, strengths};
    let c = da();
    let (with, without) = (with_methods(), baseline());
    let ids = |v: Vec<housing_first_guiden::model::gaps::Gap>| {
        v.into_iter().map(|g| g.item.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(start_here(c, &with)), ids(start_here(c, &without)));
    let start = start_here(c, &with);
    let groups = gap_groups(c, &with, &start);
    assert!(groups
        .iter()
        .flat_map(|g| &g.sections)
        .all(|(s, _)| !c.is_method_check(s)));
    assert_eq!(strengths(c, &with), strengths(c, &without));
}
