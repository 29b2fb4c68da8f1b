//! Pure domain logic: ratings, assessments, scores, levels, gaps, actions,
//! comparisons, search, calculators.
//!
//! Belongs here: anything that can be computed from content and answers.
//! Must not be here: Leptos, web-sys, storage or any I/O. Everything in this
//! folder is tested natively with plain `cargo test`.

pub mod assessment;
pub mod capacity;
pub mod case;
pub mod caseload_check;
pub mod compare;
pub mod cti_plan;
pub mod data_home;
pub mod date;
pub mod decimal;
pub mod doc_merge;
pub mod flow;
pub mod format;
pub mod gaps;
pub mod learning;
pub mod markup;
pub mod method_choice;
pub mod priorities;
pub mod qr;
pub mod rating;
pub mod scan;
pub mod scenarios;
pub mod scoring;
pub mod search;
pub mod seminar;
pub mod sort;
pub mod sorted_map;
pub mod spider;
pub mod summary;

/// Every `ALL` list of an enum that maps to interface text keys holds every
/// variant, in order: the compiler lists the variants (`EnumIter`), so
/// `tests/ui_text.rs`, which checks each variant's key, misses none.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod all_lists {
    use strum::IntoEnumIterator;

    #[test]
    fn every_all_list_holds_every_variant() {
        use super::*;
        assert_eq!(
            rating::Rating::iter().collect::<Vec<_>>(),
            rating::Rating::ALL
        );
        assert_eq!(
            assessment::ActionStatus::iter().collect::<Vec<_>>(),
            assessment::ActionStatus::ALL
        );
        assert_eq!(
            capacity::InputError::iter().collect::<Vec<_>>(),
            capacity::InputError::ALL
        );
        assert_eq!(
            date::DateError::iter().collect::<Vec<_>>(),
            date::DateError::ALL
        );
        assert_eq!(
            method_choice::ReasonKey::iter().collect::<Vec<_>>(),
            method_choice::ReasonKey::ALL
        );
    }
}
