//! A form's error message: an alert with one text, shown while there is one.

use leptos::prelude::*;

/// Shows `text` (an interface text, `t!`) as an error alert while it is `Some`.
#[component]
pub fn FormError(#[prop(into)] text: Signal<Option<&'static str>>) -> impl IntoView {
    move || {
        text.get().map(|k| {
            view! {
                <div class="alert alert-error" role="alert">
                    <p class="alert-text">{k}</p>
                </div>
            }
        })
    }
}
