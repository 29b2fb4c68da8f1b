//! A QR code of a link, drawn as SVG in the page (no image, no request).

use crate::model::qr::qr;
use leptos::prelude::*;

#[component]
pub fn QrCode(
    #[prop(into)] link: String,
    #[prop(into)] label: String,
    #[prop(optional)] large: bool,
) -> impl IntoView {
    match qr(&link) {
        Some(q) => view! {
            <svg
                class="qr"
                class:qr--large=large
                viewBox=format!("0 0 {0} {0}", q.side)
                role="img"
                aria-label=label
                shape-rendering="crispEdges"
                xmlns="http://www.w3.org/2000/svg"
            >
                <rect width=q.side height=q.side fill="#fff"></rect>
                <path d=q.path fill="#000"></path>
            </svg>
        }
        .into_any(),
        None => view! { <p class="qr-too-long">{t!("seminar.qr_too_long")}</p> }.into_any(),
    }
}
