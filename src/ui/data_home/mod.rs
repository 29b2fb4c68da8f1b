//! The data home: the user's work kept beyond this browser's storage.
//!
//! - Every value written to a document kind that backups carry (the table in
//!   `storage::documents`), in this tab or another, counts as a change
//!   ([`DataHomeState::changed`]); `model::data_home` keeps when the first
//!   unsaved change happened and when the last copy outside the browser was
//!   taken (document `hfg:data-home`).
//! - The first change asks the browser to keep the site's data
//!   (`navigator.storage.persist()`), once.
//! - A linked file of the user's own ([`file`]): every change is written to
//!   it, debounced, atomically, by one tab at a time.
//! - A download of a backup counts as a copy too ([`download_backup`]).
//! - [`reminder`] shows a calm notice when unsaved work is at risk.

pub mod browser;
pub mod file;
mod file_writer;
pub mod panel;
pub mod reminder;

use crate::model::data_home::{DataHome, SavedHow};
use crate::storage::backup::{encode_backup, make_backup};
use crate::storage::documents::{in_backup, Document, DATA_HOME};
use crate::ui::components::download::download;
use crate::ui::state::{now, repo, today};
use file::FileState;
use leptos::prelude::*;

/// The data home of this tab (a context, and a thread-local for the store's listener).
#[derive(Clone, Copy)]
pub struct DataHomeState {
    pub home: RwSignal<DataHome>,
    /// The browser's answer to `persisted()`; `None` while unknown or where it has no such API.
    pub persisted: RwSignal<Option<bool>>,
    /// (bytes the whole site uses, bytes it may use), where the browser says.
    pub estimate: RwSignal<Option<(f64, f64)>>,
    pub file: RwSignal<FileState>,
    /// The time of the last change (not stored: only the first unsaved one is).
    last_change: StoredValue<f64>,
    /// Ticks every minute, so time-based notices re-check.
    pub clock: RwSignal<f64>,
}

thread_local! {
    static CURRENT: std::cell::Cell<Option<DataHomeState>> = const { std::cell::Cell::new(None) };
}

/// The listener of the app's store: a value of `key` was written or removed.
pub fn on_store_change(key: &str) {
    if in_backup(key) {
        if let Some(dh) = CURRENT.with(std::cell::Cell::get) {
            dh.changed();
        }
    }
}

/// Sets up the data home. Call once, after `provide_state`.
pub fn provide_data_home() -> DataHomeState {
    let stored = repo()
        .load::<DataHome>(DATA_HOME.key.prefix(), now())
        .ok()
        .flatten()
        .unwrap_or_default();
    let dh = DataHomeState {
        home: RwSignal::new(stored),
        persisted: RwSignal::new(None),
        estimate: RwSignal::new(None),
        file: RwSignal::new(if browser::has_file_access() {
            FileState::NotLinked
        } else {
            FileState::Unsupported
        }),
        last_change: StoredValue::new(0.0),
        clock: RwSignal::new(now()),
    };
    CURRENT.with(|c| c.set(Some(dh)));
    provide_context(dh);
    // Changes another tab makes count too (this tab may be the file's writer),
    // and its saves to the file or downloads.
    let handle =
        window_event_listener(
            leptos::ev::storage,
            move |ev: web_sys::StorageEvent| match ev.key() {
                Some(k) if k == DATA_HOME.key.prefix() => dh.reload(),
                Some(k) => on_store_change(&k),
                None => dh.reload(),
            },
        );
    on_cleanup(move || handle.remove());
    let tick = set_interval_with_handle(
        move || dh.clock.set(now()),
        std::time::Duration::from_secs(60),
    );
    on_cleanup(move || {
        if let Ok(t) = tick {
            t.clear();
        }
    });
    dh.refresh_browser_state();
    file::restore(dh);
    dh
}

pub fn use_data_home() -> DataHomeState {
    expect_context::<DataHomeState>()
}

impl DataHomeState {
    /// Something the backup carries changed at `now`.
    pub fn changed(&self) {
        let at = now();
        self.last_change.set_value(at);
        // Only the first change after a copy changes the stored state; the
        // rest touch no signal (nothing re-renders on every keystroke).
        if !self.home.with_untracked(DataHome::has_unsaved) {
            self.home.update(|h| {
                h.changed(at);
            });
            self.store();
        }
        self.ask_to_persist();
        file::schedule(*self);
    }

    /// Asks the browser, once, to keep the site's data (the first real work
    /// saved, or the first copy taken, whichever comes first).
    fn ask_to_persist(&self) {
        if self.home.with_untracked(|h| h.persist_asked) {
            return;
        }
        self.home.update(|h| h.persist_asked = true);
        self.store();
        let dh = *self;
        leptos::task::spawn_local(async move {
            let answer = browser::persist().await;
            dh.persisted.set(answer.or(browser::persisted().await));
            dh.estimate.set(browser::estimate().await);
        });
    }

    /// A copy outside the browser was made from content read at `read_at`.
    pub fn saved(&self, read_at: f64, how: SavedHow, name: &str) {
        let last = self.last_change.get_value();
        self.home.update(|h| h.saved(read_at, how, name, last));
        self.store();
        self.ask_to_persist();
    }

    /// Everything was deleted on purpose ("Slet alle data"): the linked file
    /// is let go (it keeps the last copy; nothing empty is written over it)
    /// and the notes about copies are forgotten.
    pub fn cleared(&self) {
        file::unlink(*self);
        self.home.set(DataHome::default());
        self.last_change.set_value(0.0);
        let _ = repo().remove_doc(DATA_HOME.key.prefix());
    }

    /// "Ikke nu" on the reminder.
    pub fn snooze(&self) {
        self.home.update(|h| h.snoozed_at = Some(now()));
        self.store();
    }

    fn store(&self) {
        let h = self.home.get_untracked();
        match repo().save(&h, now()) {
            Ok(merged) if merged != h => self.home.set(merged),
            Ok(_) => {}
            // Not being able to note this is no reason to bother the user:
            // the storage notice already tells of a full or refused store.
            Err(_) => {}
        }
    }

    fn reload(&self) {
        if let Ok(Some(stored)) =
            repo().load::<DataHome>(&self.home.with_untracked(Document::key), now())
        {
            let merged = self.home.with_untracked(|h| h.merge(&stored));
            if self.home.with_untracked(|h| *h != merged) {
                self.home.set(merged);
            }
        }
    }

    /// Reads what the browser says of its storage (again).
    pub fn refresh_browser_state(&self) {
        let dh = *self;
        leptos::task::spawn_local(async move {
            dh.persisted.set(browser::persisted().await);
            dh.estimate.set(browser::estimate().await);
        });
    }
}

/// The whole backup as the file's text, and when its content was read. In a
/// split build a module of its own (`backup_module`), fetched at the first
/// save or download: it carries every stored kind's encoder, the
/// assessments' among them, which a page that saves nothing (the start page,
/// the guide, an invitation) does not need.
pub async fn backup_text() -> (String, f64) {
    #[cfg(hfg_split)]
    return backup_module().await;
    #[cfg(not(hfg_split))]
    backup_now()
}

/// Fetches the backup's module now (split build), so a download asked for
/// next takes its snapshot at once: "Slet alle data" offers one right
/// before it clears.
pub fn preload_backup() {
    #[cfg(hfg_split)]
    leptos::task::spawn_local(__preload_backup_module());
}

#[cfg(hfg_split)]
#[leptos::lazy]
fn backup_module() -> (String, f64) {
    backup_now()
}

fn backup_now() -> (String, f64) {
    let read_at = now();
    (
        encode_backup(&make_backup(&*repo(), &today(), read_at)),
        read_at,
    )
}

/// The file name a backup is offered under.
pub fn backup_file_name() -> String {
    t!("datahome.file_name").replace("{date}", &today())
}

/// Offers the full backup for download, and notes it as a copy outside the browser.
pub fn download_backup(dh: DataHomeState) {
    leptos::task::spawn_local(async move {
        let (text, read_at) = backup_text().await;
        let name = backup_file_name();
        download(&name, "application/json", &text);
        dh.saved(read_at, SavedHow::Download, &name);
    });
}
