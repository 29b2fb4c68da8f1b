#![cfg(not(target_arch = "wasm32"))]
//! The method choice helper over all 3 × 3 × 3 answers, written out as a table
//! with the guide's description each row follows (seed 001: "TILGANG:
//! Målgruppedifferentiering", "KENDETEGN: CTI-METODEN", "KENDETEGN:
//! ICM-METODEN", "KENDETEGN: ACT-METODEN", "PRAKSISERFARING: En modificeret
//! ACT-indsats").
//!
//! Short forms in the comments:
//! * CTI-K: CTI is "særligt målrettet borgere, som i høj grad kan benytte
//!   øvrige støttemuligheder"; "intensiv bostøtte i den kritiske overgang til
//!   egen bolig"; "afgrænset til ni måneder"; phase 3 hands the support over
//!   to the citizen's network.
//! * ICM-K: ICM is "særligt målrettet borgere, som i nogen grad kan benytte
//!   øvrige støttemuligheder"; "længerevarende … hverken faseopdelt eller
//!   tidsbegrænset"; the case manager supports contact "med øvrige sociale
//!   tilbud og behandlingsindsatser".
//! * ACT-K: ACT is "særligt målrettet borgere, som i lav grad kan benytte
//!   øvrige støttemuligheder"; "udviklet til borgere, der har brug for
//!   langvarig støtte og behandling"; "tværfagligt indsatsteam" with
//!   "specialiserede indsatser som fx misbrugsbehandling og psykiatrisk
//!   behandling".
//! * MOD: the modified ACT "for at sikre den tværfaglige dimension, når der fx
//!   ikke er et tilstrækkeligt antal borgere eller de ønskede fagligheder".
//! * TILGANG: the method is chosen from "graden af kompleksitet i den enkelte
//!   borgers støttebehov" and "borgerens forudsætninger for at benytte det
//!   eksisterende støttesystem".

use housing_first_guiden::content::da;
use housing_first_guiden::model::method_choice::{
    suggest, suggest_for, Answers, NeedDuration, ReasonKey, SystemUse, TreatmentNeed, METHOD_IDS,
};

use NeedDuration::{Long as LONG, Transition as OVERGANG, Unknown as UKENDT};
use SystemUse::{Hardly as LAV, Largely as HOEJ, Partly as NOGEN};
use TreatmentNeed::{Extensive as OMF, No as NEJ, Some as NOGET};

type Row = (
    SystemUse,
    TreatmentNeed,
    NeedDuration,
    &'static str,
    &'static [&'static str],
);

#[rustfmt::skip]
const TABLE: [Row; 27] = [
    // ── Can largely use the existing system (i høj grad) ──────────────────
    // CTI-K: høj grad + the critical transition: the textbook CTI citizen.
    (HOEJ, NEJ, OVERGANG, "cti", &[]),
    // CTI-K limits CTI to nine months; a long need calls for ICM-K's support
    // without time limit. CTI stays an alternative if § 85 can take over after phase 3.
    (HOEJ, NEJ, LONG, "icm", &["cti"]),
    // CTI-K (høj grad decides when the duration is unknown); ICM-K if the need lasts.
    (HOEJ, NEJ, UKENDT, "cti", &["icm"]),
    // CTI-K: the CTI worker establishes contact to the other services, incl. treatment.
    (HOEJ, NOGET, OVERGANG, "cti", &[]),
    // ICM-K: long-term support, with contact to "behandlingsindsatser".
    (HOEJ, NOGET, LONG, "icm", &["cti"]),
    // CTI-K by system use; ICM-K if the need lasts.
    (HOEJ, NOGET, UKENDT, "cti", &["icm"]),
    // CTI-K: høj grad, so the existing treatment system can be used; a transition.
    // ICM-K as an alternative for the heavy treatment need.
    (HOEJ, OMF, OVERGANG, "cti", &["icm"]),
    // ICM-K: long-term, and the citizen can use the treatment system with a case manager.
    (HOEJ, OMF, LONG, "icm", &["cti"]),
    // CTI-K by system use; ICM-K if the need lasts.
    (HOEJ, OMF, UKENDT, "cti", &["icm"]),
    // ── Can partly use the existing system (i nogen grad) ─────────────────
    // ICM-K: nogen grad. CTI-K as alternative: the need is a transition.
    (NOGEN, NEJ, OVERGANG, "icm", &["cti"]),
    // ICM-K: nogen grad + længerevarende.
    (NOGEN, NEJ, LONG, "icm", &[]),
    // ICM-K: nogen grad; no time limit fits an unknown duration.
    (NOGEN, NEJ, UKENDT, "icm", &[]),
    // ICM-K: nogen grad; the case manager supports contact with treatment. CTI-K: transition.
    (NOGEN, NOGET, OVERGANG, "icm", &["cti"]),
    // ICM-K: nogen grad + længerevarende + behandlingsindsatser.
    (NOGEN, NOGET, LONG, "icm", &[]),
    // ICM-K: nogen grad; no time limit.
    (NOGEN, NOGET, UKENDT, "icm", &[]),
    // ICM-K: nogen grad; the heavy need is tied to a transition, not ACT-K's
    // "langvarig". ACT-K as alternative for the treatment, CTI-K for the transition.
    (NOGEN, OMF, OVERGANG, "icm", &["act", "cti"]),
    // ACT-K: "langvarig støtte og behandling" with a "tværfagligt indsatsteam",
    // more specialised than the other two; MOD without a full team; ICM-K by nogen grad.
    (NOGEN, OMF, LONG, "act", &["act-modificeret", "icm"]),
    // ACT-K: "tilbydes, så længe borgeren har behov"; MOD; ICM-K by nogen grad.
    (NOGEN, OMF, UKENDT, "act", &["act-modificeret", "icm"]),
    // ── Can hardly use the existing system (i lav grad) ───────────────────
    // TILGANG: lav grad, but no need for treatment: ACT-K's team is built for
    // "støtte og behandling". ICM-K's case manager builds the contacts without
    // time limit; ACT-K if that is not enough. Not CTI: it ends by handing over
    // to a network the citizen can hardly use.
    (LAV, NEJ, OVERGANG, "icm", &["act"]),
    // As above; ICM-K is længerevarende.
    (LAV, NEJ, LONG, "icm", &["act"]),
    // As above.
    (LAV, NEJ, UKENDT, "icm", &["act"]),
    // ACT-K: lav grad + treatment the citizen cannot reach alone; the team
    // brings it. MOD; ICM-K since the treatment need is moderate.
    (LAV, NOGET, OVERGANG, "act", &["act-modificeret", "icm"]),
    // ACT-K: lav grad + langvarig støtte og behandling. MOD; ICM-K.
    (LAV, NOGET, LONG, "act", &["act-modificeret", "icm"]),
    // ACT-K: lav grad, treatment, no time limit. MOD; ICM-K.
    (LAV, NOGET, UKENDT, "act", &["act-modificeret", "icm"]),
    // ACT-K: lav grad + a tværfagligt indsatsteam with treatment. MOD.
    (LAV, OMF, OVERGANG, "act", &["act-modificeret"]),
    // ACT-K: the textbook ACT citizen. MOD.
    (LAV, OMF, LONG, "act", &["act-modificeret"]),
    // ACT-K: "så længe borgeren har behov". MOD.
    (LAV, OMF, UKENDT, "act", &["act-modificeret"]),
];

fn answers(r: &Row) -> Answers {
    Answers {
        system: r.0,
        treatment: r.1,
        duration: r.2,
    }
}

#[test]
fn the_table_covers_every_combination_once() {
    let mut seen: Vec<Answers> = TABLE.iter().map(answers).collect();
    let n = seen.len();
    seen.sort_by_key(|a| format!("{a:?}"));
    seen.dedup();
    assert_eq!(seen.len(), n);
    assert_eq!(
        n,
        SystemUse::ALL.len() * TreatmentNeed::ALL.len() * NeedDuration::ALL.len()
    );
}

#[test]
fn every_combination_gives_the_tables_method_and_alternatives() {
    for row in &TABLE {
        let s = suggest(answers(row));
        assert_eq!(
            (s.method, s.alternatives.as_slice()),
            (row.3, row.4),
            "{:?}",
            answers(row)
        );
    }
}

#[test]
fn the_textbook_cases_of_the_guide() {
    let s = suggest(Answers {
        system: HOEJ,
        treatment: NEJ,
        duration: OVERGANG,
    });
    assert_eq!(s.method, "cti");
    let s = suggest(Answers {
        system: NOGEN,
        treatment: NOGET,
        duration: LONG,
    });
    assert_eq!(s.method, "icm");
    let s = suggest(Answers {
        system: LAV,
        treatment: OMF,
        duration: LONG,
    });
    assert_eq!(s.method, "act");
    assert_eq!(s.alternatives, ["act-modificeret"]);
}

#[test]
fn reasons_follow_the_answers() {
    for row in &TABLE {
        let s = suggest(answers(row));
        let mut want = vec![
            match row.0 {
                HOEJ => ReasonKey::SystemLargely,
                NOGEN => ReasonKey::SystemPartly,
                LAV => ReasonKey::SystemHardly,
            },
            match row.1 {
                NEJ => ReasonKey::TreatmentNone,
                NOGET => ReasonKey::TreatmentSome,
                OMF => ReasonKey::TreatmentExtensive,
            },
            match row.2 {
                OVERGANG => ReasonKey::DurationTransition,
                LONG => ReasonKey::DurationLong,
                UKENDT => ReasonKey::DurationUnknown,
            },
        ];
        if row.3 == "act" {
            want.push(ReasonKey::ModifiedAct);
        }
        want.push(ReasonKey::IndividualAssessment);
        assert_eq!(s.reasons, want, "{:?}", answers(row));
    }
}

#[test]
fn without_a_full_act_team_the_modified_act_takes_its_place() {
    for row in &TABLE {
        let a = answers(row);
        let with = suggest(a);
        let without = suggest_for(a, false);
        assert_eq!(suggest_for(a, true), with);
        if with.method == "act" {
            assert_eq!(without.method, "act-modificeret", "{a:?}");
            assert!(!without.alternatives.contains(&"act"));
            assert!(!without.alternatives.contains(&"act-modificeret"));
            assert!(without.reasons.contains(&ReasonKey::NoFullActTeam));
            assert!(!without.reasons.contains(&ReasonKey::ModifiedAct));
            assert_eq!(
                without.reasons.last(),
                Some(&ReasonKey::IndividualAssessment)
            );
        } else {
            assert_eq!(without.method, with.method, "{a:?}");
            let expected: Vec<&str> = with
                .alternatives
                .iter()
                .map(|m| if *m == "act" { "act-modificeret" } else { *m })
                .collect();
            assert_eq!(without.alternatives, expected, "{a:?}");
            assert_eq!(without.reasons, with.reasons);
        }
    }
    // The textbook ACT citizen in a municipality without a full team.
    let s = suggest_for(
        Answers {
            system: LAV,
            treatment: OMF,
            duration: LONG,
        },
        false,
    );
    assert_eq!((s.method, s.alternatives.len()), ("act-modificeret", 0));
}

#[test]
fn every_suggested_method_exists_in_the_content() {
    let c = da();
    for id in METHOD_IDS {
        assert!(c.method(id).is_some(), "{id} is in methods.toml");
    }
    for row in &TABLE {
        for full in [true, false] {
            let s = suggest_for(answers(row), full);
            assert!(c.method(s.method).is_some());
            assert!(s.alternatives.iter().all(|m| c.method(m).is_some()));
        }
    }
}

#[test]
fn every_reason_has_danish_text() {
    let all = ReasonKey::ALL;
    let mut keys: Vec<&str> = all.iter().map(|r| r.key()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), all.len());
    for r in all {
        let t = housing_first_guiden::content::t(r.key());
        assert!(t.len() > 40 && t.ends_with('.'), "{r:?}");
        assert!(r.key().starts_with("choice.reason_"));
    }
}

#[test]
fn answers_serialise_with_stable_codes() {
    let a = Answers {
        system: LAV,
        treatment: NOGET,
        duration: UKENDT,
    };
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(
        json,
        r#"{"system":"i-lav-grad","treatment":"noget","duration":"ved-ikke"}"#
    );
    assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), a);
}
