//! A file of the user's own that every change is written to (where the
//! browser has the File System Access API: Chromium, Edge).
//!
//! - "Gem i en fil": the user picks a file once; from then on a change is
//!   written [`DEBOUNCE_MS`] after the last one, as a whole backup, through
//!   `createWritable` (the browser swaps the new content in on `close`, so a
//!   failed write leaves the file as it was). A failure is reported and
//!   retried after [`RETRY_MS`]; what is in the browser is never touched.
//! - The handle is remembered in IndexedDB; after a reload the browser wants
//!   one click to grant writing again ("Fortsæt med at gemme i …").
//! - One tab writes at a time (Web Locks); another tab says so.

//!
//! This module holds the file's state, which the reminder and the storage
//! notice show on any page, and the entry points; the writing itself is
//! [`super::file_writer`], in a split build a module of its own fetched only
//! where a file is or was linked ([`restore`] asks IndexedDB first whether a
//! handle was ever remembered) or when the user links one.

use super::browser;
use super::file_writer as writer;
use super::DataHomeState;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsValue;

/// Quiet time after the last change before the file is written.
pub const DEBOUNCE_MS: u64 = 800;
/// Wait before a failed write is tried again.
pub const RETRY_MS: u64 = 10_000;

/// A file handle (a JS object) in a signal; equal when it is the same object.
#[derive(Clone, Debug)]
pub struct Handle(pub SendWrapper<JsValue>);

impl Handle {
    pub fn new(v: JsValue) -> Self {
        Handle(SendWrapper::new(v))
    }
}

impl std::ops::Deref for Handle {
    type Target = JsValue;
    fn deref(&self) -> &JsValue {
        &self.0
    }
}

impl PartialEq for Handle {
    fn eq(&self, other: &Self) -> bool {
        js_sys::Object::is(&self.0, &other.0)
    }
}

/// Where the linked file stands.
#[derive(Clone, PartialEq)]
pub enum FileState {
    /// The browser cannot keep a file up to date (Firefox, Safari).
    Unsupported,
    NotLinked,
    /// Remembered from an earlier visit; the browser wants a click to write again.
    Paused {
        handle: Handle,
        name: String,
    },
    Linked {
        handle: Handle,
        name: String,
        status: WriteStatus,
    },
    /// Another tab of the app writes the file.
    OtherTab {
        name: String,
    },
    /// A file is remembered, but this browser's data is gone (cleared): the
    /// file is not written (it would lose the work), only offered to open.
    Wiped {
        name: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum WriteStatus {
    /// Linked, nothing written yet in this tab.
    Ready,
    Writing,
    /// Written at this time (ms).
    Written(f64),
    /// The last write failed (the browser's error name); it is tried again.
    Failed(String),
}

impl FileState {
    pub fn name(&self) -> Option<&str> {
        match self {
            FileState::Paused { name, .. }
            | FileState::Linked { name, .. }
            | FileState::OtherTab { name }
            | FileState::Wiped { name } => Some(name),
            _ => None,
        }
    }
}

/// What the writer ([`super::file_writer`]) is asked to do.
enum Call {
    Restore,
    Schedule,
    WriteNow,
    Link(Handle),
    Resume,
    ChooseAndLink(&'static str),
    Unlink,
}

/// Runs `call` in the writer: at once in a single-module build; in a split
/// build once its module is there (fetched the first time).
fn writer_does(dh: DataHomeState, call: Call) {
    #[cfg(hfg_split)]
    leptos::task::spawn_local(writer_module(dh, call));
    #[cfg(not(hfg_split))]
    run(dh, call);
}

#[cfg(hfg_split)]
#[leptos::lazy]
fn writer_module(dh: DataHomeState, call: Call) {
    run(dh, call);
}

fn run(dh: DataHomeState, call: Call) {
    match call {
        Call::Restore => writer::restore(dh),
        Call::Schedule => writer::schedule(dh),
        Call::WriteNow => writer::write_now(dh),
        Call::Link(handle) => writer::link(dh, (*handle).clone()),
        Call::Resume => writer::resume(dh),
        Call::ChooseAndLink(description) => writer::choose_and_link(dh, description),
        Call::Unlink => writer::unlink(dh),
    }
}

/// Fetches the writer's module (split build) once the page is painted and
/// the browser is idle, so that a click on "Gem i en fil" or "Fortsæt med at
/// gemme i …" finds it there (the browser opens its file dialog only shortly
/// after the click), and the page's own files come first.
pub fn preload() {
    #[cfg(hfg_split)]
    crate::ui::later::after_paint_when_idle(|| {
        leptos::task::spawn_local(__preload_writer_module());
    });
}

/// A change happened: write the linked file soon (if this tab writes it).
pub fn schedule(dh: DataHomeState) {
    if dh
        .file
        .with_untracked(|f| matches!(f, FileState::Linked { .. }))
    {
        writer_does(dh, Call::Schedule);
    }
}

/// Writes the whole backup to the linked file now.
pub fn write_now(dh: DataHomeState) {
    writer_does(dh, Call::WriteNow);
}

/// Links `handle` as the file to keep saving to, and writes it at once.
pub fn link(dh: DataHomeState, handle: JsValue) {
    writer_does(dh, Call::Link(Handle::new(handle)));
}

/// After a reload: the remembered file, writable at once or after a click.
/// Where no handle was ever remembered (IndexedDB has no database of the
/// app's), the writer is not fetched at all.
pub fn restore(dh: DataHomeState) {
    if !browser::has_file_access() {
        return;
    }
    leptos::task::spawn_local(async move {
        if browser::may_have_remembered_handle().await {
            writer_does(dh, Call::Restore);
        }
    });
}

/// "Fortsæt med at gemme i …": asks the browser for write permission (a click).
pub fn resume(dh: DataHomeState) {
    writer_does(dh, Call::Resume);
}

/// "Gem i en fil": the save dialog, then link the chosen file.
pub fn choose_and_link(dh: DataHomeState, description: &'static str) {
    writer_does(dh, Call::ChooseAndLink(description));
}

/// Stops saving to the file (the file itself is left as it is).
/// Nothing to do where no file is linked or remembered.
pub fn unlink(dh: DataHomeState) {
    if dh.file.with_untracked(|f| f.name().is_some()) {
        dh.file.set(FileState::NotLinked);
        writer_does(dh, Call::Unlink);
    }
}
