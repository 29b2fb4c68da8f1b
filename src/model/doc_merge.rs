//! Merges of the documents whose own module has no merge of its own: a
//! seminar participant's copy and the calculator's scenario list. Like every
//! document merge (see `storage::documents`), symmetric and idempotent, so two
//! tabs that merge each other's copies end up equal.

use crate::model::capacity::Scenario;
use crate::model::seminar::Participation;

/// Two copies of a participant's answers to the same seminar: the one
/// changed last wins (the answers are one form, sent as a whole); equal
/// times fall back to a fixed order on the content.
pub fn merge_participation(a: &Participation, b: &Participation) -> Participation {
    let key = |p: &Participation| {
        (
            p.response.at,
            p.answered(),
            serde_json::to_string(p).unwrap_or_default(),
        )
    };
    let (ka, kb) = (key(a), key(b));
    let a_wins = match ka.0.total_cmp(&kb.0) {
        std::cmp::Ordering::Equal => (ka.1, &ka.2) >= (kb.1, &kb.2),
        o => o == std::cmp::Ordering::Greater,
    };
    if a_wins {
        a.clone()
    } else {
        b.clone()
    }
}

/// Two copies of the scenario list: every scenario of either, per id the
/// version changed last (a deletion is a change, kept as a tombstone so
/// another tab's older copy cannot bring it back). The order is the first
/// list's, then the scenarios only the second one has.
pub fn merge_scenarios(a: &[Scenario], b: &[Scenario]) -> Vec<Scenario> {
    let wins = |x: &Scenario, y: &Scenario| match x.updated.total_cmp(&y.updated) {
        std::cmp::Ordering::Equal => {
            (x.deleted, serde_json::to_string(x).unwrap_or_default())
                >= (y.deleted, serde_json::to_string(y).unwrap_or_default())
        }
        o => o == std::cmp::Ordering::Greater,
    };
    let mut out: Vec<Scenario> = Vec::with_capacity(a.len().max(b.len()));
    for x in a.iter().chain(b) {
        match out.iter_mut().find(|s| s.id == x.id) {
            Some(s) => {
                if !wins(s, x) {
                    *s = x.clone();
                }
            }
            None => out.push(x.clone()),
        }
    }
    out
}

/// The stored scenario list after the page changed what it shows:
/// `stored` is the list as last saved (tombstones included), `shown` the
/// scenarios the page has now. A scenario that is new or differs is stamped
/// `now`; one no longer shown becomes a tombstone stamped `now`; the rest keep
/// their stamps.
pub fn stamp_scenarios(stored: &[Scenario], shown: &[Scenario], now: f64) -> Vec<Scenario> {
    let same = |a: &Scenario, b: &Scenario| a.name == b.name && a.rows == b.rows && !a.deleted;
    let mut out: Vec<Scenario> = shown
        .iter()
        .map(|s| match stored.iter().find(|x| x.id == s.id) {
            Some(old) if same(old, s) => old.clone(),
            _ => Scenario {
                updated: now,
                deleted: false,
                ..s.clone()
            },
        })
        .collect();
    for old in stored {
        if !shown.iter().any(|s| s.id == old.id) {
            out.push(if old.deleted {
                old.clone()
            } else {
                Scenario {
                    updated: now,
                    deleted: true,
                    ..old.clone()
                }
            });
        }
    }
    out
}

/// The scenarios a page shows: the list without its tombstones.
pub fn shown_scenarios(stored: &[Scenario]) -> Vec<Scenario> {
    stored.iter().filter(|s| !s.deleted).cloned().collect()
}
