#![cfg(not(target_arch = "wasm32"))]
//! Storage that loses nothing, tested with the in-memory store: corruption,
//! newer versions, a full quota, two tabs writing at once, and fixtures of
//! every schema version ever released.

use housing_first_guiden::model::assessment::Assessment;
use housing_first_guiden::model::rating::Rating;
use housing_first_guiden::storage::repo::{assessment_key, LoadIssue, Repo, SaveError};
use housing_first_guiden::storage::schema::{decode, encode, DecodeError, SCHEMA};
use housing_first_guiden::storage::{KeyValue, MemoryStore, StoreError};
use proptest::prelude::*;

fn new(id: &str) -> Assessment {
    Assessment::new(
        id.into(),
        "Eksempel Kommune".into(),
        "2026-01-01".into(),
        vec!["drivkraefter".into()],
        1.0,
    )
}

#[test]
fn every_released_schema_version_has_a_fixture_that_loads() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for v in 1..=SCHEMA {
        let path = dir.join(format!("schema-{v}/assessment.json"));
        let raw = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("missing fixture {}", path.display()));
        let a: Assessment =
            decode("assessment", &raw).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        assert_eq!(a.meta.name, "Eksempel Kommune");
        assert!(a.answers.len() > 30);
    }
}

#[test]
fn a_saved_assessment_loads_back_exactly() {
    let repo = Repo::new(MemoryStore::new());
    let mut a = new("a1");
    a.set_rating("ind-01", Some(Rating::Partly), 2.0);
    a.set_note("ind-01", "Note med æøå og <script>alert(1)</script>", 3.0);
    repo.save_assessment(&a, 4.0).unwrap();
    let (all, issues) = repo.load_assessments(5.0);
    assert!(issues.is_empty());
    assert_eq!(all, vec![a]);
}

#[test]
fn corrupt_data_is_moved_aside_never_overwritten_and_reported() {
    let store = MemoryStore::new();
    let repo = Repo::new(store.clone());
    repo.save_assessment(&new("good"), 1.0).unwrap();
    let garbage = "{\"schema\":1,\"kind\":\"assessment\",\"data\":{\"id\":";
    store.set(&assessment_key("bad"), garbage).unwrap();
    let (all, issues) = repo.load_assessments(42.0);
    assert_eq!(all.len(), 1, "the readable assessment still loads");
    let aside_key = match &issues[..] {
        [LoadIssue::Unreadable {
            key,
            aside: Some(aside),
        }] => {
            assert_eq!(key, &assessment_key("bad"));
            aside.clone()
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(
        store.get(&aside_key).unwrap().as_deref(),
        Some(garbage),
        "kept byte for byte"
    );
    assert_eq!(repo.aside().len(), 1);
    assert_eq!(repo.aside()[0].raw, garbage);
    // A new save under the same id does not touch the kept copy.
    repo.save_assessment(&new("bad"), 43.0).unwrap();
    assert_eq!(store.get(&aside_key).unwrap().as_deref(), Some(garbage));
    repo.remove_aside(&aside_key).unwrap();
    assert!(repo.aside().is_empty());
}

#[test]
fn data_from_a_newer_version_is_left_alone() {
    let store = MemoryStore::new();
    let repo = Repo::new(store.clone());
    let future = format!(
        "{{\"schema\":{},\"kind\":\"assessment\",\"data\":{{\"whatever\":true}}}}",
        SCHEMA + 1
    );
    store.set(&assessment_key("future"), &future).unwrap();
    let (all, issues) = repo.load_assessments(1.0);
    assert!(all.is_empty());
    assert_eq!(
        issues,
        vec![LoadIssue::Newer {
            key: assessment_key("future"),
            version: SCHEMA + 1
        }]
    );
    assert_eq!(
        repo.save_assessment(&new("future"), 2.0),
        Err(SaveError::Newer(SCHEMA + 1))
    );
    assert_eq!(
        repo.delete_assessment("future"),
        Err(SaveError::Newer(SCHEMA + 1))
    );
    assert_eq!(store.get(&assessment_key("future")).unwrap(), Some(future));
}

#[test]
fn a_full_quota_is_reported_and_the_stored_version_is_intact() {
    let store = MemoryStore::new();
    let repo = Repo::new(store.clone());
    let mut a = new("q");
    repo.save_assessment(&a, 1.0).unwrap();
    let before = store.get(&assessment_key("q")).unwrap();
    store.set_quota(Some(store.used_bytes() + 10));
    a.set_note("ind-01", &"lang note ".repeat(100), 2.0);
    assert_eq!(
        repo.save_assessment(&a, 3.0),
        Err(SaveError::Store(StoreError::QuotaExceeded))
    );
    assert_eq!(store.get(&assessment_key("q")).unwrap(), before);
    assert_eq!(
        a.note("ind-01").len(),
        1000,
        "the caller still holds the change"
    );
    store.set_quota(None);
    assert_eq!(
        repo.save_assessment(&a, 4.0).unwrap().note("ind-01").len(),
        1000,
        "a retry saves it"
    );
}

#[test]
fn two_tabs_writing_the_same_assessment_keep_each_others_newer_answers() {
    let store = MemoryStore::new();
    let tab1 = Repo::new(store.clone());
    let tab2 = Repo::new(store.clone());
    let base = new("shared");
    tab1.save_assessment(&base, 1.0).unwrap();
    let mut one = tab1.load_assessment("shared", 2.0).unwrap().unwrap();
    let mut two = tab2.load_assessment("shared", 2.0).unwrap().unwrap();
    one.set_rating("ind-01", Some(Rating::Fully), 10.0);
    two.set_rating("ind-02", Some(Rating::Started), 11.0);
    two.set_rating("ind-01", Some(Rating::NotInPlace), 5.0); // older than tab 1's change
    let saved1 = tab1.save_assessment(&one, 12.0).unwrap();
    let saved2 = tab2.save_assessment(&two, 13.0).unwrap();
    assert_eq!(
        saved2.rating("ind-01"),
        Some(Rating::Fully),
        "tab 1's newer answer survives tab 2's save"
    );
    assert_eq!(saved2.rating("ind-02"), Some(Rating::Started));
    assert_eq!(saved1.rating("ind-02"), None);
    // Tab 1 learns of tab 2's change (storage event) by merging what is stored.
    let stored = tab1.load_assessment("shared", 14.0).unwrap().unwrap();
    assert_eq!(saved1.merge(&stored), saved2);
}

#[test]
fn no_storage_at_all_is_reported_as_such() {
    struct Refusing;
    impl KeyValue for Refusing {
        fn get(&self, _: &str) -> Result<Option<String>, StoreError> {
            Err(StoreError::Unavailable)
        }
        fn set(&self, _: &str, _: &str) -> Result<(), StoreError> {
            Err(StoreError::Unavailable)
        }
        fn remove(&self, _: &str) -> Result<(), StoreError> {
            Err(StoreError::Unavailable)
        }
        fn keys(&self) -> Result<Vec<String>, StoreError> {
            Err(StoreError::Unavailable)
        }
    }
    let repo = Repo::new(Refusing);
    assert_eq!(repo.load_assessments(1.0), (vec![], vec![]));
    assert_eq!(
        repo.save_assessment(&new("x"), 1.0),
        Err(SaveError::Store(StoreError::Unavailable))
    );
}

#[test]
fn foreign_or_odd_envelopes_are_told_apart() {
    assert!(matches!(
        decode::<Assessment>("assessment", "not json"),
        Err(DecodeError::Unreadable(_))
    ));
    assert!(matches!(
        decode::<Assessment>("assessment", "[]"),
        Err(DecodeError::Unreadable(_))
    ));
    let other = encode("seminar", &serde_json::json!({"x": 1}));
    assert_eq!(
        decode::<Assessment>("assessment", &other),
        Err(DecodeError::WrongKind("seminar".into()))
    );
    let zero = "{\"schema\":0,\"kind\":\"assessment\",\"data\":{}}";
    assert!(matches!(
        decode::<Assessment>("assessment", zero),
        Err(DecodeError::Unreadable(_))
    ));
}

fn rating() -> impl Strategy<Value = Option<Rating>> {
    prop::option::of(prop::sample::select(Rating::ALL.to_vec()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Whatever two tabs did, merging in either order gives the same result,
    /// and every item ends with its newest answer.
    #[test]
    fn merging_is_order_independent_and_keeps_the_newest(
        edits in prop::collection::vec((0usize..6, rating(), 0u32..50, any::<bool>()), 0..40)
    ) {
        let items = ["ind-01", "ind-02", "ind-03", "kon-01", "kon-02", "led-01"];
        let mut a = new("p");
        let mut b = new("p");
        for (i, r, t, to_a) in &edits {
            let target = if *to_a { &mut a } else { &mut b };
            target.set_rating(items[*i], *r, *t as f64);
        }
        let ab = a.merge(&b);
        let ba = b.merge(&a);
        prop_assert_eq!(&ab.answers, &ba.answers);
        prop_assert_eq!(ab.merge(&ab).answers, ab.answers.clone());
        for item in items {
            let sides: Vec<_> = [a.answers.get(item), b.answers.get(item)].into_iter().flatten().collect();
            match (sides.iter().map(|x| x.at).reduce(f64::max), ab.answers.get(item)) {
                // An item either tab answered must be in the merge, with the newest answer.
                (Some(newest), Some(got)) => {
                    prop_assert_eq!(got.at, newest);
                    prop_assert!(sides.iter().any(|x| *x == got), "{}: {:?} is neither side's", item, got);
                }
                (Some(_), None) => prop_assert!(false, "{} was answered but the merge dropped it", item),
                (None, Some(got)) => prop_assert!(false, "{} appeared from nowhere: {:?}", item, got),
                (None, None) => {}
            }
        }
    }

    /// Any text as a stored value: loading never panics and never loses it.
    #[test]
    fn any_stored_text_loads_without_panic_and_is_kept(raw in ".{0,200}") {
        let store = MemoryStore::new();
        store.set(&assessment_key("x"), &raw).unwrap();
        let repo = Repo::new(store.clone());
        let (_, issues) = repo.load_assessments(1.0);
        let kept = store.get(&assessment_key("x")).unwrap().into_iter().chain(repo.aside().into_iter().map(|a| a.raw));
        prop_assert!(kept.into_iter().any(|k| k == raw));
        prop_assert!(issues.len() <= 1);
    }
}
