//! The table of document kinds (`storage::documents`): every kind has a
//! committed fixture per schema version that loads and re-encodes unchanged;
//! backups carry exactly the kinds the table puts in backups; an import's
//! merge uses each kind's merge; and the merges of the kinds that got one
//! with the table (participation, scenarios, the data home) lose nothing.

use housing_first_guiden::content::da;
use housing_first_guiden::model::capacity::Scenario;
use housing_first_guiden::model::data_home::DataHome;
use housing_first_guiden::model::doc_merge::{
    merge_participation, merge_scenarios, shown_scenarios, stamp_scenarios,
};
use housing_first_guiden::model::seminar::Participation;
use housing_first_guiden::storage::backup::{
    apply_import, decode_import, encode_backup, make_backup, other_documents, plan_import, Backup,
    ImportMode,
};
use housing_first_guiden::storage::documents::{
    in_backup, kind_of_key, Document, DOCUMENTS, SCENARIOS,
};
use housing_first_guiden::storage::schema::{decode, SCHEMA};
use housing_first_guiden::storage::{KeyValue, MemoryStore, Repo};
use serde_json::Value;
use std::collections::BTreeSet;

fn fixture(version: u32, kind: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/schema-{version}/{kind}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "kind {kind:?} has no fixture for schema {version}: {} is missing",
            path.display()
        )
    })
}

fn json(s: &str) -> Value {
    serde_json::from_str(s).expect("JSON")
}

#[test]
fn every_kind_has_a_fixture_per_version_that_loads_and_re_encodes_unchanged() {
    for v in 1..=SCHEMA {
        for kind in DOCUMENTS {
            let raw = fixture(v, kind.kind);
            // The kind's own merge of the fixture with itself decodes it into
            // its Rust type and encodes it again: nothing may change.
            let again = kind
                .merge_raw(&raw, &raw)
                .unwrap_or_else(|e| panic!("schema-{v}/{}.json does not load: {e:?}", kind.kind));
            assert_eq!(
                json(&again),
                json(&raw),
                "schema-{v}/{}.json changed on the way through",
                kind.kind
            );
        }
        let raw = fixture(v, "backup");
        let b = decode_import(&raw).unwrap_or_else(|e| panic!("schema-{v}/backup.json: {e:?}"));
        assert_eq!(
            json(&encode_backup(&b)),
            json(&raw),
            "schema-{v}/backup.json changed on the way through"
        );
    }
}

/// A store holding the backup fixture's documents, and a data-home document.
fn filled_store() -> MemoryStore {
    let store = MemoryStore::new();
    let b = decode_import(&fixture(SCHEMA, "backup")).unwrap();
    let repo = Repo::new(store.clone());
    for a in &b.assessments {
        repo.save(a, 1.0).unwrap();
    }
    for (k, raw) in other_documents(&b) {
        store.set(&k, &raw).unwrap();
    }
    store
        .set("hfg:data-home", &fixture(SCHEMA, "data-home"))
        .unwrap();
    store
}

#[test]
fn a_backup_carries_exactly_the_kinds_the_table_puts_in_backups() {
    let store = filled_store();
    let b = make_backup(&Repo::new(store.clone()), "2026-01-02", 5.0);
    assert_eq!(b.assessments.len(), 1);
    let carried: BTreeSet<&str> = b
        .other
        .keys()
        .map(|k| kind_of_key(k).expect("a known kind").kind)
        .collect();
    let expected: BTreeSet<&str> = DOCUMENTS
        .iter()
        .filter(|k| k.in_backup && k.kind != "assessment")
        .map(|k| k.kind)
        .collect();
    assert_eq!(
        carried, expected,
        "every kind marked in_backup, and no other"
    );
    assert!(
        !b.other.contains_key("hfg:data-home"),
        "the data home is about this browser"
    );
    assert!(!in_backup("hfg:data-home") && in_backup("hfg:learning") && in_backup("hfg:seminar:x"));
    assert!(!in_backup("hfg:seminar:"), "a prefix alone is no document");
}

#[test]
fn a_backup_restored_into_an_empty_browser_brings_every_document_back_equal() {
    let before = Repo::new(filled_store());
    let text = encode_backup(&make_backup(&before, "2026-01-02", 5.0));

    let wiped = Repo::new(MemoryStore::new());
    let b = decode_import(&text).unwrap();
    let plan = plan_import(da(), &b, &[]);
    for a in apply_import(da(), &plan, ImportMode::Merge) {
        wiped.replace(&a, 6.0).unwrap();
    }
    for (k, raw) in other_documents(&b) {
        assert!(
            wiped.restore_raw(&k, &raw, true, 6.0).unwrap(),
            "{k} written"
        );
    }
    let docs = |r: &Repo<MemoryStore>| {
        r.raw_documents(in_backup)
            .into_iter()
            .map(|(k, v)| (k, json(&v)))
            .collect::<Vec<_>>()
    };
    assert_eq!(docs(&wiped), docs(&before));
}

#[test]
fn an_imports_merge_keeps_what_is_here_and_what_the_file_has() {
    let repo = Repo::new(MemoryStore::new());
    let mine = Scenario {
        id: "mine".into(),
        name: "Her".into(),
        rows: vec![],
        updated: 5.0,
        deleted: false,
    };
    repo.save(
        &housing_first_guiden::storage::documents::Scenarios(vec![mine.clone()]),
        5.0,
    )
    .unwrap();
    let file = fixture(SCHEMA, "scenarios");
    assert!(repo
        .restore_raw(SCENARIOS.key.prefix(), &file, true, 6.0)
        .unwrap());
    let merged: housing_first_guiden::storage::documents::Scenarios =
        repo.load(SCENARIOS.key.prefix(), 7.0).unwrap().unwrap();
    let ids: Vec<&str> = merged.0.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        ["mine", "fixture-today", "fixture-released", "fixture-gone"]
    );
    // Replace: the file's version only.
    assert!(repo
        .restore_raw(SCENARIOS.key.prefix(), &file, false, 8.0)
        .unwrap());
    let replaced: housing_first_guiden::storage::documents::Scenarios =
        repo.load(SCENARIOS.key.prefix(), 9.0).unwrap().unwrap();
    assert_eq!(replaced.0.len(), 3);
}

#[test]
fn a_document_under_a_key_of_another_kind_is_refused() {
    let mut b = Backup::default();
    b.other
        .insert("hfg:learning".into(), json(&fixture(SCHEMA, "seminar")));
    b.other.insert(
        "hfg:seminar:fixture-seminar".into(),
        json(&fixture(SCHEMA, "seminar")),
    );
    b.other
        .insert("hfg:data-home".into(), json(&fixture(SCHEMA, "data-home")));
    let keys: Vec<String> = other_documents(&b).into_iter().map(|(k, _)| k).collect();
    assert_eq!(keys, ["hfg:seminar:fixture-seminar"]);
}

fn participation() -> Participation {
    decode("participation", &fixture(SCHEMA, "participation")).unwrap()
}

#[test]
fn two_copies_of_a_participation_merge_to_the_one_changed_last_in_either_order() {
    let a = participation();
    let mut b = a.clone();
    b.response.ratings[2] = Some(housing_first_guiden::model::rating::Rating::Fully);
    b.response.at += 1.0;
    assert_eq!(merge_participation(&a, &b), b);
    assert_eq!(merge_participation(&b, &a), b);
    // Same time: a fixed order, the same both ways.
    let mut c = a.clone();
    c.response.name = "Anne".into();
    assert_eq!(merge_participation(&a, &c), merge_participation(&c, &a));
    assert_eq!(a.merge(&a), a, "Document::merge is the same merge");
}

fn scenario(id: &str, name: &str, updated: f64) -> Scenario {
    Scenario {
        id: id.into(),
        name: name.into(),
        rows: vec![],
        updated,
        deleted: false,
    }
}

#[test]
fn scenario_lists_merge_by_id_the_newer_wins_and_a_deletion_stays_deleted() {
    let tab1 = vec![scenario("a", "A ny", 3.0), scenario("b", "B", 1.0)];
    let tab2 = vec![scenario("a", "A gammel", 2.0), scenario("c", "C", 2.0)];
    let m = merge_scenarios(&tab1, &tab2);
    let names: Vec<&str> = m.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["A ny", "B", "C"], "nothing of either tab is lost");
    let mut back = merge_scenarios(&tab2, &tab1);
    back.sort_by(|x, y| x.id.cmp(&y.id));
    let mut m_sorted = m.clone();
    m_sorted.sort_by(|x, y| x.id.cmp(&y.id));
    assert_eq!(back, m_sorted, "symmetric up to order");

    // Tab 1 deletes B; tab 2 still has its old copy: B stays deleted.
    let after_delete = stamp_scenarios(&m, &[m[0].clone(), m[2].clone()], 4.0);
    let merged = merge_scenarios(&tab2, &after_delete);
    let shown: Vec<String> = shown_scenarios(&merged).into_iter().map(|s| s.id).collect();
    assert_eq!(shown, ["a", "c"]);
}

#[test]
fn stamping_marks_only_what_changed() {
    let stored = vec![scenario("a", "A", 1.0), scenario("b", "B", 1.0)];
    let mut shown = stored.clone();
    shown[1].name = "B2".into();
    let out = stamp_scenarios(&stored, &shown, 9.0);
    assert_eq!(out[0].updated, 1.0, "unchanged keeps its time");
    assert_eq!(out[1].updated, 9.0);
    let out = stamp_scenarios(&out, &shown[..1], 10.0);
    assert!(
        out[1].deleted && out[1].updated == 10.0,
        "no longer shown: a tombstone"
    );
}

#[test]
fn the_table_names_every_kind_once_and_keys_do_not_overlap() {
    let kinds: BTreeSet<&str> = DOCUMENTS.iter().map(|k| k.kind).collect();
    assert_eq!(kinds.len(), DOCUMENTS.len());
    for a in DOCUMENTS {
        for b in DOCUMENTS {
            if a.kind != b.kind {
                assert!(
                    !a.key.prefix().starts_with(b.key.prefix()),
                    "{} and {} share keys",
                    a.kind,
                    b.kind
                );
            }
        }
    }
    let home = DataHome::default();
    assert_eq!(kind_of_key(&home.key()).map(|k| k.kind), Some("data-home"));
}

mod data_home {
    use housing_first_guiden::model::data_home::*;

    const T0: f64 = 1_767_225_600_000.0;

    #[test]
    fn changes_since_the_last_copy_are_tracked_from_the_first_one() {
        let mut h = DataHome::default();
        assert!(!h.has_unsaved());
        assert!(h.changed(T0), "the first change is stored");
        assert!(!h.changed(T0 + 1000.0), "later ones need no write");
        assert_eq!(h.unsaved_since, Some(T0));
        // A backup read at T0 + 2 s; the last change was before: all saved.
        h.saved(T0 + 2000.0, SavedHow::Download, "kopi.json", T0 + 1000.0);
        assert!(!h.has_unsaved());
        // A change made while the backup was being written stays unsaved.
        h.changed(T0 + 3000.0);
        h.saved(T0 + 2500.0, SavedHow::File, "fil.json", T0 + 3000.0);
        assert_eq!(h.unsaved_since, Some(T0 + 3000.0));
        assert_eq!(h.saved_how, Some(SavedHow::File));
    }

    #[test]
    fn two_tabs_merge_to_the_latest_save_and_the_changes_after_it() {
        let mut a = DataHome::default();
        a.changed(T0);
        let mut b = a.clone();
        b.saved(T0 + 10.0, SavedHow::File, "fil.json", T0);
        a.changed(T0); // no-op: a still thinks T0 is unsaved
        assert_eq!(a.merge(&b), b.merge(&a));
        assert!(
            !a.merge(&b).has_unsaved(),
            "the save in tab b covered the change"
        );
        let mut c = b.clone();
        c.changed(T0 + 20.0);
        let m = a.merge(&c);
        assert_eq!(m.unsaved_since, Some(T0 + 20.0));
        assert_eq!(m.saved_name.as_deref(), Some("fil.json"));
        assert_eq!(m.merge(&m), m);
    }

    #[test]
    fn the_reminder_waits_longer_when_the_browser_keeps_the_data() {
        let mut h = DataHome::default();
        assert!(!reminder_due(&h, None, T0), "nothing unsaved, no reminder");
        h.changed(T0);
        let hour = HOUR;
        assert!(!reminder_due(&h, None, T0 + 0.5 * hour));
        assert!(reminder_due(
            &h,
            None,
            T0 + REMIND_UNPROTECTED_AFTER_HOURS * hour
        ));
        assert!(reminder_due(
            &h,
            Some(false),
            T0 + REMIND_UNPROTECTED_AFTER_HOURS * hour
        ));
        assert!(!reminder_due(&h, Some(true), T0 + 2.0 * DAY));
        assert!(reminder_due(&h, Some(true), T0 + REMIND_AFTER_DAYS * DAY));
        // "Ikke nu" silences it for a while, then it comes back.
        h.snoozed_at = Some(T0 + 4.0 * DAY);
        assert!(!reminder_due(&h, Some(true), T0 + 5.0 * DAY));
        assert!(reminder_due(&h, Some(true), T0 + (4.0 + SNOOZE_DAYS) * DAY));
        // Saved: gone.
        h.saved(T0 + 7.0 * DAY, SavedHow::Download, "kopi.json", T0);
        assert!(!reminder_due(&h, None, T0 + 30.0 * DAY));
    }
}
