#![cfg(not(target_arch = "wasm32"))]
//! Learning progress with the real modules of `learning.toml`: every question
//! has exactly one correct answer, answers are recorded once, a module is
//! finished and reset, the overview counts, and two tabs merge newest first.

use housing_first_guiden::content::{da, Module};
use housing_first_guiden::model::learning::{
    choice_is_correct, correct_index, AnswerError, FinishError, LearningProgress, ModuleProgress,
    ModuleStatus, Overview,
};
use proptest::prelude::*;

fn first() -> &'static Module {
    &da().learning.modules[0]
}

/// A wrong choice of a question (every question has one).
fn wrong_index(m: &Module, q: usize) -> usize {
    m.questions[q]
        .choices
        .iter()
        .position(|c| !c.correct)
        .unwrap()
}

fn right_index(m: &Module, q: usize) -> usize {
    correct_index(&m.questions[q]).unwrap()
}

#[test]
fn every_question_has_exactly_one_correct_answer() {
    let c = da();
    assert!(!c.learning.modules.is_empty());
    for m in &c.learning.modules {
        assert!(!m.questions.is_empty(), "{} has questions", m.id);
        for q in &m.questions {
            let correct: Vec<usize> = q
                .choices
                .iter()
                .enumerate()
                .filter(|(_, c)| c.correct)
                .map(|(i, _)| i)
                .collect();
            assert_eq!(correct.len(), 1, "{}: exactly one correct choice", q.id);
            assert_eq!(correct_index(q), Some(correct[0]));
            assert!(
                q.choices.len() >= 2,
                "{}: something to choose between",
                q.id
            );
        }
        let mut ids: Vec<&str> = m.questions.iter().map(|q| q.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(
            ids.len(),
            m.questions.len(),
            "{}: unique question ids",
            m.id
        );
    }
}

#[test]
fn answering_a_whole_module_correctly() {
    let m = first();
    let mut p = LearningProgress::new();
    assert_eq!(p.status(m), ModuleStatus::NotStarted);
    assert_eq!(
        p.next_question(m).map(|q| q.id.as_str()),
        Some(m.questions[0].id.as_str())
    );
    for (i, q) in m.questions.iter().enumerate() {
        assert_eq!(
            p.answer(m, &q.id, right_index(m, i), 1000.0 + i as f64),
            Ok(true)
        );
        assert_eq!(p.is_correct(m, &q.id), Some(true));
    }
    assert_eq!(p.next_question(m), None);
    let mp = p.get(&m.id).unwrap();
    assert_eq!(
        (mp.score, mp.total, mp.done),
        (m.questions.len(), m.questions.len(), false)
    );
    assert_eq!(p.finish(m, "2026-05-01", 5000.0), Ok(m.questions.len()));
    let mp = p.get(&m.id).unwrap();
    assert!(mp.done);
    assert_eq!(mp.finished_at.as_deref(), Some("2026-05-01"));
    assert_eq!(mp.at, 5000.0);
    assert_eq!(
        p.status(m),
        ModuleStatus::Done {
            score: m.questions.len(),
            total: m.questions.len()
        }
    );
}

#[test]
fn the_first_answer_stands() {
    let m = first();
    let q = &m.questions[0].id;
    let mut p = LearningProgress::new();
    assert_eq!(p.answer(m, q, wrong_index(m, 0), 1.0), Ok(false));
    assert_eq!(p.is_correct(m, q), Some(false));
    assert_eq!(
        p.answer(m, q, right_index(m, 0), 2.0),
        Err(AnswerError::AlreadyAnswered)
    );
    assert_eq!(p.chosen(&m.id, q), Some(wrong_index(m, 0)));
    assert_eq!(
        p.get(&m.id).unwrap().at,
        1.0,
        "a refused answer changes nothing"
    );
    assert_eq!(p.get(&m.id).unwrap().score, 0);
    assert_eq!(
        p.status(m),
        ModuleStatus::InProgress {
            answered: 1,
            total: m.questions.len()
        }
    );
    assert_eq!(p.next_question(m).map(|q| &q.id), Some(&m.questions[1].id));
}

#[test]
fn unknown_questions_and_choices_are_refused() {
    let m = first();
    let mut p = LearningProgress::new();
    assert_eq!(
        p.answer(m, "no-such-question", 0, 1.0),
        Err(AnswerError::UnknownQuestion)
    );
    let q = &m.questions[0];
    assert_eq!(
        p.answer(m, &q.id, q.choices.len(), 1.0),
        Err(AnswerError::UnknownChoice)
    );
    // A question of another module is unknown here.
    let other = &da().learning.modules[1].questions[0].id;
    assert_eq!(
        p.answer(m, other, 0, 1.0),
        Err(AnswerError::UnknownQuestion)
    );
    assert!(p.modules.is_empty(), "nothing recorded");
    assert_eq!(choice_is_correct(m, &q.id, 99), None);
    assert_eq!(p.is_correct(m, &q.id), None);
}

#[test]
fn finishing_needs_every_answer_and_locks_the_module() {
    let m = first();
    let n = m.questions.len();
    let mut p = LearningProgress::new();
    assert_eq!(
        p.finish(m, "2026-05-01", 1.0),
        Err(FinishError::Unanswered(n))
    );
    p.answer(m, &m.questions[0].id, wrong_index(m, 0), 2.0)
        .unwrap();
    assert_eq!(
        p.finish(m, "2026-05-01", 3.0),
        Err(FinishError::Unanswered(n - 1))
    );
    for i in 1..n {
        p.answer(m, &m.questions[i].id, right_index(m, i), 4.0)
            .unwrap();
    }
    assert_eq!(
        p.finish(m, "2026-02-30", 5.0),
        Err(FinishError::InvalidDate)
    );
    assert!(!p.get(&m.id).unwrap().done);
    assert_eq!(p.finish(m, "2026-05-01", 6.0), Ok(n - 1));
    // Finishing again changes nothing.
    assert_eq!(p.finish(m, "2026-06-01", 7.0), Ok(n - 1));
    let mp = p.get(&m.id).unwrap();
    assert_eq!(
        (mp.finished_at.as_deref(), mp.at),
        (Some("2026-05-01"), 6.0)
    );
    // Answers are locked.
    assert_eq!(
        p.answer(m, &m.questions[0].id, right_index(m, 0), 8.0),
        Err(AnswerError::Finished)
    );
}

#[test]
fn reset_starts_over_and_wins_a_merge_with_older_progress() {
    let m = first();
    let mut p = LearningProgress::new();
    for i in 0..m.questions.len() {
        p.answer(m, &m.questions[i].id, right_index(m, i), 10.0)
            .unwrap();
    }
    p.finish(m, "2026-05-01", 20.0).unwrap();
    let before = p.clone();
    p.reset(m, 30.0);
    let mp = p.get(&m.id).unwrap();
    assert!(mp.answers.is_empty() && !mp.done && mp.finished_at.is_none());
    assert_eq!((mp.score, mp.total, mp.at), (0, m.questions.len(), 30.0));
    assert_eq!(p.status(m), ModuleStatus::NotStarted);
    // The other tab still has the old, finished module: the reset is newer.
    assert_eq!(p.merge(&before), p);
    assert_eq!(before.merge(&p), p);
    // It can be taken again.
    assert_eq!(
        p.answer(m, &m.questions[0].id, wrong_index(m, 0), 40.0),
        Ok(false)
    );
}

#[test]
fn overview_counts_done_modules_only_in_the_score() {
    let c = da();
    let ms = &c.learning.modules;
    assert!(ms.len() >= 3);
    let mut p = LearningProgress::new();
    // Module 0: done, all right.
    for i in 0..ms[0].questions.len() {
        p.answer(&ms[0], &ms[0].questions[i].id, right_index(&ms[0], i), 1.0)
            .unwrap();
    }
    p.finish(&ms[0], "2026-05-01", 2.0).unwrap();
    // Module 1: done, first wrong.
    for i in 0..ms[1].questions.len() {
        let choice = if i == 0 {
            wrong_index(&ms[1], 0)
        } else {
            right_index(&ms[1], i)
        };
        p.answer(&ms[1], &ms[1].questions[i].id, choice, 3.0)
            .unwrap();
    }
    p.finish(&ms[1], "2026-05-02", 4.0).unwrap();
    // Module 2: one answer, in progress.
    p.answer(&ms[2], &ms[2].questions[0].id, right_index(&ms[2], 0), 5.0)
        .unwrap();
    // Progress in a module that no longer exists is left out.
    p.modules.insert(
        "modul-fjernet".into(),
        ModuleProgress {
            module: "modul-fjernet".into(),
            answers: Default::default(),
            done: true,
            score: 9,
            total: 9,
            finished_at: Some("2025-01-01".into()),
            at: 1.0,
        },
    );
    let total = ms[0].questions.len() + ms[1].questions.len();
    assert_eq!(
        p.overview(&c.learning),
        Overview {
            modules: ms.len(),
            done: 2,
            in_progress: 1,
            score: total - 1,
            total,
        }
    );
    assert_eq!(LearningProgress::new().overview(&c.learning).done, 0);
}

#[test]
fn two_tabs_merge_newest_per_module() {
    let c = da();
    let (a_mod, b_mod) = (&c.learning.modules[0], &c.learning.modules[1]);
    let mut tab1 = LearningProgress::new();
    let mut tab2 = LearningProgress::new();
    // Tab 1 works on module A early, tab 2 later; tab 1 alone on module B.
    tab1.answer(a_mod, &a_mod.questions[0].id, 0, 100.0)
        .unwrap();
    tab2.answer(a_mod, &a_mod.questions[0].id, 1, 200.0)
        .unwrap();
    tab2.answer(a_mod, &a_mod.questions[1].id, 0, 210.0)
        .unwrap();
    tab1.answer(b_mod, &b_mod.questions[0].id, 0, 150.0)
        .unwrap();

    let m = tab1.merge(&tab2);
    assert_eq!(m, tab2.merge(&tab1), "symmetric");
    assert_eq!(
        m.get(&a_mod.id),
        tab2.get(&a_mod.id),
        "tab 2's newer module A"
    );
    assert_eq!(
        m.get(&b_mod.id),
        tab1.get(&b_mod.id),
        "tab 1's only module B"
    );
    assert_eq!(m.merge(&m), m, "idempotent");
    assert_eq!(m.merge(&tab1), m, "merging again changes nothing");

    let json = serde_json::to_string(&m).unwrap();
    assert_eq!(serde_json::from_str::<LearningProgress>(&json).unwrap(), m);
}

#[test]
fn saved_progress_reads_with_missing_fields() {
    let p: LearningProgress = serde_json::from_str(r#"{}"#).unwrap();
    assert!(p.modules.is_empty());
    let p: LearningProgress = serde_json::from_str(
        r#"{"modules":{"modul-housing-first":{"module":"modul-housing-first","answers":{"modul-housing-first-q1":1}}}}"#,
    )
    .unwrap();
    let m = first();
    assert_eq!(m.id, "modul-housing-first");
    assert_eq!(p.is_correct(m, "modul-housing-first-q1"), Some(true));
    // A saved answer whose choice no longer exists is not counted as correct.
    let mut p = p;
    p.modules
        .get_mut(&m.id)
        .unwrap()
        .answers
        .insert(m.questions[1].id.clone(), 99);
    assert_eq!(p.is_correct(m, &m.questions[1].id), None);
    assert_eq!(p.get(&m.id).unwrap().correct_count(m), 1);
}

fn progress() -> impl Strategy<Value = LearningProgress> {
    let entry = (
        0usize..3,
        prop::collection::btree_map("q[0-3]", 0usize..4, 0..4),
        any::<bool>(),
        0usize..5,
        0.0..5.0f64,
    )
        .prop_map(|(m, answers, done, score, at)| {
            let id = format!("m{m}");
            (
                id.clone(),
                ModuleProgress {
                    module: id,
                    answers: answers.into_iter().collect(),
                    done,
                    score,
                    total: 4,
                    finished_at: done.then(|| "2026-05-01".to_string()),
                    // Few distinct times, so ties are common.
                    at: at.floor(),
                },
            )
        });
    prop::collection::vec(entry, 0..4).prop_map(|v| LearningProgress {
        modules: v.into_iter().collect(),
    })
}

proptest! {
    #[test]
    fn merge_is_symmetric_idempotent_and_associative(
        a in progress(), b in progress(), c in progress()
    ) {
        prop_assert_eq!(a.merge(&b), b.merge(&a));
        prop_assert_eq!(a.merge(&a), a.clone());
        prop_assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)));
        // Per module, the merge keeps the newest version.
        let m = a.merge(&b);
        for (id, p) in &m.modules {
            let newest = [a.get(id), b.get(id)]
                .into_iter()
                .flatten()
                .map(|p| p.at)
                .fold(f64::MIN, f64::max);
            prop_assert_eq!(p.at, newest);
        }
    }
}
