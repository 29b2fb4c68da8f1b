//! The app's saved data on top of a [`KeyValue`] store, losing nothing:
//! - every save merges with what is stored (another tab may have written newer
//!   answers) and returns the merged result for the screen;
//! - an unreadable value is moved aside (`hfg:aside:…`), never overwritten, and
//!   reported so the user can download it;
//! - a value from a newer version of the app is left in place and never written over;
//! - a full quota or missing storage is reported, and the caller keeps its data.

use super::schema::{decode, encode, DecodeError, PREFIX};
use super::{KeyValue, StoreError};
use crate::model::assessment::Assessment;

pub const ASSESSMENT: &str = "assessment";
const ASSESSMENT_KEY: &str = "hfg:assessment:";
const ASIDE_KEY: &str = "hfg:aside:";

/// Something found while loading that the user should know about.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadIssue {
    /// Could not be read; moved aside to `aside` (or left where it was if that failed).
    Unreadable { key: String, aside: Option<String> },
    /// Written by a newer version of the app; left untouched.
    Newer { key: String, version: u32 },
}

/// Why a save did not happen. The caller still has its data.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    Store(StoreError),
    /// The stored value is from a newer version of the app; it is not overwritten.
    Newer(u32),
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        SaveError::Store(e)
    }
}

/// A value kept aside because it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Aside {
    pub key: String,
    pub raw: String,
}

pub struct Repo<S: KeyValue> {
    pub store: S,
}

pub fn assessment_key(id: &str) -> String {
    format!("{ASSESSMENT_KEY}{id}")
}

/// The assessment id of a storage key, if it is one (for `storage` events).
pub fn assessment_id(key: &str) -> Option<&str> {
    key.strip_prefix(ASSESSMENT_KEY)
}

impl<S: KeyValue> Repo<S> {
    pub fn new(store: S) -> Self {
        Repo { store }
    }

    /// Every readable assessment (newest change first) and what could not be read.
    pub fn load_assessments(&self, now: f64) -> (Vec<Assessment>, Vec<LoadIssue>) {
        let mut out = Vec::new();
        let mut issues = Vec::new();
        let mut keys = self.store.keys().unwrap_or_default();
        keys.sort();
        for key in keys.iter().filter(|k| k.starts_with(ASSESSMENT_KEY)) {
            match self.read(key, now) {
                Ok(Some(a)) => out.push(a),
                Ok(None) => {}
                Err(issue) => issues.push(issue),
            }
        }
        out.sort_by(|a: &Assessment, b| {
            b.updated()
                .total_cmp(&a.updated())
                .then_with(|| a.id.cmp(&b.id))
        });
        (out, issues)
    }

    /// One assessment as stored now (`Ok(None)` if there is none).
    pub fn load_assessment(&self, id: &str, now: f64) -> Result<Option<Assessment>, LoadIssue> {
        self.read(&assessment_key(id), now)
    }

    fn read(&self, key: &str, now: f64) -> Result<Option<Assessment>, LoadIssue> {
        self.load_doc(key, ASSESSMENT, now)
    }

    /// Copies an unreadable value to an aside key, then removes the original.
    /// If the copy fails (e.g. quota), the original stays where it is.
    fn move_aside(&self, key: &str, raw: &str, now: f64) -> Option<String> {
        let aside = format!(
            "{ASIDE_KEY}{}:{}",
            key.trim_start_matches(PREFIX),
            now as u64
        );
        self.store.set(&aside, raw).ok()?;
        self.store.remove(key).ok()?;
        Some(aside)
    }

    /// Saves `a`, merged with whatever another tab stored meanwhile; returns what was saved.
    pub fn save_assessment(&self, a: &Assessment, now: f64) -> Result<Assessment, SaveError> {
        let key = assessment_key(&a.id);
        let merged = match self.read(&key, now) {
            Ok(Some(stored)) => stored.merge(a),
            Ok(None) => a.clone(),
            Err(LoadIssue::Newer { version, .. }) => return Err(SaveError::Newer(version)),
            Err(LoadIssue::Unreadable { aside: None, .. }) => {
                return Err(SaveError::Store(StoreError::QuotaExceeded));
            }
            Err(LoadIssue::Unreadable { .. }) => a.clone(),
        };
        self.store.set(&key, &encode(ASSESSMENT, &merged))?;
        Ok(merged)
    }

    /// Writes `a` as it is, over what is stored (an import's "replace").
    /// Data from a newer version of the app is still never overwritten.
    pub fn replace_assessment(&self, a: &Assessment, now: f64) -> Result<(), SaveError> {
        let key = assessment_key(&a.id);
        if let Err(LoadIssue::Newer { version, .. }) = self.read(&key, now) {
            return Err(SaveError::Newer(version));
        }
        Ok(self.store.set(&key, &encode(ASSESSMENT, a))?)
    }

    pub fn delete_assessment(&self, id: &str) -> Result<(), SaveError> {
        let key = assessment_key(id);
        if let Ok(Some(raw)) = self.store.get(&key) {
            if let Err(DecodeError::Newer(v)) = decode::<Assessment>(ASSESSMENT, &raw) {
                return Err(SaveError::Newer(v));
            }
        }
        Ok(self.store.remove(&key)?)
    }

    /// Reads any other saved document (seminars, learning progress, scenarios).
    /// Unreadable values are moved aside like assessments; newer ones are left alone.
    pub fn load_doc<T: for<'de> serde::Deserialize<'de>>(
        &self,
        key: &str,
        kind: &str,
        now: f64,
    ) -> Result<Option<T>, LoadIssue> {
        let Ok(Some(raw)) = self.store.get(key) else {
            return Ok(None);
        };
        match decode::<T>(kind, &raw) {
            Ok(v) => Ok(Some(v)),
            Err(DecodeError::Newer(version)) => Err(LoadIssue::Newer {
                key: key.to_string(),
                version,
            }),
            Err(_) => Err(LoadIssue::Unreadable {
                key: key.to_string(),
                aside: self.move_aside(key, &raw, now),
            }),
        }
    }

    /// Every document of `kind` whose key starts with `prefix`, and what could not be read.
    pub fn load_docs<T: for<'de> serde::Deserialize<'de>>(
        &self,
        prefix: &str,
        kind: &str,
        now: f64,
    ) -> (Vec<T>, Vec<LoadIssue>) {
        let mut keys: Vec<String> = self
            .store
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(prefix))
            .collect();
        keys.sort();
        let mut out = Vec::new();
        let mut issues = Vec::new();
        for k in keys {
            match self.load_doc(&k, kind, now) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => {}
                Err(i) => issues.push(i),
            }
        }
        (out, issues)
    }

    /// Saves a document as it is. Never writes over data from a newer version,
    /// and never over an unreadable value (that is moved aside first).
    pub fn save_doc<T: serde::Serialize>(
        &self,
        key: &str,
        kind: &str,
        value: &T,
        now: f64,
    ) -> Result<(), SaveError> {
        if let Ok(Some(raw)) = self.store.get(key) {
            match decode::<serde_json::Value>(kind, &raw) {
                Err(DecodeError::Newer(v)) => return Err(SaveError::Newer(v)),
                Err(_) if self.move_aside(key, &raw, now).is_none() => {
                    return Err(SaveError::Store(StoreError::QuotaExceeded));
                }
                _ => {}
            }
        }
        Ok(self.store.set(key, &encode(kind, value))?)
    }

    /// The raw saved documents whose keys match `keep` (for a backup).
    pub fn raw_documents(&self, keep: impl Fn(&str) -> bool) -> Vec<(String, String)> {
        let mut keys: Vec<String> = self
            .store
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| keep(k))
            .collect();
        keys.sort();
        keys.into_iter()
            .filter_map(|k| self.store.get(&k).ok().flatten().map(|v| (k, v)))
            .collect()
    }

    /// Writes a raw document from a backup. With `overwrite` false an existing
    /// value is kept. Never writes over data from a newer version.
    pub fn restore_raw(&self, key: &str, raw: &str, overwrite: bool) -> Result<bool, SaveError> {
        if let Ok(Some(existing)) = self.store.get(key) {
            if !overwrite {
                return Ok(false);
            }
            if let Ok(env) = serde_json::from_str::<super::schema::Envelope>(&existing) {
                if env.schema > super::schema::SCHEMA {
                    return Err(SaveError::Newer(env.schema));
                }
            }
        }
        self.store.set(key, raw)?;
        Ok(true)
    }

    /// Removes a document (no-op when absent).
    pub fn remove_doc(&self, key: &str) -> Result<(), StoreError> {
        self.store.remove(key)
    }

    /// Values kept aside because they could not be read.
    pub fn aside(&self) -> Vec<Aside> {
        let mut keys: Vec<String> = self
            .store
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(ASIDE_KEY))
            .collect();
        keys.sort();
        keys.into_iter()
            .filter_map(|key| {
                self.store
                    .get(&key)
                    .ok()
                    .flatten()
                    .map(|raw| Aside { key, raw })
            })
            .collect()
    }

    pub fn remove_aside(&self, key: &str) -> Result<(), StoreError> {
        if key.starts_with(ASIDE_KEY) {
            self.store.remove(key)
        } else {
            Ok(())
        }
    }

    /// Removes every value the app owns (keys starting with `hfg:`), the kept-aside ones too.
    pub fn clear_all(&self) -> Result<usize, StoreError> {
        let keys: Vec<String> = self
            .store
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(PREFIX))
            .collect();
        for k in &keys {
            self.store.remove(k)?;
        }
        Ok(keys.len())
    }

    /// Bytes the app's keys and values take (as UTF-16, as browsers count).
    pub fn used_bytes(&self) -> usize {
        self.store
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.starts_with(PREFIX))
            .map(|k| {
                (k.encode_utf16().count()
                    + self
                        .store
                        .get(&k)
                        .ok()
                        .flatten()
                        .map_or(0, |v| v.encode_utf16().count()))
                    * 2
            })
            .sum()
    }
}
