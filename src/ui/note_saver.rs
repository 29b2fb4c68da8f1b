//! Text typed into an assessment's note. The field shows each key at once
//! (the browser does that); the assessment is changed and saved right after
//! the next paint, with every key typed meanwhile in one save. A key press
//! then costs the page nothing before its letter is painted (bench/RESULTS.md,
//! "Key press → paint"), and nothing typed is lost:
//! - the save comes one frame after the last key (at the latest 100 ms, when
//!   the browser paints no frames), so a crash after that finds the text saved;
//! - leaving, reloading or hiding the page (`pagehide`, `visibilitychange`)
//!   saves at once;
//! - any other change to the assessments ([`AppState::change`]) saves the
//!   pending text first, so changes are saved in the order they were made.

use crate::ui::state::AppState;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::time::Duration;

struct Pending {
    state: AppState,
    id: String,
    item: &'static str,
    text: String,
}

thread_local! {
    static PENDING: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// The note of `item` in assessment `id` is now `text`: saved right after the next paint.
pub fn set_note_soon(state: AppState, id: &str, item: &'static str, text: String) {
    listen_once();
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        match p.iter_mut().find(|x| x.id == id && x.item == item) {
            Some(x) => x.text = text,
            None => p.push(Pending {
                state,
                id: id.to_string(),
                item,
                text,
            }),
        }
    });
    if !SCHEDULED.with(|s| s.replace(true)) {
        request_animation_frame(|| set_timeout(flush, Duration::ZERO));
        set_timeout(flush, Duration::from_millis(100));
    }
}

/// Saves every pending note now (nothing when none is pending).
pub fn flush() {
    SCHEDULED.with(|s| s.set(false));
    let pending = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for p in pending {
        p.state
            .change(&p.id, |a, now| a.set_note(p.item, &p.text, now));
    }
}

fn listen_once() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    // For the app's lifetime: the handles are never removed.
    let _ = window_event_listener(leptos::ev::pagehide, |_| flush());
    let _ = window_event_listener(leptos::ev::visibilitychange, |_| flush());
}
