//! Leptos components and pages. Thin: they read content, call into `model/`
//! and `storage/`, and render. No scoring or parsing logic lives here.
//!
//! Only [`route`] is plain Rust (and tested natively); everything else needs
//! the browser and is built for wasm32 only.

pub mod route;

#[cfg(target_arch = "wasm32")]
mod app;
// The areas' entry points (a split module each) and the start's preload.
#[cfg(target_arch = "wasm32")]
mod areas;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod data_home;
#[cfg(target_arch = "wasm32")]
pub mod doc;
#[cfg(target_arch = "wasm32")]
pub mod focus;
// Notes typed into an assessment: saved right after the next paint.
#[cfg(target_arch = "wasm32")]
pub mod note_saver;
// What a page builds after its first paint, when the browser is idle.
#[cfg(target_arch = "wasm32")]
pub mod later;
#[cfg(target_arch = "wasm32")]
pub mod pages;
// A guide page from the build's prerendered file, without the guide's module.
#[cfg(all(target_arch = "wasm32", hfg_split))]
mod prerendered;
#[cfg(target_arch = "wasm32")]
pub mod pwa;
#[cfg(target_arch = "wasm32")]
pub mod router;
#[cfg(target_arch = "wasm32")]
mod shell;
#[cfg(target_arch = "wasm32")]
pub mod state;

#[cfg(target_arch = "wasm32")]
pub use app::{mount, App};
