//! Entry point of a participant's page (`ui::participant`), a WebAssembly
//! module of its own: built without the `app` feature, so it carries no
//! Leptos and no other page (`tools/build-wasm.mjs`).

#[cfg(target_arch = "wasm32")]
fn main() {
    housing_first_guiden::ui::participant::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("A participant's page runs in the browser: build it with `trunk build --release` (see README.md).");
}
