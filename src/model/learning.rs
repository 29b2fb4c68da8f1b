//! Progress in the learning modules (`learning.toml`): the answers to each
//! module's scenario questions, the score, and whether the module is done.
//!
//! Decisions:
//!
//! * **The first answer stands.** Every choice has feedback, shown as soon as
//!   the question is answered; a second try would only measure whether the
//!   feedback was read, so the score counts first answers. Answering a
//!   question again is refused with [`AnswerError::AlreadyAnswered`]; to try
//!   again, [`LearningProgress::reset`] the module.
//! * **A module is finished explicitly**, with [`LearningProgress::finish`],
//!   once every question is answered (its summary is then shown). After that
//!   its answers are locked ([`AnswerError::Finished`]) until it is reset.
//!   Finishing twice changes nothing.
//! * `score` (correct answers so far) and `total` (the module's questions) are
//!   kept up to date with every answer, so the UI can show them while the
//!   module is in progress; they are frozen when it is finished.
//! * **Every change carries a timestamp** (`at`, milliseconds like
//!   JavaScript's `Date.now()`), and [`LearningProgress::merge`] keeps the
//!   newest progress per module, so two tabs do not overwrite each other's
//!   newer work. A reset leaves an empty entry with its own timestamp, so a
//!   merge with an older tab does not bring the old answers back.
//!
//! * **Choices are shown in a shuffled but stable order** ([`choice_order`]):
//!   the content lists the right answer anywhere, and a reader should not
//!   learn its place instead of its content. The order is a shuffle seeded by
//!   the question id, so it is the same on every visit and in every tab.
//!   Answers are stored by index into the content's `choices`, never by place
//!   on screen, so the order can change without touching saved progress.
//!
//! Only the user's own answers are kept; nothing about any citizen.

use super::assessment::Millis;
use super::date::Date;
use crate::content::{Learning, Module, Question};
use crate::model::sorted_map::{as_object, SortedMap};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// The progress in one module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleProgress {
    /// The module id.
    pub module: String,
    /// Question id → the index of the chosen answer.
    #[serde(default, with = "as_object")]
    pub answers: SortedMap<String, usize>,
    #[serde(default)]
    pub done: bool,
    /// Correct answers among `answers`.
    #[serde(default)]
    pub score: usize,
    /// The module's number of questions.
    #[serde(default)]
    pub total: usize,
    /// ISO date (YYYY-MM-DD) the module was finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
    /// When the progress last changed.
    #[serde(default)]
    pub at: Millis,
}

/// The progress in all modules, by module id.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct LearningProgress {
    #[serde(default, with = "as_object")]
    pub modules: SortedMap<String, ModuleProgress>,
}

/// Why an answer was not recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerError {
    /// The module has no question with that id.
    UnknownQuestion,
    /// The question has no choice with that index.
    UnknownChoice,
    /// The question is answered already; the first answer stands.
    AlreadyAnswered,
    /// The module is finished; reset it to take it again.
    Finished,
}

/// Why a module could not be finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinishError {
    /// This many questions are still unanswered.
    Unanswered(usize),
    /// `today` is not a valid `YYYY-MM-DD` date.
    InvalidDate,
}

/// Where a module stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModuleStatus {
    NotStarted,
    InProgress { answered: usize, total: usize },
    Done { score: usize, total: usize },
}

/// Counts over all modules of the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Overview {
    /// Modules in the content.
    pub modules: usize,
    pub done: usize,
    /// Started (at least one answer) but not done.
    pub in_progress: usize,
    /// Correct answers in the modules that are done.
    pub score: usize,
    /// Questions in the modules that are done.
    pub total: usize,
}

/// The index of a question's correct choice (the content has exactly one;
/// `tests/learning.rs` checks it). With several, the first.
pub fn correct_index(q: &Question) -> Option<usize> {
    q.choices.iter().position(|c| c.correct)
}

/// The order in which `q`'s choices are shown: a permutation of the indices
/// into `q.choices`, always the same for the same question id (a
/// Fisher–Yates shuffle driven by SplitMix64, seeded by the FNV-1a hash of
/// the id). See the module documentation.
pub fn choice_order(q: &Question) -> Vec<usize> {
    let mut state = q.id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let mut next = move || {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let mut order: Vec<usize> = (0..q.choices.len()).collect();
    for i in (1..order.len()).rev() {
        // `i + 1` is at most the number of choices, so the remainder fits a usize.
        let j = (next() % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// Whether choice `choice` of question `question_id` in `module` is correct;
/// `None` for an unknown question or choice.
pub fn choice_is_correct(module: &Module, question_id: &str, choice: usize) -> Option<bool> {
    let q = module.questions.iter().find(|q| q.id == question_id)?;
    q.choices.get(choice).map(|c| c.correct)
}

impl ModuleProgress {
    /// Empty progress in `module`.
    pub fn new(module: &Module, now: Millis) -> Self {
        ModuleProgress {
            module: module.id.clone(),
            answers: SortedMap::new(),
            done: false,
            score: 0,
            total: module.questions.len(),
            finished_at: None,
            at: now,
        }
    }

    /// Correct answers among those recorded, for the content as it is now
    /// (answers to questions or choices that no longer exist count as wrong).
    pub fn correct_count(&self, module: &Module) -> usize {
        self.answers
            .iter()
            .filter(|(q, c)| choice_is_correct(module, q, **c) == Some(true))
            .count()
    }

    /// The module's questions that have an answer.
    pub fn answered(&self, module: &Module) -> usize {
        module
            .questions
            .iter()
            .filter(|q| self.answers.contains_key(&q.id))
            .count()
    }

    /// The order in which [`LearningProgress::merge`] prefers one of two
    /// versions: the newer first; for equal times, a total order on the
    /// content, so that the merge is symmetric.
    fn merge_cmp(&self, other: &Self) -> Ordering {
        self.at
            .total_cmp(&other.at)
            .then(self.done.cmp(&other.done))
            .then(self.answers.len().cmp(&other.answers.len()))
            .then_with(|| self.answers.cmp(&other.answers))
            .then(self.score.cmp(&other.score))
            .then(self.total.cmp(&other.total))
            .then_with(|| self.finished_at.cmp(&other.finished_at))
            .then_with(|| self.module.cmp(&other.module))
    }
}

impl LearningProgress {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, module_id: &str) -> Option<&ModuleProgress> {
        self.modules.get(module_id)
    }

    /// Records the answer `choice` (an index into the question's choices) and
    /// returns whether it is correct. See the module documentation: the first
    /// answer stands, and a finished module takes no answers.
    pub fn answer(
        &mut self,
        module: &Module,
        question_id: &str,
        choice: usize,
        now: Millis,
    ) -> Result<bool, AnswerError> {
        let correct = choice_is_correct(module, question_id, choice).ok_or_else(|| {
            if module.questions.iter().any(|q| q.id == question_id) {
                AnswerError::UnknownChoice
            } else {
                AnswerError::UnknownQuestion
            }
        })?;
        let p = self
            .modules
            .entry(module.id.clone())
            .or_insert_with(|| ModuleProgress::new(module, now));
        if p.done {
            return Err(AnswerError::Finished);
        }
        if p.answers.contains_key(question_id) {
            return Err(AnswerError::AlreadyAnswered);
        }
        p.answers.insert(question_id.to_string(), choice);
        p.score = p.correct_count(module);
        p.total = module.questions.len();
        p.at = now;
        Ok(correct)
    }

    /// The chosen index for a question, if answered.
    pub fn chosen(&self, module_id: &str, question_id: &str) -> Option<usize> {
        self.modules
            .get(module_id)?
            .answers
            .get(question_id)
            .copied()
    }

    /// Whether the recorded answer to a question is correct; `None` when the
    /// question is unanswered (or the answer no longer fits the content).
    pub fn is_correct(&self, module: &Module, question_id: &str) -> Option<bool> {
        let choice = self.chosen(&module.id, question_id)?;
        choice_is_correct(module, question_id, choice)
    }

    /// The first unanswered question, to resume there; `None` when all are answered.
    pub fn next_question<'m>(&self, module: &'m Module) -> Option<&'m Question> {
        let answers = self.modules.get(&module.id).map(|p| &p.answers);
        module
            .questions
            .iter()
            .find(|q| answers.is_none_or(|a| !a.contains_key(&q.id)))
    }

    /// Marks the module done on `today` (`YYYY-MM-DD`, the user's local date)
    /// and returns the score. Every question must be answered. Finishing a
    /// finished module changes nothing and returns its score.
    pub fn finish(
        &mut self,
        module: &Module,
        today: &str,
        now: Millis,
    ) -> Result<usize, FinishError> {
        if let Some(p) = self.modules.get(&module.id).filter(|p| p.done) {
            return Ok(p.score);
        }
        let today = Date::parse(today).map_err(|_| FinishError::InvalidDate)?;
        let answered = self
            .modules
            .get(&module.id)
            .map_or(0, |p| p.answered(module));
        let missing = module.questions.len() - answered;
        if missing > 0 {
            return Err(FinishError::Unanswered(missing));
        }
        let p = self
            .modules
            .entry(module.id.clone())
            .or_insert_with(|| ModuleProgress::new(module, now));
        p.score = p.correct_count(module);
        p.total = module.questions.len();
        p.done = true;
        p.finished_at = Some(today.iso());
        p.at = now;
        Ok(p.score)
    }

    /// Starts the module over. The entry stays, empty and stamped `now`, so a
    /// merge with an older copy does not bring the old answers back.
    pub fn reset(&mut self, module: &Module, now: Millis) {
        self.modules
            .insert(module.id.clone(), ModuleProgress::new(module, now));
    }

    pub fn status(&self, module: &Module) -> ModuleStatus {
        match self.modules.get(&module.id) {
            Some(p) if p.done => ModuleStatus::Done {
                score: p.score,
                total: p.total,
            },
            Some(p) if p.answered(module) > 0 => ModuleStatus::InProgress {
                answered: p.answered(module),
                total: module.questions.len(),
            },
            _ => ModuleStatus::NotStarted,
        }
    }

    /// Counts over the content's modules (saved progress in modules that no
    /// longer exist is left out).
    pub fn overview(&self, learning: &Learning) -> Overview {
        learning
            .modules
            .iter()
            .fold(Overview::default(), |mut o, m| {
                o.modules += 1;
                match self.status(m) {
                    ModuleStatus::Done { score, total } => {
                        o.done += 1;
                        o.score += score;
                        o.total += total;
                    }
                    ModuleStatus::InProgress { .. } => o.in_progress += 1,
                    ModuleStatus::NotStarted => {}
                }
                o
            })
    }

    /// The two progresses merged: per module the newer by `at` (for equal
    /// times, a fixed order on the content decides). Symmetric, idempotent
    /// and associative, so tabs can merge in any order.
    pub fn merge(&self, other: &LearningProgress) -> LearningProgress {
        let mut modules = self.modules.clone();
        for (id, theirs) in &other.modules {
            match modules.get(id) {
                Some(ours) if ours.merge_cmp(theirs) != Ordering::Less => {}
                _ => {
                    modules.insert(id.clone(), theirs.clone());
                }
            }
        }
        LearningProgress { modules }
    }
}
