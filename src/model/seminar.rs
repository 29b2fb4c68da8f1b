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

use super::assessment::{Answer, Assessment, Millis};
use super::rating::Rating;
use crate::content::Content;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

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
    #[serde(default)]
    pub consensus: BTreeMap<String, Consensus>,
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
            consensus: BTreeMap::new(),
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

/// The spread of the group's ratings of one item.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemStats {
    pub item: String,
    /// How many chose each rating, in [`Rating::ALL`] order.
    pub counts: [usize; 6],
    /// Ratings 1–4.
    pub n_scored: usize,
    pub mean: Option<f64>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// `max - min`.
    pub spread: Option<u8>,
    /// Population standard deviation of the scored ratings.
    pub std_dev: Option<f64>,
    pub dont_know: usize,
    /// The ratings lie two or more steps apart.
    pub disagreement: bool,
}

/// Disagreement starts at this spread (e.g. one says 2, another 4).
pub const DISAGREEMENT_SPREAD: u8 = 2;

/// Statistics per item, in the seminar's item order.
pub fn item_stats(s: &Seminar) -> Vec<ItemStats> {
    s.def
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let ratings = s
                .responses
                .iter()
                .filter_map(|r| r.ratings.get(i).copied().flatten());
            stats_of(item, ratings)
        })
        .collect()
}

fn stats_of(item: &str, ratings: impl Iterator<Item = Rating>) -> ItemStats {
    let mut counts = [0usize; 6];
    let mut scores = Vec::new();
    for r in ratings {
        if let Some(k) = Rating::ALL.iter().position(|x| *x == r) {
            counts[k] += 1;
        }
        if let Some(v) = r.score() {
            scores.push(v);
        }
    }
    let n = scores.len();
    let mean = (n > 0).then(|| scores.iter().map(|&v| v as f64).sum::<f64>() / n as f64);
    let min = scores.iter().copied().min();
    let max = scores.iter().copied().max();
    let spread = min.zip(max).map(|(lo, hi)| hi - lo);
    let std_dev = mean.map(|m| {
        let var = scores
            .iter()
            .map(|&v| (v as f64 - m) * (v as f64 - m))
            .sum::<f64>()
            / n as f64;
        var.sqrt()
    });
    ItemStats {
        item: item.to_string(),
        counts,
        n_scored: n,
        mean,
        min,
        max,
        spread,
        std_dev,
        dont_know: counts[4],
        disagreement: spread.is_some_and(|s| s >= DISAGREEMENT_SPREAD),
    }
}

/// Most disagreement first: spread descending, then standard deviation
/// descending; items without scores last. The sort is stable, so give it the
/// stats in the seminar's order (as [`item_stats`] returns them) to break ties
/// by that order.
pub fn sort_by_disagreement(stats: &mut [ItemStats]) {
    stats.sort_by(|a, b| {
        desc_none_last(a.spread, b.spread, |x, y| x.cmp(&y))
            .then_with(|| desc_none_last(a.std_dev, b.std_dev, |x, y| x.total_cmp(&y)))
    });
}

/// Lowest mean first, items without scores last; stable like
/// [`sort_by_disagreement`].
pub fn sort_by_mean(stats: &mut [ItemStats]) {
    stats.sort_by(|a, b| match (a.mean, b.mean) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
}

fn desc_none_last<T: Copy>(a: Option<T>, b: Option<T>, cmp: impl Fn(T, T) -> Ordering) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => cmp(y, x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// How the participants of one role rated the drivers.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleRow {
    /// The role as the seminar spells it; `None` for participants who gave
    /// none (the UI says `seminar.no_role`).
    pub role: Option<String>,
    /// Participants with the role.
    pub n: usize,
    /// Mean (1–4) of the role's scored ratings per driver, in the content's
    /// driver order; `None` where the role scored none of the driver's items.
    pub drivers: Vec<Option<f64>>,
}

/// One row per role among the responses: the seminar's roles first in their
/// order, then other roles alphabetically, then those without a role.
pub fn role_driver_means(s: &Seminar, c: &Content) -> Vec<RoleRow> {
    // (sort rank, display name) → responses
    let mut groups: BTreeMap<(usize, Option<String>), Vec<&Response>> = BTreeMap::new();
    let others = s.def.roles.len();
    let mut spelled: BTreeMap<String, String> = BTreeMap::new();
    for r in &s.responses {
        let role = r.role.trim();
        let key = if role.is_empty() {
            (others + 1, None)
        } else if let Some(k) = s
            .def
            .roles
            .iter()
            .position(|d| d.trim().to_lowercase() == role.to_lowercase())
        {
            (k, Some(s.def.roles[k].trim().to_string()))
        } else {
            // Group other roles ignoring case too, under the first spelling seen.
            let name = spelled
                .entry(role.to_lowercase())
                .or_insert_with(|| role.to_string())
                .clone();
            (others, Some(name))
        };
        groups.entry(key).or_default().push(r);
    }
    groups
        .into_iter()
        .map(|((_, role), rs)| RoleRow {
            role,
            n: rs.len(),
            drivers: driver_means(s, c, &rs),
        })
        .collect()
}

/// Pooled mean (1–4) per driver over the given responses.
fn driver_means(s: &Seminar, c: &Content, rs: &[&Response]) -> Vec<Option<f64>> {
    c.items
        .drivers
        .iter()
        .map(|d| {
            let (mut sum, mut n) = (0u64, 0u64);
            for (i, id) in s.def.items.iter().enumerate() {
                if c.item(id).is_none_or(|it| it.driver != d.id) {
                    continue;
                }
                for r in rs {
                    if let Some(v) = r.ratings.get(i).copied().flatten().and_then(|x| x.score()) {
                        sum += v as u64;
                        n += 1;
                    }
                }
            }
            (n > 0).then(|| sum as f64 / n as f64)
        })
        .collect()
}

/// Per driver (content order) the group's pooled mean as a percentage of the
/// maximum (mean ÷ 4 × 100), for the spider chart.
pub fn group_driver_percent(s: &Seminar, c: &Content) -> Vec<Option<f64>> {
    let all: Vec<&Response> = s.responses.iter().collect();
    driver_means(s, c, &all)
        .into_iter()
        .map(|m| m.map(|m| m / 4.0 * 100.0))
        .collect()
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
