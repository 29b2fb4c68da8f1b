//! The capacity calculator's list of saved scenarios: the rules the page
//! follows when scenarios are opened, deleted and restored.
//!
//! - The list is never empty: where none is stored, or the last one is
//!   deleted, an untouched default takes its place ([`ensure_one`]).
//! - Deleting keeps the scenario and its place for one undo ([`delete`]);
//!   undoing puts it back where it was and drops a default that was only made
//!   because the list became empty and has not been touched since
//!   ([`restore`]).
//! - A scenario shown that another tab deleted gives way to the first one
//!   ([`active_after_reload`]).

use super::capacity::{Scenario, ScenarioRow};

/// A deleted scenario and where it stood, for undo.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub position: usize,
    pub scenario: Scenario,
}

impl Scenario {
    /// True when nothing has been typed into any row.
    pub fn is_untouched(&self) -> bool {
        self.rows
            .iter()
            .all(|r| r.citizens.is_empty() && r.staff.is_empty())
    }

    /// The row of `method`, added (empty) when the scenario has none yet.
    pub fn row_mut(&mut self, method: &str) -> &mut ScenarioRow {
        let pos = match self.rows.iter().position(|r| r.method == method) {
            Some(p) => p,
            None => {
                self.rows.push(ScenarioRow {
                    method: method.to_string(),
                    citizens: String::new(),
                    staff: String::new(),
                });
                self.rows.len() - 1
            }
        };
        &mut self.rows[pos]
    }
}

/// Adds `make_default()` when `list` is empty.
pub fn ensure_one(list: &mut Vec<Scenario>, make_default: impl FnOnce() -> Scenario) {
    if list.is_empty() {
        list.push(make_default());
    }
}

/// Removes the scenario `id` (if there) and keeps the list from becoming
/// empty. Returns what was removed, for [`restore`].
pub fn delete(
    list: &mut Vec<Scenario>,
    id: &str,
    make_default: impl FnOnce() -> Scenario,
) -> Option<Deleted> {
    let removed = list
        .iter()
        .position(|s| s.id == id)
        .map(|position| Deleted {
            position,
            scenario: list.remove(position),
        });
    ensure_one(list, make_default);
    removed
}

/// Puts a deleted scenario back at its place (or at the end, if the list
/// has become shorter). A list holding only an untouched default other than
/// the scenario itself loses that default. Returns the restored id.
pub fn restore(list: &mut Vec<Scenario>, deleted: Deleted) -> String {
    let id = deleted.scenario.id.clone();
    if list.len() == 1 && list[0].is_untouched() && list[0].id != id {
        list.clear();
    }
    let position = deleted.position.min(list.len());
    list.insert(position, deleted.scenario);
    id
}

/// The scenario to show after the list was read again: `active` if it is
/// still there, else the first one.
pub fn active_after_reload(list: &[Scenario], active: &str) -> Option<String> {
    if list.iter().any(|s| s.id == active) {
        Some(active.to_string())
    } else {
        list.first().map(|s| s.id.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario(id: &str, citizens: &str) -> Scenario {
        Scenario {
            id: id.into(),
            name: id.into(),
            rows: vec![ScenarioRow {
                method: "cti".into(),
                citizens: citizens.into(),
                staff: String::new(),
            }],
            updated: 0.0,
            deleted: false,
        }
    }

    fn ids(list: &[Scenario]) -> Vec<&str> {
        list.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn deleting_and_undoing_puts_a_scenario_back_in_its_place() {
        let mut list = vec![scenario("a", "1"), scenario("b", "2"), scenario("c", "3")];
        let d = delete(&mut list, "b", || scenario("new", "")).unwrap();
        assert_eq!(ids(&list), ["a", "c"]);
        assert_eq!(d.position, 1);
        assert_eq!(restore(&mut list, d), "b");
        assert_eq!(ids(&list), ["a", "b", "c"]);
        assert_eq!(list[1].rows[0].citizens, "2");
    }

    #[test]
    fn deleting_the_last_scenario_leaves_a_default_that_undo_removes() {
        let mut list = vec![scenario("a", "7")];
        let d = delete(&mut list, "a", || scenario("default", "")).unwrap();
        assert_eq!(ids(&list), ["default"]);
        restore(&mut list, d);
        assert_eq!(ids(&list), ["a"], "the untouched default goes again");
    }

    #[test]
    fn a_default_that_was_typed_into_stays_on_undo() {
        let mut list = vec![scenario("a", "7")];
        let d = delete(&mut list, "a", || scenario("default", "")).unwrap();
        list[0].row_mut("cti").staff = "2".into();
        restore(&mut list, d);
        assert_eq!(ids(&list), ["a", "default"]);
    }

    #[test]
    fn a_single_untouched_scenario_that_is_not_a_fresh_default_also_goes() {
        // The rule looks at the list, not at where the default came from:
        // one untouched scenario other than the restored one is dropped.
        let mut list = vec![scenario("x", "")];
        restore(
            &mut list,
            Deleted {
                position: 3,
                scenario: scenario("a", "1"),
            },
        );
        assert_eq!(ids(&list), ["a"]);
    }

    #[test]
    fn restoring_after_the_list_shrank_appends() {
        let mut list = vec![scenario("a", "1"), scenario("b", "1")];
        let d = Deleted {
            position: 5,
            scenario: scenario("z", "1"),
        };
        restore(&mut list, d);
        assert_eq!(ids(&list), ["a", "b", "z"]);
    }

    #[test]
    fn deleting_an_unknown_id_changes_nothing() {
        let mut list = vec![scenario("a", "1")];
        assert_eq!(delete(&mut list, "q", || scenario("d", "")), None);
        assert_eq!(ids(&list), ["a"]);
        let mut empty = Vec::new();
        ensure_one(&mut empty, || scenario("d", ""));
        assert_eq!(ids(&empty), ["d"]);
    }

    #[test]
    fn rows_are_found_or_added() {
        let mut s = scenario("a", "1");
        s.row_mut("icm").citizens = "4".into();
        s.row_mut("cti").staff = "1".into();
        assert_eq!(s.rows.len(), 2);
        assert_eq!(s.rows[0].staff, "1");
        assert_eq!(s.rows[1].citizens, "4");
        assert!(!s.is_untouched());
        assert!(scenario("b", "").is_untouched());
    }

    #[test]
    fn a_scenario_deleted_elsewhere_gives_way_to_the_first() {
        let list = vec![scenario("a", ""), scenario("b", "")];
        assert_eq!(active_after_reload(&list, "b").as_deref(), Some("b"));
        assert_eq!(active_after_reload(&list, "gone").as_deref(), Some("a"));
        assert_eq!(active_after_reload(&[], "gone"), None);
    }
}
