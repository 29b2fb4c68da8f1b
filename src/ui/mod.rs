//! Leptos components and pages. Thin: they read content, call into `model/`
//! and `storage/`, and render. No scoring or parsing logic lives here.
//!
//! Only [`route`] and the participant's page's markup are plain Rust (and
//! tested natively); everything else needs the browser and is built for
//! wasm32 only, and all but [`participant`] (a page without Leptos, a module
//! of its own) with the `app` feature.

pub mod participant;
pub mod route;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod app;
// The areas' entry points (a split module each) and the start's preload.
#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod areas;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod components;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod data_home;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod doc;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod focus;
// Notes typed into an assessment: saved right after the next paint.
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod note_saver;
// What a page builds after its first paint, when the browser is idle.
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod later;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod pages;
// A guide page from the build's prerendered file, without the guide's module.
#[cfg(all(target_arch = "wasm32", feature = "app", hfg_split))]
mod prerendered;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod pwa;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod router;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod shell;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod state;

#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub use app::{mount, App};
