//! Entry point: mounts the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    housing_first_guiden::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Housing First-guiden runs in the browser: build it with `trunk build --release` (see README.md).");
}
