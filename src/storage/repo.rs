//! The app's saved data on top of a [`KeyValue`] store, losing nothing:
//! - every save merges with what is stored (another tab may have written newer
//!   answers) and returns the merged result for the screen;
//! - an unreadable value is moved aside (`hfg:aside:…`), never overwritten, and
//!   reported so the user can download it;
//! - a value from a newer version of the app is left in place and never written over;
//! - a full quota or missing storage is reported, and the caller keeps its data.

use super::documents::{Document, ASIDE_PREFIX, ASSESSMENT as ASSESSMENT_DOC};
use super::schema::{decode, encode, DecodeError, PREFIX};
use super::{KeyValue, StoreError};
use crate::model::assessment::Assessment;
use crate::model::sort::{sort, sort_by};

pub const ASSESSMENT: &str = ASSESSMENT_DOC.kind;
const ASSESSMENT_KEY: &str = ASSESSMENT_DOC.key.prefix();
const ASIDE_KEY: &str = ASIDE_PREFIX;

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
        let (mut out, issues) = self.load_all::<Assessment>(now);
        sort_by(&mut out, |a: &Assessment, b| {
            b.updated()
                .total_cmp(&a.updated())
                .then_with(|| a.id.cmp(&b.id))
        });
        (out, issues)
    }

    /// One assessment as stored now (`Ok(None)` if there is none).
    pub fn load_assessment(&self, id: &str, now: f64) -> Result<Option<Assessment>, LoadIssue> {
        self.load::<Assessment>(&assessment_key(id), now)
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
        self.save(a, now)
    }

    /// Writes `a` as it is, over what is stored (an import's "replace").
    /// Data from a newer version of the app is still never overwritten.
    pub fn replace_assessment(&self, a: &Assessment, now: f64) -> Result<(), SaveError> {
        self.replace(a, now)
    }

    /// One document of type `T` under `key` (`Ok(None)` if there is none).
    pub fn load<T: Document>(&self, key: &str, now: f64) -> Result<Option<T>, LoadIssue> {
        self.load_doc(key, T::KIND.kind, now)
    }

    /// Every readable document of type `T` (in key order) and what could not be read.
    pub fn load_all<T: Document>(&self, now: f64) -> (Vec<T>, Vec<LoadIssue>) {
        let shape = T::KIND.key;
        let mut keys: Vec<String> = self
            .store
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| shape.matches(k))
            .collect();
        sort(&mut keys);
        let mut out = Vec::new();
        let mut issues = Vec::new();
        for k in keys {
            match self.load::<T>(&k, now) {
                Ok(Some(v)) => out.push(v),
                Ok(None) => {}
                Err(i) => issues.push(i),
            }
        }
        (out, issues)
    }

    /// Saves `doc`, merged with whatever another tab stored meanwhile, and
    /// returns what was saved. An unreadable stored value is moved aside
    /// first; one from a newer version is never written over.
    pub fn save<T: Document>(&self, doc: &T, now: f64) -> Result<T, SaveError> {
        let key = doc.key();
        let merged = match self.load::<T>(&key, now) {
            Ok(Some(stored)) => stored.merge(doc),
            Ok(None) => doc.clone(),
            Err(LoadIssue::Newer { version, .. }) => return Err(SaveError::Newer(version)),
            Err(LoadIssue::Unreadable { aside: None, .. }) => {
                return Err(SaveError::Store(StoreError::QuotaExceeded));
            }
            Err(LoadIssue::Unreadable { .. }) => doc.clone(),
        };
        self.store.set(&key, &encode(T::KIND.kind, &merged))?;
        Ok(merged)
    }

    /// Writes `doc` as it is, over what is stored (an import's "replace").
    /// Data from a newer version of the app is still never overwritten.
    pub fn replace<T: Document>(&self, doc: &T, now: f64) -> Result<(), SaveError> {
        let key = doc.key();
        if let Err(LoadIssue::Newer { version, .. }) = self.load::<T>(&key, now) {
            return Err(SaveError::Newer(version));
        }
        Ok(self.store.set(&key, &encode(T::KIND.kind, doc))?)
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

    /// Reads the document of `kind` under `key`. An unreadable value is moved
    /// aside; one from a newer version is left alone.
    fn load_doc<T: for<'de> serde::Deserialize<'de>>(
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

    /// The raw saved documents whose keys match `keep` (for a backup).
    pub fn raw_documents(&self, keep: impl Fn(&str) -> bool) -> Vec<(String, String)> {
        let mut keys: Vec<String> = self
            .store
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| keep(k))
            .collect();
        sort(&mut keys);
        keys.into_iter()
            .filter_map(|k| self.store.get(&k).ok().flatten().map(|v| (k, v)))
            .collect()
    }

    /// Writes a raw document from a backup (an envelope of the kind its key
    /// belongs to; see [`super::backup::other_documents`]). With `merge` an
    /// existing value is merged with it by the kind's merge, so nothing of
    /// either is lost; without, the file's version replaces it. Never writes
    /// over data from a newer version. Returns whether anything was written.
    pub fn restore_raw(
        &self,
        key: &str,
        raw: &str,
        merge: bool,
        now: f64,
    ) -> Result<bool, SaveError> {
        let Some(kind) = super::documents::kind_of_key(key) else {
            return Ok(false);
        };
        let mut value = raw.to_string();
        if let Ok(Some(existing)) = self.store.get(key) {
            if let Ok(env) = serde_json::from_str::<super::schema::Envelope>(&existing) {
                if env.schema > super::schema::SCHEMA {
                    return Err(SaveError::Newer(env.schema));
                }
            }
            if merge {
                match kind.merge_raw(&existing, raw) {
                    Ok(merged) if merged == existing => return Ok(false),
                    Ok(merged) => value = merged,
                    // What is stored cannot be read: keep it aside, then write the file's.
                    Err(_) => {
                        if self.move_aside(key, &existing, now).is_none() {
                            return Err(SaveError::Store(StoreError::QuotaExceeded));
                        }
                    }
                }
            }
        }
        self.store.set(key, &value)?;
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
        sort(&mut keys);
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
