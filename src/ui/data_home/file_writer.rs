//! The linked file's writer: the debounced, atomic writes, the one-writer
//! lock, linking, resuming and letting go of the file, and finding the
//! remembered one after a reload. In a split build a module of its own
//! (`super::file::writer`), fetched only where a file is or was linked, or
//! when the user links one: a browser that never linked a file (every phone,
//! every first visit) does not load it.

use super::browser;
use super::file::{FileState, Handle, WriteStatus, DEBOUNCE_MS, RETRY_MS};
use super::DataHomeState;
use crate::model::data_home::SavedHow;
use crate::storage::documents::DATA_HOME;
use crate::storage::KeyValue;
use crate::ui::state::{now, repo};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

thread_local! {
    /// The pending debounce timer, and whether a write is running / wanted again.
    static TIMER: std::cell::RefCell<Option<TimeoutHandle>> = const { std::cell::RefCell::new(None) };
    static WRITING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static AGAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Whether this tab holds the writer's lock (it keeps it while it lives).
    static WRITER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Whether this tab has asked for the lock already.
    static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The file this tab wants to write once it holds the lock.
    static WANTED: std::cell::RefCell<Option<(Handle, String, bool)>> = const { std::cell::RefCell::new(None) };
}

/// A change happened: write the linked file soon (if this tab writes it).
pub fn schedule(dh: DataHomeState) {
    schedule_in(dh, DEBOUNCE_MS);
}

fn schedule_in(dh: DataHomeState, ms: u64) {
    if !dh
        .file
        .with_untracked(|f| matches!(f, FileState::Linked { .. }))
    {
        return;
    }
    TIMER.with(|t| {
        if let Some(old) = t.borrow_mut().take() {
            old.clear();
        }
        *t.borrow_mut() =
            set_timeout_with_handle(move || write_now(dh), std::time::Duration::from_millis(ms))
                .ok();
    });
}

/// Writes the whole backup to the linked file now.
pub fn write_now(dh: DataHomeState) {
    let FileState::Linked { handle, name, .. } = dh.file.get_untracked() else {
        return;
    };
    if WRITING.with(std::cell::Cell::get) {
        AGAIN.with(|a| a.set(true));
        return;
    }
    WRITING.with(|w| w.set(true));
    set_status(dh, WriteStatus::Writing);
    leptos::task::spawn_local(async move {
        let (text, read_at) = super::backup_text().await;
        let result = browser::write_file(&handle, &text).await;
        WRITING.with(|w| w.set(false));
        match result {
            Ok(()) => {
                dh.saved(read_at, SavedHow::File, &name);
                set_status(dh, WriteStatus::Written(now()));
                if AGAIN.with(|a| a.replace(false)) {
                    schedule(dh);
                }
            }
            Err(e) => {
                AGAIN.with(|a| a.set(false));
                let why = browser::error_name(&e);
                set_status(
                    dh,
                    WriteStatus::Failed(if why.is_empty() { "Error".into() } else { why }),
                );
                schedule_in(dh, RETRY_MS);
            }
        }
    });
}

fn set_status(dh: DataHomeState, status: WriteStatus) {
    dh.file.update(|f| {
        if let FileState::Linked { status: s, .. } = f {
            *s = status;
        }
    });
}

/// Links `handle` as the file to keep saving to, and writes it at once.
pub fn link(dh: DataHomeState, handle: JsValue) {
    let name = browser::handle_name(&handle);
    let keep = handle.clone();
    leptos::task::spawn_local(async move {
        let _ = browser::remember_handle(&keep).await;
    });
    take_writer(dh, handle, name, true);
}

/// Becomes the writer of the file (or says another tab is). The lock is
/// asked for once per tab; a tab that holds it writes whichever file is linked.
fn take_writer(dh: DataHomeState, handle: JsValue, name: String, write: bool) {
    WANTED.with(|w| *w.borrow_mut() = Some((Handle::new(handle), name.clone(), write)));
    if WRITER.with(std::cell::Cell::get) {
        start_writing(dh);
        return;
    }
    if ASKED.with(|a| a.replace(true)) {
        dh.file.set(FileState::OtherTab { name });
        return;
    }
    browser::become_writer("hfg-file", move |mine| {
        if mine {
            WRITER.with(|w| w.set(true));
            start_writing(dh);
        } else if let Some((_, name, _)) = WANTED.with(|w| w.borrow().clone()) {
            dh.file.set(FileState::OtherTab { name });
        }
    });
}

/// This tab holds the lock: link the wanted file and write it if needed.
fn start_writing(dh: DataHomeState) {
    let Some((handle, name, write)) = WANTED.with(|w| w.borrow_mut().take()) else {
        return;
    };
    dh.file.set(FileState::Linked {
        handle,
        name,
        status: WriteStatus::Ready,
    });
    if write || dh.home.with_untracked(|x| x.has_unsaved()) {
        write_now(dh);
    }
}

/// After a reload: the remembered file, writable at once or after a click.
pub fn restore(dh: DataHomeState) {
    leptos::task::spawn_local(async move {
        let Some(handle) = browser::remembered_handle().await else {
            // An empty database (an earlier version opened it at every
            // start): gone, so the next start does not fetch this module.
            browser::forget_handle().await;
            return;
        };
        let name = browser::handle_name(&handle);
        // Linking a file always leaves a data-home document; without one,
        // this browser's data was cleared since: never write the empty
        // browser over the user's work.
        let cleared = repo()
            .store
            .get(DATA_HOME.key.prefix())
            .ok()
            .flatten()
            .is_none();
        if cleared {
            dh.file.set(FileState::Wiped { name });
        } else if browser::may_write(&handle).await {
            take_writer(dh, handle, name, false);
        } else {
            dh.file.set(FileState::Paused {
                handle: Handle::new(handle),
                name,
            });
        }
    });
}

/// "Fortsæt med at gemme i …": asks the browser for write permission (a click).
pub fn resume(dh: DataHomeState) {
    let FileState::Paused { handle, name } = dh.file.get_untracked() else {
        return;
    };
    leptos::task::spawn_local(async move {
        if browser::ask_write(&handle).await {
            take_writer(dh, (*handle).clone(), name, true);
        }
    });
}

/// "Gem i en fil": the save dialog, then link the chosen file.
pub fn choose_and_link(dh: DataHomeState, description: &'static str) {
    let suggested = super::backup_file_name();
    leptos::task::spawn_local(async move {
        if let Ok(handle) = browser::pick_save_file(&suggested, description).await {
            link(dh, handle);
        }
    });
}

/// Stops saving to the file (the file itself is left as it is).
pub fn unlink(dh: DataHomeState) {
    TIMER.with(|t| {
        if let Some(old) = t.borrow_mut().take() {
            old.clear();
        }
    });
    dh.file.set(FileState::NotLinked);
    leptos::task::spawn_local(browser::forget_handle());
}
