#![cfg(not(target_arch = "wasm32"))]
//! The scenario questions of `learning.toml` teach rather than give the answer
//! away: the choices are shown in a stable shuffled order, the right one is
//! not in a fixed place on screen nor given away by its length, and a
//! rewording keeps saved answers' meaning (they are indices into `choices`).

use housing_first_guiden::content::{da, Module};
use housing_first_guiden::model::learning::{choice_order, correct_index};
use std::collections::BTreeMap;

fn first() -> &'static Module {
    &da().learning.modules[0]
}

/// The order on screen is a permutation of the content's choices and the
/// same every time, so a reload or another tab shows the same order.
#[test]
fn choices_are_shown_in_a_stable_shuffled_order() {
    for m in &da().learning.modules {
        for q in &m.questions {
            let order = choice_order(q);
            let mut sorted = order.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..q.choices.len()).collect::<Vec<_>>(), "{}", q.id);
            assert_eq!(
                choice_order(q),
                order,
                "{}: the same order every time",
                q.id
            );
        }
    }
    // Pinned: a change of the shuffle would reorder every saved module's page.
    let q = &first().questions[0];
    assert_eq!(q.id, "modul-housing-first-q1");
    assert_eq!(choice_order(q), PINNED_ORDER_Q1);
}

const PINNED_ORDER_Q1: [usize; 4] = [3, 2, 0, 1];

/// Where the right answer lands on screen: never mostly in one place.
#[test]
fn the_right_answer_is_not_in_a_fixed_place_on_screen() {
    let mut places = BTreeMap::<usize, usize>::new();
    let mut questions = 0;
    for m in &da().learning.modules {
        for q in &m.questions {
            let right = correct_index(q).unwrap();
            let place = choice_order(q).iter().position(|&i| i == right).unwrap();
            *places.entry(place).or_default() += 1;
            questions += 1;
        }
    }
    let most = places.values().max().copied().unwrap_or(0);
    assert!(places.len() >= 3, "the right answer is in only {places:?}");
    assert!(
        most * 2 <= questions,
        "the right answer is in one place in {most} of {questions} questions: {places:?}"
    );
}

/// The length of a choice gives nothing away: the right one is the longest
/// in at most 40 % of the questions, and no choice is more than twice as long
/// as the shortest in its question.
#[test]
fn the_length_of_a_choice_gives_the_answer_away_nowhere() {
    let mut longest = Vec::new();
    let mut uneven = Vec::new();
    let mut questions = 0;
    for m in &da().learning.modules {
        for q in &m.questions {
            questions += 1;
            let len: Vec<usize> = q.choices.iter().map(|c| c.text.chars().count()).collect();
            let (min, max) = (*len.iter().min().unwrap(), *len.iter().max().unwrap());
            let right = len[correct_index(q).unwrap()];
            if right == max {
                longest.push(q.id.as_str());
            }
            if max > 2 * min {
                uneven.push(format!("{}: {min} to {max} characters", q.id));
            }
        }
    }
    assert!(
        longest.len() * 10 <= questions * 4,
        "the right choice is the longest in {} of {questions} questions: {longest:?}",
        longest.len()
    );
    assert!(
        uneven.is_empty(),
        "a choice more than twice as long as the shortest: {uneven:#?}"
    );
}

/// Saved answers are indices into `choices`: a question's right answer keeps
/// its index and the question its number of choices, so progress saved before
/// a rewording still counts right what was right. A new question is added here.
const SAVED_ANSWER_SHAPE: &[(&str, usize, usize)] = &[
    ("modul-housing-first-q1", 1, 4),
    ("modul-housing-first-q2", 0, 3),
    ("modul-housing-first-q3", 2, 3),
    ("modul-housing-first-q4", 1, 3),
    ("modul-fjerdedelsreglen-q1", 2, 3),
    ("modul-fjerdedelsreglen-q2", 0, 4),
    ("modul-fjerdedelsreglen-q3", 1, 3),
    ("modul-fjerdedelsreglen-q4", 3, 4),
    ("modul-samarbejdsaftaler-q1", 1, 3),
    ("modul-samarbejdsaftaler-q2", 2, 3),
    ("modul-samarbejdsaftaler-q3", 0, 3),
    ("modul-samarbejdsaftaler-q4", 1, 3),
    ("modul-en-indgang-q1", 2, 3),
    ("modul-en-indgang-q2", 1, 3),
    ("modul-en-indgang-q3", 0, 3),
    ("modul-en-indgang-q4", 3, 4),
    ("modul-udsaettelser-q1", 1, 4),
    ("modul-udsaettelser-q2", 2, 3),
    ("modul-udsaettelser-q3", 0, 3),
    ("modul-udsaettelser-q4", 2, 3),
    ("modul-sociale-vicevaerter-q1", 0, 3),
    ("modul-sociale-vicevaerter-q2", 2, 3),
    ("modul-sociale-vicevaerter-q3", 1, 3),
    ("modul-sociale-vicevaerter-q4", 3, 4),
    ("modul-unge-q1", 2, 3),
    ("modul-unge-q2", 1, 3),
    ("modul-unge-q3", 0, 4),
    ("modul-unge-q4", 1, 3),
    ("modul-hvem-goer-hvad-q1", 3, 4),
    ("modul-hvem-goer-hvad-q2", 0, 3),
    ("modul-hvem-goer-hvad-q3", 2, 3),
    ("modul-hvem-goer-hvad-q4", 1, 3),
];

#[test]
fn saved_answers_keep_their_meaning() {
    let mut seen = Vec::new();
    for m in &da().learning.modules {
        for q in &m.questions {
            let shape = SAVED_ANSWER_SHAPE.iter().find(|(id, _, _)| *id == q.id);
            let &(_, right, choices) =
                shape.unwrap_or_else(|| panic!("{}: add it to SAVED_ANSWER_SHAPE", q.id));
            assert_eq!(
                (correct_index(q), q.choices.len()),
                (Some(right), choices),
                "{}: saved answers would change meaning",
                q.id
            );
            seen.push(q.id.as_str());
        }
    }
    assert_eq!(
        seen.len(),
        SAVED_ANSWER_SHAPE.len(),
        "a listed question is gone"
    );
}
