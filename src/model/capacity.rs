//! The caseload capacity calculator: for each support method with a maximum
//! caseload (CTI ≤ 10, ICM ≤ 8, ACT ≤ 8 citizens per worker, from
//! `methods.toml`), how many citizens each worker has, how many full-time
//! equivalents (årsværk, FTE) the method needs to stay within its maximum, and
//! how far above it the municipality is. The evaluation (seed 004) describes a
//! municipality where the caseload reached 13–14 citizens per worker, above the
//! methods' maximum; the calculator makes that visible before it happens.
//!
//! Input arrives as the user typed it. [`parse_number`] reads a Danish or
//! English decimal ("2,5", "2.5", " 3 ") and refuses everything else with an
//! [`InputError`]; [`parse_citizens`] and [`parse_staff`] add the limits of
//! each field and treat an empty field as 0 (the calculator starts with empty
//! fields, and a method the municipality does not run is simply left blank).
//!
//! [`assess`] never returns NaN or infinity in any field: its inputs are
//! clamped to `0..=MAX_CITIZENS` and `0..=MAX_STAFF`, and a staff of less than
//! [`MIN_STAFF`] counts as no staff.
//!
//! Nothing here describes a person: the numbers are counts for a team.

use crate::content::{Content, Method};
use serde::{Deserialize, Serialize};

/// The most citizens a row accepts; more is surely a typing error.
pub const MAX_CITIZENS: f64 = 100_000.0;
/// The most FTE a row accepts; more is surely a typing error.
pub const MAX_STAFF: f64 = 10_000.0;
/// Staff below this (a millionth of a full-time year) counts as no staff, so
/// that a caseload can never become infinitely large.
pub const MIN_STAFF: f64 = 1e-6;

/// Why a typed number was refused. Every variant has a Danish message in
/// `src/content/da/ui_methods.toml` under [`InputError::key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(strum::EnumIter))]
pub enum InputError {
    /// Nothing typed (only [`parse_number`] reports this; the field parsers
    /// read an empty field as 0).
    Empty,
    /// Not a number written with digits: "abc", "2,5,1", "1e3", "+3".
    NotANumber,
    /// A thousands separator: "1.000.000", "1.000", "1 000", "1.000,5".
    /// A dot followed by exactly three digits is refused because "1.000"
    /// means a thousand in Danish and one in English.
    ThousandsSeparator,
    /// Below zero: "-3".
    Negative,
    /// Not a finite number: "NaN", "inf", "1e400".
    NotFinite,
    /// Citizens are counted in whole numbers: "2,5" citizens is refused.
    FractionalCitizens,
    /// More than [`MAX_CITIZENS`] citizens.
    TooManyCitizens,
    /// More than [`MAX_STAFF`] FTE.
    TooManyStaff,
}

impl InputError {
    /// Every variant, for the test that each has a text.
    pub const ALL: [InputError; 8] = [
        InputError::Empty,
        InputError::NotANumber,
        InputError::ThousandsSeparator,
        InputError::Negative,
        InputError::NotFinite,
        InputError::FractionalCitizens,
        InputError::TooManyCitizens,
        InputError::TooManyStaff,
    ];

    key_and_text! {
        /// The interface text key of the message (`ui_methods.toml`, section
        /// `[capacity]`); the UI shows `content::err.text()`.
        key,
        /// The text of [`Self::key`].
        text;
        InputError::Empty => "capacity.error_empty",
        InputError::NotANumber => "capacity.error_not_a_number",
        InputError::ThousandsSeparator => "capacity.error_thousands",
        InputError::Negative => "capacity.error_negative",
        InputError::NotFinite => "capacity.error_not_finite",
        InputError::FractionalCitizens => "capacity.error_fractional_citizens",
        InputError::TooManyCitizens => "capacity.error_too_many_citizens",
        InputError::TooManyStaff => "capacity.error_too_many_staff",
    }
}

/// Reads a non-negative decimal number as typed: digits with at most one
/// decimal separator, comma or dot ("2,5", "2.5", ",5", "3"), with spaces
/// around it ignored. Refuses:
///
/// * an empty text → [`InputError::Empty`];
/// * thousands separators ("1.000.000", "1.000", "1 000") → [`InputError::ThousandsSeparator`];
/// * a minus sign ("-3") → [`InputError::Negative`] ("-0" reads as 0);
/// * "NaN", "inf" and numbers too large for a float ("1e400") → [`InputError::NotFinite`];
/// * everything else, including exponents ("1e3") and a plus sign → [`InputError::NotANumber`].
///
/// It sets no upper limit; [`parse_citizens`] and [`parse_staff`] do.
pub fn parse_number(s: &str) -> Result<f64, InputError> {
    let t = s.trim();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    let (negative, body) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    let v = parse_plain(body)?;
    if negative && v > 0.0 {
        return Err(InputError::Negative);
    }
    // "-0" is zero, and never the float -0.0.
    Ok(v.abs())
}

/// `body` without sign: digits and at most one separator.
fn parse_plain(body: &str) -> Result<f64, InputError> {
    let plain = !body.is_empty()
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    if !plain {
        let lower = body.to_ascii_lowercase();
        if lower.contains("nan") || lower.contains("inf") {
            return Err(InputError::NotFinite);
        }
        if super::decimal::exponent_overflows(&lower) {
            return Err(InputError::NotFinite);
        }
        // Digit groups split by spaces: "1 000", "1 000" (no-break space).
        let grouped = body
            .split(|c: char| c.is_whitespace())
            .filter(|g| !g.is_empty())
            .all(|g| {
                g.chars()
                    .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            });
        if grouped && body.chars().any(|c| c.is_ascii_digit()) {
            return Err(InputError::ThousandsSeparator);
        }
        return Err(InputError::NotANumber);
    }
    let seps: Vec<(usize, char)> = body
        .char_indices()
        .filter(|(_, c)| *c == ',' || *c == '.')
        .collect();
    if !body.chars().any(|c| c.is_ascii_digit()) {
        return Err(InputError::NotANumber);
    }
    match seps.as_slice() {
        [] => {}
        [(i, sep)] => {
            let (int, frac) = (&body[..*i], &body[i + 1..]);
            // "1.000" is a thousand in Danish, one in English: ask instead of guessing.
            let looks_grouped = *sep == '.'
                && frac.len() == 3
                && (1..=3).contains(&int.len())
                && int.trim_start_matches('0').len() == int.len();
            if looks_grouped {
                return Err(InputError::ThousandsSeparator);
            }
        }
        _ => {
            // "1.000.000", "1.000,5", "1,000,000": groups of three after the first.
            let groups: Vec<&str> = body.split([',', '.']).collect();
            let grouped = groups.len() >= 2
                && (1..=3).contains(&groups[0].len())
                && groups[1..groups.len() - 1].iter().all(|g| g.len() == 3);
            return Err(if grouped {
                InputError::ThousandsSeparator
            } else {
                InputError::NotANumber
            });
        }
    }
    let v = super::decimal::plain_value(body);
    if v.is_finite() {
        Ok(v)
    } else {
        Err(InputError::NotFinite)
    }
}

/// A number of citizens as typed: a whole number from 0 to [`MAX_CITIZENS`].
/// An empty field counts as 0.
pub fn parse_citizens(s: &str) -> Result<f64, InputError> {
    if s.trim().is_empty() {
        return Ok(0.0);
    }
    let v = parse_number(s)?;
    if v > MAX_CITIZENS {
        Err(InputError::TooManyCitizens)
    } else if v.fract() != 0.0 {
        Err(InputError::FractionalCitizens)
    } else {
        Ok(v)
    }
}

/// Staff in FTE (årsværk) as typed: from 0 to [`MAX_STAFF`], fractions
/// allowed ("2,5"). An empty field counts as 0.
pub fn parse_staff(s: &str) -> Result<f64, InputError> {
    if s.trim().is_empty() {
        return Ok(0.0);
    }
    let v = parse_number(s)?;
    if v > MAX_STAFF {
        Err(InputError::TooManyStaff)
    } else {
        Ok(v)
    }
}

/// How a method's caseload stands against its maximum.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum CapacityStatus {
    /// Fewer citizens per worker than the maximum.
    Within,
    /// Exactly the maximum (within a rounding error of a billionth).
    AtMax,
    /// Above the maximum by this percentage of it (14 per worker against a
    /// maximum of 10 is 40 %). Always greater than 0 and finite.
    Above { by_percent: f64 },
    /// Citizens, but no staff.
    NoStaff,
    /// No citizens (with or without staff).
    Empty,
}

impl CapacityStatus {
    /// A stable code: `within`, `at-max`, `above`, `no-staff`, `empty`.
    pub fn code(self) -> &'static str {
        match self {
            CapacityStatus::Within => "within",
            CapacityStatus::AtMax => "at-max",
            CapacityStatus::Above { .. } => "above",
            CapacityStatus::NoStaff => "no-staff",
            CapacityStatus::Empty => "empty",
        }
    }

    /// True when the method has more citizens than its staff can carry.
    pub fn is_over(self) -> bool {
        matches!(self, CapacityStatus::Above { .. } | CapacityStatus::NoStaff)
    }
}

/// The result for one method. Every number is finite.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CapacityResult {
    /// The method's maximum citizens per worker (at least 1).
    pub max: u32,
    /// The citizens the result is for (after clamping).
    pub citizens: f64,
    /// The staff in FTE the result is for (after clamping; below
    /// [`MIN_STAFF`] it is 0).
    pub staff: f64,
    /// Citizens per FTE; `None` when there is no staff.
    pub caseload: Option<f64>,
    /// FTE needed to keep within the maximum, rounded up to one decimal
    /// (45 citizens at 10 per worker → 4,5).
    pub needed: f64,
    /// FTE missing: `needed − staff`, never below 0.
    pub shortfall: f64,
    pub status: CapacityStatus,
}

/// Rounds away float noise (0.30000000000000004 → 0.3) without touching
/// any digit a user could have typed.
fn clean(x: f64) -> f64 {
    let r = (x * 1e6).round() / 1e6;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

fn clamp_input(x: f64, max: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x.min(max)
    } else {
        0.0
    }
}

/// Assesses one method: `citizens` at a time with `staff` FTE against
/// `method_max` citizens per worker.
///
/// Inputs should come from [`parse_citizens`] and [`parse_staff`]; anything
/// else is clamped (NaN and negatives to 0, large values to the limits) so
/// that no field is ever NaN or infinite. A `method_max` of 0 would make every
/// caseload infinitely too high; it is read as 1.
pub fn assess(method_max: u32, citizens: f64, staff: f64) -> CapacityResult {
    let max = method_max.max(1);
    let maxf = f64::from(max);
    let citizens = clamp_input(citizens, MAX_CITIZENS);
    let staff = match clamp_input(staff, MAX_STAFF) {
        s if s < MIN_STAFF => 0.0,
        s => s,
    };
    // Tenths of an FTE, rounded up; the tiny margin keeps 7 / 10 from
    // becoming 0,8 through float noise. Any citizen needs at least a tenth.
    let tenths = ((citizens * 10.0 / maxf) - 1e-9).ceil().max(0.0);
    let needed = (if citizens > 0.0 { tenths.max(1.0) } else { 0.0 }) / 10.0;
    let shortfall = clean((needed - staff).max(0.0));
    let caseload = (staff > 0.0).then(|| citizens / staff);
    let status = if citizens == 0.0 {
        CapacityStatus::Empty
    } else {
        match caseload {
            None => CapacityStatus::NoStaff,
            Some(c) if (c - maxf).abs() <= 1e-9 * maxf => CapacityStatus::AtMax,
            Some(c) if c < maxf => CapacityStatus::Within,
            Some(c) => CapacityStatus::Above {
                by_percent: (c / maxf - 1.0) * 100.0,
            },
        }
    };
    CapacityResult {
        max,
        citizens,
        staff,
        caseload,
        needed,
        shortfall,
        status,
    }
}

/// The sum over methods.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Total {
    pub citizens: f64,
    pub staff: f64,
    /// The sum of each method's needed FTE.
    pub needed: f64,
    /// The sum of each method's shortfall. Not `needed − staff`: a worker to
    /// spare in one method does not make up for one missing in another (the
    /// methods differ in target group, competences and caseload).
    pub shortfall: f64,
    /// Methods above their maximum or without staff for their citizens.
    pub methods_over: usize,
}

/// The total over the methods' results.
pub fn total(results: &[CapacityResult]) -> Total {
    let mut t = results.iter().fold(Total::default(), |mut t, r| {
        t.citizens += r.citizens;
        t.staff += r.staff;
        t.needed += r.needed;
        t.shortfall += r.shortfall;
        t.methods_over += usize::from(r.status.is_over());
        t
    });
    t.staff = clean(t.staff);
    t.needed = clean(t.needed);
    t.shortfall = clean(t.shortfall);
    t
}

/// The methods the calculator offers: those with a maximum caseload, in the
/// order of `methods.toml` (CTI, ICM, ACT; the modified ACT has none).
pub fn calculator_methods(c: &Content) -> Vec<&Method> {
    c.methods
        .methods
        .iter()
        .filter(|m| m.caseload_max.is_some())
        .collect()
}

/// One method's row of a saved scenario, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioRow {
    /// A method id from `methods.toml` (`cti`, `icm`, `act`).
    pub method: String,
    #[serde(default)]
    pub citizens: String,
    #[serde(default)]
    pub staff: String,
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}

/// A named set of rows the user saves to compare, e.g. "I dag" and "Med to
/// ekstra ICM-medarbejdere".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub rows: Vec<ScenarioRow>,
    /// When it was last changed (ms); 0 for one never changed or saved before
    /// this field existed. Decides which tab's version a merge keeps.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub updated: f64,
    /// Deleted: kept as a tombstone so a merge with an older copy does not
    /// bring it back. Not shown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
}

/// One row read and assessed.
#[derive(Debug, Clone, PartialEq)]
pub struct RowOutcome {
    pub method: String,
    pub citizens: Result<f64, InputError>,
    pub staff: Result<f64, InputError>,
    /// `None` when a field has an error or the method has no maximum
    /// caseload (or is unknown).
    pub result: Option<CapacityResult>,
}

/// A scenario read and assessed, with the total over the rows that have a result.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioOutcome {
    pub rows: Vec<RowOutcome>,
    pub total: Total,
}

impl ScenarioRow {
    pub fn evaluate(&self, c: &Content) -> RowOutcome {
        let citizens = parse_citizens(&self.citizens);
        let staff = parse_staff(&self.staff);
        let max = c.method(&self.method).and_then(|m| m.caseload_max);
        let result = match (max, citizens, staff) {
            (Some(max), Ok(ci), Ok(st)) => Some(assess(max, ci, st)),
            _ => None,
        };
        RowOutcome {
            method: self.method.clone(),
            citizens,
            staff,
            result,
        }
    }
}

impl Scenario {
    /// A scenario with an empty row for each of [`calculator_methods`].
    pub fn new(id: String, name: String, c: &Content) -> Self {
        Scenario {
            id,
            name,
            rows: calculator_methods(c)
                .into_iter()
                .map(|m| ScenarioRow {
                    method: m.id.clone(),
                    citizens: String::new(),
                    staff: String::new(),
                })
                .collect(),
            updated: 0.0,
            deleted: false,
        }
    }

    pub fn evaluate(&self, c: &Content) -> ScenarioOutcome {
        let rows: Vec<RowOutcome> = self.rows.iter().map(|r| r.evaluate(c)).collect();
        let results: Vec<CapacityResult> = rows.iter().filter_map(|r| r.result).collect();
        ScenarioOutcome {
            total: total(&results),
            rows,
        }
    }
}
