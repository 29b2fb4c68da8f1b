//! The rating scale of DOMAIN.md: 1 Ikke på plads, 2 Påbegyndt, 3 Delvist på
//! plads, 4 Fuldt på plads, plus Ved ikke and Ikke relevant, which count as
//! answered but are left out of scores.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(strum::EnumIter))]
pub enum Rating {
    #[serde(rename = "1")]
    NotInPlace,
    #[serde(rename = "2")]
    Started,
    #[serde(rename = "3")]
    Partly,
    #[serde(rename = "4")]
    Fully,
    #[serde(rename = "ved-ikke")]
    DontKnow,
    #[serde(rename = "ikke-relevant")]
    NotRelevant,
}

impl Rating {
    /// In the order they are offered.
    pub const ALL: [Rating; 6] = [
        Rating::NotInPlace,
        Rating::Started,
        Rating::Partly,
        Rating::Fully,
        Rating::DontKnow,
        Rating::NotRelevant,
    ];

    /// 1–4 for the scored steps; `None` for Ved ikke and Ikke relevant.
    pub fn score(self) -> Option<u8> {
        match self {
            Rating::NotInPlace => Some(1),
            Rating::Started => Some(2),
            Rating::Partly => Some(3),
            Rating::Fully => Some(4),
            Rating::DontKnow | Rating::NotRelevant => None,
        }
    }

    /// The stable code used in saved data, links and files.
    pub fn code(self) -> &'static str {
        match self {
            Rating::NotInPlace => "1",
            Rating::Started => "2",
            Rating::Partly => "3",
            Rating::Fully => "4",
            Rating::DontKnow => "ved-ikke",
            Rating::NotRelevant => "ikke-relevant",
        }
    }

    pub fn from_code(code: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The keyboard shortcut: 1–4 rate, 5 is Ved ikke, 6 is Ikke relevant.
    pub fn shortcut(self) -> char {
        match self {
            Rating::NotInPlace => '1',
            Rating::Started => '2',
            Rating::Partly => '3',
            Rating::Fully => '4',
            Rating::DontKnow => '5',
            Rating::NotRelevant => '6',
        }
    }

    pub fn from_shortcut(key: &str) -> Option<Rating> {
        let mut chars = key.chars();
        let c = chars.next()?;
        if chars.next().is_some() {
            return None;
        }
        Rating::ALL.into_iter().find(|r| r.shortcut() == c)
    }

    key_and_text! {
        /// The interface text key of the rating's label (in `ui.toml` `[scale]`).
        label_key,
        /// The text of [`Self::label_key`].
        label;
        Rating::NotInPlace => "scale.1",
        Rating::Started => "scale.2",
        Rating::Partly => "scale.3",
        Rating::Fully => "scale.4",
        Rating::DontKnow => "scale.dont_know",
        Rating::NotRelevant => "scale.not_relevant",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_shortcuts_round_trip() {
        for r in Rating::ALL {
            assert_eq!(Rating::from_code(r.code()), Some(r));
            assert_eq!(Rating::from_shortcut(&r.shortcut().to_string()), Some(r));
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.code()));
            assert_eq!(serde_json::from_str::<Rating>(&json).unwrap(), r);
        }
        assert_eq!(Rating::from_shortcut("7"), None);
        assert_eq!(Rating::from_shortcut("12"), None);
        assert_eq!(Rating::from_code("5"), None);
    }

    #[test]
    fn only_the_four_steps_score() {
        let scores: Vec<_> = Rating::ALL.iter().map(|r| r.score()).collect();
        assert_eq!(scores, [Some(1), Some(2), Some(3), Some(4), None, None]);
    }
}
