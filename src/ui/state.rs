//! The app's saved state in the browser: the assessments and seminars in
//! signals (read by the modules that show them, [`load_assessments`] and
//! [`load_seminars`]), the
//! store behind them (localStorage, or memory when the browser refuses), and
//! notices about storage the user must know of. Every change is saved at once;
//! a save merges with what another tab stored, and a `storage` event from
//! another tab merges its change into this one.

use crate::model::assessment::Assessment;
use crate::model::seminar::Seminar;
use crate::storage::documents::{PARTICIPATION as PARTICIPATION_DOC, SEMINAR as SEMINAR_DOC};
use crate::storage::local::LocalStore;
use crate::storage::observed::Observed;
use crate::storage::repo::{assessment_id, LoadIssue, Repo, SaveError};
use crate::storage::{KeyValue, MemoryStore, StoreError};
use leptos::prelude::*;
use std::rc::Rc;

/// Something about storage the user should know, shown as a banner.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// The last change could not be saved: storage is full.
    QuotaFull,
    /// Saved by a newer version of the app; this version leaves it alone.
    Newer,
    /// Another storage error.
    SaveFailed(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub assessments: RwSignal<Vec<Assessment>>,
    /// The seminars this browser facilitates.
    pub seminars: RwSignal<Vec<Seminar>>,
    /// False when `localStorage` is unavailable and the app runs in memory.
    pub persistent: bool,
    pub notice: RwSignal<Option<Notice>>,
    pub issues: RwSignal<Vec<LoadIssue>>,
    /// Bumped when values are moved aside, so the banner re-reads them.
    pub aside_version: RwSignal<u32>,
}

thread_local! {
    static REPO: std::cell::RefCell<Option<Rc<Repo<Box<dyn KeyValue>>>>> = const { std::cell::RefCell::new(None) };
}

/// The repository behind the state.
pub fn repo() -> Rc<Repo<Box<dyn KeyValue>>> {
    REPO.with(|r| r.borrow().clone())
        .expect("provide_state ran")
}

const SEMINAR_KEY: &str = SEMINAR_DOC.key.prefix();
const PARTICIPATION_KEY: &str = PARTICIPATION_DOC.key.prefix();

pub fn seminar_key(id: &str) -> String {
    format!("{SEMINAR_KEY}{id}")
}

pub fn participation_key(seminar: &str) -> String {
    format!("{PARTICIPATION_KEY}{seminar}")
}

pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Today as an ISO date in the user's time zone.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

pub fn new_id() -> String {
    crate::model::assessment::new_id(now(), js_sys::Math::random())
}

thread_local! {
    /// The state `provide_state` made, for [`load_assessments`] and
    /// [`load_seminars`] (a module's entry point, which has no reactive context).
    static CURRENT: std::cell::Cell<Option<AppState>> = const { std::cell::Cell::new(None) };
    /// What a `storage` event from another tab does to the assessments, once
    /// [`load_assessments`] has read them, and to the seminars, once
    /// [`load_seminars`] has: function pointers, so the main module, which
    /// registers the listener, links no decoder or merge of theirs, and a
    /// module that shows only one of them links only its.
    static FOLLOW: [std::cell::Cell<Option<fn(AppState, Option<&str>)>>; 2] =
        const { [std::cell::Cell::new(None), std::cell::Cell::new(None)] };
}

/// [`FOLLOW`]'s slots.
const ASSESSMENTS: usize = 0;
const SEMINARS: usize = 1;

/// Opens storage and follows other tabs. Call once, in `App`. The
/// assessments and seminars are read by the modules whose pages show them
/// ([`load_assessments`], [`load_seminars`]), so a page that shows none (the
/// start page, the guide, an invitation) neither parses them nor carries
/// their code.
/// `on_change` hears the key of every value the app writes or removes (the
/// data home follows the changes from there).
pub fn provide_state(on_change: impl Fn(&str) + 'static) -> AppState {
    let (store, persistent): (Box<dyn KeyValue>, bool) = match LocalStore::open() {
        Some(s) => (Box::new(s), true),
        None => (Box::new(MemoryStore::new()), false),
    };
    let store: Box<dyn KeyValue> = Box::new(Observed::new(store, on_change));
    REPO.with(|r| *r.borrow_mut() = Some(Rc::new(Repo::new(store))));
    let state = AppState {
        assessments: RwSignal::new(Vec::new()),
        seminars: RwSignal::new(Vec::new()),
        persistent,
        notice: RwSignal::new(None),
        issues: RwSignal::new(Vec::new()),
        aside_version: RwSignal::new(0),
    };
    CURRENT.set(Some(state));
    FOLLOW.with(|slots| slots.iter().for_each(|f| f.set(None)));
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let key = ev.key();
        for follow in FOLLOW
            .with(|slots| slots.each_ref().map(|f| f.get()))
            .into_iter()
            .flatten()
        {
            follow(state, key.as_deref());
        }
    });
    on_cleanup(move || handle.remove());
    provide_context(state);
    state
}

/// Reads the stored assessments into the state, once, and from then on
/// follows another tab's changes to them. Each module whose pages show or
/// change them calls this before its page is built (`ui::areas`).
pub fn load_assessments() {
    let Some(state) = CURRENT.get() else { return };
    if FOLLOW.with(|slots| slots[ASSESSMENTS].get().is_some()) {
        return;
    }
    let (list, issues) = repo().load_assessments(now());
    untrack(|| {
        state.assessments.set(list);
        state.tell_all(issues);
    });
    FOLLOW.with(|slots| slots[ASSESSMENTS].set(Some(follow_assessments)));
}

/// Reads the stored seminars into the state, as [`load_assessments`] does
/// the assessments.
pub fn load_seminars() {
    let Some(state) = CURRENT.get() else { return };
    if FOLLOW.with(|slots| slots[SEMINARS].get().is_some()) {
        return;
    }
    let (list, issues) = repo().load_all::<Seminar>(now());
    untrack(|| {
        state.seminars.set(list);
        state.tell_all(issues);
    });
    FOLLOW.with(|slots| slots[SEMINARS].set(Some(follow_seminars)));
}

/// Another tab changed (or, `None`, cleared) a stored value: an assessment?
fn follow_assessments(state: AppState, key: Option<&str>) {
    match key {
        Some(key) => {
            if let Some(id) = assessment_id(key) {
                state.reload(id);
            }
        }
        None => state.assessments.set(repo().load_assessments(now()).0),
    }
}

/// Another tab changed (or, `None`, cleared) a stored value: a seminar?
fn follow_seminars(state: AppState, key: Option<&str>) {
    match key {
        Some(key) => {
            if let Some(id) = key.strip_prefix(SEMINAR_KEY) {
                state.reload_seminar(id);
            }
        }
        None => state.seminars.set(repo().load_all(now()).0),
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// A copy of one assessment, without tracking (for building a page once).
    pub fn assessment_now(&self, id: &str) -> Option<Assessment> {
        self.assessments
            .with_untracked(|v| v.iter().find(|a| a.id == id).cloned())
    }

    /// A copy of one seminar, without tracking (for building a page once).
    pub fn seminar_now(&self, id: &str) -> Option<Seminar> {
        self.seminars
            .with_untracked(|v| v.iter().find(|s| s.def.id == id).cloned())
    }

    /// Reads one assessment without copying it (tracked); `None` when it is gone.
    pub fn with_assessment<R>(&self, id: &str, f: impl FnOnce(&Assessment) -> R) -> Option<R> {
        self.assessments
            .with(|v| v.iter().find(|a| a.id == id).map(f))
    }

    /// A copy of one assessment (tracked).
    pub fn get(&self, id: &str) -> Option<Assessment> {
        self.with_assessment(id, Assessment::clone)
    }

    /// Whether an assessment exists (tracked).
    pub fn has(&self, id: &str) -> bool {
        self.with_assessment(id, |_| ()).is_some()
    }

    /// Changes an assessment and saves it at once. The screen keeps the change
    /// even when saving fails; the banner says why.
    pub fn change(&self, id: &str, f: impl FnOnce(&mut Assessment, f64)) {
        // A note typed a moment ago is saved first (`ui::note_saver`).
        super::note_saver::flush();
        let t = now();
        let mut changed = None;
        self.assessments.update(|v| {
            if let Some(a) = v.iter_mut().find(|a| a.id == id) {
                f(a, t);
                changed = Some(a.clone());
            }
        });
        if let Some(a) = changed {
            self.save(&a);
        }
    }

    /// Adds a new assessment (or puts a deleted one back) and saves it.
    pub fn insert(&self, a: Assessment) {
        self.assessments.update(|v| {
            v.retain(|x| x.id != a.id);
            v.insert(0, a.clone());
        });
        self.save(&a);
    }

    /// Puts imported assessments in place as they are (already merged or
    /// chosen to replace). Returns how many were saved.
    pub fn import(&self, list: Vec<Assessment>) -> usize {
        let mut saved = 0;
        for a in list {
            match repo().replace_assessment(&a, now()) {
                Ok(()) => {
                    saved += 1;
                    self.put(a);
                }
                Err(e) => self.report(e),
            }
        }
        saved
    }

    /// A copy of one seminar (tracked).
    pub fn seminar(&self, id: &str) -> Option<Seminar> {
        self.seminars
            .with(|v| v.iter().find(|s| s.def.id == id).cloned())
    }

    /// Changes a seminar and saves it at once, merged with another tab's copy.
    pub fn change_seminar<R>(&self, id: &str, f: impl FnOnce(&mut Seminar) -> R) -> Option<R> {
        let mut out = None;
        let mut changed = None;
        self.seminars.update(|v| {
            if let Some(s) = v.iter_mut().find(|s| s.def.id == id) {
                out = Some(f(s));
                changed = Some(s.clone());
            }
        });
        if let Some(s) = changed {
            self.save_seminar(s);
        }
        out
    }

    /// Adds a new seminar and saves it.
    pub fn insert_seminar(&self, s: Seminar) {
        self.seminars.update(|v| v.insert(0, s.clone()));
        self.save_seminar(s);
    }

    pub fn delete_seminar(&self, id: &str) -> Option<Seminar> {
        let gone = self
            .seminars
            .with_untracked(|v| v.iter().find(|s| s.def.id == id).cloned());
        match repo().remove_doc(&seminar_key(id)) {
            Ok(()) => {
                self.seminars.update(|v| v.retain(|s| s.def.id != id));
                gone
            }
            Err(e) => {
                self.report(SaveError::Store(e));
                None
            }
        }
    }

    fn save_seminar(&self, s: Seminar) {
        match repo().save(&s, now()) {
            Ok(merged) => {
                self.saved();
                if merged != s {
                    self.seminars.update(|v| {
                        if let Some(x) = v.iter_mut().find(|x| x.def.id == merged.def.id) {
                            *x = merged;
                        }
                    });
                }
            }
            Err(e) => self.report(e),
        }
    }

    fn reload_seminar(&self, id: &str) {
        match repo().load::<Seminar>(&seminar_key(id), now()) {
            Ok(Some(stored)) => {
                self.seminars
                    .update(|v| match v.iter_mut().find(|s| s.def.id == id) {
                        Some(mine) => *mine = mine.merge(&stored),
                        None => v.insert(0, stored),
                    })
            }
            Ok(None) => self.seminars.update(|v| v.retain(|s| s.def.id != id)),
            Err(issue) => self.tell(issue),
        }
    }

    /// Re-reads everything from storage (after an import wrote documents).
    pub fn reload_all(&self) {
        self.assessments.set(repo().load_assessments(now()).0);
        self.seminars.set(repo().load_all(now()).0);
    }

    /// Removes everything the app keeps in this browser.
    pub fn clear_all(&self) -> Result<usize, StoreError> {
        let n = repo().clear_all()?;
        self.assessments.set(Vec::new());
        self.seminars.set(Vec::new());
        self.issues.set(Vec::new());
        self.notice.set(None);
        self.aside_version.update(|v| *v += 1);
        Ok(n)
    }

    pub fn delete(&self, id: &str) -> Option<Assessment> {
        let removed = self.get(id);
        match repo().delete_assessment(id) {
            Ok(()) => {
                self.assessments.update(|v| v.retain(|a| a.id != id));
                removed
            }
            Err(e) => {
                self.report(e);
                None
            }
        }
    }

    fn save(&self, a: &Assessment) {
        match repo().save(a, now()) {
            Ok(merged) => {
                self.saved();
                if &merged != a {
                    self.put(merged);
                }
            }
            Err(e) => self.report(e),
        }
    }

    /// A save worked: the notice about an earlier failed save goes.
    pub fn saved(&self) {
        if self.notice.get_untracked().is_some() {
            self.notice.set(None);
        }
    }

    /// A save failed: the storage notice says why (every kind of document).
    pub fn report(&self, e: SaveError) {
        self.notice.set(Some(match e {
            SaveError::Store(StoreError::QuotaExceeded) => Notice::QuotaFull,
            SaveError::Newer(_) => Notice::Newer,
            SaveError::Store(StoreError::Unavailable) => {
                Notice::SaveFailed(t!("storage.unavailable").to_string())
            }
            SaveError::Store(StoreError::Other(m)) => Notice::SaveFailed(m),
        }));
    }

    /// Something found while loading: the storage notice shows it (once).
    /// [`Self::tell`] for several at once (a banner's re-read, not one each).
    fn tell_all(&self, issues: Vec<LoadIssue>) {
        if issues.is_empty() {
            return;
        }
        self.issues.update(|v| {
            for issue in issues {
                if !v.contains(&issue) {
                    v.push(issue);
                }
            }
        });
        self.aside_version.update(|n| *n += 1);
    }

    pub fn tell(&self, issue: LoadIssue) {
        self.issues.update(|v| {
            if !v.contains(&issue) {
                v.push(issue);
            }
        });
        self.aside_version.update(|n| *n += 1);
    }

    /// Replaces the in-memory copy of an assessment.
    fn put(&self, a: Assessment) {
        self.assessments
            .update(|v| match v.iter_mut().find(|x| x.id == a.id) {
                Some(x) => *x = a,
                None => v.insert(0, a),
            });
    }

    /// Re-reads one assessment after another tab changed it, merging it with ours.
    fn reload(&self, id: &str) {
        match repo().load_assessment(id, now()) {
            Ok(Some(stored)) => {
                let merged = match self
                    .assessments
                    .with_untracked(|v| v.iter().find(|a| a.id == id).cloned())
                {
                    Some(mine) => mine.merge(&stored),
                    None => stored,
                };
                self.put(merged);
            }
            Ok(None) => self.assessments.update(|v| v.retain(|a| a.id != id)),
            Err(issue) => self.tell(issue),
        }
    }
}
