//! Læring: learning modules for housing associations. The overview of all
//! modules, one module (reading, scenario questions with feedback, summary)
//! and a printable summary for a team meeting.
//!
//! The progress in every module is one document, `hfg:learning` (kind
//! `learning`, a [`LearningProgress`]), kept through `ui::doc::use_doc`: every
//! change is saved at once, merged with what another tab stored
//! ([`LearningProgress::merge`] keeps the newest progress per module).

pub mod module;
pub mod overview;
pub mod summary;

pub use module::ModulePage;
pub use overview::LearningOverview;
pub use summary::LearningSummary;

use crate::content::Module;
use crate::model::format::da_date;
use crate::model::learning::{LearningProgress, ModuleStatus};
use crate::storage::documents::LEARNING;
use crate::ui::doc::{use_doc, Doc};
use crate::ui::route::Route;

/// The learning progress of this browser, for one page (see `ui::doc`).
pub type Progress = Doc<LearningProgress>;

/// Loads the progress and follows other tabs for as long as the page lives.
pub fn use_progress() -> Progress {
    use_doc(LEARNING.key.prefix().to_string(), LearningProgress::default)
}

/// "Ikke startet", "I gang: 2 af 4 spørgsmål besvaret" or "Gennemført 1.3.2026: 3 af 4 rigtige".
pub fn status_text(p: &LearningProgress, m: &Module) -> String {
    match p.status(m) {
        ModuleStatus::NotStarted => t!("learning.status_not_started").to_string(),
        ModuleStatus::InProgress { answered, total } => t!("learning.status_in_progress")
            .replace("{n}", &answered.to_string())
            .replace("{total}", &total.to_string()),
        ModuleStatus::Done { score, total } => t!("learning.status_done")
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
    t!("learning.overall")
        .replace("{done}", &o.done.to_string())
        .replace("{total}", &o.modules.to_string())
}

/// Breadcrumbs: Læring › <here>.
pub fn crumbs(here: &str) -> Vec<(String, Option<String>)> {
    vec![
        (t!("nav.learning").to_string(), Some(Route::Learning.href())),
        (here.to_string(), None),
    ]
}

pub use crate::ui::focus::focus_later;
