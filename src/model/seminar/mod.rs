//! The leadership seminar: a facilitator picks the items to rate, every
//! participant rates them on their own phone, and the facilitator collects the
//! answers (links or files, no server) and looks at the merged statistics:
//! where the group agrees, where it disagrees, how roles see the drivers. The
//! group then agrees a consensus rating per item, which becomes an ordinary
//! [`Assessment`].
//!
//! Decisions:
//! - A participant is known by a random id made on their device. When the same
//!   participant answers again, the newer answer (by `at`) replaces the older
//!   one, so a corrected answer never counts twice.
//! - Statistics use the scored steps 1–4 only; Ved ikke is counted apart and
//!   Ikke relevant only in `counts`, as in the self-assessment's scores.
//! - Driver means (per role and for the whole group) pool all scored ratings
//!   of the driver's items, so an item rated by many weighs more than one rated
//!   by few.
//! - Roles are matched to the seminar's roles ignoring case and surrounding
//!   spaces, so "ledelse " counts as "Ledelse".
//! - A seminar's item list should not repeat an item ([`template_items`] never
//!   does; the invitation codec refuses repeats).
//!
//! This file holds the seminar, its answers and the consensus; [`stats`]
//! the merged statistics (per item, per role, per driver).

use super::assessment::{Answer, Assessment, Millis};
use super::rating::Rating;
use crate::content::Content;
use crate::model::sorted_map::{as_object, SortedMap};
use serde::{Deserialize, Serialize};

mod stats;
pub use stats::*;

/// What the facilitator defines; travels to the participants in the invitation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeminarDef {
    pub id: String,
    pub title: String,
    /// Item ids from `items.toml`, in the order they are asked.
    pub items: Vec<String>,
    /// Roles to offer the participants (free text, e.g. "Ledelse"); may be empty.
    #[serde(default)]
    pub roles: Vec<String>,
    pub created: Millis,
}

impl SeminarDef {
    /// FNV-1a (32 bit) of the id and the item list: answers carry it, so an
    /// answer given to another seminar, or to an earlier item list of this
    /// one, is refused instead of being matched to the wrong items.
    pub fn fingerprint(&self) -> u32 {
        let mut h = fnv1a(FNV_OFFSET, self.id.as_bytes());
        for item in &self.items {
            h = fnv1a(h, &[0x1f]);
            h = fnv1a(h, item.as_bytes());
        }
        h
    }
}

const FNV_OFFSET: u32 = 0x811c_9dc5;

/// FNV-1a over `bytes`, continuing from `h`.
fn fnv1a(mut h: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// One participant's answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// The seminar's id.
    pub seminar: String,
    /// A random id made on the participant's device.
    pub participant: String,
    /// May be empty.
    #[serde(default)]
    pub name: String,
    /// May be empty.
    #[serde(default)]
    pub role: String,
    /// One per item of the seminar, in the same order; `None` is unanswered.
    pub ratings: Vec<Option<Rating>>,
    pub at: Millis,
}

/// The rating and note the group agreed on for one item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Consensus {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    pub at: Millis,
}

/// A seminar as the facilitator keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seminar {
    pub def: SeminarDef,
    #[serde(default)]
    pub responses: Vec<Response>,
    /// Per item id.
    #[serde(default, with = "as_object")]
    pub consensus: SortedMap<String, Consensus>,
    /// The id of the assessment made from the consensus, once made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<String>,
}

/// What [`Seminar::add`] did with a response.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AddOutcome {
    /// A new participant.
    Added,
    /// The participant had answered before; this newer answer replaced it.
    Replaced { previous_at: Millis },
    /// The participant has a newer answer already; this one was left out.
    KeptNewer,
    /// Exactly this answer is already there (e.g. the same link pasted twice).
    Unchanged,
    /// The response belongs to another seminar; nothing changed.
    WrongSeminar,
    /// The response has not one rating per item; nothing changed.
    WrongLength,
}

impl Seminar {
    pub fn new(def: SeminarDef) -> Self {
        Seminar {
            def,
            responses: Vec::new(),
            consensus: SortedMap::new(),
            assessment: None,
        }
    }

    /// Adds a participant's answers, keeping one (the newest) per participant.
    pub fn add(&mut self, r: Response) -> AddOutcome {
        if r.seminar != self.def.id {
            return AddOutcome::WrongSeminar;
        }
        if r.ratings.len() != self.def.items.len() {
            return AddOutcome::WrongLength;
        }
        let Some(old) = self
            .responses
            .iter_mut()
            .find(|x| x.participant == r.participant)
        else {
            self.responses.push(r);
            return AddOutcome::Added;
        };
        if *old == r {
            return AddOutcome::Unchanged;
        }
        // Same time but different content cannot come from one device; pick
        // deterministically so every order of adding gives the same result.
        let incoming_newer = r.at > old.at
            || (r.at == old.at && tie_key(&r) > tie_key(old))
            || (old.at.is_nan() && !r.at.is_nan());
        if incoming_newer {
            let previous_at = old.at;
            *old = r;
            AddOutcome::Replaced { previous_at }
        } else {
            AddOutcome::KeptNewer
        }
    }

    /// Removes a participant's answers; false when there were none.
    pub fn remove(&mut self, participant: &str) -> bool {
        let before = self.responses.len();
        self.responses.retain(|r| r.participant != participant);
        self.responses.len() != before
    }

    /// Sets the group's rating and note for an item.
    pub fn set_consensus(&mut self, item: &str, rating: Option<Rating>, note: &str, now: Millis) {
        self.consensus.insert(
            item.to_string(),
            Consensus {
                rating,
                note: note.to_string(),
                at: now,
            },
        );
    }
}

impl Seminar {
    /// Merges two copies of the same seminar (two tabs): every participant's
    /// newest answer and, per item, the newest consensus.
    pub fn merge(&self, other: &Seminar) -> Seminar {
        let mut out = self.clone();
        for r in &other.responses {
            out.add(r.clone());
        }
        for (item, theirs) in &other.consensus {
            let newer = out
                .consensus
                .get(item)
                .is_none_or(|mine| theirs.at > mine.at);
            if newer {
                out.consensus.insert(item.clone(), theirs.clone());
            }
        }
        if out.assessment.is_none() {
            out.assessment = other.assessment.clone();
        }
        out
    }
}

/// A participant's own copy: the invitation and the answers so far, kept on
/// the participant's device so a reload or a closed tab loses nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participation {
    pub def: SeminarDef,
    pub response: Response,
}

impl Participation {
    /// A fresh participation with no answers.
    pub fn new(def: SeminarDef, participant: String, now: Millis) -> Self {
        let response = Response {
            seminar: def.id.clone(),
            participant,
            name: String::new(),
            role: String::new(),
            ratings: vec![None; def.items.len()],
            at: now,
        };
        Participation { def, response }
    }

    /// How many items have an answer.
    pub fn answered(&self) -> usize {
        self.response.ratings.iter().filter(|r| r.is_some()).count()
    }
}

fn tie_key(r: &Response) -> String {
    serde_json::to_string(r).unwrap_or_default()
}

/// An ordinary assessment holding the consensus: one answer per seminar item
/// with a consensus rating or note; the sections that hold any of the
/// seminar's items (content order); its own series. Set
/// `s.assessment = Some(id)` after saving it.
pub fn to_assessment(
    s: &Seminar,
    c: &Content,
    id: String,
    name: String,
    date: String,
    now: Millis,
) -> Assessment {
    let sections = c
        .items
        .sections
        .iter()
        .filter(|sec| {
            s.def
                .items
                .iter()
                .any(|i| c.item(i).is_some_and(|it| it.section == sec.id))
        })
        .map(|sec| sec.id.clone())
        .collect();
    let mut a = Assessment::new(id, name, date, sections, now);
    for item in &s.def.items {
        let Some(k) = s.consensus.get(item) else {
            continue;
        };
        if c.item(item).is_none() || (k.rating.is_none() && k.note.is_empty()) {
            continue;
        }
        a.answers.insert(
            item.clone(),
            Answer {
                rating: k.rating,
                note: k.note.clone(),
                at: k.at,
            },
        );
    }
    a
}

/// `items` followed by the items of the chosen method checks (section ids),
/// in content order; items already in the list are not repeated.
pub fn with_method_checks(c: &Content, items: Vec<String>, checks: &[String]) -> Vec<String> {
    let mut out = items;
    for sec in c
        .items
        .sections
        .iter()
        .filter(|s| s.method.is_some() && checks.contains(&s.id))
    {
        for i in c.items.items.iter().filter(|i| i.section == sec.id) {
            if !out.contains(&i.id) {
                out.push(i.id.clone());
            }
        }
    }
    out
}

/// Ready-made item lists for a new seminar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    /// The items of the five drivers (section `drivkraefter`).
    Drivers,
    /// Every item of every common section (the method checks are added one by
    /// one with [`with_method_checks`]: a seminar asks only about the methods
    /// the municipality uses).
    Whole,
}

/// The item ids of a template, section by section in content order.
pub fn template_items(c: &Content, template: Template) -> Vec<String> {
    c.items
        .sections
        .iter()
        .filter(|sec| sec.method.is_none())
        .filter(|sec| template == Template::Whole || sec.id == "drivkraefter")
        .flat_map(|sec| c.items.items.iter().filter(move |i| i.section == sec.id))
        .map(|i| i.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Rating::*;

    fn def() -> SeminarDef {
        SeminarDef {
            id: "sem1".into(),
            title: "Ledelsesseminar".into(),
            items: vec!["ind-01".into(), "led-01".into()],
            roles: vec!["Ledelse".into()],
            created: 1.0,
        }
    }

    fn resp(p: &str, ratings: Vec<Option<Rating>>, at: f64) -> Response {
        Response {
            seminar: "sem1".into(),
            participant: p.into(),
            name: String::new(),
            role: String::new(),
            ratings,
            at,
        }
    }

    #[test]
    fn add_keeps_the_newest_answer_per_participant() {
        let mut s = Seminar::new(def());
        assert_eq!(
            s.add(resp("a", vec![Some(Fully), None], 10.0)),
            AddOutcome::Added
        );
        assert_eq!(
            s.add(resp("a", vec![Some(Started), None], 20.0)),
            AddOutcome::Replaced { previous_at: 10.0 }
        );
        assert_eq!(
            s.add(resp("a", vec![Some(Partly), None], 15.0)),
            AddOutcome::KeptNewer
        );
        assert_eq!(
            s.add(resp("a", vec![Some(Started), None], 20.0)),
            AddOutcome::Unchanged
        );
        assert_eq!(s.responses.len(), 1);
        assert_eq!(s.responses[0].ratings[0], Some(Started));

        let mut other = resp("b", vec![None, None], 1.0);
        other.seminar = "sem2".into();
        assert_eq!(s.add(other), AddOutcome::WrongSeminar);
        assert_eq!(s.add(resp("b", vec![None], 1.0)), AddOutcome::WrongLength);
        assert_eq!(s.responses.len(), 1);
        assert!(s.remove("a"));
        assert!(!s.remove("a"));
    }

    #[test]
    fn equal_times_resolve_the_same_in_either_order() {
        let x = resp("a", vec![Some(Fully), None], 5.0);
        let y = resp("a", vec![Some(NotInPlace), None], 5.0);
        let mut s1 = Seminar::new(def());
        s1.add(x.clone());
        s1.add(y.clone());
        let mut s2 = Seminar::new(def());
        s2.add(y);
        s2.add(x);
        assert_eq!(s1.responses, s2.responses);
    }

    #[test]
    fn stats_of_nothing_are_empty() {
        let s = Seminar::new(def());
        let st = item_stats(&s);
        assert_eq!(st.len(), 2);
        assert_eq!(st[0].n_scored, 0);
        assert_eq!(st[0].mean, None);
        assert_eq!(st[0].spread, None);
        assert!(!st[0].disagreement);
    }

    #[test]
    fn fingerprint_changes_with_id_and_items() {
        let d = def();
        let mut e = def();
        e.items.swap(0, 1);
        let mut f = def();
        f.id = "sem2".into();
        let mut g = def();
        g.title = "Andet navn".into();
        assert_ne!(d.fingerprint(), e.fingerprint());
        assert_ne!(d.fingerprint(), f.fingerprint());
        assert_eq!(d.fingerprint(), g.fingerprint());
        // The FNV-1a reference value for "a".
        assert_eq!(fnv1a(FNV_OFFSET, b"a"), 0xe40c_292c);
    }
}
