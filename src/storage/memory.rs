//! An in-memory [`KeyValue`] store: the native tests' store, and the browser's
//! fallback when `localStorage` is unavailable (nothing is kept after a reload).
//! A quota can be set to test what happens when storage is full.

use super::{KeyValue, StoreError};
use crate::model::sorted_map::SortedMap;
use std::cell::RefCell;
use std::rc::Rc;

/// Clones share the same data, like two tabs sharing one `localStorage`.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    data: Rc<RefCell<SortedMap<String, String>>>,
    quota: Rc<RefCell<Option<usize>>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Limits the total size (keys and values, in bytes) the store accepts.
    pub fn set_quota(&self, bytes: Option<usize>) {
        *self.quota.borrow_mut() = bytes;
    }

    /// Total bytes of keys and values held.
    pub fn used_bytes(&self) -> usize {
        self.data
            .borrow()
            .iter()
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.data.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(limit) = *self.quota.borrow() {
            let old = self
                .data
                .borrow()
                .get(key)
                .map(|v| key.len() + v.len())
                .unwrap_or(0);
            if self.used_bytes() - old + key.len() + value.len() > limit {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.data
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.data.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.data.borrow().keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_quota_refuses_the_write_and_keeps_the_old_value() {
        let s = MemoryStore::new();
        s.set("a", "12345").unwrap();
        s.set_quota(Some(8));
        assert_eq!(s.set("a", "123456789"), Err(StoreError::QuotaExceeded));
        assert_eq!(s.get("a").unwrap().as_deref(), Some("12345"));
        s.set("a", "1234567").unwrap();
    }

    #[test]
    fn clones_share_data_like_two_tabs() {
        let a = MemoryStore::new();
        let b = a.clone();
        a.set("k", "v").unwrap();
        assert_eq!(b.get("k").unwrap().as_deref(), Some("v"));
    }
}
