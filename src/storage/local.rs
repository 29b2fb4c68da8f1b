//! The browser's `localStorage` as a [`KeyValue`] store, through gloo-storage.
//!
//! gloo gives the handle (`LocalStorage::raw()`), the count (`length()`) and
//! the removal (`delete`). Reads and writes go through the same handle's
//! `getItem`/`setItem`: every value the app stores is already one serialized
//! envelope (`storage::schema::encode`), and gloo's typed `get`/`set` would
//! parse and serialize it a second time on every keystroke. gloo's `raw()`
//! panics where storage is unavailable, so [`LocalStore::open`] probes first.

use super::{KeyValue, StoreError};
use gloo_storage::{LocalStorage, Storage as _};

/// `localStorage`, after a successful probe.
#[derive(Debug, Clone)]
pub struct LocalStore {
    raw: web_sys::Storage,
}

impl LocalStore {
    /// `None` when the browser gives no usable `localStorage`.
    pub fn open() -> Option<Self> {
        let probe_handle = web_sys::window()?.local_storage().ok()??;
        // Some browsers hand out a storage object that refuses every write.
        let probe = "hfg:probe";
        probe_handle.set_item(probe, "1").ok()?;
        probe_handle.remove_item(probe).ok()?;
        // From here gloo's raw() cannot panic.
        Some(LocalStore {
            raw: LocalStorage::raw(),
        })
    }
}

fn error(e: wasm_bindgen::JsValue) -> StoreError {
    let name = js_sys::Reflect::get(&e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::QuotaExceeded
    } else {
        StoreError::Other(name)
    }
}

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.raw.get_item(key).map_err(error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.raw.set_item(key, value).map_err(error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        LocalStorage::delete(key);
        match self.raw.get_item(key) {
            Ok(None) => Ok(()),
            Ok(Some(_)) => Err(StoreError::Other("removeItem".into())),
            Err(e) => Err(error(e)),
        }
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = LocalStorage::length();
        Ok((0..n)
            .filter_map(|i| self.raw.key(i).ok().flatten())
            .collect())
    }
}
