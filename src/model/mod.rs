//! Pure domain logic: ratings, assessments, scores, levels, gaps, actions,
//! comparisons, search, calculators.
//!
//! Belongs here: anything that can be computed from content and answers.
//! Must not be here: Leptos, web-sys, storage or any I/O. Everything in this
//! folder is tested natively with plain `cargo test`.

pub mod assessment;
pub mod capacity;
pub mod caseload_check;
pub mod compare;
pub mod cti_plan;
pub mod data_home;
pub mod date;
pub mod doc_merge;
pub mod flow;
pub mod format;
pub mod gaps;
pub mod learning;
pub mod method_choice;
pub mod priorities;
pub mod qr;
pub mod rating;
pub mod scenarios;
pub mod scoring;
pub mod search;
pub mod seminar;
pub mod spider;
pub mod summary;
