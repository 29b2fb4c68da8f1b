//! From the capacity calculator to a method check's caseload statement: a
//! suggested rating with its reason, which the user confirms (never set
//! without a click).
//!
//! The rule is the tool's own reading of the caseload statements' level
//! descriptors ("Ingen CTI-medarbejder har mere end 10 borgere ad gangen" and
//! the like), applied to the calculator's average caseload:
//! - no staff for the citizens, or more than 25 % above the maximum (for ICM
//!   and ACT more than 10 per worker, e.g. the 13–14 seen in practice): 1
//!   *Ikke på plads*;
//! - above the maximum by at most 25 %: 2 *Påbegyndt*;
//! - exactly at the maximum, with no room for a busy period: 3 *Delvist på
//!   plads*;
//! - below the maximum: 4 *Fuldt på plads*. An average below the maximum does
//!   not show that no single worker is above it; the reason says so and the
//!   user decides.
//!
//! No citizens gives no suggestion.

use super::capacity::{CapacityResult, CapacityStatus};
use super::rating::Rating;
use crate::content::{Content, Item};

/// Above the maximum by more than this (in % of it), the suggestion is 1.
pub const FAR_ABOVE_PERCENT: f64 = 25.0;

/// The caseload statement of a method's check, if the method has a check.
pub fn caseload_item<'c>(c: &'c Content, method: &str) -> Option<&'c Item> {
    let check = c.method_check(method)?;
    let id = check.caseload_item.as_deref()?;
    c.item(id).filter(|i| i.section == check.id)
}

/// The suggested rating for a calculator result; `None` with no citizens.
pub fn suggested_rating(r: &CapacityResult) -> Option<Rating> {
    match r.status {
        CapacityStatus::Empty => None,
        CapacityStatus::NoStaff => Some(Rating::NotInPlace),
        CapacityStatus::Above { by_percent } if by_percent > FAR_ABOVE_PERCENT + 1e-9 => {
            Some(Rating::NotInPlace)
        }
        CapacityStatus::Above { .. } => Some(Rating::Started),
        CapacityStatus::AtMax => Some(Rating::Partly),
        CapacityStatus::Within => Some(Rating::Fully),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::da;
    use crate::model::capacity::assess;

    #[test]
    fn each_method_check_names_its_caseload_statement() {
        let c = da();
        let ids: Vec<&str> = ["cti", "icm", "act"]
            .iter()
            .map(|m| caseload_item(c, m).unwrap().id.as_str())
            .collect();
        assert_eq!(ids, ["cti-7", "icm-7", "act-6"]);
        assert!(caseload_item(c, "act-modificeret").is_none());
    }

    #[test]
    fn the_rating_follows_the_average_caseload() {
        let s = |max, citizens, staff| suggested_rating(&assess(max, citizens, staff));
        // 13–14 per worker against ICM's and ACT's 8, as the evaluation saw.
        assert_eq!(s(8, 27.0, 2.0), Some(Rating::NotInPlace));
        assert_eq!(s(8, 10.0, 0.0), Some(Rating::NotInPlace), "no staff");
        // 25 % above is still "Påbegyndt"; just beyond it is not.
        assert_eq!(s(8, 10.0, 1.0), Some(Rating::Started));
        assert_eq!(s(8, 10.1, 1.0), Some(Rating::NotInPlace));
        assert_eq!(s(10, 11.0, 1.0), Some(Rating::Started));
        assert_eq!(
            s(10, 20.0, 2.0),
            Some(Rating::Partly),
            "exactly 10 per worker"
        );
        assert_eq!(s(10, 19.0, 2.0), Some(Rating::Fully));
        assert_eq!(s(10, 0.0, 2.0), None);
    }
}
