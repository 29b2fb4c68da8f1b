//! Where the user's work lives besides the browser: when it was last saved
//! outside it (a downloaded backup or the user's own file), whether there are
//! changes since, and when to remind the user to save.
//!
//! The reminder rule ([`reminder_due`]):
//! - nothing is shown while every change is in a backup or the linked file;
//! - when the browser has promised to keep the data (`navigator.storage.persist()`
//!   granted), the reminder comes once the oldest unsaved change is
//!   [`REMIND_AFTER_DAYS`] days old;
//! - when it has not (or it is unknown), the data may be deleted by the
//!   browser at any time, so the reminder comes once the oldest unsaved
//!   change is [`REMIND_UNPROTECTED_AFTER_HOURS`] hour(s) old;
//! - "Ikke nu" silences it for [`SNOOZE_DAYS`] days.
//!
//! Times are milliseconds since the epoch, as the browser gives them.

use serde::{Deserialize, Serialize};

pub const HOUR: f64 = 3_600_000.0;
pub const DAY: f64 = 24.0 * HOUR;
/// Unsaved changes this old bring the reminder, when the browser keeps the data.
pub const REMIND_AFTER_DAYS: f64 = 3.0;
/// Unsaved changes this old bring the reminder, when the browser may delete the data.
pub const REMIND_UNPROTECTED_AFTER_HOURS: f64 = 1.0;
/// How long "Ikke nu" keeps the reminder away.
pub const SNOOZE_DAYS: f64 = 2.0;

/// How the last copy outside the browser was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SavedHow {
    /// A backup file was downloaded.
    Download,
    /// The whole backup was written to the user's linked file.
    File,
}

/// The state of this browser's copy (document `hfg:data-home`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct DataHome {
    /// When the first change after the last save outside the browser happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsaved_since: Option<f64>,
    /// When the last backup or file save was taken (the moment its content was read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_at: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_how: Option<SavedHow>,
    /// The name of the file last saved to (the linked file's name, or the download's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saved_name: Option<String>,
    /// Whether the app has asked the browser to keep the data.
    #[serde(default)]
    pub persist_asked: bool,
    /// When the user last said "Ikke nu" to the reminder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snoozed_at: Option<f64>,
}

fn max_opt(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

impl DataHome {
    /// Whether some change is in no backup or file yet.
    pub fn has_unsaved(&self) -> bool {
        self.unsaved_since.is_some()
    }

    /// Records a change at `now`. Returns whether the stored state changed
    /// (only the first change after a save does: the rest need no write).
    pub fn changed(&mut self, now: f64) -> bool {
        if self.unsaved_since.is_some() {
            return false;
        }
        self.unsaved_since = Some(now);
        true
    }

    /// Records a copy outside the browser whose content was read at `read_at`.
    /// Changes made after that moment stay unsaved.
    pub fn saved(&mut self, read_at: f64, how: SavedHow, name: &str, last_change: f64) {
        self.saved_at = max_opt(self.saved_at, Some(read_at));
        self.saved_how = Some(how);
        self.saved_name = Some(name.to_string());
        self.unsaved_since = (last_change > read_at).then_some(last_change);
    }

    /// Two tabs' states merged: the latest save, and the unsaved changes made
    /// after it. Symmetric and idempotent.
    pub fn merge(&self, other: &DataHome) -> DataHome {
        let saved_at = max_opt(self.saved_at, other.saved_at);
        let (how, name) = if other.saved_at > self.saved_at {
            (other.saved_how, other.saved_name.clone())
        } else if self.saved_at > other.saved_at {
            (self.saved_how, self.saved_name.clone())
        } else {
            // Same time: a fixed choice, so both orders agree.
            let pick = |d: &DataHome| (d.saved_name.clone(), d.saved_how == Some(SavedHow::File));
            if pick(other) > pick(self) {
                (other.saved_how, other.saved_name.clone())
            } else {
                (self.saved_how, self.saved_name.clone())
            }
        };
        let after_save = |t: Option<f64>| t.filter(|t| saved_at.is_none_or(|s| *t > s));
        let unsaved_since = match (
            after_save(self.unsaved_since),
            after_save(other.unsaved_since),
        ) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        DataHome {
            unsaved_since,
            saved_at,
            saved_how: how,
            saved_name: name,
            persist_asked: self.persist_asked || other.persist_asked,
            snoozed_at: max_opt(self.snoozed_at, other.snoozed_at),
        }
    }
}

/// Whether the reminder to save outside the browser is shown now (see the
/// module doc). `persisted` is the browser's answer to `persisted()`, `None`
/// while unknown or where the browser has no such API.
pub fn reminder_due(home: &DataHome, persisted: Option<bool>, now: f64) -> bool {
    let Some(since) = home.unsaved_since else {
        return false;
    };
    if home.snoozed_at.is_some_and(|s| now - s < SNOOZE_DAYS * DAY) {
        return false;
    }
    let wait = if persisted == Some(true) {
        REMIND_AFTER_DAYS * DAY
    } else {
        REMIND_UNPROTECTED_AFTER_HOURS * HOUR
    };
    now - since >= wait
}
