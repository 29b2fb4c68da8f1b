#![cfg(not(target_arch = "wasm32"))]
//! Search across the guide finds what a user types, with or without Danish
//! letters and hyphens, and says where each hit is.

use housing_first_guiden::content::da;
use housing_first_guiden::model::search::{HitKind, Index};

fn titles(q: &str) -> Vec<String> {
    Index::new(da())
        .search(q, 50)
        .into_iter()
        .map(|h| h.title.to_lowercase())
        .collect()
}

#[test]
fn fjerdedel_finds_the_quarter_rule() {
    let hits = Index::new(da()).search("fjerdedel", 50);
    assert!(!hits.is_empty());
    assert!(
        hits.iter()
            .any(|h| h.id == "fjerdedelsreglen" && h.kind == HitKind::Entry),
        "the entry on the quarter rule is found"
    );
    assert!(hits
        .iter()
        .any(|h| h.kind == HitKind::Term && h.title.to_lowercase().contains("fjerdedel")));
    // The best hit is about the rule itself, not an item that mentions it.
    assert!(
        hits[0].title.to_lowercase().contains("fjerdedel"),
        "first hit: {}",
        hits[0].title
    );
}

#[test]
fn boliganvisning_finds_municipal_allocation() {
    let hits = Index::new(da()).search("boliganvisning", 50);
    assert!(hits.iter().any(|h| h.id == "central-boliganvisning"));
    assert!(
        hits.iter().all(|h| !h.place.is_empty()),
        "every hit says where it is"
    );
    assert!(hits.iter().all(|h| !h.snippet.is_empty()));
}

#[test]
fn case_and_danish_letters_do_not_matter() {
    assert_eq!(titles("SKÆVE BOLIGER"), titles("skaeve boliger"));
    assert!(!titles("skaeve boliger").is_empty());
    assert_eq!(titles("forsørgelse"), titles("forsoergelse"));
    assert_eq!(titles("Boligorganisation"), titles("boligorganisation"));
}

/// Every hit of the query, with no cap, as (kind, id).
fn all_hits(q: &str) -> std::collections::BTreeSet<(u8, String)> {
    Index::new(da())
        .search(q, usize::MAX)
        .into_iter()
        .map(|h| (h.kind as u8, h.id))
        .collect()
}

#[test]
fn every_word_must_match_and_nonsense_finds_nothing() {
    assert!(titles("qwxyz").is_empty());
    assert!(titles("   ").is_empty());
    let both = all_hits("caseload cti");
    let caseload = all_hits("caseload");
    let cti = all_hits("cti");
    assert!(!both.is_empty(), "some hits name both");
    // AND, not OR: the hits of both words are exactly the hits each word has…
    let common: std::collections::BTreeSet<_> = caseload.intersection(&cti).cloned().collect();
    assert_eq!(both, common);
    // …and fewer than either word alone finds, so the lists tell them apart.
    assert!(
        both.len() < caseload.len(),
        "{} < {}",
        both.len(),
        caseload.len()
    );
    assert!(both.len() < cti.len(), "{} < {}", both.len(), cti.len());
    // A word that is nowhere makes the whole query find nothing.
    assert!(all_hits("caseload qwxyz").is_empty());
}

/// The learning modules are found by their intro and by their reading
/// (content `module_texts`, which the guide carries instead of the modules).
#[test]
fn learning_modules_are_found_by_intro_and_reading() {
    let index = Index::new(da());
    let modules = |q: &str| -> Vec<String> {
        index
            .search(q, 50)
            .into_iter()
            .filter(|h| h.kind == HitKind::Module)
            .map(|h| h.id)
            .collect()
    };
    // Words of the intro of the module on the quarter rule.
    assert_eq!(
        modules("udlejningsmedarbejdere nye medarbejdere"),
        ["modul-fjerdedelsreglen"]
    );
    // Words of the cooperation agreements module's reading, not of its intro.
    assert_eq!(
        modules("tilsvarende fordeling"),
        ["modul-samarbejdsaftaler"]
    );
}
