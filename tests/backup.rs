#![cfg(not(target_arch = "wasm32"))]
//! Export and import: a backup round trip, the CSV for Danish Excel, clear
//! messages for foreign, damaged, newer and hostile files, and a preview that
//! says what would be added or replaced before anything changes.

use housing_first_guiden::content::da;
use housing_first_guiden::model::assessment::Assessment;
use housing_first_guiden::model::rating::Rating;
use housing_first_guiden::storage::backup::*;
use housing_first_guiden::storage::schema::decode;
use housing_first_guiden::storage::{MemoryStore, Repo};
use proptest::prelude::*;

fn fixture() -> Assessment {
    decode(
        "assessment",
        include_str!("fixtures/schema-1/assessment.json"),
    )
    .unwrap()
}

#[test]
fn export_everything_clear_import_and_everything_is_back() {
    let repo = Repo::new(MemoryStore::new());
    let a = fixture();
    let mut b = Assessment::new(
        "second".into(),
        "Anden Kommune".into(),
        "2026-02-02".into(),
        vec!["principper".into()],
        5.0,
    );
    b.set_rating("pri-1", Some(Rating::Started), 6.0);
    repo.save_assessment(&a, 1.0).unwrap();
    repo.save_assessment(&b, 1.0).unwrap();
    let (all, _) = repo.load_assessments(2.0);
    let file = encode_backup(&Backup {
        exported: "2026-11-22".into(),
        assessments: all.clone(),
        other: Default::default(),
    });
    assert!(file.starts_with("{\"schema\":1,\"kind\":\"backup\""));
    assert_eq!(repo.clear_all().unwrap(), 2);
    assert!(repo.load_assessments(3.0).0.is_empty());
    let back = decode_import(&file).unwrap();
    let plan = plan_import(da(), &back, &[]);
    assert_eq!(
        (
            plan.added.len(),
            plan.replaced.len(),
            plan.unknown_items.len()
        ),
        (2, 0, 0)
    );
    for x in apply_import(da(), &plan, ImportMode::Merge) {
        repo.save_assessment(&x, 4.0).unwrap();
    }
    let (restored, _) = repo.load_assessments(5.0);
    assert_eq!(restored, all);
}

#[test]
fn a_single_exported_assessment_imports_too_and_the_preview_says_replace() {
    let a = fixture();
    let file = housing_first_guiden::storage::schema::encode("assessment", &a);
    let b = decode_import(&file).unwrap();
    let mut mine = a.clone();
    mine.set_rating("kon-01", Some(Rating::Fully), 9e12);
    let plan = plan_import(da(), &b, std::slice::from_ref(&mine));
    assert_eq!((plan.added.len(), plan.replaced.len()), (0, 1));
    let merged = apply_import(da(), &plan, ImportMode::Merge);
    assert_eq!(
        merged[0].rating("kon-01"),
        Some(Rating::Fully),
        "merge keeps the newer answer here"
    );
    let replaced = apply_import(da(), &plan, ImportMode::Replace);
    assert_eq!(
        replaced[0].rating("kon-01"),
        Some(Rating::Partly),
        "replace takes the file's"
    );
}

#[test]
fn unknown_item_ids_are_reported_and_left_out() {
    let mut a = fixture();
    a.set_rating("findes-ikke-99", Some(Rating::Fully), 1.0);
    let b = Backup {
        exported: String::new(),
        assessments: vec![a],
        other: Default::default(),
    };
    let plan = plan_import(da(), &b, &[]);
    assert_eq!(
        plan.unknown_items,
        vec![("Eksempel Kommune".to_string(), "findes-ikke-99".to_string())]
    );
    let out = apply_import(da(), &plan, ImportMode::Merge);
    assert!(!out[0].answers.contains_key("findes-ikke-99"));
}

#[test]
fn bad_files_get_a_clear_danish_message() {
    let msg = |t: &str| decode_import(t).unwrap_err().message_da();
    assert_eq!(msg("  "), "Filen er tom.");
    assert!(msg("hej med dig").contains("ikke gyldig JSON"));
    assert!(msg("{\"navn\": \"noget andet\"}").contains("ikke fra Housing First-guiden"));
    assert!(msg("{\"schema\":1,\"kind\":\"billeder\",\"data\":{}}")
        .contains("ikke fra Housing First-guiden"));
    assert!(msg("{\"schema\":7,\"kind\":\"backup\",\"data\":{}}").contains("nyere version"));
    assert!(
        msg("{\"schema\":1,\"kind\":\"assessment\",\"data\":{\"id\":3}}").contains("beskadiget")
    );
    let truncated = &include_str!("fixtures/schema-1/assessment.json")[..300];
    assert!(msg(truncated).contains("ikke gyldig JSON"));
    let huge = " ".repeat(MAX_IMPORT_BYTES) + "{}";
    assert!(msg(&huge).contains("for stor"));
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert!(
        msg(&deep).contains("ikke gyldig JSON"),
        "deep nesting is refused, not a stack overflow"
    );
    // A BOM (as some editors save) is fine.
    let with_bom = format!(
        "\u{feff}{}",
        include_str!("fixtures/schema-1/assessment.json")
    );
    assert!(decode_import(&with_bom).is_ok());
}

#[test]
fn the_csv_opens_in_danish_excel() {
    let mut a = fixture();
    a.set_note("kon-02", "=HYPERLINK(\"http://x\";\"klik\")", 1.0);
    a.set_note("kon-03", "To linjer;\nmed \"citat\"", 1.0);
    let csv = assessment_csv(da(), &a);
    assert!(csv.starts_with('\u{feff}'), "UTF-8 with BOM");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert!(lines[0].starts_with("Kommune/team;Dato;Afsnit;Drivkraft;Id;Udsagn;Vurdering"));
    assert_eq!(
        csv.matches("\r\n").count(),
        41,
        "header + 40 items (a quoted cell holds one bare \\n)"
    );
    let ind01 = lines.iter().find(|l| l.contains(";ind-01;")).unwrap();
    assert!(
        ind01.contains(";4;Fuldt på plads;Boligsocialt team etableret i 2024."),
        "{ind01}"
    );
    assert!(csv.contains("'=HYPERLINK"), "formulas are defused");
    assert!(csv.contains("\"To linjer;\nmed \"\"citat\"\"\""));
}

#[test]
fn a_backup_carries_other_documents_but_only_known_keys_and_versions() {
    let mut b = Backup::default();
    let ok = serde_json::json!({"schema": 1, "kind": "seminar", "data": {"x": 1}});
    b.other.insert("hfg:seminar:abc".into(), ok.clone());
    b.other.insert("hfg:learning".into(), ok.clone());
    b.other.insert("evil:key".into(), ok.clone());
    b.other.insert("hfg:assessment:sneaky".into(), ok);
    b.other.insert(
        "hfg:scenarios".into(),
        serde_json::json!({"schema": 99, "kind": "scenarios", "data": []}),
    );
    b.other.insert(
        "hfg:participation:p".into(),
        serde_json::json!("not an envelope"),
    );
    let keys: Vec<String> = other_documents(&b).into_iter().map(|(k, _)| k).collect();
    // hfg:learning holds a seminar envelope: key and kind disagree, refused.
    assert_eq!(keys, ["hfg:seminar:abc"]);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Import decoding: any text, any truncation of a real file, never panics.
    #[test]
    fn any_import_text_is_decoded_or_refused_without_panic(s in ".{0,400}", cut in 0usize..2000) {
        let _ = decode_import(&s);
        let real = include_str!("fixtures/schema-1/assessment.json");
        let cut = real.char_indices().map(|(i, _)| i).nth(cut.min(real.chars().count() - 1)).unwrap_or(0);
        let _ = decode_import(&real[..cut]);
    }
}

#[test]
fn a_file_with_a_field_of_the_wrong_type_gets_a_danish_message_without_library_english() {
    let wrong = r#"{"schema":1,"kind":"assessment","data":{"id":"x","created":"yesterday"}}"#;
    let m = decode_import(wrong).unwrap_err().message_da();
    assert!(m.contains("beskadiget eller ufuldstændig"), "{m}");
    for english in ["invalid type", "expected", "missing field", "line "] {
        assert!(!m.contains(english), "{m}");
    }
}
