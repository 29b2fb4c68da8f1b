//! Housing First-guiden: the national Housing First implementation guide as
//! interactive tools, running entirely in the browser.
//!
//! Dependencies point one way: `ui` → `storage` → `model` → `content`.
//! - [`content`]: the guide as data, compiled in;
//! - [`model`]: pure domain logic, tested natively;
//! - [`storage`]: versioned persistence behind a small trait;
//! - [`ui`]: Leptos components and pages (wasm32 only, but for the routes).

// First, so that its `t!` macro is in scope in the modules below.
#[macro_use]
pub mod content;
pub mod model;
pub mod storage;
pub mod ui;
