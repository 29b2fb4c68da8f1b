//! The participant's page at work: the invitation read from the address,
//! the answers kept in `hfg:participation:<seminar>` (saved at every change,
//! merged with what another tab saved, followed while the page lives), the
//! page built from `markup` and kept up to date by hand, element by element.

use super::dom::{self, by_id, document, html_by_id, set_markup, set_text, window};
use super::markup::{self, ids, Notices};
use crate::content::da;
use crate::model::assessment::new_id;
use crate::model::rating::Rating;
use crate::model::seminar::Participation;
use crate::storage::codec::{decode_invitation, encode_response};
use crate::storage::documents::Document;
use crate::storage::local::LocalStore;
use crate::storage::repo::{LoadIssue, Repo, SaveError};
use crate::storage::{KeyValue, MemoryStore, StoreError};
use crate::ui::route::Route;
use std::cell::RefCell;

/// How many statements come with the page (the rest follow once it is
/// painted and the browser is idle, or at the first key).
const FIRST_PART: usize = 1;

/// Everything the page holds.
pub(super) struct Page {
    repo: Repo<Box<dyn KeyValue>>,
    in_memory: bool,
    pub(super) doc: Participation,
    /// Why the last save failed, while it stays failed.
    not_saved: Option<String>,
    newer: bool,
    /// How many statements are built.
    pub(super) built: usize,
}

thread_local! {
    static PAGE: RefCell<Option<Page>> = const { RefCell::new(None) };
}

/// Runs `f` on the page (nothing before it is built).
pub(super) fn with_page<R>(f: impl FnOnce(&mut Page) -> R) -> Option<R> {
    PAGE.with(|p| p.borrow_mut().as_mut().map(f))
}

pub(super) fn now() -> f64 {
    js_sys::Date::now()
}

/// The page for the address; called once by the `participant` binary.
pub fn start() {
    let hash = window().location().hash().unwrap_or_default();
    let payload = match Route::parse(&hash) {
        Some(Route::Participate(payload)) => payload,
        // The boot module starts this page for an invitation only.
        _ => return super::events::leave(),
    };
    let (store, in_memory): (Box<dyn KeyValue>, bool) = match LocalStore::open() {
        Some(s) => (Box::new(s), false),
        None => (Box::new(MemoryStore::new()), true),
    };
    let repo = Repo::new(store);
    let def = match decode_invitation(&payload, da()) {
        Ok(def) => def,
        Err(e) => {
            show(&markup::frame(&markup::refused(&e.message_da())));
            set_title(t!("participate.bad_title"));
            super::events::attach_frame(hash);
            return ready();
        }
    };
    let fresh = Participation::new(def.clone(), new_id(now(), js_sys::Math::random()), now());
    let mut newer = false;
    let doc = match repo.load::<Participation>(&fresh.key(), now()) {
        // An invitation that changed since (same seminar, other items) starts afresh.
        Ok(Some(stored)) if stored.def == def => stored,
        Ok(_) => fresh,
        Err(issue) => {
            newer = matches!(issue, LoadIssue::Newer { .. });
            fresh
        }
    };
    let title = doc.def.title.clone();
    let page = Page {
        repo,
        in_memory,
        doc,
        not_saved: None,
        newer,
        built: 0,
    };
    let first = FIRST_PART.min(page.doc.def.items.len());
    show(&markup::frame(&markup::page(
        &page.doc,
        first,
        &page.link(),
    )));
    PAGE.with(|p| *p.borrow_mut() = Some(page));
    with_page(|p| {
        p.built = first;
        p.show_notices();
    });
    set_title(&title);
    super::hand_over::offer_share();
    super::events::attach_frame(hash);
    super::events::attach_page();
    ready();
    dom::after_paint_when_idle(build_rest);
    super::offline::register();
}

/// Puts the page in place of the build's prerendered one (and of the
/// script that chose it), in one step.
fn show(frame: &str) {
    let doc = document();
    if let Some(old) = by_id("prerender") {
        old.remove();
    }
    if let Ok(scripts) = doc.query_selector_all("script[src*=\"prerender-\"]") {
        for i in 0..scripts.length() {
            if let Some(s) = scripts.item(i) {
                if let Some(parent) = s.parent_node() {
                    let _ = parent.remove_child(&s);
                }
            }
        }
    }
    if let Some(body) = doc.body() {
        let _ = body.insert_adjacent_html("afterbegin", frame);
    }
}

/// `<html data-app="ready">`: the page is the live one (scripts and tests wait for it).
fn ready() {
    if let Some(html) = document().document_element() {
        let _ = html.remove_attribute("data-prerender");
        let _ = html.set_attribute("data-app", "ready");
    }
}

/// "<seminar> – Housing First-guiden", as every page's title.
fn set_title(page: &str) {
    document().set_title(&format!("{page} – {}", t!("app.name")));
}

/// Builds the statements after the first part (once).
pub(super) fn build_rest() {
    let rest = with_page(|p| {
        let total = p.doc.def.items.len();
        let from = p.built;
        p.built = total;
        (from < total).then(|| markup::statements(&p.doc, from..total))
    })
    .flatten();
    if let Some(html) = rest {
        if let Some(list) = by_id(ids::ITEMS) {
            let _ = list.insert_adjacent_html("beforeend", &html);
        }
    }
}

impl Page {
    /// The answer link: this app's address with the answers in the fragment.
    pub(super) fn link(&self) -> String {
        let href = window().location().href().unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default();
        let answer = encode_response(&self.doc.response, &self.doc.def);
        format!("{base}{}", Route::SeminarAnswer(answer).href())
    }

    /// Changes the answers, saves them (merged with what another tab
    /// saved) and shows the result.
    pub(super) fn change(&mut self, f: impl FnOnce(&mut Participation)) {
        f(&mut self.doc);
        self.doc.response.at = now();
        match self.repo.save(&self.doc, now()) {
            Ok(merged) => {
                self.not_saved = None;
                if merged != self.doc {
                    self.doc = merged;
                    self.show_answers();
                }
            }
            Err(e) => self.not_saved = Some(why(e)),
        }
        self.show_notices();
        self.show_progress();
    }

    /// Another tab changed the answers (or, `cleared`, everything): merge
    /// its version into the page's.
    pub(super) fn follow(&mut self, cleared: bool) {
        let stored = match self.repo.load::<Participation>(&self.doc.key(), now()) {
            Ok(Some(s)) if s.def == self.doc.def => Some(s),
            _ => None,
        };
        let merged = match stored {
            Some(s) => self.doc.merge(&s),
            None if cleared => Participation::new(
                self.doc.def.clone(),
                self.doc.response.participant.clone(),
                now(),
            ),
            None => return,
        };
        if merged != self.doc {
            self.doc = merged;
            self.show_answers();
            self.show_progress();
        }
    }

    /// The radios, the name and the role as the answers say.
    fn show_answers(&self) {
        for (n, id) in self.doc.def.items.iter().enumerate().take(self.built) {
            let want = self.doc.response.ratings.get(n).copied().flatten();
            for r in Rating::ALL {
                if let Some(radio) =
                    html_by_id::<web_sys::HtmlInputElement>(&crate::model::markup::radio_id(id, r))
                {
                    radio.set_checked(want == Some(r));
                }
            }
        }
        if let Some(name) = html_by_id::<web_sys::HtmlInputElement>(ids::NAME) {
            if name.value() != self.doc.response.name {
                name.set_value(&self.doc.response.name);
            }
        }
        if let Some(role) = html_by_id::<web_sys::HtmlSelectElement>(ids::ROLE) {
            role.set_value(&self.doc.response.role);
        }
    }

    /// Progress, what the send section says, the link and its QR codes.
    fn show_progress(&self) {
        let (answered, total) = (self.doc.answered(), self.doc.def.items.len());
        set_text(ids::PROGRESS, &markup::progress_text(answered, total));
        set_text(ids::SEND_STATUS, &markup::send_status(&self.doc));
        let link = self.link();
        if let Some(input) = html_by_id::<web_sys::HtmlInputElement>(ids::LINK) {
            input.set_value(&link);
        }
        set_text(ids::LINK_LENGTH, &markup::link_length(&link));
        set_markup(ids::QR, &markup::qr_code(&link));
        super::hand_over::refresh_dialog(&link);
    }

    fn show_notices(&self) {
        let aside = self.repo.aside().len();
        set_markup(
            ids::NOTICES,
            &markup::notices(&Notices {
                in_memory: self.in_memory,
                not_saved: self.not_saved.as_deref(),
                newer: self.newer,
                aside,
            }),
        );
    }

    /// The raw text of the `n`-th value set aside, for its download.
    pub(super) fn aside_text(&self, n: usize) -> Option<String> {
        self.repo.aside().into_iter().nth(n).map(|a| a.raw)
    }
}

/// Why a save failed, for the notice.
fn why(e: SaveError) -> String {
    match e {
        SaveError::Store(StoreError::QuotaExceeded) => t!("storage.quota").to_string(),
        SaveError::Newer(_) => t!("storage.newer_save").to_string(),
        SaveError::Store(StoreError::Unavailable) => {
            t!("storage.failed").replace("{why}", t!("storage.unavailable"))
        }
        SaveError::Store(StoreError::Other(m)) => t!("storage.failed").replace("{why}", &m),
    }
}

/// The position of item `id` in the invitation.
pub(super) fn position(p: &Page, id: &str) -> Option<usize> {
    p.doc.def.items.iter().position(|i| i == id)
}

/// Rates the statement of item `id`.
pub(super) fn rate(id: &str, r: Rating) {
    with_page(|p| {
        if let Some(n) = position(p, id) {
            p.change(|d| {
                if let Some(slot) = d.response.ratings.get_mut(n) {
                    *slot = Some(r);
                }
            });
        }
    });
}

/// Focuses the checked radio of item `id` (or its first).
pub(super) fn focus_item(id: &str) {
    dom::focus_selector(&format!(
        "#item-{id} input:checked, #item-{id} input[type=radio]"
    ));
}

/// Whether the item after `id` (`step` 1) or before it (-1) is built, and which.
pub(super) fn neighbour(id: &str, step: isize) -> Option<String> {
    with_page(|p| {
        let n = position(p, id)?.checked_add_signed(step)?;
        (n < p.built)
            .then(|| p.doc.def.items.get(n).cloned())
            .flatten()
    })
    .flatten()
}
