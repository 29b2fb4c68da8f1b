//! The one way a page keeps a saved document: [`use_doc`] loads it, every
//! change is saved at once merged with what another tab stored (the kind's
//! merge from `storage::documents`), and a change made in another tab is
//! merged into the page while it lives. A save that fails goes to the one
//! storage notice (`components::storage_banner`); what is on the screen is
//! kept. A value that cannot be read is moved aside and offered there too.

use crate::storage::documents::Document;
use crate::ui::state::{now, repo, use_state, AppState};
use leptos::prelude::*;
use std::sync::Arc;

/// Makes the document a page shows when none is stored.
pub type Empty<T> = Arc<dyn Fn() -> T + Send + Sync>;

/// One saved document on a page.
pub struct Doc<T: Document + Send + Sync> {
    pub data: RwSignal<T>,
    key: StoredValue<String>,
    /// For the storage notice (taken once: event handlers have no context).
    state: AppState,
    /// What the page shows when nothing is stored (then nothing is written
    /// until the first change).
    empty: StoredValue<Empty<T>>,
}

impl<T: Document + Send + Sync> Clone for Doc<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Document + Send + Sync> Copy for Doc<T> {}

/// Reads the stored document under `key`, or `empty()` when there is none
/// (or it cannot be read: the notice offers what was moved aside).
fn load<T: Document>(state: AppState, key: &str, empty: &Empty<T>) -> T {
    match repo().load::<T>(key, now()) {
        Ok(v) => v.unwrap_or_else(|| empty()),
        Err(issue) => {
            state.tell(issue);
            empty()
        }
    }
}

/// Loads the document under `key` and follows other tabs for as long as the
/// page lives. `empty` makes the document shown when none is stored.
pub fn use_doc<T: Document + Send + Sync>(
    key: String,
    empty: impl Fn() -> T + Send + Sync + 'static,
) -> Doc<T> {
    let state = use_state();
    let empty: Empty<T> = Arc::new(empty);
    let doc = Doc {
        data: RwSignal::new(load(state, &key, &empty)),
        key: StoredValue::new(key),
        state,
        empty: StoredValue::new(empty),
    };
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let mine = doc.key.with_value(|k| ev.key().as_deref() == Some(k.as_str()));
        if mine {
            doc.reload();
        } else if ev.key().is_none() {
            // Another tab cleared everything.
            doc.data.set(doc.read_stored());
        }
    });
    on_cleanup(move || handle.remove());
    doc
}

impl<T: Document + Send + Sync> Doc<T> {
    fn read_stored(&self) -> T {
        let empty = self.empty.get_value();
        self.key.with_value(|k| load(self.state, k, &empty))
    }

    /// Another tab changed the document: merge its version into the page's.
    pub fn reload(&self) {
        let stored = self.read_stored();
        let merged = self.data.with_untracked(|d| d.merge(&stored));
        if self.data.with_untracked(|d| *d != merged) {
            self.data.set(merged);
        }
    }

    /// Changes the document and saves it at once, merged with the stored copy.
    pub fn change<R>(&self, f: impl FnOnce(&mut T, f64) -> R) -> R {
        let at = now();
        let mut out = None;
        self.data.update(|d| out = Some(f(d, at)));
        self.save();
        out.expect("update ran")
    }

    /// Saves what the page holds (merged with the stored copy).
    pub fn save(&self) {
        let mine = self.data.get_untracked();
        match repo().save(&mine, now()) {
            Ok(merged) => {
                self.state.saved();
                if merged != mine {
                    self.data.set(merged);
                }
            }
            Err(e) => self.state.report(e),
        }
    }
}
