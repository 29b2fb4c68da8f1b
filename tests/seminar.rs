#![cfg(not(target_arch = "wasm32"))]
//! The seminar with the real content: merging answers on a committed fixture
//! whose statistics were computed by hand, sorting, role means, the consensus
//! and templates. Links and files are `seminar_links.rs`'s.

use housing_first_guiden::content::da;
use housing_first_guiden::model::rating::Rating;
use housing_first_guiden::model::scoring::results;
use housing_first_guiden::model::seminar::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Fixture {
    def: SeminarDef,
    responses: Vec<Response>,
}

fn fixture() -> Fixture {
    serde_json::from_str(include_str!("fixtures/seminar-merge.json")).expect("fixture parses")
}

/// The fixture merged: Anna's second answer replaces her first.
fn merged() -> Seminar {
    let f = fixture();
    let mut s = Seminar::new(f.def);
    let outcomes: Vec<AddOutcome> = f.responses.into_iter().map(|r| s.add(r)).collect();
    assert_eq!(
        outcomes,
        [
            AddOutcome::Added,
            AddOutcome::Added,
            AddOutcome::Added,
            AddOutcome::Replaced {
                previous_at: 1_767_226_000_000.0
            },
            AddOutcome::Added,
        ]
    );
    s
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-12)
}

fn close_all(a: &[Option<f64>], b: &[Option<f64>]) {
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(b) {
        match (x, y) {
            (None, None) => {}
            (Some(_), Some(y)) => assert!(close(*x, *y), "{a:?} != {b:?}"),
            _ => panic!("{a:?} != {b:?}"),
        }
    }
}

#[test]
fn the_fixture_merges_to_one_answer_per_participant() {
    let s = merged();
    let who: Vec<&str> = s.responses.iter().map(|r| r.participant.as_str()).collect();
    assert_eq!(who, ["anna", "bo", "cem", "dan"]);
    assert_eq!(s.responses[0].at, 1_767_226_900_000.0);
    // Adding the old answer again changes nothing.
    let mut again = s.clone();
    let old = fixture().responses[0].clone();
    assert_eq!(again.add(old), AddOutcome::KeptNewer);
    assert_eq!(again, s);
}

#[test]
fn item_stats_match_the_hand_computed_fixture() {
    // Merged ratings (anna, bo, cem, dan), v = Ved ikke, r = Ikke relevant:
    // ind-01: 4 3 1 2   ind-02: 3 3 3 -   kon-01: v 2 v 3
    // led-01: 2 r 4 4   pri-1:  1 - 2 v
    let st = item_stats(&merged());
    let ids: Vec<&str> = st.iter().map(|x| x.item.as_str()).collect();
    assert_eq!(ids, ["ind-01", "ind-02", "kon-01", "led-01", "pri-1"]);

    let counts: Vec<[usize; 6]> = st.iter().map(|x| x.counts).collect();
    assert_eq!(
        counts,
        [
            [1, 1, 1, 1, 0, 0],
            [0, 0, 3, 0, 0, 0],
            [0, 1, 1, 0, 2, 0],
            [0, 1, 0, 2, 0, 1],
            [1, 1, 0, 0, 1, 0],
        ]
    );
    let n: Vec<usize> = st.iter().map(|x| x.n_scored).collect();
    assert_eq!(n, [4, 3, 2, 3, 2]);
    let means: Vec<Option<f64>> = st.iter().map(|x| x.mean).collect();
    close_all(
        &means,
        &[Some(2.5), Some(3.0), Some(2.5), Some(10.0 / 3.0), Some(1.5)],
    );
    let min: Vec<Option<u8>> = st.iter().map(|x| x.min).collect();
    assert_eq!(min, [Some(1), Some(3), Some(2), Some(2), Some(1)]);
    let max: Vec<Option<u8>> = st.iter().map(|x| x.max).collect();
    assert_eq!(max, [Some(4), Some(3), Some(3), Some(4), Some(2)]);
    let spread: Vec<Option<u8>> = st.iter().map(|x| x.spread).collect();
    assert_eq!(spread, [Some(3), Some(0), Some(1), Some(2), Some(1)]);
    // Population standard deviation: ind-01 √(5/4), led-01 √(8/9).
    let sd: Vec<Option<f64>> = st.iter().map(|x| x.std_dev).collect();
    close_all(
        &sd,
        &[
            Some(1.25f64.sqrt()),
            Some(0.0),
            Some(0.5),
            Some((8.0f64 / 9.0).sqrt()),
            Some(0.5),
        ],
    );
    let dk: Vec<usize> = st.iter().map(|x| x.dont_know).collect();
    assert_eq!(dk, [0, 0, 2, 0, 1]);
    let dis: Vec<bool> = st.iter().map(|x| x.disagreement).collect();
    assert_eq!(dis, [true, false, false, true, false]);
}

#[test]
fn sorting_puts_disagreement_and_low_means_first() {
    let st = item_stats(&merged());
    let ids = |v: &[ItemStats]| v.iter().map(|x| x.item.clone()).collect::<Vec<_>>();

    let mut by_dis = st.clone();
    sort_by_disagreement(&mut by_dis);
    // kon-01 and pri-1 tie on spread 1 and deviation 0.5: item order decides.
    assert_eq!(
        ids(&by_dis),
        ["ind-01", "led-01", "kon-01", "pri-1", "ind-02"]
    );

    let mut by_mean = st.clone();
    sort_by_mean(&mut by_mean);
    // ind-01 and kon-01 tie on 2.5: item order decides.
    assert_eq!(
        ids(&by_mean),
        ["pri-1", "ind-01", "kon-01", "ind-02", "led-01"]
    );

    // Items nobody scored go last in both.
    let mut s = merged();
    for r in &mut s.responses {
        r.ratings[1] = Some(Rating::DontKnow);
    }
    let mut st = item_stats(&s);
    sort_by_disagreement(&mut st);
    assert_eq!(st.last().unwrap().item, "ind-02");
    sort_by_mean(&mut st);
    assert_eq!(st.last().unwrap().item, "ind-02");
}

#[test]
fn role_means_match_the_hand_computed_fixture() {
    let c = da();
    let drivers: Vec<&str> = c.items.drivers.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        drivers,
        [
            "indsatsen",
            "konteksten",
            "organiseringen",
            "menneskene",
            "ledelse"
        ]
    );
    let rows = role_driver_means(&merged(), c);
    let roles: Vec<(Option<&str>, usize)> = rows.iter().map(|r| (r.role.as_deref(), r.n)).collect();
    // Bo's "ledelse " counts as Ledelse; Dan gave no role.
    assert_eq!(
        roles,
        [(Some("Ledelse"), 2), (Some("Faglig"), 1), (None, 1)]
    );
    // Ledelse (anna, bo): indsatsen 4 3 3 3; konteksten v 2; ledelse 2 1 (r, - left out).
    close_all(
        &rows[0].drivers,
        &[Some(3.25), Some(2.0), None, None, Some(1.5)],
    );
    // Faglig (cem): indsatsen 1 3; konteksten v; ledelse 4 2.
    close_all(&rows[1].drivers, &[Some(2.0), None, None, None, Some(3.0)]);
    // Uden rolle (dan): indsatsen 2 -; konteksten 3; ledelse 4 v.
    close_all(
        &rows[2].drivers,
        &[Some(2.0), Some(3.0), None, None, Some(4.0)],
    );
}

#[test]
fn group_percent_matches_the_hand_computed_fixture() {
    // indsatsen 4 3 1 2 3 3 3 = 19/7; konteksten 2 3 = 2.5; ledelse 2 4 4 1 2 = 2.6.
    let p = group_driver_percent(&merged(), da());
    close_all(
        &p,
        &[
            Some(19.0 / 7.0 / 4.0 * 100.0),
            Some(62.5),
            None,
            None,
            Some(65.0),
        ],
    );
}

#[test]
fn the_consensus_becomes_an_ordinary_assessment() {
    let c = da();
    let mut s = merged();
    s.set_consensus("ind-01", Some(Rating::Started), "Vi er uenige om CTI", 5.0);
    s.set_consensus("pri-1", Some(Rating::NotInPlace), "", 6.0);
    s.set_consensus("kon-01", None, "", 7.0); // neither rating nor note: left out
    s.set_consensus("led-01", None, "Tages op igen", 8.0);
    let a = to_assessment(
        &s,
        c,
        "a1".into(),
        "Eksempel Kommune".into(),
        "2026-01-01".into(),
        9.0,
    );
    assert_eq!(a.id, "a1");
    assert_eq!(a.series, "a1");
    assert_eq!(a.meta.name, "Eksempel Kommune");
    assert_eq!(a.meta.sections, ["drivkraefter", "principper"]);
    assert_eq!(
        a.answers.keys().collect::<Vec<_>>(),
        ["ind-01", "led-01", "pri-1"]
    );
    assert_eq!(a.rating("ind-01"), Some(Rating::Started));
    assert_eq!(a.note("ind-01"), "Vi er uenige om CTI");
    assert_eq!(a.answers.get("pri-1").unwrap().at, 6.0);
    assert_eq!(a.rating("led-01"), None);
    assert_eq!(a.note("led-01"), "Tages op igen");
    let r = results(c, &a);
    assert_eq!(r.overall.scored, 2);
    assert_eq!(r.overall.mean(), Some(1.5));
}

#[test]
fn templates_follow_the_content() {
    let c = da();
    let drivers = template_items(c, Template::Drivers);
    assert_eq!(drivers.len(), 40);
    assert!(drivers
        .iter()
        .all(|i| c.item(i).unwrap().section == "drivkraefter"));
    let whole = template_items(c, Template::Whole);
    let common = c
        .items
        .items
        .iter()
        .filter(|i| !c.is_method_check(&i.section))
        .count();
    assert_eq!(whole.len(), common, "every item but the method checks'");
    assert_eq!(whole.len(), 66);
    assert_eq!(&whole[..40], &drivers[..]);
}
