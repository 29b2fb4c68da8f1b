//! A participant's page, opened from an invitation, on its own: the one page
//! twenty phones open at the same moment in a seminar room, so it carries
//! neither Leptos nor any other page of the app. The release build makes it
//! a WebAssembly module of its own (the `participant` binary, built without
//! the `app` feature), which the boot module starts for an invitation's
//! address instead of the app; any other address, and a link out of the
//! page, is the app's (a reload starts it).
//!
//! The page is built as markup (`markup`, plain Rust, every outside text
//! escaped; the rating scale is `model::markup`'s, the same as the
//! self-assessment's) and kept up to date element by element over web-sys
//! (`page`, `events`, `hand_over`). The answers are a `Participation` in
//! `hfg:participation:<seminar>`, saved and merged through `storage::repo`
//! like every other document.

pub mod markup;

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod events;
#[cfg(target_arch = "wasm32")]
mod hand_over;
#[cfg(target_arch = "wasm32")]
mod offline;
#[cfg(target_arch = "wasm32")]
mod page;

#[cfg(target_arch = "wasm32")]
pub use page::start;
