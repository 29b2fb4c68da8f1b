#![cfg(not(target_arch = "wasm32"))]
//! The self-assessment's logic on a committed fixture whose results were
//! computed by hand: scores, coverage, level, gaps, comparison, actions.

use housing_first_guiden::content::da;
use housing_first_guiden::model::assessment::{Action, ActionStatus, Assessment};
use housing_first_guiden::model::compare::{compare, trend};
use housing_first_guiden::model::gaps::gaps;
use housing_first_guiden::model::rating::Rating;
use housing_first_guiden::model::scoring::{results, LevelOutcome, Score};
use housing_first_guiden::storage::schema::decode;

fn fixture() -> Assessment {
    let raw = include_str!("fixtures/schema-1/assessment.json");
    decode("assessment", raw).expect("the schema-1 fixture loads")
}

fn driver<'a>(r: &'a [(String, Score)], id: &str) -> &'a Score {
    &r.iter().find(|(d, _)| d == id).unwrap().1
}

#[test]
fn scores_match_the_hand_computed_fixture() {
    let c = da();
    let a = fixture();
    let r = results(c, &a);
    // Indsatsen: 4, 3, 2, 1 scored; one Ved ikke, one Ikke relevant, two unanswered.
    let ind = driver(&r.drivers, "indsatsen");
    assert_eq!(
        (
            ind.items,
            ind.scored,
            ind.dont_know,
            ind.not_relevant,
            ind.unanswered
        ),
        (8, 4, 1, 1, 2)
    );
    assert_eq!(ind.mean(), Some(2.5));
    assert_eq!(ind.percent(), Some(62.5));
    assert!(
        (ind.coverage_percent() - 400.0 / 7.0).abs() < 1e-9,
        "4 of 7 scorable"
    );
    assert_eq!(driver(&r.drivers, "konteksten").percent(), Some(75.0));
    assert_eq!(driver(&r.drivers, "organiseringen").percent(), Some(100.0));
    assert_eq!(driver(&r.drivers, "menneskene").percent(), Some(50.0));
    assert_eq!(driver(&r.drivers, "ledelse").percent(), Some(25.0));
    // Overall: 36 scored, sum 90 → mean 2,5 = 62,5 %; coverage 36 of 39.
    assert_eq!(
        (r.overall.items, r.overall.scored, r.overall.sum),
        (40, 36, 90)
    );
    assert_eq!(r.overall.percent(), Some(62.5));
    assert!((r.overall.coverage_percent() - 3600.0 / 39.0).abs() < 1e-9);
    assert_eq!(r.level, LevelOutcome::Level("delvis".into()));
    assert_eq!(r.sections.len(), 1, "only the drivers' section is included");
    assert_eq!(
        a.progress(c),
        (38, 40),
        "Ved ikke and Ikke relevant count as answered"
    );
}

#[test]
fn levels_follow_the_thresholds_and_need_coverage() {
    let c = da();
    let mut a = fixture();
    let all: Vec<String> = a.items(c).iter().map(|i| i.id.clone()).collect();
    for id in &all {
        a.set_rating(id, Some(Rating::Fully), 1.0);
    }
    assert_eq!(results(c, &a).level, LevelOutcome::Level("staerk".into()));
    for id in &all {
        a.set_rating(id, Some(Rating::NotInPlace), 2.0);
    }
    assert_eq!(
        results(c, &a).level,
        LevelOutcome::Level("begraenset".into())
    );
    // Mean exactly 3.2 → 80 %: the threshold itself is "stærk".
    for (n, id) in all.iter().enumerate() {
        let r = if n % 5 == 0 {
            Rating::Started
        } else if n % 5 == 1 {
            Rating::Partly
        } else {
            Rating::Fully
        };
        a.set_rating(id, Some(if n % 5 == 2 { Rating::Partly } else { r }), 3.0);
    }
    let overall = results(c, &a).overall;
    assert!(
        (overall.mean().unwrap() - 3.2).abs() < 1e-9,
        "{:?}",
        overall.mean()
    );
    assert_eq!(results(c, &a).level, LevelOutcome::Level("staerk".into()));
    // Below the minimum coverage: no level at all.
    for id in all.iter().skip(10) {
        a.set_rating(id, Some(Rating::DontKnow), 4.0);
    }
    match results(c, &a).level {
        LevelOutcome::TooLittleCoverage { coverage, needed } => {
            assert_eq!(needed, 70);
            assert!((coverage - 25.0).abs() < 1e-9);
        }
        other => panic!("expected no level, got {other:?}"),
    }
    // Nothing answered: no level, no NaN.
    let empty = Assessment::new(
        "e".into(),
        "Tom".into(),
        "2026-01-01".into(),
        vec!["drivkraefter".into()],
        0.0,
    );
    let r = results(c, &empty);
    assert_eq!(r.overall.percent(), None);
    assert_eq!(r.overall.coverage_percent(), 0.0);
    assert!(matches!(r.level, LevelOutcome::TooLittleCoverage { .. }));
}

#[test]
fn gaps_are_the_items_rated_1_or_2_by_driver_then_rating() {
    let c = da();
    let a = fixture();
    let g = gaps(c, &a);
    let ids: Vec<&str> = g.iter().map(|g| g.item.id.as_str()).collect();
    let mut expected = vec!["ind-04", "ind-03"];
    let men: Vec<String> = (1..=8).map(|n| format!("men-0{n}")).collect();
    let led: Vec<String> = (1..=8).map(|n| format!("led-0{n}")).collect();
    expected.extend(men.iter().map(String::as_str));
    expected.extend(led.iter().map(String::as_str));
    assert_eq!(ids, expected);
    assert!(
        g.iter()
            .all(|g| c.advice(&g.item.id).is_some_and(|a| !a.advice.is_empty())),
        "every gap carries the guide's advice"
    );
    assert!(
        g.iter().find(|g| g.item.id == "led-01").unwrap().has_action,
        "led-01 already has an action"
    );
    assert!(!g.iter().find(|g| g.item.id == "led-02").unwrap().has_action);
}

#[test]
fn a_follow_up_compares_per_driver_and_per_item() {
    let c = da();
    let before = fixture();
    let mut after = before.follow_up("fixture-follow-up".into(), "2026-07-01".into(), true, 10.0);
    assert_eq!(after.series, before.series);
    assert_eq!(after.answers.len(), before.answers.len());
    after.set_rating("led-01", Some(Rating::Partly), 11.0);
    after.set_rating("org-01", Some(Rating::Partly), 11.0);
    let cmp = compare(c, &before, &after);
    let led = cmp.drivers.iter().find(|d| d.driver == "ledelse").unwrap();
    assert_eq!(led.before, Some(25.0));
    assert_eq!(led.after, Some(31.25), "(3 + 7×1) / 8 / 4");
    assert_eq!(led.delta(), Some(6.25));
    assert_eq!(cmp.improved.len(), 1);
    assert_eq!(cmp.improved[0].item, "led-01");
    assert_eq!(cmp.fell_back.len(), 1);
    assert_eq!(
        (cmp.fell_back[0].before, cmp.fell_back[0].after),
        (Rating::Fully, Rating::Partly)
    );

    let cleared = before.follow_up("fresh".into(), "2027-01-01".into(), false, 12.0);
    assert!(cleared.answers.is_empty());
    assert_eq!(cleared.plan().len(), 1, "the action plan carries over");
    let t = trend(c, &[&cleared, &before, &after]);
    let dates: Vec<&str> = t.iter().map(|p| p.date.as_str()).collect();
    assert_eq!(dates, ["2026-01-01", "2026-07-01", "2027-01-01"]);
    assert_eq!(t[0].overall, Some(62.5));
    assert_eq!(t[2].overall, None);
    assert_eq!(t[0].drivers.len(), 5);
}

#[test]
fn actions_can_be_added_reordered_finished_and_become_overdue() {
    let mut a = fixture();
    let new = |id: &str| Action {
        id: id.into(),
        title: format!("Handling {id}"),
        responsible: String::new(),
        deadline: None,
        status: ActionStatus::NotStarted,
        item: None,
        order: 0,
        deleted: false,
        at: 0.0,
    };
    a.add_action(new("b"), 5.0);
    a.add_action(new("c"), 6.0);
    let order = |a: &Assessment| a.plan().iter().map(|x| x.id.clone()).collect::<Vec<_>>();
    assert_eq!(order(&a), ["act-1", "b", "c"]);
    a.move_action("c", -1, 7.0);
    assert_eq!(order(&a), ["act-1", "c", "b"]);
    a.move_action("act-1", -1, 8.0);
    assert_eq!(
        order(&a),
        ["act-1", "c", "b"],
        "the first cannot move further up"
    );
    let act1 = a.plan()[0].clone();
    assert!(act1.is_overdue("2026-03-02"));
    assert!(!act1.is_overdue("2026-03-01"), "due today is not overdue");
    a.update_action("act-1", 9.0, |x| x.status = ActionStatus::Done);
    assert!(
        !a.plan()[0].is_overdue("2027-01-01"),
        "done is never overdue"
    );
    a.update_action("b", 10.0, |x| x.deleted = true);
    assert_eq!(order(&a), ["act-1", "c"]);
}
