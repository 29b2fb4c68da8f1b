//! Where the calculator's scenarios live: `hfg:scenarios` (kind
//! `scenarios`) through `storage::repo`. Every load and save of the page goes
//! through [`Scenarios`]; [`SaveAlert`] says when a save failed.

use crate::content::{da, t};
use crate::model::capacity::Scenario;
use crate::model::scenarios;
use crate::storage::repo::SaveError;
use crate::storage::StoreError;
use crate::ui::pages::learning::tell_banner;
use crate::ui::route::Route;
use crate::ui::state::{new_id, now, repo, use_state, AppState};
use leptos::prelude::*;

/// The storage key of the scenarios.
pub const KEY: &str = "hfg:scenarios";
/// The document kind of the scenarios.
pub const KIND: &str = "scenarios";

/// Which of a row's two fields.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Field {
    Citizens,
    Staff,
}

impl Field {
    pub(super) fn code(self) -> &'static str {
        match self {
            Field::Citizens => "citizens",
            Field::Staff => "staff",
        }
    }
}

/// The stored scenarios (empty when none are stored or they cannot be read).
fn load(state: AppState) -> Vec<Scenario> {
    match repo().load_doc::<Vec<Scenario>>(KEY, KIND, now()) {
        Ok(v) => v.unwrap_or_default(),
        Err(issue) => {
            tell_banner(state, issue);
            Vec::new()
        }
    }
}

pub(super) fn default_scenario() -> Scenario {
    Scenario::new(new_id(), t("capacity.default_name").to_string(), da())
}

/// The scenarios of this page, the one shown, and the last save's failure.
#[derive(Clone, Copy)]
pub(super) struct Scenarios {
    pub(super) list: RwSignal<Vec<Scenario>>,
    pub(super) active: RwSignal<String>,
    pub(super) error: RwSignal<Option<SaveError>>,
    /// For the storage banner (taken once: event handlers have no context).
    pub(super) state: AppState,
}

impl Scenarios {
    pub(super) fn open() -> Self {
        let state = use_state();
        let mut list = load(state);
        scenarios::ensure_one(&mut list, default_scenario);
        let active = list[0].id.clone();
        Scenarios {
            list: RwSignal::new(list),
            active: RwSignal::new(active),
            error: RwSignal::new(None),
            state,
        }
    }

    /// Reads the stored list again (another tab changed it).
    pub(super) fn reload(&self) {
        let mut list = load(self.state);
        scenarios::ensure_one(&mut list, default_scenario);
        let active = self.active.get_untracked();
        if let Some(next) = scenarios::active_after_reload(&list, &active) {
            if next != active {
                self.active.set(next);
            }
        }
        self.list.set(list);
    }

    pub(super) fn save(&self) {
        let result = self
            .list
            .with_untracked(|l| repo().save_doc(KEY, KIND, l, now()));
        match result {
            Ok(()) => {
                if self.error.get_untracked().is_some() {
                    self.error.set(None);
                }
            }
            Err(e) => self.error.set(Some(e)),
        }
    }

    /// Changes the scenario shown and saves.
    pub(super) fn change(&self, f: impl FnOnce(&mut Scenario)) {
        let id = self.active.get_untracked();
        self.list.update(|l| {
            if let Some(s) = l.iter_mut().find(|s| s.id == id) {
                f(s);
            }
        });
        self.save();
    }

    /// The scenario shown (tracked).
    pub(super) fn current(&self) -> Scenario {
        let id = self.active.get();
        self.list.with(|l| {
            l.iter()
                .find(|s| s.id == id)
                .or(l.first())
                .cloned()
                .unwrap_or_else(default_scenario)
        })
    }

    pub(super) fn set_field(&self, method: &str, field: Field, value: String) {
        self.change(|s| {
            let row = s.row_mut(method);
            match field {
                Field::Citizens => row.citizens = value,
                Field::Staff => row.staff = value,
            }
        });
    }

    pub(super) fn add(&self, s: Scenario) {
        let id = s.id.clone();
        self.list.update(|l| l.push(s));
        self.active.set(id);
        self.save();
    }
}

/// The alert shown when the scenarios could not be saved.
#[component]
pub(super) fn SaveAlert(error: RwSignal<Option<SaveError>>) -> impl IntoView {
    move || {
        error.get().map(|e| {
            let text = match e {
                SaveError::Store(StoreError::QuotaExceeded) => {
                    t("methods_storage.quota").to_string()
                }
                SaveError::Newer(_) => t("methods_storage.newer").to_string(),
                SaveError::Store(StoreError::Unavailable) => {
                    t("methods_storage.failed").replace("{why}", t("methods_storage.unavailable"))
                }
                SaveError::Store(StoreError::Other(why)) => {
                    t("methods_storage.failed").replace("{why}", &why)
                }
            };
            view! {
                <div class="alert alert-error" role="alert">
                    <p class="alert-heading">{t("methods_storage.not_saved")}</p>
                    <p class="alert-text">{text}</p>
                    <p class="alert-text">
                        <a href=Route::MyData.href()>{t("methods_storage.export_link")}</a>
                    </p>
                </div>
            }
        })
    }
}
