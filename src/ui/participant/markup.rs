//! The participant's page as markup: the frame (the same skip link, header,
//! navigation and footer as `ui/shell.rs` draws), the page, each statement
//! (the same fieldset as `components/rating_item.rs`, with the scale of
//! `model::markup`), the send section and the storage notices. Plain Rust,
//! tested natively (`tests/participant.rs`).
//!
//! What an invitation brings (the seminar's title, its roles) and what the
//! participant typed (the name) is text from outside: every such text goes
//! through [`escape`], and attribute values are always quoted.

use crate::content::{da, Item};
use crate::model::markup::{escape, scale};
use crate::model::qr::qr;
use crate::model::rating::Rating;
use crate::model::seminar::Participation;
use crate::ui::route::{Area, Route};
use std::fmt::Write;

/// Ids of the elements the page changes after it is built.
pub mod ids {
    pub const NAME: &str = "p-name";
    pub const ROLE: &str = "p-role";
    pub const PROGRESS: &str = "p-progress";
    pub const ITEMS: &str = "p-items";
    pub const NOTICES: &str = "p-notices";
    pub const SEND_STATUS: &str = "p-send-status";
    pub const QR: &str = "p-qr";
    pub const LINK: &str = "answer-link";
    pub const LINK_LENGTH: &str = "p-link-length";
    pub const COPY: &str = "p-copy";
    pub const COPIED: &str = "p-copied";
    pub const DOWNLOAD: &str = "p-download";
    pub const BIG_QR_OPEN: &str = "big-qr-open";
    pub const SHARE: &str = "share-answer";
    pub const SHARE_FAILED: &str = "p-share-failed";
    pub const DIALOG: &str = "qr-dialog";
    pub const DIALOG_QR: &str = "qr-dialog-code";
    pub const DIALOG_CLOSE: &str = "qr-dialog-close";
    pub const MENU: &str = "main-nav";
}

/// The frame around `main_html`: skip link, header with the navigation (the
/// seminar's area marked as the current one), `<main>`, footer.
pub fn frame(main_html: &str) -> String {
    let mut nav = String::new();
    for (area, route, label) in Area::nav() {
        let current = area == Area::Seminar;
        let _ = write!(
            nav,
            "<li><a class=\"app-nav__link{}\" href=\"{}\"{}>{}</a></li>",
            if current {
                " app-nav__link--current"
            } else {
                ""
            },
            escape(&route.href()),
            if current {
                " aria-current=\"page\""
            } else {
                ""
            },
            escape(label),
        );
    }
    format!(
        "<a class=\"skipnav\" href=\"#main\">{skip}</a>\
         <header class=\"app-header\"><div class=\"container app-header__bar\">\
         <a class=\"app-header__brand\" href=\"#/\"><span class=\"app-header__logo\" aria-hidden=\"true\">HF</span><span>{name}</span></a>\
         <button type=\"button\" class=\"app-header__menu-button\" aria-controls=\"{menu_id}\" aria-expanded=\"false\">{menu}</button>\
         </div>\
         <nav id=\"{menu_id}\" class=\"app-nav\" aria-label=\"{nav_label}\"><div class=\"container\"><ul class=\"app-nav__list plain-list\">{nav}</ul></div></nav>\
         </header>\
         <main id=\"main\" tabindex=\"-1\" class=\"container app-main\">{main_html}</main>\
         <footer class=\"app-footer\"><div class=\"container\"><p>{privacy}</p><p><a href=\"#/om\">{about}</a></p></div></footer>",
        skip = escape(t!("shell.skip")),
        name = escape(t!("app.name")),
        menu_id = ids::MENU,
        menu = escape(t!("shell.menu")),
        nav_label = escape(t!("shell.nav_label")),
        privacy = escape(t!("shell.footer_privacy")),
        about = escape(t!("shell.footer_about")),
    )
}

/// The page for an invitation that cannot be read: why, and what to do.
pub fn refused(why: &str) -> String {
    format!(
        "<div class=\"area-page\"><h1 tabindex=\"-1\">{}</h1>\
         <div class=\"alert alert-error\" role=\"alert\"><p class=\"alert-text\">{}</p><p class=\"alert-text\">{}</p></div></div>",
        escape(t!("participate.bad_title")),
        escape(why),
        escape(t!("participate.bad_text")),
    )
}

/// "3 af 10 besvaret".
pub fn progress_text(answered: usize, total: usize) -> String {
    t!("assess.progress")
        .replace("{n}", &answered.to_string())
        .replace("{total}", &total.to_string())
}

/// The page: heading, lead, privacy note, the place for storage notices,
/// name and role, progress, the keyboard help, the first `first` statements
/// (the rest follow with [`statements`]) and the send section with `link`.
pub fn page(p: &Participation, first: usize, link: &str) -> String {
    let def = &p.def;
    let answered = p.answered();
    let total = def.items.len();
    let mut out = String::with_capacity(8000);
    let _ = write!(
        out,
        "<div class=\"area-page\"><h1 tabindex=\"-1\">{title}</h1><p class=\"font-lead\">{lead}</p>\
         <div class=\"alert alert-info\" role=\"note\"><p class=\"alert-text\">{privacy}</p></div>\
         <div id=\"{notices}\"></div>\
         <div class=\"form-row\"><div class=\"form-group\">\
         <label class=\"form-label\" for=\"{name_id}\">{name}</label>\
         <span class=\"form-hint\" id=\"{name_id}-hint\">{name_hint}</span>\
         <input class=\"form-input\" id=\"{name_id}\" type=\"text\" maxlength=\"60\" autocomplete=\"name\" aria-describedby=\"{name_id}-hint\" value=\"{name_value}\">\
         </div>",
        title = escape(&def.title),
        lead = escape(t!("participate.lead")),
        privacy = escape(t!("participate.privacy")),
        notices = ids::NOTICES,
        name_id = ids::NAME,
        name = escape(t!("participate.name")),
        name_hint = escape(t!("participate.name_hint")),
        name_value = escape(&p.response.name),
    );
    if !def.roles.is_empty() {
        let _ = write!(
            out,
            "<div class=\"form-group\"><label class=\"form-label\" for=\"{id}\">{label}</label>\
             <select class=\"form-select\" id=\"{id}\"><option value=\"\"{none_selected}>{none}</option>",
            id = ids::ROLE,
            label = escape(t!("participate.role")),
            none_selected = selected(p.response.role.is_empty()),
            none = escape(t!("participate.role_none")),
        );
        for role in &def.roles {
            let _ = write!(
                out,
                "<option value=\"{0}\"{1}>{0}</option>",
                escape(role),
                selected(p.response.role == *role),
            );
        }
        out.push_str("</select></div>");
    }
    let _ = write!(
        out,
        "</div><p class=\"answer-progress\" aria-live=\"polite\"><strong id=\"{progress_id}\">{progress}</strong></p>\
         <details class=\"keyboard-help\"><summary>{keys_title}</summary><p>{keys_text}</p></details>\
         <div class=\"rating-items\" id=\"{items_id}\">{items}</div>",
        progress_id = ids::PROGRESS,
        progress = escape(&progress_text(answered, total)),
        keys_title = escape(t!("answer.keys_title")),
        keys_text = escape(t!("answer.keys_text")),
        items_id = ids::ITEMS,
        items = statements(p, 0..first.min(total)),
    );
    out.push_str(&send(p, link));
    out.push_str("</div>");
    out
}

fn selected(yes: bool) -> &'static str {
    if yes {
        " selected"
    } else {
        ""
    }
}

/// The statements `range` of the invitation (by position), each a fieldset.
pub fn statements(p: &Participation, range: std::ops::Range<usize>) -> String {
    let c = da();
    let mut out = String::new();
    for n in range {
        let Some(item) = p.def.items.get(n).and_then(|id| c.item(id)) else {
            continue;
        };
        let rating = p.response.ratings.get(n).copied().flatten();
        out.push_str(&statement(n + 1, item, rating));
    }
    out
}

/// One statement: number, text, the scale, and the guide entry it rests on.
pub fn statement(number: usize, item: &Item, rating: Option<Rating>) -> String {
    let id = escape(&item.id);
    let text = item.text();
    let mut out = format!(
        "<fieldset class=\"rating-item\" id=\"item-{id}\" data-item=\"{id}\">\
         <legend class=\"rating-item__statement\"><span class=\"rating-item__number\">{number}.</span> {}</legend>\
         <div class=\"rating-item__scale\">{}</div>",
        escape(&text.statement),
        scale(text, rating, false),
    );
    if let Some(e) = item.guide.first().and_then(|g| da().entry_link(g)) {
        let href = Route::GuideEntry {
            section: e.section.clone(),
            entry: e.id.clone(),
        }
        .href();
        let _ = write!(
            out,
            "<p class=\"rating-item__guide\">{} <a href=\"{}\">{}</a></p>",
            escape(t!("rate.guide_link")),
            escape(&href),
            escape(&e.title),
        );
    }
    out.push_str("</fieldset>");
    out
}

/// What the send section says of the answers so far.
pub fn send_status(p: &Participation) -> String {
    let (answered, total) = (p.answered(), p.def.items.len());
    if answered < total {
        t!("participate.send_partial").replace("{n}", &(total - answered).to_string())
    } else {
        t!("participate.send_all").to_string()
    }
}

/// "Linket er 312 tegn langt."
pub fn link_length(link: &str) -> String {
    t!("participate.link_length").replace("{n}", &link.len().to_string())
}

/// A QR code of `link` as SVG (or why there is none), labelled for screen readers.
pub fn qr_code(link: &str) -> String {
    match qr(link) {
        Some(q) => format!(
            "<svg class=\"qr qr--large\" viewBox=\"0 0 {side} {side}\" role=\"img\" aria-label=\"{label}\" \
             shape-rendering=\"crispEdges\" xmlns=\"http://www.w3.org/2000/svg\">\
             <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"></rect><path d=\"{path}\" fill=\"#000\"></path></svg>",
            side = q.side,
            label = escape(t!("participate.qr")),
            path = escape(&q.path),
        ),
        None => format!(
            "<p class=\"qr-too-long\">{}</p>",
            escape(t!("seminar.qr_too_long"))
        ),
    }
}

/// "Send til facilitator": the answer link, its QR code, copy, download, the
/// large QR code for the facilitator's camera, and sharing (shown by the page
/// where the browser shares).
pub fn send(p: &Participation, link: &str) -> String {
    format!(
        "<section class=\"send\" aria-labelledby=\"send-heading\"><h2 id=\"send-heading\">{title}</h2>\
         <p id=\"{status_id}\">{status}</p><p>{text}</p><p class=\"send__phone-only\">{phone}</p>\
         <div class=\"invite__grid\"><div id=\"{qr_id}\">{qr}</div><div>\
         <label class=\"form-label\" for=\"{link_id}\">{link_label}</label>\
         <input class=\"form-input invite__link\" id=\"{link_id}\" type=\"text\" readonly value=\"{link}\">\
         <p class=\"form-hint\" id=\"{length_id}\">{length}</p>\
         <p class=\"send__buttons\"><button type=\"button\" class=\"button button-primary\" id=\"{copy_id}\">{copy}</button>\
         <button type=\"button\" class=\"button button-secondary\" id=\"{download_id}\">{download}</button></p>\
         <p class=\"send__buttons\"><button type=\"button\" id=\"{big_id}\" class=\"button button-primary\">{big}</button>\
         <button type=\"button\" class=\"button button-secondary\" id=\"{share_id}\" hidden>{share}</button></p>\
         <p role=\"status\" class=\"copy-status\" id=\"{share_failed_id}\"></p>\
         <dialog id=\"{dialog_id}\" class=\"qr-dialog\" aria-labelledby=\"qr-dialog-title\"><div class=\"qr-dialog__body\">\
         <h2 id=\"qr-dialog-title\">{dialog_title}</h2><p>{dialog_text}</p><div id=\"{dialog_qr_id}\"></div>\
         <p><button type=\"button\" class=\"button button-primary qr-dialog__close\" id=\"{close_id}\" autofocus>{close}</button></p>\
         </div></dialog>\
         <p role=\"status\" class=\"copy-status\" id=\"{copied_id}\"></p>\
         </div></div></section>",
        title = escape(t!("participate.send_title")),
        status_id = ids::SEND_STATUS,
        status = escape(&send_status(p)),
        text = escape(t!("participate.send_text")),
        phone = escape(t!("participate.phone_only")),
        qr_id = ids::QR,
        qr = qr_code(link),
        link_id = ids::LINK,
        link_label = escape(t!("participate.link")),
        link = escape(link),
        length_id = ids::LINK_LENGTH,
        length = escape(&link_length(link)),
        copy_id = ids::COPY,
        copy = escape(t!("participate.copy")),
        download_id = ids::DOWNLOAD,
        download = escape(t!("participate.download")),
        big_id = ids::BIG_QR_OPEN,
        big = escape(t!("showqr.open")),
        share_id = ids::SHARE,
        share = escape(t!("showqr.share")),
        share_failed_id = ids::SHARE_FAILED,
        dialog_id = ids::DIALOG,
        dialog_title = escape(t!("showqr.title")),
        dialog_text = escape(t!("showqr.text")),
        dialog_qr_id = ids::DIALOG_QR,
        close_id = ids::DIALOG_CLOSE,
        close = escape(t!("showqr.close")),
        copied_id = ids::COPIED,
    )
}

/// The storage notices above the page (as `components/storage_banner.rs`):
/// running in memory, the last change not saved (and why), data from a newer
/// version, values that could not be read (each with its download button,
/// `data-aside` its number from 0).
pub struct Notices<'a> {
    pub in_memory: bool,
    pub not_saved: Option<&'a str>,
    pub newer: bool,
    pub aside: usize,
}

pub fn notices(n: &Notices) -> String {
    let mut out = String::new();
    let warning = |out: &mut String, role: &str, heading: &str, text: &str| {
        let _ = write!(
            out,
            "<div class=\"alert alert-warning storage-banner\" role=\"{role}\"><p class=\"alert-heading\">{}</p><p class=\"alert-text\">{}</p></div>",
            escape(heading),
            escape(text),
        );
    };
    if n.in_memory {
        warning(
            &mut out,
            "status",
            t!("storage.memory_heading"),
            t!("storage.memory_text"),
        );
    }
    if let Some(why) = n.not_saved {
        let _ = write!(
            out,
            "<div class=\"alert alert-error storage-banner\" role=\"alert\"><p class=\"alert-heading\">{}</p><p class=\"alert-text\">{}</p><p class=\"alert-text\">{}</p></div>",
            escape(t!("storage.not_saved")),
            escape(why),
            escape(t!("participate.not_saved")),
        );
    }
    if n.newer {
        warning(
            &mut out,
            "status",
            t!("storage.newer_heading"),
            t!("storage.newer_text"),
        );
    }
    if n.aside > 0 {
        let _ = write!(
            out,
            "<div class=\"alert alert-warning storage-banner\" role=\"status\"><p class=\"alert-heading\">{}</p><p class=\"alert-text\">{}</p><ul class=\"plain-list aside-list\">",
            escape(t!("storage.aside_heading")),
            escape(t!("storage.aside_text")),
        );
        for i in 0..n.aside {
            let _ = write!(
                out,
                "<li><button type=\"button\" class=\"button button-secondary\" data-aside=\"{i}\">{}</button></li>",
                escape(&t!("storage.aside_download").replace("{n}", &(i + 1).to_string())),
            );
        }
        out.push_str("</ul></div>");
    }
    out
}

/// The answer file's name: `seminarsvar-<name>.json`, or `seminarsvar-svar.json`.
pub fn answer_file_name(name: &str) -> String {
    let who = if name.trim().is_empty() {
        "svar".to_string()
    } else {
        crate::model::format::slug(name)
    };
    format!("seminarsvar-{who}.json")
}
