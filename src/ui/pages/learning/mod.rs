//! Læring: learning modules for housing associations. The overview of all
//! modules, one module (reading, scenario questions with feedback, summary)
//! and a printable summary for a team meeting.
//!
//! The progress in every module is one document, `hfg:learning` (kind
//! `learning`, a [`LearningProgress`]). Every change is saved at once, merged
//! with what another tab stored ([`LearningProgress::merge`] keeps the newest
//! progress per module), and a `storage` event from another tab merges its
//! change into the page. A save that fails is shown on the page; what is on
//! the screen is kept.

pub mod module;
pub mod overview;
pub mod summary;

pub use module::ModulePage;
pub use overview::LearningOverview;
pub use summary::LearningSummary;

use crate::content::{t, Module};
use crate::model::format::da_date;
use crate::model::learning::{LearningProgress, ModuleStatus};
use crate::storage::repo::{LoadIssue, SaveError};
use crate::storage::StoreError;
use crate::ui::route::Route;
use crate::ui::state::{now, repo, use_state, AppState};
use leptos::prelude::*;

/// The storage key of the learning progress.
pub const KEY: &str = "hfg:learning";
/// The document kind of the learning progress.
pub const KIND: &str = "learning";

/// The learning progress of this browser, for one page.
#[derive(Clone, Copy)]
pub struct Progress {
    pub data: RwSignal<LearningProgress>,
    /// Why the last save failed; `None` after a save that worked.
    pub error: RwSignal<Option<SaveError>>,
    /// For the storage banner (taken once: event handlers have no context).
    state: AppState,
}

/// Reads the stored progress. A value that cannot be read is moved aside (the
/// banner offers it for download); one from a newer version is left alone.
fn load(state: AppState) -> LearningProgress {
    match repo().load_doc::<LearningProgress>(KEY, KIND, now()) {
        Ok(p) => p.unwrap_or_default(),
        Err(issue) => {
            tell_banner(state, issue);
            LearningProgress::default()
        }
    }
}

/// Hands a load issue to the storage banner (once).
pub fn tell_banner(state: AppState, issue: LoadIssue) {
    state.issues.update(|v| {
        if !v.contains(&issue) {
            v.push(issue);
        }
    });
    state.aside_version.update(|n| *n += 1);
}

/// Loads the progress and follows other tabs for as long as the page lives.
pub fn use_progress() -> Progress {
    let state = use_state();
    let p = Progress {
        data: RwSignal::new(load(state)),
        error: RwSignal::new(None),
        state,
    };
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        match ev.key().as_deref() {
            Some(KEY) => {
                let stored = load(p.state);
                p.data.update(|d| *d = d.merge(&stored));
            }
            // Another tab cleared everything.
            None => p.data.set(load(p.state)),
            Some(_) => {}
        }
    });
    on_cleanup(move || handle.remove());
    p
}

impl Progress {
    /// Changes the progress and saves it at once, merged with the stored copy.
    pub fn change<R>(&self, f: impl FnOnce(&mut LearningProgress, f64) -> R) -> R {
        let at = now();
        let mut out = None;
        self.data.update(|d| out = Some(f(d, at)));
        self.save();
        out.expect("update ran")
    }

    fn save(&self) {
        let mine = self.data.get_untracked();
        let merged = match repo().load_doc::<LearningProgress>(KEY, KIND, now()) {
            Ok(Some(stored)) => mine.merge(&stored),
            _ => mine.clone(),
        };
        match repo().save_doc(KEY, KIND, &merged, now()) {
            Ok(()) => {
                if self.error.get_untracked().is_some() {
                    self.error.set(None);
                }
                if merged != mine {
                    self.data.set(merged);
                }
            }
            Err(e) => self.error.set(Some(e)),
        }
    }
}

/// The alert shown when the progress could not be saved.
#[component]
pub fn SaveAlert(error: RwSignal<Option<SaveError>>) -> impl IntoView {
    move || {
        error.get().map(|e| {
            let text = match e {
                SaveError::Store(StoreError::QuotaExceeded) => {
                    t("learning_storage.quota").to_string()
                }
                SaveError::Newer(_) => t("learning_storage.newer").to_string(),
                SaveError::Store(StoreError::Unavailable) => {
                    t("learning_storage.failed").replace("{why}", t("learning_storage.unavailable"))
                }
                SaveError::Store(StoreError::Other(why)) => {
                    t("learning_storage.failed").replace("{why}", &why)
                }
            };
            view! {
                <div class="alert alert-error" role="alert">
                    <p class="alert-heading">{t("learning_storage.not_saved")}</p>
                    <p class="alert-text">{text}</p>
                    <p class="alert-text">
                        <a href=Route::MyData.href()>{t("learning_storage.export_link")}</a>
                    </p>
                </div>
            }
        })
    }
}

/// "Ikke startet", "I gang: 2 af 4 spørgsmål besvaret" or "Gennemført 1.3.2026: 3 af 4 rigtige".
pub fn status_text(p: &LearningProgress, m: &Module) -> String {
    match p.status(m) {
        ModuleStatus::NotStarted => t("learning.status_not_started").to_string(),
        ModuleStatus::InProgress { answered, total } => t("learning.status_in_progress")
            .replace("{n}", &answered.to_string())
            .replace("{total}", &total.to_string()),
        ModuleStatus::Done { score, total } => t("learning.status_done")
            .replace("{date}", &finished_date(p, m))
            .replace("{score}", &score.to_string())
            .replace("{total}", &total.to_string()),
    }
}

/// The date a module was finished, Danish style ("1.3.2026"), or "".
pub fn finished_date(p: &LearningProgress, m: &Module) -> String {
    p.get(&m.id)
        .and_then(|x| x.finished_at.as_deref())
        .map(da_date)
        .unwrap_or_default()
}

/// A status code for CSS: `not-started`, `in-progress` or `done`.
pub fn status_code(p: &LearningProgress, m: &Module) -> &'static str {
    match p.status(m) {
        ModuleStatus::NotStarted => "not-started",
        ModuleStatus::InProgress { .. } => "in-progress",
        ModuleStatus::Done { .. } => "done",
    }
}

/// "3 af 8 moduler gennemført".
pub fn overall_text(o: &crate::model::learning::Overview) -> String {
    t("learning.overall")
        .replace("{done}", &o.done.to_string())
        .replace("{total}", &o.modules.to_string())
}

/// Breadcrumbs: Læring › <here>.
pub fn crumbs(here: &str) -> Vec<(String, Option<String>)> {
    vec![
        (t("nav.learning").to_string(), Some(Route::Learning.href())),
        (here.to_string(), None),
    ]
}

pub use crate::ui::focus::focus_later;
