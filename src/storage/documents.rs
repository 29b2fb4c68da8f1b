//! The one table of every kind of document the app saves.
//!
//! Each [`DocKind`] says where a kind lives (one key, or a key prefix plus an
//! id), whether a backup carries it, and how two versions of it merge. The
//! repository ([`super::repo`]), the backup and import code
//! ([`super::backup`]), the file of the user's own and the build's prerender
//! list (through the `data-depends-on` attribute the pages render from
//! [`DocKind::key`]) all read this table, so a new kind of document is added
//! here and nowhere else:
//!
//! 1. give its model type a `merge` (symmetric: two tabs converge);
//! 2. add a `DocKind` constant and put it in [`DOCUMENTS`], and its arm in
//!    [`DocKind::merge_raw`];
//! 3. implement [`Document`] for the type (its key and merge);
//! 4. commit a fixture `tests/fixtures/schema-N/<kind>.json` (the fixture test
//!    fails until there is one).

use super::schema::{decode, encode, DecodeError};
use crate::model::assessment::Assessment;
use crate::model::capacity::Scenario;
use crate::model::doc_merge::{merge_participation, merge_scenarios};
use crate::model::learning::LearningProgress;
use crate::model::seminar::{Participation, Seminar};
use serde::{de::DeserializeOwned, Serialize};

/// Where the documents of a kind are stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyShape {
    /// One document under exactly this key.
    One(&'static str),
    /// Many documents, each under this prefix followed by its id.
    Many(&'static str),
}

impl KeyShape {
    /// The key itself, or the prefix of every key of the kind.
    pub const fn prefix(self) -> &'static str {
        match self {
            KeyShape::One(k) | KeyShape::Many(k) => k,
        }
    }

    /// Whether `key` belongs to this kind.
    pub fn matches(self, key: &str) -> bool {
        match self {
            KeyShape::One(k) => key == k,
            KeyShape::Many(p) => key.len() > p.len() && key.starts_with(p) && key.len() <= 200,
        }
    }
}

/// One kind of saved document.
#[derive(Debug)]
pub struct DocKind {
    /// The envelope's `kind` (see [`super::schema`]).
    pub kind: &'static str,
    pub key: KeyShape,
    /// Whether a backup (and so the user's own file) carries it.
    pub in_backup: bool,
}

impl DocKind {
    /// Merges two stored envelopes of this kind (the stored one first), where
    /// the type is not known, e.g. in an import's "merge". A match rather than
    /// a function pointer in the table: only the code that merges raw
    /// documents (the import, on Mine data) then carries every kind's decoder,
    /// not the main WebAssembly module every page loads. A kind missing here
    /// fails `tests/documents.rs` (its fixture cannot be merged).
    pub fn merge_raw(&self, stored: &str, incoming: &str) -> Result<String, DecodeError> {
        match self.kind {
            "assessment" => merge_raw::<Assessment>(stored, incoming),
            "seminar" => merge_raw::<Seminar>(stored, incoming),
            "participation" => merge_raw::<Participation>(stored, incoming),
            "learning" => merge_raw::<LearningProgress>(stored, incoming),
            "scenarios" => merge_raw::<Scenarios>(stored, incoming),
            "data-home" => merge_raw::<crate::model::data_home::DataHome>(stored, incoming),
            "camera" => merge_raw::<crate::model::scan::CameraChoice>(stored, incoming),
            other => Err(DecodeError::WrongKind(other.to_string())),
        }
    }
}

impl PartialEq for DocKind {
    fn eq(&self, other: &Self) -> bool {
        self.kind == other.kind
    }
}

/// A type that is saved as a document of one kind.
pub trait Document: Serialize + DeserializeOwned + Clone + PartialEq + 'static {
    const KIND: &'static DocKind;
    /// The storage key of this document.
    fn key(&self) -> String;
    /// Two versions of the same document merged; nothing of either is lost.
    fn merge(&self, other: &Self) -> Self;
}

/// [`DocKind::merge_raw`] for a [`Document`] type.
fn merge_raw<T: Document>(stored: &str, incoming: &str) -> Result<String, DecodeError> {
    let a: T = decode(T::KIND.kind, stored)?;
    let b: T = decode(T::KIND.kind, incoming)?;
    Ok(encode(T::KIND.kind, &a.merge(&b)))
}

pub const ASSESSMENT: DocKind = DocKind {
    kind: "assessment",
    key: KeyShape::Many("hfg:assessment:"),
    in_backup: true,
};

pub const SEMINAR: DocKind = DocKind {
    kind: "seminar",
    key: KeyShape::Many("hfg:seminar:"),
    in_backup: true,
};

pub const PARTICIPATION: DocKind = DocKind {
    kind: "participation",
    key: KeyShape::Many("hfg:participation:"),
    in_backup: true,
};

pub const LEARNING: DocKind = DocKind {
    kind: "learning",
    key: KeyShape::One("hfg:learning"),
    in_backup: true,
};

pub const SCENARIOS: DocKind = DocKind {
    kind: "scenarios",
    key: KeyShape::One("hfg:scenarios"),
    in_backup: true,
};

/// Where the data lives: when it last changed and was last saved outside the
/// browser. About this browser's copy, so never in a backup.
pub const DATA_HOME: DocKind = DocKind {
    kind: "data-home",
    key: KeyShape::One("hfg:data-home"),
    in_backup: false,
};

/// Which camera the seminar's scanner uses (front or back): a preference of
/// this device, so never in a backup. Nothing the camera saw is stored.
pub const CAMERA: DocKind = DocKind {
    kind: "camera",
    key: KeyShape::One("hfg:camera"),
    in_backup: false,
};

/// Every kind of document, in the order a backup lists them.
pub const DOCUMENTS: &[&DocKind] = &[
    &ASSESSMENT,
    &SEMINAR,
    &PARTICIPATION,
    &LEARNING,
    &SCENARIOS,
    &DATA_HOME,
    &CAMERA,
];

/// Values that could not be read are kept under this prefix (see [`super::repo`]).
pub const ASIDE_PREFIX: &str = "hfg:aside:";

/// The kind a storage key belongs to.
pub fn kind_of_key(key: &str) -> Option<&'static DocKind> {
    DOCUMENTS.iter().copied().find(|k| k.key.matches(key))
}

/// The kind with this envelope name.
pub fn kind_named(kind: &str) -> Option<&'static DocKind> {
    DOCUMENTS.iter().copied().find(|k| k.kind == kind)
}

/// Whether a backup carries the document under `key`.
pub fn in_backup(key: &str) -> bool {
    kind_of_key(key).is_some_and(|k| k.in_backup)
}

/// The calculator's scenarios, one document (`hfg:scenarios`): a list, stored
/// as a plain JSON array.
#[derive(Debug, Clone, PartialEq, Default, Serialize, serde::Deserialize)]
#[serde(transparent)]
pub struct Scenarios(pub Vec<Scenario>);

impl Document for Assessment {
    const KIND: &'static DocKind = &ASSESSMENT;
    fn key(&self) -> String {
        format!("{}{}", ASSESSMENT.key.prefix(), self.id)
    }
    fn merge(&self, other: &Self) -> Self {
        Assessment::merge(self, other)
    }
}

impl Document for Seminar {
    const KIND: &'static DocKind = &SEMINAR;
    fn key(&self) -> String {
        format!("{}{}", SEMINAR.key.prefix(), self.def.id)
    }
    fn merge(&self, other: &Self) -> Self {
        Seminar::merge(self, other)
    }
}

impl Document for Participation {
    const KIND: &'static DocKind = &PARTICIPATION;
    fn key(&self) -> String {
        format!("{}{}", PARTICIPATION.key.prefix(), self.def.id)
    }
    fn merge(&self, other: &Self) -> Self {
        merge_participation(self, other)
    }
}

impl Document for LearningProgress {
    const KIND: &'static DocKind = &LEARNING;
    fn key(&self) -> String {
        LEARNING.key.prefix().to_string()
    }
    fn merge(&self, other: &Self) -> Self {
        LearningProgress::merge(self, other)
    }
}

impl Document for Scenarios {
    const KIND: &'static DocKind = &SCENARIOS;
    fn key(&self) -> String {
        SCENARIOS.key.prefix().to_string()
    }
    fn merge(&self, other: &Self) -> Self {
        Scenarios(merge_scenarios(&self.0, &other.0))
    }
}

impl Document for crate::model::data_home::DataHome {
    const KIND: &'static DocKind = &DATA_HOME;
    fn key(&self) -> String {
        DATA_HOME.key.prefix().to_string()
    }
    fn merge(&self, other: &Self) -> Self {
        crate::model::data_home::DataHome::merge(self, other)
    }
}

impl Document for crate::model::scan::CameraChoice {
    const KIND: &'static DocKind = &CAMERA;
    fn key(&self) -> String {
        CAMERA.key.prefix().to_string()
    }
    fn merge(&self, other: &Self) -> Self {
        crate::model::scan::CameraChoice::merge(self, other)
    }
}
