//! The method choice helper: three questions about the KIND of citizen a team
//! is planning for (never a person's data; nothing is saved about anyone) and
//! a suggested support method with alternatives and reasons.
//!
//! The guide (seed 001, "TILGANG: Målgruppedifferentiering") says the method is
//! chosen individually from two assessments: how complex the citizen's support
//! needs are, and how far the citizen can use the existing support system. The
//! methods' characteristics ("KENDETEGN") put the second one first:
//!
//! * CTI is "særligt målrettet borgere, som i høj grad kan benytte øvrige
//!   støttemuligheder", for intensive support in the critical transition to
//!   one's own home, limited to nine months in three phases, ending with the
//!   support handed over to the citizen's network.
//! * ICM is for citizens "som i nogen grad kan benytte øvrige
//!   støttemuligheder": long-term support without time limit from one case
//!   manager, who helps the citizen establish and keep contact with other
//!   services and treatment (e.g. addiction treatment, district psychiatry).
//! * ACT is for citizens "som i lav grad kan benytte øvrige
//!   støttemuligheder" and who need long-lasting support and treatment: an
//!   outreaching interdisciplinary team that itself provides treatment.
//! * The modified ACT ("PRAKSISERFARING: En modificeret ACT-indsats") secures
//!   the interdisciplinary dimension where there are too few citizens or not
//!   the professions for a full ACT team.
//!
//! The rules of [`suggest`], in order:
//!
//! 1. **ACT** when the citizen needs treatment (some or extensive) and can
//!    hardly use the existing system, or needs extensive treatment with an
//!    interdisciplinary team, can only partly use the system, and the need is
//!    not confined to a transition (long or unknown).
//! 2. **CTI** when the citizen can largely use the existing system and the
//!    need is not known to be long-lasting (a transition, or unknown: CTI's
//!    phases are then the occasion to reassess).
//! 3. **ICM** otherwise: long-lasting needs of a citizen who can largely use
//!    the system, citizens who can partly use it, and citizens who can hardly
//!    use it but need no treatment (a case manager who builds the contacts,
//!    without time limit; ACT stays an alternative).
//!
//! Alternatives: the modified ACT always follows ACT; ICM follows ACT when the
//! treatment need is only "some" or the citizen can partly use the system;
//! ICM follows CTI when the duration is unknown or treatment is extensive; ACT
//! follows ICM when the citizen can hardly use the system or (partly using it)
//! needs extensive treatment; CTI follows ICM when the citizen can largely use
//! the system, or partly and the need is a transition (never when the citizen
//! can hardly use it: CTI ends by handing the support over to the network the
//! citizen is tied to). `tests/method_choice.rs` writes all
//! 27 combinations out with the guide's words behind each.
//!
//! The suggestion is a starting point for the individual assessment the guide
//! requires, never a decision; [`ReasonKey::IndividualAssessment`] says so in
//! every suggestion.

use serde::{Deserialize, Serialize};

/// (a) How far the citizen can use the existing support system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SystemUse {
    /// I høj grad.
    #[serde(rename = "i-hoej-grad")]
    Largely,
    /// I nogen grad.
    #[serde(rename = "i-nogen-grad")]
    Partly,
    /// I lav grad.
    #[serde(rename = "i-lav-grad")]
    Hardly,
}

/// (b) The need for treatment and an interdisciplinary team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TreatmentNeed {
    #[serde(rename = "nej")]
    No,
    /// Some treatment, which the existing treatment system could give.
    #[serde(rename = "noget")]
    Some,
    /// Extensive: treatment (e.g. psychiatric and addiction) and an
    /// interdisciplinary team.
    #[serde(rename = "omfattende")]
    Extensive,
}

/// (c) How long the need for intensive support is expected to last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NeedDuration {
    /// Mainly the critical transition to one's own home.
    #[serde(rename = "overgang")]
    Transition,
    /// Long-lasting.
    #[serde(rename = "langvarig")]
    Long,
    #[serde(rename = "ved-ikke")]
    Unknown,
}

macro_rules! codes {
    ($t:ident { $($v:ident => $code:literal),+ $(,)? }) => {
        impl $t {
            /// In the order they are offered.
            pub const ALL: [$t; 3] = [$($t::$v),+];

            /// The stable code used in links and saved data.
            pub fn code(self) -> &'static str {
                match self { $($t::$v => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<$t> {
                Self::ALL.into_iter().find(|v| v.code() == code)
            }
        }
    };
}

codes!(SystemUse { Largely => "i-hoej-grad", Partly => "i-nogen-grad", Hardly => "i-lav-grad" });
codes!(TreatmentNeed { No => "nej", Some => "noget", Extensive => "omfattende" });
codes!(NeedDuration { Transition => "overgang", Long => "langvarig", Unknown => "ved-ikke" });

/// The three answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Answers {
    pub system: SystemUse,
    pub treatment: TreatmentNeed,
    pub duration: NeedDuration,
}

/// Why a method is suggested. The Danish text, in the guide's words, is in
/// `src/content/da/ui_methods.toml` under [`ReasonKey::key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(strum::EnumIter))]
pub enum ReasonKey {
    SystemLargely,
    SystemPartly,
    SystemHardly,
    TreatmentNone,
    TreatmentSome,
    TreatmentExtensive,
    DurationTransition,
    DurationLong,
    DurationUnknown,
    /// The modified ACT as the practice alternative to a full ACT team.
    ModifiedAct,
    /// The municipality has no full ACT team ([`suggest_for`] with `false`).
    NoFullActTeam,
    /// Always last: the choice is made individually.
    IndividualAssessment,
}

impl ReasonKey {
    /// Every variant, for the test that each has a text.
    pub const ALL: [ReasonKey; 12] = [
        ReasonKey::SystemLargely,
        ReasonKey::SystemPartly,
        ReasonKey::SystemHardly,
        ReasonKey::TreatmentNone,
        ReasonKey::TreatmentSome,
        ReasonKey::TreatmentExtensive,
        ReasonKey::DurationTransition,
        ReasonKey::DurationLong,
        ReasonKey::DurationUnknown,
        ReasonKey::ModifiedAct,
        ReasonKey::NoFullActTeam,
        ReasonKey::IndividualAssessment,
    ];

    key_and_text! {
        /// The interface text key of the reason (`ui_methods.toml`, `[choice]`).
        key,
        /// The text of [`Self::key`].
        text;
        ReasonKey::SystemLargely => "choice.reason_system_largely",
        ReasonKey::SystemPartly => "choice.reason_system_partly",
        ReasonKey::SystemHardly => "choice.reason_system_hardly",
        ReasonKey::TreatmentNone => "choice.reason_treatment_none",
        ReasonKey::TreatmentSome => "choice.reason_treatment_some",
        ReasonKey::TreatmentExtensive => "choice.reason_treatment_extensive",
        ReasonKey::DurationTransition => "choice.reason_duration_transition",
        ReasonKey::DurationLong => "choice.reason_duration_long",
        ReasonKey::DurationUnknown => "choice.reason_duration_unknown",
        ReasonKey::ModifiedAct => "choice.reason_modified_act",
        ReasonKey::NoFullActTeam => "choice.reason_no_full_act_team",
        ReasonKey::IndividualAssessment => "choice.reason_individual",
    }
}

/// A suggested method (an id from `methods.toml`) with alternatives and reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// `cti`, `icm`, `act` or `act-modificeret`.
    pub method: &'static str,
    /// Other methods to consider, closest first; never contains `method`.
    pub alternatives: Vec<&'static str>,
    /// One reason per answer (system use, treatment, duration), then any
    /// notes on the modified ACT, then [`ReasonKey::IndividualAssessment`].
    pub reasons: Vec<ReasonKey>,
}

pub const CTI: &str = "cti";
pub const ICM: &str = "icm";
pub const ACT: &str = "act";
pub const ACT_MODIFIED: &str = "act-modificeret";

/// Every method id [`suggest`] and [`suggest_for`] can name.
pub const METHOD_IDS: [&str; 4] = [CTI, ICM, ACT, ACT_MODIFIED];

/// The suggestion for a municipality with a full ACT team (the guide's
/// methods as described). See the module documentation for the rules.
pub fn suggest(a: Answers) -> Suggestion {
    use NeedDuration as D;
    use SystemUse as S;
    use TreatmentNeed as T;

    let (method, alternatives): (&'static str, Vec<&'static str>) =
        match (a.system, a.treatment, a.duration) {
            // Rule 1: ACT.
            (S::Hardly, T::Extensive, _) => (ACT, vec![ACT_MODIFIED]),
            (S::Hardly, T::Some, _) => (ACT, vec![ACT_MODIFIED, ICM]),
            (S::Partly, T::Extensive, D::Long | D::Unknown) => (ACT, vec![ACT_MODIFIED, ICM]),
            // Rule 2: CTI.
            (S::Largely, t, d @ (D::Transition | D::Unknown)) => {
                let alt = if d == D::Unknown || t == T::Extensive {
                    vec![ICM]
                } else {
                    vec![]
                };
                (CTI, alt)
            }
            // Rule 3: ICM.
            (s, t, d) => {
                let mut alt = Vec::new();
                if s == S::Hardly || (s == S::Partly && t == T::Extensive) {
                    alt.push(ACT);
                }
                if s == S::Largely || (s == S::Partly && d == D::Transition) {
                    alt.push(CTI);
                }
                (ICM, alt)
            }
        };

    let mut reasons = vec![
        match a.system {
            S::Largely => ReasonKey::SystemLargely,
            S::Partly => ReasonKey::SystemPartly,
            S::Hardly => ReasonKey::SystemHardly,
        },
        match a.treatment {
            T::No => ReasonKey::TreatmentNone,
            T::Some => ReasonKey::TreatmentSome,
            T::Extensive => ReasonKey::TreatmentExtensive,
        },
        match a.duration {
            D::Transition => ReasonKey::DurationTransition,
            D::Long => ReasonKey::DurationLong,
            D::Unknown => ReasonKey::DurationUnknown,
        },
    ];
    if method == ACT {
        reasons.push(ReasonKey::ModifiedAct);
    }
    reasons.push(ReasonKey::IndividualAssessment);
    Suggestion {
        method,
        alternatives,
        reasons,
    }
}

/// The suggestion when the municipality may lack a full ACT team.
///
/// With `full_act_team == false` (the situation of "PRAKSISERFARING: En
/// modificeret ACT-indsats": too few citizens or not the professions), a
/// suggested ACT becomes the modified ACT, ACT among the alternatives becomes
/// the modified ACT, and [`ReasonKey::NoFullActTeam`] replaces
/// [`ReasonKey::ModifiedAct`]. This is a question about the municipality, not
/// the citizen, so it is kept apart from [`Answers`].
pub fn suggest_for(a: Answers, full_act_team: bool) -> Suggestion {
    let mut s = suggest(a);
    if full_act_team {
        return s;
    }
    if s.method == ACT {
        s.method = ACT_MODIFIED;
    }
    let mut alternatives = Vec::new();
    for alt in s.alternatives {
        let alt = if alt == ACT { ACT_MODIFIED } else { alt };
        if alt != s.method && !alternatives.contains(&alt) {
            alternatives.push(alt);
        }
    }
    s.alternatives = alternatives;
    if s.method == ACT_MODIFIED {
        s.reasons.retain(|r| *r != ReasonKey::ModifiedAct);
        let before_last = s.reasons.len() - 1;
        s.reasons.insert(before_last, ReasonKey::NoFullActTeam);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> impl Iterator<Item = Answers> {
        SystemUse::ALL.into_iter().flat_map(|system| {
            TreatmentNeed::ALL.into_iter().flat_map(move |treatment| {
                NeedDuration::ALL.into_iter().map(move |duration| Answers {
                    system,
                    treatment,
                    duration,
                })
            })
        })
    }

    #[test]
    fn codes_round_trip() {
        for s in SystemUse::ALL {
            assert_eq!(SystemUse::from_code(s.code()), Some(s));
        }
        for t in TreatmentNeed::ALL {
            assert_eq!(TreatmentNeed::from_code(t.code()), Some(t));
        }
        for d in NeedDuration::ALL {
            assert_eq!(NeedDuration::from_code(d.code()), Some(d));
        }
        assert_eq!(SystemUse::from_code("x"), None);
    }

    #[test]
    fn suggestions_are_well_formed() {
        for a in all() {
            for full in [true, false] {
                let s = suggest_for(a, full);
                assert!(METHOD_IDS.contains(&s.method));
                assert!(!s.alternatives.contains(&s.method), "{a:?}");
                let mut seen = s.alternatives.clone();
                seen.dedup();
                assert_eq!(seen, s.alternatives);
                assert_eq!(s.reasons.last(), Some(&ReasonKey::IndividualAssessment));
                assert_eq!(
                    s.reasons.len(),
                    if s.method.starts_with("act") { 5 } else { 4 }
                );
                assert!(s.reasons.iter().all(|r| !r.text().is_empty()));
                if !full {
                    assert_ne!(s.method, ACT);
                    assert!(!s.alternatives.contains(&ACT));
                }
            }
        }
    }
}
