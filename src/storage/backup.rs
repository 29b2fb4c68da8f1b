//! Export and import: a full backup, one assessment as JSON, and an
//! assessment as CSV for Danish Excel. Imported files are untrusted: they are
//! size-limited, shape-checked, migrated, and every item id is checked against
//! the item bank before anything changes; [`plan_import`] says what would be
//! added or replaced, and nothing is written until the user confirms.

use super::documents::{kind_of_key, ASSESSMENT};
use super::repo::Repo;
use super::schema::{decode, encode, DecodeError, Envelope, SCHEMA};
use super::KeyValue;
use crate::content::Content;
use crate::model::assessment::Assessment;
use crate::model::format::da_fixed;
use crate::model::rating::Rating;
use serde::{Deserialize, Serialize};

/// Files larger than this are refused before they are parsed.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

pub const BACKUP: &str = "backup";

/// Everything the app keeps, in one file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Backup {
    /// When the backup was made (ISO date).
    #[serde(default)]
    pub exported: String,
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    /// The other areas' saved documents (seminars, learning progress,
    /// calculator scenarios, seminar participations): storage key → envelope.
    #[serde(default, skip_serializing_if = "serde_json::Map::is_empty")]
    pub other: serde_json::Map<String, serde_json::Value>,
}

/// Whether `key` is one of the documents a backup carries in `other`:
/// every kind of the document table that goes into backups, but assessments
/// (they have their own list).
pub fn is_other_key(key: &str) -> bool {
    kind_of_key(key).is_some_and(|k| k.in_backup && *k != ASSESSMENT)
}

/// The other documents of a backup that can be written back: known keys,
/// proper envelopes of the kind their key belongs to, not from a newer version.
pub fn other_documents(b: &Backup) -> Vec<(String, String)> {
    b.other
        .iter()
        .filter(|(k, _)| is_other_key(k))
        .filter_map(|(k, v)| {
            let env: Envelope = serde_json::from_value(v.clone()).ok()?;
            if env.schema < 1 || env.schema > SCHEMA {
                return None;
            }
            if kind_of_key(k)?.kind != env.kind {
                return None;
            }
            Some((k.clone(), serde_json::to_string(v).ok()?))
        })
        .collect()
}

/// A full backup of what `repo` holds, made `exported` (an ISO date): every
/// assessment, and every other document the table puts in backups.
pub fn make_backup<S: KeyValue>(repo: &Repo<S>, exported: &str, now: f64) -> Backup {
    let mut other = serde_json::Map::new();
    for (k, raw) in repo.raw_documents(is_other_key) {
        if let Ok(v) = serde_json::from_str(&raw) {
            other.insert(k, v);
        }
    }
    Backup {
        exported: exported.to_string(),
        assessments: repo.load_assessments(now).0,
        other,
    }
}

/// Why an imported file cannot be used; `message_da` says it to the user.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    Empty,
    TooLarge(usize),
    NotJson(String),
    NotOurs,
    Newer(u32),
    WrongShape(String),
}

impl ImportError {
    /// The message for the user (texts in the ui TOML, `[import_error]`).
    pub fn message_da(&self) -> String {
        match self {
            ImportError::Empty => t!("import_error.empty").to_string(),
            ImportError::TooLarge(n) => t!("import_error.too_large")
                .replace("{n}", &(n / (1024 * 1024)).to_string())
                .replace("{max}", &(MAX_IMPORT_BYTES / (1024 * 1024)).to_string()),
            ImportError::NotJson(_) => t!("import_error.not_json").to_string(),
            ImportError::NotOurs => t!("import_error.not_ours").to_string(),
            ImportError::Newer(v) => t!("import_error.newer")
                .replace("{v}", &v.to_string())
                .replace("{max}", &SCHEMA.to_string()),
            ImportError::WrongShape(_) => t!("import_error.wrong_shape").to_string(),
        }
    }
}

/// A full backup file.
pub fn encode_backup(b: &Backup) -> String {
    encode(BACKUP, b)
}

/// Reads a backup or a single exported assessment (both become a [`Backup`]).
pub fn decode_import(text: &str) -> Result<Backup, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let text = text.trim_start_matches('\u{feff}');
    let env: Envelope = match serde_json::from_str::<serde_json::Value>(text) {
        Err(e) => return Err(ImportError::NotJson(e.to_string())),
        Ok(v) => serde_json::from_value(v).map_err(|_| ImportError::NotOurs)?,
    };
    let map = |e: DecodeError| match e {
        DecodeError::Newer(v) => ImportError::Newer(v),
        DecodeError::Unreadable(why) => ImportError::WrongShape(why),
        DecodeError::WrongKind(_) => ImportError::NotOurs,
    };
    match env.kind.as_str() {
        BACKUP => decode::<Backup>(BACKUP, text).map_err(map),
        "assessment" => {
            let a: Assessment = decode("assessment", text).map_err(map)?;
            Ok(Backup {
                exported: String::new(),
                assessments: vec![a],
                other: Default::default(),
            })
        }
        _ if env.schema > SCHEMA => Err(ImportError::Newer(env.schema)),
        _ => Err(ImportError::NotOurs),
    }
}

/// What an import would do, for the preview.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportPlan {
    /// Assessments whose id is new here.
    pub added: Vec<Assessment>,
    /// (imported, existing) pairs with the same id.
    pub replaced: Vec<(Assessment, Assessment)>,
    /// Item ids in the file that the item bank does not know (per assessment name).
    pub unknown_items: Vec<(String, String)>,
}

pub fn plan_import(c: &Content, b: &Backup, existing: &[Assessment]) -> ImportPlan {
    let mut plan = ImportPlan::default();
    for a in &b.assessments {
        for id in a.answers.keys() {
            if c.item(id).is_none() {
                plan.unknown_items.push((a.meta.name.clone(), id.clone()));
            }
        }
        match existing.iter().find(|e| e.id == a.id) {
            Some(e) => plan.replaced.push((a.clone(), e.clone())),
            None => plan.added.push(a.clone()),
        }
    }
    plan
}

/// How to treat assessments that exist both here and in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Per answer and action the newer wins; nothing is lost from either side.
    Merge,
    /// The file's version replaces the one here.
    Replace,
}

/// The assessments to save after confirming an import. Answers to unknown
/// items are dropped (they were reported in the preview).
pub fn apply_import(c: &Content, plan: &ImportPlan, mode: ImportMode) -> Vec<Assessment> {
    let clean = |a: &Assessment| {
        let mut a = a.clone();
        a.answers.retain(|id, _| c.item(id).is_some());
        a
    };
    let mut out: Vec<Assessment> = plan.added.iter().map(clean).collect();
    for (imported, existing) in &plan.replaced {
        out.push(match mode {
            ImportMode::Merge => existing.merge(&clean(imported)),
            ImportMode::Replace => clean(imported),
        });
    }
    out
}

/// One CSV cell: quoted when needed, and formulas defused so a spreadsheet
/// never runs text from a note as a formula.
fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// An assessment as CSV for Danish Excel: UTF-8 with BOM, semicolons,
/// decimal comma, CRLF line ends; one row per included item.
pub fn assessment_csv(c: &Content, a: &Assessment) -> String {
    let mut out = String::from("\u{feff}");
    let header = [
        t!("csv.name"),
        t!("csv.date"),
        t!("csv.section"),
        t!("csv.driver"),
        t!("csv.id"),
        t!("csv.statement"),
        t!("csv.rating"),
        t!("csv.rating_text"),
        t!("csv.note"),
    ]
    .map(cell);
    out.push_str(&header.join(";"));
    out.push_str("\r\n");
    for item in a.items(c) {
        let rating = a.rating(&item.id);
        let number = rating
            .and_then(Rating::score)
            .map(|s| da_fixed(s as f64, 0))
            .unwrap_or_default();
        let label = rating.map(|r| r.label()).unwrap_or("");
        let section = c
            .assessment_section(&item.section)
            .map(|s| s.title.as_str())
            .unwrap_or("");
        let driver = c
            .driver(&item.driver)
            .map(|d| d.name.as_str())
            .unwrap_or("");
        let row = [
            cell(&a.meta.name),
            cell(&a.meta.date),
            cell(section),
            cell(driver),
            cell(&item.id),
            cell(&item.text().statement),
            number,
            cell(label),
            cell(a.note(&item.id)),
        ];
        out.push_str(&row.join(";"));
        out.push_str("\r\n");
    }
    out
}
