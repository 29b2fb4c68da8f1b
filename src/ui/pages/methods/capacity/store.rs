//! Where the calculator's scenarios live: the document `hfg:scenarios` (kind
//! `scenarios`, `storage::documents::Scenarios`), kept through
//! `ui::doc::use_doc`. The page works on the scenarios it shows; a save stamps
//! what changed and keeps deleted ones as tombstones (`model::doc_merge`), so
//! two tabs merge without losing or reviving anything. A failed save goes to
//! the one storage notice.

use crate::content::da;
use crate::model::capacity::Scenario;
use crate::model::doc_merge::{shown_scenarios, stamp_scenarios};
use crate::model::scenarios;
use crate::storage::documents::{Scenarios as StoredScenarios, SCENARIOS};
use crate::ui::doc::{use_doc, Doc};
use crate::ui::state::new_id;
use leptos::prelude::*;

/// The storage key of the scenarios.
pub const KEY: &str = SCENARIOS.key.prefix();
/// The document kind of the scenarios.
pub const KIND: &str = SCENARIOS.kind;

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

pub(super) fn default_scenario() -> Scenario {
    Scenario::new(new_id(), t!("capacity.default_name").to_string(), da())
}

/// The scenarios to show for a stored list (a fresh default when none is
/// left; it is saved only once it is changed).
fn to_show(stored: &StoredScenarios) -> Vec<Scenario> {
    let mut list = shown_scenarios(&stored.0);
    scenarios::ensure_one(&mut list, default_scenario);
    list
}

/// The scenarios of this page and the one shown. `list` is what the page
/// shows; `doc` the stored document (tombstones included).
#[derive(Clone, Copy)]
pub(super) struct Scenarios {
    pub(super) list: RwSignal<Vec<Scenario>>,
    pub(super) active: RwSignal<String>,
    doc: Doc<StoredScenarios>,
}

impl Scenarios {
    pub(super) fn open() -> Self {
        let doc = use_doc(KEY.to_string(), StoredScenarios::default);
        let list = doc.data.with_untracked(to_show);
        let active = list[0].id.clone();
        let sc = Scenarios {
            list: RwSignal::new(list),
            active: RwSignal::new(active),
            doc,
        };
        // Another tab's change, merged into the document: show it.
        Effect::new(move |_| {
            let shown = doc.data.with(to_show);
            if sc.list.with_untracked(|l| *l != shown)
                && !doc.data.with(|d| shown_scenarios(&d.0).is_empty())
            {
                let active = sc.active.get_untracked();
                if let Some(next) = scenarios::active_after_reload(&shown, &active) {
                    if next != active {
                        sc.active.set(next);
                    }
                }
                sc.list.set(shown);
            }
        });
        sc
    }

    /// Saves what the page shows, merged with another tab's copy.
    pub(super) fn save(&self) {
        let shown = self.list.get_untracked();
        self.doc
            .change(|d, at| *d = StoredScenarios(stamp_scenarios(&d.0, &shown, at)));
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
