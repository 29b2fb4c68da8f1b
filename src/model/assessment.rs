//! An assessment: a named, dated set of answers for a municipality or team,
//! with its action plan. Every change carries a timestamp so two tabs (or two
//! files) can be merged field by field, newest first, without either silently
//! overwriting the other's newer answers.

use super::rating::Rating;
use crate::content::{Content, Item};
use crate::model::sort::sort_by;
use crate::model::sorted_map::{as_object, SortedMap};
use serde::{Deserialize, Serialize};

/// Milliseconds since 1970 (JavaScript's `Date.now()`).
pub type Millis = f64;

/// The answer to one item. `rating: None` with a note is an unrated note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When the answer last changed.
    pub at: Millis,
}

/// The status of an action in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(strum::EnumIter))]
pub enum ActionStatus {
    #[serde(rename = "ikke-startet")]
    NotStarted,
    #[serde(rename = "i-gang")]
    InProgress,
    #[serde(rename = "faerdig")]
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::NotStarted,
        ActionStatus::InProgress,
        ActionStatus::Done,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "ikke-startet",
            ActionStatus::InProgress => "i-gang",
            ActionStatus::Done => "faerdig",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    key_and_text! {
        /// The interface text key of the status (in `ui.toml` `[action]`).
        label_key,
        /// The text of [`Self::label_key`].
        label;
        ActionStatus::NotStarted => "action.status_not_started",
        ActionStatus::InProgress => "action.status_in_progress",
        ActionStatus::Done => "action.status_done",
    }
}

/// One action in the plan, from a gap (`item`) or added freely.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub responsible: String,
    /// ISO date (YYYY-MM-DD), if set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    pub status: ActionStatus,
    /// The item whose gap the action closes, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// Position in the plan (lower first).
    pub order: i64,
    /// A deleted action stays as a marker so a merge does not bring it back.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    pub at: Millis,
}

impl Action {
    /// Past its deadline and not done, on `today` (ISO date).
    pub fn is_overdue(&self, today: &str) -> bool {
        self.status != ActionStatus::Done
            && !self.deleted
            && self
                .deadline
                .as_deref()
                .is_some_and(|d| is_iso_date(d) && d < today)
    }
}

/// True for a real calendar date written `YYYY-MM-DD` ([`Date::parse`]:
/// `2026-02-31` is refused), with no spaces around it.
///
/// [`Date::parse`]: super::date::Date::parse
pub fn is_iso_date(s: &str) -> bool {
    s == s.trim() && super::date::Date::parse(s).is_ok()
}

/// The descriptive fields, changed together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The municipality or team.
    pub name: String,
    /// ISO date of the measurement.
    pub date: String,
    #[serde(default)]
    pub description: String,
    /// Included assessment sections (ids from `items.toml`), in content order.
    pub sections: Vec<String>,
    /// ISO date of the next measurement, if the team has set one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_date: Option<String>,
    pub at: Millis,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    /// Measurements of the same municipality share a series (a follow-up keeps it).
    pub series: String,
    pub meta: Meta,
    #[serde(default, with = "as_object")]
    pub answers: SortedMap<String, Answer>,
    #[serde(default)]
    pub actions: Vec<Action>,
    /// The item the user last worked on, to resume there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_item: Option<String>,
    pub created: Millis,
}

impl Assessment {
    /// A new, empty assessment.
    pub fn new(id: String, name: String, date: String, sections: Vec<String>, now: Millis) -> Self {
        Assessment {
            series: id.clone(),
            id,
            meta: Meta {
                name,
                date,
                description: String::new(),
                sections,
                next_date: None,
                at: now,
            },
            answers: SortedMap::new(),
            actions: Vec::new(),
            last_item: None,
            created: now,
        }
    }

    /// The latest change anywhere in the assessment.
    pub fn updated(&self) -> Millis {
        let answers = self.answers.values().map(|a| a.at);
        let actions = self.actions.iter().map(|a| a.at);
        answers
            .chain(actions)
            .fold(self.meta.at.max(self.created), f64::max)
    }

    /// The included items, in content order (section by section).
    pub fn items<'c>(&self, c: &'c Content) -> Vec<&'c Item> {
        c.items
            .sections
            .iter()
            .filter(|s| self.meta.sections.contains(&s.id))
            .flat_map(|s| c.items.items.iter().filter(move |i| i.section == s.id))
            .collect()
    }

    /// Adds sections (e.g. a method check) to the assessment, kept in content
    /// order. Answers already given stay as they are; unknown ids are ignored.
    pub fn add_sections(&mut self, c: &Content, ids: &[&str], now: Millis) {
        let wanted: Vec<String> = c
            .items
            .sections
            .iter()
            .filter(|s| self.meta.sections.contains(&s.id) || ids.contains(&s.id.as_str()))
            .map(|s| s.id.clone())
            .collect();
        let mut wanted = wanted;
        // A section this version does not know stays (it may come from a newer one).
        for s in &self.meta.sections {
            if c.assessment_section(s).is_none() {
                wanted.push(s.clone());
            }
        }
        if wanted != self.meta.sections {
            self.meta.sections = wanted;
            self.meta.at = now;
        }
    }

    pub fn rating(&self, item: &str) -> Option<Rating> {
        self.answers.get(item).and_then(|a| a.rating)
    }

    pub fn note(&self, item: &str) -> &str {
        self.answers
            .get(item)
            .map(|a| a.note.as_str())
            .unwrap_or("")
    }

    /// Sets (or clears) an item's rating.
    pub fn set_rating(&mut self, item: &str, rating: Option<Rating>, now: Millis) {
        let a = self.answers.entry(item.to_string()).or_insert(Answer {
            rating: None,
            note: String::new(),
            at: now,
        });
        a.rating = rating;
        a.at = now;
        self.last_item = Some(item.to_string());
    }

    pub fn set_note(&mut self, item: &str, note: &str, now: Millis) {
        let a = self.answers.entry(item.to_string()).or_insert(Answer {
            rating: None,
            note: String::new(),
            at: now,
        });
        a.note = note.to_string();
        a.at = now;
        self.last_item = Some(item.to_string());
    }

    /// (answered, total) over the included items; Ved ikke and Ikke relevant count as answered.
    pub fn progress(&self, c: &Content) -> (usize, usize) {
        let items = self.items(c);
        let answered = items
            .iter()
            .filter(|i| self.rating(&i.id).is_some())
            .count();
        (answered, items.len())
    }

    /// Live actions in plan order.
    pub fn plan(&self) -> Vec<&Action> {
        let mut v: Vec<&Action> = self.actions.iter().filter(|a| !a.deleted).collect();
        sort_by(&mut v, |a, b| {
            a.order.cmp(&b.order).then_with(|| a.id.cmp(&b.id))
        });
        v
    }

    /// Adds an action at the end of the plan.
    pub fn add_action(&mut self, mut action: Action, now: Millis) {
        action.order = self
            .actions
            .iter()
            .map(|a| a.order)
            .max()
            .map_or(0, |m| m + 1);
        action.at = now;
        self.actions.push(action);
    }

    /// Changes an action in place (no-op for an unknown id).
    pub fn update_action(&mut self, id: &str, now: Millis, change: impl FnOnce(&mut Action)) {
        if let Some(a) = self.actions.iter_mut().find(|a| a.id == id) {
            change(a);
            a.at = now;
        }
    }

    /// Moves an action one place up (`-1`) or down (`1`) in the plan.
    pub fn move_action(&mut self, id: &str, step: i32, now: Millis) {
        let plan: Vec<(String, i64)> = self
            .plan()
            .iter()
            .map(|a| (a.id.clone(), a.order))
            .collect();
        let Some(pos) = plan.iter().position(|(a, _)| a == id) else {
            return;
        };
        let other = pos as i64 + step as i64;
        if other < 0 || other as usize >= plan.len() {
            return;
        }
        // Renumber densely, then swap: robust even if orders collided after a merge.
        for (i, (aid, _)) in plan.iter().enumerate() {
            let new_order = if i == pos {
                other
            } else if i as i64 == other {
                pos as i64
            } else {
                i as i64
            };
            self.update_action(aid, now, |a| a.order = new_order);
        }
    }

    /// A copy for a follow-up measurement: same series and sections, a new id
    /// and date; answers kept or cleared; the action plan carried over.
    pub fn follow_up(
        &self,
        id: String,
        date: String,
        keep_answers: bool,
        now: Millis,
    ) -> Assessment {
        let mut next = self.clone();
        next.id = id;
        next.meta.date = date;
        next.meta.next_date = None;
        next.meta.at = now;
        next.created = now;
        next.last_item = None;
        if keep_answers {
            next.answers.iter_mut().for_each(|(_, a)| a.at = now);
        } else {
            next.answers.clear();
        }
        next.actions.retain(|a| !a.deleted);
        next.actions.iter_mut().for_each(|a| a.at = now);
        next
    }

    /// Merges two versions of the same assessment: per field the newer wins
    /// (answers per item, actions per id, the descriptive fields together).
    /// Symmetric, so both tabs converge on the same result.
    pub fn merge(&self, other: &Assessment) -> Assessment {
        let (base, newer_meta) = if other.meta.at > self.meta.at {
            (other, other)
        } else {
            (self, self)
        };
        let mut out = base.clone();
        out.meta = newer_meta.meta.clone();
        out.created = self.created.min(other.created);
        out.answers = self.answers.clone();
        for (k, theirs) in &other.answers {
            match out.answers.get(k) {
                Some(mine) if newer(mine.at, theirs.at, &mine_key(mine), &mine_key(theirs)) => {}
                _ => {
                    out.answers.insert(k.clone(), theirs.clone());
                }
            }
        }
        // By insert, not collect: collecting sorts, a sort of its own in the wasm.
        let mut actions: SortedMap<String, Action> = SortedMap::new();
        for a in &self.actions {
            actions.insert(a.id.clone(), a.clone());
        }
        for theirs in &other.actions {
            match actions.get(&theirs.id) {
                Some(mine)
                    if mine.at > theirs.at
                        || (mine.at == theirs.at && action_key(mine) >= action_key(theirs)) => {}
                _ => {
                    actions.insert(theirs.id.clone(), theirs.clone());
                }
            }
        }
        out.actions = actions.into_iter().map(|(_, a)| a).collect();
        sort_by(&mut out.actions, |a, b| {
            a.order.cmp(&b.order).then_with(|| a.id.cmp(&b.id))
        });
        let last = |a: &Assessment| {
            a.last_item
                .as_ref()
                .and_then(|i| a.answers.get(i))
                .map_or(0.0, |x| x.at)
        };
        out.last_item = if last(other) > last(self) {
            other.last_item.clone()
        } else {
            self.last_item.clone()
        };
        out
    }
}

/// A deterministic tie-break so a merge gives the same result from both sides.
fn mine_key(a: &Answer) -> String {
    format!("{:?}|{}", a.rating, a.note)
}

fn action_key(a: &Action) -> String {
    serde_json::to_string(a).unwrap_or_default()
}

fn newer(mine_at: Millis, theirs_at: Millis, mine: &str, theirs: &str) -> bool {
    mine_at > theirs_at || (mine_at == theirs_at && mine >= theirs)
}

/// A new id from the time and a random number (both from the caller).
pub fn new_id(now: Millis, random: f64) -> String {
    let t = now.max(0.0) as u64;
    let r = (random.clamp(0.0, 1.0) * 4_294_967_295.0) as u64;
    format!("{t:x}{r:08x}")
}
