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

/// Why a method is suggested. The Danish text is [`reason_da`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// The interface text key the reason should move to (`ui.toml`, `[choice]`).
    pub fn key(self) -> &'static str {
        match self {
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
}

/// The Danish text of a reason, in the guide's words.
///
/// This text must move to `ui.toml` under [`ReasonKey::key`] (another
/// developer moves it); interface text does not belong in Rust code.
pub fn reason_da(key: ReasonKey) -> &'static str {
    match key {
        ReasonKey::SystemLargely => "Borgeren kan i høj grad benytte øvrige støttemuligheder. CTI er særligt målrettet de borgere: efter den kritiske overgang overdrages støtten til det netværk, borgeren er tilknyttet.",
        ReasonKey::SystemPartly => "Borgeren kan i nogen grad benytte øvrige støttemuligheder. ICM er særligt målrettet de borgere: en gennemgående støtteperson støtter borgeren i at etablere og opretholde kontakten med øvrige sociale tilbud og behandlingsindsatser.",
        ReasonKey::SystemHardly => "Borgeren kan i lav grad benytte øvrige støttemuligheder. ACT er særligt målrettet de borgere: et udgående, tværfagligt team bringer støtten og behandlingen ud til borgeren.",
        ReasonKey::TreatmentNone => "Borgeren har ikke brug for behandling. Et tværfagligt behandlingsteam er derfor ikke det, der mangler; det er social og praktisk støtte og kontakten til øvrige tilbud.",
        ReasonKey::TreatmentSome => "Borgeren har brug for en vis behandling, fx misbrugsbehandling eller støtte fra distriktspsykiatrien. Kan borgeren bruge behandlingssystemet med støtte, kan støttepersonen koordinere kontakten; ellers må behandlingen komme til borgeren.",
        ReasonKey::TreatmentExtensive => "Borgeren har brug for omfattende behandling og et tværfagligt team. ACT er udviklet til borgere, der har brug for langvarig støtte og behandling for at kunne bo i egen bolig, og giver en mere specialiseret indsats end de to øvrige metoder.",
        ReasonKey::DurationTransition => "Behovet knytter sig især til den kritiske overgang til egen bolig. CTI er et intensivt forløb på ni måneder i tre faser, hvor støtten til sidst overdrages til borgerens støttenetværk.",
        ReasonKey::DurationLong => "Behovet ventes at være langvarigt. ICM og ACT er uden tidsbegrænsning: borgeren modtager indsatsen, så længe behovet er der, mens CTI er afgrænset til ni måneder.",
        ReasonKey::DurationUnknown => "Det er uvist, hvor længe behovet varer. Forslaget følger derfor især, hvor meget borgeren kan benytte øvrige støttemuligheder. Vurdér behovet igen undervejs, fx inden en CTI-overdragelse i fase 3.",
        ReasonKey::ModifiedAct => "Har kommunen ikke borgere nok eller de ønskede fagligheder til en fuld ACT-indsats, kan en modificeret ACT-indsats sikre den tværfaglige dimension med specialiserede støttemedarbejdere og specialfunktioner, fx en misbrugskonsulent, en myndighedssagsbehandler eller en psykiatrisk sygeplejerske.",
        ReasonKey::NoFullActTeam => "Kommunen har ikke en fuld ACT-indsats. Erfaringen er, at selv en modificeret ACT-indsats bidrager til at skabe sammenhæng, når der afsættes tid til funktionerne i teamet og til at koordinere tværfagligt.",
        ReasonKey::IndividualAssessment => "Forslaget er et udgangspunkt. Valget af støttemetode skal foretages individuelt ud fra graden af kompleksitet i borgerens støttebehov og borgerens forudsætninger for at benytte det eksisterende støttesystem.",
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
                assert!(s.reasons.iter().all(|r| !reason_da(*r).is_empty()));
                if !full {
                    assert_ne!(s.method, ACT);
                    assert!(!s.alternatives.contains(&ACT));
                }
            }
        }
    }
}
