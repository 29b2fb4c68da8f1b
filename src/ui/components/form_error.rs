//! A form's error message: an alert with one text, shown while there is one.

use crate::content::t;
use leptos::prelude::*;

/// Shows the interface text `key` as an error alert while it is `Some`.
#[component]
pub fn FormError(#[prop(into)] key: Signal<Option<&'static str>>) -> impl IntoView {
    move || {
        key.get().map(|k| {
            view! {
                <div class="alert alert-error" role="alert">
                    <p class="alert-text">{t(k)}</p>
                </div>
            }
        })
    }
}
