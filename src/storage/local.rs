//! The browser's `localStorage` as a [`KeyValue`] store (via gloo-storage).
//! [`LocalStore::open`] probes first: `gloo_storage::LocalStorage::raw()`
//! panics where storage is unavailable (blocked cookies, some private modes).

use super::{KeyValue, StoreError};
use gloo_storage::Storage as _;

/// `localStorage`, after a successful probe.
#[derive(Debug, Clone)]
pub struct LocalStore {
    raw: web_sys::Storage,
}

impl LocalStore {
    /// `None` when the browser gives no usable `localStorage`.
    pub fn open() -> Option<Self> {
        let raw = web_sys::window()?.local_storage().ok()??;
        // Some browsers hand out a storage object that refuses every write.
        let probe = "hfg:probe";
        raw.set_item(probe, "1").ok()?;
        raw.remove_item(probe).ok()?;
        // From here gloo's raw() cannot panic; keep its handle.
        let _ = gloo_storage::LocalStorage::raw();
        Some(LocalStore { raw })
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
        self.raw.remove_item(key).map_err(error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.raw.length().map_err(error)?;
        Ok((0..n)
            .filter_map(|i| self.raw.key(i).ok().flatten())
            .collect())
    }
}
